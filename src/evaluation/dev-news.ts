// Scores the extractor on ../shared/dev-news: real published articles with gold written by others,
// applying exactly the matching rules of that folder's README (normalised names, anchors,
// participant sets, required/optional). Read in place, never copied: the texts and gold are
// third-party. Used by scripts/eval-dev-news.ts and the tests; both skip when the folder is absent.
import fs from "node:fs";
import path from "node:path";
import type { ExtractionDocumentT } from "../extract/document.ts";
import type { ArticleInputT } from "../extract/document.ts";
import { PROJECT_ROOT } from "../config/config.ts";

export const DEV_NEWS_DIR = path.resolve(PROJECT_ROOT, "..", "shared", "dev-news");

export interface DevGoldEntity {
  key: string;
  kinds: string[];
  required: boolean;
  names: string[];
}
export interface DevGoldEvent {
  key: string;
  required: boolean;
  types: string[];
  anchor: string;
  alt_anchors?: string[];
  participants_all_of_any?: string[][];
  roles?: Record<string, string>;
  place?: string;
  year?: string;
  date?: string;
}
export interface DevGoldRelationship {
  key: string;
  required: boolean;
  types: string[];
  a: string;
  b: string;
  symmetric?: boolean;
}
export interface DevGold {
  entities: DevGoldEntity[];
  events: DevGoldEvent[];
  relationships: DevGoldRelationship[];
}
export interface DevCase {
  slug: string;
  input: ArticleInputT;
  gold: DevGold;
}

/** The README's normalisation, verbatim. */
export function norm(s: string | null | undefined): string {
  return String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function devNewsAvailable(): boolean {
  return fs.existsSync(DEV_NEWS_DIR);
}

/** Every article as the README feeds it: title = first line, text = the rest trimmed. */
export function loadDevCases(dir = DEV_NEWS_DIR): DevCase[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`${dir} is missing: the dev-news set lives beside the checkout in ../shared/dev-news (it is never copied into the repository)`);
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.gold\.json$/, "");
      const raw = fs.readFileSync(path.join(dir, `${slug}.txt`), "utf8");
      const meta = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.meta.json`), "utf8")) as { url?: string | null; publishedAt?: string | null };
      const nl = raw.indexOf("\n");
      const title = raw.slice(0, nl);
      const text = raw.slice(nl + 1).trim();
      const input: ArticleInputT = { id: slug, title, text, ...(meta.url ? { url: meta.url } : {}), ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}) };
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as DevGold;
      return { slug, input, gold };
    });
}

export interface DevScore {
  entities: { matched: number; required: number; falsePositives: number; wrongKinds: number; duplicates: number };
  events: { matchedRequired: number; required: number; predicted: number; unanchored: number };
  relationships: { matchedRequired: number; required: number; predicted: number; predictedMatching: number };
  roles: { right: number; total: number };
  dates: { right: number; total: number };
  /** What went wrong, for reading the misses. */
  misses: {
    entities: string[];
    falseEntities: string[];
    events: string[];
    unanchoredEvents: string[];
    relationships: string[];
    falseRelationships: string[];
    roles: string[];
  };
}

type Entity = ExtractionDocumentT["entities"][number];
type Event = ExtractionDocumentT["events"][number];

export function scoreDevDocument(doc: ExtractionDocumentT, gold: DevGold): DevScore {
  const byName = new Map<string, DevGoldEntity>();
  for (const g of gold.entities) for (const n of g.names) byName.set(norm(n), g);
  const mapEntity = (e: Entity): DevGoldEntity | undefined => {
    const direct = byName.get(norm(e.name));
    if (direct) return direct;
    for (const a of e.aliases) {
      const hit = byName.get(norm(a));
      if (hit) return hit;
    }
    return undefined;
  };

  // Entities: every predicted entity maps to one gold key (or none), wrong kinds excluded from
  // the mapping used by events and relationships.
  const keyOf = new Map<string, string>();
  const matched = new Set<string>();
  const misses: DevScore["misses"] = { entities: [], falseEntities: [], events: [], unanchoredEvents: [], relationships: [], falseRelationships: [], roles: [] };
  let falsePositives = 0;
  let wrongKinds = 0;
  let duplicates = 0;
  for (const e of doc.entities) {
    const g = mapEntity(e);
    if (!g) {
      falsePositives++;
      misses.falseEntities.push(`${e.kind} ${e.name}`);
      continue;
    }
    if (!g.kinds.includes(e.kind)) {
      wrongKinds++;
      misses.falseEntities.push(`${e.kind} ${e.name} (gold: ${g.kinds.join("/")})`);
      continue;
    }
    keyOf.set(e.id, g.key);
    if (!g.required) continue;
    if (matched.has(g.key)) {
      duplicates++;
      misses.falseEntities.push(`${e.kind} ${e.name} (duplicate of ${g.key})`);
      continue;
    }
    matched.add(g.key);
  }
  const required = gold.entities.filter((g) => g.required);
  for (const g of required) if (!matched.has(g.key)) misses.entities.push(`${g.kinds.join("/")} ${g.names[0]}`);

  // Events.
  const eventText = (ev: Event) => norm([...ev.evidence.map((s) => s.text), ev.name].join(" "));
  const anchorsOf = (g: DevGoldEvent) => [g.anchor, ...(g.alt_anchors ?? [])].map(norm).filter((a) => a.length > 0);
  const texts = new Map(doc.events.map((ev) => [ev, eventText(ev)]));
  const participantKeys = (ev: Event) => new Set(ev.participants.map((p) => keyOf.get(p.entityId)).filter((k): k is string => !!k));
  const matchesEvent = (ev: Event, g: DevGoldEvent) => {
    if (!g.types.includes(ev.type)) return false;
    const t = texts.get(ev)!;
    if (!anchorsOf(g).some((a) => t.includes(a))) return false;
    if (!g.participants_all_of_any) return true;
    const keys = participantKeys(ev);
    return g.participants_all_of_any.some((set) => set.every((k) => keys.has(k)));
  };
  let matchedRequired = 0;
  const roles = { right: 0, total: 0 };
  const dates = { right: 0, total: 0 };
  const matchedPredicted = new Set<Event>();
  for (const g of gold.events) {
    const ev = doc.events.find((e) => matchesEvent(e, g));
    if (!ev) {
      if (g.required) misses.events.push(`${g.types.join("/")} «${g.anchor}» [${(g.participants_all_of_any ?? []).map((s) => s.join("+")).join(" | ")}]`);
      continue;
    }
    matchedPredicted.add(ev);
    if (g.required) matchedRequired++;
    if (g.date) {
      dates.total++;
      if (ev.date?.startsWith(g.date)) dates.right++;
    }
    if (g.roles) {
      for (const p of ev.participants) {
        const k = keyOf.get(p.entityId);
        if (!k || !(k in g.roles)) continue;
        roles.total++;
        if (g.roles[k] === p.role) roles.right++;
        else misses.roles.push(`${g.key}: ${k} is ${p.role}, gold ${g.roles[k]}`);
      }
    }
  }
  const allAnchors = gold.events.flatMap(anchorsOf);
  let unanchored = 0;
  for (const ev of doc.events) {
    if (matchedPredicted.has(ev)) continue;
    const t = texts.get(ev)!;
    if (!allAnchors.some((a) => t.includes(a))) {
      unanchored++;
      misses.unanchoredEvents.push(`${ev.type} ${ev.name}: «${ev.evidence[0]?.text.slice(0, 120)}»`);
    }
  }

  // Relationships.
  const relMatches = (r: ExtractionDocumentT["relationships"][number], g: DevGoldRelationship) => {
    if (!g.types.includes(r.type)) return false;
    const a = keyOf.get(r.sourceId);
    const b = keyOf.get(r.targetId);
    return (a === g.a && b === g.b) || (!!g.symmetric && a === g.b && b === g.a);
  };
  let relMatchedRequired = 0;
  for (const g of gold.relationships) {
    const hit = doc.relationships.some((r) => relMatches(r, g));
    if (g.required && hit) relMatchedRequired++;
    else if (g.required) misses.relationships.push(`${g.a} ${g.types.join("/")} ${g.b}`);
  }
  let predictedMatching = 0;
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relationships) {
    if (gold.relationships.some((g) => relMatches(r, g))) predictedMatching++;
    else misses.falseRelationships.push(`${nameOf.get(r.sourceId) ?? r.sourceId} ${r.type} ${nameOf.get(r.targetId) ?? r.targetId}`);
  }

  return {
    entities: { matched: matched.size, required: required.length, falsePositives, wrongKinds, duplicates },
    events: { matchedRequired, required: gold.events.filter((g) => g.required).length, predicted: doc.events.length, unanchored },
    relationships: {
      matchedRequired: relMatchedRequired,
      required: gold.relationships.filter((g) => g.required).length,
      predicted: doc.relationships.length,
      predictedMatching,
    },
    roles,
    dates,
    misses,
  };
}

export function entityPrecision(s: DevScore["entities"]): number {
  const denom = s.matched + s.falsePositives + s.wrongKinds + s.duplicates;
  return denom === 0 ? 0 : s.matched / denom;
}
export function entityRecall(s: DevScore["entities"]): number {
  return s.required === 0 ? 1 : s.matched / s.required;
}
export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
export function eventPrecision(s: DevScore["events"]): number {
  return s.predicted === 0 ? 0 : 1 - s.unanchored / s.predicted;
}
