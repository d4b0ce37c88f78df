// `npm start` on a port another program holds: one plain message saying what to do, exit status
// 1, no Node crash dump, and nothing else started (it checks the port before reaching Neo4j).
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";

describe("npm start on a busy port", () => {
  it("says the port is in use and how to choose another, without a stack trace", async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, "127.0.0.1", r));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      // NEO4J_URI points nowhere: the port is checked first, so Neo4j is never needed.
      const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/server/main.ts"], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env.PATH, PORT: String(port), NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "not-a-server", LOG_LEVEL: "info" },
      });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const code = await new Promise<number | null>((r) => child.on("close", r));
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use by another program`));
      expect(output).toMatch(/PORT=\d+ npm start/);
      expect(output).not.toMatch(/EADDRINUSE|node:internal|\n\s+at /);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  }, 60_000);
});
