// Type references shared by the type files, declared once here so files can point at each other
// (an entity lists articles, an article lists entities) without import cycles.
import { builder } from "../builder.ts";
import type { ArticleRecord, EntityRecord, MentionRecord, SentenceRecord } from "../records.ts";

export const EntityRef = builder.interfaceRef<EntityRecord>("Entity");
export const PersonRef = builder.objectRef<EntityRecord>("Person");
export const OrganizationRef = builder.objectRef<EntityRecord>("Organization");
export const PlaceRef = builder.objectRef<EntityRecord>("Place");
export const EventRef = builder.objectRef<EntityRecord>("Event");
export const ArticleRef = builder.objectRef<ArticleRecord>("Article");
export const EvidenceRef = builder.objectRef<SentenceRecord>("Evidence");
export const MentionRef = builder.objectRef<MentionRecord>("Mention");

/** GraphQL type name of an entity record, by kind. */
export function entityTypeName(r: EntityRecord): "Person" | "Organization" | "Place" | "Event" {
  switch (r.kind) {
    case "PERSON":
      return "Person";
    case "ORGANIZATION":
      return "Organization";
    case "PLACE":
      return "Place";
    default:
      return "Event";
  }
}
