// A Database for GraphQL-layer tests without Neo4j (in the style of @neo4j/graphql's TCK tests):
// it answers each named statement with canned rows — checked against the statement's `returns:`
// header, so fixtures cannot drift either — and records every (statement, params) it was asked,
// with Neo4j Integers shown as numbers.
import neo4j, { type QueryResult } from "neo4j-driver";
import { graphql } from "graphql";
import { loadConfig } from "../../../src/config/config.ts";
import { parseRow, type Database, type Params, type StatementName, type Tx } from "../../../src/db/database.ts";
import { toPlain } from "../../../src/db/mapping.ts";
import { createContext } from "../../../src/graphql/context.ts";
import { schema } from "../../../src/graphql/schema.ts";

export type Canned = { [N in StatementName]?: (params: Params[N]) => unknown[] };

export interface RecordedCall {
  statement: StatementName;
  params: unknown;
}

export interface RecordingDatabase extends Database {
  /** Every statement asked for, in order. */
  readonly calls: RecordedCall[];
}

// Never connects: a driver connects on its first session, and this database opens none.
const unusedDriver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused-password"));

export function recordingDatabase(canned: Canned): RecordingDatabase {
  const calls: RecordedCall[] = [];
  const tx: Tx = {
    async run(name, ...params) {
      calls.push({ statement: name, params: toPlain(params[0] ?? {}) });
      const answer = canned[name];
      // A mapped type indexed by a generic name loses the link to its params; the call is checked at each fixture.
      const rows = answer ? (answer as (p: unknown) => unknown[])(params[0] ?? {}) : [];
      return rows.map((row) => parseRow(name, row));
    },
    runRaw(name, ..._params): Promise<QueryResult> {
      throw new Error(`the recording database does not run ${name} raw`);
    },
  };
  const stats = { roundTrips: 0 };
  return {
    calls,
    driver: unusedDriver,
    name: "recording",
    stats,
    async read(work) {
      stats.roundTrips++;
      return work(tx);
    },
    async beginRead() {
      return { tx, close: async () => undefined };
    },
    async write(work) {
      stats.roundTrips++;
      return work(tx);
    },
    ping: async () => true,
    bookmarks: async () => [],
    close: async () => undefined,
  };
}

const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "warn" });

/** Executes a document against the schema with a fresh context on `db`, as one request would. */
export async function execute(db: Database, source: string, variableValues: Record<string, unknown> = {}) {
  const contextValue = createContext(db, config, new Request("http://test/graphql"));
  return graphql({ schema, source, contextValue, variableValues });
}

// A small graph: Vladimir Putin (PERSON) leads Russia (PLACE); both are named in article a1 and
// take part in a summit (EVENT) on 2025-08-15.
export const putin = {
  id: "person:vladimir-putin",
  kind: "PERSON",
  name: "Vladimir Putin",
  aliases: ["Putin", "Vladimir Putin"],
  mentionCount: 4,
  articleCount: 1,
  roles: ['{"title":"President","of":"place:russia"}'],
};
export const russia = { id: "place:russia", kind: "PLACE", name: "Russia", aliases: ["Russia"], mentionCount: 6, articleCount: 1, roles: [] };
export const summit = {
  id: "event:a1:MEETING:120",
  kind: "EVENT",
  name: "summit",
  aliases: ["summit"],
  mentionCount: 1,
  type: "MEETING",
  subtype: null,
  factuality: "asserted",
  date: "2025-08-15",
  dateSort: "2025-08-15",
  dateText: "Friday",
};
export const article = {
  id: "a1",
  title: "Summit in Alaska",
  url: null,
  publishedAt: "2025-08-16",
  publishedSort: "2025-08-16",
  ingestedAt: "2025-08-16T10:00:00.000Z",
  sentenceCount: 2,
};
export const sentence = { id: "a1#0", articleId: "a1", index: 0, start: 0, end: 41, text: "Russian President Vladimir Putin arrived." };

/** An entity as a projection over entities and events reads it: the event properties are null. */
export const entityNode = (e: typeof putin | typeof russia) => ({ ...e, type: null, subtype: null, factuality: null, date: null, dateText: null });
/** An event as a projection over entities and events reads it: no dateSort, and null entity properties. */
export const eventNode = ({ dateSort: _sortKey, ...e }: typeof summit) => ({ ...e, articleCount: null, roles: null });

/** Putin's one typed relationship (LEADER_OF Russia), with its evidence sentence when asked. */
function edgesOf(id: string, evidence: Parameters<typeof neo4j.integer.toNumber>[0]) {
  if (id !== putin.id) return [];
  const sentences = neo4j.integer.toNumber(evidence) > 0 ? [{ sentence, article }] : [];
  return [{ type: "LEADER_OF", direction: "OUT", weight: 1, former: false, evidence: [sentence.id], key: `LEADER_OF|OUT|${russia.id}`, node: russia, sentences }];
}

const byId: Record<string, ReturnType<typeof entityNode> | ReturnType<typeof eventNode>> = {
  [putin.id]: entityNode(putin),
  [russia.id]: entityNode(russia),
  [summit.id]: eventNode(summit),
};

/** Answers for every read statement, over the graph above. */
export const GRAPH: Canned = {
  "read/entity-by-name": () => [{ node: entityNode(putin) }],
  "read/entities-by-id": (p) =>
    p.ids.flatMap((id) => (byId[id] ? [{ node: { ...byId[id], placeId: id === summit.id ? russia.id : null } }] : [])),
  "read/entities-page-by-mentions": () => [russia, putin].map((e) => ({ mentions: e.mentionCount, name: null, node: entityNode(e) })),
  "read/entities-page-by-name": () => [russia, putin].map((e) => ({ mentions: null, name: e.name.toLowerCase(), node: entityNode(e) })),
  "read/entities-page": () => [{ exact: 1, mentions: putin.mentionCount, name: null, node: entityNode(putin) }],
  "read/entities-count": () => [{ count: 2 }],
  // One row per entity found (events have none), carrying the entity as entities-by-id reads it.
  "read/entity-relationships": (p) =>
    p.ids.flatMap((id) => {
      const node = byId[id];
      return node && node.kind !== "EVENT" ? [{ id, node: { ...node, placeId: null }, edges: edgesOf(id, p.evidence) }] : [];
    }),
  "read/entity-strongest-relationships": (p) => GRAPH["read/entity-relationships"]!({ ...p, types: null, direction: "BOTH", former: null, after: null }),
  "read/entity-relationship-counts": (p) => p.ids.map((id) => ({ id, count: id === putin.id ? 1 : 0 })),
  "read/entity-neighbors": (p) => p.ids.map((id) => ({ id, neighbors: [{ distance: 1, types: ["LEADER_OF"], node: entityNode(russia) }] })),
  "read/entity-co-mentions": (p) => p.ids.map((id) => ({ id, items: [{ count: 1, evidence: [sentence.id], node: russia }] })),
  "read/entity-co-mention-counts": (p) => p.ids.map((id) => ({ id, count: 1 })),
  "read/entity-events": (p) => p.ids.map((id) => ({ id, events: [summit] })),
  "read/entity-event-counts": (p) => p.ids.map((id) => ({ id, count: 1 })),
  "read/entity-articles": (p) => p.ids.map((id) => ({ id, articles: [article] })),
  "read/entity-article-counts": (p) => p.ids.map((id) => ({ id, count: 1 })),
  "read/entity-mentions": (p) =>
    p.ids.map((id) => ({ id, mentions: [{ start: 18, end: 32, text: "Vladimir Putin", sentenceId: sentence.id, articleId: article.id }] })),
  "read/entity-mention-counts": (p) => p.ids.map((id) => ({ id, count: 1 })),
  "read/event-participants": (p) => p.ids.map((id) => ({ id, participants: [{ role: "participant", node: putin }] })),
  "read/event-evidence": (p) => p.ids.map((id) => ({ id, sentenceIds: [sentence.id] })),
  "read/events-timeline": () => [{ event: summit }],
  "read/events-count": () => [{ count: 1 }],
  "read/articles-page": () => [{ article }],
  "read/articles-count": () => [{ count: 1 }],
  "read/articles-by-id": (p) => p.ids.filter((id) => id === article.id).map(() => ({ article })),
  "read/article-texts": (p) => p.ids.map((id) => ({ id, text: sentence.text })),
  "read/article-entities": (p) => p.ids.map((id) => ({ id, entities: [russia, putin] })),
  "read/article-events": (p) => p.ids.map((id) => ({ id, events: [summit] })),
  "read/sentences-by-id": (p) => p.ids.filter((id) => id === sentence.id).map(() => ({ sentence })),
  "read/search-names": () => [{ score: 2.5, node: entityNode(putin) }],
  "read/path-shortest": () => [
    {
      nodes: [entityNode(putin), eventNode(summit)],
      steps: [{ type: "PARTICIPATED_IN", fromId: putin.id, toId: summit.id, forward: true, role: "participant", weight: null, former: null, evidence: [sentence.id] }],
    },
  ],
  "read/paths-shortest": () => [
    { nodes: [entityNode(putin), entityNode(russia)], steps: [{ type: "LEADER_OF", fromId: putin.id, toId: russia.id, forward: true, role: null, weight: 1, former: false, evidence: [sentence.id] }] },
  ],
  "read/stats": () => [{ articles: 1, persons: 1, organizations: 0, places: 1, events: 1, relationships: 1 }],
};
