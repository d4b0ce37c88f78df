// Turns API answers into graph nodes and edges. Each stored link gets one edge id whichever end it
// was loaded from: typed relationships point as stored (source → target), taking part in an event
// points from the participant to the event, path steps are turned back to their stored direction.
import type { EntitySummary, Evidence, LinkType, NeighbourhoodResult, PathsResult } from "./queries.ts";

export type EdgeType = LinkType | "CO_MENTION";

export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
  weight: number;
  /** A typed relationship every supporting article tells as past. */
  former?: boolean;
  /** Co-mention edges carry their sample sentences. */
  evidence?: Evidence[];
}

export interface EdgeData extends GraphEdge {
  id: string;
  label: string;
}

/** One id per stored link, whichever end it was loaded from. */
export function edgeId(source: string, type: EdgeType, target: string): string {
  if (type === "CO_MENTION" && target < source) [source, target] = [target, source];
  return `${source}|${type}|${target}`;
}

export interface GraphElements {
  nodes: EntitySummary[];
  edges: GraphEdge[];
}

/**
 * The entity, its typed relationships and its events (an event: its participants). With `linkOnlyTo`,
 * only the entity itself and its links to nodes that pass the test.
 */
export function neighbourhoodElements(entity: NonNullable<NeighbourhoodResult["entity"]>, linkOnlyTo?: (id: string) => boolean): GraphElements {
  const nodes: EntitySummary[] = [{ id: entity.id, name: entity.name, kind: entity.kind, mentionCount: entity.mentionCount }];
  const edges: GraphEdge[] = [];
  for (const r of entity.relationships.edges) {
    if (linkOnlyTo && !linkOnlyTo(r.node.id)) continue;
    if (!linkOnlyTo) nodes.push(r.node);
    const [source, target] = r.direction === "OUT" ? [entity.id, r.node.id] : [r.node.id, entity.id];
    edges.push({ source, target, type: r.type, weight: r.weight, ...(r.former ? { former: true } : {}) });
  }
  for (const n of entity.neighbors) {
    // Typed relationships came above with their direction and weight; neighbors adds the events.
    if (n.types[0] !== "PARTICIPATED_IN") continue;
    if (linkOnlyTo && !linkOnlyTo(n.node.id)) continue;
    if (!linkOnlyTo) nodes.push(n.node);
    const [source, target] = entity.kind === "EVENT" ? [n.node.id, entity.id] : [entity.id, n.node.id];
    edges.push({ source, target, type: "PARTICIPATED_IN", weight: 1 });
  }
  return { nodes, edges };
}

type FoundPath = PathsResult["paths"][number];

/** A path's steps as edges in their stored direction. */
export function pathEdges(path: FoundPath): GraphEdge[] {
  return path.steps.map((s) => {
    const [source, target] = s.direction === "OUT" ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
    return { source, target, type: s.type, weight: s.weight ?? 1, ...(s.former ? { former: true } : {}) };
  });
}

/** Node and edge ids of a path, for highlighting. */
export function pathElementIds(path: FoundPath): { nodes: string[]; edges: string[] } {
  return { nodes: path.nodes.map((n) => n.id), edges: pathEdges(path).map((e) => edgeId(e.source, e.type, e.target)) };
}
