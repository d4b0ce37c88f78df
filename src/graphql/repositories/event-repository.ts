// The events timeline: filtered, chronological pages and their count.
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { EventFactuality, EventSubtype, EventType } from "../../vocabulary.ts";
import type { DatedEventRecord } from "../records.ts";

export interface TimelineFilter {
  types: EventType[] | null;
  subtypes: EventSubtype[] | null;
  factuality: EventFactuality | null;
  participant: string | null;
  place: string | null;
  from: string | null;
  to: string | null;
}

export async function listEvents(
  tx: Tx,
  a: TimelineFilter & { after: { dateSort: string; id: string } | null; limit: number },
): Promise<DatedEventRecord[]> {
  const rows = await tx.run("read/events-timeline", { ...a, limit: neo4j.int(a.limit) });
  return rows.map((r) => r.event);
}

export async function countEvents(tx: Tx, f: TimelineFilter): Promise<number> {
  const [row] = await tx.run("read/events-count", { ...f });
  return row?.count ?? 0;
}
