// Rule nestedOwners: an organisation's name that begins with the name of another entity of the
// article names that entity too, and is part of it — "Disney Channel" (Disney), "the DHS Office of
// Inspector General" (DHS), and a public body named for its city or state: "Fort Worth Police
// Department", "California Public Utilities Commission". The inner name becomes a mention of its
// entity (so the sentence names both ends) and the outer mention remembers it as its owner, as the
// mention stage already does for "Russian Defence Ministry". A football club named for its city
// ("Manchester United") is no part of the city: a place owns only public bodies. An institution
// named "… of <a place>" is located there.
import type { RawMention } from "./entities.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import { LEGAL_FORM_WORDS } from "./titles.ts";

export const PUBLIC_BODY_WORDS = new Set(
  "police department commission council office court authority agency board assembly legislature government ministry sheriff services service fire".split(" "),
);
// One word after the name that only says what sort of body the name is, or its legal form: the
// same organisation written longer ("Sports Entertainment Enterprises", "Homeland Security
// Department", "Disney Co."), not a part of it.
const SAME_BODY_WORDS = new Set([...LEGAL_FORM_WORDS, ..."worldwide global partners ventures department ministry agency party".split(" ")]);

export function nestedOwners(resolution: Resolution): void {
  // Every name (not description) of the article's organisations and places, longest first.
  const names: Array<{ text: string; entity: ResolvedEntity }> = [];
  for (const e of resolution.entities) {
    if (e.kind === "PERSON") continue;
    const seen = new Set<string>();
    for (const m of e.mentions) {
      if (m.descriptive || m.demonym || seen.has(m.text)) continue;
      seen.add(m.text);
      names.push({ text: m.text, entity: e });
    }
  }
  names.sort((a, b) => b.text.length - a.text.length);
  const added: Array<[RawMention, ResolvedEntity]> = [];
  for (const [m, outer] of resolution.byMention) {
    if (outer.kind !== "ORGANIZATION" || m.partOf || m.descriptive) continue;
    for (const { text, entity: inner } of names) {
      if (inner === outer || text.length >= m.text.length || !m.text.startsWith(`${text} `)) continue;
      const rest = m.text.slice(text.length + 1).toLowerCase().split(/\s+/);
      if (rest.length === 1 && SAME_BODY_WORDS.has(rest[0]!)) break;
      if (inner.kind === "PLACE" && !rest.some((w) => PUBLIC_BODY_WORDS.has(w.replace(/['’]s$/, "")))) break;
      const words = text.split(/\s+/).length;
      const nested: RawMention = {
        start: m.start,
        end: m.start + text.length,
        text,
        sentence: m.sentence,
        firstToken: m.firstToken,
        lastToken: m.firstToken + words - 1,
        kind: inner.kind,
        possessive: false,
      };
      m.partOf = nested;
      added.push([nested, inner]);
      break;
    }
  }
  // "the Diplomatic Academy of Vietnam", "the University of Texas": an institution named for the
  // place it is in.
  for (const [m, outer] of resolution.byMention) {
    if (outer.kind !== "ORGANIZATION" || m.placeOf || m.descriptive) continue;
    for (const { text, entity: inner } of names) {
      if (inner === outer || inner.kind !== "PLACE" || !m.text.endsWith(` of ${text}`)) continue;
      const start = m.end - text.length;
      const nested: RawMention = { start, end: m.end, text, sentence: m.sentence, firstToken: m.lastToken - text.split(/\s+/).length + 1, lastToken: m.lastToken, kind: "PLACE", possessive: false };
      m.placeOf = nested;
      added.push([nested, inner]);
      break;
    }
  }
  for (const [nested, inner] of added) {
    if (!inner.mentions.some((x) => x.start === nested.start && x.end === nested.end)) inner.mentions.push(nested);
    inner.mentions.sort((a, b) => a.start - b.start);
    resolution.byMention.set(nested, inner);
  }
}
