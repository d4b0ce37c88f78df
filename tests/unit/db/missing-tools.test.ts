// Without Java (or Maven) the local server cannot start: the error must say what is missing,
// what to install, and the alternative of pointing NEO4J_URI at an existing server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";

describe("db:start without Java", () => {
  it("names the missing tool, what to install, and NEO4J_URI as the alternative", () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), "no-java-"));
    fs.symlinkSync(process.execPath, path.join(bin, "node"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "no-java-data-"));
    const result = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/db.ts", "start"], {
      cwd: PROJECT_ROOT,
      env: { PATH: bin, NEO4J_LOCAL_DIR: dir, NEO4J_LOCAL_PORT: "7699" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/java was not found/);
    expect(result.stderr).toMatch(/Install a Java 17\+ runtime/);
    expect(result.stderr).toMatch(/set NEO4J_URI/);
  });
});
