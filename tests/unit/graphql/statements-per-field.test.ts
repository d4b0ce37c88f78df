// What each GraphQL field asks Neo4j for, without Neo4j (in the style of @neo4j/graphql's TCK
// tests): given this GraphQL, these statements and these parameters, as inline snapshots. The
// recording database answers from a small canned graph, checked against the statements' headers.
import { describe, expect, it } from "vitest";
import { articlePages, entityPages, eventPages, relationshipPages } from "../../../src/graphql/keyset-lists.ts";
import { execute, GRAPH, putin, recordingDatabase, summit } from "./recording-database.ts";

/** Runs a document on a fresh recording database; fails on GraphQL errors; returns what Neo4j was asked. */
async function asked(source: string, variables: Record<string, unknown> = {}) {
  const db = recordingDatabase(GRAPH);
  const result = await execute(db, source, variables);
  expect(result.errors).toBeUndefined();
  return db.calls;
}

describe("Query", () => {
  it("entity(name:) resolves a name through the full-text phrase and the exact lower-cased alias", async () => {
    expect(await asked(`{ entity(name: " Putin ") { name } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "limit": 1,
            "name": "putin",
            "phrase": ""Putin"",
          },
          "statement": "read/entity-by-name",
        },
      ]
    `);
  });

  it("entity(id:) loads the node by key", async () => {
    expect(await asked(`{ entity(id: "person:vladimir-putin") { name } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
      ]
    `);
  });

  it("entities reads a page in mention order from the index, one row more than asked, and counts only for totalCount", async () => {
    expect(await asked(`{ entities(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": null,
            "kinds": [
              "PERSON",
              "ORGANIZATION",
              "PLACE",
            ],
            "limit": 3,
          },
          "statement": "read/entities-page-by-mentions",
        },
        {
          "params": {
            "kinds": [
              "PERSON",
              "ORGANIZATION",
              "PLACE",
            ],
            "search": null,
          },
          "statement": "read/entities-count",
        },
      ]
    `);
  });

  it("entities(orderBy: NAME, after:) seeks the name index after the cursor's key", async () => {
    const after = entityPages.NAME.encode({ exact: null, mentions: null, name: "russia", id: "place:russia" });
    expect(await asked(`query ($after: String) { entities(orderBy: NAME, first: 5, after: $after) { edges { node { name } } } }`, { after })).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": {
              "exact": null,
              "id": "place:russia",
              "mentions": null,
              "name": "russia",
            },
            "kinds": [
              "PERSON",
              "ORGANIZATION",
              "PLACE",
            ],
            "limit": 6,
          },
          "statement": "read/entities-page-by-name",
        },
      ]
    `);
  });

  it("entities(search:) filters by the escaped, typo-tolerant Lucene query", async () => {
    expect(await asked(`{ entities(search: "putn", kinds: [PERSON, EVENT]) { edges { node { name } } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": null,
            "exact": "putn",
            "kinds": [
              "PERSON",
              "EVENT",
            ],
            "limit": 21,
            "orderBy": "MENTIONS",
            "search": "+(putn^3 OR putn* OR putn~1)",
          },
          "statement": "read/entities-page",
        },
      ]
    `);
  });

  it("events filters the timeline and pages after a date key", async () => {
    const after = eventPages.encode({ dateSort: "2014-03-18", id: "event:x" });
    expect(
      await asked(`query ($after: String) { events(types: [AGREEMENT], subtypes: [ACQUISITION, MERGER], factuality: PLANNED, participant: "person:vladimir-putin",
        from: "2014", to: "2025-08", first: 10, after: $after) {
        totalCount edges { node { name } } } }`, { after }),
    ).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": {
              "dateSort": "2014-03-18",
              "id": "event:x",
            },
            "factuality": "planned",
            "from": "2014",
            "limit": 11,
            "participant": "person:vladimir-putin",
            "place": null,
            "subtypes": [
              "ACQUISITION",
              "MERGER",
            ],
            "to": "2025-08",
            "types": [
              "AGREEMENT",
            ],
          },
          "statement": "read/events-timeline",
        },
        {
          "params": {
            "factuality": "planned",
            "from": "2014",
            "participant": "person:vladimir-putin",
            "place": null,
            "subtypes": [
              "ACQUISITION",
              "MERGER",
            ],
            "to": "2025-08",
            "types": [
              "AGREEMENT",
            ],
          },
          "statement": "read/events-count",
        },
      ]
    `);
  });

  it("articles pages newest first after a publication key", async () => {
    const after = articlePages.encode({ publishedSort: "2025-09-01", id: "a9" });
    expect(await asked(`query ($after: String) { articles(first: 3, after: $after) { totalCount edges { node { title } } } }`, { after })).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": {
              "id": "a9",
              "publishedSort": "2025-09-01",
            },
            "limit": 4,
          },
          "statement": "read/articles-page",
        },
        {
          "params": {},
          "statement": "read/articles-count",
        },
      ]
    `);
  });

  it("article loads by id, its text only when selected", async () => {
    expect(await asked(`{ article(id: "a1") { title text } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "a1",
            ],
          },
          "statement": "read/articles-by-id",
        },
        {
          "params": {
            "ids": [
              "a1",
            ],
          },
          "statement": "read/article-texts",
        },
      ]
    `);
  });

  it("search asks the full-text index with the escaped query", async () => {
    expect(await asked(`{ search(query: "kremln (moscow)", kinds: [ORGANIZATION], first: 3) { score entity { name } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "kinds": [
              "ORGANIZATION",
            ],
            "limit": 3,
            "query": "+(kremln^3 OR kremln* OR kremln~2) +(\\(moscow\\)^3 OR \\(moscow\\)* OR \\(moscow\\)~2)",
          },
          "statement": "read/search-names",
        },
      ]
    `);
  });

  it("path asks for the shortest path within maxHops, then the evidence of its steps", async () => {
    expect(await asked(`{ path(from: "person:vladimir-putin", to: "${summit.id}", maxHops: 2) { length steps { evidence(first: 1) { sentence } } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "from": "person:vladimir-putin",
            "maxHops": 2,
            "to": "event:a1:MEETING:120",
          },
          "statement": "read/path-shortest",
        },
        {
          "params": {
            "ids": [
              "a1#0",
            ],
          },
          "statement": "read/sentences-by-id",
        },
      ]
    `);
  });

  it("paths asks for the k shortest paths", async () => {
    expect(await asked(`{ paths(from: "person:vladimir-putin", to: "place:russia", first: 2) { length } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "from": "person:vladimir-putin",
            "limit": 2,
            "maxHops": 4,
            "to": "place:russia",
          },
          "statement": "read/paths-shortest",
        },
      ]
    `);
  });

  it("stats reads the count store once", async () => {
    expect(await asked(`{ stats { articles persons } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {},
          "statement": "read/stats",
        },
      ]
    `);
  });
});

describe("Entity", () => {
  const onPutin = (fields: string) => `{ entity(id: "${putin.id}") { ${fields} } }`;

  // Under entity(id:) the page is read first and carries the entity: no read/entities-by-id.
  it("relationships asks one page per entity after the cursor, filtered by type, direction and former", async () => {
    const after = relationshipPages.encode({ weight: 3, key: "ALLY_OF|OUT|place:belarus" });
    expect(
      await asked(`query ($after: String) { entity(id: "${putin.id}") { relationships(types: [LEADER_OF], direction: OUT, former: false, first: 5, after: $after) {
        totalCount edges { type direction weight former node { name } evidence(first: 1) { sentence } } } } }`, { after }),
    ).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": {
              "key": "ALLY_OF|OUT|place:belarus",
              "weight": 3,
            },
            "direction": "OUT",
            "evidence": 1,
            "former": false,
            "ids": [
              "person:vladimir-putin",
            ],
            "limit": 6,
            "types": [
              "LEADER_OF",
            ],
          },
          "statement": "read/entity-relationships",
        },
        {
          "params": {
            "direction": "OUT",
            "former": false,
            "ids": [
              "person:vladimir-putin",
            ],
            "types": [
              "LEADER_OF",
            ],
          },
          "statement": "read/entity-relationship-counts",
        },
      ]
    `);
  });

  it("neighbors asks for nodes within depth hops", async () => {
    expect(await asked(onPutin(`neighbors(depth: 2, kinds: [PLACE], first: 5) { distance types node { name } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "depth": 2,
            "ids": [
              "person:vladimir-putin",
            ],
            "kinds": [
              "PLACE",
            ],
            "limit": 5,
          },
          "statement": "read/entity-neighbors",
        },
      ]
    `);
  });

  it("coMentions asks for entities sharing sentences, with three sample sentences", async () => {
    expect(await asked(onPutin(`coMentions(first: 4) { totalCount edges { count node { name } } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "after": null,
            "ids": [
              "person:vladimir-putin",
            ],
            "kinds": null,
            "limit": 5,
            "samples": 3,
          },
          "statement": "read/entity-co-mentions",
        },
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
            "kinds": null,
          },
          "statement": "read/entity-co-mention-counts",
        },
      ]
    `);
  });

  it("events asks for the events it took part in, chronologically", async () => {
    expect(await asked(onPutin(`events(types: [MEETING], first: 3) { totalCount edges { node { name } } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "after": null,
            "factuality": null,
            "ids": [
              "person:vladimir-putin",
            ],
            "limit": 4,
            "subtypes": null,
            "types": [
              "MEETING",
            ],
          },
          "statement": "read/entity-events",
        },
        {
          "params": {
            "factuality": null,
            "ids": [
              "person:vladimir-putin",
            ],
            "subtypes": null,
            "types": [
              "MEETING",
            ],
          },
          "statement": "read/entity-event-counts",
        },
      ]
    `);
  });

  it("articles asks for the articles naming it, newest first", async () => {
    expect(await asked(onPutin(`articles(first: 3) { totalCount edges { node { title } } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "after": null,
            "ids": [
              "person:vladimir-putin",
            ],
            "limit": 4,
          },
          "statement": "read/entity-articles",
        },
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entity-article-counts",
        },
      ]
    `);
  });

  it("mentions asks for its spans, then their sentences and articles", async () => {
    expect(await asked(onPutin(`mentions(first: 3) { totalCount edges { node { text sentence { sentence } article { title } } } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "after": null,
            "ids": [
              "person:vladimir-putin",
            ],
            "limit": 4,
          },
          "statement": "read/entity-mentions",
        },
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entity-mention-counts",
        },
        {
          "params": {
            "ids": [
              "a1#0",
            ],
          },
          "statement": "read/sentences-by-id",
        },
        {
          "params": {
            "ids": [
              "a1",
            ],
          },
          "statement": "read/articles-by-id",
        },
      ]
    `);
  });

  it("Person.roles loads the entity each role is held in", async () => {
    expect(await asked(onPutin(`... on Person { roles { title of { name } } }`))).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "person:vladimir-putin",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "ids": [
              "place:russia",
            ],
          },
          "statement": "read/entities-by-id",
        },
      ]
    `);
  });
});

describe("Event and Article", () => {
  it("an event's participants, evidence and place are each one batched statement", async () => {
    expect(await asked(`{ entity(id: "${summit.id}") { ... on Event { eventType participants { role entity { name } } evidence(first: 2) { sentence } place { name } } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "event:a1:MEETING:120",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "ids": [
              "event:a1:MEETING:120",
            ],
          },
          "statement": "read/event-participants",
        },
        {
          "params": {
            "ids": [
              "event:a1:MEETING:120",
            ],
          },
          "statement": "read/event-evidence",
        },
        {
          "params": {
            "ids": [
              "place:russia",
            ],
          },
          "statement": "read/entities-by-id",
        },
        {
          "params": {
            "ids": [
              "a1#0",
            ],
          },
          "statement": "read/sentences-by-id",
        },
      ]
    `);
  });

  it("an article's entities and events are asked with their own page sizes", async () => {
    expect(await asked(`{ article(id: "a1") { entities(kinds: [PERSON], first: 5) { name } events(types: [MEETING], first: 2) { name } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "ids": [
              "a1",
            ],
          },
          "statement": "read/articles-by-id",
        },
        {
          "params": {
            "ids": [
              "a1",
            ],
            "kinds": [
              "PERSON",
            ],
            "limit": 5,
          },
          "statement": "read/article-entities",
        },
        {
          "params": {
            "ids": [
              "a1",
            ],
            "limit": 2,
            "types": [
              "MEETING",
            ],
          },
          "statement": "read/article-events",
        },
      ]
    `);
  });
});

describe("batching and refusals", () => {
  it("a page of entities asks for all their relationships in one statement", async () => {
    expect(await asked(`{ entities(first: 2) { edges { node { name relationships(first: 1) { edges { node { name } } } } } } }`)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "after": null,
            "kinds": [
              "PERSON",
              "ORGANIZATION",
              "PLACE",
            ],
            "limit": 3,
          },
          "statement": "read/entities-page-by-mentions",
        },
        {
          "params": {
            "evidence": 0,
            "ids": [
              "place:russia",
              "person:vladimir-putin",
            ],
            "limit": 2,
          },
          "statement": "read/entity-strongest-relationships",
        },
      ]
    `);
  });

  it("last and before are refused before anything is asked", async () => {
    const db = recordingDatabase(GRAPH);
    const result = await execute(db, `{ entities(last: 2) { edges { cursor } } }`);
    expect(result.errors?.[0]?.message).toMatch(/Query\.entities: last is not supported; lists page forward only/);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
    expect(db.calls).toEqual([]);
  });

  it("a forged cursor is refused before anything is asked", async () => {
    const db = recordingDatabase(GRAPH);
    const forged = Buffer.from(JSON.stringify(["articles", { offset: 40 }])).toString("base64url");
    const result = await execute(db, `query ($after: String) { articles(after: $after) { edges { cursor } } }`, { after: forged });
    expect(result.errors?.[0]?.message).toMatch(/is not a cursor/);
    expect(db.calls).toEqual([]);
  });
});
