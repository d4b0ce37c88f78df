// A generated news corpus whose identities are known, for `npm run eval:identity`: the same
// people, companies, agencies and places named in different ways across thousands of articles,
// and events reported more than once. Deterministic: the same seed gives the same corpus.
//
// The world: about 160 people (ministers, mayors, chief executives, coaches, professors), each
// with a country, a city, an organisation and a few years in the news; 30 surnames are shared
// by two different people in different countries and walks of life. 48 companies with a legal
// form and a short name, a dozen agencies known by an acronym, cities with two spellings.
// Articles are event reports (a planted event reported by one to four articles, published up to
// four days apart, with the date given as a calendar date, a weekday, "this month" or not at all,
// and the place as the city or its country) and profiles (a person, their organisation and city).
//
// How people are named, per article: title and full name ("Finance Minister Lars Moen"), full
// name alone, with a middle initial ("Lars K. Moen"), a spelling variant (transliteration of the
// surname "Kovalenskiy"/"Kovalensky", "Mohammed"/"Muhammad", diacritics), or only title and
// surname throughout ("Minister Moen", "Ms. Moen"). Companies: the name, with its legal form
// ("Nordvik Pharmaceuticals ASA"), with "the", or its short name ("Nordvik Pharma"); agencies:
// the name with the acronym in brackets, later the acronym. Gold: every name occurrence with
// its identity, and every event report with its planted event and evidence sentence.
//
//   npm run gen:identity-corpus -- N [--seed S] [--out FILE.jsonl]   (articles; gold with --gold FILE.json)
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { seededRandom } from "../src/seeded-random.ts";

export interface IdentityArticle {
  id: string;
  title: string;
  publishedAt: string;
  text: string;
}

export type IdentityKind = "PERSON" | "ORGANIZATION" | "PLACE";

export interface GoldMention {
  start: number;
  end: number;
  identity: string;
}

export interface GoldEventReport {
  event: string;
  type: "MEETING" | "AGREEMENT" | "PROTEST";
  /** The evidence sentence's span. */
  start: number;
  end: number;
  participants: string[];
}

export interface IdentityGold {
  articleId: string;
  mentions: GoldMention[];
  events: GoldEventReport[];
}

export interface IdentityCorpus {
  articles: IdentityArticle[];
  gold: IdentityGold[];
  identities: Map<string, { kind: IdentityKind; name: string }>;
}

interface Place {
  identity: string;
  names: string[];
  country: Country;
}
interface Country {
  identity: string;
  name: string;
  demonym: string;
  legalForm: string;
  cities: Place[];
}
interface Org {
  identity: string;
  name: string;
  /** Name forms besides the plain name. */
  forms: string[];
  acronym: string | null;
  country: Country;
  city: Place;
}
interface Person {
  identity: string;
  first: string;
  firstVariants: string[];
  last: string;
  lastVariants: string[];
  middle: string;
  female: boolean;
  title: string;
  shortTitle: string;
  org: Org;
  city: Place;
  country: Country;
  years: [number, number];
}

const COUNTRIES: [string, string, string, [string, ...string[]][]][] = [
  ["Norway", "Norwegian", "ASA", [["Oslo"], ["Bergen"], ["Tromsø", "Tromso"], ["Stavanger"]]],
  ["Sweden", "Swedish", "AB", [["Stockholm"], ["Gothenburg", "Göteborg"], ["Malmö", "Malmo"]]],
  ["Ukraine", "Ukrainian", "PJSC", [["Kyiv", "Kiev"], ["Kharkiv", "Kharkov"], ["Odesa", "Odessa"], ["Lviv", "Lvov"]]],
  ["Poland", "Polish", "SA", [["Warsaw"], ["Kraków", "Krakow"], ["Gdańsk", "Gdansk"]]],
  ["Portugal", "Portuguese", "SA", [["Lisbon"], ["Porto"]]],
  ["Chile", "Chilean", "SA", [["Santiago"], ["Valparaíso", "Valparaiso"]]],
  ["Kenya", "Kenyan", "Ltd", [["Nairobi"], ["Mombasa"]]],
  ["Brazil", "Brazilian", "SA", [["São Paulo", "Sao Paulo"], ["Brasília", "Brasilia"], ["Recife"]]],
  ["Germany", "German", "GmbH", [["Berlin"], ["Hamburg"], ["Cologne"]]],
  ["Spain", "Spanish", "SA", [["Madrid"], ["Seville", "Sevilla"], ["Bilbao"]]],
  ["Canada", "Canadian", "Inc.", [["Ottawa"], ["Toronto"], ["Montreal", "Montréal"]]],
  ["Ireland", "Irish", "plc", [["Dublin"], ["Cork"]]],
];

const FIRST_F = "Ingrid Lena Olena Maria Ana Sofia Helena Camila Amara Nadia Julia Petra Rosa Eva Clara Ines Marta Alicia".split(" ");
const FIRST_M = "Lars Tomas Erik Jonas Mateo Pavel Oskar Rafael Viktor Samir Andrei Bruno Felipe Daniel Lucas Marek Nikolai Jakob".split(" ");
// First names with a second spelling in common use.
const FIRST_VARIANTS: Record<string, string> = { Mohammed: "Muhammad", Yusuf: "Youssef", Sergei: "Sergey", Aleksandr: "Alexander", Katarzyna: "Katarina" };
const SURNAMES = (
  "Halvorsen Lindqvist Andersson Novak Kowalski Silva Santos Ferreira Costa Schmidt Weber Becker Fischer Wagner Murphy " +
  "Kelly Walsh Byrne Ochieng Otieno Kamau Mwangi Rojas Fuentes Navarro Romero Moreno Garcia Martin Dubois Laurent " +
  "Berg Dahl Nilsson Larsen Johansen Hansen Pereira Almeida Oliveira Nowak Wojcik Lewandowski Bauer Richter Keller " +
  "Gallagher Brennan Fitzgerald Wanjiru Kimani Castro Vargas Molina Ortega Delgado Morales Petit Moreau Fontaine Lefebvre"
).split(" ");
// Surnames with transliteration variants (the first is the one most articles use).
const TRANSLIT_SURNAMES: string[][] = [
  ["Kovalenskiy", "Kovalensky", "Kovalenskyy"],
  ["Tymoshenskiy", "Tymoshensky"],
  ["Zabolotniy", "Zabolotny", "Zabolotnyy"],
  ["Shevchenskiy", "Shevchensky"],
  ["Yaremchuk", "Iaremchuk"],
  ["Rahimi", "Rakhimi"],
];
const DIACRITIC_SURNAMES: string[][] = [
  ["Núñez", "Nunez"],
  ["Müller", "Muller"],
  ["Sørensen", "Sorensen"],
  ["Gonçalves", "Goncalves"],
  ["Wiśniewski", "Wisniewski"],
  ["Åkesson", "Akesson"],
];
const MIDDLE = "A B C D E F G H J K L M N P R S T".split(" ");

const ORG_WORDS = (
  "Nordvik Boreal Cobalt Meridian Northwind Orion Pinnacle Quantum Riverside Solstice Vertex Granite Harbor Fjell " +
  "Tidewater Ashgrove Kestrel Lumen Halcyon Sablecrest Driftwood Ironbark Windmere Clearwater"
).split(" ");
const ORG_KINDS: [string, string | null][] = [
  ["Pharmaceuticals", "Pharma"],
  ["Technologies", "Tech"],
  ["Shipping", null],
  ["Energy", null],
  ["Telecommunications", "Telecom"],
  ["Aeronautics", null],
];
const AGENCIES: [string, string][] = [
  ["Baltic Energy Agency", "BEA"],
  ["Atlantic Fisheries Council", "AFC"],
  ["Nordic Grid Authority", "NGA"],
  ["Coastal Shipping Board", "CSB"],
  ["Andean Water Commission", "AWC"],
  ["East African Rail Authority", "EARA"],
  ["Iberian Wine Institute", "IWI"],
  ["Carpathian Forest Trust", "CFT"],
  ["Northern Arctic Research Institute", "NARI"],
  ["Continental Data Protection Board", "CDPB"],
  ["Southern Ports Authority", "SPA"],
  ["Global Rivers Alliance", "GRA"],
];
const CLUBS = "Nordhavn Eastport Kingsbridge Millbrook Redcliffe Stonegate".split(" ");

type Sector = "government" | "city" | "business" | "agency" | "sport" | "science";
const SECTOR_TITLES: Record<Sector, [string, string][]> = {
  government: [
    ["Finance Minister", "Minister"],
    ["Foreign Minister", "Minister"],
    ["Energy Minister", "Minister"],
    ["Health Minister", "Minister"],
  ],
  city: [["Mayor", "Mayor"]],
  business: [["Chief Executive", "Mr."]],
  agency: [["Director", "Director"]],
  sport: [["Coach", "Coach"]],
  science: [["Professor", "Professor"]],
};
const SECTORS: Sector[] = ["government", "city", "business", "agency", "sport", "science"];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOPICS = ["the harbour expansion", "a new rail link", "energy prices", "the fisheries quota", "water rights", "a data-sharing plan", "the port budget", "wind farm permits"];

interface World {
  countries: Country[];
  orgs: Org[];
  agencies: Org[];
  clubs: Org[];
  people: Person[];
  identities: Map<string, { kind: IdentityKind; name: string }>;
}

function buildWorld(r: () => number): World {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const identities = new Map<string, { kind: IdentityKind; name: string }>();
  const countries: Country[] = COUNTRIES.map(([name, demonym, legalForm, cities]) => {
    const country: Country = { identity: `place/${name}`, name, demonym, legalForm, cities: [] };
    identities.set(country.identity, { kind: "PLACE", name });
    country.cities = cities.map((names) => {
      const p: Place = { identity: `place/${names[0]}`, names, country };
      identities.set(p.identity, { kind: "PLACE", name: names[0] });
      return p;
    });
    return country;
  });
  const orgs: Org[] = [];
  ORG_WORDS.forEach((word, i) => {
    // Each word makes two companies of different kinds: "Nordvik Pharmaceuticals" is not "Nordvik Shipping".
    for (const k of [i % ORG_KINDS.length, (i + 3) % ORG_KINDS.length]) {
      const [kind, short] = ORG_KINDS[k]!;
      const country = countries[(i * 7 + k) % countries.length]!;
      const name = `${word} ${kind}`;
      const forms = [`${name} ${country.legalForm}`, ...(short ? [`${word} ${short}`] : [])];
      const o: Org = { identity: `org/${name}`, name, forms, acronym: null, country, city: pick(country.cities) };
      identities.set(o.identity, { kind: "ORGANIZATION", name });
      orgs.push(o);
    }
  });
  const agencies: Org[] = AGENCIES.map(([name, acronym], i) => {
    const country = countries[(i * 5) % countries.length]!;
    const o: Org = { identity: `org/${name}`, name, forms: [`the ${name}`], acronym, country, city: country.cities[0]! };
    identities.set(o.identity, { kind: "ORGANIZATION", name });
    return o;
  });
  const clubs: Org[] = CLUBS.map((w, i) => {
    const country = countries[(i * 3 + 1) % countries.length]!;
    const name = `FC ${w}`;
    const o: Org = { identity: `org/${name}`, name, forms: [], acronym: null, country, city: pick(country.cities) };
    identities.set(o.identity, { kind: "ORGANIZATION", name });
    return o;
  });

  const people: Person[] = [];
  const usedNames = new Set<string>();
  const makePerson = (last: string[], sector: Sector, country: Country): Person | null => {
    const female = r() < 0.5;
    let first = pick(female ? FIRST_F : FIRST_M);
    let firstVariants: string[] = [];
    if (r() < 0.06) {
      const [a, b] = pick(Object.entries(FIRST_VARIANTS));
      first = a;
      firstVariants = [b];
    }
    const full = `${first} ${last[0]}`;
    if (usedNames.has(full)) return null;
    usedNames.add(full);
    const [title, shortTitle] = pick(SECTOR_TITLES[sector]);
    const org =
      sector === "business"
        ? pick(orgs.filter((o) => o.country === country).length ? orgs.filter((o) => o.country === country) : orgs)
        : sector === "agency"
          ? pick(agencies)
          : sector === "sport"
            ? pick(clubs)
            : sector === "government"
              ? { identity: country.identity, name: country.name, forms: [], acronym: null, country, city: country.cities[0]! }
              : sector === "city"
                ? { identity: country.identity, name: country.name, forms: [], acronym: null, country, city: pick(country.cities) }
                : pick(agencies);
    const start = 2018 + Math.floor(r() * 5);
    const p: Person = {
      identity: `person/${full}`,
      first,
      firstVariants,
      last: last[0]!,
      lastVariants: last.slice(1),
      middle: pick(MIDDLE),
      female,
      title,
      shortTitle: shortTitle === "Mr." && female ? "Ms." : shortTitle,
      org,
      city: sector === "city" ? org.city : pick(country.cities),
      country,
      years: [start, start + 2 + Math.floor(r() * 3)],
    };
    identities.set(p.identity, { kind: "PERSON", name: full });
    return p;
  };
  const surnamePool = [...SURNAMES];
  for (let i = surnamePool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [surnamePool[i], surnamePool[j]] = [surnamePool[j]!, surnamePool[i]!];
  }
  surnamePool.forEach((last, i) => {
    const sector = SECTORS[i % SECTORS.length]!;
    const p = makePerson([last], sector, countries[(i * 5 + 2) % countries.length]!);
    if (p) people.push(p);
    // Every second surname is shared by a second person, in another walk of life and country.
    if (i % 2 === 0) {
      const q = makePerson([last], SECTORS[(i + 3) % SECTORS.length]!, countries[(i * 5 + 8) % countries.length]!);
      if (q) people.push(q);
    }
  });
  [...TRANSLIT_SURNAMES, ...DIACRITIC_SURNAMES].forEach((forms, i) => {
    const p = makePerson(forms, SECTORS[(i + 1) % SECTORS.length]!, countries[(i * 3) % countries.length]!);
    if (p) people.push(p);
  });
  return { countries, orgs, agencies, clubs, people, identities };
}

/** Builds an article's text sentence by sentence, recording the spans of names and events. */
class ArticleWriter {
  text = "";
  mentions: GoldMention[] = [];
  events: GoldEventReport[] = [];
  private sentenceStart = 0;
  private paragraphOpen = false;

  sentence(parts: (string | { text: string; identity: string })[]): { start: number; end: number } {
    if (this.paragraphOpen) this.text += " ";
    this.sentenceStart = this.text.length;
    for (const part of parts) {
      if (typeof part === "string") this.text += part;
      else {
        this.mentions.push({ start: this.text.length, end: this.text.length + part.text.length, identity: part.identity });
        this.text += part.text;
      }
    }
    this.paragraphOpen = true;
    return { start: this.sentenceStart, end: this.text.length };
  }
  paragraph(): void {
    if (this.paragraphOpen) this.text += "\n\n";
    this.paragraphOpen = false;
  }
}

interface PlantedEvent {
  identity: string;
  type: GoldEventReport["type"];
  a: Person;
  b: Person | null;
  org: Org | null;
  place: Place;
  date: Date;
  reports: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export function generateIdentityCorpus(n: number, seed = 12): IdentityCorpus {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const world = buildWorld(r);
  const { people } = world;
  const dateIn = (p: Person) => {
    const y = p.years[0] + Math.floor(r() * (p.years[1] - p.years[0] + 1));
    return new Date(Date.UTC(Math.min(y, 2025), Math.floor(r() * 12), 1 + Math.floor(r() * 27)));
  };

  // How this article names each person: decided once per article, so every mention agrees.
  const personForms = (p: Person) => {
    const x = r();
    const first = p.firstVariants.length && r() < 0.5 ? p.firstVariants[0]! : p.first;
    const last = p.lastVariants.length && r() < 0.4 ? pick(p.lastVariants) : p.last;
    const titled = (name: string) => `${p.title} ${name}`;
    if (x < 0.42) return { firstMention: titled(`${first} ${last}`), later: `${p.shortTitle} ${last}`, nameStart: p.title.length + 1 };
    if (x < 0.57) return { firstMention: `${first} ${last}`, later: `${p.shortTitle} ${last}`, nameStart: 0 };
    if (x < 0.67) return { firstMention: titled(`${first} ${p.middle}. ${last}`), later: `${p.shortTitle} ${last}`, nameStart: p.title.length + 1 };
    // Only title and surname in the whole article.
    return { firstMention: `${p.shortTitle} ${last}`, later: `${p.shortTitle} ${last}`, nameStart: p.shortTitle.length + 1 };
  };
  const orgForm = (o: Org) => (o.forms.length && r() < 0.5 ? pick(o.forms) : o.name);
  const cityName = (c: Place) => (c.names.length > 1 && r() < 0.4 ? c.names[1]! : c.names[0]!);
  const mention = (text: string, identity: string) => ({ text, identity });
  /** A person's first mention: the title (not gold), then the name. */
  const personFirst = (p: Person, f: ReturnType<typeof personForms>) => [f.firstMention.slice(0, f.nameStart), mention(f.firstMention.slice(f.nameStart), p.identity)];
  const personLater = (p: Person, f: ReturnType<typeof personForms>) => {
    const t = p.shortTitle.length + 1;
    return [f.later.slice(0, t), mention(f.later.slice(t), p.identity)];
  };
  const orgMention = (o: Org, w: ArticleWriter, first: boolean) => {
    if (o.identity.startsWith("place/")) return [mention(o.name, o.identity)];
    if (o.acronym && !first) return [mention(o.acronym, o.identity)];
    if (o.acronym) return ["the ", mention(o.name, o.identity), " (", mention(o.acronym, o.identity), ")"];
    void w;
    return [mention(orgForm(o), o.identity)];
  };

  // Planted events, each to be reported by one to four articles.
  const events: PlantedEvent[] = [];
  const eventCount = Math.round(n * 0.3);
  for (let i = 0; i < eventCount; i++) {
    const a = pick(people);
    const x = r();
    const type: PlantedEvent["type"] = x < 0.55 ? "MEETING" : x < 0.85 ? "AGREEMENT" : "PROTEST";
    let b = pick(people);
    if (b === a || b.last === a.last) b = people[(people.indexOf(a) + 7) % people.length]!;
    const reports = 1 + (r() < 0.6 ? 1 : 0) + (r() < 0.35 ? 1 : 0) + (r() < 0.15 ? 1 : 0);
    events.push({ identity: `event/${i}`, type, a, b: type === "MEETING" ? b : null, org: type === "AGREEMENT" ? (r() < 0.5 ? pick(world.orgs) : a.org) : null, place: r() < 0.5 ? a.city : b.city, date: dateIn(a), reports });
  }
  const slots: { event: PlantedEvent; k: number }[] = events.flatMap((event) => Array.from({ length: event.reports }, (_, k) => ({ event, k })));

  const articles: IdentityArticle[] = [];
  const gold: IdentityGold[] = [];
  let slot = 0;
  for (let i = 0; i < n; i++) {
    const w = new ArticleWriter();
    const id = `idc-${seed}-${i}`;
    let published: Date;
    let title: string;
    const reportNext = slot < slots.length && (r() < 0.65 || n - i <= slots.length - slot);
    if (reportNext) {
      const { event: ev, k } = slots[slot++]!;
      published = addDays(ev.date, k === 0 ? Math.floor(r() * 2) : 1 + Math.floor(r() * 3));
      const fa = personForms(ev.a);
      const dateForm = (() => {
        const y = r();
        const gap = Math.round((published.getTime() - ev.date.getTime()) / 86_400_000);
        if (y < 0.45) return ` on ${MONTHS[ev.date.getUTCMonth()]} ${ev.date.getUTCDate()}, ${ev.date.getUTCFullYear()}`;
        if (y < 0.75 && gap >= 1 && gap <= 5) return ` on ${WEEKDAYS[ev.date.getUTCDay()]}`;
        if (y < 0.85) return " this month";
        return "";
      })();
      const place = r() < 0.2 ? ev.place.country.name : cityName(ev.place);
      const placeIdentity = place === ev.place.country.name ? ev.place.country.identity : ev.place.identity;
      let evidence: { start: number; end: number };
      const participants = [ev.a.identity];
      if (ev.type === "MEETING") {
        const b = ev.b!;
        const fb = personForms(b);
        participants.push(b.identity);
        evidence = w.sentence([...personFirst(ev.a, fa), " met ", ...personFirst(b, fb), " in ", mention(place, placeIdentity), `${dateForm} to discuss ${pick(TOPICS)}.`]);
        w.sentence([...personLater(ev.a, fa), " said the talks had been useful."]);
        w.sentence([...personLater(b, fb), " is expected to visit ", ...orgMention(ev.a.org, w, true), " next year."]);
        title = `${ev.a.last} and ${b.last} meet in ${place}`;
      } else if (ev.type === "AGREEMENT") {
        const o = ev.org!;
        participants.push(o.identity);
        evidence = w.sentence([...personFirst(ev.a, fa), " signed an agreement with ", ...orgMention(o, w, true), " in ", mention(place, placeIdentity), `${dateForm}.`]);
        w.sentence(["The deal covers ", pick(TOPICS), ", ", ...personLater(ev.a, fa), " said."]);
        title = `${ev.a.last} signs deal with ${o.name}`;
      } else {
        participants.length = 0;
        evidence = w.sentence(["Protesters gathered in ", mention(place, placeIdentity), `${dateForm} to oppose ${pick(TOPICS)}.`]);
        w.sentence([...personFirst(ev.a, fa), " said the concerns would be heard."]);
        title = `Protest in ${place}`;
      }
      w.events.push({ event: ev.identity, type: ev.type, ...evidence, participants });
      w.paragraph();
      w.sentence(["Officials in ", mention(cityName(ev.a.city), ev.a.city.identity), " declined to comment."]);
    } else {
      const p = pick(people);
      published = dateIn(p);
      const f = personForms(p);
      const topic = pick(TOPICS);
      w.sentence([...personFirst(p, f), " of ", ...orgMention(p.org, w, true), ` said on ${WEEKDAYS[published.getUTCDay()]} that ${topic} would go ahead.`]);
      w.sentence(["Speaking in ", mention(cityName(p.city), p.city.identity), ", ", ...personLater(p, f), " said the plan had wide support."]);
      if (!p.org.identity.startsWith("place/") && r() < 0.7) {
        w.sentence(["Critics said ", ...orgMention(p.org, w, false), " had moved too fast."]);
      }
      w.paragraph();
      w.sentence([...personLater(p, f), ` will present the plan in ${MONTHS[(published.getUTCMonth() + 1) % 12]}.`]);
      title = `${p.last} backs ${topic}`;
    }
    articles.push({ id, title, publishedAt: iso(published), text: w.text });
    gold.push({ articleId: id, mentions: w.mentions, events: w.events });
  }
  return { articles, gold, identities: world.identities };
}

function main(argv: string[]): void {
  const n = Number(argv[0]);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write("usage: npm run gen:identity-corpus -- N [--seed S] [--out FILE.jsonl] [--gold FILE.json]\n");
    process.exit(2);
  }
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = generateIdentityCorpus(n, Number(at("--seed") ?? 12));
  const lines = corpus.articles.map((a) => JSON.stringify(a)).join("\n") + "\n";
  const out = at("--out");
  if (out) fs.writeFileSync(out, lines);
  else process.stdout.write(lines);
  const goldFile = at("--gold");
  if (goldFile) fs.writeFileSync(goldFile, JSON.stringify({ gold: corpus.gold, identities: Object.fromEntries(corpus.identities) }, null, 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
