// `npm run eval:ner`: entity recognition on the UNER annotations of UD English EWT (dev and test),
// mention level, exact span and type, per kind; a measure on web text nobody here wrote. Skips with
// a message when ../shared/corpora is absent. `--write` puts the table into EXTRACTION.md.
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { loadUnerDocuments, scoreNer, UNER_DIR, unerAvailable, type NerCounts } from "../src/evaluation/uner.ts";
import { extractArticle } from "../src/extract/index.ts";

const { values: opts } = parseArgs({ options: { write: { type: "boolean" } }, strict: true });
if (!unerAvailable()) {
  console.log(`eval:ner: skipped — ${path.relative(PROJECT_ROOT, UNER_DIR)} is absent.`);
  process.exit(0);
}
const f = (x: number) => x.toFixed(3);
const p = (c: NerCounts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0);
const r = (c: NerCounts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0);
const f1 = (c: NerCounts) => (p(c) + r(c) ? (2 * p(c) * r(c)) / (p(c) + r(c)) : 0);
const lines = ["| split | kind | precision | recall | F1 | tp | fp | fn |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
for (const split of ["dev", "test"] as const) {
  const totals: Record<string, NerCounts> = {};
  for (const d of loadUnerDocuments(split)) {
    const s = scoreNer(extractArticle({ id: d.id, text: d.text }), d.gold);
    for (const [k, c] of Object.entries(s)) {
      const t = (totals[k] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  for (const k of ["PERSON", "ORGANIZATION", "PLACE", "ALL"]) {
    const c = totals[k]!;
    lines.push(`| ${split} | ${k === "ALL" ? "all" : k} | ${f(p(c))} | ${f(r(c))} | ${f(f1(c))} | ${c.tp} | ${c.fp} | ${c.fn} |`);
  }
}
const table = lines.join("\n");
process.stdout.write(table + "\n");
if (opts.write) {
  writeMarkdownBlock(path.join(PROJECT_ROOT, "EXTRACTION.md"), "uner", table);
  process.stdout.write("wrote the UNER table into EXTRACTION.md\n");
}
