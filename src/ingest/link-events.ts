// Linking an article's event reports to events other articles reported: the same type, dates that
// can be the same day, at least one participant the same entity and the others the same or
// possibly the same person (enough of them: two, or the one a one-participant event has), and
// places that can be the same place. Pure and deterministic.
//
// Participants. Across articles one person is sometimes two nodes — a lone surname kept apart
// from the full name ("Director Silva", "Ana Silva") — so besides the same entity a participant
// counts when it is a person recorded as possibly the same (POSSIBLY_SAME_AS), or a person with
// the same surname and no first name against it ("Silva" / "Ana Silva", "Katarina" / "Katarzyna
// Wagner" share the initial; "Sofia" and "Andrei Brennan" do not). At least one participant must
// be the very same entity: it is what the lookup found the event by.
//
// Places relate as: the same; one unstated; one inside the other (LOCATED_IN in the graph or in
// this article, or the gazetteer's country of a city or capital); maybe inside (one is a country,
// the other a place nothing puts in another country: an unknown city may lie in it); apart (not
// related by anything known); elsewhere (the gazetteer puts them in two countries).
// "Maybe inside" needs the same day or two participants; "apart" needs two participants that are
// the same entities (a report naming the country, another the town: the same people make it one);
// "elsewhere" is never the same event.
// An event of no one but its place ("protesters gathered in X") joins one of no one in the same
// place; against one that names people it needs the same place on the same day.
//
// Candidates come from event keys `EV|TYPE|participant|bucket`, the bucket being the month of the
// event's date (its year for a year-only date; the publication month for an undated report), so a
// lookup reads the events of one type, one participant and one month or two — not every event of
// a popular participant.
//
// Before the lookup, reports of one article that tell one event are folded into one
// (foldArticleReports): an extractor may read two triggers of one sentence ("met … to discuss")
// as two events of one type, the second with fewer participants and no date or place; left apart,
// the lesser report would link on its one participant to whatever other event of that person it
// finds, and the timeline would show the meeting twice.
import type { EventRow } from "./article-rows.ts";
import { gazetteerForms, lookupExact } from "../extract/gazetteer.ts";
import { combinedFactuality, combinedSubtype } from "./event-report-facts.ts";
import { normaliseName, normalisedWords, skeleton } from "./name-keys.ts";

export interface EventReportInput {
  type: string;
  date: string | null;
  placeId: string | null;
  /** Linked entity ids and roles. */
  participants: { entityId: string; role: string }[];
}

export interface CandidateEvent {
  id: string;
  elementId: string;
  type: string;
  date: string | null;
  placeId: string | null;
  placeName: string | null;
  participants: string[];
  /** Its participants other than its place, with what tells whether a report's are the same. */
  people: CandidatePerson[];
  /** Publication dates of the articles reporting it (ISO, or null when unknown). */
  published: (string | null)[];
  /** Places its place lies in (LOCATED_IN), to compare with a report's place. */
  placeParents: string[];
}

export interface CandidatePerson {
  id: string;
  name: string;
  kind: string;
  /** Entities recorded as possibly the same (POSSIBLY_SAME_AS). */
  possiblySame: string[];
}

/** Name and kind of the report's participants and place, by entity id. */
export type ReportNames = ReadonlyMap<string, { name: string; kind: string }>;

const DAY = 86_400_000;
const UNDATED_WINDOW_DAYS = 10;

/** The bucket of a report: the month (or year) of its date, else of its publication. */
export function eventBucket(date: string | null, publishedAt: string | null): string | null {
  const d = date ?? (publishedAt ? publishedAt.slice(0, 10) : null);
  if (!d) return null;
  return d.length >= 7 ? d.slice(0, 7) : d.slice(0, 4);
}

const key = (type: string, entityId: string, bucket: string) => `EV|${type}|${entityId}|${bucket}`;

function participantIds(r: EventReportInput): string[] {
  return [...new Set([...r.participants.map((p) => p.entityId), ...(r.placeId ? [r.placeId] : [])])].sort();
}

/** The keys a report is stored under (for later reports to find its event). */
export function eventKeys(r: EventReportInput, publishedAt: string | null): string[] {
  const bucket = eventBucket(r.date, publishedAt);
  if (!bucket) return [];
  return participantIds(r).map((id) => key(r.type, id, bucket));
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The keys to look a report's event up by: its own bucket and the neighbouring ones it may match. */
export function eventLookupKeys(r: EventReportInput, publishedAt: string | null): string[] {
  const bucket = eventBucket(r.date, publishedAt);
  if (!bucket) return [];
  const buckets = new Set([bucket]);
  if (bucket.length === 7) {
    // A year-only report of the same event; an undated report published up to ten days later,
    // in the next month; for an undated report, the event a few days before, in the last month.
    buckets.add(bucket.slice(0, 4));
    buckets.add(shiftMonth(bucket, 1));
    if (!r.date || r.date.length < 7) buckets.add(shiftMonth(bucket, -1));
  } else {
    for (let m = 1; m <= 12; m++) buckets.add(`${bucket}-${String(m).padStart(2, "0")}`);
  }
  const keys: string[] = [];
  for (const id of participantIds(r)) for (const b of [...buckets].sort()) keys.push(key(r.type, id, b));
  return keys;
}

/** The days an ISO date prefix covers: [first, last]. */
function dateRange(date: string): [number, number] | null {
  const y = Number(date.slice(0, 4));
  if (!Number.isInteger(y)) return null;
  if (date.length === 4) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  const m = Number(date.slice(5, 7));
  if (date.length === 7) return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 0) / DAY];
  const d = Date.parse(date.slice(0, 10)) / DAY;
  return Number.isNaN(d) ? null : [d, d];
}

/** The days an undated report may mean: up to ten days before its publication. */
function publishedRange(publishedAt: string | null): [number, number] | null {
  if (!publishedAt) return null;
  const d = Date.parse(publishedAt.slice(0, 10)) / DAY;
  return Number.isNaN(d) ? null : [d - UNDATED_WINDOW_DAYS, d + 1];
}

const overlaps = (a: [number, number] | null, b: [number, number] | null) => a !== null && b !== null && a[0] <= b[1] && b[0] <= a[1];

/** True when a report's date and an event's can be the same day. */
export function datesCompatible(report: { date: string | null; publishedAt: string | null }, event: { date: string | null; published: (string | null)[] }): boolean {
  if (report.date && event.date) return report.date.startsWith(event.date) || event.date.startsWith(report.date);
  const mine = report.date ? dateRange(report.date) : publishedRange(report.publishedAt);
  const theirs = event.date ? [dateRange(event.date)] : event.published.map(publishedRange);
  return theirs.some((t) => overlaps(mine, t));
}

const nonPlace = (r: { participants: readonly { entityId: string; role: string }[] }) =>
  new Set(r.participants.filter((p) => p.role !== "place").map((p) => p.entityId));

/**
 * True when two reports of one article tell one event: the same type, told in a sentence they
 * share, the participants of one among the other's, and no date or place that tells them apart
 * (equal, or unstated on one). "A met B on Monday and again on Friday" stays two events.
 */
export function sameEventInArticle(a: EventRow, b: EventRow): boolean {
  if (a.type !== b.type) return false;
  if (!a.evidence.some((s) => b.evidence.includes(s))) return false;
  if (a.date && b.date && !a.date.startsWith(b.date) && !b.date.startsWith(a.date)) return false;
  if (a.placeId && b.placeId && a.placeId !== b.placeId) return false;
  const pa = nonPlace(a);
  const pb = nonPlace(b);
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  return [...small].every((id) => large.has(id));
}

/** Adds what `row` tells of the event to `into` (another report of the same article). */
export function mergeArticleReport(into: EventRow, row: EventRow): void {
  into.evidence = [...new Set([...into.evidence, ...row.evidence])].sort();
  const seen = new Set(into.participants.map((p) => `${p.entityId}|${p.role}`));
  for (const p of row.participants) if (!seen.has(`${p.entityId}|${p.role}`)) into.participants.push(p);
  into.placeId ??= row.placeId;
  if ((row.date ?? "").length > (into.date ?? "").length) Object.assign(into, { date: row.date, dateSort: row.dateSort, dateText: row.dateText });
}

/**
 * mergeArticleReport of rows[1..] into rows[0], in order, in one pass: the same result, but a
 * group of thousands of reports (a long article that retells one event) stays linear.
 */
export function mergeArticleReports(rows: readonly EventRow[]): EventRow {
  const into = rows[0]!;
  if (rows.length < 2) return into;
  const evidence = new Set(into.evidence);
  const seen = new Set(into.participants.map((p) => `${p.entityId}|${p.role}`));
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    for (const s of row.evidence) evidence.add(s);
    const added = row.participants.filter((p) => !seen.has(`${p.entityId}|${p.role}`));
    into.participants.push(...added);
    for (const p of added) seen.add(`${p.entityId}|${p.role}`);
    into.placeId ??= row.placeId;
    if ((row.date ?? "").length > (into.date ?? "").length) Object.assign(into, { date: row.date, dateSort: row.dateSort, dateText: row.dateText });
  }
  into.evidence = [...evidence].sort();
  return into;
}

/**
 * Folds the reports of one article that tell one event (sameEventInArticle) into the fullest of
 * them: most participants, then the most precise date, a place, the smaller id. Deterministic;
 * the other reports' ids are dropped (they named no event yet).
 */
export function foldArticleReports(events: readonly EventRow[]): EventRow[] {
  const fullness = new Map(events.map((r) => [r, [nonPlace(r).size, (r.date ?? "").length, r.placeId ? 1 : 0] as const]));
  const order = [...events].sort((a, b) => {
    const [x, y] = [fullness.get(a)!, fullness.get(b)!];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const kept: { row: EventRow; parts: EventRow[] }[] = [];
  // A report can only join a group whose every part shares a sentence with it, so the groups to try
  // are those with a part in one of its sentences: found through this index, tried in the order the
  // groups were made (the first that fits, as a scan of all would find), so a long article with
  // thousands of reports folds in about linear time instead of blocking the event loop.
  const groupsBySentence = new Map<string, number[]>();
  for (const r of order) {
    const tried = new Set<number>();
    for (const s of r.evidence) for (const g of groupsBySentence.get(s) ?? []) tried.add(g);
    const homeAt = [...tried].sort((a, b) => a - b).find((g) => kept[g]!.parts.every((p) => sameEventInArticle(p, r)));
    let at = homeAt;
    if (at === undefined) {
      at = kept.length;
      kept.push({ row: { ...r, evidence: [...r.evidence], participants: [...r.participants] }, parts: [r] });
    } else {
      const home = kept[at]!;
      mergeArticleReport(home.row, r);
      home.parts.push(r);
    }
    for (const s of r.evidence) {
      const list = groupsBySentence.get(s);
      if (!list) groupsBySentence.set(s, [at]);
      else if (list.at(-1) !== at) list.push(at);
    }
  }
  return kept.map(({ row, parts }) =>
    parts.length < 2 ? row : { ...row, factuality: combinedFactuality(parts), subtype: combinedSubtype(parts.map((p) => ({ subtype: p.subtype, latest: "" }))) },
  );
}

export interface EventLinkChoice {
  eventId: string;
  elementId: string;
  score: number;
}

/** Two person names that may be one person: the same surname, and no first names that differ. */
export function namesMayBeOnePerson(a: string, b: string): boolean {
  const x = normalisedWords("PERSON", a);
  const y = normalisedWords("PERSON", b);
  if (x.length === 0 || y.length === 0) return false;
  if (skeleton([x.at(-1)!]) !== skeleton([y.at(-1)!])) return false;
  return x.length === 1 || y.length === 1 || x[0]![0] === y[0]![0];
}

export type PlaceRelation = "same" | "unstated" | "inside" | "maybe-inside" | "apart" | "elsewhere";

let placesByNormalName: Map<string, { country: boolean; in: string | null }> | null = null;

/**
 * What the gazetteer says of a place name: a country, or the country it lies in. Looked up as
 * written, then by its normalised form ("Kharkov", "Brasilia" without its accent, "Lvov"), where a
 * form that says something wins over one that does not.
 */
function gazetteerPlace(name: string | null): { country: boolean; in: string | null } {
  if (!name) return { country: false, in: null };
  const entry = lookupExact(name);
  if (entry?.kind === "PLACE" && (entry.sort === "country" || entry.country)) {
    return { country: entry.sort === "country", in: entry.country ? normaliseName("PLACE", entry.country) : null };
  }
  if (!placesByNormalName) {
    placesByNormalName = new Map();
    for (const [form, e] of gazetteerForms()) {
      if (e.kind !== "PLACE" || (e.sort !== "country" && !e.country)) continue;
      const key = normaliseName("PLACE", form);
      if (!placesByNormalName.has(key)) placesByNormalName.set(key, { country: e.sort === "country", in: e.country ? normaliseName("PLACE", e.country) : null });
    }
  }
  return placesByNormalName.get(normaliseName("PLACE", name)) ?? { country: false, in: null };
}

/** How a report's place and an event's relate (see the header). */
export function placeRelation(
  report: { placeId: string | null; placeName: string | null; placeParents: readonly string[] },
  event: { placeId: string | null; placeName: string | null; placeParents: readonly string[] },
): PlaceRelation {
  if (!report.placeId || !event.placeId) return "unstated";
  if (report.placeId === event.placeId) return "same";
  if (report.placeParents.includes(event.placeId) || event.placeParents.includes(report.placeId)) return "inside";
  const mine = gazetteerPlace(report.placeName);
  const theirs = gazetteerPlace(event.placeName);
  const myName = report.placeName ? normaliseName("PLACE", report.placeName) : null;
  const theirName = event.placeName ? normaliseName("PLACE", event.placeName) : null;
  if ((mine.in && mine.in === theirName) || (theirs.in && theirs.in === myName)) return "inside";
  // A country and a place the gazetteer puts in no other country (nor is a country itself).
  if (mine.country !== theirs.country && !(mine.country ? theirs : mine).in) return "maybe-inside";
  // Places the gazetteer puts in two different countries are never one place.
  const myCountry = mine.country ? myName : mine.in;
  const theirCountry = theirs.country ? theirName : theirs.in;
  if (myCountry && theirCountry && myCountry !== theirCountry) return "elsewhere";
  return "apart";
}

/**
 * The participants a report and an event share: `same` entities, and `possible` pairs of the
 * rest that may be one person (possibly-same links, or names that may be one person's), each
 * participant in one pair at most.
 */
export function sharedParticipants(
  mine: readonly string[],
  theirs: readonly CandidatePerson[],
  names: ReportNames,
): { same: number; possible: number } {
  const theirIds = new Set(theirs.map((p) => p.id));
  const same = mine.filter((id) => theirIds.has(id)).length;
  const left = theirs.filter((p) => !mine.includes(p.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  let possible = 0;
  for (const id of [...mine].filter((m) => !theirIds.has(m)).sort()) {
    const me = names.get(id);
    const k = left.findIndex(
      (p) => p.possiblySame.includes(id) || (me !== undefined && me.kind === "PERSON" && p.kind === "PERSON" && namesMayBeOnePerson(me.name, p.name)),
    );
    if (k < 0) continue;
    left.splice(k, 1);
    possible++;
  }
  return { same, possible };
}

/**
 * The existing event a report is of, or null for a new event. `placeParents` gives the places the
 * report's own place lies in, `names` the names and kinds of its participants and place. Ties go
 * to the smaller id, so the choice does not depend on the order the candidates were read in.
 */
export function chooseEvent(
  report: EventReportInput & { publishedAt: string | null; placeParents: readonly string[]; names?: ReportNames },
  candidates: readonly CandidateEvent[],
): EventLinkChoice | null {
  const names = report.names ?? new Map();
  const place = report.placeId;
  const mine = [...new Set(report.participants.filter((p) => p.role !== "place" && p.entityId !== place).map((p) => p.entityId))];
  let best: EventLinkChoice | null = null;
  for (const c of candidates) {
    if (c.type !== report.type) continue;
    if (!datesCompatible(report, c)) continue;
    const theirs = [...new Map(c.people.filter((p) => p.id !== c.placeId && p.id !== place).map((p) => [p.id, p])).values()];
    const sameDay = report.date !== null && report.date.length === 10 && report.date === c.date;
    const relation = placeRelation({ placeId: place, placeName: place ? (names.get(place)?.name ?? null) : null, placeParents: report.placeParents }, c);
    const { same, possible } = sharedParticipants(mine, theirs, names);
    if (mine.length === 0 && theirs.length === 0) {
      // An event of no one but its place ("protesters gathered in X") is found by its place.
      if (relation !== "same") continue;
    } else if (mine.length === 0 || theirs.length === 0) {
      // One names people, the other no one: only the same place on the same day ties them.
      if (relation !== "same" || !sameDay) continue;
    } else {
      const needed = Math.min(2, mine.length, theirs.length);
      const enough = same >= 1 && same + possible >= needed;
      if (!enough) continue;
      if (relation === "maybe-inside" && !sameDay && same + possible < 2) continue;
      if (relation === "apart" && same < 2) continue;
      if (relation === "elsewhere") continue;
    }
    const union = mine.length + theirs.length - same - possible || 1;
    const score = (same + 0.5 * possible) / union + (sameDay ? 0.3 : 0) + (relation === "same" ? 0.2 : 0);
    if (!best || score > best.score || (score === best.score && c.id < best.eventId)) best = { eventId: c.id, elementId: c.elementId, score };
  }
  return best;
}
