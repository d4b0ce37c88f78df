// Turns what an ingest committed into live events on the bus: per written article one
// articleIngested, then one entityUpdated per entity it added to (in entity id order), then one
// graphChanged (every instance drops the cached responses it touched). Called by src/ingest only
// after the article's write and the fold of its shared facts have committed, so a client that
// reads on receiving an event sees the whole change — and, with the event's bookmarks, sees it on
// any cluster member. Bulk ingests also announce their progress, at most once a second.
import { randomUUID } from "node:crypto";
import type { Logger } from "../config/logger.ts";
import type { Database } from "../db/database.ts";
import type { IngestOutcome } from "../ingest/ingest-article.ts";
import type { IngestSummary } from "../ingest/ingest-stream.ts";
import type { EventBus } from "./event-bus.ts";

/** The announce option of ingestDocument and ingestStream, publishing on `bus`. */
export function ingestAnnouncer(bus: EventBus, db: Database, logger?: Logger): (committed: readonly IngestOutcome[]) => Promise<void> {
  return async (committed) => {
    const written = committed.filter((o) => o.status === "written");
    if (!written.length) return;
    let bookmarks: string[] = [];
    try {
      bookmarks = await db.bookmarks();
    } catch (err) {
      logger?.warn({ err }, "Could not read the bookmarks of an ingest; its events go out without them");
    }
    for (const o of written) {
      bus.publish("articleIngested", {
        articleId: o.articleId,
        replaced: o.replaced,
        entityCount: o.counts.entities,
        eventCount: o.counts.events,
        entitiesCreated: o.created.entitiesCreated,
        eventsCreated: o.created.eventsCreated,
        bookmarks,
      });
      for (const c of o.entityChanges) bus.publish("entityUpdated", { ...c, articleId: o.articleId, bookmarks });
    }
    bus.publish("graphChanged", { origin: bus.id, articleIds: written.map((o) => o.articleId), nodeIds: [...new Set(written.flatMap((o) => o.touchedIds))] });
  };
}

export interface ProgressAnnouncer {
  /** The onProgress of ingestStream: publishes at most once a second. */
  update(done: number, summary: IngestSummary): void;
  /** Publishes the last event of the run. */
  finish(done: number, summary: IngestSummary): void;
}

export function progressAnnouncer(bus: EventBus, run: { total: number | null; shard: string | null }, everyMs = 1_000): ProgressAnnouncer {
  const runId = randomUUID();
  let last = 0;
  const publish = (done: number, s: IngestSummary, finished: boolean) =>
    bus.publish("ingestProgress", {
      runId,
      shard: run.shard,
      done,
      total: run.total,
      written: s.written,
      unchanged: s.unchanged,
      rejected: s.rejected.length,
      articlesPerSecond: s.seconds > 0 ? Math.round((done / s.seconds) * 10) / 10 : 0,
      finished,
    });
  return {
    update(done, s) {
      const now = performance.now();
      if (now - last < everyMs) return;
      last = now;
      publish(done, s, false);
    },
    finish: (done, s) => publish(done, s, true),
  };
}
