// The extraction document: the one public contract between src/extract and src/ingest.
// Defined once with zod; schema/extraction.schema.json is printed from it (npm run schema:print).
import { z } from "zod";

import { ENTITY_KINDS, EVENT_SUBTYPES, EVENT_TYPES, PARTICIPANT_ROLES, RELATIONSHIP_TYPES } from "../vocabulary.ts";

// The names come from the one vocabulary table; re-exported for the extractor's convenience.
export { ENTITY_KINDS, EVENT_TYPES, PARTICIPANT_ROLES, RELATIONSHIP_TYPES };
export type { EntityKind, EventType, ParticipantRole, RelationshipType } from "../vocabulary.ts";

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

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
  kind: enumOf(ENTITY_KINDS),
  name: z.string().min(1).describe("Canonical name."),
  aliases: z.array(z.string()).describe("Every surface form seen in this article, canonical name included."),
  mentions: z.array(Span).describe("Where the text names the entity."),
  references: z
    .array(Span)
    .optional()
    .describe(
      "Where the text refers to the entity without naming it: a pronoun ('she', 'its'), a description ('the company', 'the 48-year-old') or a nationality word ('German'), as the extractor resolved them. Not aliases. Absent when there are none.",
    ),
  roles: z.array(Role).optional(),
});

export const Participant = z.object({
  entityId: z.string().min(1),
  role: enumOf(PARTICIPANT_ROLES),
});

export const ExtractedEvent = z.object({
  id: z.string().min(1).describe("Stable for the same article and trigger."),
  type: enumOf(EVENT_TYPES),
  subtype: enumOf(EVENT_SUBTYPES)
    .nullable()
    .default(null)
    .describe("A finer kind within the type (an ACQUISITION is an AGREEMENT); its family is always `type`."),
  factuality: z
    .enum(["asserted", "planned"])
    .default("asserted")
    .describe("asserted: told as having happened or happening; planned: told as still to come ('will meet', 'is scheduled for'). Negated, possible, conditional, intended and alleged events are not extracted."),
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
  type: enumOf(RELATIONSHIP_TYPES),
  sourceId: z.string().min(1),
  targetId: z.string().min(1),
  former: z.boolean().optional().describe("The text tells a tie held in the past ('the former head of', 'ex-coach'); absent when it holds as told."),
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
