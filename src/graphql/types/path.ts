// Query.path and Query.paths: how two entities are connected, and who says so. Steps walk typed
// relationships and event participation; each step carries its evidence sentences.
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { quoted, userError } from "../cursor.ts";
import { LIMITS } from "../limits.ts";
import { entityKey } from "../node-id.ts";
import type { NodeRecord, PathRecord, PathStepRecord } from "../records.ts";
import { shortestPath, shortestPaths } from "../repositories/path-repository.ts";
import { DirectionEnum, LinkTypeEnum, ParticipantRoleEnum } from "./enums.ts";
import { EVIDENCE_FIRST_DESCRIPTION, evidenceBounds, loadEvidence } from "./evidence.ts";
import { EntityRef, EvidenceRef } from "./refs.ts";

interface StepShape extends PathStepRecord {
  from: NodeRecord;
  to: NodeRecord;
}

const PathStepRef = builder.objectRef<StepShape>("PathStep").implement({
  description: "One hop of a path: a typed relationship, or taking part in an event, with the sentences that support it.",
  fields: (t) => ({
    type: t.field({ type: LinkTypeEnum, description: "The link walked.", resolve: (s) => s.type }),
    direction: t.field({
      type: DirectionEnum,
      description: "OUT when the stored link points from `from` to `to` (Melania Trump PARTICIPATED_IN the event), IN when it points back.",
      resolve: (s) => (s.forward ? "OUT" : "IN"),
    }),
    from: t.field({ type: EntityRef, description: "Where the step starts (the previous node of the path).", resolve: (s) => s.from }),
    to: t.field({ type: EntityRef, description: "Where the step ends (the next node of the path).", resolve: (s) => s.to }),
    role: t.field({
      type: ParticipantRoleEnum,
      nullable: true,
      description: "For a PARTICIPATED_IN step, the participant's role in the event.",
      resolve: (s) => s.role,
    }),
    weight: t.int({ nullable: true, description: "For a typed relationship, how many sentences support it.", resolve: (s) => s.weight }),
    former: t.boolean({
      nullable: true,
      description: "For a typed relationship, true when every article supporting it tells the tie as past; null for a PARTICIPATED_IN step.",
      resolve: (s) => s.former,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Sentences supporting the step: the relationship's evidence, or the sentences describing the event.",
      args: { first: t.arg.int({ defaultValue: 5, description: EVIDENCE_FIRST_DESCRIPTION }) },
      extensions: { argBounds: evidenceBounds },
      resolve: (s, args, ctx) => loadEvidence(ctx, s.evidence, args.first ?? 5),
    }),
  }),
});

const PathRef = builder.objectRef<PathRecord>("Path").implement({
  description: "A connection between two entities: the nodes in order and the steps between them.",
  fields: (t) => ({
    length: t.int({ description: "Number of steps.", resolve: (p) => p.steps.length }),
    nodes: t.field({ type: [EntityRef], description: "Entities and events along the path, from `from` to `to`.", resolve: (p) => p.nodes }),
    steps: t.field({
      type: [PathStepRef],
      description: "The steps, in order; steps[i] links nodes[i] and nodes[i+1].",
      resolve: (p) => p.steps.map((s, i) => ({ ...s, from: p.nodes[i]!, to: p.nodes[i + 1]! })),
    }),
  }),
});

// maxHops and first are bounded by the fields' argBounds, checked before execution.
function endpoints(args: { from: string | number; to: string | number; maxHops?: number | null }) {
  const from = entityKey(String(args.from), "from");
  const to = entityKey(String(args.to), "to");
  // Neo4j would answer with a loop through a neighbour; a path needs two different ends.
  if (from === to) throw userError(`from and to are the same entity (${quoted(from)}); give two different entities.`, { argument: "to" });
  return { from, to, maxHops: args.maxHops ?? 4 };
}

const hopsArg = `Longest path considered, 4 by default, at most ${LIMITS.maxHops}.`;
const pathCost = (args: { maxHops?: number | null }) => ({ field: 10 * (args.maxHops ?? 4), multiplier: 1 });

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description: "The shortest connection between two entities over typed relationships and shared events; null when none within maxHops.",
    args: {
      from: t.arg.id({ required: true, description: "Start: global ID or key such as person:melania-trump." }),
      to: t.arg.id({ required: true, description: "End: global ID or key such as person:vladimir-putin." }),
      maxHops: t.arg.int({ defaultValue: 4, description: hopsArg }),
    },
    extensions: { argBounds: { maxHops: [1, LIMITS.maxHops] } },
    complexity: pathCost,
    resolve: (_root, args, ctx: GraphQLContext) => {
      const e = endpoints(args);
      return ctx.loaders.inRead((tx) => shortestPath(tx, e.from, e.to, e.maxHops));
    },
  }),
  paths: t.field({
    type: [PathRef],
    description: `The k shortest connections between two entities (shortest first), at most ${LIMITS.maxPaths}.`,
    args: {
      from: t.arg.id({ required: true, description: "Start: global ID or key." }),
      to: t.arg.id({ required: true, description: "End: global ID or key." }),
      maxHops: t.arg.int({ defaultValue: 4, description: hopsArg }),
      first: t.arg.int({ defaultValue: 3, description: `How many paths, 3 by default, at most ${LIMITS.maxPaths}.` }),
    },
    extensions: { argBounds: { maxHops: [1, LIMITS.maxHops], first: [1, LIMITS.maxPaths] } },
    complexity: (args) => ({ field: 10 * (args.maxHops ?? 4), multiplier: Math.max(1, args.first ?? 3) }),
    resolve: (_root, args, ctx) => {
      const e = endpoints(args);
      return ctx.loaders.inRead((tx) => shortestPaths(tx, e.from, e.to, e.maxHops, args.first ?? 3));
    },
  }),
}));
