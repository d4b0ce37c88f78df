// Plain edges (cursor + node) for lists without edge data: entities, events, articles, mentions.
import { builder } from "../builder.ts";
import type { ArticleRecord, EntityRecord, MentionRecord } from "../records.ts";
import { connectionType } from "./connection.ts";
import { ArticleRef, EntityRef, EventRef, MentionRef } from "./refs.ts";

const cursorField = { description: "Keyset cursor of this edge (pass as after)." };

const EntityEdgeRef = builder.objectRef<{ cursor: string; node: EntityRecord }>("EntityEdge").implement({
  description: "One entity in a page, with its cursor.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", cursorField),
    node: t.field({ type: EntityRef, description: "The entity.", resolve: (e) => e.node }),
  }),
});
const EventEdgeRef = builder.objectRef<{ cursor: string; node: EntityRecord }>("EventEdge").implement({
  description: "One event in a page, with its cursor.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", cursorField),
    node: t.field({ type: EventRef, description: "The event.", resolve: (e) => e.node }),
  }),
});
const ArticleEdgeRef = builder.objectRef<{ cursor: string; node: ArticleRecord }>("ArticleEdge").implement({
  description: "One article in a page, with its cursor.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", cursorField),
    node: t.field({ type: ArticleRef, description: "The article.", resolve: (e) => e.node }),
  }),
});
const MentionEdgeRef = builder.objectRef<{ cursor: string; node: MentionRecord }>("MentionEdge").implement({
  description: "One mention in a page, with its cursor.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", cursorField),
    node: t.field({ type: MentionRef, description: "The mention.", resolve: (e) => e.node }),
  }),
});

export const EntityConnectionRef = connectionType("EntityConnection", EntityEdgeRef, "A page of entities.");
export const EventConnectionRef = connectionType("EventConnection", EventEdgeRef, "A page of events, chronological (undated events last).");
export const ArticleConnectionRef = connectionType("ArticleConnection", ArticleEdgeRef, "A page of articles, newest first.");
export const MentionConnectionRef = connectionType("MentionConnection", MentionEdgeRef, "A page of mentions, by article then position.");
