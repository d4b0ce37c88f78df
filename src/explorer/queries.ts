// Every GraphQL document the explorer sends, with the shapes of their answers. Only the public
// API (schema/schema.graphql) is used; lists stay within its limits (first ≤ 100).
// The lists come from the one vocabulary table the API's enums are built from.
import {
  EVENT_TYPES,
  LINK_TYPES,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  type EventSubtype,
  type EventType,
  type LinkType,
  type NodeKind,
  type RelationshipType,
} from "../vocabulary.ts";
import type { ApiFactuality } from "./vocabulary-labels.ts";

export type EntityKind = NodeKind;
export const ENTITY_KINDS: readonly EntityKind[] = NODE_KINDS;
export { EVENT_TYPES, LINK_TYPES, RELATIONSHIP_TYPES, type EventType, type LinkType, type RelationshipType };

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  mentionCount: number;
}

export interface ArticleRef {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  article: ArticleRef | null;
}

const SUMMARY = "id name kind mentionCount";
const EVIDENCE = "sentence start end article { articleId title publishedAt url }";

export const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) { score entity { ${SUMMARY} } }
}`;
export interface SearchResult {
  search: { score: number; entity: EntitySummary }[];
}

export const ENTITY_CARD = `query ExplorerEntityCard($id: ID!) {
  entity(id: $id) {
    ${SUMMARY}
    aliases
    ... on Person { roles { title of { id name } } }
    ... on Event { eventType subtype factuality date dateText place { id name } participants { role entity { id name kind } } }
    articles(first: 10) { totalCount edges { node { articleId title publishedAt url } } }
    events(first: 20) { totalCount edges { node { id name eventType subtype factuality date } } }
  }
}`;
export interface EntityCardResult {
  entity:
    | (EntitySummary & {
        aliases: string[];
        roles?: { title: string; of: { id: string; name: string } | null }[];
        eventType?: EventType;
        subtype?: EventSubtype | null;
        factuality?: ApiFactuality;
        date?: string | null;
        dateText?: string | null;
        place?: { id: string; name: string } | null;
        participants?: { role: string; entity: { id: string; name: string; kind: EntityKind } }[];
        articles: { totalCount: number; edges: { node: ArticleRef }[] };
        events: { totalCount: number; edges: { node: TimelineEvent }[] };
      })
    | null;
}

/** One entity's links: typed relationships (with direction and weight) and events (neighbors at one hop). */
export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!) {
  entity(id: $id) {
    ${SUMMARY}
    relationships(first: 100) { edges { type direction weight former node { ${SUMMARY} } } }
    neighbors(depth: 1, first: 100) { types node { ${SUMMARY} } }
  }
}`;
export interface NeighbourhoodResult {
  entity:
    | (EntitySummary & {
        relationships: { edges: { type: RelationshipType; direction: "IN" | "OUT"; weight: number; former: boolean; node: EntitySummary }[] };
        neighbors: { types: LinkType[]; node: EntitySummary }[];
      })
    | null;
}

export const CO_MENTIONS = `query ExplorerCoMentions($id: ID!) {
  entity(id: $id) {
    id
    coMentions(first: 20) { edges { count node { ${SUMMARY} } evidence { ${EVIDENCE} } } }
  }
}`;
export interface CoMentionsResult {
  entity: { id: string; coMentions: { edges: { count: number; node: EntitySummary; evidence: Evidence[] }[] } } | null;
}

/** The evidence of one typed relationship, and both ends' mentions (to highlight them by offset). */
export const RELATIONSHIP_EVIDENCE = `query ExplorerRelationshipEvidence($source: ID!, $target: ID!, $type: RelationshipType!) {
  source: entity(id: $source) {
    ${SUMMARY} aliases
    relationships(types: [$type], direction: OUT, first: 100) { edges { weight node { id } evidence(first: 10) { ${EVIDENCE} } } }
    mentions(first: 100) { edges { node { start end article { articleId } } } }
  }
  target: entity(id: $target) {
    ${SUMMARY} aliases
    mentions(first: 100) { edges { node { start end article { articleId } } } }
  }
}`;
export interface MentionRef {
  start: number;
  end: number;
  article: { articleId: string } | null;
}
export interface EvidenceEnd extends EntitySummary {
  aliases: string[];
  mentions: { edges: { node: MentionRef }[] };
}
export interface RelationshipEvidenceResult {
  source: (EvidenceEnd & { relationships: { edges: { weight: number; node: { id: string }; evidence: Evidence[] }[] } }) | null;
  target: EvidenceEnd | null;
}

/** The evidence of taking part in an event: the sentences that describe the event. */
export const PARTICIPATION_EVIDENCE = `query ExplorerParticipationEvidence($participant: ID!, $event: ID!) {
  participant: entity(id: $participant) { ${SUMMARY} aliases mentions(first: 100) { edges { node { start end article { articleId } } } } }
  event: entity(id: $event) { ${SUMMARY} aliases ... on Event { evidence(first: 10) { ${EVIDENCE} } } }
}`;
export interface ParticipationEvidenceResult {
  participant: EvidenceEnd | null;
  event: (EntitySummary & { aliases: string[]; evidence?: Evidence[] }) | null;
}

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $first: Int!, $maxHops: Int!) {
  paths(from: $from, to: $to, first: $first, maxHops: $maxHops) {
    length
    nodes { ${SUMMARY} aliases }
    steps { type direction role weight former from { id } to { id } evidence(first: 2) { ${EVIDENCE} } }
  }
}`;
export interface PathStep {
  type: LinkType;
  direction: "IN" | "OUT";
  role: string | null;
  weight: number | null;
  /** For a typed relationship, every supporting article tells it as past; null for a participation. */
  former: boolean | null;
  from: { id: string };
  to: { id: string };
  evidence: Evidence[];
}
export interface PathsResult {
  paths: { length: number; nodes: (EntitySummary & { aliases: string[] })[]; steps: PathStep[] }[];
}

export interface TimelineEvent {
  id: string;
  name: string;
  eventType: EventType;
  subtype: EventSubtype | null;
  factuality: ApiFactuality;
  date: string | null;
}
export const TIMELINE = `query ExplorerTimeline($participant: ID, $place: ID, $types: [EventType!], $from: String, $to: String) {
  events(participant: $participant, place: $place, types: $types, from: $from, to: $to, first: 100) {
    totalCount
    edges { node { id name eventType subtype factuality date dateText participants { entity { id } } } }
  }
}`;
export interface TimelineResult {
  events: {
    totalCount: number;
    edges: { node: TimelineEvent & { dateText: string | null; participants: { entity: { id: string } }[] } }[];
  };
}

export const ENTITY_SUMMARY = `query ExplorerEntitySummary($id: ID!) { entity(id: $id) { ${SUMMARY} } }`;
export interface EntitySummaryResult {
  entity: EntitySummary | null;
}

/** The sentences that mention an entity (events: that describe it), for the mention count's panel. */
export const MENTIONS = `query ExplorerMentions($id: ID!) {
  entity(id: $id) {
    ${SUMMARY} aliases
    ... on Event { evidence(first: 20) { ${EVIDENCE} } }
    mentions(first: 30) { totalCount edges { node { start end article { articleId } sentence { ${EVIDENCE} } } } }
  }
}`;
export interface MentionsResult {
  entity:
    | (EntitySummary & {
        aliases: string[];
        evidence?: Evidence[];
        mentions: { totalCount: number; edges: { node: MentionRef & { sentence: Evidence | null } }[] };
      })
    | null;
}

// Live updates (subscriptions over SSE, src/explorer/live-client.ts).
export const LIVE_ARTICLES = `subscription ExplorerArticleIngested { articleIngested { articleId bookmarks } }`;
export interface LiveArticlesResult {
  articleIngested: { articleId: string; bookmarks: string[] };
}
export const LIVE_ENTITY = `subscription ExplorerEntityUpdated($id: ID!) { entityUpdated(id: $id) { bookmarks } }`;
export interface LiveEntityResult {
  entityUpdated: { bookmarks: string[] };
}
