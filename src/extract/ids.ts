// Stable identifiers. Entity ids are derived from kind + canonical name only, so the same
// canonical entity gets the same id in every article (ingest MERGEs on it). Article ids are a
// content hash unless the caller supplies one, so re-ingesting the same text is idempotent.
import { hash } from "node:crypto";
import type { EntityKind, EventType } from "./document.ts";

/** "Vladimir Putin" → "vladimir-putin"; diacritics folded so "Zelenskyy"/"Zelenskyy" spellings with accents agree. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `person:vladimir-putin`, `organization:kremlin`, `place:russia`. */
export function entityId(kind: EntityKind, canonicalName: string): string {
  return `${kind.toLowerCase()}:${slugify(canonicalName)}`;
}

/** First 16 hex chars of sha256 over the text: collisions are irrelevant at archive scale. */
export function articleIdFor(text: string, givenId?: string): string {
  if (givenId?.trim()) return givenId.trim();
  // crypto.hash: the same digest without a Hash object per article (a string is hashed as UTF-8).
  return `sha256:${hash("sha256", text, "hex").slice(0, 16)}`;
}

/**
 * An event id is stable for the same article and trigger: article id, event type and the
 * trigger's character offset. Re-extracting the same text yields the same ids.
 */
export function eventId(articleId: string, type: EventType, triggerStart: number): string {
  return `event:${articleId}:${type.toLowerCase()}:${triggerStart}`;
}
