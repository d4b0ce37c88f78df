// `npm run eval:dev-news`: the extractor on ../shared/dev-news (real published articles, gold written
// by others), scored with that folder's README rules. Prints the per-article table and the totals;
// `--misses` also prints what was missed and what was wrong, grouped by article; `--write` puts the
// tables into EXTRACTION.md (between the dev-news markers). Skips with a message when the set is absent.
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/config.ts";
import {
  DEV_NEWS_DIR,
  devNewsAvailable,
  entityPrecision,
  entityRecall,
  eventPrecision,
  f1,
  loadDevCases,
  scoreDevDocument,
  type DevScore,
} from "../src/evaluation/dev-news.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { extractArticle } from "../src/extract/index.ts";

const { values: opts } = parseArgs({ options: { misses: { type: "boolean" }, write: { type: "boolean" }, only: { type: "string" } }, strict: true });

if (!devNewsAvailable()) {
  console.log(`eval:dev-news: skipped — ${path.relative(PROJECT_ROOT, DEV_NEWS_DIR)} is absent (it lives beside the checkout, never in it).`);
  process.exit(0);
}

const f2 = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const ratio = (a: number, b: number) => `${a}/${b}`;
const rows: string[] = [];
const scores: Array<[string, DevScore]> = [];
for (const c of loadDevCases()) {
  if (opts.only && !c.slug.startsWith(opts.only)) continue;
  const s = scoreDevDocument(extractArticle(c.input), c.gold);
  scores.push([c.slug, s]);
  const p = entityPrecision(s.entities);
  const r = entityRecall(s.entities);
  rows.push(
    `| ${c.slug.slice(0, 2)} | ${f2(p)} | ${f2(r)} | ${f2(f1(p, r))} | ${ratio(s.events.matchedRequired, s.events.required)} | ${f2(eventPrecision(s.events))} | ` +
      `${ratio(s.relationships.matchedRequired, s.relationships.required)} | ${ratio(s.relationships.predictedMatching, s.relationships.predicted)} | ` +
      `${ratio(s.roles.right, s.roles.total)} | ${ratio(s.dates.right, s.dates.total)} |`,
  );
}

const sum = <K extends keyof DevScore>(k: K, f: (x: DevScore[K]) => number) => scores.reduce((a, [, s]) => a + f(s[k]), 0);
const meanF1 = scores.reduce((a, [, s]) => a + f1(entityPrecision(s.entities), entityRecall(s.entities)), 0) / scores.length;
const pooled = {
  matched: sum("entities", (e) => e.matched),
  required: sum("entities", (e) => e.required),
  falsePositives: sum("entities", (e) => e.falsePositives),
  wrongKinds: sum("entities", (e) => e.wrongKinds),
  duplicates: sum("entities", (e) => e.duplicates),
};
const pooledP = entityPrecision(pooled);
const pooledR = entityRecall(pooled);
const evMatched = sum("events", (e) => e.matchedRequired);
const evRequired = sum("events", (e) => e.required);
const evPredicted = sum("events", (e) => e.predicted);
const evUnanchored = sum("events", (e) => e.unanchored);
const relMatched = sum("relationships", (r) => r.matchedRequired);
const relRequired = sum("relationships", (r) => r.required);
const relPredicted = sum("relationships", (r) => r.predicted);
const relRight = sum("relationships", (r) => r.predictedMatching);
const roleRight = sum("roles", (r) => r.right);
const roleTotal = sum("roles", (r) => r.total);
const dateRight = sum("dates", (d) => d.right);
const dateTotal = sum("dates", (d) => d.total);
const frac = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(3));

const table = [
  "| # | entity P | entity R | entity F1 | events | event P | relations | relation P | roles | dates |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows,
].join("\n");
const totals = [
  `- Entities: mean F1 **${meanF1.toFixed(3)}**; pooled P ${pooledP.toFixed(3)}, R ${pooledR.toFixed(3)}, F1 **${f1(pooledP, pooledR).toFixed(3)}** ` +
    `(${pooled.matched} of ${pooled.required} required found; ${pooled.falsePositives} false positives, ${pooled.wrongKinds} wrong kinds, ${pooled.duplicates} duplicates).`,
  `- Events: main-event recall **${evMatched}/${evRequired} = ${frac(evMatched, evRequired)}**; precision **${frac(evPredicted - evUnanchored, evPredicted)}** (${evPredicted} predicted, ${evUnanchored} matching no gold anchor).`,
  `- Relationships: recall **${relMatched}/${relRequired} = ${frac(relMatched, relRequired)}**; precision **${relRight}/${relPredicted} = ${frac(relRight, relPredicted)}**.`,
  `- Roles on matched events: **${roleRight}/${roleTotal} = ${frac(roleRight, roleTotal)}**. Dates on matched dated events: ${dateRight}/${dateTotal} = ${frac(dateRight, dateTotal)}.`,
].join("\n");

process.stdout.write(`${table}\n\n${totals}\n`);

if (opts.misses) {
  for (const [slug, s] of scores) {
    const m = s.misses;
    const lines = [
      ...m.entities.map((x) => `  missed entity     ${x}`),
      ...m.falseEntities.map((x) => `  wrong entity      ${x}`),
      ...m.events.map((x) => `  missed event      ${x}`),
      ...m.unanchoredEvents.map((x) => `  unanchored event  ${x}`),
      ...m.roles.map((x) => `  wrong role        ${x}`),
      ...m.relationships.map((x) => `  missed relation   ${x}`),
      ...m.falseRelationships.map((x) => `  wrong relation    ${x}`),
    ];
    if (lines.length) process.stdout.write(`\n${slug}\n${lines.join("\n")}\n`);
  }
}

if (opts.write && !opts.only) {
  writeMarkdownBlock(path.join(PROJECT_ROOT, "EXTRACTION.md"), "dev-news", `${table}\n\n${totals}`);
  process.stdout.write("wrote the dev-news tables into EXTRACTION.md\n");
}
