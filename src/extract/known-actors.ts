// Known actors: the persons, organisations, countries and places of the Phoenix actor
// dictionaries (PETRARCH2, MIT licence, © Open Event Data Alliance), converted by
// `npm run data:actors` into data/known-actors.json, looked up by name, with the roles the
// dictionaries date and the sectors of generic agent nouns ("police" → COP). Pure: the file is
// read once, at the first call, and indexed in Maps; every lookup after that is a few hash probes.
//
// Dates: a role is asserted only when its dated range contains the article's publication date.
// An undated role ("[RUSELI]") is no dated role. An open end (">080508") is known to hold only
// until the dictionaries' snapshot date (their last date, 2015): after it, "still in office" is
// a guess the dictionary cannot make, so it is not returned unless the caller asks for it.
import { readFileSync } from "node:fs";
import worldCountries, { type Country } from "world-countries";
import { countryName } from "./gazetteer.ts";

export type KnownActorKind = "PERSON" | "ORGANIZATION" | "PLACE";
export type KnownActorSort = "person" | "organization" | "country" | "place";

export interface KnownRole {
  /** Where the role is held: an ISO3 code, a past state (SUN), a region (MEA) or an intergovernmental body (IGOUNO). */
  readonly code: string | null;
  /** The CAMEO sector (GOV, ELI, MIL, COP, REB, IGO, MNC, …): see sectorMeaning. */
  readonly sector: string;
  /** Further sector codes ("AGR" for a minister of agriculture, "LEG" for a legislator), or null. */
  readonly sub: string | null;
  /** YYYY-MM-DD or null (open start). */
  readonly from: string | null;
  /** YYYY-MM-DD or null (open end). Both null: the role is undated. */
  readonly to: string | null;
}

export interface KnownActor {
  /** "phoenix:17000": its position in the data file, so stable for a given file, not across regenerations. */
  readonly id: string;
  readonly kind: KnownActorKind;
  readonly sort: KnownActorSort;
  readonly name: string;
  readonly variants: readonly string[];
  readonly roles: readonly KnownRole[];
  /** Titles the dictionary's variants carry ("PRESIDENT_PUTIN_"), with the country or body they qualify them by. Undated. */
  readonly titles: readonly { readonly title: string; readonly of: string | null }[];
  /** Countries: their own code; places: the code of the country they are in; otherwise null. */
  readonly country: string | null;
}

export interface KnownNameMatch {
  readonly actor: KnownActor;
  /** The name is an ordinary English word ("Rice", "May"), or it names more than one actor. */
  readonly ambiguous: boolean;
  /** The name is a demonym of the country ("Afghan"), not its name. */
  readonly demonym: boolean;
}

export interface HeldRole {
  readonly sector: string;
  readonly sectorMeaning: string;
  readonly sub: string | null;
  /** The country (as the gazetteer names it), region or body the role is held in; null when the dictionary gives none. */
  readonly heldIn: { readonly kind: "PLACE" | "ORGANIZATION"; readonly code: string; readonly name: string } | null;
  readonly from: string | null;
  readonly to: string | null;
  /** No end date in the dictionary. */
  readonly openEnded: boolean;
}

export interface AgentSector {
  /** The agent code as the dictionary gives it ("GOVMED"). */
  readonly code: string;
  /** Its first sector ("GOV"). */
  readonly sector: string;
  readonly meaning: string;
}

// ---------------------------------------------------------------------------------------------
// Names to keys.

function hasNonAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return true;
  return false;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordChar(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(s[k]!);
}
function pushAtom(out: string[], part: string): void {
  if (!part) return;
  if (part.includes("'")) part = part.replace(/'s$/, "").replace(/'/g, "");
  let a = 0;
  let b = part.length;
  while (a < b && !isWordChar(part, a)) a++;
  // "&" may close a word ("AT&T" is whole; "S&" is not a word of its own).
  while (b > a && !isWordChar(part, b - 1) && part[b - 1] !== "&") b--;
  if (a < b) out.push(a === 0 && b === part.length ? part : part.slice(a, b));
}

/** The words of one token, normalised: see knownNameKey. Written out by hand: it runs on every name at load. */
export function nameAtoms(word: string): string[] {
  let s = word;
  if (hasNonAscii(s)) s = s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘`´]/g, "'");
  else if (s.includes("`")) s = s.replace(/`/g, "'");
  s = s.toLowerCase();
  const out: string[] = [];
  let start = 0;
  let part = "";
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : 32;
    // Word breaks: white space, "_", "-", "/" and the Unicode dashes; dots are dropped.
    const isBreak = c === 32 || c === 95 || c === 45 || c === 47 || c === 9 || c === 10 || c === 13 || (c >= 0x2010 && c <= 0x2014) || c === 0xa0;
    if (isBreak || c === 46) {
      part += s.slice(start, k);
      start = k + 1;
      if (isBreak) {
        pushAtom(out, part);
        part = "";
      }
    }
  }
  return out;
}

/**
 * The lookup key of a sequence of words: lower case, diacritics dropped, dots dropped ("U.N." is
 * "un", "V." is "v"), hyphens and underscores read as word breaks ("al-Assad" and "al Assad" are
 * one key), apostrophes and a possessive "'s" dropped (the tokenizer splits "People's" into
 * "People" and a possessive mark), punctuation at the edges of a word dropped.
 */
export function knownNameKey(words: readonly string[]): string {
  let key = "";
  for (const w of words) {
    // Most names are plain letters and single spaces: their key is their lower case.
    if (PLAIN.test(w)) key = key ? `${key} ${w.toLowerCase()}` : w.toLowerCase();
    else for (const a of nameAtoms(w)) key = key ? `${key} ${a}` : a;
  }
  return key;
}
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------
// The data file, read and indexed at first use.

type RoleRow = [string | null, string, string | null, string | null, string | null];
interface DataFile {
  snapshot: string;
  sectors: Record<string, string>;
  codes: Record<string, ["PLACE" | "ORGANIZATION", string]>;
  countries: Array<[string, string[], string[]]>;
  persons: Array<[string, string[], RoleRow[], Array<[string, string | null]>]>;
  organizations: Array<[string, string[], RoleRow[]]>;
  places: Array<[string, string[], string]>;
  agents: Record<string, string>;
}

/** A name's actors, each as its position in the file (see Index.actorAt) times 4, plus 1 when the name is an ordinary word, plus 2 for a demonym. */
type Entries = number | number[];

interface Index {
  snapshot: string;
  sectors: ReadonlyMap<string, string>;
  codes: ReadonlyMap<string, ["PLACE" | "ORGANIZATION", string]>;
  names: Map<string, Entries>;
  /** Most atoms of any key starting with an atom: most words start no name at all, and are rejected with one probe. */
  longestFrom: Map<string, number>;
  /** Country code → position. */
  countries: Map<string, number>;
  agents: ReadonlyMap<string, string>;
  /** The actor at a position: countries, then persons, organisations, places, in file order. Made at first request. */
  actorAt(position: number): KnownActor;
}

let index: Index | null = null;
/** How long the first use took to read and index the file, in milliseconds of wall time. */
export let knownActorsLoadMs = 0;

function loaded(): Index {
  if (!index) {
    const t0 = performance.now();
    index = build(JSON.parse(readFileSync(new URL("./data/known-actors.json", import.meta.url), "utf8")) as DataFile);
    knownActorsLoadMs = performance.now() - t0;
  }
  return index;
}

const NONE: readonly never[] = Object.freeze([]);
const withoutMark = (v: string) => (v.charCodeAt(0) === 126 ? v.slice(1) : v); // "~"

/** An actor of the file; its roles and titles are turned into objects only when asked for. */
class Actor implements KnownActor {
  #roleRows: readonly RoleRow[];
  #titleRows: ReadonlyArray<[string, string | null]>;
  #roles: readonly KnownRole[] | null = null;
  #titles: KnownActor["titles"] | null = null;
  readonly variants: readonly string[];
  constructor(
    readonly id: string,
    readonly kind: KnownActorKind,
    readonly sort: KnownActorSort,
    readonly name: string,
    variants: readonly string[],
    roleRows: readonly RoleRow[],
    titleRows: ReadonlyArray<[string, string | null]>,
    readonly country: string | null,
  ) {
    this.variants = variants.map(withoutMark);
    this.#roleRows = roleRows;
    this.#titleRows = titleRows;
  }
  get roles(): readonly KnownRole[] {
    return (this.#roles ??= this.#roleRows.length ? this.#roleRows.map(([code, sector, sub, from, to]) => ({ code, sector, sub, from, to })) : NONE);
  }
  get titles(): KnownActor["titles"] {
    return (this.#titles ??= this.#titleRows.length ? this.#titleRows.map(([title, of]) => ({ title, of })) : NONE);
  }
}

// Loading is dominated by what it allocates (the parsed file, the keys); actors are made only
// when a lookup returns them.
function build(file: DataFile): Index {
  const names = new Map<string, Entries>();
  const longestFrom = new Map<string, number>();
  const index = (position: number, form: string, demonym: boolean) => {
    const common = form.charCodeAt(0) === 126;
    const key = knownNameKey([common ? form.slice(1) : form]);
    if (!key) return;
    const entry = position * 4 + (common ? 1 : 0) + (demonym ? 2 : 0);
    const had = names.get(key);
    if (had === undefined) names.set(key, entry);
    else if (typeof had === "number") {
      if (had >> 2 !== position) names.set(key, [had, entry]);
    } else if (!had.some((e) => e >> 2 === position)) had.push(entry);
    const space = key.indexOf(" ");
    const first = space < 0 ? key : key.slice(0, space);
    let atoms = 1;
    for (let k = space; k >= 0; k = key.indexOf(" ", k + 1)) atoms++;
    if ((longestFrom.get(first) ?? 0) < atoms) longestFrom.set(first, atoms);
  };
  const personsAt = file.countries.length;
  const organizationsAt = personsAt + file.persons.length;
  const placesAt = organizationsAt + file.organizations.length;
  const codes = new Map(Object.entries(file.codes));
  // Countries go by the gazetteer's name for them, so an extracted country and a role's country are one entity.
  const countryNames = file.countries.map(([code]) => placeName(code, codes) ?? code);
  const countries = new Map<string, number>();
  file.countries.forEach(([code, variants, demonyms], i) => {
    countries.set(code, i);
    index(i, countryNames[i]!, false);
    for (const v of variants) index(i, v, false);
    for (const d of demonyms) index(i, d, true);
  });
  const indexAll = (rows: ReadonlyArray<readonly [string, readonly string[], ...unknown[]]>, at: number) => {
    for (let i = 0; i < rows.length; i++) {
      const [name, variants] = rows[i]!;
      index(at + i, name, false);
      for (const v of variants) index(at + i, v, false);
    }
  };
  indexAll(file.persons, personsAt);
  indexAll(file.organizations, organizationsAt);
  indexAll(file.places, placesAt);

  const made: Array<KnownActor | undefined> = [];
  const make = (p: number): KnownActor => {
    const id = `phoenix:${p}`;
    if (p < personsAt) {
      const [code, variants] = file.countries[p]!;
      const name = countryNames[p]!;
      return new Actor(id, "PLACE", "country", name, variants.filter((v) => knownNameKey([v]) !== knownNameKey([name])), NONE, NONE, code);
    }
    if (p < organizationsAt) {
      const [name, variants, roles, titles] = file.persons[p - personsAt]!;
      return new Actor(id, "PERSON", "person", name, variants, roles, titles, null);
    }
    if (p < placesAt) {
      const [name, variants, roles] = file.organizations[p - organizationsAt]!;
      return new Actor(id, "ORGANIZATION", "organization", name, variants, roles, NONE, null);
    }
    const [name, variants, country] = file.places[p - placesAt]!;
    return new Actor(id, "PLACE", "place", name, variants, NONE, NONE, country);
  };
  return {
    snapshot: file.snapshot,
    sectors: new Map(Object.entries(file.sectors)),
    codes,
    names,
    longestFrom,
    countries,
    agents: new Map(Object.entries(file.agents)),
    actorAt: (p) => (made[p] ??= make(p)),
  };
}

const byIso3 = new Map((worldCountries as unknown as Country[]).map((c) => [c.cca3, c.cca2]));
/** A place code's name: an ISO3 code as the gazetteer names the country, any other code as the file names it. */
function placeName(code: string, codes: ReadonlyMap<string, ["PLACE" | "ORGANIZATION", string]>): string | undefined {
  const cca2 = byIso3.get(code);
  return (cca2 && countryName(cca2)) || codes.get(code)?.[1];
}

function matchesOf(entries: Entries, actorAt: (p: number) => KnownActor): KnownNameMatch[] {
  const list = typeof entries === "number" ? [entries] : entries;
  return list.map((e) => ({ actor: actorAt(e >> 2), ambiguous: (e & 1) === 1 || list.length > 1, demonym: (e & 2) === 2 }));
}

// ---------------------------------------------------------------------------------------------
// Lookups.

/**
 * The actors one of whose names is exactly this sequence of words (case, diacritics, dots and
 * hyphens aside): "Vladimir Putin", "Putin", "U.N.", "Afghan". Several when the name is shared
 * (a bare surname), each then marked ambiguous. Work in proportion to the length of the name.
 */
export function lookupKnownName(words: readonly string[]): readonly KnownNameMatch[] {
  const key = knownNameKey(words);
  if (!key) return [];
  const { names, actorAt } = loaded();
  const entries = names.get(key);
  return entries === undefined ? [] : matchesOf(entries, actorAt);
}

/**
 * The longest known name starting at words[i]: its length in words and its actors. At most as
 * many probes as the longest name starting with that word has words; most words start none and
 * cost one probe. A word with no letter or digit (punctuation) ends a name.
 */
export function longestKnownNameAt(words: readonly string[], i: number): { length: number; matches: readonly KnownNameMatch[] } | null {
  const { names, longestFrom, actorAt } = loaded();
  const firstAtoms = i < words.length ? nameAtoms(words[i]!) : [];
  if (!firstAtoms.length) return null;
  const limit = longestFrom.get(firstAtoms[0]!);
  if (limit === undefined) return null;
  let key = "";
  let atoms = 0;
  let best: { length: number; matches: readonly KnownNameMatch[] } | null = null;
  for (let j = i; j < words.length; j++) {
    const wordAtoms = j === i ? firstAtoms : nameAtoms(words[j]!);
    if (!wordAtoms.length) break;
    atoms += wordAtoms.length;
    if (atoms > limit) break;
    for (const a of wordAtoms) key = key ? `${key} ${a}` : a;
    const entries = names.get(key);
    if (entries !== undefined) best = { length: j - i + 1, matches: matchesOf(entries, actorAt) };
  }
  return best;
}

/** A country of the dictionaries by its code (ISO3, or SUN, DDR, YUG, CSK, SCG for past states). */
export function knownCountry(code: string): KnownActor | undefined {
  const { countries, actorAt } = loaded();
  const p = countries.get(code);
  return p === undefined ? undefined : actorAt(p);
}

/** The meaning of a CAMEO sector code ("GOV" → "government"). */
export function sectorMeaning(code: string): string | undefined {
  return loaded().sectors.get(code);
}

/** The last date the dictionaries mention: open-ended roles are known to hold until then. */
export function knownActorsSnapshot(): string {
  return loaded().snapshot;
}

const DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/**
 * The roles the dictionary dates around the publication date: a role whose range contains the
 * date (limits included). Undated roles are never returned, nor is anything when the date is
 * null or unreadable. An open-ended role holds up to the snapshot date, and beyond it only with
 * `trustOpenEnds` (the dictionaries were compiled in 2015; a minister then need not be one now).
 * Each role comes with where it is held, the country named as the gazetteer names it.
 */
export function rolesAt(actor: KnownActor, publishedAt: string | null, options: { trustOpenEnds?: boolean } = {}): readonly HeldRole[] {
  const day = publishedAt ? DAY.exec(publishedAt)?.[1] : undefined;
  if (!day) return [];
  const { snapshot, sectors, codes } = loaded();
  const out: HeldRole[] = [];
  const seen = new Set<string>();
  for (const r of actor.roles) {
    if (r.from === null && r.to === null) continue;
    if (r.from !== null && day < r.from) continue;
    if (r.to !== null ? day > r.to : day > snapshot && !options.trustOpenEnds) continue;
    const key = `${r.code} ${r.sector} ${r.sub}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = r.code ? (byIso3.has(r.code) ? "PLACE" : codes.get(r.code)?.[0]) : undefined;
    const name = r.code ? placeName(r.code, codes) : undefined;
    out.push({
      sector: r.sector,
      sectorMeaning: sectors.get(r.sector) ?? r.sector,
      sub: r.sub,
      heldIn: kind && name && r.code ? { kind, code: r.code, name } : null,
      from: r.from,
      to: r.to,
      openEnded: r.to === null,
    });
  }
  return out;
}

/**
 * The sector of a generic agent noun, singular or plural, as the Phoenix agents dictionary gives
 * it: "police" → COP, "foreign minister" → GOV, "farmers" → AGR, "congressman" → LEG.
 */
export function agentSector(noun: string): AgentSector | null {
  const { agents, sectors } = loaded();
  const code = agents.get(knownNameKey([noun]));
  if (!code) return null;
  const sector = code.slice(0, 3);
  return { code, sector, meaning: sectors.get(sector) ?? sector };
}
