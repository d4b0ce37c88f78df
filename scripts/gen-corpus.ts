// Deterministic generator of synthetic news corpora for scale tests and benchmarks: N articles
// over fixed pools of thousands of people, organisations and places, with Zipf-skewed popularity
// (a few officials, companies and countries appear everywhere, most names rarely). Each person has
// stable facts — a country, an office or an employer with a job title, a spouse — that articles
// restate, so typed relationships (LEADER_OF, MEMBER_OF, SPOUSE_OF, CITIZEN_OF, LOCATED_IN…) gain
// weight across articles, while who backs, criticises or allies with whom varies per article.
// Every sentence names distinct entities: no "X and his wife X", no country sanctioning itself,
// no two people of one article sharing a surname (a bare surname must resolve to one of them).
//
//   npm run gen:corpus -- N [--seed S] [--out FILE.jsonl]     (JSON Lines on stdout by default)
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import countriesData from "world-countries";
import { seededRandom } from "../src/seeded-random.ts";

export interface CorpusArticle {
  id: string;
  title: string;
  publishedAt: string;
  text: string;
}

/** Picks index i with probability ∝ 1/(i+1)^s. */
function zipf(size: number, s: number) {
  const weights = Array.from({ length: size }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return (r: number) => {
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const words = (s: string) => s.trim().split(/\s+/);

const FEMALE = words(`
  Amara Camila Elena Greta Ingrid Kamala Mariana Olga Rosa Ulla Wanda Yasmin Beatriz Dalia Fatima Helena
  Julia Lena Nadia Petra Sofia Valeria Agnes Bianca Clara Daria Esther Freya Gloria Hanna Irene Joanna
  Katya Lucia Marta Nora Paula Renata Selma Tamara Vera Zora Alma Brigitte Carmen Dora Edith Flora`);
const MALE = words(`
  Bruno Dmitri Farid Hiro Jonas Lars Nikolai Pavel Quentin Samir Tomas Viktor Xavier Zoltan Adrien Cyril
  Emil Gustav Ivan Kofi Mateo Oskar Rafael Theo Anton Boris Carlos Dario Erik Felix Goran Henrik Igor
  Jakob Karim Luis Marek Nils Otto Pedro Rolf Stefan Tariq Umar Vidar Walter Yusuf Aurel Bastian`);
const SURNAMES = words(`
  Abbott Becker Castillo Dubois Eriksen Ferreira Gallagher Horvath Ivanova Jansen Kowalski Lindqvist Moreau
  Novak Okafor Petrov Quiroga Rossi Schmidt Takahashi Umarov Varga Weber Yilmaz Zielinski Andersen Brennan
  Costa Duarte Esposito Fischer Galvez Haddad Ishikawa Jovanovic Kaminski Laurent Mendes Nakamura Oliveira
  Popescu Ramirez Santos Tanaka Urbano Vasquez Wagner Zamora Adeyemi Bianchi Demir Engel Fontaine Holm
  Iqbal Juarez Albescu Barros Cardoso Dalton Ekstrom Falk Gruber Hartmann Ibsen Jaramillo Kessler Lombardi
  Magnusson Nilsen Ortega Pereira Quintero Renner Salazar Toivonen Uribe Valdez Wiklund Zeller Acosta
  Bergman Cortes Delgado Eklund Fuentes Gonzaga Herrera Iversen Jensen Kovacs Lehmann Moretti Navarro
  Olsen Pacheco Richter Sandoval Torres Vogel Wolff Abramov Baranov Chekhov Dimitrov Egorov Fedorov
  Gusev Ilyin Karpov Lebedev Morozov Nikitin Orlov Pavlov Romanov Sokolov Titov Volkov Zaitsev Akande
  Balogun Chukwu Eze Fashola Ige Jaja Kalu Lawal Nwosu Obi Salako Tinubu Uche Bauer Dietrich Frank
  Graf Hahn Jung Kraus Lang Maier Neumann Ott Pohl Roth Seidel Thiel Ulrich Vetter Winter Zimmer Amato
  Benedetti Caruso DeLuca Ferri Galli Greco Leone Marino Orsini Pellegrini Riva Sartori Testa Villa`);
// Company names: a distinctive word and a kind ("Cobalt Bank"); none is a place or a common noun
// the extractor could read as something else.
const ORG_WORDS = words(`
  Atlas Boreal Cobalt Meridian Northwind Orion Pinnacle Quantum Riverside Vertex Granite Solstice Aurora
  Beacon Cascade Corvid Dynamo Ember Falcon Glacier Halcyon Ironwood Juniper Kestrel Lumen Monarch Nimbus
  Obsidian Paragon Quill Radiant Sapphire Tundra Umbra Vanguard Willow Zephyr Acorn Basalt Cedar Driftwood
  Equinox Fjord Garnet Heron Indigo Jasper Kelvin Lantern Magnolia Nova Opal Pioneer Quarry Redwood Sierra`);
const ORG_KINDS = words("Corporation Holdings Energy Bank Logistics Airlines Telecom Pharmaceuticals Motors Foods Mining Insurance");
const INTL_ORGS = [
  "United Nations",
  "European Union",
  "World Bank",
  "International Monetary Fund",
  "World Health Organization",
  "NATO",
  "African Union",
  "International Criminal Court",
];
const OFFICES = ["President", "Prime Minister", "Foreign Minister", "Finance Minister", "Defence Minister"];
const JOBS = ["chief executive", "chairman", "spokesman", "spokeswoman", "director", "chief economist"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** People in the world (at most half the first-name × surname pairs, so drawing unique names ends quickly); a larger corpus revisits the same world. */
const PEOPLE = 10_000;

interface Country {
  name: string;
  demonym: string;
  capital: string;
}
interface Org {
  name: string;
  city: Country["capital"];
}
interface Person {
  name: string;
  first: string;
  surname: string;
  female: boolean;
  country: Country;
  /** An office of the country (officials), or a job at an organisation (everyone else). */
  office: string | null;
  job: { title: string; org: Org } | null;
  spouse: string;
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function buildWorld(r: Rng) {
  const countries: Country[] = shuffle(
    r,
    (countriesData as unknown as { name: { common: string }; demonyms?: { eng?: { m?: string } }; capital: string[]; independent: boolean }[])
      .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c.name.common))
      .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m!, capital: c.capital[0]! }))
      .filter((c) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c.capital) && c.capital !== c.name),
  );
  const orgs: Org[] = shuffle(
    r,
    ORG_WORDS.flatMap((w) => ORG_KINDS.map((k) => ({ name: `${w} ${k}`, city: "" }))),
  );
  for (const o of orgs) o.city = pick(r, countries).capital;

  const people: Person[] = [];
  const used = new Set<string>();
  const newPerson = (country: Country, office: string | null): Person => {
    for (;;) {
      const female = r() < 0.45;
      const first = pick(r, female ? FEMALE : MALE);
      const surname = pick(r, SURNAMES);
      const name = `${first} ${surname}`;
      if (used.has(name)) continue;
      // The spouse shares the surname but is of the other sex, so never the same first name:
      // "Olga Horvath and her husband Pavel Horvath".
      const spouseFirst = pick(r, female ? MALE : FEMALE);
      used.add(name);
      const job = office ? null : { title: pick(r, JOBS.filter((j) => (female ? j !== "spokesman" && j !== "chairman" : j !== "spokeswoman"))), org: pick(r, orgs) };
      return { name, first, surname, female, country, office, job, spouse: `${spouseFirst} ${surname}` };
    }
  };
  // Every country has its office holders; everyone else works for an organisation.
  for (const c of countries) for (const office of OFFICES) people.push(newPerson(c, office));
  while (people.length < PEOPLE) people.push(newPerson(pick(r, countries), null));
  const officials = shuffle(r, people.filter((p) => p.office));
  const others = shuffle(r, people.filter((p) => !p.office));
  return { countries, orgs, officials, others };
}

interface Cast {
  /** Two officials who meet. */
  a: Person;
  b: Person;
  /** Three more people of the story (officials or not). */
  c: Person;
  d: Person;
  e: Person;
  org: Org;
  org2: Org;
  intl: string;
  day: string;
  month: string;
  year: number;
  /** Where the meeting is held. */
  venue: Country;
}

const possessive = (p: Person) => (p.female ? "her" : "his");
const partner = (p: Person) => (p.female ? "husband" : "wife");
/** "President Olga Horvath of Hungary", "Jonas Weber of Atlas Energy". */
const styled = (p: Person) => (p.office ? `${p.office} ${p.name} of ${p.country.name}` : `${p.name} of ${p.job!.org.name}`);
/** "Olga Horvath, the chief executive of Atlas Energy," or "Hungary's Foreign Minister Olga Horvath". */
const described = (p: Person) => (p.office ? `${p.country.name}'s ${p.office} ${p.name}` : `${p.name}, ${p.job!.title} of ${p.job!.org.name},`);

const SENTENCES: ((c: Cast) => string)[] = [
  (c) => `${styled(c.a)} met ${styled(c.b)} in ${c.venue.capital} on ${c.day}.`,
  (c) => `${c.a.surname} said the talks with ${c.b.surname} had been frank and useful.`,
  (c) => `The ${c.intl} urged both governments to agree a ceasefire before the end of ${c.month}.`,
  (c) => `${c.b.country.demonym} officials rejected the proposal, calling it premature.`,
  (c) => `${c.a.name} and ${possessive(c.a)} ${partner(c.a)} ${c.a.spouse} later visited ${c.venue.capital}.`,
  (c) => `${c.org.name} announced a new plant in ${c.a.country.name}, its biggest investment since ${c.year - 3}.`,
  (c) => `In ${c.year - 1}, ${c.a.country.name} imposed sanctions on ${c.b.country.name} over a border dispute.`,
  (c) => `A court in ${c.b.country.capital} issued an arrest warrant for a former adviser to ${c.b.surname}.`,
  (c) => `Protesters gathered outside the parliament in ${c.a.country.capital} on ${c.day} to oppose the deal.`,
  (c) => `${c.b.surname} wrote a letter to the ${c.intl} demanding an inquiry into the shelling.`,
  (c) => `${c.a.country.name} and ${c.b.country.name} signed an agreement on energy trade in ${c.month} ${c.year}.`,
  (c) => `Analysts said ${c.org.name} would benefit most from the accord.`,
  (c) => `${described(c.c)} criticised ${c.a.name} over the deal.`,
  (c) => `${c.d.name} backed ${c.b.name} in the vote.`,
  (c) => `${c.org.name}, a company based in ${c.org.city}, signed a contract with ${c.org2.name}.`,
  (c) => `${c.e.name}, an ally of ${c.c.name}, declined to comment.`,
  (c) => `The ${c.e.country.demonym} economist ${c.e.name} said the plan was sound.`,
  (c) => `${c.org2.name} sued ${c.org.name} in ${c.month}.`,
  (c) => `${described(c.d)} praised the agreement.`,
  (c) => `${styled(c.e)} told reporters the sanctions would hurt ${c.org2.name}.`,
  (c) => `${c.c.name} opposed ${c.e.name} on the budget.`,
  (c) => `${c.d.name} and ${possessive(c.d)} ${partner(c.d)} ${c.d.spouse} attended the ceremony.`,
  (c) => `${c.org2.name}, headquartered in ${c.org2.city}, backed ${c.org.name}.`,
  (c) => `${styled(c.c)} endorsed ${c.d.name} for the post.`,
];

export function generateCorpus(n: number, seed = 42): CorpusArticle[] {
  const r = seededRandom(seed);
  const { countries, orgs, officials, others } = buildWorld(r);
  const pickOfficial = zipf(officials.length, 1.0);
  const pickOther = zipf(others.length, 0.8);
  const pickCountry = zipf(countries.length, 1.1);
  const pickOrg = zipf(orgs.length, 0.9);
  const pickIntl = zipf(INTL_ORGS.length, 1.0);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < n; i++) {
    // Distinct people with distinct surnames and countries, so no sentence names one entity twice.
    const cast: Person[] = [];
    const surnames = new Set<string>();
    const take = (draw: () => Person) => {
      for (;;) {
        const p = draw();
        const clash = surnames.has(p.surname) || (cast.length === 1 && p.country === cast[0]!.country);
        if (clash) continue;
        surnames.add(p.surname);
        cast.push(p);
        return p;
      }
    };
    const a = take(() => officials[pickOfficial(r())]!);
    const b = take(() => officials[pickOfficial(r())]!);
    const anyone = () => (r() < 0.3 ? officials[pickOfficial(r())]! : others[pickOther(r())]!);
    const [c, d, e] = [take(anyone), take(anyone), take(anyone)];
    const org = orgs[pickOrg(r())]!;
    let org2 = orgs[pickOrg(r())]!;
    while (org2 === org) org2 = orgs[pickOrg(r())]!;
    const year = 2015 + Math.floor(r() * 11);
    const month = Math.floor(r() * 12);
    const cast5: Cast = {
      a,
      b,
      c,
      d,
      e,
      org,
      org2,
      intl: INTL_ORGS[pickIntl(r())]!,
      day: pick(r, DAYS),
      month: MONTHS[month]!,
      year,
      venue: r() < 0.5 ? a.country : countries[pickCountry(r())]!,
    };
    const count = 8 + Math.floor(r() * 6);
    const chosen = [0, ...Array.from({ length: count - 1 }, () => 1 + Math.floor(r() * (SENTENCES.length - 1)))];
    const body = [...new Set(chosen)].sort((x, y) => x - y).map((k) => SENTENCES[k]!(cast5));
    const paragraphs = [body.slice(0, 3).join(" "), body.slice(3).join(" ")].filter(Boolean);
    articles.push({
      id: `gen-${seed}-${i}`,
      title: `${a.surname} and ${b.surname} meet in ${cast5.venue.capital}`,
      publishedAt: `${year}-${String(month + 1).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
      text: paragraphs.join("\n\n"),
    });
  }
  return articles;
}

function main(argv: string[]): void {
  const n = Number(argv[0]);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write("usage: npm run gen:corpus -- N [--seed S] [--out FILE.jsonl]\n");
    process.exit(2);
  }
  const seedAt = argv.indexOf("--seed");
  const outAt = argv.indexOf("--out");
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 42;
  if (!Number.isInteger(seed)) {
    process.stderr.write(`--seed must be a whole number (got ${argv[seedAt + 1]})\n`);
    process.exit(2);
  }
  const lines = generateCorpus(n, seed).map((a) => JSON.stringify(a)).join("\n") + "\n";
  if (outAt >= 0) fs.writeFileSync(argv[outAt + 1]!, lines);
  else process.stdout.write(lines);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
