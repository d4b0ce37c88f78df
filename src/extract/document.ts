// The extraction document: the one public contract between src/extract and src/ingest.
// Defined once with zod; schema/extraction.schema.json is printed from it (npm run schema:print).
import { z } from "zod";

export const ENTITY_KINDS = ["PERSON", "ORGANIZATION", "PLACE"] as const;
export const EVENT_TYPES = [
  "MEETING",
  "VISIT",
  "COMMUNICATION",
  "APPEAL",
  "DEMAND",
  "REJECTION",
  "NEGOTIATION",
  "AGREEMENT",
  "MILITARY_ACTION",
  "TERRITORIAL_CHANGE",
  "ABDUCTION",
  "LEGAL_ACTION",
  "ELECTION",
  "APPOINTMENT",
  "PROTEST",
  "SANCTION",
  "DEATH",
  "OTHER",
] as const;
export const RELATIONSHIP_TYPES = [
  "SPOUSE_OF",
  "FAMILY_OF",
  "LEADER_OF",
  "MEMBER_OF",
  "PART_OF",
  "LOCATED_IN",
  "CITIZEN_OF",
  "SUPPORTS",
  "OPPOSES",
  "ALLY_OF",
] as const;
export const PARTICIPANT_ROLES = [
  "agent",
  "recipient",
  "target",
  "subject",
  "place",
  "beneficiary",
  "instrument",
  "participant",
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** A span of article.text: text === article.text.slice(start, end). */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .describe("A span of article.text; text === article.text.slice(start, end) (JavaScript string indices).");

export const Role = z.object({
  title: z.string().min(1),
  of: z.string().optional().describe("Entity id of the state or organisation the role is held in."),
});

export const ExtractedEntity = z.object({
  id: z.string().min(1).describe("Stable across articles: derived from kind + canonical name."),
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1).describe("Canonical name."),
  aliases: z.array(z.string()).describe("Every surface form seen in this article, canonical name included."),
  mentions: z.array(Span),
  roles: z.array(Role).optional(),
});

export const Participant = z.object({
  entityId: z.string().min(1),
  role: z.enum(PARTICIPANT_ROLES),
});

export const ExtractedEvent = z.object({
  id: z.string().min(1).describe("Stable for the same article and trigger."),
  type: z.enum(EVENT_TYPES),
  name: z.string().min(1).describe("Short human-readable label, e.g. 'Meeting in Alaska'."),
  date: z
    .string()
    .nullable()
    .describe("ISO 8601 prefix: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown."),
  dateText: z.string().nullable().describe("The original words the date came from."),
  placeId: z.string().nullable().describe("Entity id of the PLACE where it happened."),
  participants: z.array(Participant),
  evidence: z.array(Span).min(1).describe("Whole sentences that support the event."),
});

export const ExtractedRelationship = z.object({
  type: z.enum(RELATIONSHIP_TYPES),
  sourceId: z.string().min(1),
  targetId: z.string().min(1),
  evidence: z.array(Span).min(1).describe("Whole sentences that support the relationship."),
});

export const ExtractedArticle = z.object({
  id: z.string().min(1).describe("Given id, or a content hash of the text."),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable().describe("ISO 8601 date or date-time."),
  text: z.string().min(1),
});

export const ExtractionDocument = z.object({
  article: ExtractedArticle,
  entities: z.array(ExtractedEntity),
  events: z.array(ExtractedEvent),
  relationships: z.array(ExtractedRelationship),
});

export type SpanT = z.infer<typeof Span>;
export type ExtractedEntityT = z.infer<typeof ExtractedEntity>;
export type ExtractedEventT = z.infer<typeof ExtractedEvent>;
export type ExtractedRelationshipT = z.infer<typeof ExtractedRelationship>;
export type ExtractionDocumentT = z.infer<typeof ExtractionDocument>;

/** The input of the extractor. */
export const ArticleInput = z.object({
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  text: z.string(),
});
export type ArticleInputT = z.infer<typeof ArticleInput>;
