// `npm run ingest -- [--dry-run] [--concurrency N] [--max-bytes N] [--shard K/N] PATH...` extracts
// (on the extraction pool's threads) and writes articles; with --shard, only the articles of shard
// K of N (ingest/shard.ts), so N workers split a corpus. With REDIS_URL it announces what it wrote
// and its progress on the event bus, so the API's subscribers (on every instance) hear of it. Exit status 1 when anything was rejected, 2 for
// bad usage, 3 when the database became unreachable: then it stops within seconds, says what was
// written and how to resume (run it again: written articles are skipped as unchanged). With
// --delete the arguments go to the delete command (delete.ts), which has options of its own.
import { loadConfig } from "../config/config.ts";
import { createLogger } from "../config/logger.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { createExtractionPool } from "../ingest/extraction-pool.ts";
import { inShard, parseShard, type Shard } from "../ingest/shard.ts";
import { createEventBus, type EventBus } from "../live/event-bus.ts";
import { ingestAnnouncer, progressAnnouncer } from "../live/ingest-announcements.ts";
import { ingestStream, type IngestSummary } from "../ingest/ingest-stream.ts";
import { createProgress } from "../ingest/progress.ts";
import { countInputs, readInputs } from "../ingest/read-inputs.ts";
import { parseCommandLine, positiveInteger, runAsMain, UsageError } from "./command-line.ts";
import { DELETE_USAGE, deleteMain } from "./delete.ts";

export const INGEST_USAGE =
  "usage: npm run ingest -- [--dry-run] [--concurrency N] [--max-bytes N (default MAX_ARTICLE_BYTES)] [--no-linking] [--shard K/N] PATH...\n" +
  `       ${DELETE_USAGE.replace(/^usage: /, "")}`;

export interface IngestArgs {
  help: boolean;
  dryRun: boolean;
  concurrency: number;
  /** Undefined: MAX_ARTICLE_BYTES from the configuration. */
  maxBytes: number | undefined;
  /** Link entities and events across articles (off: every extracted id and event as it is, to measure linking). */
  linking: boolean;
  /** Only this shard of the inputs (--shard K/N); undefined: all of them. */
  shard: Shard | undefined;
  paths: string[];
}

export function parseIngestArgs(argv: string[]): IngestArgs {
  const { values, positionals } = parseCommandLine(argv, {
    "dry-run": { type: "boolean" },
    concurrency: { type: "string" },
    "max-bytes": { type: "string" },
    "no-linking": { type: "boolean" },
    shard: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard);
    if ("problem" in parsed) throw new UsageError(parsed.problem);
    shard = parsed;
  }
  const args: IngestArgs = {
    help: values.help === true,
    dryRun: values["dry-run"] === true,
    concurrency: positiveInteger("concurrency", values.concurrency) ?? 16,
    maxBytes: positiveInteger("max-bytes", values["max-bytes"]),
    linking: values["no-linking"] !== true,
    shard,
    paths: positionals,
  };
  if (!args.help && args.paths.length === 0) throw new UsageError("no paths given");
  return args;
}

/** True when the arguments ask for the delete command (`--delete` before any `--`). */
export function isDeleteCommand(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--delete");
}

/** Exit status when the database was lost mid-run (resume by running the same command again). */
export const EXIT_DATABASE_LOST = 3;

function printSummary(s: IngestSummary, dryRun: boolean, skipped: string[]): void {
  const out = process.stderr;
  out.write(
    `\n${dryRun ? "Dry run (nothing written): extracted" : "Written"} ${s.written} article(s)` +
      (dryRun ? "" : ` (${s.replaced} replacing an older version), skipped ${s.unchanged} unchanged`) +
      `, rejected ${s.rejected.length} — in ${s.seconds.toFixed(1)} s (${(s.articles / Math.max(s.seconds, 1e-9)).toFixed(1)} articles/s)\n`,
  );
  if (dryRun) out.write(`Found ${s.entities} entities, ${s.events} events, ${s.relationships} relationships\n`);
  else out.write(`Created ${s.entitiesCreated} entities, ${s.eventsCreated} events, ${s.relationshipsCreated} relationships\n`);
  for (const r of s.rejected) out.write(`rejected ${r.line ? `${r.file}:${r.line}` : r.file}: ${r.reason}\n`);
  if (skipped.length) {
    out.write(`skipped ${skipped.length} file(s) that are not .txt, .md or .jsonl (${skipped.slice(0, 3).join(", ")}${skipped.length > 3 ? ", …" : ""})\n`);
  }
  if (s.lostDatabase) {
    const last = s.lastWritten;
    out.write(
      `\nStopped: the database became unreachable (${s.lostDatabase.message}) after ${s.written} article(s) were written` +
        `${last ? ` (the last: ${last})` : ""}; the remaining articles were not attempted.\n` +
        "To resume: make sure Neo4j is running (npm run db:start, or check NEO4J_URI), then run the same command again — " +
        "articles already written are skipped as unchanged, and an article whose write was cut off is written again in full.\n",
    );
  }
}

export async function ingestMain(argv: string[]): Promise<number> {
  if (isDeleteCommand(argv)) {
    const rest = [...argv];
    rest.splice(rest.indexOf("--delete"), 1);
    return deleteMain(rest);
  }
  const args = parseIngestArgs(argv);
  if (args.help) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config, { destination: process.stderr });
  const db = args.dryRun ? null : await connect(config, logger);
  const pool = createExtractionPool({ workers: config.extractionWorkers });
  let bus: EventBus | null = null;
  try {
    if (db) await migrate(db, logger);
    // Only a shared bus reaches anyone: without REDIS_URL there is no one to tell.
    if (db && config.redisUrl) bus = await createEventBus({ redisUrl: config.redisUrl, database: config.neo4j.database, logger });
    // A shard's share of the inputs is only known by reading them all: no total then.
    const total = args.shard && args.shard.count > 1 ? null : await countInputs(args.paths);
    const progress = createProgress(total);
    const shardName = args.shard ? `${args.shard.index}/${args.shard.count}` : null;
    const live = bus ? progressAnnouncer(bus, { total, shard: shardName }) : null;
    const skipped: string[] = [];
    const read = readInputs(args.paths, { maxBytes: args.maxBytes ?? config.maxArticleBytes, onSkip: (file) => skipped.push(file) });
    const inputs = args.shard ? inShard(read, args.shard) : read;
    let done = 0;
    const summary = await ingestStream(db, inputs, {
      concurrency: args.concurrency,
      dryRun: args.dryRun,
      linking: args.linking,
      onProgress: (n, s) => {
        done = n;
        progress.update(n, s);
        live?.update(n, s);
      },
      // Waits for room in the pool's queue: the file reader never runs ahead of extraction.
      extract: (article) => pool.extract(article, { wait: true }),
      announce: bus && db ? ingestAnnouncer(bus, db, logger) : undefined,
    });
    progress.finish();
    live?.finish(done, summary);
    printSummary(summary, args.dryRun, skipped);
    if (summary.lostDatabase) return EXIT_DATABASE_LOST;
    return summary.rejected.length ? 1 : 0;
  } finally {
    await pool.close();
    await bus?.close();
    await db?.close();
  }
}

runAsMain(import.meta.url, { name: "ingest", usage: INGEST_USAGE }, ingestMain);
