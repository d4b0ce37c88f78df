// Loaders keyed by event id: participants and the ids of the sentences that describe the event.
import type { ParticipantRecord } from "../records.ts";
import { type LoaderCache, readByIds } from "./loader-cache.ts";

export const participantsByEvent = (c: LoaderCache) =>
  c.get<ParticipantRecord[]>("participants", null, (ids) =>
    readByIds(c.db, "read/event-participants", ids, {}, (r) => r.participants as ParticipantRecord[], []),
  );

export const evidenceIdsByEvent = (c: LoaderCache) =>
  c.get<string[]>("eventEvidence", null, (ids) => readByIds(c.db, "read/event-evidence", ids, {}, (r) => r.sentenceIds as string[], []));
