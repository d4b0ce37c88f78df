// Linking an article's entities to the entities already in the graph: given what the candidate
// lookup found (ingest/link-entity-candidates), decide for each extracted entity whether it IS an
// existing entity, and if not, whether it might be one (a scored POSSIBLY_SAME_AS). Pure and
// deterministic: the same document and the same candidates give the same plan.
//
// In order: a decision recorded for this article (a pin, from a merge or a split) wins; then a
// strong name (a full person name, any organisation or place name but an acronym) by its id or a
// redirect of its id; then one existing entity with the same normalised name; then, for weak names
// (a lone surname or first name, an acronym, a short form) and for fuller names of an entity first
// named by a lone word, the one candidate that fits the article's context — co-mentioned entities,
// roles, publication date — better than the rest by a clear margin. Anything less is a new entity,
// with the close candidates recorded as possible duplicates.
import { createHash } from "node:crypto";
import type { ExtractionDocumentT } from "../extract/document.ts";
import type { EntityKind } from "../vocabulary.ts";
import { abbreviates, entityKeys, isWeakName, type KeyRelation, lookupKeys, normalisedWords, skeleton, writtenWords } from "./name-keys.ts";

/** An existing entity as the candidate lookup returns it. */
export interface CandidateNode {
  id: string;
  kind: EntityKind;
  name: string;
  roles: string[];
  articleCount: number;
  /** The keys it is stored under (to write only the missing ones). */
  keys: string[];
  /** Entities named in (a sample of) its articles: how often, and in how many articles overall. */
  coMentions: { id: string; n: number; df: number }[];
  /** Publication dates of (a sample of) its articles. */
  dates: string[];
}

/** What the lookup found for one extracted entity. */
export interface EntityLookup {
  id: string;
  /** Entity id a merge or split pinned this article's entity to (it may no longer exist). */
  pinnedId: string | null;
  /** The entity with this id, or the one its id redirects to (strong names only). */
  found: CandidateNode | null;
  /** True when some entity already has this id (so a new entity needs another). */
  idTaken: boolean;
  /** True when the alternative id (`id~hash`) is taken too. */
  altTaken: boolean;
  hits: { key: string; id: string }[];
  nodes: CandidateNode[];
}

/** What the lookup statement is sent for one extracted entity. */
export interface LookupRequest {
  id: string;
  altId: string;
  /** Strong names are linked by id when an entity has it. */
  byId: boolean;
  keys: string[];
}

export interface PossibleLink {
  id: string;
  score: number;
  reasons: string[];
}

export type LinkHow = "pin" | "id" | "name" | "context" | "new";

export interface LinkDecision {
  extractedId: string;
  entityId: string;
  how: LinkHow;
  /** The entity did not exist: the article's write creates it. */
  created: boolean;
  score: number;
  reasons: string[];
  /** Close candidates of a new entity (recorded as POSSIBLY_SAME_AS). */
  possible: PossibleLink[];
}

export interface KeyChange {
  key: string;
  id: string;
}

export interface LinkPlan {
  decisions: LinkDecision[];
  /** extracted id → entity id */
  mapping: Map<string, string>;
  /** Entities first named by a lone word that now get the fuller name ("Halvorsen" → "Ingrid Halvorsen"). */
  renames: { id: string; name: string }[];
  addKeys: KeyChange[];
  removeKeys: KeyChange[];
  possible: { fromId: string; toId: string; score: number; reasons: string[] }[];
}

type Extracted = ExtractionDocumentT["entities"][number];

// Prior of a candidate by how its key relates the two names.
const PRIOR: Record<KeyRelation, number> = {
  name: 0.55,
  skeleton: 0.3,
  surname: 0.35,
  acronym: 0.4,
  upgradeSurname: 0.35,
  upgradeAcronym: 0.4,
  firstWord: 0.3,
  upgradeFirstWord: 0.3,
  sharedFirstWord: 0.55,
  initialled: 0.4,
  firstName: 0.2,
  upgradeFirstName: 0.2,
  prefix: 0.2,
};
const RELATION_WORDS: Record<KeyRelation, string> = {
  name: "same name",
  skeleton: "similar spelling",
  surname: "surname of",
  acronym: "acronym of",
  upgradeSurname: "fuller name of",
  upgradeAcronym: "full name of acronym",
  firstWord: "short form of",
  upgradeFirstWord: "full name of short form",
  sharedFirstWord: "abbreviated name of",
  initialled: "initials fit",
  firstName: "first name of",
  upgradeFirstName: "fuller name of",
  prefix: "abbreviation of",
};

/**
 * Scores at or above which a candidate is linked (with the margin over the next; `sole` when it
 * is the only candidate) or recorded as possible. Context must add at least `minContext`.
 */
export const LINK_THRESHOLDS = { link: 0.75, sole: 0.6, margin: 0.25, minContext: 0.2, possible: 0.4 } as const;

/** The id a new entity gets when its extraction id is taken by an entity it is not. */
export function alternativeId(extractedId: string, articleId: string): string {
  return `${extractedId}~${createHash("sha256").update(articleId).digest("hex").slice(0, 6)}`;
}

/** What the lookup statement is sent for each extracted entity. */
export function lookupRequests(doc: ExtractionDocumentT): LookupRequest[] {
  return [...doc.entities]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((e) => ({
      id: e.id,
      altId: alternativeId(e.id, doc.article.id),
      byId: !isWeakName(e.kind, e.name),
      keys: [...lookupKeys(e).keys()],
    }));
}

interface ParsedRole {
  title: string;
  of: string | null;
}
function parseRoles(roles: readonly string[]): ParsedRole[] {
  return roles.flatMap((r) => {
    try {
      const v = JSON.parse(r) as { title?: unknown; of?: unknown };
      return typeof v.title === "string" ? [{ title: v.title.toLowerCase(), of: typeof v.of === "string" ? v.of : null }] : [];
    } catch {
      return [];
    }
  });
}

const DAY = 86_400_000;
function days(iso: string): number | null {
  const t = Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso);
  return Number.isNaN(t) ? null : t / DAY;
}

/** True when two person names can be one person: same surname, first names equal, one an initial, or alike (Aleksandr, Alexander). */
function personNamesCompatible(a: string, b: string): boolean {
  const x = normalisedWords("PERSON", a);
  const y = normalisedWords("PERSON", b);
  if (x.length < 2 || y.length < 2) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const [f, g] = [x[0]!, y[0]!];
  return f === g || (f.length === 1 && g.startsWith(f)) || (g.length === 1 && f.startsWith(g)) || skeleton([f]) === skeleton([g]);
}

interface Scored {
  node: CandidateNode;
  relation: KeyRelation;
  prior: number;
  context: number;
  total: number;
  reasons: string[];
}

/**
 * The prior of a candidate by how the names relate: a lone word sharing the name of an entity
 * also named by a lone word says less than a lone word that is a full name's surname; a fuller
 * name that sounds like the entity's and has its surname says more than a skeleton alone.
 */
function priorOf(x: Extracted, c: CandidateNode, relation: KeyRelation): number {
  if (relation === "name" && isWeakName(x.kind, x.name) && writtenWords(c.name).length === 1) return 0.3;
  if (relation === "skeleton" && x.kind === "PERSON") {
    const a = normalisedWords("PERSON", x.name);
    const b = normalisedWords("PERSON", c.name);
    if (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) return 0.45;
  }
  return PRIOR[relation];
}

/** How well a candidate fits the article: shared co-mentions (rarer ones count more), roles, dates. */
function contextScore(x: Extracted, c: CandidateNode, articleContext: Map<string, string>, roleOf: (id: string) => string, publishedAt: string | null) {
  let score = 0;
  const reasons: string[] = [];
  const shared = c.coMentions.filter((o) => articleContext.has(o.id) && o.id !== c.id);
  let coScore = 0;
  for (const o of shared) coScore += 1 / (1 + Math.log1p(Math.max(0, o.df)));
  if (shared.length) {
    score += Math.min(1, coScore);
    const names = shared
      .map((o) => articleContext.get(o.id)!)
      .sort()
      .slice(0, 3);
    reasons.push(`named with ${names.join(", ")}${shared.length > 3 ? ` and ${shared.length - 3} more` : ""}`);
  }
  const mine = (x.roles ?? []).map((r) => ({ title: r.title.toLowerCase(), of: r.of ? roleOf(r.of) : null }));
  const theirs = parseRoles(c.roles);
  let roleScore = 0;
  let sameTitle: string | null = null;
  // "Minister" for a "Health Minister": the shorter title a news story uses later.
  const titlesMatch = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
  for (const r of mine) {
    for (const t of theirs) {
      if (!titlesMatch(r.title, t.title)) continue;
      sameTitle ??= r.title;
      const exact = r.title === t.title;
      if (r.of && t.of && r.of !== t.of) roleScore = Math.min(roleScore, -0.2);
      else if (r.of && t.of) roleScore = Math.max(roleScore, exact ? 0.4 : 0.3);
      else roleScore = Math.max(roleScore, exact ? 0.25 : 0.2);
    }
  }
  if (roleScore > 0) reasons.push(`same role (${sameTitle})`);
  if (roleScore < 0) reasons.push("same title held elsewhere");
  score += roleScore;
  const at = publishedAt ? days(publishedAt) : null;
  const dates = c.dates.map(days).filter((d): d is number => d !== null);
  if (at !== null && dates.length) {
    const gap = Math.min(...dates.map((d) => Math.abs(d - at)));
    if (gap <= 366) {
      score += 0.05;
      reasons.push("named in the same year");
    } else if (gap > 5 * 366) {
      score -= 0.15;
      reasons.push(`not named within ${Math.floor(gap / 365)} years`);
    }
  }
  return { score, reasons };
}

/**
 * Decides the links of a document's entities from the lookup results. `lookups` has one entry per
 * extracted entity (by id). Deterministic: entities are decided in id order.
 */
export function decideLinks(doc: ExtractionDocumentT, lookups: readonly EntityLookup[]): LinkPlan {
  const byId = new Map(lookups.map((l) => [l.id, l]));
  const entities = [...doc.entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const mapping = new Map<string, string>();
  const decisions = new Map<string, LinkDecision>();
  const nodesById = new Map<string, CandidateNode>();
  for (const l of lookups) {
    if (l.found) nodesById.set(l.found.id, l.found);
    for (const n of l.nodes) nodesById.set(n.id, n);
  }
  const decide = (x: Extracted, d: Omit<LinkDecision, "extractedId">) => {
    decisions.set(x.id, { extractedId: x.id, ...d });
    mapping.set(x.id, d.entityId);
  };
  const newId = (x: Extracted) => {
    const l = byId.get(x.id)!;
    return !l.idTaken ? x.id : alternativeId(x.id, doc.article.id);
  };

  // 1. Pins and strong names found by id.
  for (const x of entities) {
    const l = byId.get(x.id);
    if (!l) throw new Error(`decideLinks: no lookup for ${x.id}`);
    if (l.pinnedId) {
      decide(x, { entityId: l.found?.id ?? l.pinnedId, how: "pin", created: !l.found, score: 1, reasons: ["decided by a merge or split"], possible: [] });
    } else if (l.found && !isWeakName(x.kind, x.name)) {
      decide(x, { entityId: l.found.id, how: "id", created: false, score: 1, reasons: ["same id"], possible: [] });
    }
  }

  const candidatesOf = (x: Extracted): { node: CandidateNode; relation: KeyRelation }[] => {
    const l = byId.get(x.id)!;
    const relations = lookupKeys(x);
    const best = new Map<string, KeyRelation>();
    const rank = (r: KeyRelation) => Object.keys(PRIOR).indexOf(r);
    for (const h of l.hits) {
      const relation = relations.get(h.key);
      if (!relation) continue;
      const had = best.get(h.id);
      if (had === undefined || rank(relation) < rank(had)) best.set(h.id, relation);
    }
    return [...best]
      .map(([id, relation]) => ({ node: nodesById.get(id)!, relation }))
      .filter(({ node, relation }) => {
        if (!node || node.kind !== x.kind) return false;
        const single = writtenWords(node.name).length === 1;
        if (relation.startsWith("upgrade") && !single) return false;
        if (x.kind === "PERSON" && !personNamesCompatible(x.name, node.name)) return false;
        // Sharing a first word is a link only for a name that abbreviates the other word by word.
        if (relation === "sharedFirstWord" && !abbreviates(x.name, node.name)) return false;
        return true;
      })
      .sort((a, b) => (a.node.id < b.node.id ? -1 : 1));
  };

  // The article's context: its other entities, by the id they resolve to so far.
  const contextFor = (x: Extracted) => {
    const ctx = new Map<string, string>();
    for (const o of doc.entities) if (o.id !== x.id) ctx.set(mapping.get(o.id) ?? o.id, o.name);
    for (const r of x.roles ?? []) if (r.of) ctx.set(mapping.get(r.of) ?? r.of, doc.entities.find((e) => e.id === r.of)?.name ?? r.of);
    return ctx;
  };
  const roleOf = (id: string) => mapping.get(id) ?? id;
  const score = (x: Extracted, cands: { node: CandidateNode; relation: KeyRelation }[]): Scored[] => {
    const ctx = contextFor(x);
    return cands
      .map(({ node, relation }) => {
        const c = contextScore(x, node, ctx, roleOf, doc.article.publishedAt);
        const prior = priorOf(x, node, relation);
        return {
          node,
          relation,
          prior,
          context: c.score,
          total: Math.round((prior + Math.min(1, c.score)) * 1000) / 1000,
          reasons: [`${RELATION_WORDS[relation]} ${node.name}`, ...c.reasons],
        };
      })
      .sort((a, b) => b.total - a.total || (a.node.id < b.node.id ? -1 : 1));
  };
  const possibleOf = (scored: Scored[]): PossibleLink[] =>
    scored.filter((s) => s.total >= LINK_THRESHOLDS.possible).slice(0, 3).map((s) => ({ id: s.node.id, score: s.total, reasons: s.reasons }));

  // 2. Strong names: one entity of the same normalised name is the entity.
  for (const x of entities) {
    if (decisions.has(x.id) || isWeakName(x.kind, x.name)) continue;
    // The same name, or (organisations) a name it abbreviates word by word: "Nordvik Pharma".
    const sameName = candidatesOf(x).filter((c) => c.relation === "name" || c.relation === "sharedFirstWord");
    if (sameName.length === 1) {
      const [c] = sameName;
      const reason = c!.relation === "name" ? `same name as ${c!.node.name}` : `abbreviated name of ${c!.node.name}`;
      decide(x, { entityId: c!.node.id, how: "name", created: false, score: PRIOR[c!.relation], reasons: [reason], possible: [] });
    }
  }

  // 3. The rest by context, in id order (earlier decisions are part of later entities' context).
  // Entities named by a lone word ("Halvorsen", made when no context fitted) are fragments, not
  // rivals: a full name that fits clearly wins over them; they are candidates when none does.
  for (const x of entities) {
    if (decisions.has(x.id)) continue;
    const all = score(x, candidatesOf(x));
    const full = all.filter((s) => writtenWords(s.node.name).length > 1);
    // The one candidate there is needs less: its context fitting at all (a role, a co-mention) is the margin.
    const passes = (pool: Scored[]) => {
      const [b, s] = pool;
      const threshold = pool.length === 1 ? LINK_THRESHOLDS.sole : LINK_THRESHOLDS.link;
      return b !== undefined && b.context >= LINK_THRESHOLDS.minContext && b.total >= threshold && b.total - (s?.total ?? 0) >= LINK_THRESHOLDS.margin;
    };
    const scored = passes(full) ? full : all;
    const [best] = scored;
    if (best && passes(scored)) {
      decide(x, { entityId: best.node.id, how: "context", created: false, score: best.total, reasons: best.reasons, possible: [] });
    } else {
      decide(x, { entityId: newId(x), how: "new", created: true, score: 0, reasons: [], possible: possibleOf(scored) });
    }
  }

  return { decisions: entities.map((x) => decisions.get(x.id)!), mapping, ...keyChanges(doc, decisions, nodesById) };
}

/** The keys to write for the plan: each entity's keys from the names this article adds, minus those it has. */
function keyChanges(doc: ExtractionDocumentT, decisions: Map<string, LinkDecision>, nodes: Map<string, CandidateNode>) {
  const renames: { id: string; name: string }[] = [];
  const addKeys: KeyChange[] = [];
  const removeKeys: KeyChange[] = [];
  const possible: LinkPlan["possible"] = [];
  const groups = new Map<string, Extracted[]>();
  for (const x of doc.entities) {
    const d = decisions.get(x.id)!;
    groups.set(d.entityId, [...(groups.get(d.entityId) ?? []), x]);
    for (const p of d.possible) if (p.id !== d.entityId) possible.push({ fromId: d.entityId, toId: p.id, score: p.score, reasons: p.reasons });
  }
  for (const [id, xs] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const node = nodes.get(id);
    const kind = xs[0]!.kind;
    let name = node?.name ?? newEntityName(xs);
    const have = new Set(node?.keys ?? []);
    const stale = new Set<string>();
    // A fuller name replaces the lone word an entity was first named by ("Halvorsen", "ICC").
    if (node && writtenWords(node.name).length === 1) {
      const fuller = xs.filter((x) => writtenWords(x.name).length > 1 && !isWeakName(kind, x.name)).sort((a, b) => b.name.length - a.name.length)[0];
      if (fuller) {
        renames.push({ id, name: fuller.name });
        for (const k of entityKeys({ kind, name: node.name, aliases: [] })) stale.add(k);
        name = fuller.name;
      }
    }
    const aliases = xs.flatMap((x) => [x.name, ...x.aliases]);
    const linkedIds = xs.map((x) => x.id);
    const wanted = new Set(entityKeys({ kind, name, aliases }, linkedIds, id));
    for (const key of stale) if (have.has(key) && !wanted.has(key)) removeKeys.push({ key, id });
    for (const key of wanted) if (!have.has(key)) addKeys.push({ key, id });
  }
  return { renames, addKeys, removeKeys, possible };
}

/** The name a new entity gets from the extracted entities it is made of: the longest. */
export function newEntityName(xs: readonly { name: string }[]): string {
  return [...xs].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))[0]!.name;
}
