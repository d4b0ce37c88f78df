// Which words can make an event, and of what type: the trigger lexicon (data/event-triggers.json,
// converted from the CAMEO verb dictionary with our own additions — see data/LICENSES.md) looked
// up by lemma, phrasal particle and object. A lemma may have several senses; the `when`
// conditions that choose between them are named rules in event-senses.ts.
import lexicon from "./data/event-triggers.json" with { type: "json" };
import type { EventSubtype, EventType } from "../vocabulary.ts";

export interface TriggerSense {
  type: EventType;
  subtype?: EventSubtype;
  /** A named condition on the arguments (event-senses.ts) this sense needs. */
  when?: string;
  /** The CAMEO code the sense comes from, when it comes from CAMEO. */
  cameo?: string;
  source: "cameo" | "newsgraph";
}

interface Lexicon {
  verbs: Record<string, TriggerSense[]>;
  nouns: Record<string, TriggerSense[]>;
  verbGroups: Array<{ verbs: string[]; objects: Record<string, TriggerSense> }>;
}
const LEXICON = lexicon as unknown as Lexicon;

// verb lemma → object head noun → sense, built once from the CAMEO groups.
const OBJECT_SENSES = new Map<string, Map<string, TriggerSense>>();
for (const g of LEXICON.verbGroups) {
  for (const v of g.verbs) {
    const m = OBJECT_SENSES.get(v) ?? new Map<string, TriggerSense>();
    for (const [noun, sense] of Object.entries(g.objects)) if (!m.has(noun)) m.set(noun, sense);
    OBJECT_SENSES.set(v, m);
  }
}
// The lemma tables as Maps, built once: every noun and verb of every sentence is looked up,
// and a Map probe is cheaper than Object.hasOwn on a thousand-key object.
const VERBS = new Map(Object.entries(LEXICON.verbs));
const NOUNS = new Map(Object.entries(LEXICON.nouns));

/**
 * The lexicon's own lemma for a word: the tagger's lemma when the lexicon knows it, else the
 * first regular de-inflection of the written form that it knows ("shelled" → "shell", "blamed"
 * → "blame", "sacking" → "sack"), so a lemmatizer slip does not hide a trigger.
 */
export function lexiconLemma(form: string, lemma: string, pos: "verb" | "noun"): string {
  const table = pos === "verb" ? VERBS : NOUNS;
  const l = lemma.toLowerCase();
  if (table.has(l)) return l;
  const f = form.toLowerCase();
  if (table.has(f)) return f;
  for (const c of deinflections(f)) if (table.has(c)) return c;
  return l;
}

function deinflections(f: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string) => (f.endsWith(suffix) && f.length > suffix.length + 1 ? f.slice(0, -suffix.length) : null);
  for (const suffix of ["ied", "ies"]) {
    const b = strip(suffix);
    if (b) out.push(b + "y");
  }
  for (const suffix of ["ing", "ed", "es", "s"]) {
    const b = strip(suffix);
    if (!b) continue;
    out.push(b, b + "e");
    // "shelled" → "shell"/"shel"; "planned" → "plan".
    if (b.length >= 3 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  }
  return out;
}

/** Senses of a verb lemma, or of a phrasal verb ("step down", "call on") when a particle is given. */
export function verbSenses(lemma: string, particle?: string): readonly TriggerSense[] {
  if (particle) {
    const phrasal = `${lemma} ${particle}`;
    const senses = VERBS.get(phrasal);
    if (senses) return senses;
  }
  return VERBS.get(lemma) ?? [];
}

export function nounSenses(lemma: string): readonly TriggerSense[] {
  return NOUNS.get(lemma) ?? [];
}

/** CAMEO's verb-object patterns: "impose" + "sanctions", "take" + "hostage". */
export function objectSense(verbLemma: string, objectLemma: string): TriggerSense | undefined {
  return OBJECT_SENSES.get(verbLemma)?.get(objectLemma);
}
