// `npm run ingest -- [--dry-run] [--concurrency N] [--max-bytes N] PATH...` extracts and writes
// articles; `npm run ingest -- --delete ARTICLE_ID...` deletes. Exit status 1 when anything was
// rejected, 2 for bad usage.
import { loadConfig } from "../config/config.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { deleteArticle } from "../ingest/ingest-article.ts";
import { ingestStream, type IngestSummary } from "../ingest/ingest-stream.ts";
import { createProgress } from "../ingest/progress.ts";
import { countInputs, readInputs } from "../ingest/read-inputs.ts";

const USAGE =
  "usage: npm run ingest -- [--dry-run] [--concurrency N] [--max-bytes N (default MAX_ARTICLE_BYTES)] PATH...\n" +
  "       npm run ingest -- --delete ARTICLE_ID...";

interface Args {
  dryRun: boolean;
  delete: boolean;
  concurrency: number;
  /** Undefined: MAX_ARTICLE_BYTES from the configuration. */
  maxBytes: number | undefined;
  rest: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { dryRun: false, delete: false, concurrency: 16, maxBytes: undefined, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => (a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i]);
    if (a === "--dry-run") args.dryRun = true;
    else if (a === "--delete") args.delete = true;
    else if (a.startsWith("--concurrency") || a.startsWith("--max-bytes")) {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) return `${a.split("=")[0]} needs a positive integer, got ${v}`;
      if (a.startsWith("--concurrency")) args.concurrency = n;
      else args.maxBytes = n;
    } else if (a === "--help" || a === "-h") return "";
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else args.rest.push(a);
  }
  if (args.rest.length === 0) return "no paths (or article ids with --delete) given";
  return args;
}

function printSummary(s: IngestSummary, dryRun: boolean): void {
  const out = process.stderr;
  out.write(
    `\n${dryRun ? "Dry run (nothing written): extracted" : "Written"} ${s.written} article(s)` +
      (dryRun ? "" : ` (${s.replaced} replacing an older version), skipped ${s.unchanged} unchanged`) +
      `, rejected ${s.rejected.length} — in ${s.seconds.toFixed(1)} s (${(s.articles / Math.max(s.seconds, 1e-9)).toFixed(1)} articles/s)\n`,
  );
  if (dryRun) out.write(`Found ${s.entities} entities, ${s.events} events, ${s.relationships} relationships\n`);
  else out.write(`Created ${s.entitiesCreated} entities, ${s.eventsCreated} events, ${s.relationshipsCreated} relationships\n`);
  for (const r of s.rejected) out.write(`rejected ${r.line ? `${r.file}:${r.line}` : r.file}: ${r.reason}\n`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args ? args + "\n" : ""}${USAGE}\n`);
    return args ? 2 : 0;
  }
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = args.dryRun ? null : await connect(config, log);
  try {
    if (db) await migrate(db);
    if (args.delete) {
      let missing = 0;
      for (const id of args.rest) {
        const r = await deleteArticle(db!, id);
        if (r.deleted) log(`Deleted ${id}: removed ${r.entitiesRemoved} entities, ${r.eventsRemoved} events, ${r.relationshipsRemoved} relationships no other article supports`);
        else {
          missing++;
          log(`No article with id ${id} (list ids with the GraphQL query { articles { edges { node { id } } } })`);
        }
      }
      return missing ? 1 : 0;
    }
    const total = await countInputs(args.rest);
    const progress = createProgress(total);
    const summary = await ingestStream(db, readInputs(args.rest, { maxBytes: args.maxBytes ?? config.maxArticleBytes }), {
      concurrency: args.concurrency,
      dryRun: args.dryRun,
      onProgress: (done, s) => progress.update(done, s),
    });
    progress.finish();
    printSummary(summary, args.dryRun);
    return summary.rejected.length ? 1 : 0;
  } finally {
    await db?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`ingest failed: ${err.message}\n`);
    process.exit(1);
  },
);
