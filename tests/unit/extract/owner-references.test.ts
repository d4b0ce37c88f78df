// Owners named by reference rather than by name: "Its president, …" is the president of the
// organisation the previous sentence is about; "the bloc's foreign policy chief" works for the
// European Union; "the company's founder" for the company last named. A second role joined by
// "and" counts too, but a past one gives no office.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const extract = (text: string) => extractArticle({ text });
const has = (text: string, type: string, a: string, b: string) =>
  extract(text).relationships.some((r) => r.type === type && r.sourceId === a && r.targetId === b);

describe("roles whose owner is a reference to an organisation named earlier", () => {
  it("makes 'Its president' the leader of the organisation the previous sentence is about", () => {
    const text = "Harvard University rejected the demands on Monday. Its president, Alan Garber, said the school would not yield.";
    expect(has(text, "LEADER_OF", "person:alan-garber", "organization:harvard-university")).toBe(true);
  });
  it("makes 'the bloc's foreign policy chief' a member of the European Union", () => {
    const text = "European Union ministers met in Brussels. Ms. Kallas, the bloc's foreign policy chief, told reporters the talks were useful.";
    expect(has(text, "MEMBER_OF", "person:kallas", "organization:european-union")).toBe(true);
    // A chief of a field is no head of the whole bloc.
    expect(has(text, "LEADER_OF", "person:kallas", "organization:european-union")).toBe(false);
  });
  it("reads 'the bloc' as a bloc, not the agency of a photo credit named since", () => {
    const text = "European Union ministers met in Brussels. (AP Photo/Lena Brandt) Ms. Kallas, the bloc's foreign policy chief, told reporters the talks were useful.";
    expect(has(text, "MEMBER_OF", "person:kallas", "organization:european-union")).toBe(true);
    expect(extract(text).relationships.filter((r) => r.sourceId === "person:kallas").map((r) => r.targetId)).toEqual(["organization:european-union"]);
  });
  it("makes 'the bloc's trade chief, Maros Sefcovic' a member of the European Union when named before", () => {
    const text = "The European Union threatened tariffs. The bloc's trade chief, Maros Sefcovic, will travel to Washington.";
    expect(has(text, "MEMBER_OF", "person:maros-sefcovic", "organization:european-union")).toBe(true);
  });
  it("gives 'the bloc' no owner when the European Union is not named", () => {
    const doc = extract("Ministers met in Brussels. The bloc's trade chief, Maros Sefcovic, will travel to Washington.");
    expect(doc.relationships.filter((r) => r.sourceId === "person:maros-sefcovic")).toEqual([]);
  });
  it("makes 'the company's founder' the leader of the company last named", () => {
    const text = "Redline Freight said it was reviewing its options. The company's founder, Samuel Ortega, declined to comment.";
    expect(has(text, "LEADER_OF", "person:samuel-ortega", "organization:redline-freight")).toBe(true);
  });
  it("does not read 'the bank's' as any organisation that is not a bank", () => {
    const doc = extract("Acme Robotics borrowed heavily. The bank's chief economist, Maria Lopez, said rates would fall.");
    expect(doc.relationships.some((r) => r.sourceId === "person:maria-lopez" && r.targetId === "organization:acme-robotics")).toBe(false);
  });
  it("reads 'the bank's' as a bank named before", () => {
    const text = "Nordic Bank raised its forecast. The bank's chief economist, Maria Lopez, said rates would fall.";
    expect(has(text, "MEMBER_OF", "person:maria-lopez", "organization:nordic-bank")).toBe(true);
  });
  it("reads the owner past a field word: 'the EU's competition commissioner, Margrethe Vestager'", () => {
    const text = "Pichai travelled to Brussels to meet the EU's competition commissioner, Margrethe Vestager.";
    expect(has(text, "MEMBER_OF", "person:margrethe-vestager", "organization:european-union")).toBe(true);
  });
});

describe("two roles in one apposition", () => {
  const text = "Mark Rutte, the secretary general of NATO and a former Dutch prime minister, joined the leaders for dinner.";
  it("makes him leader of NATO", () => {
    expect(has(text, "LEADER_OF", "person:mark-rutte", "organization:nato")).toBe(true);
  });
  it("makes the former prime minister a citizen of the Netherlands, and its leader only in the past", () => {
    expect(has(text, "CITIZEN_OF", "person:mark-rutte", "place:netherlands")).toBe(true);
    const led = extract(text).relationships.filter((r) => r.type === "LEADER_OF" && r.sourceId === "person:mark-rutte" && r.targetId === "place:netherlands");
    expect(led.map((r) => r.former)).toEqual([true]);
  });
  it("keeps the country of his second role out of what he does", () => {
    const meeting = extract(text).events.find((e) => e.type === "MEETING");
    expect(meeting?.participants).toEqual([{ entityId: "person:mark-rutte", role: "agent" }]);
  });
  it("makes a current second role an office: 'chief executive of Acme Robotics and a Swedish senator'", () => {
    const t = "Maria Lopez, the chief executive of Acme Robotics and a Swedish senator, spoke first.";
    expect(has(t, "MEMBER_OF", "person:maria-lopez", "place:sweden")).toBe(true);
  });
});

describe("descriptions of several people", () => {
  it("does not read 'the doctors' as the one doctor named before", () => {
    const doc = extract("Olga Horvath, a doctor, treated patients in Lima. The doctors said the camp was full.");
    expect(doc.events.some((e) => e.participants.some((p) => p.entityId === "person:olga-horvath" && p.role === "agent" && e.type === "COMMUNICATION"))).toBe(false);
  });
});
