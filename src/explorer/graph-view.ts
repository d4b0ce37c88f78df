// The neighbourhood graph on a cytoscape canvas: adding neighbourhoods (new nodes placed on a ring
// around the node they came from, so the rest of the drawing stays put), filters, selection and
// path highlights. Sized for 500+ nodes: edges hidden and a texture used while panning or zooming,
// and a cheap concentric layout instead of a force layout for big graphs.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import { graphStylesheet } from "./graph-style.ts";
import { edgeId, type EdgeData, type EdgeType, type GraphEdge } from "./graph-elements.ts";
import type { EntityKind, EntitySummary } from "./queries.ts";
import { relationshipLabel } from "./vocabulary-labels.ts";

export type { EdgeData, EdgeType, GraphEdge };

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onNodeDoubleTap(id: string): void;
  onEdgeTap(edge: EdgeData): void;
}

/** Graphs up to this size get a (bounded) force layout; bigger ones a concentric one. */
const FORCE_LAYOUT_MAX_NODES = 80;

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: false,
      selectionType: "single",
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (e) => handlers.onNodeTap(e.target.id()));
    this.cy.on("dbltap", "node", (e) => handlers.onNodeDoubleTap(e.target.id()));
    this.cy.on("tap", "edge", (e) => handlers.onEdgeTap(e.target.data() as EdgeData));
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds nodes and edges not drawn yet. New nodes go on a ring around `around` when it is drawn
   * (expanding keeps the rest of the drawing still); a graph drawn from nothing gets a full layout.
   */
  add(nodes: readonly EntitySummary[], edges: readonly GraphEdge[], around: string | null): { nodes: number; edges: number } {
    const wasEmpty = this.cy.nodes().length === 0;
    const newNodes: ElementDefinition[] = [];
    for (const n of nodes) {
      if (this.has(n.id) || newNodes.some((d) => d.data.id === n.id)) continue;
      newNodes.push({ group: "nodes", data: { id: n.id, name: n.name, kind: n.kind, mentionCount: Math.max(1, n.mentionCount) } });
    }
    const newEdges: ElementDefinition[] = [];
    const seen = new Set<string>();
    const present = new Set([...newNodes.map((d) => d.data.id as string)]);
    for (const e of edges) {
      const id = edgeId(e.source, e.type, e.target);
      if (seen.has(id) || this.has(id)) continue;
      if (!(present.has(e.source) || this.has(e.source)) || !(present.has(e.target) || this.has(e.target))) continue;
      seen.add(id);
      const label = e.type === "CO_MENTION" ? `co-mentioned ×${e.weight}` : relationshipLabel(e.type, e.former);
      newEdges.push({ group: "edges", data: { ...e, id, label, weight: Math.max(1, e.weight) } });
    }
    if (!newNodes.length && !newEdges.length) return { nodes: 0, edges: 0 };

    const anchor = around ? this.cy.getElementById(around) : null;
    if (!wasEmpty && anchor?.nonempty() && newNodes.length) this.placeOnRing(newNodes, anchor);
    this.cy.batch(() => this.cy.add([...newNodes, ...newEdges]));
    if (wasEmpty) this.layout(around, "concentric");
    else if (newNodes.length) this.cy.fit(undefined, 40);
    return { nodes: newNodes.length, edges: newEdges.length };
  }

  /** New nodes on an arc around the anchor, facing away from the rest of the graph. */
  private placeOnRing(nodes: ElementDefinition[], anchor: NodeSingular): void {
    const { x, y } = anchor.position();
    const box = this.cy.nodes().boundingBox({});
    const cx = (box.x1 + box.x2) / 2;
    const cy = (box.y1 + box.y2) / 2;
    const away = Math.hypot(x - cx, y - cy) < 1 ? 0 : Math.atan2(y - cy, x - cx);
    const spread = this.cy.nodes().length <= 1 ? 2 * Math.PI : Math.PI * 1.2;
    const radius = 110 + nodes.length * 4;
    nodes.forEach((n, i) => {
      const angle = away - spread / 2 + (spread * (i + 0.5)) / nodes.length;
      n.position = { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
    });
  }

  /**
   * Lays out the whole graph: concentric around `centre` (a first neighbourhood is a star, and this
   * layout is linear in the node count), or a bounded force layout when asked and small enough.
   */
  layout(centre: string | null = null, kind: "auto" | "concentric" = "auto"): void {
    const n = this.cy.nodes().length;
    const options =
      kind === "auto" && n <= FORCE_LAYOUT_MAX_NODES
        ? { name: "cose", animate: false, randomize: true, numIter: 600, nodeRepulsion: () => 12_000, idealEdgeLength: () => 90, padding: 30 }
        : {
            name: "concentric",
            animate: false,
            padding: 30,
            minNodeSpacing: n > 100 ? 8 : 36,
            concentric: (node: NodeSingular) => (node.id() === centre ? Number.MAX_SAFE_INTEGER : node.degree(false)),
            levelWidth: () => 2,
          };
    this.cy.layout(options as cytoscape.LayoutOptions).run();
  }

  removeEdgesOfType(type: EdgeType): void {
    this.cy.edges(`[type = "${type}"]`).remove();
  }

  /** Removes nodes that no longer have any edge, except those in `keep`. */
  removeOrphans(keep: ReadonlySet<string>): void {
    this.cy.nodes().filter((n) => n.connectedEdges().empty() && !keep.has(n.id())).remove();
  }

  /** Hides nodes of other kinds and edges of other types; `keep` nodes always show. */
  applyFilters(kinds: readonly EntityKind[], types: readonly EdgeType[], keep: ReadonlySet<string>): void {
    const kindSet = new Set<string>(kinds);
    const typeSet = new Set<string>([...types, "CO_MENTION"]);
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass("filtered", !kindSet.has(n.data("kind")) && !keep.has(n.id()));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass("filtered", !typeSet.has(e.data("type")));
      });
    });
  }

  markExpanded(ids: readonly string[]): void {
    const set = new Set(ids);
    this.cy.nodes().forEach((n) => {
      n.toggleClass("expanded", set.has(n.id()));
    });
  }

  select(id: string | null, centre = true): void {
    this.cy.elements().unselect();
    if (!id) return;
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.select();
    if (centre && !this.inView(node)) this.cy.center(node);
  }

  private inView(node: NodeSingular): boolean {
    const ext = this.cy.extent();
    const { x, y } = node.position();
    return x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
  }

  /** Highlights one path strongly and the alternatives lightly; everything else fades. */
  highlightPaths(paths: readonly { nodes: string[]; edges: string[] }[], active: number): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("path path-alt faded");
      if (!paths.length) return;
      this.cy.elements().addClass("faded");
      paths.forEach((p, i) => {
        const cls = i === active ? "path" : "path-alt";
        for (const id of [...p.nodes, ...p.edges]) this.cy.getElementById(id).removeClass("faded").addClass(cls);
      });
    });
  }

  clearPathHighlight(): void {
    this.cy.elements().removeClass("path path-alt faded");
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }
}
