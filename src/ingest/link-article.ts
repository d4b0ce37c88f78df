// The database side of linking, inside an article's write transaction: look candidates up (one
// statement for the entities, one for the events), decide with the pure linkers, and keep the
// name keys of touched entities and events equal to what their names and reports derive.
import type { Tx } from "../db/database.ts";
import type { Rows } from "../db/statements.ts";
import type { ExtractionDocumentT } from "../extract/document.ts";
import type { EventRow } from "./article-rows.ts";
import { decideLinks, type EntityLookup, type KeyChange, type LinkPlan, lookupRequests } from "./link-entities.ts";
import { combinedFactuality, combinedSubtype } from "./event-report-facts.ts";
import { chooseEvent, eventKeys, eventLookupKeys, foldArticleReports, mergeArticleReports } from "./link-events.ts";
import { entityKeys } from "./name-keys.ts";
import { inChunks, ROWS_PER_CALL } from "./statement-chunks.ts";

export interface EntityLinking {
  plan: LinkPlan;
  /** Keys locked (and perhaps created) for the lookup: dropped again at the end if still unused. */
  locked: string[];
}

/** Looks the document's entities up and decides their links. */
export async function linkEntities(tx: Tx, doc: ExtractionDocumentT): Promise<EntityLinking> {
  const requests = lookupRequests(doc);
  const published = doc.article.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(doc.article.publishedAt) ? doc.article.publishedAt.slice(0, 10) : null;
  const rows = await tx.run("ingest/link-entity-candidates", { articleId: doc.article.id, published, entities: requests });
  const lookups: EntityLookup[] = rows.map((r) => ({ ...r, nodes: r.nodes }));
  const plan = decideLinks(doc, lookups);
  const resolved = new Set(rows.filter((r) => r.found !== null || r.pinnedId !== null).map((r) => r.id));
  const locked = [...new Set(requests.filter((q) => !resolved.has(q.id)).flatMap((q) => q.keys))];
  return { plan, locked };
}

export interface EventLinking {
  events: EventRow[];
  /** Element ids of existing events a report joined (refresh-events recomputes them). */
  joined: string[];
  keys: KeyChange[];
}

/**
 * Links the article's event reports (rows with linked participant ids) to events other articles
 * reported. Two reports of this article of one event become one report: those telling one event
 * in one sentence before the lookup (foldArticleReports), those joining the same existing event after it.
 */
export async function linkEvents(
  tx: Tx,
  events: readonly EventRow[],
  publishedAt: string | null,
  /** The article's own LOCATED_IN claims (place → containing place), not yet folded into the graph. */
  locatedIn: readonly { sourceId: string; targetId: string }[] = [],
  /** The article's entities (linked ids): names and kinds of participants and places. */
  entities: readonly { id: string; name: string; kind: string }[] = [],
  /** Rows per statement call for long lists (statement-chunks.ts). */
  rowsPerCall = ROWS_PER_CALL,
): Promise<EventLinking> {
  if (events.length === 0) return { events: [], joined: [], keys: [] };
  events = foldArticleReports(events);
  const reports = events.map((e) => ({ id: e.id, placeId: e.placeId, keys: eventLookupKeys(e, publishedAt) }));
  const lockKeys = [...new Set(events.flatMap((e) => eventKeys(e, publishedAt)))].sort();
  // Long lists in several calls (statement-chunks.ts): every key locked, in key order, before any
  // report is looked up, as one call would.
  const found: Rows["ingest/link-event-candidates"][] = [];
  if (reports.length <= rowsPerCall && lockKeys.length <= rowsPerCall) found.push(...(await tx.run("ingest/link-event-candidates", { lockKeys, reports })));
  else {
    for (const keys of inChunks(lockKeys, rowsPerCall)) await tx.run("ingest/link-event-candidates", { lockKeys: keys, reports: [] });
    for (const part of inChunks(reports, rowsPerCall)) found.push(...(await tx.run("ingest/link-event-candidates", { lockKeys: [], reports: part })));
  }
  const byReport = new Map(found.map((f) => [f.id, f]));
  const names = new Map(entities.map((x) => [x.id, { name: x.name, kind: x.kind }]));
  // The article's own LOCATED_IN claims by place, in claim order (looked up per report and candidate).
  const parentsOf = new Map<string, string[]>();
  for (const r of locatedIn) {
    const list = parentsOf.get(r.sourceId);
    if (list) list.push(r.targetId);
    else parentsOf.set(r.sourceId, [r.targetId]);
  }
  const ownParents = (placeId: string | null) => (placeId === null ? [] : (parentsOf.get(placeId) ?? []));
  // Reports by the event they are written to, in order; each group merged once (linear however many).
  const groups = new Map<string, EventRow[]>();
  for (const e of [...events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const f = byReport.get(e.id);
    // A candidate is copied only when this article says more about where its place lies.
    const candidates = f?.candidates.map((c) => {
      const more = ownParents(c.placeId);
      return more.length ? { ...c, placeParents: [...c.placeParents, ...more] } : c;
    });
    const choice = f && candidates ? chooseEvent({ ...e, publishedAt, placeParents: [...f.placeParents, ...ownParents(e.placeId)], names }, candidates) : null;
    const row: EventRow = choice ? { ...e, eventId: choice.eventId, eventElementId: choice.elementId, linked: true } : e;
    const group = groups.get(row.eventId);
    if (group) group.push(row);
    else groups.set(row.eventId, [row]);
  }
  const rows = [...groups.values()].map((of) => {
    const r = mergeArticleReports(of);
    if (of.length >= 2) {
      r.factuality = combinedFactuality(of);
      r.subtype = combinedSubtype(of.map((p) => ({ subtype: p.subtype, latest: "" })));
    }
    return r;
  });
  const keys = rows.flatMap((r) => eventKeys(r, publishedAt).map((key) => ({ key, id: r.eventId })));
  return { events: rows, joined: rows.filter((r) => r.linked).map((r) => r.eventElementId!), keys };
}

/** Writes key changes: additions first, then removals. */
export async function writeKeyChanges(tx: Tx, add: readonly KeyChange[], remove: readonly KeyChange[]): Promise<void> {
  if (add.length) await tx.run("ingest/add-name-keys", { names: add });
  if (remove.length) await tx.run("ingest/remove-name-keys", { names: remove });
}

/** Brings the name keys of entities in line with their names, aliases and linked ids. */
export async function syncEntityKeys(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const states = await tx.run("ingest/entity-key-states", { ids: [...ids] });
  const add: KeyChange[] = [];
  const remove: KeyChange[] = [];
  for (const s of states) {
    const wanted = new Set(entityKeys({ kind: s.kind, name: s.name, aliases: s.aliases }, s.extractedIds, s.id));
    const have = new Set(s.keys);
    for (const key of wanted) if (!have.has(key)) add.push({ key, id: s.id });
    for (const key of have) if (!wanted.has(key)) remove.push({ key, id: s.id });
  }
  await writeKeyChanges(tx, add, remove);
}

/** Brings the keys of events in line with their reports and participants. */
export async function syncEventKeys(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const states = await tx.run("ingest/event-key-states", { ids: [...ids] });
  const add: KeyChange[] = [];
  const remove: KeyChange[] = [];
  for (const s of states) {
    const wanted = new Set<string>();
    for (const r of s.reports) {
      const participants = s.participants.filter((p) => p.articleIds.includes(r.articleId));
      for (const key of eventKeys({ type: s.type, date: r.date, placeId: r.placeId, participants }, r.publishedAt)) wanted.add(key);
    }
    const have = new Set(s.keys);
    for (const key of wanted) if (!have.has(key)) add.push({ key, id: s.id });
    for (const key of have) if (!wanted.has(key)) remove.push({ key, id: s.id });
  }
  await writeKeyChanges(tx, add, remove);
}
