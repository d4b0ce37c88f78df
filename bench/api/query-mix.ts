// The fixed query mix of npm run bench:api, as each of the three systems is asked it: our
// GraphQL API, the @neo4j/graphql peer (bench/peer) and the raw-driver server (bench/raw), plus
// for each a `canonical` function that reduces an answer to the same comparable shape, so the
// bench can check that all three return the same data before timing them.
import { searchQuery } from "../../src/graphql/fulltext-query.ts";
import { entityPages, eventPages } from "../../src/graphql/keyset-lists.ts";
import { typo, type Picks } from "../../scripts/profile-statements.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are compared as loose JSON, shape checked by the comparison
type Json = any;

export interface MixQuery {
  name: string;
  /** Cheap enough to load at concurrency 32 too. */
  cheap: boolean;
  ours: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
  raw: { name: string; variables: Record<string, unknown> };
  /** Our answer's `data`, and the peer's, reduced to what the raw server returns. */
  oursCanonical(data: Json): Json;
  peerCanonical(data: Json): Json;
}

/** A page cursor of the library's connections: an offset (base64 of "arrayconnection:N"). */
const offsetCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString("base64");

const edgeNodes = (conn: Json) => conn.edges.map((e: Json) => e.node);
const card = (e: Json) => e && { name: e.name, kind: e.kind, mentionCount: e.mentionCount };
const rel = (r: Json, node: Json, evidence: Json[]) => ({
  type: r.type,
  direction: r.direction,
  weight: r.weight,
  other: node.name,
  evidence: evidence.map((s: Json) => [s.sentence, s.article?.title ?? null]),
});
const event = (e: Json) => ({ name: e.name, type: e.eventType ?? e.type, date: e.date });

/** The mix for the picked graph; deepEntityOffset is the position of p.entityKey in the entity list (the peer pages by offset). */
export function queryMix(p: Picks, deepEntityOffset: number): MixQuery[] {
  const entityAfter = entityPages.MENTIONS.encode({ exact: null, mentions: p.entityKey.mentions, name: null, id: p.entityKey.id });
  const eventAfter = eventPages.encode(p.eventKey);
  const searchText = typo(p.card.name);
  const lucene = searchQuery(searchText)!;

  const entityPage = (deep: boolean): MixQuery => ({
    name: deep ? "entities, deep page" : "entities, page 1",
    cheap: true,
    ours: {
      query: "query ($after: String) { entities(first: 20, after: $after) { edges { node { name kind mentionCount } } pageInfo { hasNextPage } } }",
      variables: { after: deep ? entityAfter : null },
    },
    peer: {
      query:
        "query ($after: String) { entitiesConnection(first: 20, after: $after, sort: [{ mentionCount: DESC }, { id: DESC }]) { edges { node { name kind mentionCount } } pageInfo { hasNextPage } } }",
      variables: { after: deep ? offsetCursor(deepEntityOffset) : null },
    },
    raw: { name: "entities", variables: { after: deep ? { ...p.entityKey, name: null } : null } },
    oursCanonical: (d) => ({ nodes: edgeNodes(d.entities).map(card), next: d.entities.pageInfo.hasNextPage }),
    peerCanonical: (d) => ({ nodes: edgeNodes(d.entitiesConnection).map(card), next: d.entitiesConnection.pageInfo.hasNextPage }),
  });

  const timeline = (name: string, participant: string | null, deep: boolean): MixQuery => ({
    name,
    cheap: participant === null,
    ours: {
      query: "query ($participant: ID, $after: String) { events(first: 20, participant: $participant, after: $after) { edges { node { name eventType date } } } }",
      variables: { participant, after: deep ? eventAfter : null },
    },
    peer: {
      query:
        "query ($participant: ID, $afterDateSort: String, $afterId: ID) { timeline(first: 20, participant: $participant, afterDateSort: $afterDateSort, afterId: $afterId) { name type date } }",
      variables: { participant, afterDateSort: deep ? p.eventKey.dateSort : null, afterId: deep ? p.eventKey.id : null },
    },
    raw: { name: "timeline", variables: { participant, after: deep ? p.eventKey : null } },
    oursCanonical: (d) => edgeNodes(d.events).map(event),
    peerCanonical: (d) => d.timeline.map(event),
  });

  const neighbours = (name: string, id: string): MixQuery => ({
    name,
    cheap: false,
    ours: { query: "query ($id: ID!) { entity(id: $id) { name neighbors(depth: 2, first: 20) { distance node { name } } } }", variables: { id } },
    peer: { query: "query ($id: ID!) { entities(where: { id: { eq: $id } }) { name neighbors(first: 20) { distance node { name } } } }", variables: { id } },
    raw: { name: "neighbors", variables: { id } },
    oursCanonical: (d) => ({ name: d.entity.name, neighbors: d.entity.neighbors.map((n: Json) => [n.distance, n.node.name]) }),
    peerCanonical: (d) => ({ name: d.entities[0].name, neighbors: d.entities[0].neighbors.map((n: Json) => [n.distance, n.node.name]) }),
  });

  return [
    {
      name: "entity card",
      cheap: true,
      ours: {
        query:
          "query ($id: ID!) { entity(id: $id) { name kind mentionCount relationships(first: 20) { edges { type direction weight node { name } evidence(first: 1) { sentence article { title } } } } } }",
        variables: { id: p.card.id },
      },
      peer: {
        query:
          "query ($id: ID!) { entities(where: { id: { eq: $id } }) { name kind mentionCount relationships(first: 20) { type direction weight node { name } evidence { sentence article { title } } } } }",
        variables: { id: p.card.id },
      },
      raw: { name: "card", variables: { id: p.card.id } },
      oursCanonical: (d) => ({ ...card(d.entity), relationships: d.entity.relationships.edges.map((r: Json) => rel(r, r.node, r.evidence)) }),
      peerCanonical: (d) => ({ ...card(d.entities[0]), relationships: d.entities[0].relationships.map((r: Json) => rel(r, r.node, r.evidence)) }),
    },
    entityPage(false),
    entityPage(true),
    timeline("timeline, page 1", null, false),
    timeline("timeline, deep page", null, true),
    timeline("participant timeline (typical)", p.typical.id, false),
    timeline("participant timeline (hub)", p.hub.id, false),
    neighbours("neighbours depth 2 (typical)", p.typical.id),
    neighbours("neighbours depth 2 (hub)", p.hub.id),
    {
      name: "search with a typo",
      cheap: true,
      ours: { query: "query ($q: String!) { search(query: $q, first: 10) { score entity { name } } }", variables: { q: searchText } },
      peer: { query: "query ($q: String!) { search(query: $q, first: 10) { score entity { name } } }", variables: { q: lucene } },
      raw: { name: "search", variables: { query: lucene } },
      oursCanonical: (d) => d.search.map((h: Json) => h.entity.name),
      peerCanonical: (d) => d.search.map((h: Json) => h.entity.name),
    },
    {
      name: "path between two entities",
      cheap: true,
      ours: {
        query: "query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length steps { type from { name } to { name } evidence(first: 1) { sentence } } } }",
        variables: { from: p.typical.id, to: p.card.id },
      },
      peer: {
        query: "query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length steps { type from { name } to { name } evidence { sentence } } } }",
        variables: { from: p.typical.id, to: p.card.id },
      },
      raw: { name: "path", variables: { from: p.typical.id, to: p.card.id } },
      // Several shortest paths may exist: the length and the ends must agree.
      oursCanonical: (d) => ({ length: d.path.length, from: d.path.steps[0]?.from.name, to: d.path.steps.at(-1)?.to.name }),
      peerCanonical: (d) => ({ length: d.path.length, from: d.path.steps[0]?.from.name, to: d.path.steps.at(-1)?.to.name }),
    },
    {
      name: "nested 20×10×5",
      cheap: false,
      ours: {
        query:
          "{ entities(first: 20) { edges { node { name relationships(first: 10) { edges { node { name articles(first: 5) { edges { node { title } } } } } } } } } }",
        variables: {},
      },
      peer: {
        query:
          "{ entitiesConnection(first: 20, sort: [{ mentionCount: DESC }, { id: DESC }]) { edges { node { name related(first: 10) { name articles(limit: 5, sort: [{ publishedSort: DESC }, { id: DESC }]) { title } } } } } }",
        variables: {},
      },
      raw: { name: "nested", variables: {} },
      oursCanonical: (d) =>
        edgeNodes(d.entities).map((e: Json) => [
          e.name,
          e.relationships.edges.map((r: Json) => [r.node.name, edgeNodes(r.node.articles).map((a: Json) => a.title)]),
        ]),
      peerCanonical: (d) =>
        edgeNodes(d.entitiesConnection).map((e: Json) => [e.name, e.related.map((r: Json) => [r.name, r.articles.map((a: Json) => a.title)])]),
    },
  ];
}
