// `npm run bench:extract`: throughput of extractArticle in KB of text per second on one core,
// next to compromise alone (nlp(text) + .people() .places() .organizations()) on the same
// corpus in the same run. The corpus (≥ 2 MB) repeats the fixture articles and the seed with
// names and numbers varied per copy, so caches keyed on exact strings cannot flatter either side.
// extractArticle includes the syntax stage (src/nlp: tokens, tags and a dependency tree per
// sentence). Times are CPU time of this process, so other work on a shared machine does not
// decide the ratio. Writes only the section between the bench:extract markers of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { extractArticle } from "../src/extract/index.ts";
import { loadGoldCases, repoRoot } from "../src/evaluation/fixture-cases.ts";
import { seededRandom } from "../src/seeded-random.ts";
import { cpuSeconds } from "./cpu-time.ts";
import { ARTICLE_SHAPES } from "./hostile-text.ts";

const TARGET_BYTES = 2.2 * 1024 * 1024;
const FIRST = ["Anna", "Marco", "Leila", "Tomasz", "Yuki", "Ibrahim", "Sofia", "Kwame", "Elena", "Raj"];
const LAST = ["Novak", "Ferreira", "Haddad", "Kowalski", "Tanaka", "Okoye", "Lindqvist", "Mensah", "Rossi", "Iyer"];

const bases = loadGoldCases().map((c) => c.input.text);
const corpus: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const base = bases[i % bases.length]!;
  // Vary each copy: a new person sentence and shifted numbers.
  const extra = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}, a spokesperson for the ${LAST[(i * 3) % LAST.length]} Group, said on Monday that talks would continue in ${["Paris", "Nairobi", "Lima", "Hanoi", "Oslo"][i % 5]}.`;
  const text = `${extra}\n\n${base.replace(/\b(\d{2})\b/g, (d) => String((Number(d) + i) % 100))}`;
  corpus.push(text);
  bytes += Buffer.byteLength(text, "utf8");
}
const kb = bytes / 1024;

// Warm up both (JIT, lexicon build) on a slice, then measure the whole corpus.
for (const t of corpus.slice(0, 20)) {
  extractArticle({ text: t });
  const d = nlp(t);
  d.people().out("array");
}
const oursSeconds = cpuSeconds(() => {
  for (const t of corpus) extractArticle({ text: t, publishedAt: "2025-06-01" });
});
const compromiseSeconds = cpuSeconds(() => {
  for (const t of corpus) {
    const d = nlp(t);
    d.people().out("array");
    d.places().out("array");
    d.organizations().out("array");
  }
});
const ours = kb / oursSeconds;
const theirs = kb / compromiseSeconds;
const ratio = ours / theirs;

// Growth with input size, per hostile shape (scripts/hostile-text.ts, the inputs of
// tests/unit/extract/robustness.test.ts): one 200 KB input against twenty 10 KB inputs of the same
// shape together. Linear work makes the ratio about 1, a quadratic stage about 20.
const growth = Object.entries(ARTICLE_SHAPES).map(([shape, make]) => {
  const pieces = Array.from({ length: 20 }, (_, k) => make(seededRandom(100 + k), 10_000));
  const big = make(seededRandom(11), 200_000);
  for (const p of pieces.slice(0, 3)) extractArticle({ text: p });
  const small = cpuSeconds(() => { for (const p of pieces) extractArticle({ text: p }); });
  const large = cpuSeconds(() => extractArticle({ text: big }));
  return { shape, small, large };
});
const growthRows = growth
  .map((g) => `| ${g.shape} | ${(g.small * 1000).toFixed(0)} | ${(g.large * 1000).toFixed(0)} | ${(g.large / g.small).toFixed(2)} | ${((g.large / g.small) * 20).toFixed(1)}× |`)
  .join("\n");
const worst = Math.max(...growth.map((g) => g.large / g.small));

const date = new Date().toISOString().slice(0, 10);
const section = `<!-- bench:extract:start -->
## Extraction throughput (\`npm run bench:extract\`)

Measured ${date}, Node ${process.version}, one core (CPU time of the process), corpus of ${corpus.length} articles / ${(bytes / 1024 / 1024).toFixed(2)} MB
(the fixtures and the seed article repeated with varied names and numbers).

| extractor | KB/s | seconds |
| --- | ---: | ---: |
| \`extractArticle\` (syntax, entities, resolution, events, relationships) | ${ours.toFixed(0)} | ${oursSeconds.toFixed(2)} |
| compromise alone (\`nlp(text)\` + \`.people() .places() .organizations()\`) | ${theirs.toFixed(0)} | ${compromiseSeconds.toFixed(2)} |

Ratio: **${ratio.toFixed(1)}×** compromise alone (goal ≥ 2× with the syntax stage; ≥ 4× before it).

Growth with input size, per generated hostile shape (the inputs of \`tests/unit/extract/robustness.test.ts\`):
CPU ms of twenty 10 KB inputs together and of one 200 KB input, one run each after a warm-up. Linear work
gives a ratio near 1 (one 200 KB input takes 20× one 10 KB input), a quadratic stage about 20. Worst shape:
**${worst.toFixed(2)}** (one 200 KB input took ${(worst * 20).toFixed(1)}× one 10 KB input).

| shape | 20 × 10 KB ms | 1 × 200 KB ms | ratio | 200 KB ÷ one 10 KB |
| --- | ---: | ---: | ---: | ---: |
${growthRows}
<!-- bench:extract:end -->`;

const file = path.join(repoRoot, "BENCHMARKS.md");
const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
const re = /<!-- bench:extract:start -->[\s\S]*?<!-- bench:extract:end -->/;
const next = re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`;
writeFileSync(file, next);
process.stdout.write(`${section}\n`);
