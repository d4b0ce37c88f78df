// Gazetteers: the known names of places, organisations and news outlets, with what we know about
// them (a capital's country, an institution's state). Countries, demonyms, ISO-style short forms
// and capitals come from the `world-countries` package; the rest are small curated lists below,
// kept general (not tuned to any article). Lookup is by token sequence, longest match first.
import worldCountries, { type Country } from "world-countries";
import type { EntityKind } from "./document.ts";
import { isCommonWord, lexiconNamedEntries } from "./lexicon.ts";
import { tokenize } from "./tokens.ts";

export type GazetteerSort =
  | "country"
  | "demonym"
  | "capital"
  | "city"
  | "state"
  | "region"
  | "continent"
  | "org"
  | "state-org"
  | "media"
  | "lexicon";

export interface GazetteerEntry {
  kind: EntityKind;
  canonical: string;
  sort: GazetteerSort;
  /** Canonical name of the country a place is located in / a state organ belongs to. */
  country?: string;
}

// Canonical names for countries whose package name is not what news copy uses.
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  TR: "Turkey",
  CZ: "Czech Republic",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  VA: "Vatican City",
  PS: "Palestine",
};
// Extra surface forms seen in news copy.
const COUNTRY_EXTRA_FORMS: Record<string, string[]> = {
  US: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["U.K.", "UK", "Britain", "Great Britain"],
  RU: ["Russian Federation"],
  KR: ["S. Korea"],
  KP: ["N. Korea", "DPRK"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  CN: ["PRC", "Mainland China"],
  CD: ["DRC", "DR Congo", "Congo-Kinshasa"],
  TR: ["Türkiye", "Turkiye"],
  UA: ["the Ukraine"],
  NL: ["Holland"],
  MM: ["Burma"],
  CZ: ["Czechia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ["U.S.-led"],
  GB: ["English", "Scottish", "Welsh"],
  NL: ["Dutch"],
  PH: ["Filipino", "Philippine"],
  IL: ["Israeli"],
  PS: ["Palestinian"],
  AF: ["Afghan"],
  KR: ["Korean"],
  CH: ["Swiss"],
};
// Capital spellings news copy prefers over the package's.
const CAPITAL_OVERRIDES: Record<string, string> = { "Washington D.C.": "Washington" };
const CITY_EXTRA_FORMS: Record<string, string[]> = {
  Kyiv: ["Kiev"],
  Washington: ["Washington D.C.", "Washington, D.C.", "D.C."],
  "New Delhi": ["Delhi"],
  Beijing: ["Peking"],
};

const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
  "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
  "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
  "West Virginia", "Wisconsin", "Wyoming",
];

// Major cities that are not capitals, with their country (by ISO alpha-2).
const CITIES: Array<[string, string]> = [
  ["New York", "US"], ["New York City", "US"], ["Los Angeles", "US"], ["Chicago", "US"], ["Houston", "US"],
  ["Philadelphia", "US"], ["Phoenix", "US"], ["San Francisco", "US"], ["Seattle", "US"], ["Boston", "US"],
  ["Miami", "US"], ["Atlanta", "US"], ["Dallas", "US"], ["Denver", "US"], ["Detroit", "US"], ["Las Vegas", "US"],
  ["Anchorage", "US"], ["San Diego", "US"], ["Austin", "US"], ["Minneapolis", "US"], ["New Orleans", "US"],
  ["Palm Beach", "US"], ["Silicon Valley", "US"], ["Brooklyn", "US"], ["Manhattan", "US"], ["Baltimore", "US"],
  ["Pittsburgh", "US"], ["Cleveland", "US"], ["Portland", "US"], ["Sacramento", "US"], ["Milwaukee", "US"],
  ["St. Petersburg", "RU"], ["Saint Petersburg", "RU"], ["Novosibirsk", "RU"], ["Kursk", "RU"], ["Belgorod", "RU"],
  ["Kharkiv", "UA"], ["Odesa", "UA"], ["Odessa", "UA"], ["Lviv", "UA"], ["Dnipro", "UA"], ["Mariupol", "UA"],
  ["Bakhmut", "UA"], ["Zaporizhzhia", "UA"], ["Kherson", "UA"], ["Donetsk", "UA"], ["Luhansk", "UA"], ["Sevastopol", "UA"],
  ["Manchester", "GB"], ["Birmingham", "GB"], ["Glasgow", "GB"], ["Edinburgh", "GB"], ["Liverpool", "GB"],
  ["Hamburg", "DE"], ["Munich", "DE"], ["Frankfurt", "DE"], ["Cologne", "DE"], ["Marseille", "FR"], ["Lyon", "FR"],
  ["Milan", "IT"], ["Naples", "IT"], ["Barcelona", "ES"], ["Geneva", "CH"], ["Zurich", "CH"], ["Davos", "CH"],
  ["The Hague", "NL"], ["Rotterdam", "NL"], ["Istanbul", "TR"], ["Gaza City", "PS"], ["Tel Aviv", "IL"], ["Haifa", "IL"],
  ["Dubai", "AE"], ["Jeddah", "SA"], ["Mecca", "SA"], ["Aleppo", "SY"], ["Mosul", "IQ"], ["Basra", "IQ"],
  ["Shanghai", "CN"], ["Shenzhen", "CN"], ["Guangzhou", "CN"], ["Wuhan", "CN"], ["Hong Kong", "CN"], ["Osaka", "JP"],
  ["Mumbai", "IN"], ["Bangalore", "IN"], ["Bengaluru", "IN"], ["Kolkata", "IN"], ["Chennai", "IN"], ["Karachi", "PK"],
  ["Lahore", "PK"], ["Sydney", "AU"], ["Melbourne", "AU"], ["Toronto", "CA"], ["Montreal", "CA"], ["Vancouver", "CA"],
  ["Sao Paulo", "BR"], ["São Paulo", "BR"], ["Rio de Janeiro", "BR"], ["Johannesburg", "ZA"], ["Cape Town", "ZA"],
  ["Lagos", "NG"], ["Casablanca", "MA"], ["Alexandria", "EG"], ["Ho Chi Minh City", "VN"], ["Busan", "KR"],
];

// Regions and continents. A parent country is given only where it is uncontested.
const REGIONS: Array<[string, string | null, string[]]> = [
  ["Crimea", null, ["Crimean Peninsula"]],
  ["Donbas", "UA", ["Donbass"]], ["Gaza", "PS", ["Gaza Strip"]], ["West Bank", "PS", []],
  ["Kashmir", null, []], ["Siberia", "RU", []], ["Chechnya", "RU", []], ["Xinjiang", "CN", []], ["Tibet", "CN", []],
  ["Catalonia", "ES", []], ["Scotland", "GB", []], ["Wales", "GB", []], ["England", "GB", []], ["Northern Ireland", "GB", []],
  ["Bavaria", "DE", []], ["Quebec", "CA", []], ["Ontario", "CA", []], ["Darfur", "SD", []], ["Tigray", "ET", []],
  ["Golan Heights", null, []], ["Nagorno-Karabakh", null, []], ["Transnistria", null, []], ["Kurdistan", null, []],
  ["Caucasus", null, ["South Caucasus"]], ["Middle East", null, []], ["Balkans", null, []], ["Baltics", null, []], ["Sahel", null, []], ["Arctic", null, []],
  ["Black Sea", null, []], ["Red Sea", null, []], ["South China Sea", null, []], ["Mediterranean", null, []],
  ["Taiwan Strait", null, []], ["Strait of Hormuz", null, []], ["Persian Gulf", null, []], ["Gulf of Mexico", null, []],
];
const CONTINENTS = ["Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania", "Antarctica", "Eurasia"];
const CONTINENT_DEMONYMS: Record<string, string> = { European: "Europe", Asian: "Asia", African: "Africa", "Latin American": "Latin America" };

// International organisations and state institutions. [canonical, aliases, country of a state organ]
const ORGS: Array<[string, string[], string?]> = [
  ["United Nations", ["UN", "U.N.", "the UN"]],
  ["UN Security Council", ["U.N. Security Council", "United Nations Security Council", "Security Council"]],
  ["UN General Assembly", ["U.N. General Assembly", "United Nations General Assembly", "General Assembly"]],
  ["NATO", ["North Atlantic Treaty Organization", "Nato"]],
  ["European Union", ["EU", "E.U."]],
  ["European Commission", []], ["European Parliament", []], ["European Central Bank", ["ECB"]],
  ["International Criminal Court", ["ICC"]],
  ["International Court of Justice", ["ICJ", "World Court"]],
  ["World Health Organization", ["WHO", "World Health Organisation"]],
  ["International Monetary Fund", ["IMF"]], ["World Bank", []], ["World Trade Organization", ["WTO"]],
  ["OPEC", ["Organization of the Petroleum Exporting Countries"]], ["G7", ["G-7", "Group of Seven"]], ["G20", ["G-20", "Group of 20"]],
  ["African Union", ["AU"]], ["ASEAN", ["Association of Southeast Asian Nations"]], ["Arab League", []],
  ["UNICEF", []], ["UNESCO", []], ["UNHCR", ["UN Refugee Agency", "U.N. refugee agency"]], ["World Food Programme", ["WFP"]],
  ["International Atomic Energy Agency", ["IAEA"]], ["Interpol", []], ["Europol", []],
  ["International Committee of the Red Cross", ["ICRC", "Red Cross"]], ["Amnesty International", ["Amnesty"]],
  ["Human Rights Watch", []], ["Doctors Without Borders", ["Medecins Sans Frontieres", "MSF"]],
  ["OSCE", ["Organization for Security and Co-operation in Europe"]], ["Council of Europe", []],
  ["Hamas", []], ["Hezbollah", []], ["Taliban", ["the Taliban"]], ["Islamic State", ["ISIS", "ISIL"]], ["Houthis", ["Houthi"]],
  ["Wagner Group", ["Wagner"]],
  ["Kremlin", [], "RU"], ["White House", [], "US"], ["Pentagon", [], "US"], ["State Department", ["U.S. State Department", "US State Department", "Department of State"], "US"],
  ["Justice Department", ["Department of Justice", "DOJ", "U.S. Justice Department"], "US"],
  ["Department of Homeland Security", ["DHS", "Homeland Security"], "US"], ["Treasury Department", ["U.S. Treasury", "Department of the Treasury"], "US"],
  ["FBI", ["Federal Bureau of Investigation"], "US"], ["CIA", ["Central Intelligence Agency"], "US"],
  ["Federal Reserve", ["the Fed", "Fed"], "US"], ["Securities and Exchange Commission", ["SEC"], "US"],
  ["Federal Trade Commission", ["FTC"], "US"], ["Congress", ["U.S. Congress", "US Congress"], "US"],
  ["U.S. Senate", ["Senate", "US Senate"], "US"], ["House of Representatives", ["U.S. House", "House"], "US"],
  ["U.S. Supreme Court", ["Supreme Court", "US Supreme Court"], "US"],
  // Major parties, with the singular and adjective forms news writes before a name ("Tory leader",
  // "Democrat John Kerry", "Lib Dem spokesman"): a party word before a person says which party.
  ["Republican Party", ["GOP", "Republicans", "Republican"], "US"], ["Democratic Party", ["Democrats", "Democrat"], "US"],
  ["Conservative Party", ["Conservatives", "Tories", "Tory"], "GB"], ["Labour Party", ["Labour"], "GB"],
  ["Liberal Democrats", ["Lib Dems", "Lib Dem", "Liberal Democrat"], "GB"], ["Scottish National Party", ["SNP"], "GB"],
  ["Plaid Cymru", [], "GB"], ["Democratic Unionist Party", ["DUP"], "GB"], ["Sinn Fein", ["Sinn Féin"], "GB"],
  ["UK Independence Party", ["UKIP", "Ukip"], "GB"], ["Reform UK", [], "GB"],
  ["Christian Democratic Union", ["CDU"], "DE"], ["Social Democratic Party of Germany", ["SPD"], "DE"], ["Alternative for Germany", ["AfD"], "DE"],
  ["Likud", [], "IL"], ["Bharatiya Janata Party", ["BJP"], "IN"], ["Indian National Congress", ["Congress party"], "IN"],
  ["African National Congress", ["ANC"], "ZA"], ["Liberal Democratic Party", ["LDP"], "JP"], ["Communist Party of China", ["Chinese Communist Party", "CCP"], "CN"],
  ["United Russia", [], "RU"], ["Fidesz", [], "HU"], ["Law and Justice", ["PiS"], "PL"], ["National Rally", ["Rassemblement National"], "FR"],
  ["Downing Street", ["No. 10"], "GB"], ["Bank of England", [], "GB"], ["Elysee Palace", ["Élysée Palace", "Elysee", "Élysée"], "FR"],
  ["Bundestag", [], "DE"], ["Knesset", [], "IL"], ["Duma", ["State Duma"], "RU"], ["FSB", [], "RU"], ["Verkhovna Rada", ["Rada"], "UA"],
  // Firms whose names read like people's names ("Morgan Stanley cut its rating").
  ["Morgan Stanley", []], ["Goldman Sachs", []], ["JPMorgan Chase", ["JPMorgan", "JP Morgan", "J.P. Morgan"]], ["Wells Fargo", []],
  ["Charles Schwab", ["Schwab"]], ["Merrill Lynch", []], ["Lazard", []], ["Rothschild & Co", []], ["Ernst & Young", ["EY"]],
  ["Johnson & Johnson", []],
  // Companies in the news whose names are ordinary words or read like people's names.
  ["Apple", []], ["Amazon", []], ["Alphabet", []], ["Meta", ["Meta Platforms"]], ["OpenAI", []], ["Anthropic", []], ["Tesla", []],
  ["SpaceX", []], ["TikTok", []], ["ByteDance", []], ["Alibaba", []], ["Huawei", []], ["Berkshire Hathaway", []], ["BlackRock", []],
  ["Lockheed Martin", []], ["Northrop Grumman", []], ["Eli Lilly", []], ["Rio Tinto", []], ["Gazprom", []], ["Rosneft", []],
  ["Saudi Aramco", ["Aramco"]], ["Shell", []], ["Moderna", []], ["AstraZeneca", []], ["Novo Nordisk", []], ["Qualcomm", []],
  ["Oracle", []], ["Spotify", []], ["Stellantis", []], ["Airbus", []], ["TSMC", []], ["Barclays", []], ["Maersk", []], ["McKinsey", []], ["Procter & Gamble", []], ["Marks & Spencer", []], ["Dow Jones", []], ["Standard & Poor's", ["S&P"]],
  ["Israel Defense Forces", ["IDF"], "IL"], ["Mossad", [], "IL"], ["Kremlin-run", [], "RU"],
  // Football clubs whose names read as a city and a surname or a bare city ("Paris Saint-Germain").
  ["Paris Saint-Germain", ["PSG"]], ["Bayern Munich", ["Bayern", "Bayern München"]], ["Borussia Dortmund", []],
  ["Manchester City", ["Man City"]], ["Manchester United", ["Man United"]], ["Inter Milan", ["Inter"]], ["AC Milan", []],
  ["Atletico Madrid", ["Atlético Madrid"]], ["Real Madrid", []], ["FC Barcelona", ["Barca", "Barça"]], ["Juventus", []],
  ["Tottenham Hotspur", ["Tottenham"]], ["UEFA", []], ["FIFA", []], ["International Olympic Committee", ["IOC"]],
];

// News organisations and agencies. "Associated Press" is canonical; "The Associated Press" and "AP" are aliases.
const MEDIA: Array<[string, string[]]> = [
  ["Associated Press", ["AP", "The Associated Press"]], ["Reuters", ["Thomson Reuters"]],
  ["Agence France-Presse", ["AFP", "Agence France Presse"]], ["Bloomberg", ["Bloomberg News"]],
  ["Fox News", ["Fox"]], ["Fox News Digital", []], ["CNN", []], ["BBC", ["BBC News"]], ["NPR", []], ["PBS", []],
  ["ABC News", []], ["CBS News", []], ["NBC News", []], ["MSNBC", []], ["Sky News", []], ["Al Jazeera", []],
  ["The New York Times", ["New York Times", "NYT"]], ["The Washington Post", ["Washington Post"]],
  ["The Wall Street Journal", ["Wall Street Journal", "WSJ"]], ["Financial Times", ["FT"]], ["The Guardian", ["Guardian"]],
  ["The Times", []], ["The Economist", ["Economist"]], ["Politico", []], ["Axios", []], ["USA Today", []],
  ["Los Angeles Times", ["LA Times"]], ["TASS", ["Tass"]], ["RIA Novosti", []], ["Interfax", []], ["Xinhua", []],
  ["Kyodo", ["Kyodo News"]], ["Yonhap", []], ["Der Spiegel", ["Spiegel"]], ["Le Monde", []], ["Kyiv Independent", ["The Kyiv Independent"]],
  ["Die Zeit", ["Zeit"]], ["Der Standard", []], ["Süddeutsche Zeitung", []], ["Frankfurter Allgemeine Zeitung", ["FAZ"]], ["Le Figaro", []],
  ["El País", ["El Pais"]], ["Corriere della Sera", []], ["La Repubblica", []], ["NHK", []], ["Haaretz", []], ["Kommersant", []],
  ["Meduza", []], ["South China Morning Post", []], ["Nikkei", []], ["Asahi Shimbun", []], ["The Hindu", []], ["Dawn", []],
  ["Ukrinform", []], ["Anadolu", ["Anadolu Agency"]], ["Deutsche Welle", ["DW"]], ["RT", ["Russia Today"]], ["Axel Springer", []],
  // Journals whose findings are news.
  ["The Lancet", ["Lancet"]], ["New England Journal of Medicine", ["NEJM"]], ["JAMA", []], ["BMJ", []],
];

// The package's typings declare a module object; at run time the default export is the array.
// Sovereign UN members first, so a shared demonym ("American") goes to the state, not a territory.
const countries: Country[] = [...(worldCountries as unknown as Country[])].sort(
  (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
);

const entries = new Map<string, GazetteerEntry>();

function keyOf(surface: string): string {
  return tokenize(surface, 0)
    .map((t) => t.text.replace(/’/g, "'"))
    .join(" ");
}
// Longest key per first word: most words start no name at all, and are rejected with one probe.
const longestFrom = new Map<string, number>();
function add(surface: string, entry: GazetteerEntry, overwrite = false): void {
  const key = keyOf(surface);
  if (!key) return;
  if (!overwrite && entries.has(key)) return;
  entries.set(key, entry);
  const words = key.split(" ");
  longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
}

const countryByCode = new Map<string, string>();
for (const c of countries) {
  const name = COUNTRY_NAME_OVERRIDES[c.cca2] ?? c.name.common;
  countryByCode.set(c.cca2, name);
}
// Countries first (they win over anything sharing a surface form), then the rest.
for (const c of countries) {
  const name = countryByCode.get(c.cca2)!;
  const country: GazetteerEntry = { kind: "PLACE", canonical: name, sort: "country" };
  add(name, country, true);
  add(c.name.common, country, true);
  if (c.name.official.split(" ").length <= 5) add(c.name.official, country);
  for (const alt of c.altSpellings) {
    // Two-letter codes ("IN", "IT") are ordinary words in headlines; only curated short forms are kept.
    if (alt.length > 3 && /^[\p{L} .'’-]+$/u.test(alt) && !alt.includes(",")) add(alt, country);
  }
  for (const extra of COUNTRY_EXTRA_FORMS[c.cca2] ?? []) add(extra, country, true);
  const dem = c.demonyms?.eng;
  const demonym: GazetteerEntry = { kind: "PLACE", canonical: name, sort: "demonym" };
  for (const d of new Set([dem?.m, dem?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])])) {
    if (!d) continue;
    add(d, demonym);
    if (!/s$/.test(d) && !/ese$|ish$|ch$/.test(d)) add(`${d}s`, demonym);
  }
}
for (const c of countries) {
  const countryName = countryByCode.get(c.cca2)!;
  for (const cap of c.capital) {
    const canonical = CAPITAL_OVERRIDES[cap] ?? cap;
    const e: GazetteerEntry = { kind: "PLACE", canonical, sort: "capital", country: countryName };
    add(canonical, e);
    add(cap, e);
    for (const f of CITY_EXTRA_FORMS[canonical] ?? []) add(f, e);
  }
}
// Georgia the state loses to Georgia the country (added first): news copy about US states
// usually says "the state of Georgia", which is rarer than the country in world news.
for (const st of US_STATES) add(st, { kind: "PLACE", canonical: st, sort: "state", country: "United States" });
for (const [city, cc] of CITIES) add(city, { kind: "PLACE", canonical: city === "Odessa" ? "Odesa" : city === "Saint Petersburg" ? "St. Petersburg" : city === "Bengaluru" ? "Bangalore" : city === "São Paulo" ? "Sao Paulo" : city, sort: "city", country: countryByCode.get(cc) });
for (const [region, cc, aliases] of REGIONS) {
  const e: GazetteerEntry = { kind: "PLACE", canonical: region, sort: "region", ...(cc ? { country: countryByCode.get(cc) } : {}) };
  add(region, e);
  for (const a of aliases) add(a, e);
}
add("Crimean", { kind: "PLACE", canonical: "Crimea", sort: "demonym" });
for (const c of CONTINENTS) add(c, { kind: "PLACE", canonical: c, sort: "continent" });
for (const [d, c] of Object.entries(CONTINENT_DEMONYMS)) add(d, { kind: "PLACE", canonical: c, sort: "demonym" });
for (const [name, aliases, cc] of ORGS) {
  if (name === "Kremlin-run") continue;
  const e: GazetteerEntry = { kind: "ORGANIZATION", canonical: name, sort: cc ? "state-org" : "org", ...(cc ? { country: countryByCode.get(cc) } : {}) };
  add(name, e, true);
  for (const a of aliases) if (a !== "House" && a !== "Fed" && a !== "Senate") add(a, e, true);
}
for (const [name, aliases] of MEDIA) {
  const e: GazetteerEntry = { kind: "ORGANIZATION", canonical: name, sort: "media" };
  add(name, e, true);
  for (const a of aliases) add(a, e, true);
}
// compromise's lexicon adds a long tail of companies, cities and regions (lower priority).
// Its single words that are abbreviations or ordinary words ("inc", "dept", "visa") are left out.
const LEXICON_JUNK = new Set("dept univ assn inc ltd co ing amt ghq jsa".split(" "));
for (const { phrase, kind } of lexiconNamedEntries()) {
  const surface = phrase.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
  if (surface.length < 3) continue;
  if (!phrase.includes(" ") && (LEXICON_JUNK.has(phrase) || isCommonWord(phrase))) continue;
  add(surface, { kind, canonical: surface, sort: "lexicon" });
}

/** Longest gazetteer match starting at tokens[i]; the surfaces compared are the token texts. */
export function matchGazetteer(texts: readonly string[], i: number): { entry: GazetteerEntry; length: number } | null {
  const longest = longestFrom.get(texts[i]!);
  if (longest === undefined) return null;
  const limit = Math.min(longest, texts.length - i);
  for (let len = limit; len >= 1; len--) {
    let key = texts[i]!;
    for (let k = 1; k < len; k++) key += " " + texts[i + k]!;
    const e = entries.get(key);
    if (e) return { entry: e, length: len };
  }
  return null;
}

// The rules ask about the same few entity names over and over ("is Russia a country?"), and a key
// costs a tokenization: names already asked about are answered from here. The gazetteer is fixed
// once this module has loaded, so an answer never goes stale; the bound keeps a long-running
// process from holding every name it ever saw.
const exactCache = new Map<string, GazetteerEntry | null>();
export function lookupExact(surface: string): GazetteerEntry | undefined {
  const cached = exactCache.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const e = entries.get(keyOf(surface));
  if (exactCache.size >= 20_000) exactCache.clear();
  exactCache.set(surface, e ?? null);
  return e;
}

/** Every surface form with its entry, for lookups keyed another way (event linking: normalised place names). */
export function gazetteerForms(): IterableIterator<[string, GazetteerEntry]> {
  return entries.entries();
}

export function countryName(cca2: string): string | undefined {
  return countryByCode.get(cca2);
}

// Well-known people, by the surname news copy uses alone. Used only when an article mentions
// the surname without ever giving the full name, so "Putin said" still maps to Vladimir Putin.
export const WELL_KNOWN_PEOPLE: Record<string, string> = {
  Putin: "Vladimir Putin", Zelensky: "Volodymyr Zelensky", Zelenskyy: "Volodymyr Zelensky", Biden: "Joe Biden",
  Trump: "Donald Trump", Obama: "Barack Obama", Xi: "Xi Jinping", Macron: "Emmanuel Macron", Scholz: "Olaf Scholz",
  Merz: "Friedrich Merz", Starmer: "Keir Starmer", Sunak: "Rishi Sunak", Meloni: "Giorgia Meloni", Modi: "Narendra Modi",
  Erdogan: "Recep Tayyip Erdogan", Erdoğan: "Recep Tayyip Erdogan", Netanyahu: "Benjamin Netanyahu", Lavrov: "Sergei Lavrov",
  Peskov: "Dmitry Peskov", Guterres: "Antonio Guterres", Lula: "Luiz Inacio Lula da Silva", Orban: "Viktor Orban",
  Orbán: "Viktor Orban", Kim: "Kim Jong Un", Rubio: "Marco Rubio", Vance: "JD Vance", Harris: "Kamala Harris",
  Blinken: "Antony Blinken", Stoltenberg: "Jens Stoltenberg", Rutte: "Mark Rutte", "von der Leyen": "Ursula von der Leyen",
  Musk: "Elon Musk", Khamenei: "Ali Khamenei", Assad: "Bashar al-Assad", Lukashenko: "Alexander Lukashenko",
  Navalny: "Alexei Navalny", Zuckerberg: "Mark Zuckerberg", Bezos: "Jeff Bezos", Witkoff: "Steve Witkoff",
};

/**
 * Offices of a few well-known leaders, with their years, for "President Joe Biden" written with
 * no country. The title must match: an article that calls him "President" was written (or is
 * about a time) when he held it. Checked against public record in 2025; extend with care.
 */
export const WELL_KNOWN_LEADERS: Record<string, Array<{ title: string; country: string; years: string }>> = {
  "Joe Biden": [{ title: "president", country: "United States", years: "2021–2025" }],
  "Donald Trump": [{ title: "president", country: "United States", years: "2017–2021, 2025–" }],
  "Barack Obama": [{ title: "president", country: "United States", years: "2009–2017" }],
  "Vladimir Putin": [{ title: "president", country: "Russia", years: "2000–2008, 2012–" }, { title: "prime minister", country: "Russia", years: "1999–2000, 2008–2012" }],
  "Volodymyr Zelensky": [{ title: "president", country: "Ukraine", years: "2019–" }],
  "Xi Jinping": [{ title: "president", country: "China", years: "2013–" }],
  "Emmanuel Macron": [{ title: "president", country: "France", years: "2017–" }],
  "Olaf Scholz": [{ title: "chancellor", country: "Germany", years: "2021–2025" }],
  "Friedrich Merz": [{ title: "chancellor", country: "Germany", years: "2025–" }],
  "Keir Starmer": [{ title: "prime minister", country: "United Kingdom", years: "2024–" }],
  "Rishi Sunak": [{ title: "prime minister", country: "United Kingdom", years: "2022–2024" }],
  "Giorgia Meloni": [{ title: "prime minister", country: "Italy", years: "2022–" }],
  "Narendra Modi": [{ title: "prime minister", country: "India", years: "2014–" }],
  "Recep Tayyip Erdogan": [{ title: "president", country: "Turkey", years: "2014–" }, { title: "prime minister", country: "Turkey", years: "2003–2014" }],
  "Benjamin Netanyahu": [{ title: "prime minister", country: "Israel", years: "1996–1999, 2009–2021, 2022–" }],
  "Luiz Inacio Lula da Silva": [{ title: "president", country: "Brazil", years: "2003–2010, 2023–" }],
  "Viktor Orban": [{ title: "prime minister", country: "Hungary", years: "1998–2002, 2010–" }],
  "Ali Khamenei": [{ title: "supreme leader", country: "Iran", years: "1989–" }],
  "Alexander Lukashenko": [{ title: "president", country: "Belarus", years: "1994–" }],
  "Bashar al-Assad": [{ title: "president", country: "Syria", years: "2000–2024" }],
};
