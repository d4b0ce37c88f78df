// npm run eval:identity — how well linking makes one node per real-world entity and event.
// Generates the identity corpus (scripts/gen-identity-corpus.ts: known people, companies,
// agencies and places named in different ways, planted events reported several times), runs it
// through the real extractor and the real ingest (16 articles in flight, shared facts folded per
// 200) into a fresh local Neo4j, then scores the graph against the gold: pairwise and B-cubed
// identity precision and recall for entities (by kind too) and events, and whether the timeline
// of each participant shows each planted event once. Writes the `identity` block of EXTRACTION.md.
//
//   npm run eval:identity [-- --articles 3000 --seed 12 --port P --dir .neo4j/eval-identity --no-write --details]
//
// --details prints the identities split over several nodes and the nodes holding several identities.
//
// The server gets a free port unless --port is given, and is stopped at the end.
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { parseCommandLine, positiveInteger } from "../src/cli/command-line.ts";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { openDatabase } from "../src/db/database.ts";
import * as localNeo4j from "../src/db/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { wipeGraph } from "../src/db/wipe-graph.ts";
import { entityOccurrences, eventOccurrences, mainNodes, type IdentityScores, type Occurrence, scoreIdentity } from "../src/evaluation/identity-score.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { ingestStream } from "../src/ingest/ingest-stream.ts";
import { generateIdentityCorpus } from "./gen-identity-corpus.ts";

const { values } = parseCommandLine(process.argv.slice(2), {
  articles: { type: "string" },
  seed: { type: "string" },
  port: { type: "string" },
  dir: { type: "string" },
  concurrency: { type: "string" },
  "no-write": { type: "boolean" },
  details: { type: "boolean" },
});
const ARTICLES = positiveInteger("articles", values.articles) ?? 3000;
const SEED = positiveInteger("seed", values.seed) ?? 12;
const CONCURRENCY = positiveInteger("concurrency", values.concurrency) ?? 16;
const DIR = path.resolve(PROJECT_ROOT, values.dir ?? path.join(".neo4j", "eval-identity"));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const fmt = (x: number) => x.toFixed(3);

/** The worst splits (one identity, several nodes) and merges (one node, several identities). */
function printDetails(entities: Occurrence[], events: Occurrence[]): void {
  for (const [label, occ] of [["entities", entities], ["events", events]] as const) {
    const byGold = new Map<string, Map<string, number>>();
    const byNode = new Map<string, Map<string, number>>();
    for (const o of occ) {
      byGold.set(o.gold, (byGold.get(o.gold) ?? new Map()).set(o.node, (byGold.get(o.gold)?.get(o.node) ?? 0) + 1));
      byNode.set(o.node, (byNode.get(o.node) ?? new Map()).set(o.gold, (byNode.get(o.node)?.get(o.gold) ?? 0) + 1));
    }
    const show = (m: Map<string, Map<string, number>>) =>
      [...m]
        .filter(([, v]) => v.size > 1)
        .sort((a, b) => b[1].size - a[1].size)
        .slice(0, 25)
        .map(([k, v]) => `  ${k}: ${[...v].sort((a, b) => b[1] - a[1]).map(([x, n]) => `${x}×${n}`).join(", ")}`);
    console.log(`\n${label} split over several nodes:\n${show(byGold).join("\n")}`);
    console.log(`${label}: nodes holding several identities:\n${show(byNode).join("\n")}`);
  }
}

async function main() {
  const corpus = generateIdentityCorpus(ARTICLES, SEED);
  const port = positiveInteger("port", values.port) ?? (await freePort());
  const server = { dir: DIR, port, heap: "2g", pageCache: "1g" };
  await localNeo4j.stop(server);
  const conn = await localNeo4j.start(server);
  const db = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" });
  try {
    await wipeGraph(db);
    await migrate(db);
    const items = corpus.articles.map((article, i) => ({ ok: true as const, article, source: { file: "identity-corpus", line: i + 1 } }));
    const summary = await ingestStream(db, items, { concurrency: CONCURRENCY });
    console.log(`ingested ${summary.written} articles in ${summary.seconds.toFixed(1)} s (${summary.rejected.length} rejected)`);
    for (const r of summary.rejected.slice(0, 5)) console.log(`  rejected ${r.file}:${r.line}: ${r.reason}`);

    const articleIds = corpus.articles.map((a) => a.id);
    const mentions = new Map((await db.read((tx) => tx.run("admin/article-mentions", { articleIds }))).map((r) => [r.articleId, r.mentions]));
    const reports = new Map((await db.read((tx) => tx.run("admin/article-event-reports", { articleIds }))).map((r) => [r.articleId, r.events]));

    const entities: Occurrence[] = [];
    const events: Occurrence[] = [];
    let found = 0;
    let eventsMissed = 0;
    let goldReports = 0;
    for (const g of corpus.gold) {
      const e = entityOccurrences(g.mentions, mentions.get(g.articleId) ?? []);
      entities.push(...e.occurrences);
      found += e.found;
      const ev = eventOccurrences(g.events, reports.get(g.articleId) ?? []);
      events.push(...ev.occurrences);
      eventsMissed += ev.missed;
      goldReports += g.events.length;
    }
    const kindOf = (identity: string) => corpus.identities.get(identity)?.kind ?? "PERSON";
    const byKind = (["PERSON", "ORGANIZATION", "PLACE"] as const).map((k) => [k, scoreIdentity(entities.filter((o) => kindOf(o.gold) === k))] as const);
    const all = scoreIdentity(entities);
    const ev = scoreIdentity(events);

    // Timelines: each participant of a reported planted event, on the node most of its
    // occurrences went to, lists the planted event's nodes — once is right.
    const personNode = mainNodes(entities);
    const eventNodes = new Map<string, Set<string>>();
    for (const o of events) eventNodes.set(o.gold, (eventNodes.get(o.gold) ?? new Set()).add(o.node));
    const participants = new Map<string, Set<string>>();
    for (const g of corpus.gold) for (const r of g.events) for (const p of r.participants) participants.set(r.event, (participants.get(r.event) ?? new Set()).add(p));
    const nodesToRead = [...new Set([...participants.values()].flatMap((ps) => [...ps].map((p) => personNode.get(p)).filter((x): x is string => x !== undefined)))];
    const timelines = new Map<string, Set<string>>();
    for (let i = 0; i < nodesToRead.length; i += 200) {
      const ids = nodesToRead.slice(i, i + 200);
      const rows = await db.read((tx) => tx.run("read/entity-events", { ids, types: null, subtypes: null, factuality: null, after: null, limit: neo4j.int(100_000) }));
      for (const r of rows) timelines.set(r.id, new Set(r.events.map((e) => e.id)));
    }
    let checks = 0;
    let once = 0;
    let twice = 0;
    for (const [event, nodes] of eventNodes) {
      for (const p of participants.get(event) ?? []) {
        const node = personNode.get(p);
        if (!node) continue;
        const shown = [...nodes].filter((n) => timelines.get(node)?.has(n)).length;
        if (shown === 0) continue; // the participant was not extracted as one, or is another node
        checks++;
        if (shown === 1) once++;
        else twice++;
      }
    }

    const row = (label: string, s: IdentityScores) =>
      `| ${label} | ${s.occurrences} | ${fmt(s.pairwise.precision)} | ${fmt(s.pairwise.recall)} | ${fmt(s.pairwise.f1)} | ${fmt(s.bcubed.precision)} | ${fmt(s.bcubed.recall)} | ${fmt(s.bcubed.f1)} |`;
    const people = corpus.gold.flatMap((g) => g.mentions).length;
    const lines = [
      "## Identity across articles (`npm run eval:identity`)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}, Neo4j 5.26 Community. Command: \`npm run eval:identity\` ` +
        `(${ARTICLES} generated articles, seed ${SEED}: \`scripts/gen-identity-corpus.ts\`), through the real extractor and the real ingest, ${CONCURRENCY} articles in flight.`,
      `The corpus names ${corpus.identities.size} people, organisations and places in different ways (full names, titles with surnames, middle initials, transliterated and accented spellings, legal forms, short names, acronyms; distinct people sharing a surname) and plants events reported by up to four articles.`,
      "An occurrence is one identity in one article (one planted event in one report), put in the node most of its mentions went to. Pairwise: pairs of occurrences in one node that are one identity (precision), pairs of one identity in one node (recall). B-cubed: the same, averaged per occurrence.",
      "",
      "| what | occurrences | pairwise P | pairwise R | pairwise F1 | B³ P | B³ R | B³ F1 |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
      row("all entities", all),
      ...byKind.map(([k, s]) => row(k.toLowerCase(), s)),
      row("events", ev),
      "",
      `- Goals: entity pairwise precision ≥ 0.98 (**${all.pairwise.precision >= 0.98 ? "met" : "not met"}**), recall ≥ 0.90 (**${all.pairwise.recall >= 0.9 ? "met" : "not met"}**); event precision ≥ 0.95 (**${ev.pairwise.precision >= 0.95 ? "met" : "not met"}**), recall ≥ 0.85 (**${ev.pairwise.recall >= 0.85 ? "met" : "not met"}**).`,
      `- Timelines: ${once} of ${checks} (participant, planted event) pairs show the event once (${twice} show it more than once) — **${checks > 0 && twice === 0 ? "each planted event once" : `${fmt(once / Math.max(1, checks))} once`}**.`,
      `- The extractor found ${found} of ${people} gold name occurrences (${fmt(found / Math.max(1, people))}) and ${goldReports - eventsMissed} of ${goldReports} planted event reports; the scores are over what it found.`,
      `- Ingest: ${summary.written} articles in ${summary.seconds.toFixed(1)} s.`,
    ];
    console.log(lines.join("\n"));
    if (values.details) printDetails(entities, events);
    if (!values["no-write"]) writeMarkdownBlock(path.join(PROJECT_ROOT, "EXTRACTION.md"), "identity", lines.join("\n"));
  } finally {
    await db.close();
    await localNeo4j.stop(server);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
