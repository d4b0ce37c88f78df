// Scoring against the project's own hand-made gold (tests/fixtures/gold/*.json): shared by the unit
// tests and scripts/eval-extract.ts so the numbers in EXTRACTION.md are the ones the tests assert.
// Entities match by id (kind + canonical name); events by type and a quoted piece of their
// evidence sentence, counted correct only when the gold participants (and date, if given) are
// all there; relationships by type and ends (either order for symmetric types), a former post
// only by a relationship marked former.
import { ENTITY_KINDS, isSymmetric, type EntityKind } from "../vocabulary.ts";
import type { ExtractionDocumentT } from "../extract/document.ts";
import { entityId } from "../extract/ids.ts";

export interface GoldEntity {
  name: string;
  kind: EntityKind;
  aliases?: string[];
}
export interface GoldEvent {
  type: string;
  sentence: string;
  participants: string[];
  date?: string;
  place?: string;
  main?: boolean;
  label?: string;
}
export interface GoldRelationship {
  type: string;
  source: string;
  target: string;
  /** A post held in the past ("former Uruguayan president"): matched only by a relationship marked former. */
  former?: boolean;
}
export interface Gold {
  source: string;
  publishedAt: string | null;
  entities: GoldEntity[];
  events: GoldEvent[];
  relationships: GoldRelationship[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface DocumentScore {
  entities: Record<EntityKind | "ALL", Counts>;
  events: Counts;
  mainEvents: { found: number; total: number; missing: string[] };
  relationships: Counts;
  duplicates: string[];
  missingEntities: string[];
  extraEntities: string[];
  missingRelationships: string[];
  extraRelationships: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function scoreDocument(doc: ExtractionDocumentT, gold: Gold): DocumentScore {
  const goldIds = new Map(gold.entities.map((g) => [entityId(g.kind, g.name), g]));
  const gotIds = new Set(doc.entities.map((e) => e.id));
  const entities = { ALL: zero(), PERSON: zero(), ORGANIZATION: zero(), PLACE: zero() } as Record<EntityKind | "ALL", Counts>;
  for (const kind of ENTITY_KINDS) {
    const g = [...goldIds].filter(([, x]) => x.kind === kind).map(([id]) => id);
    const e = doc.entities.filter((x) => x.kind === kind).map((x) => x.id);
    entities[kind] = { tp: g.filter((id) => gotIds.has(id)).length, fp: e.filter((id) => !goldIds.has(id)).length, fn: g.filter((id) => !gotIds.has(id)).length };
    entities.ALL = add(entities.ALL, entities[kind]);
  }
  // A duplicate: two extracted entities that both carry a name form of one gold entity.
  const duplicates: string[] = [];
  for (const g of gold.entities) {
    const forms = new Set([g.name, ...(g.aliases ?? [])]);
    const hits = doc.entities.filter((e) => e.kind === g.kind && (forms.has(e.name) || e.aliases.some((a) => forms.has(a))));
    if (hits.length > 1) duplicates.push(`${g.name}: ${hits.map((h) => h.id).join(", ")}`);
  }

  const matchesSentence = (ev: ExtractionDocumentT["events"][number], g: GoldEvent) =>
    ev.type === g.type && ev.evidence.some((s) => s.text.includes(g.sentence));
  const correct = (ev: ExtractionDocumentT["events"][number], g: GoldEvent) =>
    matchesSentence(ev, g) &&
    g.participants.every((p) => ev.participants.some((q) => q.entityId === p)) &&
    (g.date === undefined || ev.date === g.date);
  const events = zero();
  const missingMain: string[] = [];
  let mainFound = 0;
  for (const g of gold.events) {
    const ok = doc.events.some((ev) => correct(ev, g));
    if (ok) events.tp++;
    else events.fn++;
    if (g.main) {
      if (ok) mainFound++;
      else missingMain.push(g.label ?? `${g.type}: ${g.sentence}`);
    }
  }
  events.fp = doc.events.filter((ev) => !gold.events.some((g) => matchesSentence(ev, g))).length;

  const key = (type: string, a: string, b: string, former: boolean | undefined) =>
    (isSymmetric(type) && b < a ? `${type} ${b} ${a}` : `${type} ${a} ${b}`) + (former ? " (former)" : "");
  const goldRel = new Set(gold.relationships.map((r) => key(r.type, r.source, r.target, r.former)));
  const gotRel = new Set(doc.relationships.map((r) => key(r.type, r.sourceId, r.targetId, r.former)));
  const relationships = {
    tp: [...goldRel].filter((k) => gotRel.has(k)).length,
    fp: [...gotRel].filter((k) => !goldRel.has(k)).length,
    fn: [...goldRel].filter((k) => !gotRel.has(k)).length,
  };
  return {
    entities,
    events,
    mainEvents: { found: mainFound, total: gold.events.filter((g) => g.main).length, missing: missingMain },
    relationships,
    duplicates,
    missingEntities: [...goldIds.keys()].filter((id) => !gotIds.has(id)),
    extraEntities: [...gotIds].filter((id) => !goldIds.has(id)),
    missingRelationships: [...goldRel].filter((k) => !gotRel.has(k)),
    extraRelationships: [...gotRel].filter((k) => !goldRel.has(k)),
  };
}
