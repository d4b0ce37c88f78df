// `npm run ingest` as a user runs it: writes articles, refuses bad metadata with the same message
// as the ingestArticle mutation, and `--delete ID` removes what it wrote.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { testConnection, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-cli-"));
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

fs.writeFileSync(path.join(dir, "good.md"), "---\nid: cli-harbour\ntitle: Harbour deal\npublishedAt: 2026-03-10\n---\nMayor Anna Lindqvist met Tomas Berg in Oslo on Friday.\n");
fs.writeFileSync(path.join(dir, "bad.md"), "---\nid: cli-bad\nurl: javascript:alert(1)\n---\nA second article.\n");

function ingest(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const c = testConnection();
  return new Promise((resolve) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/ingest.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database, LOG_LEVEL: "warn" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const articleIds = async () => (await db.read((tx) => tx.runRaw("admin/graph-snapshot-nodes"))).records.flatMap((r) => {
  const props = r.get("props") as { articleId?: string; id?: string };
  return (r.get("labels") as string[]).includes("Article") ? [props.id ?? props.articleId] : [];
});

describe("npm run ingest", () => {
  it("writes the good article and rejects a javascript: url with the mutation's message (status 1)", async () => {
    await wipeGraph(db);
    const r = await ingest([dir]);
    expect(r.stderr).toMatch(/Written 1 article/);
    expect(r.stderr).toMatch(/rejected .*bad\.md: invalid front matter: url must be an http\(s\) URL\./);
    expect(r.code).toBe(1);
    expect(await articleIds()).toEqual(["cli-harbour"]);
  }, 60_000);

  it("deletes it again with --delete ID, and answers status 1 for an unknown id", async () => {
    const r = await ingest(["--delete", "cli-harbour"]);
    expect(r.stderr).toMatch(/Deleted cli-harbour/);
    expect(r.code).toBe(0);
    expect(await articleIds()).toEqual([]);
    const again = await ingest(["--delete", "cli-harbour"]);
    expect(again.stderr).toMatch(/No article with id cli-harbour/);
    // The hint names a field whose value --delete takes.
    expect(again.stderr).toMatch(/articleId/);
    expect(again.code).toBe(1);
  }, 60_000);

  it("deletes by the global id the API returns (Article.id), as the hint says it may", async () => {
    await ingest([path.join(dir, "good.md")]);
    expect(await articleIds()).toEqual(["cli-harbour"]);
    const r = await ingest(["--delete", encodeGlobalID("Article", "cli-harbour")]);
    expect(r.stderr).toMatch(/Deleted cli-harbour/);
    expect(r.code).toBe(0);
    expect(await articleIds()).toEqual([]);
  }, 90_000);
});
