// The first start fetches Neo4j with Maven for minutes: its downloads are reported as they come
// (files and megabytes so far), not as one line and a long silence.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { addMavenLine, runMaven, type MavenProgress } from "../../../src/db/local-neo4j.ts";

describe("Maven download progress", () => {
  it("counts Maven's finished downloads and their sizes", () => {
    const p: MavenProgress = { files: 0, bytes: 0 };
    expect(addMavenLine(p, "Downloading from central: https://repo.example/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom")).toBe(false);
    expect(addMavenLine(p, "Downloaded from central: https://repo.example/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom (12 kB at 40 kB/s)")).toBe(true);
    expect(addMavenLine(p, "[INFO] Downloaded from central: https://repo.example/x/y.jar (2.5 MB at 3.1 MB/s)")).toBe(true);
    expect(p).toEqual({ files: 2, bytes: 12_000 + 2_500_000 });
  });

  it("reports progress while Maven runs, in plain words", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fake-mvn-"));
    const mvn = path.join(dir, "mvn");
    const lines = Array.from({ length: 5 }, (_, i) => `echo "Downloaded from central: https://repo.example/a${i}.jar (1.0 MB at 2 MB/s)"; sleep 0.05`);
    fs.writeFileSync(mvn, `#!/bin/sh\n${lines.join("\n")}\n`, { mode: 0o755 });
    const messages: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => messages.push(JSON.parse(line).msg) });
    await runMaven(["dependency:build-classpath"], logger, mvn, 0);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.at(-1)).toBe("Fetching Neo4j from Maven Central: 5 files, 5.0 MB so far…");
  });
});
