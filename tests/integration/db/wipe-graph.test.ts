// wipeGraph deletes the whole graph in bounded transactions: a graph larger than one transaction's
// share is still deleted entirely, relationships included, and constraints stay.
import { afterAll, describe, expect, it } from "vitest";
import { wipeGraph } from "../../../src/db/wipe-graph.ts";
import { testDatabase } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());

describe("wipeGraph", () => {
  it("deletes every node and relationship over several transactions, and keeps the schema", async () => {
    await wipeGraph(db);
    const session = db.driver.session({ database: db.name });
    try {
      await session.executeWrite((tx) =>
        tx.run("UNWIND range(1, 23) AS i CREATE (a:WipeProbe {i: i})-[:NEXT]->(:WipeProbe {i: -i})"),
      );
      const constraintsBefore = (await session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).records[0]!.get("n") as number;
      let transactions = 0;
      const counting = {
        ...db,
        write: <T>(work: Parameters<typeof db.write<T>>[0]) => {
          transactions++;
          return db.write(work);
        },
      };
      expect(await wipeGraph(counting, 5)).toBe(46);
      // 23 relationships, 5 a time: four full transactions and one with the last 3; then 46
      // nodes, 5 a time: nine full transactions and the one that finds the last node.
      expect(transactions).toBe(5 + 10);
      const [left] = await db.read((tx) => tx.run("admin/count-nodes-relationships"));
      expect(left).toEqual({ nodes: 0, relationships: 0 });
      const constraintsAfter = (await session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).records[0]!.get("n") as number;
      expect(constraintsAfter).toBe(constraintsBefore);
      expect(constraintsAfter).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
