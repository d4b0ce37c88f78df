// The process's bookmarks against the real Neo4j: writes add theirs, reads only wait for them.
// A read that commits while another transaction is still being applied is handed a bookmark of
// that transaction; had reads added their bookmarks, every later read of the process would wait
// for it (a 1 MB article's write stalled every read of the server for seconds at its commit).
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../support.ts";

const a = testDatabase();
const b = testDatabase();
afterAll(async () => {
  const session = b.driver.session({ database: b.name });
  await session.executeWrite((tx) => tx.run("MATCH (p:BookmarkProbe) DELETE p")).finally(() => session.close());
  await Promise.all([a.close(), b.close()]);
});

/** A write through b's own driver: a real change, so it gets a transaction (and a bookmark) of its own. */
async function otherProcessWrites(): Promise<void> {
  const session = b.driver.session({ database: b.name });
  try {
    await session.executeWrite((tx) => tx.run("MERGE (p:BookmarkProbe {id: 1}) SET p.n = coalesce(p.n, 0) + 1"));
  } finally {
    await session.close();
  }
}

/** The bookmarks a plain read session (no bookmark manager) is handed at its commit. */
async function bookmarksOfARead(): Promise<string[]> {
  const session = a.driver.session({ database: a.name, defaultAccessMode: "READ" });
  try {
    await session.executeRead((tx) => tx.run("RETURN 1"));
    return session.lastBookmarks();
  } finally {
    await session.close();
  }
}

describe("the bookmarks a process hands out", () => {
  it("change with its own writes, not with its reads of what others wrote", async () => {
    await a.write((tx) => tx.run("read/ping"));
    const afterOwnWrite = await a.bookmarks();
    expect(afterOwnWrite.length).toBeGreaterThan(0);
    await otherProcessWrites();
    // Not vacuous: a read is handed a bookmark of the other process's write.
    expect(await bookmarksOfARead()).not.toEqual(afterOwnWrite);
    await a.read((tx) => tx.run("read/ping"));
    const tx = await a.beginRead();
    await tx.tx.run("read/ping");
    await tx.close();
    expect(await a.bookmarks()).toEqual(afterOwnWrite);
  });
});
