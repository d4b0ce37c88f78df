// Entry point of the /explore page: builds the layout, starts the explorer on the view the URL
// describes, and exposes read access for tests and the benchmark as window.__explorer.
import type { Core } from "cytoscape";
import { Explorer } from "./explorer.ts";
import { createGraphQLClient } from "./graphql-client.ts";
import { buildLayout } from "./page-layout.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

export interface ExplorerHook {
  cy: Core;
  explorer: Explorer;
  /** Resolves when the view named by the URL has been drawn. */
  ready: Promise<void>;
  /** Draws n generated nodes from nothing; resolves with ms until the frame is painted. */
  renderSynthetic(n: number): Promise<number>;
  /** Adds m generated neighbours to a drawn node; resolves with ms until the frame is painted. */
  expandSynthetic(nodeId: string, m: number): Promise<number>;
}

declare global {
  interface Window {
    __explorer: ExplorerHook;
  }
}

const root = document.getElementById("app")!;
const endpoint = new URL("/graphql", location.href).href;
const explorer = new Explorer(buildLayout(root), createGraphQLClient(endpoint), endpoint);

function painted(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      requestAnimationFrame(() => resolve());
    };
    cy.one("render", finish);
    setTimeout(finish, 2_000); // nothing to redraw
  });
}

let synthetic = 0;
window.__explorer = {
  cy: explorer.graph.cy,
  explorer,
  ready: explorer.start(),
  async renderSynthetic(n) {
    const { nodes, edges } = syntheticGraph(n, `r${++synthetic}-`);
    explorer.graph.clear();
    const t0 = performance.now();
    explorer.graph.add(nodes, edges, nodes[0]?.id ?? null);
    explorer.updateEmptyState();
    await painted(explorer.graph.cy);
    return performance.now() - t0;
  },
  async expandSynthetic(nodeId, m) {
    const prefix = `x${++synthetic}-`;
    const { nodes } = syntheticGraph(m, prefix);
    const edges = nodes.map((n, i) => ({ source: nodeId, target: n.id, type: "LEADER_OF" as const, weight: 1 + (i % 5) }));
    const t0 = performance.now();
    explorer.graph.add(nodes, edges, nodeId);
    explorer.updateEmptyState();
    await painted(explorer.graph.cy);
    return performance.now() - t0;
  },
};
