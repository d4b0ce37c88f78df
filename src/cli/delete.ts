// `npm run ingest -- --delete ARTICLE_ID...`: deletes articles and everything only they
// supported. Its own command with its own options (none but --help): ingest's options such as
// --dry-run are refused here with a message, not ignored. Exit status 1 when an id was unknown.
import { loadConfig } from "../config/config.ts";
import { createLogger } from "../config/logger.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { deleteArticle } from "../ingest/ingest-article.ts";
import { parseCommandLine, runAsMain, UsageError } from "./command-line.ts";

export const DELETE_USAGE = "usage: npm run ingest -- --delete ARTICLE_ID...";

/** Options of the ingest command, named in the error when someone adds them to --delete. */
const INGEST_ONLY = ["--dry-run", "--concurrency", "--max-bytes", "--no-linking"];

export interface DeleteArgs {
  help: boolean;
  articleIds: string[];
}

export function parseDeleteArgs(argv: string[]): DeleteArgs {
  const ingestOption = argv.find((a) => INGEST_ONLY.includes(a.split("=")[0]!));
  if (ingestOption) {
    throw new UsageError(`${ingestOption.split("=")[0]} is an option for ingesting articles; --delete takes only article ids (and deletes at once, there is no dry run)`);
  }
  const { values, positionals } = parseCommandLine(argv, { help: { type: "boolean", short: "h" } });
  if (values.help) return { help: true, articleIds: [] };
  if (positionals.length === 0) throw new UsageError("no article ids given");
  return { help: false, articleIds: positionals };
}

export async function deleteMain(argv: string[]): Promise<number> {
  const args = parseDeleteArgs(argv);
  if (args.help) {
    process.stdout.write(`${DELETE_USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config, { destination: process.stderr });
  const db = await connect(config, logger);
  try {
    await migrate(db, logger);
    let missing = 0;
    for (const id of args.articleIds) {
      const r = await deleteArticle(db, id);
      if (r.deleted) {
        process.stderr.write(`Deleted ${id}: removed ${r.entitiesRemoved} entities, ${r.eventsRemoved} events, ${r.relationshipsRemoved} relationships no other article supports\n`);
      } else {
        missing++;
        process.stderr.write(`No article with id ${id} (list ids with the GraphQL query { articles { edges { node { id } } } })\n`);
      }
    }
    return missing ? 1 : 0;
  } finally {
    await db.close();
  }
}

runAsMain(import.meta.url, { name: "delete", usage: DELETE_USAGE }, deleteMain);
