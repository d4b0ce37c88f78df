// Plain rows the read statements return and the GraphQL types resolve from. Shapes follow
// docs/graph-model.md; Neo4j integers are already numbers (db/mapping.ts).
import type { EventType, NodeKind, RelationshipType } from "../vocabulary.ts";

export type { NodeKind };

/** An entity or an event: every graph node GraphQL exposes through the Entity interface. */
export interface EntityRecord {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[] | null;
  mentionCount: number | null;
  articleCount?: number | null;
  /** JSON strings {"title","of"} (persons). */
  roles?: string[] | null;
  /** Events only. */
  type?: EventType | null;
  date?: string | null;
  dateSort?: string | null;
  dateText?: string | null;
}

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
  ingestedAt: string | null;
  sentenceCount: number | null;
}

export type Direction = "OUT" | "IN" | "BOTH";

export interface RelationshipRecord {
  type: RelationshipType;
  direction: "OUT" | "IN";
  weight: number;
  evidence: string[];
  key: string;
  node: EntityRecord;
}

export interface NeighborRecord {
  distance: number;
  types: string[];
  node: EntityRecord;
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
  role: string;
  node: EntityRecord;
}

export interface PathStepRecord {
  type: string;
  fromId: string;
  toId: string;
  /** True when the stored relationship points from `fromId` to `toId`. */
  forward: boolean;
  role: string | null;
  weight: number | null;
  evidence: string[];
}

export interface PathRecord {
  nodes: EntityRecord[];
  steps: PathStepRecord[];
}
