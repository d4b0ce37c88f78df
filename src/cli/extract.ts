// `npm run extract -- [--pretty] [--max-bytes N] PATH...`: print one extraction document per
// article as JSON Lines (or indented JSON with --pretty) on stdout, without touching Neo4j.
// Rejected inputs are reported on stderr with file and line; the rest are still processed and
// the exit status is 1 if anything was rejected (2 for bad usage).
import { extractArticle } from "../extract/index.ts";
import { loadConfig } from "../config/config.ts";
import { readInputs } from "../ingest/read-inputs.ts";

const USAGE = "usage: npm run extract -- [--pretty] [--max-bytes N] PATH...  (.txt/.md files, directories, .jsonl files)";

async function main(argv: string[]): Promise<number> {
  let pretty = false;
  // The same article size limit as ingest and the API (MAX_ARTICLE_BYTES), unless --max-bytes says otherwise.
  let maxBytes = loadConfig().maxArticleBytes;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--pretty") pretty = true;
    else if (a === "--max-bytes" || a.startsWith("--max-bytes=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        process.stderr.write(`--max-bytes needs a positive integer, got ${v}\n${USAGE}\n`);
        return 2;
      }
      maxBytes = n;
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(USAGE + "\n");
      return 0;
    } else if (a.startsWith("--")) {
      process.stderr.write(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  let rejected = 0;
  let extracted = 0;
  for await (const item of readInputs(paths, { maxBytes })) {
    if (!item.ok) {
      rejected++;
      const where = item.rejection.line ? `${item.rejection.file}:${item.rejection.line}` : item.rejection.file;
      process.stderr.write(`rejected ${where}: ${item.rejection.reason}\n`);
      continue;
    }
    const doc = extractArticle(item.article);
    process.stdout.write(JSON.stringify(doc, null, pretty ? 2 : undefined) + "\n");
    extracted++;
  }
  process.stderr.write(`extracted ${extracted}, rejected ${rejected}\n`);
  return rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
