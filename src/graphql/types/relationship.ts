// Typed relationships of an entity, as a connection: each edge has the type, the direction seen
// from the entity, the other entity, the weight and the evidence sentences.
import { builder } from "../builder.ts";
import type { RelationshipRecord } from "../records.ts";
import { DirectionEnum, RelationshipTypeEnum } from "./enums.ts";
import { EVIDENCE_FIRST_DESCRIPTION, evidenceBounds, loadEvidence } from "./evidence.ts";
import { EntityRef, EvidenceRef } from "./refs.ts";

export type RelationshipEdgeShape = RelationshipRecord & { cursor: string };

const RelationshipEdgeRef = builder.objectRef<RelationshipEdgeShape>("RelationshipEdge").implement({
  description: "One typed relationship between the entity asked about and another entity.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Keyset cursor of this edge (pass as after)." }),
    type: t.field({ type: RelationshipTypeEnum, description: "What the relationship says.", resolve: (e) => e.type }),
    direction: t.field({
      type: DirectionEnum,
      description: "OUT when the entity asked about is the source (Putin LEADER_OF Russia, asked on Putin), IN when it is the target.",
      resolve: (e) => e.direction,
    }),
    node: t.field({ type: EntityRef, description: "The entity at the other end.", resolve: (e) => e.node }),
    weight: t.exposeInt("weight", { description: "How many sentences support the relationship, over all articles." }),
    former: t.exposeBoolean("former", {
      description:
        "True when every article supporting the relationship tells the tie as past (\"the former prime minister\"); false while one tells it as holding.",
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Sentences that state the relationship, in the order they were recorded.",
      args: { first: t.arg.int({ defaultValue: 5, description: EVIDENCE_FIRST_DESCRIPTION }) },
      extensions: { argBounds: evidenceBounds },
      complexity: (args) => ({ field: 1, multiplier: Math.max(1, args.first ?? 5) }),
      resolve: (e, args, ctx) => loadEvidence(ctx, e.evidence, args.first ?? 5),
    }),
  }),
});

export const RelationshipConnectionRef = builder.connectionObject(
  {
    type: EntityRef,
    name: "RelationshipConnection",
    description: "A page of an entity's typed relationships, strongest (highest weight) first.",
  },
  RelationshipEdgeRef,
);
