// Linking an article's event reports to events other articles reported: the same type, the same
// participants (at least two shared, or the one a one-participant event has), dates that can be
// the same day and places that can be the same place (equal, one unstated, or one inside the other;
// places the graph cannot relate only when two participants or more are the same).
// Pure and deterministic. Candidates come from event keys `EV|TYPE|participant|bucket`, the
// bucket being the month of the event's date (its year for a year-only date; the publication
// month for an undated report), so a lookup reads the events of one type, one participant and one
// month or two — not every event of a popular participant.
//
// Before the lookup, reports of one article that tell one event are folded into one
// (foldArticleReports): an extractor may read two triggers of one sentence ("met … to discuss")
// as two events of one type, the second with fewer participants and no date or place; left apart,
// the lesser report would link on its one participant to whatever other event of that person it
// finds, and the timeline would show the meeting twice.
import type { EventRow } from "./article-rows.ts";
import { combinedFactuality, combinedSubtype } from "./event-report-facts.ts";

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
  participants: string[];
  /** Publication dates of the articles reporting it (ISO, or null when unknown). */
  published: (string | null)[];
  /** Places its place lies in (LOCATED_IN), to compare with a report's place. */
  placeParents: string[];
}

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
 * Folds the reports of one article that tell one event (sameEventInArticle) into the fullest of
 * them: most participants, then the most precise date, a place, the smaller id. Deterministic;
 * the other reports' ids are dropped (they named no event yet).
 */
export function foldArticleReports(events: readonly EventRow[]): EventRow[] {
  const fullness = (r: EventRow) => [nonPlace(r).size, (r.date ?? "").length, r.placeId ? 1 : 0] as const;
  const order = [...events].sort((a, b) => {
    const [x, y] = [fullness(a), fullness(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const kept: { row: EventRow; parts: EventRow[] }[] = [];
  for (const r of order) {
    const home = kept.find((k) => k.parts.every((p) => sameEventInArticle(p, r)));
    if (!home) kept.push({ row: { ...r, evidence: [...r.evidence], participants: [...r.participants] }, parts: [r] });
    else {
      mergeArticleReport(home.row, r);
      home.parts.push(r);
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

/**
 * The existing event a report is of, or null for a new event. `placeParents` gives the places the
 * report's own place lies in. Ties go to the smaller id, so the choice does not depend on the
 * order the candidates were read in.
 */
export function chooseEvent(
  report: EventReportInput & { publishedAt: string | null; placeParents: readonly string[] },
  candidates: readonly CandidateEvent[],
): EventLinkChoice | null {
  const mine = new Set(report.participants.filter((p) => p.role !== "place").map((p) => p.entityId));
  let best: EventLinkChoice | null = null;
  for (const c of candidates) {
    if (c.type !== report.type) continue;
    if (!datesCompatible(report, c)) continue;
    const place = report.placeId;
    const theirs = new Set(c.participants.filter((id) => id !== c.placeId && id !== place));
    const shared = [...mine].filter((id) => theirs.has(id)).length;
    const needed = Math.min(2, mine.size, theirs.size);
    const sameDay = report.date !== null && report.date.length === 10 && report.date === c.date;
    const placeOk =
      !place || !c.placeId || place === c.placeId || report.placeParents.includes(c.placeId) || c.placeParents.includes(place);
    // Places the graph cannot relate ("in Spain", "in Bilbao" with no article saying Bilbao is in
    // Spain) are the same event's only when the same two people or more took part.
    if (!placeOk && shared < 2) continue;
    if (mine.size === 0 || theirs.size === 0) {
      if (!place || place !== c.placeId) continue;
    } else if (shared === 0 || shared < needed) continue;
    const union = new Set([...mine, ...theirs]).size || 1;
    const score = shared / union + (sameDay ? 0.3 : 0) + (place && place === c.placeId ? 0.2 : 0);
    if (!best || score > best.score || (score === best.score && c.id < best.eventId)) best = { eventId: c.id, elementId: c.elementId, score };
  }
  return best;
}
