// The process's bookmarks against the real Neo4j: writes add theirs, reads only wait for them.
// A read that commits while another transaction is still being applied is handed a bookmark of
// that transaction; had reads added their bookmarks, every later read of the process would wait
// for it (a 1 MB article's write stalled every read of the server for seconds at its commit).
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../support.ts";

const a = testDatabase();
const b = testDatabase();
afterAll(() => Promise.all([a.close(), b.close()]));

/** A write through b's own driver that leaves the graph as it was. */
async function otherProcessWrites(): Promise<void> {
  const session = b.driver.session({ database: b.name });
  try {
    await session.executeWrite((tx) => tx.run("CREATE (p:BookmarkProbe) DELETE p"));
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
    await a.read((tx) => tx.run("read/ping"));
    const tx = await a.beginRead();
    await tx.tx.run("read/ping");
    await tx.close();
    expect(await a.bookmarks()).toEqual(afterOwnWrite);
    await a.write((tx) => tx.run("read/ping"));
    expect(await a.bookmarks()).not.toEqual(afterOwnWrite);
  });
});
