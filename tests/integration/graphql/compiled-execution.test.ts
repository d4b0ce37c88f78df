// Compiled execution (graphql-jit, GRAPHQL_JIT=on, the default) answers exactly what graphql-js
// answers: every example shown to users, the explorer's operations, and queries that exercise
// fragments, unions, aliases, directives, variables, null propagation and every coded error —
// same HTTP status, same body, in development and in production (masked errors), on the seed graph.
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../../src/graphql/examples.ts";
import { readmeExamples } from "../../../src/graphql/readme-examples.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig } from "../support.ts";
import { graphqlClient, useSeededApp } from "./graphql-client.ts";

const { db } = useSeededApp();
const variants = (env: Record<string, string>) => ({
  compiled: graphqlClient(createApp({ config: testConfig({ ...env, GRAPHQL_JIT: "on", RESPONSE_CACHE: "off" }), db })),
  interpreted: graphqlClient(createApp({ config: testConfig({ ...env, GRAPHQL_JIT: "off", RESPONSE_CACHE: "off" }), db })),
});
const development = variants({ NODE_ENV: "development" });
const production = variants({ NODE_ENV: "production" });

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const ENTITY_BITS = `fragment Bits on Entity { id name kind aliases mentionCount ... on Person { roles { title of { name } } } }`;
const CASES: Case[] = [
  ...EXAMPLE_TABS.map((t) => ({ name: `GraphiQL tab: ${t.title}`, query: t.query, variables: t.variables })),
  ...readmeExamples().map((query, i) => ({ name: `README example ${i + 1}`, query })),
  {
    name: "fragments, aliases and __typename on an interface",
    query: `${ENTITY_BITS} query { a: entity(name: "putin") { __typename ...Bits relationships(first: 3) { totalCount edges { type node { ...Bits } evidence(first: 1) { sentence article { title } } } pageInfo { hasNextPage endCursor } } } b: entity(name: "Russia") { ...Bits } }`,
  },
  {
    name: "@include and @skip from variables",
    query: `query ($with: Boolean!, $without: Boolean!) { entity(name: "putin") { name aliases @include(if: $with) mentionCount @skip(if: $without) events(first: 2) @include(if: $with) { edges { node { type date } } } } }`,
    variables: { with: true, without: true },
  },
  {
    name: "lists, connections and nested pages",
    query: `{ entities(first: 5) { totalCount edges { cursor node { name relationships(first: 2) { edges { type node { name } } } coMentions(first: 2) { edges { node { name } } } } } } events(first: 3) { edges { node { type date participants { role entity { name } } } } } }`,
  },
  {
    name: "node(id:) and nodes(ids:) with a global ID of the graph and one of nothing",
    query: `{ node(id: "UGxhY2U6cGxhY2U6cnVzc2lh") { id ... on Place { name } } nodes(ids: ["UGxhY2U6cGxhY2U6cnVzc2lh", "UGVyc29uOnBlcnNvbjpub2JvZHk"]) { id } }`,
  },
  { name: "a resolver's coded error (not a global ID)", query: `{ node(id: "garbage") { id } }` },
  { name: "a resolver's coded error (same entity twice)", query: `{ path(from: "person:vladimir-putin", to: "person:vladimir-putin") { length } }` },
  { name: "a cursor from another list", query: `{ entities(after: "WyJyZWxhdGlvbnNoaXBzIix7IndlaWdodCI6MSwia2V5IjoiTEVBREVSX09GfE9VVHxwbGFjZTpydXNzaWEifV0") { edges { node { id } } } }` },
  { name: "a variable of the wrong type", query: `query ($n: Int) { entities(first: $n) { totalCount } }`, variables: { n: "five" } },
  { name: "an argument out of bounds", query: `{ entities(first: 100000) { totalCount } }` },
  { name: "a malformed date range", query: `{ events(from: "last tuesday") { totalCount } }` },
  { name: "an unknown entity (null, no error)", query: `{ entity(name: "nobody at all") { id name } }` },
  { name: "a small introspection", query: `{ __type(name: "Entity") { kind name fields { name } } }` },
];

describe("compiled execution (graphql-jit) against graphql-js", () => {
  for (const [mode, apps] of Object.entries({ development, production })) {
    it(`answers every case the same in ${mode}`, async () => {
      let errors = 0;
      for (const c of CASES) {
        const [compiled, interpreted] = [await apps.compiled(c.query, c.variables), await apps.interpreted(c.query, c.variables)];
        expect({ case: c.name, status: compiled.status, body: JSON.parse(compiled.raw) }).toEqual({
          case: c.name,
          status: interpreted.status,
          body: JSON.parse(interpreted.raw),
        });
        errors += compiled.errors?.length ?? 0;
      }
      // The cases reach data and errors alike: a comparison of empty answers would prove nothing.
      expect(errors).toBeGreaterThanOrEqual(6);
    });
  }
});
