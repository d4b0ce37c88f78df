// The one table of names the whole service speaks: entity kinds, event types and subtypes, how an
// event is told (factuality), relationship types and participant roles, each with its meaning.
// The extraction contract (zod), the GraphQL enums and their descriptions, the extractor, the gold
// scorers, the Cypher allow-lists (checked by a test) and the explorer's lists and labels all
// derive from here. Free of zod and of Node APIs so the explorer's browser bundle can import it.
// docs/recipes.md says how to add a name.

export const ENTITY_KIND_TABLE = {
  PERSON: "A person, named in the text.",
  ORGANIZATION: "An organisation: a company, a government body, a party, a club, a court, an agency.",
  PLACE: "A place: a country, a region, a city, a site.",
} as const;
export type EntityKind = keyof typeof ENTITY_KIND_TABLE;
export const ENTITY_KINDS = Object.keys(ENTITY_KIND_TABLE) as EntityKind[];

/** The kinds a node of the graph can have: entities, and events seen as nodes. */
export type NodeKind = EntityKind | "EVENT";
export const NODE_KINDS: readonly NodeKind[] = [...ENTITY_KINDS, "EVENT"];

export interface ParticipantRoleInfo {
  readonly description: string;
}
export const PARTICIPANT_ROLE_TABLE = {
  agent: { description: "Does the act (the one who meets, attacks, announces, acquires)." },
  recipient: { description: "Is addressed or receives (the addressee of an appeal, the one told something)." },
  target: { description: "Is acted against (the accused, the defeated, the attacked, the acquired)." },
  subject: { description: "What the event is about or who undergoes it (the deceased, the appointee, the defendant)." },
  place: { description: "Where the event happens." },
  beneficiary: { description: "Benefits from the event." },
  instrument: { description: "The medium (a newspaper, a TV channel, a social network)." },
  participant: { description: "Any other party (both sides of an agreement or a meeting)." },
} as const satisfies Record<string, ParticipantRoleInfo>;
export type ParticipantRole = keyof typeof PARTICIPANT_ROLE_TABLE;
export const PARTICIPANT_ROLES = Object.keys(PARTICIPANT_ROLE_TABLE) as ParticipantRole[];

export interface EventTypeInfo {
  /** A short human label ("Military action"). */
  readonly label: string;
  readonly description: string;
  /** The roles its participants usually take, most typical first. */
  readonly roles: readonly ParticipantRole[];
}
export const EVENT_TYPE_TABLE = {
  MEETING: { label: "Meeting", description: "A meeting, summit, talk or match between parties.", roles: ["participant", "agent", "place"] },
  VISIT: { label: "Visit", description: "A visit to a place or a party.", roles: ["agent", "recipient", "place"] },
  COMMUNICATION: { label: "Communication", description: "A statement, an interview, a letter, a report made public.", roles: ["agent", "recipient", "subject", "instrument"] },
  APPEAL: { label: "Appeal", description: "A call on someone to act, a plea, a request.", roles: ["agent", "recipient", "subject"] },
  DEMAND: { label: "Demand", description: "A demand or an ultimatum.", roles: ["agent", "recipient", "subject"] },
  REJECTION: { label: "Rejection", description: "A refusal, a denial, a criticism or an accusation.", roles: ["agent", "target", "subject"] },
  NEGOTIATION: { label: "Negotiation", description: "Negotiations or mediation between parties.", roles: ["participant", "agent"] },
  AGREEMENT: { label: "Agreement", description: "An agreement, a deal, a treaty, a ceasefire, an acquisition.", roles: ["participant", "agent", "target"] },
  MILITARY_ACTION: { label: "Military action", description: "An attack, a strike, fighting, a deployment.", roles: ["agent", "target", "place"] },
  TERRITORIAL_CHANGE: { label: "Territorial change", description: "An annexation, an occupation, a seizure of territory.", roles: ["agent", "target", "place"] },
  ABDUCTION: { label: "Abduction", description: "A kidnapping, a hostage taking, an abduction.", roles: ["agent", "target", "place"] },
  LEGAL_ACTION: { label: "Legal action", description: "An arrest, a charge, a trial, a verdict, a sentence, a lawsuit.", roles: ["agent", "target", "subject"] },
  ELECTION: { label: "Election", description: "An election, a vote, a referendum, a campaign.", roles: ["subject", "agent", "place"] },
  APPOINTMENT: { label: "Appointment", description: "An appointment to an office, or leaving one.", roles: ["subject", "agent"] },
  PROTEST: { label: "Protest", description: "A protest, a demonstration, a strike.", roles: ["agent", "target", "place"] },
  SANCTION: { label: "Sanction", description: "Sanctions, an embargo, a ban imposed on someone.", roles: ["agent", "target"] },
  DEATH: { label: "Death", description: "A death.", roles: ["subject", "place"] },
  OTHER: { label: "Other", description: "Another event the text reports.", roles: ["subject", "agent", "participant"] },
} as const satisfies Record<string, EventTypeInfo>;
export type EventType = keyof typeof EVENT_TYPE_TABLE;
export const EVENT_TYPES = Object.keys(EVENT_TYPE_TABLE) as EventType[];

export interface EventSubtypeInfo {
  /** The event type it refines: what `type` says for an event of this subtype. */
  readonly family: EventType;
  readonly label: string;
  readonly description: string;
}
/** Finer kinds of event under one type: an acquisition is an AGREEMENT, a resignation an APPOINTMENT. */
export const EVENT_SUBTYPE_TABLE = {
  ACQUISITION: { family: "AGREEMENT", label: "Acquisition", description: "A company, a stake or assets bought or taken over." },
  MERGER: { family: "AGREEMENT", label: "Merger", description: "Two organisations combined into one." },
  DEAL: { family: "AGREEMENT", label: "Deal", description: "An order, a contract, a partnership or a licence." },
  INVESTMENT: { family: "AGREEMENT", label: "Investment", description: "Money put into a company or a project, a stake taken." },
  RESIGNATION: { family: "APPOINTMENT", label: "Resignation", description: "Someone leaves an office or a post of their own accord." },
  DISMISSAL: { family: "APPOINTMENT", label: "Dismissal", description: "Someone is removed from an office or a post." },
  INVESTIGATION: { family: "LEGAL_ACTION", label: "Investigation", description: "An inquiry, a probe or an audit." },
  ANNOUNCEMENT: { family: "COMMUNICATION", label: "Announcement", description: "An announcement that is itself the news: a launch, a decision, a result made public." },
} as const satisfies Record<string, EventSubtypeInfo>;
export type EventSubtype = keyof typeof EVENT_SUBTYPE_TABLE;
export const EVENT_SUBTYPES = Object.keys(EVENT_SUBTYPE_TABLE) as EventSubtype[];

export interface EventFactualityInfo {
  /** A short human label ("Planned"). */
  readonly label: string;
  readonly description: string;
}
/**
 * How the text tells an event. Negated, possible, conditional, intended and alleged events are not
 * extracted at all, so these two are all an event can be.
 */
export const EVENT_FACTUALITY_TABLE = {
  asserted: { label: "Asserted", description: "Told as having happened or as happening." },
  planned: { label: "Planned", description: "Told as still to come: announced, scheduled or due, not yet happened ('will meet', 'is scheduled for')." },
} as const satisfies Record<string, EventFactualityInfo>;
export type EventFactuality = keyof typeof EVENT_FACTUALITY_TABLE;
export const EVENT_FACTUALITIES = Object.keys(EVENT_FACTUALITY_TABLE) as EventFactuality[];

export interface RelationshipTypeInfo {
  /** What "source TYPE target" says, completing "Source … target". */
  readonly meaning: string;
  /** Either direction says the same: stored once, ends in id order. */
  readonly symmetric: boolean;
  readonly sourceKinds: readonly EntityKind[];
  readonly targetKinds: readonly EntityKind[];
}
const ANY: readonly EntityKind[] = ENTITY_KINDS;
export const RELATIONSHIP_TYPE_TABLE = {
  SPOUSE_OF: { meaning: "is married to", symmetric: true, sourceKinds: ["PERSON"], targetKinds: ["PERSON"] },
  FAMILY_OF: { meaning: "is related by family to", symmetric: true, sourceKinds: ["PERSON"], targetKinds: ["PERSON"] },
  LEADER_OF: { meaning: "leads (head of state or government, chief executive, chair, president, manager of)", symmetric: false, sourceKinds: ["PERSON"], targetKinds: ["ORGANIZATION", "PLACE"] },
  MEMBER_OF: { meaning: "is a member, employee, official or player of", symmetric: false, sourceKinds: ["PERSON", "ORGANIZATION", "PLACE"], targetKinds: ["ORGANIZATION", "PLACE"] },
  PART_OF: { meaning: "is part of (an organisation, or a body of a state)", symmetric: false, sourceKinds: ["ORGANIZATION", "PLACE"], targetKinds: ["ORGANIZATION", "PLACE"] },
  LOCATED_IN: { meaning: "is located in", symmetric: false, sourceKinds: ANY, targetKinds: ["PLACE"] },
  CITIZEN_OF: { meaning: "is a citizen or national of", symmetric: false, sourceKinds: ["PERSON"], targetKinds: ["PLACE"] },
  SUPPORTS: { meaning: "supports", symmetric: false, sourceKinds: ANY, targetKinds: ANY },
  OPPOSES: { meaning: "opposes", symmetric: false, sourceKinds: ANY, targetKinds: ANY },
  ALLY_OF: { meaning: "is an ally of", symmetric: true, sourceKinds: ANY, targetKinds: ANY },
} as const satisfies Record<string, RelationshipTypeInfo>;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPE_TABLE;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_TYPE_TABLE) as RelationshipType[];

export function isSymmetric(type: string): boolean {
  return (RELATIONSHIP_TYPE_TABLE as Record<string, RelationshipTypeInfo>)[type]?.symmetric ?? false;
}

/** Links walked by paths and neighbours: the typed relationships, and taking part in an event. */
export type LinkType = RelationshipType | "PARTICIPATED_IN";
export const LINK_TYPES: readonly LinkType[] = [...RELATIONSHIP_TYPES, "PARTICIPATED_IN"];
