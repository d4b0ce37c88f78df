// A generated graph for the benchmark (npm run bench:explorer): n entities of every kind with
// about 1.5 links each, drawn through the same GraphView code as real data, with no server.
import { seededRandom } from "../seeded-random.ts";
import type { GraphEdge } from "./graph-view.ts";
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntitySummary } from "./queries.ts";

export function syntheticGraph(n: number, prefix = "s", seed = 42): { nodes: EntitySummary[]; edges: GraphEdge[] } {
  // Seeded, so every run draws the same graph.
  const rnd = seededRandom(seed);
  const nodes: EntitySummary[] = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    name: `Entity ${prefix}${i}`,
    kind: ENTITY_KINDS[Math.floor(rnd() * ENTITY_KINDS.length)]!,
    mentionCount: 1 + Math.floor(rnd() * 20),
  }));
  const edges: GraphEdge[] = [];
  for (let i = 1; i < n; i++) {
    // A tree (everything connected, hubs near the root) plus half as many random links again.
    const parent = Math.floor(rnd() * Math.min(i, 1 + i / 4));
    edges.push({ source: `${prefix}${parent}`, target: `${prefix}${i}`, type: RELATIONSHIP_TYPES[i % RELATIONSHIP_TYPES.length]!, weight: 1 + Math.floor(rnd() * 6) });
  }
  for (let i = 0; i < n / 2; i++) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    if (a !== b) edges.push({ source: `${prefix}${a}`, target: `${prefix}${b}`, type: "PARTICIPATED_IN", weight: 1 });
  }
  return { nodes, edges };
}
