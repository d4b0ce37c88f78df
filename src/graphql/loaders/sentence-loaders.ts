// Loader keyed by sentence id: the evidence sentences behind relationships, events and paths.
import type { SentenceRecord } from "../records.ts";
import { byKey, type LoaderCache } from "./loader-cache.ts";

export const sentenceById = (c: LoaderCache) =>
  c.get<SentenceRecord | null>("sentenceById", null, async (ids) =>
    byKey(ids, await c.read("read/sentences-by-id", { ids }), (r) => r.sentence.id, (r) => r.sentence, null),
  );
