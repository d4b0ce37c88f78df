// What an event reported more than once is, from its reports: its factuality and its subtype.
// cypher/ingest/refresh-events.cypher applies these rules to an event's reports across articles;
// here they merge two reports of one article that joined the same event. Pure.
//
// - Factuality: planned only while every report says planned. Once one report tells the event as
//   having happened, it has (a report written before it happened still says "will meet").
// - Subtype: the one named by the most reports; a report naming none is less specific, not in
//   disagreement, so it does not count. Ties go to the latest report's (news gets more precise as
//   it goes: "a deal" before "the acquisition"), then to the name. Null when no report names one.
import type { EventFactuality } from "../vocabulary.ts";

export function combinedFactuality(reports: readonly { factuality: string }[]): EventFactuality {
  return reports.length > 0 && reports.every((r) => r.factuality === "planned") ? "planned" : "asserted";
}

export interface SubtypeReport {
  subtype: string | null;
  /** Orders reports in time: the article's publishedSort, then its id ("" for reports of one article). */
  latest: string;
}

export function combinedSubtype(reports: readonly SubtypeReport[]): string | null {
  const named = new Map<string, { count: number; latest: string }>();
  for (const r of reports) {
    if (r.subtype === null) continue;
    const seen = named.get(r.subtype);
    if (!seen) named.set(r.subtype, { count: 1, latest: r.latest });
    else {
      seen.count++;
      if (r.latest > seen.latest) seen.latest = r.latest;
    }
  }
  let best: string | null = null;
  for (const [subtype, s] of named) {
    const b = best === null ? null : named.get(best)!;
    if (!b || s.count > b.count || (s.count === b.count && (s.latest > b.latest || (s.latest === b.latest && subtype < best!)))) best = subtype;
  }
  return best;
}
