// Conventions shared by news outlets, one fact per test: datelines, bylines and credits, forms
// of address, short forms defined in brackets, past titles, appositions, company legal forms,
// teams, names with particles, lists, relative dates — and the capitalised words that are not
// names (sentence openers, weekdays, headline words, bare institutions).
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/extract/dates.ts";
import { extractArticle } from "../../../src/extract/index.ts";

const doc = (text: string, publishedAt?: string) => extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) });
const ids = (text: string) => doc(text).entities.map((e) => e.id).sort();
const rels = (text: string) => doc(text).relationships.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
// Former posts are relationships marked former (the contract's `former`), not current ones.
const tensed = (text: string) => doc(text).relationships.map((r) => `${r.type} ${r.sourceId} ${r.targetId}${r.former ? " (former)" : ""}`);
const entity = (text: string, id: string) => doc(text).entities.find((e) => e.id === id);
const dateOf = (text: string, publishedAt = "2025-03-07") => findDates(text, 0, publishedAt).map((d) => [d.text, d.date]);

describe("datelines, bylines and credits", () => {
  it("reads an AP dateline as a city, its country and the agency", () => {
    expect(ids("KYIV, Ukraine (AP) — Officials said the talks would resume.")).toEqual([
      "organization:associated-press",
      "place:kyiv",
      "place:ukraine",
    ]);
  });
  it("reads a Reuters dateline with its date without making the month a name", () => {
    expect(ids("LONDON, March 3 (Reuters) - Britain's economy grew faster than expected.")).toEqual([
      "organization:reuters",
      "place:london",
      "place:united-kingdom",
    ]);
  });
  it("parses the words after a dated Reuters dateline as the story, its first name the subject", () => {
    const e = doc("STOCKHOLM, March 3 (Reuters) - Redline Freight said it had agreed to buy Acme Robotics.").events.find((x) => x.type === "AGREEMENT");
    expect(e?.participants).toContainEqual({ entityId: "organization:redline-freight", role: "agent" });
    expect(e?.placeId).toBe("place:stockholm");
  });
  it("finds the people of a byline, although the line has no full stop", () => {
    expect(ids("By Maria Lopez and John Smith\n\nThe talks resumed on Monday.")).toEqual(["person:john-smith", "person:maria-lopez"]);
  });
  it("names an all-caps byline in ordinary case", () => {
    expect(entity("By MARIA LOPEZ\n\nThe talks resumed on Monday.", "person:maria-lopez")?.name).toBe("Maria Lopez");
  });
  it("finds the photographer of a photo credit", () => {
    expect(ids("The minister arrives in Brussels. (AP Photo/Lena Brandt)")).toContain("person:lena-brandt");
  });
  it("names the agency of a photo credit without the credit word", () => {
    const found = ids("The minister arrives in Brussels. (AP Photo/Lena Brandt)");
    expect(found).toContain("organization:associated-press");
    expect(found).not.toContain("organization:ap-photo");
  });
});

describe("forms of address and titles", () => {
  it("resolves 'Mr. Zelensky' to the full name and keeps 'Mr' out of his roles", () => {
    const e = entity("Mr. Zelensky met the envoy in Kyiv.", "person:volodymyr-zelensky");
    expect(e?.aliases).toContain("Zelensky");
    expect(e?.roles ?? []).toEqual([]);
  });
  it("writes abbreviated titles in full: 'Sen. Elizabeth Warren' is a Senator", () => {
    expect(entity("Sen. Elizabeth Warren spoke.", "person:elizabeth-warren")?.roles).toEqual([{ title: "Senator" }]);
  });
  it("reads a lowercase title in an apposition: 'Antony Blinken, the secretary of state,'", () => {
    expect(entity("Antony Blinken, the secretary of state, met the envoy.", "person:antony-blinken")?.roles).toEqual([{ title: "Secretary of State" }]);
  });
  it("reads a capitalised title after its organisation: 'The United Nations Secretary-General, António Guterres,'", () => {
    expect(rels("The United Nations Secretary-General, António Guterres, urged calm.")).toContain("LEADER_OF person:antonio-guterres organization:united-nations");
  });
  it("reads a role behind a form of address: 'Ms. Kallas, the European Union's foreign policy chief'", () => {
    expect(rels("Ms. Kallas, the European Union's foreign policy chief, said. Kaja Kallas later left.")).toContain(
      "MEMBER_OF person:kaja-kallas organization:european-union",
    );
  });
  it("gives a former head of government her post only as a former one, and keeps the citizenship", () => {
    const r = tensed("Former German Chancellor Angela Merkel spoke in Berlin.");
    expect(r.filter((x) => x.startsWith("LEADER_OF"))).toEqual(["LEADER_OF person:angela-merkel place:germany (former)"]);
    expect(r).toContain("CITIZEN_OF person:angela-merkel place:germany");
  });
  it("reads a past title as past wherever the parse hangs 'Former'", () => {
    const r = tensed("Former Greek Prime Minister Petra Young, who wrote a report last year, urged the leaders to act.");
    expect(r.filter((x) => x.startsWith("LEADER_OF"))).toEqual(["LEADER_OF person:petra-young place:greece (former)"]);
  });
  it("reads 'Ex-Prime Minister' as a past title", () => {
    expect(entity("Ex-Prime Minister Boris Johnson criticised the plan.", "person:boris-johnson")?.roles).toEqual([{ title: "Former Prime Minister" }]);
  });
  it("reads a past title in an apposition: 'X, a former Belgian sports minister,'", () => {
    const r = tensed("Pieter van der Berg, a former Belgian sports minister, said the club had shown patience.");
    expect(r.sort()).toEqual(["CITIZEN_OF person:pieter-van-der-berg place:belgium", "MEMBER_OF person:pieter-van-der-berg place:belgium (former)"]);
  });
});

describe("short forms defined in brackets", () => {
  it("makes 'the Federal Reserve (Fed)' and a later 'Fed' one entity", () => {
    const d = doc("The Federal Reserve (Fed) held rates steady. Fed officials said inflation had eased.");
    expect(d.entities.map((e) => e.id)).toEqual(["organization:federal-reserve"]);
    expect(d.entities[0]!.mentions.map((m) => m.text)).toEqual(["Federal Reserve", "Fed", "Fed"]);
  });
  it("lets the article's own definition win over the gazetteer: ICC the cricket council", () => {
    expect(ids("The International Cricket Council (ICC) fined the team. The ICC said the ban would stand.")).toEqual([
      "organization:international-cricket-council",
    ]);
  });
  it("does not make the agency of a dateline a party to the event that follows the dash", () => {
    const e = doc("JERUSALEM (AP) — Israel and Hamas agreed on Thursday to a ceasefire.").events.find((x) => x.type === "AGREEMENT");
    expect(e?.participants.map((p) => p.entityId)).not.toContain("organization:associated-press");
  });
  it("does not read '(AP)' after a dateline as a short form of the place", () => {
    expect(entity("KYIV, Ukraine (AP) — Officials spoke.", "place:ukraine")?.aliases).not.toContain("AP");
  });
});

describe("organisations", () => {
  it("leaves legal forms out of the canonical name: 'Apple Inc.' and 'Apple' are one node", () => {
    expect(ids("Apple Inc. reported strong sales. Apple said orders were high.")).toEqual(["organization:apple"]);
  });
  it("reads 'Siemens AG' and 'Nestlé SA' as companies", () => {
    expect(ids("Siemens AG and Nestlé SA signed a supply deal.")).toEqual(["organization:nestle", "organization:siemens"]);
  });
  it("reads teams named after their city as organisations, not places", () => {
    expect(ids("The Boston Celtics beat the Chicago Bulls on Sunday.")).toEqual(["organization:boston-celtics", "organization:chicago-bulls"]);
  });
  it("does not make a continent of 'European' in an agency's name", () => {
    expect(ids("The European Space Agency launched a probe.")).toEqual(["organization:european-space-agency"]);
  });
  it("reads a name after 'the state weather agency' as an organisation", () => {
    expect(ids("In Spain, the state weather agency AEMET issued red alerts.")).toContain("organization:aemet");
  });
  it("reads 'Shares of Tui fell' as a company, and 'Shares of Northwind' as the Northwind Logistics named before", () => {
    expect(ids("Shares of Tui fell 4% in Frankfurt.")).toContain("organization:tui");
    expect(ids("Northwind Logistics lost the case. Shares of Northwind fell.")).toEqual(["organization:northwind-logistics"]);
  });
  it("reads an organisation before a title as the one the title is held in: 'The White House press secretary, Karoline Leavitt,'", () => {
    expect(rels("The White House press secretary, Karoline Leavitt, called the decision unfair.")).toContain(
      "MEMBER_OF person:karoline-leavitt organization:white-house",
    );
  });
  it("accepts dotted short forms in brackets: 'the National Institutes of Health (N.I.H.)'", () => {
    expect(entity("The National Institutes of Health (N.I.H.) did not respond. The N.I.H. later agreed.", "organization:national-institutes-of-health")?.mentions.length).toBe(3);
  });
  it("reads an unknown word listed with a company as a company: 'Microsoft and Zentrix'", () => {
    expect(ids("Microsoft and Zentrix signed a cloud deal.")).toEqual(["organization:microsoft", "organization:zentrix"]);
  });
  it("keeps a known person listed with a company a person: 'Macron and Google'", () => {
    expect(ids("Macron and Google discussed taxes.")).toEqual(["organization:google", "person:emmanuel-macron"]);
  });
  it("reads 'Santa Clara' and 'Fort Worth' as places, not people", () => {
    expect(ids("The company moved from Santa Clara to Fort Worth.")).toEqual(["place:fort-worth", "place:santa-clara"]);
  });
  it("places a company 'based in' a city", () => {
    expect(rels("Brandt Biotech, a vaccine developer based in Munich, was sold.")).toContain("LOCATED_IN organization:brandt-biotech place:munich");
  });
});

describe("people's names", () => {
  it("keeps hyphenated names and surname particles whole", () => {
    expect(ids("Jean-Luc Mélenchon met Ursula von der Leyen, Mohammed bin Salman and Abdel Fattah al-Sisi.")).toEqual([
      "person:abdel-fattah-al-sisi",
      "person:jean-luc-melenchon",
      "person:mohammed-bin-salman",
      "person:ursula-von-der-leyen",
    ]);
  });
  it("reads a city's name followed by a surname as a person: Alexandria Ocasio-Cortez", () => {
    expect(ids("Alexandria Ocasio-Cortez spoke.")).toEqual(["person:alexandria-ocasio-cortez"]);
  });
  it("keeps a long Arabic name with its particles whole: 'Sheikh Mohammed bin Abdulrahman Al Thani'", () => {
    expect(ids("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.")).toContain("person:mohammed-bin-abdulrahman-al-thani");
  });
  it("reads 'the Egyptian resort of Sharm el-Sheikh' as a place", () => {
    expect(ids("Talks were held in the Egyptian resort of Sharm el-Sheikh.")).toContain("place:sharm-el-sheikh");
  });
  it("finds every person of a list joined by commas and 'and'", () => {
    expect(ids("Maria Rodriguez, Tom Chen and Aisha Bello were named to the board.")).toEqual([
      "person:aisha-bello",
      "person:maria-rodriguez",
      "person:tom-chen",
    ]);
  });
});

describe("what is not a name", () => {
  it("ignores bare institutions and sentence-opening words", () => {
    expect(ids("Government officials met on Monday. Parliament voted. The Ministry declined to comment. However, Officials said.")).toEqual([]);
  });
  it("ignores weekdays and months that open a sentence", () => {
    expect(ids("Tuesday was busy. March came early. Despite the rain, Protesters gathered.")).toEqual([]);
  });
  it("keeps only known names in a Title Case headline", () => {
    expect(ids("Storm Batters Coast, Leaving Thousands Without Power\n\nResidents in Florida were told to leave.")).toEqual(["place:florida"]);
  });
  it("does not take 'the market's demand' for a demand: only Apple's statement is an event", () => {
    const events = doc("Apple said demand was high.").events;
    expect(events.map((e) => e.type)).toEqual(["COMMUNICATION"]);
    expect(events[0]!.participants).toEqual([{ entityId: "organization:apple", role: "agent" }]);
  });
  it("does not take words for arms: 'Mr. Trump attacked elite universities' is a rejection, not an attack", () => {
    const events = doc("Mr. Trump has repeatedly attacked elite universities.").events;
    expect(events.map((e) => e.type)).toEqual(["REJECTION"]);
    expect(events[0]!.participants).toEqual([{ entityId: "person:donald-trump", role: "agent" }]);
  });
  it("does not take a struggle to do something for fighting", () => {
    expect(doc("Redline Freight struggled to win new customers.").events.map((e) => e.type)).not.toContain("MILITARY_ACTION");
  });
  it("still reads an attack by one state on another", () => {
    expect(doc("Russia attacked Ukraine in February 2022.").events.map((e) => e.type)).toEqual(["MILITARY_ACTION"]);
  });
  it("does not take a stock-market rally for a protest", () => {
    expect(doc("The rally comes despite U.S. export curbs, Reuters reported.").events.map((e) => e.type)).not.toContain("PROTEST");
  });
  it("does not take a vaccine trial for a court trial", () => {
    expect(doc("Researchers at Oxford University said the vaccine trial had ended.").events.map((e) => e.type)).not.toContain("LEGAL_ACTION");
  });
});

describe("relative dates, resolved against the publication date (Friday 7 March 2025)", () => {
  it("resolves a weekday to the most recent one", () => {
    expect(dateOf("on Tuesday")).toEqual([["Tuesday", "2025-03-04"]]);
  });
  it("reads a weekday's tense in its own clause: Sunday is past after 'after' even when the sentence says 'will'", () => {
    expect(dateOf("Voters will return to the polls next month after no candidate won on Sunday")).toEqual([
      ["next month", "2025-04"],
      ["Sunday", "2025-03-02"],
    ]);
  });
  it("resolves a weekday after 'will' to the coming one", () => {
    expect(dateOf("The party leadership will meet on Wednesday")).toEqual([["Wednesday", "2025-03-12"]]);
  });
  it("resolves British day-month order without a year", () => {
    expect(dateOf("on 3 March")).toEqual([["3 March", "2025-03-03"]]);
  });
  it("resolves 'two days ago' to a day and 'three weeks ago' to a month", () => {
    expect(dateOf("two days ago and three weeks ago")).toEqual([
      ["two days ago", "2025-03-05"],
      ["three weeks ago", "2025-02"],
    ]);
  });
  it("resolves 'earlier this month', 'last week' and 'in March'", () => {
    expect(dateOf("earlier this month; last week; in March")).toEqual([
      ["this month", "2025-03"],
      ["last week", "2025-02"],
      ["March", "2025-03"],
    ]);
  });
  it("keeps only the month of an impossible day and ignores an impossible publication date", () => {
    expect(dateOf("on 31 February")).toEqual([["31 February", "2025-02"]]);
    expect(dateOf("on Tuesday", "2025-13-45")).toEqual([["Tuesday", null]]);
  });
});
