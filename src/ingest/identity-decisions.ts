// Identity decisions an analyst makes about linking: merge two entities into one, split some
// articles' view of an entity off into another, keep two entities apart. Each runs in one write
// transaction, moves exactly what it must (mentions, the articles' views, relationships with their
// evidence and article ids, event participations, roles and claims that name the entity, name
// keys), leaves no orphan, and records the decision — who, when, why — in the decision log, with
// pins so that re-ingesting an article keeps it. A split of exactly the articles a merge moved
// restores the merged entity as it was.
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "../db/database.ts";
import type { EntityKind } from "../vocabulary.ts";
import { syncEntityKeys, syncEventKeys } from "./link-article.ts";

/** Why a decision was refused; nothing was written. */
export type IdentityProblem = "UNKNOWN_ENTITY" | "SAME_ENTITY" | "DIFFERENT_KINDS" | "ARTICLE_NOT_NAMING_ENTITY" | "NO_ARTICLES" | "ALL_ARTICLES";

export class IdentityDecisionError extends Error {
  override name = "IdentityDecisionError";
  constructor(
    readonly problem: IdentityProblem,
    message: string,
    /** The ids at fault (entity or article ids). */
    readonly ids: string[],
  ) {
    super(message);
  }
}

export interface DecisionContext {
  /** Who decided (an analyst's name, "cli:<user>"…). */
  by: string;
  /** Why, in their words. */
  reason: string;
  /** When (ISO); now by default. */
  at?: string;
}

export interface MergeOutcome {
  decisionId: string;
  keepId: string;
  mergedId: string;
  articlesMoved: number;
}

export interface SplitOutcome {
  decisionId: string;
  entityId: string;
  newEntityId: string;
  /** True when the split gave back an entity a merge had removed. */
  restored: boolean;
  articlesMoved: number;
}

export interface KeepApartOutcome {
  decisionId: string;
  entityIds: [string, string];
}

interface Locked {
  id: string;
  kind: EntityKind;
  name: string;
  sortName: string;
  articleIds: string[];
  links: { type: string; otherId: string; out: boolean; props: Record<string, unknown> }[];
}

/** What a merge records to undo itself: the merged entity as it was, and the links it moved. */
interface MergeSnapshot {
  id: string;
  kind: EntityKind;
  name: string;
  sortName: string;
  links: Locked["links"];
  /** Identity links of the merged entity the kept one did not have (moved to it). */
  movedLinks: { type: string; otherId: string; out: boolean }[];
}

const LABELS = { PERSON: "Person", ORGANIZATION: "Organization", PLACE: "Place" } as const;

async function lockEntities(tx: Tx, ids: string[]): Promise<Map<string, Locked>> {
  const rows = await tx.run("identity/lock-entities", { ids });
  const found = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new IdentityDecisionError(
      "UNKNOWN_ENTITY",
      `No entity has id ${missing.map((m) => `"${m}"`).join(", ")}. Look the id up with entity(name:) or entities(search:) and try again.`,
      missing,
    );
  }
  return found;
}

function decisionRecord(action: "MERGE" | "SPLIT" | "KEEP_APART", entityId: string, otherId: string, articleIds: string[], ctx: DecisionContext, snapshot: unknown = null) {
  return {
    id: randomUUID(),
    action,
    entityId,
    otherId,
    articleIds,
    by: ctx.by,
    at: ctx.at ?? new Date().toISOString(),
    reason: ctx.reason,
    snapshot: JSON.stringify(snapshot),
  };
}

/**
 * Moves the given articles' contribution to one entity onto another: their views (HAS_ENTITY),
 * mentions, the roles, claims and event places that name it, the evidence of its typed
 * relationships (folded again from the claims, with the new id) and its event participations.
 * Aggregates, name keys and events are recomputed. Returns the extraction ids moved, per article.
 */
async function moveContribution(tx: Tx, fromId: string, toId: string, articleIds: string[]): Promise<Map<string, string[]>> {
  await tx.run("identity/lock-articles", { articleIds: [...articleIds].sort() });
  const moved = await tx.run("identity/move-has-entity", { fromId, toId, articleIds });
  await tx.run("identity/move-mentions", { fromId, toId, articleIds });
  const [refs] = await tx.run("identity/rewrite-article-references", { fromId, toId, articleIds });
  await tx.run("identity/detach-entity-evidence", { entityId: fromId, articleIds });
  // Claims are a set: folding them again only adds what the new id lacks.
  await tx.run("ingest/fold-relationships", { articleIds });
  const [parts] = await tx.run("identity/move-participations", { fromId, toId, articleIds });
  const eventIds = [...new Set([...(refs?.eventIds ?? []), ...(parts?.eventIds ?? [])])];
  await tx.run("ingest/refresh-events", { eventIds, elementIds: [] });
  await syncEventKeys(tx, eventIds);
  const entityIds = [...new Set([fromId, toId, ...(refs?.entityIds ?? [])])];
  await tx.run("ingest/refresh-entities", { entityIds });
  return new Map(moved.map((m) => [m.articleId, m.extractedIds]));
}

function pinsFor(extracted: Map<string, string[]>, entityId: string, decisionId: string) {
  return [...extracted].flatMap(([articleId, ids]) => ids.map((extractedId) => ({ articleId, extractedId, entityId, decisionId })));
}

/** Merges entity `mergeId` into `keepId`; `mergeId` no longer exists afterwards (its ids redirect). */
export async function mergeEntities(tx: Tx, keepId: string, mergeId: string, ctx: DecisionContext): Promise<MergeOutcome> {
  if (keepId === mergeId) {
    throw new IdentityDecisionError("SAME_ENTITY", `Cannot merge "${keepId}" into itself: give two different entity ids.`, [keepId]);
  }
  const locked = await lockEntities(tx, [keepId, mergeId]);
  const keep = locked.get(keepId)!;
  const merge = locked.get(mergeId)!;
  if (keep.kind !== merge.kind) {
    throw new IdentityDecisionError(
      "DIFFERENT_KINDS",
      `Cannot merge ${merge.kind.toLowerCase()} "${mergeId}" into ${keep.kind.toLowerCase()} "${keepId}": an entity keeps one kind. Merge entities of the same kind.`,
      [keepId, mergeId],
    );
  }
  const keepLinks = new Set(keep.links.map((l) => `${l.type}|${l.otherId}|${l.out}`));
  const movedLinks = merge.links
    .filter((l) => l.otherId !== keepId && !keepLinks.has(`${l.type}|${l.otherId}|${l.out}`))
    .map(({ type, otherId, out }) => ({ type, otherId, out }));
  const snapshot: MergeSnapshot = { id: merge.id, kind: merge.kind, name: merge.name, sortName: merge.sortName, links: merge.links, movedLinks };
  const decision = decisionRecord("MERGE", keepId, mergeId, merge.articleIds, ctx, snapshot);
  const extracted = await moveContribution(tx, mergeId, keepId, merge.articleIds);
  // The merged entity's identity links now belong to the kept one (a link between the two goes).
  await tx.run("identity/set-identity-links", {
    links: merge.links
      .filter((l) => movedLinks.some((m) => m.type === l.type && m.otherId === l.otherId && m.out === l.out))
      .map((l) => ({ type: l.type as "POSSIBLY_SAME_AS" | "DIFFERENT_FROM", fromId: l.out ? keepId : l.otherId, toId: l.out ? l.otherId : keepId, props: l.props })),
  });
  const [gone] = await tx.run("identity/delete-merged-entity", { id: mergeId });
  if (gone && gone.leftOver > 0) throw new Error(`mergeEntities: ${mergeId} still had ${gone.leftOver} relationships after the merge moved them`);
  await syncEntityKeys(tx, [keepId]);
  if (gone?.keys.length) await tx.run("ingest/drop-unused-name-keys", { keys: gone.keys });
  await tx.run("identity/write-pins", { pins: pinsFor(extracted, keepId, decision.id) });
  await tx.run("identity/record-decision", { decision });
  return { decisionId: decision.id, keepId, mergedId: mergeId, articlesMoved: merge.articleIds.length };
}

/** The name a split-off entity gets: the alias most of its articles used (longest on a tie). */
function splitName(views: { aliases: string[] }[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const v of views) for (const a of new Set(v.aliases)) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? fallback;
}

/**
 * Splits the given articles' view of an entity off into another entity. When the articles are
 * exactly those a merge into this entity moved, and that merge's entity id is free, the merged
 * entity comes back as it was; otherwise the new entity takes an extraction id those articles
 * used (or `<id>~<hash>`) and the alias most of them used as its name.
 */
export async function splitEntity(tx: Tx, entityId: string, articleIds: string[], ctx: DecisionContext): Promise<SplitOutcome> {
  const wanted = [...new Set(articleIds)].sort();
  if (wanted.length === 0) throw new IdentityDecisionError("NO_ARTICLES", "Give at least one article id to split off.", []);
  const entity = (await lockEntities(tx, [entityId])).get(entityId)!;
  const own = new Set(entity.articleIds);
  const foreign = wanted.filter((a) => !own.has(a));
  if (foreign.length) {
    throw new IdentityDecisionError(
      "ARTICLE_NOT_NAMING_ENTITY",
      `Article${foreign.length > 1 ? "s" : ""} ${foreign.map((a) => `"${a}"`).join(", ")} do${foreign.length > 1 ? "" : "es"} not name "${entityId}": split off only articles in its articles list.`,
      foreign,
    );
  }
  if (wanted.length === own.size) {
    throw new IdentityDecisionError("ALL_ARTICLES", `Splitting every article off "${entityId}" would leave it empty: leave at least one of its articles.`, [entityId]);
  }
  const views = await tx.run("identity/article-extracted-ids", { entityId, articleIds: wanted });
  const merges = await tx.run("identity/merge-decisions", { entityId });
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  const undoes = merges.find((m) => same(m.articleIds, wanted));
  const taken = new Set((await tx.run("identity/entity-exists", { ids: [...new Set([undoes?.otherId ?? "", ...views.flatMap((v) => v.extractedIds)])] })).map((r) => r.id));
  let snapshot: MergeSnapshot | null = null;
  if (undoes && !taken.has(undoes.otherId)) snapshot = JSON.parse(undoes.snapshot) as MergeSnapshot;
  const candidates = views.flatMap((v) => v.extractedIds).filter((x) => x !== entityId && !taken.has(x)).sort();
  const newId = snapshot?.id ?? candidates[0] ?? `${entityId}~${createHash("sha256").update(wanted.join("\n")).digest("hex").slice(0, 6)}`;
  const name = snapshot?.name ?? splitName(views, entity.name);
  await tx.run("identity/create-entity", {
    entity: { id: newId, kind: entity.kind, label: LABELS[entity.kind], name, sortName: snapshot?.sortName ?? name.toLowerCase() },
  });
  const decision = decisionRecord("SPLIT", entityId, newId, wanted, ctx, snapshot ? { restores: undoes!.id } : null);
  const extracted = await moveContribution(tx, entityId, newId, wanted);
  if (snapshot) {
    // The identity links the merge moved leave the kept entity; the merged entity's come back.
    await tx.run("identity/delete-identity-links", {
      pairs: snapshot.movedLinks.map((l) => ({ a: entityId, b: l.otherId, types: [l.type] })),
    });
    await tx.run("identity/set-identity-links", {
      links: snapshot.links.map((l) => ({
        type: l.type as "POSSIBLY_SAME_AS" | "DIFFERENT_FROM",
        fromId: l.out ? newId : l.otherId,
        toId: l.out ? l.otherId : newId,
        props: l.props,
      })),
    });
  }
  await syncEntityKeys(tx, [entityId, newId]);
  await tx.run("identity/write-pins", { pins: pinsFor(extracted, newId, decision.id) });
  await tx.run("identity/record-decision", { decision });
  return { decisionId: decision.id, entityId, newEntityId: newId, restored: snapshot !== null, articlesMoved: wanted.length };
}

/**
 * Records that two entities are different: their possible-duplicate links go, a DIFFERENT_FROM
 * stays (linking never suggests the pair again), and the articles of both are pinned to them.
 */
export async function keepEntitiesApart(tx: Tx, aId: string, bId: string, ctx: DecisionContext): Promise<KeepApartOutcome> {
  if (aId === bId) throw new IdentityDecisionError("SAME_ENTITY", `"${aId}" is one entity: give two different entity ids to keep apart.`, [aId]);
  const locked = await lockEntities(tx, [aId, bId]);
  const [first, second] = [aId, bId].sort() as [string, string];
  const decision = decisionRecord("KEEP_APART", aId, bId, [], ctx);
  await tx.run("identity/delete-identity-links", { pairs: [{ a: aId, b: bId, types: ["POSSIBLY_SAME_AS"] }] });
  await tx.run("identity/set-identity-links", {
    links: [{ type: "DIFFERENT_FROM", fromId: first, toId: second, props: { decisionId: decision.id, at: decision.at } }],
  });
  const pins = [];
  for (const id of [aId, bId]) {
    const views = await tx.run("identity/article-extracted-ids", { entityId: id, articleIds: locked.get(id)!.articleIds });
    pins.push(...pinsFor(new Map(views.map((v) => [v.articleId, v.extractedIds])), id, decision.id));
  }
  await tx.run("identity/write-pins", { pins });
  await tx.run("identity/record-decision", { decision });
  return { decisionId: decision.id, entityIds: [aId, bId] };
}
