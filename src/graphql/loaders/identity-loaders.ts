// Loaders for what linking records about an entity's identity: its possible duplicates.
import type { EntityRecord } from "../records.ts";
import { byKey, type LoaderCache } from "./loader-cache.ts";

export interface PossibleDuplicateRecord {
  score: number;
  reasons: string[];
  articleId: string | null;
  node: EntityRecord;
}

export const possibleDuplicatesByEntity = (c: LoaderCache) =>
  c.get<PossibleDuplicateRecord[]>("possibleDuplicates", null, async (ids) =>
    byKey(ids, await c.read("read/entity-possible-duplicates", { ids }), (r) => r.id, (r) => r.duplicates, []),
  );
