import { afterAll, describe, expect, it } from "vitest";
import { migrate, schemaStatements } from "../../../src/db/migrate.ts";
import { testDatabase } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());

describe("schema migrations", () => {
  it("apply again without error (idempotent)", async () => {
    const applied = await migrate(db);
    expect(applied).toEqual(schemaStatements());
  });

  it("create a uniqueness constraint on every node key", async () => {
    const rows = await db.read((tx) => tx.run("admin/list-constraints"));
    const keys = rows.map((r) => `${r.labels.join()}.${r.properties.join()}`);
    expect(keys).toEqual(expect.arrayContaining(["Article.id", "Entity.id", "Event.id", "Sentence.id"]));
  });

  it("create the full-text index over entity names and aliases", async () => {
    const rows = await db.read((tx) => tx.run("admin/list-indexes"));
    const fulltext = rows.find((r) => r.name === "entity_names");
    expect(fulltext).toMatchObject({ type: "FULLTEXT", state: "ONLINE", properties: ["name", "aliasText"] });
  });
});
