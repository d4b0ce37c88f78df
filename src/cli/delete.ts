// `npm run ingest -- --delete ARTICLE_ID...`: deletes articles and everything only they
// supported. Its own command with its own options (none but --help): ingest's options such as
// --dry-run are refused here with a message, not ignored. An id is an article's id or its Relay
// global ID (what `Article.id` returns). Exit status 1 when an id was unknown.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { loadConfig } from "../config/config.ts";
import { createLogger } from "../config/logger.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { deleteArticle } from "../ingest/ingest-article.ts";
import { parseCommandLine, runAsMain, UsageError } from "./command-line.ts";

export const DELETE_USAGE = "usage: npm run ingest -- --delete ARTICLE_ID...  (an article's articleId, or its global id)";

/** The article id an argument names: a Relay global ID of an Article, or the article id itself. */
export function articleIdOf(arg: string): string {
  try {
    const decoded = decodeGlobalID(arg);
    if (decoded.typename === "Article") return decoded.id;
  } catch {
    // not a global ID: an article id
  }
  return arg;
}

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
    for (const arg of args.articleIds) {
      const id = articleIdOf(arg);
      const r = await deleteArticle(db, id);
      if (r.deleted) {
        process.stderr.write(`Deleted ${id}: removed ${r.entitiesRemoved} entities, ${r.eventsRemoved} events, ${r.relationshipsRemoved} relationships no other article supports\n`);
      } else {
        missing++;
        process.stderr.write(`No article with id ${id} (list them with the GraphQL query { articles(first: 100) { edges { node { articleId title } } } }; --delete takes articleId or id)\n`);
      }
    }
    return missing ? 1 : 0;
  } finally {
    await db.close();
  }
}

runAsMain(import.meta.url, { name: "delete", usage: DELETE_USAGE }, deleteMain);
