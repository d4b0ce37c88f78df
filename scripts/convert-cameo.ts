// `npm run data:triggers`: converts the CAMEO verb dictionary of PETRARCH2
// (../shared/lexicons/petrarch2/CAMEO.2.0.txt, MIT licence, © Open Event Data Alliance) into the
// project's own trigger lexicon, src/extract/data/event-triggers.json, through two tables of ours:
// cameo-event-types.tsv (CAMEO code → event type) and event-triggers-newsgraph.tsv (our additions
// and overrides). The raw dictionary is never read at run time. Deterministic: the same inputs
// give the same bytes; `--check` fails when the committed file is out of date.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { EVENT_SUBTYPES, EVENT_TYPES } from "../src/vocabulary.ts";

const { values: opts } = parseArgs({ options: { check: { type: "boolean" } }, strict: true });
const CAMEO = path.resolve(PROJECT_ROOT, "..", "shared", "lexicons", "petrarch2", "CAMEO.2.0.txt");
const DATA = path.join(PROJECT_ROOT, "src", "extract", "data");
const OUT = path.join(DATA, "event-triggers.json");

interface Sense {
  type: string;
  subtype?: string;
  when?: string;
  cameo?: string;
  source: "cameo" | "newsgraph";
}

function readTsv(file: string): string[][] {
  return fs
    .readFileSync(path.join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

// CAMEO code → type, by longest prefix.
const codeTypes = readTsv("cameo-event-types.tsv").map(([code, type, subtype]) => ({ code: code!, type: type!, subtype: subtype || undefined }));
function typeOfCode(code: string): { type: string; subtype?: string } | null {
  let best: (typeof codeTypes)[number] | null = null;
  for (const c of codeTypes) if (code.startsWith(c.code) && (!best || c.code.length > best.code.length)) best = c;
  if (!best || best.type === "-") return null;
  return { type: best.type, ...(best.subtype ? { subtype: best.subtype } : {}) };
}

/** "[042:043]" → "042"; "[:190]" → "190"; "[---]" → null. */
function codeOf(bracket: string | undefined): string | null {
  if (!bracket) return null;
  const parts = bracket.replace(/[[\]!]/g, "").split(":").filter((p) => p && p !== "---");
  return parts.find((p) => /^\d{2,4}$/.test(p)) ?? null;
}
const lemmaOf = (word: string) => word.replace(/^\+/, "").replace(/_+$/, "").replace(/_/g, " ").toLowerCase();

interface VerbGroup {
  verbs: string[];
  /** Object head noun → the sense the verb takes with it ("impose" + "sanctions"). */
  objects: Record<string, Sense>;
}

function convertCameo(): { verbs: Map<string, Sense>; verbGroups: VerbGroup[] } {
  if (!fs.existsSync(CAMEO)) throw new Error(`${CAMEO} is missing: the PETRARCH2 lexicons live beside the checkout in ../shared/lexicons`);
  const lines = fs.readFileSync(CAMEO, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("####### VERB PATTERNS"));
  const verbs = new Map<string, Sense>();
  const verbGroups: VerbGroup[] = [];
  let blockCode: string | null = null;
  let group: VerbGroup = { verbs: [], objects: {} };
  for (const raw of lines.slice(start + 1)) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (!line.trim()) continue;
    const header = /^---\s+(\S+)\s+(\[[^\]]*\])\s+---/.exec(line);
    if (header) {
      blockCode = codeOf(header[2]);
      group = { verbs: [], objects: {} };
      verbGroups.push(group);
      continue;
    }
    if (line.startsWith("-")) {
      // A pattern "- * OBJECT [code]": keep only the plain verb-object ones (one noun, or a
      // braced noun phrase, right after the verb, nothing else).
      const m = /^-\s+\*\s+(\{[A-Z' ]+\}|[A-Z']+)\s+(\[[^\]]*\])\s*$/.exec(line);
      const code = m ? codeOf(m[2]) : null;
      const sense = code ? typeOfCode(code) : null;
      if (!m || !code || !sense) continue;
      const object = m[1]!.replace(/[{}]/g, "").trim().toLowerCase();
      group.objects[object] ??= { ...sense, cameo: code, source: "cameo" };
      continue;
    }
    const verb = /^(\+?[A-Z][A-Z_'.-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line.trim());
    if (!verb) continue;
    const lemma = lemmaOf(verb[1]!);
    group.verbs.push(lemma);
    const code = codeOf(verb[3]) ?? blockCode;
    const sense = code ? typeOfCode(code) : null;
    if (sense && !verbs.has(lemma)) verbs.set(lemma, { ...sense, cameo: code!, source: "cameo" });
  }
  return { verbs, verbGroups: verbGroups.filter((g) => g.verbs.length && Object.keys(g.objects).length) };
}

const { verbs: cameoVerbs, verbGroups } = convertCameo();
const verbs = new Map<string, Sense[]>([...cameoVerbs].map(([k, v]) => [k, [v]]));
const nouns = new Map<string, Sense[]>();
const overridden = new Set<string>();
const types = new Set<string>(EVENT_TYPES);
const subtypes = new Set<string>(EVENT_SUBTYPES);
for (const [pos, lemma, type, subtype, when] of readTsv("event-triggers-newsgraph.tsv")) {
  if (pos !== "verb" && pos !== "noun") throw new Error(`event-triggers-newsgraph.tsv: pos must be verb or noun, not ${pos}`);
  if (type !== "-" && !types.has(type!)) throw new Error(`event-triggers-newsgraph.tsv: ${lemma}: unknown event type ${type}`);
  if (subtype && !subtypes.has(subtype)) throw new Error(`event-triggers-newsgraph.tsv: ${lemma}: unknown event subtype ${subtype}`);
  const table = pos === "verb" ? verbs : nouns;
  const key = `${pos} ${lemma}`;
  // Our first entry for a lemma replaces CAMEO's; later entries add senses.
  if (!overridden.has(key)) {
    table.delete(lemma!);
    overridden.add(key);
  }
  if (type === "-") continue;
  const senses = table.get(lemma!) ?? [];
  if (senses.some((s) => s.type === type && s.subtype === (subtype || undefined) && s.when === (when || undefined))) {
    throw new Error(`event-triggers-newsgraph.tsv: ${pos} ${lemma} ${type} is listed twice`);
  }
  senses.push({ type: type!, ...(subtype ? { subtype } : {}), ...(when ? { when } : {}), source: "newsgraph" });
  table.set(lemma!, senses);
}

const sorted = <T>(m: Map<string, T>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const json =
  JSON.stringify(
    {
      about:
        "Event triggers for src/extract. Generated by `npm run data:triggers` (scripts/convert-cameo.ts) from the CAMEO verb dictionary " +
        "of PETRARCH2 (CAMEO.2.0.txt, MIT licence, Copyright (c) 2015 Open Event Data Alliance; see src/extract/data/LICENSES.md) " +
        "through newsgraph's tables cameo-event-types.tsv and event-triggers-newsgraph.tsv. Do not edit by hand.",
      verbs: sorted(verbs),
      nouns: sorted(nouns),
      verbGroups: verbGroups.map((g) => ({ verbs: g.verbs, objects: sorted(new Map(Object.entries(g.objects))) })),
    },
    null,
    0,
  ).replace(/(\]|\}),(?="|\{"verbs)/g, "$1,\n") + "\n";

if (opts.check) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (current !== json) {
    console.error("src/extract/data/event-triggers.json is out of date: run `npm run data:triggers`");
    process.exit(1);
  }
  console.log("event-triggers.json is up to date");
} else {
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(PROJECT_ROOT, OUT)}: ${verbs.size} verbs, ${nouns.size} nouns, ${verbGroups.length} verb groups with object patterns`);
}
