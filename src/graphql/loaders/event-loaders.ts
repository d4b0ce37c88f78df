// Loaders keyed by event id: participants and the ids of the sentences that describe the event.
import type { ParticipantRecord } from "../records.ts";
import { byKey, type LoaderCache } from "./loader-cache.ts";

export const participantsByEvent = (c: LoaderCache) =>
  c.get<ParticipantRecord[]>("participants", null, async (ids) =>
    byKey(ids, await c.read("read/event-participants", { ids }), (r) => r.id, (r) => r.participants, []),
  );

export const evidenceIdsByEvent = (c: LoaderCache) =>
  c.get<string[]>("eventEvidence", null, async (ids) =>
    byKey(ids, await c.read("read/event-evidence", { ids }), (r) => r.id, (r) => r.sentenceIds, []),
  );
