// Rewrites an extraction document so that every entity id is the id of the entity it was linked
// to: mentions, aliases and roles of two extracted entities linked to one entity become one
// entity's; roles, event participants, event places and relationships point at linked ids. Pure;
// the result is a valid document of the same article (a relationship between two extracted
// entities that are one entity becomes a self-loop, which article-rows drops).
import type { ExtractionDocumentT } from "../extract/document.ts";
import { newEntityName } from "./link-entities.ts";

export interface LinkedDocument {
  doc: ExtractionDocumentT;
  /** entity id → the extraction ids linked to it in this article (sorted). */
  extractedIds: Map<string, string[]>;
}

export function applyLinks(doc: ExtractionDocumentT, mapping: ReadonlyMap<string, string>): LinkedDocument {
  const to = (id: string) => mapping.get(id) ?? id;
  const groups = new Map<string, ExtractionDocumentT["entities"]>();
  for (const e of doc.entities) groups.set(to(e.id), [...(groups.get(to(e.id)) ?? []), e]);
  const extractedIds = new Map<string, string[]>();
  const entities = [...groups].map(([id, xs]) => {
    extractedIds.set(id, xs.map((x) => x.id).sort());
    const mentions = uniqueBy(
      xs.flatMap((x) => x.mentions).sort((a, b) => a.start - b.start || a.end - b.end),
      (m) => String(m.start),
    );
    const roles = uniqueBy(
      xs
        .flatMap((x) => x.roles ?? [])
        .map((r) => ({ title: r.title, ...(r.of ? { of: to(r.of) } : {}) }))
        .filter((r) => r.of !== id),
      (r) => `${r.title}|${r.of ?? ""}`,
    );
    const name = xs.length === 1 ? xs[0]!.name : newEntityName(xs);
    return {
      id,
      kind: xs[0]!.kind,
      name,
      aliases: [...new Set(xs.flatMap((x) => [x.name, ...x.aliases]))],
      mentions,
      ...(roles.length ? { roles } : {}),
    };
  });
  const events = doc.events.map((ev) => ({
    ...ev,
    placeId: ev.placeId ? to(ev.placeId) : null,
    participants: uniqueBy(
      ev.participants.map((p) => ({ entityId: to(p.entityId), role: p.role })),
      (p) => `${p.entityId}|${p.role}`,
    ),
  }));
  const relationships = doc.relationships.map((r) => ({ ...r, sourceId: to(r.sourceId), targetId: to(r.targetId) }));
  return { doc: { article: doc.article, entities, events, relationships }, extractedIds };
}

/** The items with a key not seen before, in order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
