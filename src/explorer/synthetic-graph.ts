// A generated graph for the benchmark (npm run bench:explorer): n entities of every kind with
// about 1.5 links each, drawn through the same GraphView code as real data, with no server.
import type { GraphEdge } from "./graph-view.ts";
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntitySummary } from "./queries.ts";

/** Small deterministic PRNG (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(n: number, prefix = "s", seed = 42): { nodes: EntitySummary[]; edges: GraphEdge[] } {
  const rnd = random(seed);
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
