// `npm run data:actors`: converts the Phoenix actor and agent dictionaries of PETRARCH2
// (../shared/lexicons/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt and
// Phoenix.agents.txt; MIT licence, © Open Event Data Alliance) into the project's own compact
// file, src/extract/data/known-actors.json, read by src/extract/known-actors.ts. The raw
// dictionaries are never read at run time. Deterministic: the same inputs give the same bytes;
// `--check` fails when the committed file is out of date and skips (exit 0, with a message)
// when the dictionaries are not beside the checkout.
//
// The rules, in the order they apply (a run prints how often each fired):
// - Records. A record is a head line, its `+` variants, and its code lines (`[CODE range]`,
//   indented, or inline after the phrase). PETRARCH reads every unprefixed line as a new record;
//   the dictionaries also write variants as unprefixed lines directly under a head with no code
//   yet (BORIS_YELTSIN_ / YELTSIN / PRESIDENT_YELTSIN / then the codes). Such a line is a variant
//   of the record when it shares a name word with it (not a particle, title, country or common
//   word), and otherwise a record of its own that shares the codes below it
//   (MUHAJIRIN_WA-ANSAR_ALLIANCE / SARAYAT_AL-QUDS / [SYRREBMUS]).
// - Codes. A code is read in three-letter parts: a country (ISO3, or CAMEO's own: ROM, TMP,
//   KSV; a past state: SUN, USR, DDR, YUG, CSK, SCG; a region: MEA, AFR, …), possibly a
//   territory or republic after it (USAASM, USRARM), then sectors (GOV, ELI, MIL, …): AFGGOVAGR
//   is Afghanistan, government, agriculture. IGO, NGO, MNC, NGM and IMG codes are transnational:
//   an IGO code's body is the longest prefix that an organisation of International carries
//   (IGOUNOKID: UNICEF), an NGO or MNC code may name a country after it (MNCUSA).
// - Dates. YYMMDD or YYYYMMDD; a two-digit year 00–30 is 20YY and 31–99 is 19YY (the KEDS /
//   TABARI / PETRARCH rule, which is why the files write dates before 1931 with four digits).
//   `<D` is "until D", `>D` "from D", `D1-D2` both, limits included. Any other shape (7 or 10
//   digits, a bare date, an impossible day, a start after the end) drops the role: a date we
//   cannot read is not one we may assert.
// - Kinds. Countries-file records coded only with a place are countries when their name is the
//   country's (world-countries' names and translations, or a misspelling of one) and places
//   inside it when not (LEIPZIG_ [DEU]); the variants of a country that are not its names or
//   demonyms are places inside it (KABUL_, HELMAND). Otherwise: a record marked
//   `# CountryInfo.txt` or `# IGOrulers.txt` is a person; a name with an organisation word
//   (MINISTRY, PARTY, ARMY, FORCES, COUNCIL, …, and Arabic HIZB, JAISH, LIWA, …) is an
//   organisation; a name that reads as a person's is a person (a title taken off, an elite
//   code, a first name the dictionary's own persons bear or compromise knows, an initial,
//   "Abu X", "bin"), with stricter tests in MilNonState (armed groups, a few under a leader's
//   name) and for MNC/NGO codes (companies named after people: "General Mills", "H.J. Heinz");
//   everything else is an organisation. A variant of an organisation that reads as a person not
//   named in it ("FREE_SYRIAN_ARMY_ / +SALIM_IDRIS") becomes a person with the organisation's codes.
// - Names. Titles are taken off persons' variants into hints ("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN"
//   → "Vladimir Putin", president, RUS); the display name keeps honorifics that may be names
//   ("Sultan", "King", "Sheikh"). Names are written with particles in lower case ("Javier de
//   Cuellar"), initials dotted, Mc/O' capitalised, Korean given names as "Ki-moon"; organisation
//   acronyms stay in capitals.
// - Merges. The same name written twice with a country in common (or no roles on one side, or an
//   international official also listed at home) is one actor; an acronym listed apart from its
//   full name with the same codes (UN_ and THE_UNITED_NATIONS_, [IGOUNO]) is one organisation.
// - Junk. Test entries are dropped (the fictional Kinakuta of the PETRARCH validation suite,
//   Ernst Stavro Blofeld, Hong Kil Dong); so are generic offices with no name
//   ("AMERICAN_VICE_PRESIDENT", "UN_SECRETARY_GENERAL"), generic agents ("UN_ENVOY_"), variants
//   with broken encoding, person variants naming an administration or a party
//   ("OBAMA_ADMINISTRATION"), organisation variants naming an officer ("WORLD_BANK_PRESIDENT"),
//   and one-word variants that are function words or numbers. A one-word variant that is an
//   ordinary English word (compromise's lexicon, and no known name: "Rice", "Gore", "Senate") is
//   kept, marked ambiguous with a leading "~".
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import worldCountries, { type Country } from "world-countries";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { countryName } from "../src/extract/gazetteer.ts";
import { knownNameKey, nameAtoms } from "../src/extract/known-actors.ts";
import { isCommonWord, isFirstName, isLastName } from "../src/extract/lexicon.ts";
import { matchTitle } from "../src/extract/titles.ts";

// --source and --out let the tests convert small made-up dictionaries.
const { values: opts } = parseArgs({
  options: { check: { type: "boolean" }, source: { type: "string" }, out: { type: "string" } },
  strict: true,
});
const SOURCE_DIR = path.resolve(opts.source ?? path.join(PROJECT_ROOT, "..", "shared", "lexicons", "petrarch2"));
const OUT = path.resolve(opts.out ?? path.join(PROJECT_ROOT, "src", "extract", "data", "known-actors.json"));
const FILES = {
  countries: "Phoenix.Countries.actors.txt",
  international: "Phoenix.International.actors.txt",
  milNonState: "Phoenix.MilNonState.actors.txt",
  agents: "Phoenix.agents.txt",
} as const;
type SourceFile = "countries" | "international" | "milNonState";

if (!Object.values(FILES).every((f) => fs.existsSync(path.join(SOURCE_DIR, f)))) {
  const msg = opts.source
    ? `${opts.source} does not hold the four Phoenix dictionaries`
    : "../shared/lexicons/petrarch2 (the PETRARCH2 dictionaries, beside the checkout) is absent or incomplete";
  if (opts.check) {
    console.log(`known-actors.json: check skipped: ${msg}`);
    process.exit(0);
  }
  console.error(`cannot convert: ${msg}; it must hold ${Object.values(FILES).join(", ")}`);
  process.exit(1);
}

// Counters for the report at the end (and for the commit message); never written to the file.
const stats = new Map<string, number>();
const count = (what: string, n = 1) => stats.set(what, (stats.get(what) ?? 0) + n);

// ---------------------------------------------------------------------------------------------
// Places: ISO3 codes, CAMEO's own codes, historical states, regions.

const countries = worldCountries as unknown as Country[];
const byCca3 = new Map(countries.map((c) => [c.cca3, c]));
/** CAMEO codes that are not the ISO3 code world-countries uses. */
const CAMEO_ISO3: Record<string, string> = { ROM: "ROU", TMP: "TLS", KSV: "UNK", ZAR: "COD", IMY: "IMN", FRN: "FRA", ANG: "AGO" };
/** States of the past that CAMEO codes and world-countries does not list. */
const HISTORICAL: Record<string, string> = {
  SUN: "Soviet Union", USR: "Soviet Union", DDR: "East Germany", YUG: "Yugoslavia", FRY: "Yugoslavia",
  CSK: "Czechoslovakia", SCG: "Serbia and Montenegro", ANT: "Netherlands Antilles",
};
/** Their formal names, which the dictionary's records of them are headed by. */
const HISTORICAL_NAMES: Record<string, string[]> = {
  SUN: ["Union of Soviet Socialist Republics", "USSR"], DDR: ["German Democratic Republic", "GDR"],
  YUG: ["Socialist Federal Republic of Yugoslavia"], CSK: ["Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic"],
};
/** CAMEO region codes, named as the gazetteer names regions where it does. */
const REGIONS: Record<string, string> = {
  AFR: "Africa", ASA: "Asia", EUR: "Europe", MEA: "Middle East", LAM: "Latin America", NMR: "North America",
  SAM: "South America", SAS: "South Asia", SEA: "Southeast Asia", CAS: "Central Asia", EAF: "East Africa",
  WAF: "West Africa", NAF: "North Africa", SAF: "Southern Africa", CFR: "Central Africa", EEU: "Eastern Europe",
  WEU: "Western Europe", WST: "the West", CRB: "Caribbean", SCN: "Scandinavia", BLK: "Balkans", CAU: "Caucasus",
};
/** Test entries: the fictional country of the PETRARCH validation suite, a film villain. */
const FICTIONAL = new Set(["KNT"]);
const FICTIONAL_NAMES = new Set(["ernst stavro blofeld", "hong kil dong"]);

/** A CAMEO place code → the code we store (ISO3, historical or region code), or null. */
function placeCode(chunk: string): string | null {
  const iso = CAMEO_ISO3[chunk] ?? chunk;
  if (byCca3.has(iso) || HISTORICAL[iso] || REGIONS[iso]) return iso;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sectors: the CAMEO actor codebook's role codes (Schrodt et al., CAMEO Event and Actor
// Codebook, ch. 3), with the meaning in a few words of ours.

const SECTORS: Record<string, string> = {
  GOV: "government", MIL: "military", COP: "police", JUD: "judiciary", SPY: "intelligence service",
  LEG: "legislature", OPP: "political opposition", PTY: "political party", REB: "rebels", SEP: "separatists",
  INS: "insurgents", UAF: "armed forces not aligned with a government", ELI: "elite (a leading figure without office)",
  BUS: "business", MED: "media", EDU: "education", HLH: "health", AGR: "agriculture", LAB: "labour", ENV: "environment",
  HRI: "human rights", DEV: "development", REF: "refugees", CVL: "civilians", CRM: "criminals", RAD: "radicals",
  MOD: "moderates", REL: "religious", IGO: "intergovernmental organisation", NGO: "non-governmental organisation",
  NGM: "non-governmental movement", MNC: "multinational corporation", IMG: "international militarised group",
  CHR: "Christian", CTH: "Catholic", PRO: "Protestant", MUS: "Muslim", SHI: "Shia", JEW: "Jewish", BUD: "Buddhist",
  HIN: "Hindu", SIK: "Sikh",
};
const TRANSNATIONAL = new Set(["IGO", "NGO", "NGM", "MNC", "IMG"]);

interface Role {
  code: string;
  /** ISO3, historical state, region, or the code of an intergovernmental organisation. */
  country: string | null;
  sector: string | null;
  sub: string | null;
  from: string | null;
  to: string | null;
}

function parseCode(code: string): Omit<Role, "from" | "to"> | null {
  if (!/^[A-Z]{3,}$/.test(code)) return null;
  const chunks = code.match(/.{3}/g)!;
  const head = chunks[0]!;
  if (FICTIONAL.has(head)) return null;
  let country: string | null = null;
  let sector: string | null = null;
  let rest: string[];
  if (TRANSNATIONAL.has(head)) {
    sector = head;
    rest = chunks.slice(1);
    if (head === "IGO") {
      // The whole code stands for the body (IGOUNOKID); the output names it (see codeNames).
      if (chunks.length > 1) country = code;
    } else if (rest[0] && placeCode(rest[0])) {
      country = placeCode(rest[0]);
      rest = rest.slice(1);
    }
  } else if (placeCode(head)) {
    country = placeCode(head);
    rest = chunks.slice(1);
    // A territory or a constituent republic after its parent: USAASM, GBRVGB, USRARM, YUGHRV.
    const next = rest[0] ? placeCode(rest[0]) : null;
    if (next && !SECTORS[rest[0]!] && !REGIONS[next]) {
      country = next;
      rest = rest.slice(1);
    }
  } else if (SECTORS[head]) {
    rest = chunks;
  } else {
    return null;
  }
  const known = rest.filter((c) => SECTORS[c]);
  if (!sector) sector = known.shift() ?? null;
  return { code, country, sector, sub: known.length ? known.join("") : null };
}

// ---------------------------------------------------------------------------------------------
// Dates.

/** YYMMDD or YYYYMMDD → YYYY-MM-DD; null when it is not a real date in one of those shapes. */
export function parseDictionaryDate(d: string): string | null {
  let y: number, m: number, day: number;
  if (/^\d{8}$/.test(d)) [y, m, day] = [+d.slice(0, 4), +d.slice(4, 6), +d.slice(6, 8)];
  else if (/^\d{6}$/.test(d)) {
    const yy = +d.slice(0, 2);
    [y, m, day] = [yy <= 30 ? 2000 + yy : 1900 + yy, +d.slice(2, 4), +d.slice(4, 6)];
  } else return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (!days || day < 1 || day > days) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The range of a code line: null → undated; "invalid" when it cannot be read. */
function parseRange(range: string): { from: string | null; to: string | null } | "invalid" {
  const r = range.replace(/\s+/g, "");
  if (!r) return { from: null, to: null };
  let m: RegExpExecArray | null;
  if ((m = /^<(\d+)$/.exec(r))) {
    const to = parseDictionaryDate(m[1]!);
    return to ? { from: null, to } : "invalid";
  }
  if ((m = /^>(\d+)$/.exec(r))) {
    const from = parseDictionaryDate(m[1]!);
    return from ? { from, to: null } : "invalid";
  }
  if ((m = /^(\d+)-(\d+)$/.exec(r))) {
    const from = parseDictionaryDate(m[1]!);
    const to = parseDictionaryDate(m[2]!);
    return from && to && from <= to ? { from, to } : "invalid";
  }
  return "invalid";
}

// ---------------------------------------------------------------------------------------------
// Word classes.

const BROKEN = /\uFFFD|Ã|Â/;
/** Dictionary phrase → its words as written ("VLADIMIR_V._PUTIN_" → VLADIMIR, V., PUTIN). */
function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/,[\s_]*THE[\s_]*$/i, "")
    .replace(/[`´]/g, "")
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s_]+/)
    .map((w) => w.replace(/^[,;:'"-]+|[,;:"-]+$/g, ""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}
/** "(AAIA)" in "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_": a short form given in brackets. */
function bracketedShortForms(phrase: string): string[] {
  return [...phrase.matchAll(/\(([A-Z][A-Z.&-]{1,9})\)/g)].map((m) => m[1]!);
}
const keyOf = (phrase: string) => knownNameKey(phraseWords(phrase));

// Nationality and place words that qualify a title ("RUSSIAN_PRESIDENT", "UN_SECRETARY-GENERAL").
const QUALIFIERS = new Map<string, string>();
for (const c of countries) {
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, c.name.common, countryName(c.cca2)]) {
    if (d) QUALIFIERS.set(knownNameKey([d]), c.cca3);
  }
  for (const cap of c.capital) QUALIFIERS.set(knownNameKey([cap]), c.cca3);
}
const EXTRA_QUALIFIERS: Record<string, string> = {
  us: "USA", usa: "USA", "united states": "USA", uk: "GBR", british: "GBR", soviet: "SUN", un: "IGOUNO",
  "united nations": "IGOUNO", eu: "IGOEUREEC", "european union": "IGOEUREEC", nato: "IGOWSTNAT",
};
for (const [k, v] of Object.entries(EXTRA_QUALIFIERS)) QUALIFIERS.set(k, v);
let maxQualifier = 1;
for (const k of QUALIFIERS.keys()) maxQualifier = Math.max(maxQualifier, k.split(" ").length);

// Titles taken off a name: matchTitle's, less the ones that are also names or say nothing of an
// office ("Dean Acheson" is not Acheson the dean), plus the dictionary's own.
const TITLE_KEEP = new Set(
  "aide dean head chief major maj justice member official officer executive manager coach striker midfielder analyst economist lawyer attorney researcher scientist reporter correspondent editor professor prof counterpart"
    .split(" "),
);
const EXTRA_TITLES = [
  "party chief", "party leader", "general secretary", "soviet leader", "communist leader", "rebel leader",
  "opposition leader", "marshal", "field marshal", "baron", "baroness", "lady", "mullah", "ayatollah", "grand ayatollah",
  "king", "queen", "high representative", "secretary-general", "president-elect", "vice-president", "prime minister",
  "foreign minister", "trade representative", "commander in chief", "presient", "kanzler", "kanzlerin", "bundeskanzler",
  "bundeskanzlerin", "presidente", "president de la republique", "premier ministre",
];
/** Titles that stay in a display name ("Sultan Qaboos", "King Abdullah", "Sheikh Hasina"): some are also first names. */
const HONORIFICS = new Set(
  "sir lord lady dame baron baroness king queen prince princess crown prince sheikh sultan emir mullah ayatollah grand ayatollah pope imam rabbi cardinal archbishop bishop rev reverend"
    .split(" "),
);
const LEADING_MODIFIERS = new Set(["the", "former", "ex", "acting", "interim", "then", "late", "outgoing"]);
function titleAt(lower: readonly string[], i: number): { title: string; length: number } | null {
  let best: { title: string; length: number } | null = null;
  for (const t of EXTRA_TITLES) {
    const tw = t.split(" ");
    if (tw.every((w, k) => lower[i + k] === w) && (!best || tw.length > best.length)) best = { title: t, length: tw.length };
  }
  const m = matchTitle(lower, i);
  if (m && m.sort !== "descriptor" && !TITLE_KEEP.has(m.title) && (!best || m.length > best.length)) best = { title: m.title, length: m.length };
  return best;
}
const lowerWords = (words: readonly string[]) => words.map((w) => w.toLowerCase().replace(/\./g, ""));
function hasTitle(words: readonly string[]): boolean {
  const lower = lowerWords(words);
  return lower.some((_, i) => titleAt(lower, i) !== null);
}

const ORG_WORDS = new Set(
  (
    "ministry ministries party parties army armies forces force council councils committee committees front movement " +
    "brigade brigades organization organisation organizations union unions association associations agency agencies bank banks fund funds " +
    "commission commissions government governments administration parliament assembly congress senate police navy guard guards militia " +
    "militias group groups cell cells faction factions network alliance coalition league federation society institute institution " +
    "foundation center centre trust corporation company companies inc incorporated ltd limited corp co plc llc airlines airline " +
    "authority court courts tribunal bureau department office secretariat directorate regiment battalion battalions corps division " +
    "command mission program programme project initiative campaign legion brotherhood mujahideen mujahidin resistance tigers " +
    "cartel gang clan contingent service services board cabinet junta regime politburo presidium soviet duma commando commandos " +
    "community communities commonwealth states parliamentarians squad squads unit units club university college school academy hospital church holdings industries international systems " +
    "technologies bancorp partners capital financial energy pharmaceuticals airways media television radio news times post " +
    "harakat harakah hizb hezb jaish jaysh jeish liwa liwaa kataib kataeb katibat jamaat jamaah jamiat tanzim jabhat " +
    "jihad asaib saraya sarayat faylaq ansar fatah tehrik lashkar sipah harkat daesh daish ahrar jund jundallah " +
    "partido frente ejercito movimiento comite partei parti armee fuerzas"
  ).split(" "),
);
const hasOrgWord = (phrase: string) => nameAtoms(phrase).some((a) => ORG_WORDS.has(a));
/** Person variants that name something else ("THE_OBAMA_ADMINISTRATION"). */
const NOT_A_PERSON = new Set("administration government regime cabinet ministry party camp supporters loyalists forces army family office campaign".split(" "));
const FUNCTION_WORD = /^(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|new|old|national|people|state|states|republic|north|south|east|west|central|united|democratic|federal|islamic|party|group|front)$/;
const NAME_STOP = new Set("the of and for al el ad as ash at az bin ibn abu abd abdul de la le del des du da di do dos das van von der den y e".split(" "));
const ARABIC_NAME_START = /^(?:abu|abd|abdul|abdel|abdallah|abdullah|mohammad|muhammad|mohammed|muhammed|mohamed|ahmad|ahmed|ali|sheikh|sheik|mullah|haji|hajji|sayed|sayyid|seyyed)$/;

/** Words that tell a record's name apart: name words, not particles, titles, common words or place names. */
function nameWords(phrase: string): string[] {
  return nameAtoms(phrase).filter(
    (a) => a.length >= 3 && !NAME_STOP.has(a) && !ORG_WORDS.has(a) && !QUALIFIERS.has(a) && !titleAt([a], 0) && !isCommonWord(a),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading the actor files into records.

interface RawCode {
  code: string;
  range: string;
}
interface Record_ {
  file: SourceFile;
  line: number;
  head: string;
  variants: string[];
  codes: RawCode[];
  /** Marked as a person by the dictionary's own provenance comment. */
  personMarker: boolean;
  /** The comments on its lines ("# Union Carbide spokesman", "$643,000,000"). */
  comment: string;
}

function codesIn(text: string): RawCode[] {
  const out: RawCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const [code = "", ...range] = m[1]!.trim().split(/\s+/);
    if (code && code !== "---") out.push({ code, range: range.join(" ") });
  }
  return out;
}

function readActorFile(file: SourceFile): Record_[] {
  const lines = fs.readFileSync(path.join(SOURCE_DIR, FILES[file]), "utf8").split("\n");
  const records: Record_[] = [];
  let current: Record_ | null = null;
  // The records the code lines that follow apply to (several when unprefixed records share codes).
  let targets: Record_[] = [];
  // Unprefixed code-less lines directly under a code-less head are still being collected.
  let collecting = false;
  let adjacent = false;
  lines.forEach((raw, n) => {
    if (/^\s*#/.test(raw) || /^Source:/.test(raw)) {
      adjacent = false;
      return;
    }
    const hash = raw.indexOf("#");
    const content = hash >= 0 ? raw.slice(0, hash) : raw;
    const comment = hash >= 0 ? raw.slice(hash) : "";
    const text = content.trim();
    if (!text) {
      adjacent = false;
      collecting = false;
      return;
    }
    if (text.startsWith("[")) {
      const codes = codesIn(text);
      for (const r of targets) r.codes.push(...codes);
      collecting = false;
      adjacent = true;
      return;
    }
    if (text.startsWith("+")) {
      if (current) {
        // "+A+_B" glues two variants on one line.
        const phrase = text.replace(/\[.*$/, "");
        for (const v of phrase.split("+")) if (v.trim()) current.variants.push(v.trim());
        const codes = codesIn(text);
        for (const r of targets) r.codes.push(...codes);
      }
      adjacent = true;
      return;
    }
    const bracket = text.indexOf("[");
    const phrase = (bracket >= 0 ? text.slice(0, bracket) : text).trim();
    const codes = bracket >= 0 ? codesIn(text.slice(bracket)) : [];
    if (!codes.length && collecting && adjacent && current) {
      const words = new Set(nameWords(phrase));
      const owner = targets.find((r) => [r.head, ...r.variants].some((v) => nameWords(v).some((w) => words.has(w))));
      if (owner) {
        owner.variants.push(phrase);
        count("records: unprefixed line read as a variant of the record above");
        adjacent = true;
        return;
      }
    }
    const record: Record_ = {
      file,
      line: n + 1,
      head: phrase,
      variants: [],
      codes,
      personMarker: /CountryInfo\.txt|IGOrulers\.txt/.test(comment),
      comment: `${comment} ${text.slice(bracket >= 0 ? bracket : text.length)}`,
    };
    records.push(record);
    if (!codes.length && collecting && adjacent) {
      targets.push(record);
      count("records: unprefixed line read as a record sharing the codes below");
    } else targets = [record];
    current = record;
    collecting = !codes.length;
    adjacent = true;
  });
  return records;
}

// ---------------------------------------------------------------------------------------------
// Names: titles off, written for display.

interface Stripped {
  words: string[];
  titles: Array<[string, string | null]>;
}
/**
 * Takes leading modifiers, nationality-plus-title and titles off a name:
 * "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" → Vladimir Putin, [president, RUS];
 * "PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN" → Boris N. Yeltsin. An empty
 * result is an office with no name. `keepHonorifics` leaves "Sultan", "King", "Sheikh" in place.
 */
function stripDescriptors(phrase: string, keepHonorifics = false): Stripped {
  // "TITLE OF THE X, NAME": the name is after the comma.
  const comma = phrase.lastIndexOf(",");
  if (comma > 0) {
    const before = lowerWords(phraseWords(phrase.slice(0, comma)));
    if (before.length && titleAt(before, 0)) phrase = phrase.slice(comma + 1);
  }
  let words = phraseWords(phrase);
  const titles: Array<[string, string | null]> = [];
  const usable = (t: { title: string } | null, at: number, lower: string[]) =>
    t && !(keepHonorifics && HONORIFICS.has(t.title)) && !(t.title.split(" ").length === 1 && isFirstName(lower[at]!) && lower.length <= at + 2);
  for (;;) {
    const lower = lowerWords(words);
    if (!lower.length) break;
    const dash = lower[0]!.split("-");
    if (LEADING_MODIFIERS.has(lower[0]!)) {
      words = words.slice(1);
      continue;
    }
    if (dash.length > 1 && LEADING_MODIFIERS.has(dash[0]!) && !titleAt(lower, 0)) {
      words = [words[0]!.slice(dash[0]!.length + 1), ...words.slice(1)];
      continue;
    }
    let stripped = false;
    for (let q = Math.min(maxQualifier, lower.length - 1); q >= 1 && !stripped; q--) {
      const country = QUALIFIERS.get(knownNameKey(words.slice(0, q)));
      const title = country ? titleAt(lower, q) : null;
      if (country && usable(title, q, lower)) {
        titles.push([title!.title, country]);
        words = words.slice(q + title!.length);
        stripped = true;
      }
    }
    if (stripped) continue;
    const title = titleAt(lower, 0);
    if (usable(title, 0, lower)) {
      titles.push([title!.title, null]);
      words = words.slice(title!.length);
      // "SECRETARY_GENERAL_OF_THE_UNITED_NATIONS": an office, no name.
      if (words[0]?.toLowerCase() === "of") words = [];
      continue;
    }
    break;
  }
  return { words, titles };
}

const PARTICLES = new Set("al el ad as ash at az bin ibn bint de la le del della dei des du da di do dos das van von der den ter y e zu af of und and the".split(" "));
const MAC_NAMES = new Set(
  "macdonald mackenzie macmillan macarthur macleod mackay macintosh macgregor maclean macaulay macneil macdougall macfarlane mackinnon maclaren macpherson macrae"
    .split(" "),
);
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

function capitalisePart(part: string): string {
  const lower = part.toLowerCase();
  if (!lower) return part;
  if (lower.includes(".")) return lower.split(".").map(capitalisePart).join(".");
  if (/^mc\p{L}/u.test(lower)) return `Mc${lower[2]!.toUpperCase()}${lower.slice(3)}`;
  if (MAC_NAMES.has(lower)) return `Mac${lower[3]!.toUpperCase()}${lower.slice(4)}`;
  // O'Brien, D'Escoto; an apostrophe inside an Arabic name stays lower case ("Mu'izzadin").
  const apos = /^([od])'(\p{L})(.*)$/u.exec(lower);
  if (apos) return `${apos[1]!.toUpperCase()}'${apos[2]!.toUpperCase()}${apos[3]}`;
  return lower[0]!.toUpperCase() + lower.slice(1);
}

/** Dictionary words of a person → a readable name: "VLADIMIR_V._PUTIN" → "Vladimir V. Putin". */
function personName(words: readonly string[], korean = false): string {
  return words
    .map((w, i) => {
      const bare = w.replace(/\./g, "");
      if (i > 0 && i === words.length - 1 && ROMAN.test(bare.toUpperCase())) return bare.toUpperCase();
      if (i > 0 && /^(?:jr|sr)$/i.test(bare)) return `${bare[0]!.toUpperCase()}${bare[1]!.toLowerCase()}.`;
      // Initials: "V." "R.K." "W".
      if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(w) || (bare.length === 1 && !PARTICLES.has(bare.toLowerCase()))) {
        return `${bare.toUpperCase().split("").join(".")}.`;
      }
      const parts = w.split("-");
      return parts
        .map((p, k) => {
          const lower = p.toLowerCase();
          // Particles inside a name are lower case ("Javier de Cuellar", "Bashar al-Assad").
          if (PARTICLES.has(lower) && (i > 0 || k < parts.length - 1) && words.length > 1) return lower;
          if (i > 0 && /^d'\p{L}/u.test(lower)) return `d'${capitalisePart(lower.slice(2))}`;
          // Korean given names: the second syllable is lower case ("Ban Ki-moon", "Kim Jong-un").
          if (korean && k > 0) return lower;
          return capitalisePart(p);
        })
        .join("-");
    })
    .join(" ");
}

// Acronyms and legal forms of organisation names. An all-capital word stays in capitals when it is
// short and no English word or name ("FSB", "DHT"), has a run of three consonants and no word
// reading ("OHCHR", "GCHQ"), holds a digit ("MI6"), or spells the initials of a longer name the
// dictionary gives ("IAEA", "NATO", "FEMA"; filled below).
const LEGAL_FORMS: Record<string, string> = {
  cv: "CV", sacif: "SACIF", sab: "SAB", saa: "SAA", inc: "Inc", ltd: "Ltd", corp: "Corp", co: "Co", llc: "LLC", plc: "PLC", ag: "AG", sa: "SA", nv: "NV", ab: "AB",
  spa: "SpA", gmbh: "GmbH", intl: "Intl", bhd: "Bhd", lp: "LP", us: "US", uk: "UK", un: "UN", eu: "EU", usa: "USA",
};
/** Legal forms that are short forms only after a name ("Co", "SA"): first, they are words. */
const LEGAL_FORM_ONLY = new Set("inc ltd corp co llc plc ag sa nv ab spa gmbh intl bhd lp".split(" "));
const PLACE_SHORT_FORMS = new Set("us usa uk uae drc prc dprk rok ussr".split(" "));
const initialisms = new Set<string>();
/** How many of the dictionary's names of two words or more use a word. */
const wordUse = new Map<string, number>();
function isAcronym(word: string): boolean {
  if (!/^[A-Z0-9&.]+$/.test(word) || /^\d+(?:ST|ND|RD|TH)$/.test(word)) return false;
  const bare = word.replace(/[.&]/g, "").toLowerCase();
  if (!bare) return false;
  if (/\d/.test(bare) || /\./.test(word) || !/[aeiouy]/.test(bare)) return true;
  if (isCommonWord(bare) || ORG_WORDS.has(bare) || isFirstName(bare) || isLastName(bare)) return false;
  if (bare.length <= 3) return true;
  // compromise's lexicon lacks many plain words ("world", "law"): a word the dictionary uses inside
  // several longer names is a word.
  if ((wordUse.get(bare) ?? 0) > 2) return false;
  if (initialisms.has(bare)) return true;
  // Otherwise a run of consonants English does not write ("OHCHR", "DGSE"; not "FITCH", "SCHWAB", "SPRINT").
  const stem = bare.replace(/(?<=[^aeiouys])s$/, "");
  const runs = stem.match(/[^aeiouy]{3,}/g) ?? [];
  const english = /^(?:s?[cpt]h[rw]?|sc[hr]w?|s[pt]r|[nr]?tch|[nr][dt][rh]?|rth|ght|nch|nck|ngs?|nks?|rst|ls[ht]?|rsch)$/;
  return bare.length <= 6 && (bare.match(/[aeiouy]/g) ?? []).length <= 1 && runs.some((r) => !english.test(r));
}
const SMALL_WORDS = new Set("of and the for in on at to de la le du des del al el y e et da di do dos das van von der den fi wa wal".split(" "));
/**
 * Dictionary words of an organisation → a readable name. A one-word short form the dictionary
 * writes in capitals stays so ("WB", "LET", "SPLA"): it is an acronym even when it is also a word.
 */
function orgName(words: readonly string[], shortForm = false): string {
  if (shortForm && words.length === 1 && /^[A-Z0-9&.-]{2,5}$/.test(words[0]!)) return words[0]!;
  return words
    .map((w, i) => {
      const lower = w.toLowerCase().replace(/\./g, "");
      if (LEGAL_FORMS[lower] && (i > 0 || !LEGAL_FORM_ONLY.has(lower))) return LEGAL_FORMS[lower]!;
      if (/^\d+(?:st|nd|rd|th)$/i.test(w)) return w.toLowerCase();
      if (isAcronym(w)) return w;
      if (i > 0 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
      return w.split("-").map((p, k) => (k > 0 && SMALL_WORDS.has(p.toLowerCase()) ? p.toLowerCase() : capitalisePart(p))).join("-");
    })
    .join(" ");
}
/** Dictionary words of a place → a readable name: capitals only for forms with no vowel ("DRC"). */
function placeName(words: readonly string[]): string {
  return words
    .map((w, i) => {
      const lower = w.toLowerCase().replace(/\./g, "");
      if (PLACE_SHORT_FORMS.has(lower) || (/^[A-Z.]+$/.test(w) && !/[aeiouy]/.test(lower))) return w;
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (i > 0 && /^d'\p{L}/u.test(lower)) return `d'${capitalisePart(lower.slice(2))}`;
      return w.split("-").map((p, k) => (k > 0 && SMALL_WORDS.has(p.toLowerCase()) ? p.toLowerCase() : capitalisePart(p))).join("-");
    })
    .join(" ");
}

/** A one-word variant that is an ordinary English word ("Rice", "May") is stored with a "~". */
function markCommon(display: string): string {
  const key = knownNameKey([display]);
  if (!key.includes(" ") && isCommonWord(key) && !isFirstName(key) && !isLastName(key)) {
    count("variants: one-word ordinary English word, marked ambiguous");
    return `~${display}`;
  }
  return display;
}
function usableVariant(words: readonly string[]): boolean {
  const atoms = nameAtoms(words.join(" "));
  if (!atoms.length) return false;
  if (atoms.length === 1 && (FUNCTION_WORD.test(atoms[0]!) || atoms[0]!.length < 2 || /^\d+$/.test(atoms[0]!))) {
    count("variants: one-word function word or number, dropped");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Agents: generic agent nouns (Phoenix.agents.txt) → their code.

function readAgents(): Map<string, string> {
  const lines = fs.readFileSync(path.join(SOURCE_DIR, FILES.agents), "utf8").split("\n");
  const macros = new Map<string, string[]>();
  const agents = new Map<string, string>();
  const add = (phrase: string, code: string) => {
    if (BROKEN.test(phrase)) return count("agents: phrase with broken encoding, dropped");
    const key = knownNameKey(phrase.split(/[\s_]+/));
    if (!key) return;
    if (agents.has(key) && agents.get(key) !== code) count("agents: phrase listed twice with different codes, first kept");
    if (!agents.has(key)) agents.set(key, code);
  };
  // PETRARCH's regular plurals, with English's "-ies" only after a consonant ("boys", not "boies").
  const plural = (w: string) => (/[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}IES` : /(?:s|x|z|ch|sh)$/i.test(w) ? `${w}ES` : `${w}S`);
  const expand = (p: string): string[] => {
    const mk = /!([A-Z]+)!/.exec(p);
    if (!mk) return [p];
    return (macros.get(mk[1]!) ?? []).flatMap((s) => expand(p.replace(mk[0], s)));
  };
  for (const raw of lines) {
    if (/^\s*(?:#|<!)/.test(raw)) continue;
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1]!, macro[2]!.split(",").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) {
      count("agents: line without a code, skipped");
      continue;
    }
    const code = m[3]!.trim().replace(/~/g, "");
    if (!/^[A-Z]{3,}$/.test(code) || !SECTORS[code.slice(0, 3)]) {
      count("agents: unknown code, skipped");
      continue;
    }
    const phrase = m[1]!.trim().replace(/_+$/, "");
    const irregular = m[2];
    const macroed = /!/.test(phrase);
    for (const form of expand(phrase)) {
      add(form, code);
      // Substitution sets give their own plurals (MEN, MINISTRIES); otherwise the one in braces
      // ("{}" means none) or the regular one.
      if (macroed) continue;
      if (irregular === undefined) {
        const words = form.split(/[\s_]+/);
        add([...words.slice(0, -1), plural(words.at(-1)!)].join(" "), code);
      } else if (irregular.trim()) add(irregular.trim(), code);
    }
  }
  return agents;
}

// ---------------------------------------------------------------------------------------------
// Conversion.

const records = [...readActorFile("countries"), ...readActorFile("international"), ...readActorFile("milNonState")];
const agents = readAgents();
count("records read", records.length);

for (const r of records) {
  for (const p of [r.head, ...r.variants]) {
    const words = phraseWords(p).map((w) => w.toLowerCase());
    if (words.length < 2) continue;
    for (const a of new Set(nameAtoms(words.join(" ")))) wordUse.set(a, (wordUse.get(a) ?? 0) + 1);
    const initials = (ws: string[]) => ws.map((w) => w[0]).join("");
    initialisms.add(initials(words.filter((w) => !SMALL_WORDS.has(w))));
    initialisms.add(initials(words));
  }
}
for (const s of [...initialisms]) if (s.length < 3) initialisms.delete(s);


// First names the dictionary itself knows: the first word of its marked persons, seen twice.
const firstNameCounts = new Map<string, number>();
for (const r of records) {
  if (!r.personMarker) continue;
  const first = nameAtoms(stripDescriptors(r.head).words.join(" "))[0];
  if (first && first.length > 1) firstNameCounts.set(first, (firstNameCounts.get(first) ?? 0) + 1);
}
const firstNames = new Set([...firstNameCounts].filter(([, n]) => n >= 2).map(([w]) => w));
// "Al" is a given name to compromise (Al Gore) and an article in most of the dictionary's names.
const isGivenName = (a: string, dictionaryOnly = false) => a !== "al" && a !== "el" && (firstNames.has(a) || (!dictionaryOnly && isFirstName(a)));

function rolesOf(r: Record_): Role[] {
  const out: Role[] = [];
  for (const c of r.codes) {
    const parsed = parseCode(c.code);
    if (!parsed) {
      count("codes: unreadable code, dropped");
      continue;
    }
    const range = parseRange(c.range);
    if (range === "invalid") {
      count("codes: unreadable date range, role dropped");
      continue;
    }
    out.push({ ...parsed, ...range });
  }
  return out;
}

interface Actor {
  kind: "PERSON" | "ORGANIZATION" | "PLACE";
  name: string;
  variants: string[];
  roles: Role[];
  titles: Array<[string, string | null]>;
  /** Places: the country they are in. */
  country?: string;
}
const persons: Actor[] = [];
const organisations: Actor[] = [];
const places: Actor[] = [];
const countryNames = new Map<string, { names: Set<string>; demonyms: Set<string> }>();

/** Names world-countries gives a country, as lookup keys. */
const worldNamesCache = new Map<string, { names: Set<string>; demonyms: Set<string>; common: string[] }>();
function worldNames(iso: string): { names: Set<string>; demonyms: Set<string>; common: string[] } {
  const cached = worldNamesCache.get(iso);
  if (cached) return cached;
  const c = byCca3.get(iso);
  const names = new Set<string>();
  const demonyms = new Set<string>();
  const common: string[] = [];
  const add = (s: string | undefined) => s && names.add(knownNameKey([s]));
  if (c) {
    add(c.name.common);
    add(c.name.official);
    add(countryName(c.cca2));
    common.push(knownNameKey([c.name.common]), knownNameKey([countryName(c.cca2) ?? c.name.common]));
    for (const n of [...Object.values(c.name.native ?? {}), ...Object.values(c.translations ?? {})]) {
      add(n.common);
      add(n.official);
    }
    for (const a of c.altSpellings) if (a.length > 3) add(a);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms.add(knownNameKey([d]));
  } else if (HISTORICAL[iso]) {
    add(HISTORICAL[iso]);
    for (const n of HISTORICAL_NAMES[iso] ?? []) add(n);
    common.push(knownNameKey([HISTORICAL[iso]!]));
  }
  worldNamesCache.set(iso, { names, demonyms, common });
  return { names, demonyms, common };
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
/** A spelling of the country's name, a misspelling of it (AFGANISTAN), or a phrase containing it. */
function namesCountry(key: string, iso: string, headKey: string): boolean {
  const w = worldNames(iso);
  if (w.names.has(key)) return true;
  for (const c of [...w.common, headKey]) {
    if (!c) continue;
    if (` ${key} `.includes(` ${c} `)) return true;
    const limit = c.length >= 6 ? Math.floor(c.length * 0.3) : c.length >= 5 ? 1 : 0;
    if (limit && editDistance(key, c, limit) <= limit) return true;
  }
  return false;
}

function personLike(r: Record_, roles: Role[], stripped: Stripped, titled: boolean): boolean {
  const atoms = nameAtoms(stripped.words.join(" "));
  if (!atoms.length) return false;
  const first = atoms[0]!;
  // An initial before a surname ("K. Annan", "A.G. Kishore"), not a particle ("Paz y Justicia") or
  // a legal form ("Vale S.A.").
  const initial = stripped.words.some(
    (w, i) =>
      i < stripped.words.length - 1 &&
      (/^\p{L}\.?$/u.test(w) || /^(?:\p{L}\.){2,3}$/u.test(w)) &&
      !PARTICLES.has(w.toLowerCase()) &&
      !/^[aeiou]$/i.test(w) &&
      !LEGAL_FORMS[w.replace(/\./g, "").toLowerCase()],
  );
  // Companies and NGOs named after people ("Arthur Andersen", "General Mills", "H.J. Heinz") are
  // the rule there: a person only when titled or with an initial, in a short name of no small
  // words ("Kids With A. Cause"), and never on a line giving a company's revenue.
  if (roles.some((x) => x.sector === "MNC" || x.sector === "NGO")) {
    if (/\$\s?\d/.test(r.comment) || atoms.length < 2 || atoms.length > 4) return false;
    if (stripped.words.some((w) => /^(?:of|and|the|for|with|in|on|at|to|by|from|y|e|et|und|la|le|les|los|las)$/i.test(w))) return false;
    return initial || titled;
  }
  if (roles.some((x) => x.sector === "ELI")) return true;
  if (atoms.length < 2 || atoms.length > 6) return false;
  if (atoms.some((a) => QUALIFIERS.has(a) && !isGivenName(a))) return false;
  // MilNonState lists armed groups, a few of them under a leader's name: only a title, a first
  // name the dictionary's own persons bear, or "Abu X al-Y" make a person there.
  if (r.file === "milNonState") {
    if (stripped.words.length < 2) return false;
    return titled || isGivenName(first, true) || (ARABIC_NAME_START.test(first) && atoms.length >= 3 && atoms.includes("al"));
  }
  if (initial || titled || isGivenName(first) || ARABIC_NAME_START.test(first) || atoms.includes("bin") || atoms.includes("ibn")) return true;
  // Intergovernmental bodies are named by acronyms or by words like COMMISSION (above): two to
  // four plain words under an IGO code are one of its officials ("GRAEME_WHEELER_ [IGOUNOWBK]").
  return (
    r.file === "international" &&
    roles.some((x) => x.sector === "IGO") &&
    atoms.length <= 4 &&
    !isCommonWord(first) &&
    !QUALIFIERS.has(atoms.join(" ")) &&
    !atoms.some((a) => /^(?:of|for|and|the|catholic|christian|muslim)$/.test(a)) &&
    !stripped.words.some((w) => isAcronym(w) || /[/:]/.test(w))
  );
}
/** A variant of an organisation that is a person listed under it ("FREE_SYRIAN_ARMY_ / +SALIM_IDRIS"). */
function personVariant(words: readonly string[], head: string): boolean {
  const atoms = nameAtoms(words.join(" "));
  if (atoms.length < 2 || atoms.length > 5 || atoms.some((a) => a.length < 2 || ORG_WORDS.has(a) || QUALIFIERS.has(a))) return false;
  if (!isGivenName(atoms[0]!, true) && !ARABIC_NAME_START.test(atoms[0]!)) return false;
  const headWords = new Set(nameWords(head));
  return !nameWords(words.join(" ")).some((w) => headWords.has(w));
}

function addPerson(words: readonly string[], variants: readonly Stripped[], roles: Role[]): void {
  const korean = roles.some((x) => x.country === "KOR" || x.country === "PRK");
  const name = personName(words, korean);
  const seen = new Set([knownNameKey([name])]);
  const person: Actor = { kind: "PERSON", name, variants: [], roles, titles: [] };
  for (const s of variants) {
    for (const t of s.titles) if (!person.titles.some((x) => x[0] === t[0] && x[1] === t[1])) person.titles.push(t);
    if (!s.words.length || !usableVariant(s.words)) continue;
    if (nameAtoms(s.words.join(" ")).some((a) => NOT_A_PERSON.has(a))) {
      count("variants: person variant naming an administration or a party, dropped");
      continue;
    }
    const display = personName(s.words, korean);
    const key = knownNameKey([display]);
    if (seen.has(key)) continue;
    seen.add(key);
    person.variants.push(markCommon(display));
  }
  persons.push(person);
}

const agentNouns = new Set([...agents.keys()].filter((k) => !k.includes(" ")));

for (const r of records) {
  if (r.codes.some((c) => FICTIONAL.has(c.code.slice(0, 3))) || FICTIONAL_NAMES.has(keyOf(r.head))) {
    count("records: test entries (the fictional Kinakuta, Ernst Stavro Blofeld, Hong Kil Dong), dropped");
    continue;
  }
  let roles = rolesOf(r);
  const broken = [r.head, ...r.variants].filter((p) => BROKEN.test(p)).length;
  if (broken) count("variants: broken encoding, dropped", broken);
  if (BROKEN.test(r.head)) r.head = r.variants.find((v) => !BROKEN.test(v)) ?? "";
  r.variants = r.variants.filter((v) => !BROKEN.test(v));
  if (!r.head) continue;

  // Countries, and places inside them: Countries-file records coded only with places.
  if (r.file === "countries" && roles.length && roles.every((x) => x.sector === null && x.country)) {
    // The code in force last: the default, else the open-ended one, else the latest.
    const current =
      roles.find((x) => !x.from && !x.to) ?? roles.find((x) => x.from && !x.to) ?? [...roles].sort((a, b) => ((a.from ?? "") < (b.from ?? "") ? 1 : -1))[0]!;
    const iso = current.country!;
    const headKey = keyOf(r.head);
    if ((byCca3.has(iso) || HISTORICAL[iso]) && namesCountry(headKey, iso, "")) {
      const entry = countryNames.get(iso) ?? { names: new Set<string>(), demonyms: new Set<string>() };
      countryNames.set(iso, entry);
      const w = worldNames(iso);
      for (const p of [r.head, ...r.variants]) {
        const words = phraseWords(p);
        const key = knownNameKey(words);
        if (!key || !usableVariant(words)) continue;
        const display = placeName(words);
        // A past state's record lists its names, no cities ("SOVIET_UNION", "+USSR", "+SOVIET").
        if (w.names.has(key) || (HISTORICAL[iso] && !byCca3.has(iso))) entry.names.add(display);
        else if (w.demonyms.has(key)) entry.demonyms.add(display);
        else if (namesCountry(key, iso, headKey)) entry.names.add(display);
        else if (!key.includes(" ") && /(?:ian|an|ese|ish|i|ic)$/.test(key) && namesCountry(key.replace(/(?:ian|an|ese|ish|i|ic)$/, ""), iso, headKey)) entry.demonyms.add(display);
        else {
          places.push({ kind: "PLACE", name: display, variants: [], roles: [], titles: [], country: iso });
          count("places: named in a country's record (a city, a province, a nickname)");
        }
      }
      count("countries: records");
    } else {
      const words = phraseWords(r.head);
      places.push({ kind: "PLACE", name: placeName(words), variants: r.variants.map((v) => placeName(phraseWords(v))), roles: [], titles: [], country: iso });
      count("places: records of their own (Leipzig, Transnistria)");
    }
    continue;
  }

  // A person's or an organisation's code with no sector ("[WEU]") says where, not what: no role.
  if (roles.some((x) => !x.sector)) count("codes: a place with no sector on a person or organisation, dropped");
  roles = roles.filter((x) => x.sector);
  const full = stripDescriptors(r.head);
  if (!full.words.length && !r.personMarker) {
    count("records: generic office without a name (\"AMERICAN_VICE_PRESIDENT\"), dropped");
    continue;
  }
  const variantsFull = r.variants.map((v) => stripDescriptors(v));
  const titled = full.titles.length > 0 || variantsFull.some((s) => s.titles.length > 0 && s.words.length > 0);
  let kind: "PERSON" | "ORGANIZATION";
  if (r.personMarker) kind = "PERSON";
  else if (hasOrgWord(r.head)) kind = "ORGANIZATION";
  else kind = personLike(r, roles, full, titled) ? "PERSON" : "ORGANIZATION";

  if (kind === "PERSON") {
    const display = stripDescriptors(r.head, true);
    const words = display.words.length ? display.words : variantsFull.find((s) => s.words.length)?.words;
    if (!words) {
      count("records: generic office without a name (\"AMERICAN_VICE_PRESIDENT\"), dropped");
      continue;
    }
    addPerson(words, [full, display, ...variantsFull, ...r.variants.map((v) => stripDescriptors(v, true))], roles);
    continue;
  }

  // Organisations. Generic agents ("UN_ENVOY_", "U.N._MONITOR_") are not names.
  const headAtoms = nameAtoms(r.head);
  if (!hasOrgWord(r.head) && headAtoms.length > 1 && agentNouns.has(headAtoms.at(-1)!) && !isGivenName(headAtoms[0]!)) {
    count("records: generic agent (\"UN_ENVOY_\"), dropped");
    continue;
  }
  const org: Actor = { kind: "ORGANIZATION", name: "", variants: [], roles, titles: [] };
  const seen = new Set<string>();
  for (const p of [r.head, ...r.variants]) {
    for (const f of [p, ...bracketedShortForms(p)]) {
      let words = phraseWords(f);
      if (words[0]?.toLowerCase() === "the") words = words.slice(1);
      if (!usableVariant(words)) continue;
      if (p !== r.head || f !== p) {
        // "WORLD_BANK_PRESIDENT", "WHITE_HOUSE_PRESS_SECRETARY_JAY_CARNEY": its officers, not it.
        if (hasTitle(words) && !hasOrgWord(words.at(-1)!)) {
          const s = stripDescriptors(f);
          if (s.words.length >= 2 && personVariant(s.words, r.head)) {
            addPerson(s.words, [s], roles);
            count("persons: listed under an organisation, made persons of their own");
          } else count("variants: organisation variant naming an officer or an office, dropped");
          continue;
        }
        if (personVariant(words, r.head)) {
          addPerson(words, [stripDescriptors(f)], roles);
          count("persons: listed under an organisation, made persons of their own");
          continue;
        }
      }
      const display = orgName(words, p !== r.head || f !== p);
      const key = knownNameKey([display]);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!org.name) org.name = display;
      else org.variants.push(markCommon(display));
    }
  }
  if (org.name) organisations.push(org);
}

const roleTuple = (r: Role) => [r.country, r.sector, r.sub, r.from, r.to];
function sortedRoles(roles: Role[]): unknown[][] {
  return roles
    .map((r) => [JSON.stringify(roleTuple(r)), roleTuple(r)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t);
}

// The same actor written twice (a person in two sections, a body listed in two places): the
// same name and a country in common, or no roles on one side.
function merge(actors: Actor[], what: string): Actor[] {
  const byKey = new Map<string, Actor[]>();
  const out: Actor[] = [];
  for (const a of actors) {
    const key = knownNameKey([a.name]);
    const countriesOf = (x: Actor) => new Set(x.roles.map((r) => r.country).filter(Boolean));
    const mine = countriesOf(a);
    // An official of an international body is often also listed with their own country.
    const international = (x: Actor) => x.roles.every((r) => r.sector !== null && TRANSNATIONAL.has(r.sector));
    const twin = (byKey.get(key) ?? []).find((b) => {
      const theirs = countriesOf(b);
      return !mine.size || !theirs.size || [...mine].some((c) => theirs.has(c)) || (a.kind === "PERSON" && (international(a) || international(b)));
    });
    if (!twin) {
      byKey.set(key, [...(byKey.get(key) ?? []), a]);
      out.push(a);
      continue;
    }
    count(`${what}: written twice, merged`);
    // "Ban Ki-moon" over "Ban Ki Moon": the same key, the better written name.
    if (a.name.includes("-") && !twin.name.includes("-")) twin.name = a.name;
    for (const v of a.variants) if (!twin.variants.some((x) => knownNameKey([x]) === knownNameKey([v]))) twin.variants.push(v);
    for (const r of a.roles) if (!twin.roles.some((x) => JSON.stringify(x) === JSON.stringify(r))) twin.roles.push(r);
    for (const t of a.titles) if (!twin.titles.some((x) => x[0] === t[0] && x[1] === t[1])) twin.titles.push(t);
  }
  return out;
}
const mergedPersons = merge(persons, "persons");
for (const p of mergedPersons) {
  if (p.roles.some((r) => r.country === "KOR" || r.country === "PRK")) p.name = p.name.replace(/-(\p{Lu})/gu, (_, c: string) => `-${c.toLowerCase()}`);
}
// An acronym listed as an organisation of its own ("UN_ [IGOUNO]") beside its full name
// ("THE_UNITED_NATIONS_ [IGOUNO]"), with the same codes: one organisation.
function mergeAcronyms(orgs: Actor[]): Actor[] {
  const codesOf = (a: Actor) => JSON.stringify(sortedRoles(a.roles));
  const byInitials = new Map<string, Actor>();
  for (const o of orgs) {
    const words = nameAtoms(o.name).filter((w) => !SMALL_WORDS.has(w));
    if (words.length < 2 || !o.roles.length) continue;
    const key = `${words.map((w) => w[0]).join("")} ${codesOf(o)}`;
    if (!byInitials.has(key)) byInitials.set(key, o);
  }
  return orgs.filter((o) => {
    if (!/^[A-Z]{2,8}$/.test(o.name) || !o.roles.length) return true;
    const full = byInitials.get(`${o.name.toLowerCase()} ${codesOf(o)}`);
    if (!full) return true;
    count("organisations: acronym listed apart from its full name (UN, United Nations), merged");
    for (const v of [o.name, ...o.variants]) if (!full.variants.some((x) => knownNameKey([x]) === knownNameKey([v]))) full.variants.push(v);
    return false;
  });
}
const mergedOrganisations = mergeAcronyms(merge(organisations, "organisations"));
const placeSeen = new Set<string>();
const mergedPlaces = places.filter((p) => {
  const k = `${knownNameKey([p.name])} ${p.country}`;
  if (placeSeen.has(k)) return false;
  placeSeen.add(k);
  return true;
});

// ---------------------------------------------------------------------------------------------
// Output.

const dated = [...mergedPersons, ...mergedOrganisations].flatMap((a) => a.roles.flatMap((r) => [r.from, r.to])).filter((d): d is string => !!d);
// The last date the dictionaries mention: an open-ended role (">080508") is known to hold until then.
let snapshot = "";
for (const d of dated) if (d > snapshot) snapshot = d;

/** Actors in the order of their name's key, then of their roles (or country): the file's order. */
function byName(actors: Actor[]): Actor[] {
  const keyed = actors.map((a) => [knownNameKey([a.name]), JSON.stringify([sortedRoles(a.roles), a.country ?? "", a.name]), a] as const);
  keyed.sort(([ka, ra], [kb, rb]) => (ka !== kb ? (ka < kb ? -1 : 1) : ra < rb ? -1 : ra > rb ? 1 : 0));
  return keyed.map(([, , a]) => a);
}
const withoutName = (a: Actor) => {
  const own = knownNameKey([a.name]);
  return a.variants.filter((v) => knownNameKey([v.replace(/^~/, "")]) !== own);
};

// An intergovernmental code names the body whose own code is its longest prefix: the first
// organisation in the files coded with exactly that (IGOUNOKID: UNICEF; IGOUNO: United Nations).
const bodies = new Map<string, string>();
for (const o of mergedOrganisations) {
  const r = o.roles.length === 1 ? o.roles[0]! : null;
  if (r?.sector === "IGO" && r.country && !r.from && !r.to && !bodies.has(r.country)) bodies.set(r.country, o.name);
}
function bodyOf(code: string): string | undefined {
  for (let n = code.length; n >= 6; n -= 3) {
    // IGOAFR, IGOAFRAGR: an African body, one for agriculture: a kind of body, not one.
    const last = code.slice(n - 3, n);
    if (SECTORS[last] || placeCode(last) || ["ARB", "MOS", "MUS"].includes(last)) continue;
    const body = bodies.get(code.slice(0, n));
    if (body) return body;
  }
  return undefined;
}

// Every code a role names that is not an ISO3 code of world-countries → what it names. ISO3
// codes are named at run time by the gazetteer, so the two always agree.
const codeNames: Record<string, [string, string]> = {};
for (const a of [...mergedPersons, ...mergedOrganisations]) {
  for (const r of a.roles) {
    const c = r.country;
    if (!c || codeNames[c] || byCca3.has(c)) continue;
    if (HISTORICAL[c]) codeNames[c] = ["PLACE", HISTORICAL[c]!];
    else if (REGIONS[c]) codeNames[c] = ["PLACE", REGIONS[c]!];
    else if (c.startsWith("IGO")) {
      const body = bodyOf(c);
      if (body) codeNames[c] = ["ORGANIZATION", body];
    }
  }
}
for (const iso of countryNames.keys()) if (HISTORICAL[iso]) codeNames[iso] = ["PLACE", HISTORICAL[iso]!];
const countryRows = [...countryNames].sort(([a], [b]) => (a < b ? -1 : 1)).map(([iso, e]) => [iso, [...e.names], [...e.demonyms]]);
const sortedCodes = Object.fromEntries(Object.entries(codeNames).sort(([a], [b]) => (a < b ? -1 : 1)));
const sortedAgents = Object.fromEntries([...agents].sort(([a], [b]) => (a < b ? -1 : 1)));

const block = (name: string, rows: unknown[]) => `"${name}": [\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]`;
const json = `{
"about": ${JSON.stringify(
  "Known actors for src/extract (read by src/extract/known-actors.ts). Generated by `npm run data:actors` (scripts/convert-phoenix.ts) from the Phoenix " +
    "actor and agent dictionaries of PETRARCH2 (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, " +
    "Phoenix.agents.txt; MIT licence, Copyright (c) 2014, 2015 Open Event Data Alliance; see src/extract/data/LICENSES.md). Do not edit by hand.",
)},
"format": ${JSON.stringify({
  persons: "[name, variants, roles, titles]: titles are [title, country or organisation code or null] taken off the dictionary's variants",
  organizations: "[name, variants, roles]",
  places: "[name, variants, country]: places the dictionary names inside a country",
  countries: "[ISO3 or historical code, names, demonyms]: the name shown is the gazetteer's (src/extract/gazetteer.ts), or for a past state the one in codes",
  roles: "[country (ISO3, historical state, region) or intergovernmental body, sector, further sector codes or null, from YYYY-MM-DD or null, to or null]; both dates null: undated",
  variants: "a leading ~ marks a one-word variant that is an ordinary English word",
  codes: "code of a past state, a region or an intergovernmental body → [kind, name]; ISO3 codes are named by the gazetteer",
  snapshot: "the last date the dictionaries mention: an open-ended role is known to hold until then",
})},
"snapshot": ${JSON.stringify(snapshot)},
"sectors": ${JSON.stringify(SECTORS)},
"codes": ${JSON.stringify(sortedCodes)},
${block("countries", countryRows)},
${block("persons", byName(mergedPersons).map((a) => [a.name, withoutName(a), sortedRoles(a.roles), a.titles]))},
${block("organizations", byName(mergedOrganisations).map((a) => [a.name, withoutName(a), sortedRoles(a.roles)]))},
${block("places", byName(mergedPlaces).map((a) => [a.name, withoutName(a), a.country]))},
"agents": ${JSON.stringify(sortedAgents)}
}
`;

const variantCount = [...mergedPersons, ...mergedOrganisations, ...mergedPlaces].reduce((n, a) => n + 1 + withoutName(a).length, 0);
const summary =
  `${mergedPersons.length} persons, ${mergedOrganisations.length} organisations, ${mergedPlaces.length} places, ${countryRows.length} countries, ` +
  `${variantCount} names of persons, organisations and places, ${agents.size} agent nouns; ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB`;

if (opts.check) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (current !== json) {
    console.error(`${opts.out ?? "src/extract/data/known-actors.json"} is out of date: run \`npm run data:actors\``);
    process.exit(1);
  }
  console.log(`known-actors.json is up to date (${summary})`);
} else {
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${opts.out ? OUT : path.relative(PROJECT_ROOT, OUT)}: ${summary}`);
  for (const [k, v] of [...stats].sort()) console.log(`  ${k}: ${v}`);
}
