// Known actors: the Phoenix dictionaries of PETRARCH2 converted into data/known-actors.json
// (scripts/convert-phoenix.ts) and looked up by src/extract/known-actors.ts. The converter's rules
// are shown on small made-up dictionaries; the lookups run on the committed file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import worldCountries, { type Country } from "world-countries";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { countryName } from "../../../src/extract/gazetteer.ts";
import {
  agentSector,
  knownActorsSnapshot,
  knownCountry,
  knownNameKey,
  type KnownActor,
  lookupKnownName,
  longestKnownNameAt,
  rolesAt,
} from "../../../src/extract/known-actors.ts";

const PETRARCH = path.resolve(PROJECT_ROOT, "..", "shared", "lexicons", "petrarch2");
const DATA = path.join(PROJECT_ROOT, "src/extract/data/known-actors.json");
const convert = (...args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", "scripts/convert-phoenix.ts", ...args], { cwd: PROJECT_ROOT, stdio: "pipe", encoding: "utf8" });

type RoleRow = [string | null, string | null, string | null, string | null, string | null];
interface DataFile {
  sectors: Record<string, string>;
  codes: Record<string, [string, string]>;
  countries: Array<[string, string[], string[]]>;
  persons: Array<[string, string[], RoleRow[], Array<[string, string | null]>]>;
  organizations: Array<[string, string[], RoleRow[]]>;
  places: Array<[string, string[], string]>;
  agents: Record<string, string>;
}

describe("the committed known-actors.json", () => {
  it.skipIf(!fs.existsSync(PETRARCH))(
    "is what npm run data:actors writes from ../shared/lexicons/petrarch2 (skipped when that folder is absent)",
    () => {
      expect(() => convert("--check")).not.toThrow();
    },
    300_000,
  );

  it("is not checked, with a message saying why, when the dictionaries are absent", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "phoenix-none-"));
    expect(convert("--check", "--source", empty)).toMatch(/check skipped: .* does not hold the four Phoenix dictionaries/);
  }, 60_000);

  it("is compact: at most 3 MB", () => {
    expect(fs.statSync(DATA).size).toBeLessThanOrEqual(3_000_000);
  });

  it("gives every role a known sector, a readable date range, and a named place (a body too, where one has the code)", () => {
    const file = JSON.parse(fs.readFileSync(DATA, "utf8")) as DataFile;
    const iso3 = new Set((worldCountries as unknown as Country[]).map((c) => c.cca3));
    for (const [, , roles] of [...file.persons, ...file.organizations]) {
      for (const [code, sector, , from, to] of roles) {
        expect(file.sectors).toHaveProperty(sector!);
        for (const d of [from, to]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (from && to) expect(from <= to).toBe(true);
        // "IGOASABUS" (an Asian body for business) names a kind of body, not one.
        if (code && !code.startsWith("IGO")) expect(iso3.has(code) || code in file.codes, code).toBe(true);
      }
    }
    expect(file.codes.IGOWSTNAT).toEqual(["ORGANIZATION", "NATO"]);
  });
});

// A small dictionary in the TABARI/PETRARCH format, made up to show each rule once.
const COUNTRIES = `# made-up
FREEDONIA_ [KNT]
+FREDONIA_

RUSSIAN_FEDERATION_  [RUS]
+RUSSIA_
+RUSSIAN
+RUSHIA_
+MOSKVA_
IVAN_PETROV_  # CountryInfo.txt
+RUSSIAN_PRESIDENT_IVAN_PETROV
+PRESIDENT_PETROV_
+PETROV_ADMINISTRATION
\t[RUSELI 500101-991230]
\t[RUSGOV 991231-080507]
\t[RUSGOV >080508]
\t[RUSELI]
OLGA_SMIRNOVA_  # CountryInfo.txt
OLGA_V._SMIRNOVA
PRIME_MINISTER_SMIRNOVA
\t[RUSGOV 19291231-300101]
\t[RUSELI 310101-311231]
\t[RUSGOV 2004017-20061201]
\t[RUSGOV 20100229-20100301]
\t[RUSGOV 20120229-20120301]
\t[RUSGOV 100101-090101]
\t[RUSGOV <900101]
\t[RUSGOV 20121204]
GRANITE_BRIGADE
OMEGA_LIBERATION_FRONT
\t[SYRREB]

MINISTRY_OF_MAGIC_
+MAGIC_MINISTRY
\t[GBRGOV]
AMERICAN_VICE_PRESIDENT
+US_VICE_PRESIDENT
\t[USAGOV]
JAVIER_DE_LA_CRUZ_  # CountryInfo.txt
\t[ESPGOV 030101-041231]
SEAN_O'BRIEN_MCDONALD_  # CountryInfo.txt
\t[IRLGOV 030101-041231]
VALERIE_RICE_  # CountryInfo.txt
+RICE
\t[USAGOV 050126-090120]
PARK_SUN-HEE_  # CountryInfo.txt
\t[KORGOV >110101]
JEAN_MARTIN_  # CountryInfo.txt
\t[FRAGOV 030101-041231]
JEAN_PETIT_  # CountryInfo.txt
\t[FRAGOV 050101-061231]
`;
const INTERNATIONAL = `# made-up
THE_UNITED_NATIONS_ [IGOUNO]
UN_ [IGOUNO]
KOFI_BANANA_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
ACME_WIDGETS_INC_\t[MNCUSA]\t# Widgets\t$1,000,000
E._SLACK_\t[MNCUSA]\t# a spokesman
UN_ENVOY_\t[IGOUNO]
`;
const MILNONSTATE = `# made-up
RED_DAWN_ [FRAREB] #  kkl 21 Mar 13
+AURORE_ROUGE_
+JEAN_DUPONT_
`;
const AGENTS = `# made-up
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
POLICE!PERSON!  [~COP]
POLICE {} [~COP]
FARMER [~AGR]
ENVOY [~GOV]
CONGRESS!PERSON! [~LEG]
`;

describe("the converter, on a made-up dictionary", () => {
  let dir = "";
  let out: DataFile;
  const person = (name: string) => out.persons.find((p) => p[0] === name);
  const organisation = (name: string) => out.organizations.find((o) => o[0] === name);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "phoenix-made-up-"));
    fs.writeFileSync(path.join(dir, "Phoenix.Countries.actors.txt"), COUNTRIES);
    fs.writeFileSync(path.join(dir, "Phoenix.International.actors.txt"), INTERNATIONAL);
    fs.writeFileSync(path.join(dir, "Phoenix.MilNonState.actors.txt"), MILNONSTATE);
    fs.writeFileSync(path.join(dir, "Phoenix.agents.txt"), AGENTS);
    convert("--source", dir, "--out", path.join(dir, "out.json"));
    out = JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8")) as DataFile;
  }, 120_000);

  it("reads YYMMDD and YYYYMMDD dates, a two-digit year up to 30 as 20YY and from 31 as 19YY", () => {
    const roles = person("Olga Smirnova")![2];
    expect(roles).toContainEqual(["RUS", "GOV", null, "1929-12-31", "2030-01-01"]);
    expect(roles).toContainEqual(["RUS", "ELI", null, "1931-01-01", "1931-12-31"]);
    expect(person("Ivan Petrov")![2]).toContainEqual(["RUS", "GOV", null, "1999-12-31", "2008-05-07"]);
  });

  it("reads <D as until D and >D as from D", () => {
    expect(person("Olga Smirnova")![2]).toContainEqual(["RUS", "GOV", null, null, "1990-01-01"]);
    expect(person("Ivan Petrov")![2]).toContainEqual(["RUS", "GOV", null, "2008-05-08", null]);
  });

  it("drops a role whose dates it cannot read: seven digits, 29 February of a common year, a bare date, a start after the end", () => {
    const roles = person("Olga Smirnova")![2];
    expect(roles).toContainEqual(["RUS", "GOV", null, "2012-02-29", "2012-03-01"]);
    expect(roles).toHaveLength(4);
  });

  it("reads unprefixed lines under a code-less head as its variants when they share a name word", () => {
    expect(person("Olga Smirnova")![1]).toEqual(expect.arrayContaining(["Olga V. Smirnova", "Smirnova"]));
    expect(out.persons.filter((p) => p[0].includes("Smirnova"))).toHaveLength(1);
  });

  it("reads unprefixed lines with no name word in common as records of their own sharing the codes below", () => {
    expect(organisation("Granite Brigade")![2]).toEqual([["SYR", "REB", null, null, null]]);
    expect(organisation("Omega Liberation Front")![2]).toEqual([["SYR", "REB", null, null, null]]);
  });

  it("takes titles and a nationality off a person's variants into hints, and drops a variant naming an administration", () => {
    const [, variants, , titles] = person("Ivan Petrov")!;
    expect(variants).toEqual(["Petrov"]);
    expect(titles).toEqual(expect.arrayContaining([["president", "RUS"], ["president", null]]));
    expect(person("Olga Smirnova")![3]).toEqual([["prime minister", null]]);
  });

  it("tells persons from organisations by the CountryInfo mark, organisation words, initials and the file", () => {
    expect(person("Javier de la Cruz")).toBeDefined();
    expect(organisation("Ministry of Magic")![1]).toEqual(["Magic Ministry"]);
    expect(organisation("Acme Widgets Inc")).toBeDefined();
    expect(person("E. Slack")![2]).toEqual([["USA", "MNC", null, null, null]]);
    expect(organisation("Red Dawn")![1]).toEqual(["Aurore Rouge"]);
  });

  it("makes a person of a name listed under an armed group, with the group's codes", () => {
    expect(person("Jean Dupont")![2]).toEqual([["FRA", "REB", null, null, null]]);
  });

  it("gives an intergovernmental role its body and merges an acronym with its full name", () => {
    expect(person("Kofi Banana")![2]).toEqual(expect.arrayContaining([["IGOUNO", "IGO", null, "1997-01-01", "2006-12-31"]]));
    expect(organisation("United Nations")![1]).toEqual(["UN"]);
    expect(organisation("UN")).toBeUndefined();
    expect(out.codes.IGOUNO).toEqual(["ORGANIZATION", "United Nations"]);
  });

  it("drops the fictional Kinakuta, generic offices and generic agents", () => {
    const names = [...out.persons, ...out.organizations].map((a) => a[0]);
    expect(names.some((n) => /Freedonia|Fredonia|Vice President|Envoy/i.test(n))).toBe(false);
    expect(out.countries.map((c) => c[0])).toEqual(["RUS"]);
  });

  it("writes names readably: particles in lower case, Mc and O', initials dotted, Korean given names", () => {
    expect(person("Javier de la Cruz")).toBeDefined();
    expect(person("Sean O'Brien McDonald")).toBeDefined();
    expect(person("Olga Smirnova")![1]).toContain("Olga V. Smirnova");
    expect(person("Park Sun-hee")).toBeDefined();
  });

  it("keeps a one-word variant that is an ordinary English word, marked ambiguous", () => {
    expect(person("Valerie Rice")![1]).toEqual(["~Rice"]);
  });

  it("splits a country's record into its names (misspellings too), its demonyms and the places in it", () => {
    expect(out.countries).toEqual([["RUS", expect.arrayContaining(["Russian Federation", "Russia", "Rushia"]), ["Russian"]]]);
    expect(out.places).toEqual([["Moskva", [], "RUS"]]);
  });

  it("expands the agents' substitution sets and regular plurals, and leaves out a plural the braces forbid", () => {
    expect(out.agents).toMatchObject({ policeman: "COP", policewomen: "COP", police: "COP", farmer: "AGR", farmers: "AGR", congressmen: "LEG" });
    expect(out.agents).not.toHaveProperty("polices");
  });

  it("writes the same bytes again from the same dictionaries", () => {
    expect(() => convert("--check", "--source", dir, "--out", path.join(dir, "out.json"))).not.toThrow();
  }, 120_000);
});

describe("looking up a known name", () => {
  it("finds Vladimir Putin by his full name and by his surname, whatever the case", () => {
    for (const words of [["Vladimir", "Putin"], ["Putin"], ["PUTIN"], ["Vladimir", "V.", "Putin"]]) {
      const [match, ...others] = lookupKnownName(words);
      expect(match?.actor.name).toBe("Vladimir Putin");
      expect(match?.actor.kind).toBe("PERSON");
      expect(others).toEqual([]);
    }
  });

  it("reads diacritics, dots and hyphens away: Erdoğan, U.N., Ki-moon", () => {
    expect(lookupKnownName(["Erdoğan"])[0]?.actor.name).toBe("Recep Tayyip Erdogan");
    expect(lookupKnownName(["U.N."])[0]?.actor.name).toBe("United Nations");
    expect(lookupKnownName(["Ban", "Ki-moon"])[0]?.actor.name).toBe("Ban Ki-moon");
    expect(lookupKnownName(["Ban", "Ki", "Moon"])[0]?.actor.name).toBe("Ban Ki-moon");
    expect(knownNameKey(["Bashar", "al-Assad"])).toBe(knownNameKey(["Bashar", "al", "Assad"]));
  });

  it("returns every person a bare surname names, each marked ambiguous (Bush)", () => {
    const matches = lookupKnownName(["Bush"]);
    expect(matches.map((m) => m.actor.name)).toEqual(expect.arrayContaining(["George W. Bush", "George Bush"]));
    expect(matches.every((m) => m.ambiguous)).toBe(true);
  });

  it("marks a name that is an ordinary English word as ambiguous even when one actor has it (Rice)", () => {
    const [match] = lookupKnownName(["Rice"]);
    expect(match?.actor.name).toBe("Condoleezza Rice");
    expect(match?.ambiguous).toBe(true);
  });

  it("tells organisations, countries, places and demonyms apart", () => {
    expect(lookupKnownName(["Hezbollah"])[0]?.actor.kind).toBe("ORGANIZATION");
    const kabul = lookupKnownName(["Kabul"])[0]!;
    expect([kabul.actor.kind, kabul.actor.sort, kabul.actor.country]).toEqual(["PLACE", "place", "AFG"]);
    const afghan = lookupKnownName(["Afghan"])[0]!;
    expect([afghan.actor.name, afghan.actor.sort, afghan.demonym]).toEqual(["Afghanistan", "country", true]);
  });

  it("names every country as the gazetteer does", () => {
    for (const c of worldCountries as unknown as Country[]) {
      const known = knownCountry(c.cca3);
      if (known) expect(known.name, c.cca3).toBe(countryName(c.cca2));
    }
    expect(knownCountry("SUN")?.name).toBe("Soviet Union");
    expect(lookupKnownName(["Ivory", "Coast"])[0]?.actor).toBe(knownCountry("CIV"));
  });

  it("finds the longest known name at a position, and nothing where none starts", () => {
    const words = ["Russian", "President", "Vladimir", "Putin", "met", "U.N.", "Secretary-General", "Ban", "Ki-moon", "in", "Kabul", "."];
    const at = (i: number) => {
      const hit = longestKnownNameAt(words, i);
      return hit && [words.slice(i, i + hit.length).join(" "), hit.matches[0]!.actor.name];
    };
    expect(at(2)).toEqual(["Vladimir Putin", "Vladimir Putin"]);
    expect(at(3)).toEqual(["Putin", "Vladimir Putin"]);
    expect(at(5)).toEqual(["U.N.", "United Nations"]);
    expect(at(7)).toEqual(["Ban Ki-moon", "Ban Ki-moon"]);
    expect(at(4)).toBeNull();
    expect(at(11)).toBeNull();
    expect(longestKnownNameAt([], 0)).toBeNull();
  });

  it("does bounded work at every position, even in a long run of words that start many names", () => {
    const words = Array.from({ length: 20_000 }, (_, i) => ["al", "United", "Abu", "Islamic"][i % 4]!);
    // Count the words it reads: bounded work means a bounded number of reads per position,
    // however long the run (a scan to the end of the run would read about 10,000 per position).
    let reads = 0;
    let most = 0;
    const counted = new Proxy(words, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (let i = 0; i < words.length; i++) {
      const before = reads;
      longestKnownNameAt(counted, i);
      most = Math.max(most, reads - before);
    }
    expect(most, "words read at one position").toBeLessThanOrEqual(32);
    expect(most, "words read at one position").toBeGreaterThan(1);
  });
});

describe("the roles a known actor holds at a publication date", () => {
  // Made up: a government role with both ends, an undated elite role, an open end, an open start.
  const actor: KnownActor = {
    id: "test",
    kind: "PERSON",
    sort: "person",
    name: "Test Person",
    variants: [],
    titles: [],
    country: null,
    roles: [
      { code: "RUS", sector: "GOV", sub: null, from: "2000-01-01", to: "2004-12-31" },
      { code: "RUS", sector: "ELI", sub: null, from: null, to: null },
      { code: "FRA", sector: "GOV", sub: "MIL", from: "2010-01-01", to: null },
      { code: "IGOUNO", sector: "IGO", sub: null, from: null, to: "1999-12-31" },
    ],
  };
  const held = (date: string | null, options?: { trustOpenEnds?: boolean }) =>
    rolesAt(actor, date, options).map((r) => `${r.sector}${r.sub ? `/${r.sub}` : ""} ${r.heldIn?.name}`);

  it("returns a role whose range holds the date, limits included, with the country as the gazetteer names it", () => {
    expect(held("2000-01-01")).toEqual(["GOV Russia"]);
    expect(held("2004-12-31")).toEqual(["GOV Russia"]);
    expect(rolesAt(actor, "2003-05-01")[0]).toMatchObject({ sectorMeaning: "government", heldIn: { kind: "PLACE", code: "RUS", name: "Russia" } });
  });

  it("returns no role dated outside the date, and never an undated one", () => {
    expect(held("2005-01-01")).toEqual([]);
    expect(held("1850-01-01")).toEqual(["IGO United Nations"]);
  });

  it("returns nothing without a readable publication date", () => {
    expect(held(null)).toEqual([]);
    expect(held("last Tuesday")).toEqual([]);
  });

  it("reads a timestamp as its day", () => {
    expect(held("2003-05-01T23:10:00Z")).toEqual(["GOV Russia"]);
  });

  it("holds an open-ended role up to the dictionaries' snapshot, and after it only when asked to", () => {
    expect(knownActorsSnapshot()).toBe("2015-02-17");
    expect(held("2012-06-01")).toEqual(["GOV/MIL France"]);
    expect(held("2019-11-18")).toEqual([]);
    expect(held("2019-11-18", { trustOpenEnds: true })).toEqual(["GOV/MIL France"]);
    expect(rolesAt(actor, "2012-06-01")[0]?.openEnded).toBe(true);
  });

  const real = (name: string) => lookupKnownName(name.split(" ")).find((m) => m.actor.name === name)!.actor;

  it("finds Vladimir Putin an elite before 1999 and in the Russian government in 2000", () => {
    expect(rolesAt(real("Vladimir Putin"), "1995-06-01").map((r) => [r.sector, r.heldIn?.name])).toEqual([["ELI", "Russia"]]);
    expect(rolesAt(real("Vladimir Putin"), "2000-01-01").map((r) => [r.sector, r.heldIn?.name])).toEqual([["GOV", "Russia"]]);
  });

  it("finds no role for Mohammad Zahir Shah after the dictionary's last date for him, and a government one while he reigned", () => {
    const king = real("Mohammad Zahir Shah");
    expect(rolesAt(king, "2010-01-01")).toEqual([]);
    expect(rolesAt(king, "1950-01-01").map((r) => r.sector)).toEqual(["GOV"]);
  });

  it("finds Boris Yeltsin no longer in government in 2005, and Kofi Annan at the United Nations in 2000", () => {
    expect(rolesAt(real("Boris Yeltsin"), "2005-01-01").map((r) => r.sector)).toEqual(["ELI"]);
    expect(rolesAt(real("Kofi Annan"), "2000-01-01")[0]?.heldIn).toEqual({ kind: "ORGANIZATION", code: "IGOUNO", name: "United Nations" });
  });
});

describe("the sector of a generic agent noun", () => {
  it("reads singular and plural forms, and phrases", () => {
    expect(agentSector("police")).toEqual({ code: "COP", sector: "COP", meaning: "police" });
    expect(agentSector("policemen")?.sector).toBe("COP");
    expect(agentSector("Farmers")?.sector).toBe("AGR");
    expect(agentSector("foreign minister")?.sector).toBe("GOV");
  });

  it("knows no sector for a word the dictionary does not list", () => {
    expect(agentSector("quantum")).toBeNull();
  });
});
