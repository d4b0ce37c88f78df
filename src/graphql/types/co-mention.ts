// Co-mentions: entities named in the same sentences as the entity asked about, as a connection.
import { builder } from "../builder.ts";
import type { CoMentionRecord } from "../records.ts";
import { loadEvidence } from "./evidence.ts";
import { EntityRef, EvidenceRef } from "./refs.ts";

export type CoMentionEdgeShape = CoMentionRecord & { cursor: string };

const CoMentionEdgeRef = builder.objectRef<CoMentionEdgeShape>("CoMentionEdge").implement({
  description: "An entity named in the same sentences as the entity asked about.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Keyset cursor of this edge (pass as after)." }),
    node: t.field({ type: EntityRef, description: "The co-mentioned entity.", resolve: (e) => e.node }),
    count: t.exposeInt("count", { description: "How many sentences name both entities." }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "A few sentences naming both (at most 3).",
      resolve: (e, _a, ctx) => loadEvidence(ctx, e.evidence, 3),
    }),
  }),
});

export const CoMentionConnectionRef = builder.connectionObject(
  { type: EntityRef, name: "CoMentionConnection", description: "A page of co-mentioned entities, most shared sentences first." },
  CoMentionEdgeRef,
);
