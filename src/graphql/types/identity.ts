// Identity decisions over GraphQL: mergeEntities, splitEntity and keepEntitiesApart (API-key
// guarded like ingestArticle; refusals are typed payload members), and Entity.possibleDuplicates,
// the candidate links linking recorded with their score and reasons.
import type { Tx } from "../../db/database.ts";
import { IdentityDecisionError, keepEntitiesApart, mergeEntities, splitEntity, type DecisionContext } from "../../ingest/identity-decisions.ts";
import { ingestKeyProblem } from "../api-key.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { entityById } from "../loaders/entity-loaders.ts";
import { possibleDuplicatesByEntity, type PossibleDuplicateRecord } from "../loaders/identity-loaders.ts";
import { articleKey, entityKey } from "../node-id.ts";
import { ErrorInterface, NotFoundError, UnauthorizedError } from "./errors.ts";
import { EntityRef } from "./refs.ts";

const IdentityProblemEnum = builder.enumType("IdentityProblem", {
  description: "Why an identity decision was refused.",
  values: {
    SAME_ENTITY: { description: "Both ids are the same entity." },
    DIFFERENT_KINDS: { description: "A person cannot be merged with a place or an organisation." },
    ARTICLE_NOT_NAMING_ENTITY: { description: "An article to split off does not name the entity." },
    NO_ARTICLES: { description: "No article was given to split off." },
    ALL_ARTICLES: { description: "Splitting every article off would leave the entity empty." },
    UNKNOWN_ENTITY: { description: "No entity has the id (answered as NotFoundError)." },
  },
});

builder.objectType(IdentityDecisionError, {
  name: "IdentityDecisionError",
  description: "The merge, split or keep-apart was refused; nothing was changed.",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof IdentityDecisionError,
  fields: (t) => ({
    problem: t.field({ type: IdentityProblemEnum, description: "What was wrong.", resolve: (e) => e.problem }),
    ids: t.stringList({ description: "The entity or article ids at fault.", resolve: (e) => e.ids }),
  }),
});

const PossibleDuplicateRef = builder.objectRef<PossibleDuplicateRecord>("PossibleDuplicate").implement({
  description: "An entity that linking found might be this one but could not tell: merge them, or keep them apart.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: "The other entity.", resolve: (d) => d.node }),
    score: t.exposeFloat("score", { description: "How alike linking found them (0 to about 2; it links at 0.75 with a clear margin)." }),
    reasons: t.exposeStringList("reasons", { description: "What the score rests on: how the names relate, shared co-mentions, roles, dates." }),
    articleId: t.string({ nullable: true, description: "The article whose linking recorded it.", resolve: (d) => d.articleId }),
  }),
});

builder.interfaceField(EntityRef, "possibleDuplicates", (t) =>
  t.field({
    type: [PossibleDuplicateRef],
    description: "Entities linking recorded as possibly this one, best first (events: none). mergeEntities or keepEntitiesApart settles each.",
    resolve: (e, _a, ctx) => (e.kind === "EVENT" ? [] : possibleDuplicatesByEntity(ctx.loaders).load(e.id)),
  }),
);

function decisionContext(args: { reason: string; decidedBy?: string | null }): DecisionContext {
  return { by: args.decidedBy?.trim() || "api", reason: args.reason.trim() };
}

/** Runs a decision; an unknown id becomes NotFoundError, other refusals stay IdentityDecisionError. */
async function decide<T>(ctx: GraphQLContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const problem = ingestKeyProblem(ctx);
  if (problem) throw new UnauthorizedError(problem);
  try {
    return await ctx.db.write(work);
  } catch (e) {
    if (e instanceof IdentityDecisionError && e.problem === "UNKNOWN_ENTITY") throw new NotFoundError(e.message, e.ids[0] ?? "");
    throw e;
  }
}

interface MergeResult {
  decisionId: string;
  keepId: string;
  mergedId: string;
  articlesMoved: number;
}
const MergeSuccess = builder.objectRef<MergeResult>("MergeEntitiesSuccess").implement({
  description: "The two entities are one: the kept entity holds every mention, relationship, event and alias of the other.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, nullable: true, description: "The kept entity.", resolve: (r, _a, ctx) => entityById(ctx.loaders).load(r.keepId) }),
    mergedId: t.exposeString("mergedId", { description: "The merged entity's id; it now finds the kept entity (entity(id:))." }),
    articlesMoved: t.exposeInt("articlesMoved", { description: "Articles whose view of the merged entity moved." }),
    decisionId: t.exposeString("decisionId", { description: "The decision's id in the log." }),
  }),
});

interface SplitResult {
  decisionId: string;
  entityId: string;
  newEntityId: string;
  restored: boolean;
  articlesMoved: number;
}
const SplitSuccess = builder.objectRef<SplitResult>("SplitEntitySuccess").implement({
  description: "The articles' view of the entity is another entity now.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, nullable: true, description: "The entity split from.", resolve: (r, _a, ctx) => entityById(ctx.loaders).load(r.entityId) }),
    newEntity: t.field({ type: EntityRef, nullable: true, description: "The entity the articles now name.", resolve: (r, _a, ctx) => entityById(ctx.loaders).load(r.newEntityId) }),
    restored: t.exposeBoolean("restored", { description: "True when the split gave back an entity an earlier merge removed, as it was." }),
    articlesMoved: t.exposeInt("articlesMoved", { description: "Articles whose view moved." }),
    decisionId: t.exposeString("decisionId", { description: "The decision's id in the log." }),
  }),
});

interface ApartResult {
  decisionId: string;
  entityIds: [string, string];
}
const ApartSuccess = builder.objectRef<ApartResult>("KeepEntitiesApartSuccess").implement({
  description: "The two entities are recorded as different; linking will not suggest them as duplicates again.",
  fields: (t) => ({
    entities: t.field({
      type: [EntityRef],
      description: "The two entities.",
      resolve: async (r, _a, ctx) => {
        const found = [];
        for (const e of await entityById(ctx.loaders).loadMany(r.entityIds)) if (e && !(e instanceof Error)) found.push(e);
        return found;
      },
    }),
    decisionId: t.exposeString("decisionId", { description: "The decision's id in the log." }),
  }),
});

const ERRORS = [UnauthorizedError, NotFoundError, IdentityDecisionError];

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: MergeSuccess,
    description:
      "Merges entity `merge` into entity `keep`: mentions, the articles' views, relationships (evidence and article ids unioned), event participations and aliases move; `merge`'s id then finds `keep`. Recorded (who, when, why) so re-ingesting an article keeps it. Needs the API key.",
    args: {
      keep: t.arg.id({ required: true, description: "The entity that stays (global ID or key)." }),
      merge: t.arg.id({ required: true, description: "The entity merged into it (global ID or key)." }),
      reason: t.arg.string({ required: true, description: "Why: recorded with the decision." }),
      decidedBy: t.arg.string({ required: false, description: "Who decides: recorded with the decision (\"api\" when omitted)." }),
    },
    errors: { types: ERRORS, directResult: true, union: { name: "MergeEntitiesPayload", description: "The merged entity, or why nothing was changed." } },
    resolve: (_root, args, ctx) =>
      decide(ctx, (tx) => mergeEntities(tx, entityKey(String(args.keep), "keep"), entityKey(String(args.merge), "merge"), decisionContext(args))),
  }),
  splitEntity: t.field({
    type: SplitSuccess,
    description:
      "Splits the given articles' view of an entity off into another entity (their mentions, relationships, events and aliases move). Splitting exactly the articles of an earlier merge gives the merged entity back as it was. Recorded so re-ingesting keeps it. Needs the API key.",
    args: {
      id: t.arg.id({ required: true, description: "The entity to split (global ID or key)." }),
      articleIds: t.arg.idList({ required: true, description: "The articles (global IDs or ids) whose view of it becomes another entity." }),
      reason: t.arg.string({ required: true, description: "Why: recorded with the decision." }),
      decidedBy: t.arg.string({ required: false, description: "Who decides: recorded with the decision (\"api\" when omitted)." }),
    },
    errors: { types: ERRORS, directResult: true, union: { name: "SplitEntityPayload", description: "The two entities, or why nothing was changed." } },
    resolve: (_root, args, ctx) =>
      decide(ctx, (tx) =>
        splitEntity(
          tx,
          entityKey(String(args.id)),
          args.articleIds.map((a) => articleKey(String(a), "articleIds")),
          decisionContext(args),
        ),
      ),
  }),
  keepEntitiesApart: t.field({
    type: ApartSuccess,
    description:
      "Records that two entities are different (a possible duplicate that is not): the candidate link goes and linking never suggests the pair again; re-ingesting their articles keeps them apart. Needs the API key.",
    args: {
      a: t.arg.id({ required: true, description: "One entity (global ID or key)." }),
      b: t.arg.id({ required: true, description: "The other entity (global ID or key)." }),
      reason: t.arg.string({ required: true, description: "Why: recorded with the decision." }),
      decidedBy: t.arg.string({ required: false, description: "Who decides: recorded with the decision (\"api\" when omitted)." }),
    },
    errors: { types: ERRORS, directResult: true, union: { name: "KeepEntitiesApartPayload", description: "The two entities, or why nothing was changed." } },
    resolve: (_root, args, ctx) => decide(ctx, (tx) => keepEntitiesApart(tx, entityKey(String(args.a), "a"), entityKey(String(args.b), "b"), decisionContext(args))),
  }),
}));
