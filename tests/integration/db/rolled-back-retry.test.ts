// A transaction whose pipelined statement fails (here: the victim of a deadlock Neo4j detects) is
// retried by the driver, even when the work's next statement is the first to see the failure:
// the driver answers that one with "has been rolled back", which is not retryable, so the
// transaction wrapper rethrows the first failure instead. Against the real Neo4j; before the
// wrapper did so, the victim's write failed with "Cannot run query in this transaction".
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../support.ts";

const db = testDatabase();
afterAll(async () => {
  const session = db.driver.session({ database: db.name });
  await session.executeWrite((tx) => tx.run("MATCH (a:Article) WHERE a.id STARTS WITH 'rollback-probe-' DELETE a")).finally(() => session.close());
  await db.close();
});

function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((r) => (fire = r));
  return { fire, fired };
}

describe("a statement failing in a pipelined transaction", () => {
  it("is retried by the driver when a later statement is the first to see it", async () => {
    const locked = { a: signal(), b: signal() };
    let attempts = 0;
    // Each locks one article, waits until the other holds the other one, then asks for it: a
    // deadlock. The lock request is sent without waiting for its answer, as ingest pipelines its
    // writes, and the next awaited statement is a plain one.
    const crossing = (first: "a" | "b", second: "a" | "b") =>
      db.write(async (tx) => {
        attempts++;
        await tx.run("ingest/lock-article", { articleId: `rollback-probe-${first}` });
        locked[first].fire();
        await locked[second].fired;
        const pending = tx.run("ingest/lock-article", { articleId: `rollback-probe-${second}` });
        await pending.then(() => undefined, () => undefined);
        await tx.run("read/ping");
        return first;
      });
    const results = await Promise.allSettled([crossing("a", "b"), crossing("b", "a")]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual(["a", "b"]);
    // One of the two was the deadlock's victim and ran again.
    expect(attempts).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
