// What the GraphQL types resolve from: the rows of the read statements (typed by their headers in
// src/db/statements.ts, so every loader and repository hands these over without a cast). Shapes
// follow docs/graph-model.md; Neo4j integers are already numbers (db/mapping.ts).
import type { EntityKind, EventFactuality, EventSubtype, EventType, LinkType, NodeKind, ParticipantRole, RelationshipType } from "../vocabulary.ts";

export type { NodeKind };

interface NodeBase {
  id: string;
  name: string;
  aliases: string[];
  mentionCount: number;
}

/** A person, organisation or place. */
export interface EntityRecord extends NodeBase {
  kind: EntityKind;
  articleCount: number;
  /** JSON strings {"title","of"}. */
  roles: string[];
}

export interface EventRecord extends NodeBase {
  kind: "EVENT";
  type: EventType;
  subtype: EventSubtype | null;
  /** Null on events stored before factuality was: they read as asserted. */
  factuality: EventFactuality | null;
  date: string | null;
  dateText: string | null;
}

/** A dated event read for a chronological page: its sort key comes with it. */
export interface DatedEventRecord extends EventRecord {
  dateSort: string;
}

/** Any node GraphQL exposes through the Entity interface, discriminated by kind. */
export type NodeRecord = EntityRecord | EventRecord;

export const isEvent = (n: NodeRecord): n is EventRecord => n.kind === "EVENT";

export interface SentenceRecord {
  id: string;
  articleId: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedSort: string;
  ingestedAt: string;
  sentenceCount: number;
}

export type Direction = "OUT" | "IN" | "BOTH";

export interface RelationshipRecord {
  type: RelationshipType;
  direction: "OUT" | "IN";
  weight: number;
  /** Every supporting article tells the tie as past. */
  former: boolean;
  /** Ids of the first supporting sentences: as many as the query's evidence(first:) asks for, no more. */
  evidence: string[];
  key: string;
  node: EntityRecord;
}

export interface NeighborRecord {
  distance: number;
  types: LinkType[];
  node: NodeRecord;
}

export interface CoMentionRecord {
  count: number;
  evidence: string[];
  node: EntityRecord;
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  sentenceId: string;
  articleId: string;
}

export interface ParticipantRecord {
  role: ParticipantRole;
  node: EntityRecord;
}

export interface PathStepRecord {
  type: LinkType;
  fromId: string;
  toId: string;
  /** True when the stored relationship points from `fromId` to `toId`. */
  forward: boolean;
  role: ParticipantRole | null;
  weight: number | null;
  /** For a typed relationship, whether it is former; null for a participation. */
  former: boolean | null;
  evidence: string[];
}

export interface PathRecord {
  nodes: NodeRecord[];
  steps: PathStepRecord[];
}
