// The ingest and delete commands' arguments, parsed strictly: a misspelt option is refused, not
// guessed at, and an option of one command is refused by the other with a message.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { UsageError } from "../../../src/cli/command-line.ts";
import { articleIdOf, parseDeleteArgs } from "../../../src/cli/delete.ts";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { isDeleteCommand, parseIngestArgs } from "../../../src/cli/ingest.ts";

/** Runs `npm run ingest -- ARGS` as a user does. NEO4J_URI points nowhere: usage errors come first. */
function ingestCli(args: string[]) {
  return spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/ingest.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "not-a-real-server" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("ingest arguments", () => {
  it("reads paths and options in either --name value or --name=value form", () => {
    expect(parseIngestArgs(["--dry-run", "--concurrency", "3", "--max-bytes=2000", "a.txt", "dir"])).toEqual({
      help: false,
      dryRun: true,
      concurrency: 3,
      maxBytes: 2000,
      linking: true,
      paths: ["a.txt", "dir"],
    });
    expect(parseIngestArgs(["--no-linking", "a.txt"])).toMatchObject({ linking: false });
    expect(parseIngestArgs(["a.txt"])).toMatchObject({ dryRun: false, concurrency: 16, maxBytes: undefined });
  });

  it("refuses --concurrencyX=3 instead of taking it as --concurrency", () => {
    expect(() => parseIngestArgs(["--concurrencyX=3", "a.txt"])).toThrow(new UsageError("unknown option --concurrencyX"));
  });

  it("refuses a concurrency that is not a positive integer, and no paths at all", () => {
    expect(() => parseIngestArgs(["--concurrency", "0", "a.txt"])).toThrow(/--concurrency needs a positive integer, got 0/);
    expect(() => parseIngestArgs(["--max-bytes"])).toThrow(UsageError);
    expect(() => parseIngestArgs([])).toThrow(/no paths given/);
  });

  it("sends --delete to the delete command, but not a path after --", () => {
    expect(isDeleteCommand(["--delete", "a-1"])).toBe(true);
    expect(isDeleteCommand(["a-1", "--delete"])).toBe(true);
    expect(isDeleteCommand(["--", "--delete"])).toBe(false);
  });
});

describe("delete arguments", () => {
  it("takes article ids", () => {
    expect(parseDeleteArgs(["a-1", "a-2"])).toEqual({ help: false, articleIds: ["a-1", "a-2"] });
  });

  it("refuses --dry-run with a message saying it is an ingest option", () => {
    expect(() => parseDeleteArgs(["--dry-run", "a-1"])).toThrow(/--dry-run is an option for ingesting articles; --delete takes only article ids/);
    expect(() => parseDeleteArgs(["--concurrency=2", "a-1"])).toThrow(/--concurrency is an option for ingesting/);
  });

  it("refuses unknown options and no ids", () => {
    expect(() => parseDeleteArgs(["--force", "a-1"])).toThrow(new UsageError("unknown option --force"));
    expect(() => parseDeleteArgs([])).toThrow(/no article ids given/);
  });
});

// Each run starts tsx and loads the modules: seconds on a busy machine, more than the unit default.
describe("npm run ingest (child process)", { timeout: 60_000 }, () => {
  it("answers `ingest --delete --dry-run ID` with a clear usage error and status 2, not a crash", () => {
    const r = ingestCli(["--delete", "--dry-run", "some-article"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--dry-run is an option for ingesting articles; --delete takes only article ids/);
    expect(r.stderr).toMatch(/npm run ingest -- --delete ARTICLE_ID/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("refuses --concurrencyX=3 with status 2", () => {
    const r = ingestCli(["--concurrencyX=3", "some-file.txt"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^unknown option --concurrencyX\nusage: npm run ingest/);
  });

  it("prints the usage for --help with status 0", () => {
    const r = ingestCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: npm run ingest -- \[--dry-run\]/);
  });

  it("takes an article's global id (what Article.id returns) as well as its articleId", () => {
    expect(articleIdOf(encodeGlobalID("Article", "cli-harbour"))).toBe("cli-harbour");
    expect(articleIdOf("cli-harbour")).toBe("cli-harbour");
    expect(articleIdOf(encodeGlobalID("Person", "person:x"))).toBe(encodeGlobalID("Person", "person:x"));
  });
});
