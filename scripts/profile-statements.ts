// PROFILEs every read statement on the graph NEO4J_URI points at, with the parameters of the
// bench:api query mix (ids chosen by cypher/admin/bench-picks.cypher), and reports the database
// hits and server time of each. With --cypher DIR it reads the statements from another tree (an
// older checkout, to measure before/after on the same graph); --json FILE saves the numbers and
// --before FILE prints a before/after table.
//
//   NEO4J_URI=… NEO4J_PASSWORD=… npx tsx scripts/profile-statements.ts [--cypher DIR] [--json OUT] [--before IN]
import fs from "node:fs";
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import { loadConfig } from "../src/config/config.ts";
import { loadCypherDir } from "../src/db/cypher-registry.ts";
import { connectionFromConfig, openDatabase } from "../src/db/database.ts";
import { ENTITY_KINDS, NODE_KINDS } from "../src/vocabulary.ts";
import { phraseQuery, searchQuery } from "../src/graphql/fulltext-query.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A named case: the statement and the parameters it runs with (several cases per statement where cost differs). */
export interface ProfileCase {
  label: string;
  statement: string;
  params: Record<string, unknown>;
}

export type Picks = {
  card: { id: string; name: string };
  hub: { id: string; name: string; events: number };
  typical: { id: string; name: string; events: number };
  entityKey: { mentions: number; id: string };
  eventKey: { dateSort: string; id: string };
  article: string;
  event: string;
};

const int = (n: number) => neo4j.int(n);

export function profileCases(p: Picks): ProfileCase[] {
  const timeline = { types: null, participant: null, place: null, from: null, to: null, after: null, limit: int(21) };
  const rels = { types: null, direction: "BOTH", after: null, limit: int(21) };
  const c = (label: string, statement: string, params: Record<string, unknown> = {}): ProfileCase => ({ label, statement, params });
  return [
    c("article-entities", "read/article-entities", { ids: [p.article], kinds: null, limit: int(20) }),
    c("article-events", "read/article-events", { ids: [p.article], types: null, limit: int(20) }),
    c("article-texts", "read/article-texts", { ids: [p.article] }),
    c("articles-by-id", "read/articles-by-id", { ids: [p.article] }),
    c("articles-count", "read/articles-count"),
    c("articles-page", "read/articles-page", { after: null, limit: int(21) }),
    c("entities-by-id", "read/entities-by-id", { ids: [p.card.id, p.event] }),
    c("entities-count", "read/entities-count", { kinds: [...ENTITY_KINDS], search: null }),
    c("entities-page (search)", "read/entities-page", { kinds: [...NODE_KINDS], search: searchQuery(p.card.name), orderBy: "MENTIONS", after: null, limit: int(21) }),
    c("entities-page-by-mentions, page 1", "read/entities-page-by-mentions", { kinds: [...ENTITY_KINDS], after: null, limit: int(21) }),
    c("entities-page-by-mentions, deep page", "read/entities-page-by-mentions", { kinds: [...ENTITY_KINDS], after: { ...p.entityKey, name: null }, limit: int(21) }),
    c("entities-page-by-name", "read/entities-page-by-name", { kinds: [...ENTITY_KINDS], after: null, limit: int(21) }),
    c("entity-article-counts", "read/entity-article-counts", { ids: [p.card.id] }),
    c("entity-articles (hub)", "read/entity-articles", { ids: [p.hub.id], after: null, limit: int(6) }),
    c("entity-articles (typical)", "read/entity-articles", { ids: [p.typical.id], after: null, limit: int(6) }),
    c("entity-by-name", "read/entity-by-name", { phrase: phraseQuery(p.card.name), name: p.card.name.toLowerCase(), limit: int(1) }),
    c("entity-co-mention-counts", "read/entity-co-mention-counts", { ids: [p.typical.id], kinds: null }),
    c("entity-co-mentions (typical)", "read/entity-co-mentions", { ids: [p.typical.id], kinds: null, after: null, limit: int(21), samples: int(3) }),
    c("entity-event-counts", "read/entity-event-counts", { ids: [p.hub.id], types: null }),
    c("entity-events (hub)", "read/entity-events", { ids: [p.hub.id], types: null, after: null, limit: int(21) }),
    c("entity-events (typical)", "read/entity-events", { ids: [p.typical.id], types: null, after: null, limit: int(21) }),
    c("entity-mention-counts", "read/entity-mention-counts", { ids: [p.typical.id] }),
    c("entity-mentions (hub)", "read/entity-mentions", { ids: [p.hub.id], after: null, limit: int(21) }),
    c("entity-neighbors depth 2 (hub)", "read/entity-neighbors", { ids: [p.hub.id], depth: int(2), kinds: null, limit: int(20) }),
    c("entity-neighbors depth 2 (typical)", "read/entity-neighbors", { ids: [p.typical.id], depth: int(2), kinds: null, limit: int(20) }),
    c("entity-relationship-counts", "read/entity-relationship-counts", { ids: [p.card.id], types: null, direction: "BOTH" }),
    c("entity-relationships (card)", "read/entity-relationships", { ids: [p.card.id], ...rels }),
    c("event-evidence", "read/event-evidence", { ids: [p.event] }),
    c("event-participants", "read/event-participants", { ids: [p.event] }),
    c("events-count", "read/events-count", { types: null, participant: null, place: null, from: null, to: null }),
    c("events-timeline, page 1", "read/events-timeline", timeline),
    c("events-timeline, deep page", "read/events-timeline", { ...timeline, after: p.eventKey }),
    c("events-timeline, participant (hub)", "read/events-timeline", { ...timeline, participant: p.hub.id }),
    c("events-timeline, participant (typical)", "read/events-timeline", { ...timeline, participant: p.typical.id }),
    c("has-articles", "read/has-articles"),
    c("path-shortest", "read/path-shortest", { from: p.typical.id, to: p.card.id, maxHops: int(4) }),
    c("paths-shortest", "read/paths-shortest", { from: p.typical.id, to: p.card.id, maxHops: int(4), limit: int(3) }),
    c("search-names (typo)", "read/search-names", { query: searchQuery(typo(p.card.name)), kinds: null, limit: int(10) }),
    c("sentences-by-id", "read/sentences-by-id", { ids: [`${p.article}#0`, `${p.article}#1`] }),
    c("stats", "read/stats"),
  ];
}

/** The name with two letters of its longest word swapped ("Adrien" → "Adiren"): a typo the fuzzy search must survive. */
export function typo(name: string): string {
  const words = name.split(" ");
  const i = words.reduce((best, w, k) => (w.length > words[best]!.length ? k : best), 0);
  const w = words[i]!;
  words[i] = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
  return words.join(" ");
}

function dbHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

export interface ProfileResult {
  label: string;
  dbHits: number;
  rows: number;
  ms: number;
}

async function main() {
  const config = loadConfig();
  const db = openDatabase(connectionFromConfig(config));
  const dir = arg("--cypher");
  const statements = loadCypherDir(dir);
  try {
    const [picks] = (await db.read((tx) => tx.run("admin/bench-picks", { typical: neo4j.int(21), depth: 0.4 }))) as unknown as Picks[];
    if (!picks) throw new Error("bench-picks returned nothing: is the graph empty?");
    const covered = new Set<string>();
    const results: ProfileResult[] = [];
    for (const pc of profileCases(picks)) {
      const s = statements.get(pc.statement);
      if (!s) continue;
      covered.add(pc.statement);
      const params = Object.fromEntries(s.params.map((name) => [name, pc.params[name] ?? null]));
      const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
      try {
        const profiled = await session.run(`PROFILE ${s.text}`, params);
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const r = await session.run(s.text, params);
          times.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
        }
        times.sort((a, b) => a - b);
        const result = { label: pc.label, dbHits: dbHits(profiled.summary.profile as ProfiledPlan), rows: profiled.records.length, ms: times[2]! };
        results.push(result);
        console.log(`${result.label.padEnd(42)} ${String(result.dbHits).padStart(10)} db hits ${String(result.ms).padStart(6)} ms`);
      } finally {
        await session.close();
      }
    }
    const missing = [...statements.keys()].filter((n) => n.startsWith("read/") && !covered.has(n) && n !== "read/schema-await-indexes" && n !== "read/ping");
    if (missing.length) console.log(`not profiled (no case): ${missing.join(", ")}`);
    const out = arg("--json");
    if (out) fs.writeFileSync(out, JSON.stringify({ picks, results }, null, 2));
    const beforeFile = arg("--before");
    if (beforeFile) {
      const before = new Map((JSON.parse(fs.readFileSync(beforeFile, "utf8")).results as ProfileResult[]).map((r) => [r.label, r]));
      console.log("\n| statement (case) | db hits before | db hits after | ms before | ms after |\n|---|---:|---:|---:|---:|");
      for (const r of results) {
        const b = before.get(r.label);
        console.log(`| ${r.label} | ${b ? b.dbHits.toLocaleString("en-US") : "–"} | ${r.dbHits.toLocaleString("en-US")} | ${b ? b.ms : "–"} | ${r.ms} |`);
      }
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1]?.endsWith("profile-statements.ts")) {
  main().catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
}
