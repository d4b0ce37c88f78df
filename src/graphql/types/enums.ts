// The enums of the API, with their descriptions, derived from the one vocabulary table
// (src/vocabulary.ts) — the same allow-lists the extractor and the Cypher statements use, so
// GraphQL can only pass known names.
import {
  ENTITY_KIND_TABLE,
  EVENT_FACTUALITIES,
  EVENT_FACTUALITY_TABLE,
  EVENT_SUBTYPE_TABLE,
  EVENT_SUBTYPES,
  EVENT_TYPE_TABLE,
  EVENT_TYPES,
  LINK_TYPES,
  NODE_KINDS,
  PARTICIPANT_ROLE_TABLE,
  PARTICIPANT_ROLES,
  RELATIONSHIP_TYPE_TABLE,
  RELATIONSHIP_TYPES,
  type EventFactuality,
  type EventSubtype,
  type EventType,
  type LinkType,
  type NodeKind,
  type ParticipantRole,
  type RelationshipType,
} from "../../vocabulary.ts";
import { builder } from "../builder.ts";

export { LINK_TYPES, type LinkType };

/** Enum values for Pothos: each name maps to itself, with its description. */
function enumValues<T extends string>(names: readonly T[], describe: (name: T) => string): { [name: string]: { value: T; description: string } } {
  return Object.fromEntries(names.map((n) => [n, { value: n, description: describe(n) }]));
}

export const EntityKindEnum = builder.enumType("EntityKind", {
  description: "What an entity is. EVENT entities are events (see the Event type).",
  values: enumValues<NodeKind>(NODE_KINDS, (k) => (k === "EVENT" ? "An event, seen as a node of the graph." : ENTITY_KIND_TABLE[k])),
});

export const EventTypeEnum = builder.enumType("EventType", {
  description: "What kind of event the extractor recognised.",
  values: enumValues<EventType>(EVENT_TYPES, (t) => `${EVENT_TYPE_TABLE[t].label}: ${EVENT_TYPE_TABLE[t].description}`),
});

export const EventSubtypeEnum = builder.enumType("EventSubtype", {
  description: "A finer kind of event within its type: an ACQUISITION is an AGREEMENT, a RESIGNATION an APPOINTMENT.",
  values: enumValues<EventSubtype>(EVENT_SUBTYPES, (s) => {
    const { label, description, family } = EVENT_SUBTYPE_TABLE[s];
    return `${label}: ${description} A kind of ${family}.`;
  }),
});

export const EventFactualityEnum = builder.enumType("EventFactuality", {
  description: "How the articles tell an event: as having happened, or as still to come.",
  values: Object.fromEntries(
    EVENT_FACTUALITIES.map((f): [string, { value: EventFactuality; description: string }] => [
      f.toUpperCase(),
      { value: f, description: `${EVENT_FACTUALITY_TABLE[f].label}: ${EVENT_FACTUALITY_TABLE[f].description}` },
    ]),
  ),
});

export const RelationshipTypeEnum = builder.enumType("RelationshipType", {
  description: "A typed relationship between two entities, extracted from sentences that state it.",
  values: enumValues<RelationshipType>(RELATIONSHIP_TYPES, (t) => `Source ${RELATIONSHIP_TYPE_TABLE[t].meaning} target.`),
});

export const LinkTypeEnum = builder.enumType("LinkType", {
  description: "A link walked by paths and neighbors: a typed relationship, or taking part in an event (PARTICIPATED_IN).",
  values: enumValues<LinkType>(LINK_TYPES, (t) => (t === "PARTICIPATED_IN" ? "An entity took part in an event." : `Source ${RELATIONSHIP_TYPE_TABLE[t].meaning} target.`)),
});

export const ParticipantRoleEnum = builder.enumType("ParticipantRole", {
  description: "The part an entity played in an event.",
  values: Object.fromEntries(
    PARTICIPANT_ROLES.map((r): [string, { value: ParticipantRole; description: string }] => [
      r.toUpperCase(),
      { value: r, description: `The ${r}: ${PARTICIPANT_ROLE_TABLE[r].description}` },
    ]),
  ),
});

export const DirectionEnum = builder.enumType("Direction", {
  description: "Which way a relationship points, seen from the entity being asked about.",
  values: {
    OUT: { value: "OUT" as const, description: "From this entity to the other one (this entity is the source)." },
    IN: { value: "IN" as const, description: "From the other entity to this one (this entity is the target)." },
    BOTH: { value: "BOTH" as const, description: "Either way." },
  },
});

export const EntityOrderEnum = builder.enumType("EntityOrder", {
  description: "How to order a list of entities.",
  values: {
    MENTIONS: { value: "MENTIONS" as const, description: "Most mentioned first (across all articles), then by id." },
    NAME: { value: "NAME" as const, description: "Alphabetically by name (case-insensitive), then by id." },
  },
});
