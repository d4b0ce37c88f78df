// `npm run extract -- [--pretty] [--max-bytes N] PATH...`: print one extraction document per
// article as JSON Lines (or indented JSON with --pretty) on stdout, without touching Neo4j.
// Rejected inputs are reported on stderr with file and line; the rest are still processed and
// the exit status is 1 if anything was rejected (2 for bad usage).
import { extractArticle } from "../extract/index.ts";
import { loadConfig } from "../config/config.ts";
import { readInputs } from "../ingest/read-inputs.ts";
import { parseCommandLine, positiveInteger, runAsMain, UsageError } from "./command-line.ts";

const USAGE = "usage: npm run extract -- [--pretty] [--max-bytes N] PATH...  (.txt/.md files, directories, .jsonl files)";

export function parseExtractArgs(argv: string[]): { help: boolean; pretty: boolean; maxBytes: number | undefined; paths: string[] } {
  const { values, positionals } = parseCommandLine(argv, {
    pretty: { type: "boolean" },
    "max-bytes": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  const help = values.help === true;
  if (!help && positionals.length === 0) throw new UsageError("no paths given");
  return { help, pretty: values.pretty === true, maxBytes: positiveInteger("max-bytes", values["max-bytes"]), paths: positionals };
}

async function main(argv: string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  // The same article size limit as ingest and the API (MAX_ARTICLE_BYTES), unless --max-bytes says otherwise.
  const maxBytes = args.maxBytes ?? loadConfig().maxArticleBytes;
  let rejected = 0;
  let extracted = 0;
  for await (const item of readInputs(args.paths, { maxBytes })) {
    if (!item.ok) {
      rejected++;
      const where = item.rejection.line ? `${item.rejection.file}:${item.rejection.line}` : item.rejection.file;
      process.stderr.write(`rejected ${where}: ${item.rejection.reason}\n`);
      continue;
    }
    const doc = extractArticle(item.article);
    process.stdout.write(JSON.stringify(doc, null, args.pretty ? 2 : undefined) + "\n");
    extracted++;
  }
  process.stderr.write(`extracted ${extracted}, rejected ${rejected}\n`);
  return rejected > 0 ? 1 : 0;
}

runAsMain(import.meta.url, { name: "extract", usage: USAGE }, main);
