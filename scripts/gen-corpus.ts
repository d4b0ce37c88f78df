// Deterministic generator of synthetic news corpora for scale tests and benchmarks:
// N articles over a fixed pool of people, organisations, places and events, with Zipf-skewed
// popularity (a few leaders and countries appear everywhere, most names rarely).
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

const FIRST = (
  "Amara Bruno Camila Dmitri Elena Farid Greta Hiro Ingrid Jonas Kamala Lars Mariana Nikolai Olga Pavel Quentin Rosa " +
  "Samir Tomas Ulla Viktor Wanda Xavier Yasmin Zoltan Adrien Beatriz Cyril Dalia Emil Fatima Gustav Helena Ivan Julia " +
  "Kofi Lena Mateo Nadia Oskar Petra Rafael Sofia Theo Valeria"
).split(" ");
const LAST = (
  "Abbott Becker Castillo Dubois Eriksen Ferreira Gallagher Horvath Ivanova Jansen Kowalski Lindqvist Moreau Novak " +
  "Okafor Petrov Quiroga Rossi Schmidt Takahashi Umarov Varga Weber Xu Yilmaz Zielinski Andersen Brennan Costa Duarte " +
  "Esposito Fischer Galvez Haddad Ishikawa Jovanovic Kaminski Laurent Mendes Nakamura Oliveira Popescu Ramirez Santos " +
  "Tanaka Urbano Vasquez Wagner Young Zamora Adeyemi Bianchi Chen Demir Engel Fontaine Grant Holm Iqbal Juarez"
).split(" ");
const ORG_WORDS = "Atlas Boreal Cobalt Delta Meridian Northwind Orion Pinnacle Quantum Riverside Summit Vertex Harbor Granite Solstice".split(" ");
const ORG_KINDS = ["Corporation", "Holdings", "Energy", "Bank", "Logistics", "Airlines", "Telecom", "Pharmaceuticals"];
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
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Country {
  name: string;
  demonym: string;
  capital: string;
}
interface Person {
  name: string;
  surname: string;
  title: string;
  country: Country;
  spouse: string;
}

function buildPools(r: () => number) {
  const countries: Country[] = (countriesData as unknown as { name: { common: string }; demonyms?: { eng?: { m?: string } }; capital: string[]; independent: boolean; population?: number }[])
    .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c.name.common))
    .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m!, capital: c.capital[0]! }))
    .filter((c) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c.capital));
  // Deterministic shuffle so popularity is not alphabetical.
  for (let i = countries.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [countries[i], countries[j]] = [countries[j]!, countries[i]!];
  }
  const titles = ["President", "Prime Minister", "Foreign Minister", "Finance Minister", "Defence Minister"];
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < 300) {
    const first = FIRST[Math.floor(r() * FIRST.length)]!;
    const last = LAST[Math.floor(r() * LAST.length)]!;
    if (used.has(last + first) || used.has(last)) continue;
    used.add(last);
    used.add(last + first);
    const country = countries[people.length % Math.min(countries.length, 60)]!;
    const spouseFirst = FIRST[Math.floor(r() * FIRST.length)]!;
    people.push({ name: `${first} ${last}`, surname: last, title: titles[Math.floor(people.length / 60) % titles.length]!, country, spouse: `${spouseFirst} ${last}` });
    if (used.size > LAST.length * 2 - 2) break;
  }
  const companies = ORG_WORDS.flatMap((w) => ORG_KINDS.map((k) => `${w} ${k}`));
  for (let i = companies.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [companies[i], companies[j]] = [companies[j]!, companies[i]!];
  }
  return { countries, people, companies };
}

type Ctx = { a: Person; b: Person; org: string; intl: string; day: string; month: string; year: number; place: Country };

const SENTENCES: ((c: Ctx) => string)[] = [
  (c) => `${c.a.title} ${c.a.name} of ${c.a.country.name} met ${c.b.title} ${c.b.name} of ${c.b.country.name} in ${c.place.capital} on ${c.day}.`,
  (c) => `${c.a.surname} said the talks with ${c.b.surname} had been frank and useful.`,
  (c) => `The ${c.intl} urged both governments to agree a ceasefire before the end of ${c.month}.`,
  (c) => `${c.b.country.demonym} officials rejected the proposal, calling it premature.`,
  (c) => `${c.a.name} and his wife ${c.a.spouse} later visited ${c.place.capital}.`,
  (c) => `${c.org} announced a new plant in ${c.a.country.name}, its biggest investment since ${c.year - 3}.`,
  (c) => `In ${c.year - 1}, ${c.a.country.name} imposed sanctions on ${c.b.country.name} over a border dispute.`,
  (c) => `A court in ${c.b.country.capital} issued an arrest warrant for a former adviser to ${c.b.surname}.`,
  (c) => `Protesters gathered outside the parliament in ${c.a.country.capital} on ${c.day} to oppose the deal.`,
  (c) => `${c.b.surname} wrote a letter to the ${c.intl} demanding an inquiry into the shelling.`,
  (c) => `${c.a.country.name} and ${c.b.country.name} signed an agreement on energy trade in ${c.month} ${c.year}.`,
  (c) => `Analysts said ${c.org} would benefit most from the accord.`,
];

export function generateCorpus(n: number, seed = 42): CorpusArticle[] {
  const r = seededRandom(seed);
  const { countries, people, companies } = buildPools(r);
  const pickPerson = zipf(people.length, 1.1);
  const pickCountry = zipf(countries.length, 1.2);
  const pickOrg = zipf(companies.length, 1.0);
  const pickIntl = zipf(INTL_ORGS.length, 1.0);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < n; i++) {
    const a = people[pickPerson(r())]!;
    let b = people[pickPerson(r())]!;
    if (b === a) b = people[(people.indexOf(a) + 1) % people.length]!;
    const year = 2015 + Math.floor(r() * 11);
    const month = Math.floor(r() * 12);
    const ctx: Ctx = {
      a,
      b,
      org: companies[pickOrg(r())]!,
      intl: INTL_ORGS[pickIntl(r())]!,
      day: DAYS[Math.floor(r() * DAYS.length)]!,
      month: MONTHS[month]!,
      year,
      place: countries[pickCountry(r())]!,
    };
    const count = 5 + Math.floor(r() * 6);
    const chosen = [0, ...Array.from({ length: count - 1 }, () => 1 + Math.floor(r() * (SENTENCES.length - 1)))];
    const body = [...new Set(chosen)].map((k) => SENTENCES[k]!(ctx));
    const paragraphs = [body.slice(0, 3).join(" "), body.slice(3).join(" ")].filter(Boolean);
    articles.push({
      id: `gen-${seed}-${i}`,
      title: `${a.surname} and ${b.surname} meet in ${ctx.place.capital}`,
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
  const lines = generateCorpus(n, seed).map((a) => JSON.stringify(a)).join("\n") + "\n";
  if (outAt >= 0) fs.writeFileSync(argv[outAt + 1]!, lines);
  else process.stdout.write(lines);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
