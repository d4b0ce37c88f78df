// Scores identity: how well the nodes of the graph match known identities. Pure. The unit is an
// occurrence — one identity in one article (one event in one report) — labelled with its gold
// identity and the node the graph put it in. Pairwise precision: of the pairs of occurrences the
// graph puts in one node, the share that are one identity; recall: of the pairs that are one
// identity, the share the graph puts in one node. B-cubed averages the same per occurrence.

export interface Occurrence {
  gold: string;
  node: string;
}

export interface IdentityScores {
  occurrences: number;
  pairwise: { precision: number; recall: number; f1: number; truePairs: number; nodePairs: number; goldPairs: number };
  bcubed: { precision: number; recall: number; f1: number };
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreIdentity(occurrences: readonly Occurrence[]): IdentityScores {
  const cell = new Map<string, number>();
  const byNode = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (const o of occurrences) {
    const k = `${o.gold}\u0000${o.node}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    byNode.set(o.node, (byNode.get(o.node) ?? 0) + 1);
    byGold.set(o.gold, (byGold.get(o.gold) ?? 0) + 1);
  }
  let truePairs = 0;
  for (const n of cell.values()) truePairs += pairs(n);
  let nodePairs = 0;
  for (const n of byNode.values()) nodePairs += pairs(n);
  let goldPairs = 0;
  for (const n of byGold.values()) goldPairs += pairs(n);
  const precision = nodePairs === 0 ? 1 : truePairs / nodePairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  let bp = 0;
  let br = 0;
  for (const o of occurrences) {
    const c = cell.get(`${o.gold}\u0000${o.node}`)!;
    bp += c / byNode.get(o.node)!;
    br += c / byGold.get(o.gold)!;
  }
  const n = occurrences.length || 1;
  return {
    occurrences: occurrences.length,
    pairwise: { precision, recall, f1: f1(precision, recall), truePairs, nodePairs, goldPairs },
    bcubed: { precision: bp / n, recall: br / n, f1: f1(bp / n, br / n) },
  };
}

export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The entity occurrences of one article: each gold identity named in it, with the node most of
 * its name occurrences went to (ties: the smaller id). Names the extractor missed are left out
 * and counted in `missed`.
 */
export function entityOccurrences(
  gold: readonly (Span & { identity: string })[],
  mentions: readonly (Span & { entityId: string })[],
): { occurrences: Occurrence[]; found: number; missed: number } {
  const votes = new Map<string, Map<string, number>>();
  let found = 0;
  let missed = 0;
  for (const g of gold) {
    const hit = mentions.find((m) => overlaps(m, g));
    if (!hit) {
      missed++;
      continue;
    }
    found++;
    const v = votes.get(g.identity) ?? new Map<string, number>();
    v.set(hit.entityId, (v.get(hit.entityId) ?? 0) + 1);
    votes.set(g.identity, v);
  }
  const occurrences = [...votes].map(([identity, v]) => ({
    gold: identity,
    node: [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
  }));
  return { occurrences, found, missed };
}

/**
 * The event occurrences of one article: each planted event reported in it, with the event node
 * of the same type whose evidence is the planted report's sentence.
 */
export function eventOccurrences(
  gold: readonly (Span & { event: string; type: string })[],
  reported: readonly { id: string; type: string; sentences: Span[] }[],
): { occurrences: Occurrence[]; missed: number } {
  const occurrences: Occurrence[] = [];
  let missed = 0;
  for (const g of gold) {
    const hit = reported.filter((e) => e.type === g.type && e.sentences.some((s) => overlaps(s, g))).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (hit) occurrences.push({ gold: g.event, node: hit.id });
    else missed++;
  }
  return { occurrences, missed };
}

/** The node most occurrences of each gold identity went to. */
export function mainNodes(occurrences: readonly Occurrence[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const o of occurrences) {
    const v = votes.get(o.gold) ?? new Map<string, number>();
    v.set(o.node, (v.get(o.node) ?? 0) + 1);
    votes.set(o.gold, v);
  }
  return new Map([...votes].map(([gold, v]) => [gold, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
}
