// The connections whose edges are a cursor and a node, shared by the fields that list them:
// entities, events, articles and mentions. Pages come from keysetConnection (connection.ts).
import { builder } from "../builder.ts";
import { ArticleRef, EntityRef, EventRef, MentionRef } from "./refs.ts";

export const EntityConnectionRef = builder.connectionObject(
  { type: EntityRef, name: "EntityConnection", description: "A page of entities." },
  { name: "EntityEdge", description: "One entity in a page, with its cursor.", nodeField: { description: "The entity." } },
);
export const EventConnectionRef = builder.connectionObject(
  { type: EventRef, name: "EventConnection", description: "A page of events, chronological (undated events last)." },
  { name: "EventEdge", description: "One event in a page, with its cursor.", nodeField: { description: "The event." } },
);
export const ArticleConnectionRef = builder.connectionObject(
  { type: ArticleRef, name: "ArticleConnection", description: "A page of articles, newest first." },
  { name: "ArticleEdge", description: "One article in a page, with its cursor.", nodeField: { description: "The article." } },
);
export const MentionConnectionRef = builder.connectionObject(
  { type: MentionRef, name: "MentionConnection", description: "A page of mentions, by article then position." },
  { name: "MentionEdge", description: "One mention in a page, with its cursor.", nodeField: { description: "The mention." } },
);
