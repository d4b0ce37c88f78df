// The raw-driver server of npm run bench:api: each query of the mix as a plain HTTP endpoint
// (POST /<name> with the variables as JSON) that runs exactly the statements our API runs for it,
// with the same parameters, in one read transaction per request, and writes the answer in the
// bench's canonical shape (bench/api/query-mix.ts) — no GraphQL in between. The floor our layer
// is measured against. Prints `listening <port>` once up.
//   NEO4J_URI=… NEO4J_PASSWORD=… tsx bench/raw/server.ts
import http from "node:http";
import neo4j from "neo4j-driver";
import { loadConfig } from "../../src/config/config.ts";
import { connectionFromConfig, openDatabase, type Tx } from "../../src/db/database.ts";
import { ENTITY_KINDS } from "../../src/vocabulary.ts";

const db = openDatabase(connectionFromConfig(loadConfig()));
const int = (n: number) => neo4j.int(n);

// biome-ignore lint/suspicious/noExplicitAny: variables arrive as loose JSON from the bench
type Vars = any;

const ENDPOINTS: Record<string, (tx: Tx, v: Vars) => Promise<unknown>> = {
  async card(tx, v) {
    // As our API reads a card: the relationships page carries the entity (by id only when it has no row).
    const [page] = await tx.run("read/entity-strongest-relationships", { ids: [v.id], limit: int(21), evidence: int(1) });
    const e = page?.node ?? (await tx.run("read/entities-by-id", { ids: [v.id] }))[0]!.node;
    return {
      name: e.name,
      kind: e.kind,
      mentionCount: e.mentionCount,
      relationships: (page?.edges ?? []).slice(0, 20).map((r) => ({
        type: r.type,
        direction: r.direction,
        weight: r.weight,
        other: r.node.name,
        evidence: r.sentences.slice(0, 1).map((s) => [s.sentence.text, s.article.title]),
      })),
    };
  },
  async entities(tx, v) {
    const rows = await tx.run("read/entities-page-by-mentions", { kinds: [...ENTITY_KINDS], after: v.after, limit: int(21) });
    return { nodes: rows.slice(0, 20).map((r) => ({ name: r.node.name, kind: r.node.kind, mentionCount: r.node.mentionCount })), next: rows.length > 20 };
  },
  async timeline(tx, v) {
    const rows = await tx.run("read/events-timeline", { types: null, subtypes: null, factuality: null, participant: v.participant, place: null, from: null, to: null, after: v.after, limit: int(21) });
    return rows.slice(0, 20).map((r) => ({ name: r.event.name, type: r.event.type, date: r.event.date }));
  },
  async neighbors(tx, v) {
    const [row] = await tx.run("read/entities-by-id", { ids: [v.id] });
    const [page] = await tx.run("read/entity-neighbors", { ids: [v.id], depth: int(2), kinds: null, limit: int(20) });
    return { name: row!.node.name, neighbors: (page?.neighbors ?? []).map((n) => [n.distance, n.node.name]) };
  },
  async search(tx, v) {
    const rows = await tx.run("read/search-names", { query: v.query, kinds: null, limit: int(10) });
    return rows.map((r) => r.node.name);
  },
  async path(tx, v) {
    const [row] = await tx.run("read/path-shortest", { from: v.from, to: v.to, maxHops: int(4) });
    if (!row) return null;
    const ids = [...new Set(row.steps.flatMap((s) => s.evidence.slice(0, 1)))];
    await tx.run("read/sentences-by-id", { ids });
    return { length: row.steps.length, from: row.nodes[0]?.name, to: row.nodes.at(-1)?.name };
  },
  async nested(tx) {
    const entities = (await tx.run("read/entities-page-by-mentions", { kinds: [...ENTITY_KINDS], after: null, limit: int(21) })).slice(0, 20);
    const ids = entities.map((r) => r.node.id);
    const pages = new Map((await tx.run("read/entity-strongest-relationships", { ids, limit: int(11), evidence: int(0) })).map((r) => [r.id, r.edges.slice(0, 10)]));
    const others = [...new Set([...pages.values()].flatMap((edges) => edges.map((e) => e.node.id)))];
    const articles = new Map((await tx.run("read/entity-articles", { ids: others, after: null, limit: int(6) })).map((r) => [r.id, r.articles.slice(0, 5)]));
    return entities.map((r) => [
      r.node.name,
      (pages.get(r.node.id) ?? []).map((e) => [e.node.name, (articles.get(e.node.id) ?? []).map((a) => a.title)]),
    ]);
  },
};

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    const endpoint = ENDPOINTS[(req.url ?? "/").slice(1)];
    if (!endpoint) {
      res.writeHead(404).end();
      return;
    }
    try {
      const variables = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      const open = await db.beginRead();
      let body: string;
      try {
        body = JSON.stringify({ data: await endpoint(open.tx, variables) });
      } finally {
        open.close().catch(() => undefined);
      }
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch (err) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: (err as Error).message }));
    }
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => void db.close().then(() => process.exit(0))));
