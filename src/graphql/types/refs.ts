// Type references shared by the type files, declared once here so files can point at each other
// (an entity lists articles, an article lists entities) without import cycles.
import { builder } from "../builder.ts";
import type { ArticleRecord, EntityRecord, EventRecord, MentionRecord, NodeRecord, SentenceRecord } from "../records.ts";

export const EntityRef = builder.interfaceRef<NodeRecord>("Entity");
export const PersonRef = builder.objectRef<EntityRecord>("Person");
export const OrganizationRef = builder.objectRef<EntityRecord>("Organization");
export const PlaceRef = builder.objectRef<EntityRecord>("Place");
export const EventRef = builder.objectRef<EventRecord>("Event");
export const ArticleRef = builder.objectRef<ArticleRecord>("Article");
export const EvidenceRef = builder.objectRef<SentenceRecord>("Evidence");
export const MentionRef = builder.objectRef<MentionRecord>("Mention");

const TYPE_NAMES = { PERSON: "Person", ORGANIZATION: "Organization", PLACE: "Place", EVENT: "Event" } as const;

/** GraphQL type name of a node record, by kind. */
export function entityTypeName(r: NodeRecord): (typeof TYPE_NAMES)[NodeRecord["kind"]] {
  return TYPE_NAMES[r.kind];
}

/** True for a node record of `kind` (isTypeOf of the node types). */
export function hasKind<K extends NodeRecord["kind"]>(kind: K) {
  return (v: unknown): boolean => typeof v === "object" && v !== null && "kind" in v && v.kind === kind;
}
