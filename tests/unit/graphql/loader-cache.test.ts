// The request's read transaction: begun on the first read, ended once the request is answered,
// and never begun again by a resolver still running after that (past REQUEST_TIMEOUT_MS, the
// compiled executor does not stop resolvers that have yet to start); a subscription's renew
// ends one event's transaction and lets the next event read.
import { describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.ts";
import { LoaderCache } from "../../../src/graphql/loaders/loader-cache.ts";
import { GRAPH, recordingDatabase } from "./recording-database.ts";

function counting() {
  const db = recordingDatabase(GRAPH);
  const counts = { begun: 0, closed: 0 };
  const counted: Database = {
    ...db,
    async beginRead(options) {
      counts.begun++;
      const t = await db.beginRead(options);
      return { tx: t.tx, close: async () => void counts.closed++ };
    },
  };
  return { db: counted, counts };
}

const stats = (c: LoaderCache) => c.read("read/stats");

describe("LoaderCache", () => {
  it("begins one read transaction for all of a request's reads and ends it on close", async () => {
    const { db, counts } = counting();
    const c = new LoaderCache(db);
    await Promise.all([stats(c), stats(c), stats(c)]);
    expect(counts).toEqual({ begun: 1, closed: 0 });
    await c.close();
    expect(counts).toEqual({ begun: 1, closed: 1 });
  });

  it("refuses a read after close instead of beginning a transaction nothing would end", async () => {
    const { db, counts } = counting();
    const c = new LoaderCache(db);
    await stats(c);
    await c.close();
    await expect(stats(c)).rejects.toThrow(/already been answered/);
    expect(counts).toEqual({ begun: 1, closed: 1 });
  });

  it("reads again after renew (a subscription's next event), in a fresh transaction", async () => {
    const { db, counts } = counting();
    const c = new LoaderCache(db);
    await stats(c);
    await c.renew();
    await stats(c);
    expect(counts).toEqual({ begun: 2, closed: 1 });
    await c.close();
    expect(counts).toEqual({ begun: 2, closed: 2 });
  });
});
