// 10,000 generated GraphQL requests (seeded, so every run sends the same ones) against the app in
// production mode, in-process through yoga.fetch: mutated documents, junk variables, huge and
// forged values, broken bodies. Most are refused by parsing, validation or the limits before Neo4j;
// the rest run against a small real graph. Whatever comes back: no 5xx but the coded 503, every
// error either coded or masked as "Unexpected error.", and no stack or originalError anywhere.
// The counts are printed and quoted in RELIABILITY.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../../src/graphql/examples.ts";
import * as explorer from "../../../src/explorer/queries.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { seededRandom } from "../../../src/seeded-random.ts";
import { createApp } from "../../../src/server/app.ts";
import { silentLogger } from "../../../src/config/logger.ts";
import { summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { testConfig, testDatabase, wipeGraph } from "../support.ts";

const REQUESTS = 10_000;
const db = testDatabase();
const app = createApp({ config: testConfig({ NODE_ENV: "production", INGEST_API_KEY: "fuzz-ingest-key-0123456789" }), db, logger: silentLogger });

beforeAll(async () => {
  await wipeGraph(db);
  await ingestDocument(db, summitDocument());
});
afterAll(() => db.close());

const seeds = [
  ...Object.values(explorer as Record<string, unknown>).filter((v): v is string => typeof v === "string" && v.startsWith("query")),
  ...EXAMPLE_TABS.map((t) => t.query),
  `{ entity(name: "varga") { name relationships { edges { type node { name } } } } }`,
  `{ entities(first: 5, orderBy: NAME) { totalCount edges { cursor node { id name } } pageInfo { endCursor } } }`,
  `{ events(first: 3) { edges { node { name date participants { role entity { name } } } } } }`,
  `{ path(from: "person:elena-varga", to: "person:tomas-lindqvist") { length steps { type } } }`,
  `{ search(query: "lindqvst") { score entity { name } } }`,
  `{ nodes(ids: ["UGVyc29uOnBlcnNvbjplbGVuYS12YXJnYQ=="]) { id } }`,
  `{ stats { articles persons } }`,
  `mutation { deleteArticle(id: "nothing") { __typename } }`,
];

const NASTY = [
  "", " ", "\u0000", "\uFFFF", "🙂".repeat(50), "x".repeat(5_000), "person:", ":", "person:elena-varga", "UGVyc29uOng=", "null", "{}", "[]",
  "' OR 1=1 --", "MATCH (n) DETACH DELETE n", "$after", "\\", '"', "__proto__", "constructor", "a".repeat(300), "kremln~2", "*", "AND OR NOT",
  Buffer.from(JSON.stringify(["entities:MENTIONS", { mentions: "x", name: 1, id: [] }])).toString("base64url"),
  Buffer.from(JSON.stringify(["relationships", { weight: 1e308, key: "x" }])).toString("base64url"),
];
const TOKENS = ["{", "}", "(", ")", "[", "]", ":", "$", "!", "...", "@include(if: true)", "@skip(if: $x)", "on", "fragment", "query", "mutation", "subscription", "__typename", "__schema", "first: 101", "first: -1", "first: 2147483648", "depth: 9", "maxHops: 0", '"', "#", ",", "\n", "alias:", "null", "true", "1e999"];

function generator(seed: number) {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const value = (depth = 0): unknown => {
    const r = rand();
    if (r < 0.25) return pick(NASTY);
    if (r < 0.4) return Math.floor(rand() * 2 ** 40) * (rand() < 0.5 ? -1 : 1);
    if (r < 0.5) return rand() < 0.5;
    if (r < 0.55) return null;
    if (r < 0.7 && depth < 3) return Array.from({ length: Math.floor(rand() * (rand() < 0.1 ? 300 : 4)) }, () => value(depth + 1));
    if (r < 0.8 && depth < 3) return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [pick(["query", "id", "first", "after", "from", "to", "input", "text", "kinds", pick(NASTY)]), value(depth + 1)]));
    return pick(["putin", "PERSON", "MEETING", "OUT", "2025", "person:elena-varga", "summit"]);
  };
  const mutate = (doc: string): string => {
    let out = doc;
    for (let i = Math.floor(rand() * 4); i >= 0; i--) {
      const at = Math.floor(rand() * (out.length + 1));
      const op = rand();
      if (op < 0.35) out = out.slice(0, at) + pick(TOKENS) + out.slice(at);
      else if (op < 0.6) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rand() * 10));
      else if (op < 0.75) out = out.replace(/first: \d+/, `first: ${pick(["0", "100", "101", "-5", "99999999999", "$n"])}`);
      else if (op < 0.9) out = out.replace(/"[^"]*"/, JSON.stringify(pick(NASTY)));
      else out = out + out.slice(0, Math.floor(rand() * 200));
    }
    return out;
  };
  const variables = (): unknown => {
    const r = rand();
    if (r < 0.1) return pick(NASTY);
    if (r < 0.2) return [value()];
    return Object.fromEntries(["name", "id", "q", "query", "from", "to", "first", "maxHops", "participant", "source", "target", "type", "types", "after", "input"].filter(() => rand() < 0.3).map((k) => [k, value()]));
  };
  /** One request: [content type, body]. */
  return (): { accept: string; body: string } => {
    const accept = pick(["application/json", "application/graphql-response+json", "application/graphql-response+json, application/json", "*/*", "text/html"]);
    const r = rand();
    if (r < 0.05) return { accept, body: pick(["", "{", "[]", "null", "1", '"x"', '{"query": 5}', '{"query": null}', '{"variables": "x", "query": "{ __typename }"}', "[".repeat(5000)]) };
    if (r < 0.1) return { accept, body: JSON.stringify(Array.from({ length: 3 }, () => ({ query: pick(seeds) }))) }; // batching: off
    const query = rand() < 0.05 ? pick(seeds) : mutate(pick(seeds));
    const body: Record<string, unknown> = { query, variables: variables() };
    if (rand() < 0.1) body.operationName = pick(["ExplorerSearch", "Nope", "", 7]);
    if (rand() < 0.05) body.extensions = { persistedQuery: { version: 1, sha256Hash: pick(NASTY) } };
    if (rand() < 0.03) body.documentId = pick(NASTY);
    return { accept, body: JSON.stringify(body) };
  };
}

describe("GraphQL fuzzing (production mode)", () => {
  it(`answers ${REQUESTS} generated requests without a 5xx (but the coded 503), an unmasked error or a stack`, { timeout: 600_000 }, async () => {
    const next = generator(20_260_401);
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const problems: string[] = [];
    const before = db.stats.roundTrips;
    let executedOnNeo4j = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const { accept, body } = next();
      const trips = db.stats.roundTrips;
      const res = await app.yoga.fetch("http://fuzz/graphql", { method: "POST", headers: { "content-type": "application/json", accept }, body });
      const text = await res.text();
      if (db.stats.roundTrips > trips) executedOnNeo4j++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `#${i} ${res.status} ${body.slice(0, 200)} -> ${text.slice(0, 300)}`;
      if (res.status >= 500 && res.status !== 503) problems.push(`5xx: ${where}`);
      if (/"stack"|originalError|\.ts:\d+|at \w+ \(/.test(text)) problems.push(`leak: ${where}`);
      if (res.status === 406) continue; // text/html only: not acceptable, no body to check
      let parsed: { errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        parsed = JSON.parse(text);
      } catch {
        problems.push(`not JSON: ${where}`);
        continue;
      }
      for (const e of parsed.errors ?? []) {
        const code = e.extensions?.code ?? (e.message === "Unexpected error." ? "(masked)" : "(no code)");
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === "(no code)") problems.push(`uncoded error: ${where}`);
        if (code === "INTERNAL_SERVER_ERROR" && e.message !== "Unexpected error.") problems.push(`unmasked: ${where}`);
      }
      if (res.status === 503 && !(parsed.errors ?? []).some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE" || e.extensions?.code === "EXTRACTION_BUSY")) problems.push(`uncoded 503: ${where}`);
    }
    const summary = {
      requests: REQUESTS,
      statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
      errorCodes: Object.fromEntries([...codes].sort(([, a], [, b]) => b - a)),
      reachedNeo4j: executedOnNeo4j,
      neo4jRoundTrips: db.stats.roundTrips - before,
    };
    process.stdout.write(`graphql fuzz: ${JSON.stringify(summary)}\n`);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
