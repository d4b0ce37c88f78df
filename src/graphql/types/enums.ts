// The enums of the API. Values come from the extraction contract (src/extract/document.ts), the
// same allow-lists the ingest and read statements use, so GraphQL can only pass known names.
import { ENTITY_KINDS, EVENT_TYPES, PARTICIPANT_ROLES, RELATIONSHIP_TYPES } from "../../extract/document.ts";
import { builder } from "../builder.ts";

const RELATIONSHIP_MEANINGS: Record<(typeof RELATIONSHIP_TYPES)[number], string> = {
  SPOUSE_OF: "married to",
  FAMILY_OF: "related by family to",
  LEADER_OF: "leads (head of state, chief, president of)",
  MEMBER_OF: "is a member of",
  PART_OF: "is part of (an organisation or body of a state)",
  LOCATED_IN: "is located in",
  CITIZEN_OF: "is a citizen or national of",
  SUPPORTS: "supports",
  OPPOSES: "opposes",
  ALLY_OF: "is an ally of",
};

export const EntityKindEnum = builder.enumType("EntityKind", {
  description: "What an entity is. EVENT entities are events (see the Event type).",
  values: Object.fromEntries(
    [...ENTITY_KINDS, "EVENT" as const].map((k) => [k, { value: k, description: `An entity of kind ${k.toLowerCase()}.` }]),
  ) as Record<(typeof ENTITY_KINDS)[number] | "EVENT", { value: (typeof ENTITY_KINDS)[number] | "EVENT"; description: string }>,
});

export const EventTypeEnum = builder.enumType("EventType", {
  description: "What kind of event the extractor recognised.",
  values: Object.fromEntries(EVENT_TYPES.map((t) => [t, { value: t, description: `A ${t.toLowerCase().replace(/_/g, " ")} event.` }])) as Record<
    (typeof EVENT_TYPES)[number],
    { value: (typeof EVENT_TYPES)[number]; description: string }
  >,
});

export const RelationshipTypeEnum = builder.enumType("RelationshipType", {
  description: "A typed relationship between two entities, extracted from sentences that state it.",
  values: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { value: t, description: `Source ${RELATIONSHIP_MEANINGS[t]} target.` }])) as Record<
    (typeof RELATIONSHIP_TYPES)[number],
    { value: (typeof RELATIONSHIP_TYPES)[number]; description: string }
  >,
});

export const LINK_TYPES = [...RELATIONSHIP_TYPES, "PARTICIPATED_IN"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LinkTypeEnum = builder.enumType("LinkType", {
  description: "A link walked by paths and neighbors: a typed relationship, or taking part in an event (PARTICIPATED_IN).",
  values: Object.fromEntries(
    LINK_TYPES.map((t) => [
      t,
      { value: t, description: t === "PARTICIPATED_IN" ? "An entity took part in an event." : `Source ${RELATIONSHIP_MEANINGS[t]} target.` },
    ]),
  ) as Record<LinkType, { value: LinkType; description: string }>,
});

export const ParticipantRoleEnum = builder.enumType("ParticipantRole", {
  description: "The part an entity played in an event.",
  values: Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r.toUpperCase(), { value: r, description: `The ${r} of the event.` }])) as Record<
    string,
    { value: (typeof PARTICIPANT_ROLES)[number]; description: string }
  >,
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
