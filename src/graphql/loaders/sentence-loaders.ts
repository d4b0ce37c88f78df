// Loader keyed by sentence id: the evidence sentences behind relationships, events and paths.
import type { SentenceRecord } from "../records.ts";
import { type LoaderCache, readByIds } from "./loader-cache.ts";

export const sentenceById = (c: LoaderCache) =>
  c.get<SentenceRecord | null>("sentenceById", null, (ids) =>
    readByIds(c.db, "read/sentences-by-id", ids, {}, (r) => r.sentence as SentenceRecord, null, (r) => (r.sentence as SentenceRecord).id),
  );
