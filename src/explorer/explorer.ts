// The explorer's behaviour: what happens when an analyst searches, selects, expands, filters,
// asks for a path or a timeline, and how the view is kept in (and restored from) the URL.
// Components render; this module decides what to fetch and what the graph shows. Live updates
// (subscriptions over SSE): the selected entity's card, and its timeline when shown, refresh when
// an ingest changes the entity (read with the event's bookmarks, so any instance answers with the
// change); a notice counts the articles ingested since the view was last refreshed.
import { el, replaceChildren } from "./dom-builder.ts";
import { entityCard, type CardEntity } from "./entity-card.ts";
import { loadEdgeEvidence, loadMentions } from "./evidence-loader.ts";
import { evidenceList } from "./evidence-panel.ts";
import { ApiError, type GraphQLRequest } from "./graphql-client.ts";
import { subscribeLive, type LiveSubscription } from "./live-client.ts";
import { neighbourhoodElements, pathEdges, pathElementIds } from "./graph-elements.ts";
import { GraphView, type EdgeData } from "./graph-view.ts";
import { createPathPanel, type FoundPath, type PathPanel } from "./path-panel.ts";
import {
  CO_MENTIONS, ENTITY_CARD, ENTITY_SUMMARY, LIVE_ARTICLES, LIVE_ENTITY, NEIGHBOURHOOD, PATHS, TIMELINE,
  type CoMentionsResult, type EntityCardResult, type EntitySummary, type EntitySummaryResult,
  type LiveArticlesResult, type LiveEntityResult, type NeighbourhoodResult, type PathsResult, type TimelineResult,
} from "./queries.ts";
import { createSearchBox } from "./search-box.ts";
import { createTimelinePanel, type TimelineItem, type TimelinePanel } from "./timeline-panel.ts";
import { parseViewState, serialiseViewState, type ViewState } from "./url-state.ts";
import type { ExplorerLayout } from "./page-layout.ts";
import { relationshipLabel } from "./vocabulary-labels.ts";

export type SideTab = "evidence" | "path" | "timeline";

export class Explorer {
  readonly graph: GraphView;
  state: ViewState;
  private readonly pathPanel: PathPanel;
  private readonly timelinePanel: TimelinePanel;
  private paths: FoundPath[] = [];
  private busy = 0;
  private tab: SideTab = "evidence";
  /** Bumped by every new card request, so a slow answer never replaces a newer card. */
  private cardRequest = 0;

  /** Articles announced since the view was last refreshed (the "N new articles" notice). */
  newArticles = 0;
  /** Times the card was refreshed by a live update (for tests). */
  liveRefreshes = 0;
  private articleFeed: LiveSubscription | null = null;
  private entityFeed: { id: string; feed: LiveSubscription } | null = null;

  constructor(
    private readonly ui: ExplorerLayout,
    private readonly request: GraphQLRequest,
    /** The GraphQL endpoint for live updates; none: no live updates. */
    private readonly liveEndpoint: string | null = null,
  ) {
    this.state = parseViewState(location.search);
    this.graph = new GraphView(ui.graph, {
      onNodeTap: (id) => void this.select(id),
      onNodeDoubleTap: (id) => void this.expand(id),
      onEdgeTap: (edge) => void this.showEdgeEvidence(edge),
    });
    const search = createSearchBox({
      request,
      placeholder: "Search people, organisations, places, events…",
      testid: "search",
      onSelect: (e) => void this.open(e.id),
      onError: (err) => this.reportError(err),
    });
    ui.searchSlot.append(search.element);
    this.pathPanel = createPathPanel({
      request,
      onError: (err) => this.reportError(err),
      onFind: (from, to, k) => void this.findPaths(from.id, to.id, k),
      onPick: (i) => this.pickPath(i),
      onClear: () => this.clearPaths(),
    });
    ui.tabPanels.path.append(this.pathPanel.element);
    this.timelinePanel = createTimelinePanel(
      (filters) => {
        this.state.timeline = filters;
        this.saveUrl();
        void this.loadTimeline();
      },
      (event) => void this.selectEvent(event),
    );
    ui.tabPanels.timeline.append(this.timelinePanel.element);
    for (const [tab, button] of Object.entries(ui.tabButtons) as [SideTab, HTMLButtonElement][]) {
      button.addEventListener("click", () => this.showTab(tab));
    }
    ui.onFiltersChanged = (kinds, types) => {
      this.state.kinds = kinds;
      this.state.types = types;
      this.applyFilters();
      this.saveUrl();
    };
    ui.onCoMentionsToggled = (on) => void this.setCoMentions(on);
    ui.onRelayout = () => this.graph.layout(this.state.expanded[0] ?? null);
    ui.onFit = () => this.graph.fit();
    ui.errorDismiss.addEventListener("click", () => this.clearError());
    ui.newArticles.addEventListener("click", () => {
      this.newArticles = 0;
      ui.newArticles.hidden = true;
      void this.refreshView([]);
    });
    window.addEventListener("popstate", () => void this.restore(parseViewState(location.search)));
  }

  /** Opens the view the URL describes (or the empty state). */
  async start(): Promise<void> {
    this.followArticles();
    await this.restore(this.state);
  }

  // ── live updates ──────────────────────────────────────────────────────────────────────────

  /** Counts the articles ingested from now on; resubscribes after a dropped stream (an instance restarting). */
  private followArticles(): void {
    if (!this.liveEndpoint) return;
    this.articleFeed = subscribeLive<LiveArticlesResult>(this.liveEndpoint, LIVE_ARTICLES, {}, {
      onNext: (e) => {
        this.newArticles++;
        this.ui.newArticles.textContent = `${this.newArticles} new article${this.newArticles === 1 ? "" : "s"}`;
        this.ui.newArticles.hidden = false;
        if (this.tab === "timeline" && this.state.timeline.scope === "graph") void this.loadTimeline(e.articleIngested.bookmarks);
      },
      onError: () => this.retryLater(() => this.articleFeed && this.followArticles()),
      onComplete: () => this.retryLater(() => this.articleFeed && this.followArticles()),
    });
  }

  /** Ends the live updates (closes both streams). */
  stopLive(): void {
    this.articleFeed?.close();
    this.articleFeed = null;
    this.followEntity(null);
  }

  private retryLater(again: () => void): void {
    setTimeout(again, 5_000);
  }

  /** Follows the selected entity: its card (and timeline) refresh when an ingest changes it. */
  private followEntity(id: string | null): void {
    if (!this.liveEndpoint || this.entityFeed?.id === id) return;
    this.entityFeed?.feed.close();
    this.entityFeed = null;
    if (!id) return;
    const feed = subscribeLive<LiveEntityResult>(this.liveEndpoint, LIVE_ENTITY, { id }, {
      onNext: (e) => {
        if (this.state.selected === id) void this.refreshView(e.entityUpdated.bookmarks);
      },
      onError: () => this.retryLater(() => this.entityFeed?.feed === feed && this.resubscribe(id)),
      onComplete: () => this.retryLater(() => this.entityFeed?.feed === feed && this.resubscribe(id)),
    });
    this.entityFeed = { id, feed };
  }

  private resubscribe(id: string): void {
    this.entityFeed = null;
    if (this.state.selected === id) this.followEntity(id);
  }

  /** Reloads the selected entity's card and the timeline in place, as of at least `bookmarks`. */
  async refreshView(bookmarks: readonly string[]): Promise<void> {
    const id = this.state.selected;
    if (id) {
      const mine = ++this.cardRequest;
      const data = await this.request<EntityCardResult>(ENTITY_CARD, { id }, { bookmarks }).catch((err: unknown) => {
        this.reportError(err);
        return null;
      });
      if (mine === this.cardRequest && data?.entity && this.state.selected === id) {
        this.renderCard(data.entity);
        this.liveRefreshes++;
      }
    }
    if (this.tab === "timeline") await this.loadTimeline(bookmarks);
  }

  // ── errors and loading ────────────────────────────────────────────────────────────────────

  reportError(err: unknown): void {
    const e = err instanceof ApiError ? err : new ApiError("graphql", `Something went wrong: ${err instanceof Error ? err.message : String(err)}`);
    this.ui.errorText.textContent = e.message;
    this.ui.errorBanner.dataset.kind = e.kind;
    this.ui.errorBanner.hidden = false;
  }

  clearError(): void {
    this.ui.errorBanner.hidden = true;
  }

  private async withBusy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    this.busy++;
    this.ui.graphStatus.textContent = label;
    this.ui.graphStatus.hidden = false;
    this.ui.root.dataset.busy = "true";
    try {
      const result = await work();
      this.clearError();
      return result;
    } catch (err) {
      this.reportError(err);
      return undefined;
    } finally {
      if (--this.busy === 0) {
        this.ui.graphStatus.hidden = true;
        this.ui.root.dataset.busy = "false";
      }
      this.updateEmptyState();
    }
  }

  /** Shows or hides the empty state and the node/edge counts after the graph changed. */
  updateEmptyState(): void {
    this.ui.graphEmpty.hidden = this.graph.nodeCount > 0;
    this.ui.counts.textContent = this.graph.nodeCount ? `${this.graph.nodeCount} nodes · ${this.graph.cy.edges().length} edges` : "";
  }

  // ── URL state ─────────────────────────────────────────────────────────────────────────────

  private saveUrl(push = false): void {
    const url = `${location.pathname}${serialiseViewState(this.state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  /** Rebuilds a view: expanded neighbourhoods in order, the selection, filters, co-mentions, path. */
  async restore(target: ViewState): Promise<void> {
    this.graph.clear();
    this.paths = [];
    this.state = { ...target, expanded: [] };
    this.ui.setFilters(target.kinds, target.types, target.coMentions);
    this.timelinePanel.setFilters(target.timeline);
    const expand = target.expanded.length ? target.expanded : target.selected ? [target.selected] : [];
    for (const id of expand) await this.expand(id, false);
    if (target.selected && !this.graph.has(target.selected)) {
      await this.withBusy("Loading the shared entity…", async () => {
        const data = await this.request<EntitySummaryResult>(ENTITY_SUMMARY, { id: target.selected });
        if (data.entity) this.graph.add([data.entity], [], null);
      });
    }
    if (target.selected) await this.select(target.selected, false);
    else this.renderCardPlaceholder();
    this.applyFilters();
    if (target.path) {
      this.state.path = target.path;
      await this.findPaths(target.path.from, target.path.to, target.path.k, false);
    }
    this.saveUrl();
    this.updateEmptyState();
  }

  // ── selecting and expanding ───────────────────────────────────────────────────────────────

  /** A new exploration from a search hit: the graph restarts from this entity. */
  async open(id: string): Promise<void> {
    this.graph.clear();
    this.paths = [];
    this.state.path = null;
    this.pathPanel.showMessage("Pick two entities to see how they are linked.", "path-idle");
    this.state.expanded = [];
    this.state.selected = id;
    await this.expand(id, false);
    await this.select(id, false);
    this.saveUrl(true);
  }

  async expand(id: string, save = true): Promise<{ nodes: number; edges: number }> {
    if (this.state.expanded.includes(id)) return { nodes: 0, edges: 0 };
    const added = await this.withBusy("Loading neighbours…", async () => {
      const data = await this.request<NeighbourhoodResult>(NEIGHBOURHOOD, { id });
      if (!data.entity) throw new ApiError("graphql", "That entity is no longer in the graph (it may have been removed with its article).");
      const { nodes, edges } = neighbourhoodElements(data.entity);
      this.state.expanded.push(id);
      const result = this.graph.add(nodes, edges, id);
      if (this.state.coMentions) await this.addCoMentions(id);
      this.graph.markExpanded(this.state.expanded);
      this.applyFilters();
      return result;
    });
    if (save) this.saveUrl();
    if (this.state.selected === id) this.refreshCardExpandButton();
    return added ?? { nodes: 0, edges: 0 };
  }

  async select(id: string, save = true): Promise<void> {
    this.state.selected = id;
    this.graph.select(id);
    if (save) this.saveUrl();
    const mine = ++this.cardRequest;
    replaceChildren(this.ui.card, el("p", { className: "loading-state", testid: "card-loading" }, "Loading…"));
    const data = await this.withBusy("Loading the entity…", () => this.request<EntityCardResult>(ENTITY_CARD, { id }));
    if (mine !== this.cardRequest) return;
    if (!data) {
      replaceChildren(this.ui.card, el("p", { className: "empty-state", testid: "card-error" }, "The entity could not be loaded."));
      return;
    }
    if (!data.entity) {
      replaceChildren(this.ui.card, el("p", { className: "empty-state", testid: "card-missing" }, "This entity is not in the graph (any more). Search for another one."));
      return;
    }
    this.renderCard(data.entity);
    this.followEntity(id);
    if (this.tab === "timeline" && this.state.timeline.scope === "entity") void this.loadTimeline();
  }

  private lastCard: CardEntity | null = null;

  private renderCard(entity: CardEntity): void {
    this.lastCard = entity;
    replaceChildren(
      this.ui.card,
      entityCard(entity, {
        onExpand: (id) => void this.expand(id),
        onSelect: (id) => void this.selectAnywhere(id),
        onShowMentions: (id) => void this.showMentions(id),
        onPathFrom: (e) => this.setPathEnd("from", e),
        onPathTo: (e) => this.setPathEnd("to", e),
        isExpanded: (id) => this.state.expanded.includes(id),
      }),
    );
  }

  private refreshCardExpandButton(): void {
    if (this.lastCard && this.lastCard.id === this.state.selected) this.renderCard(this.lastCard);
  }

  private renderCardPlaceholder(): void {
    replaceChildren(this.ui.card, el("p", { className: "empty-state", testid: "card-empty" }, "Search for an entity to see its card, its links and the evidence for them."));
  }

  /** Selects an entity named on the card or timeline: drawn next to what links it, if anything does. */
  async selectAnywhere(id: string): Promise<void> {
    if (!this.graph.has(id)) {
      await this.withBusy("Loading…", async () => {
        const e = (await this.request<NeighbourhoodResult>(NEIGHBOURHOOD, { id })).entity;
        if (!e) return;
        const { edges } = neighbourhoodElements(e, (other) => this.graph.has(other));
        const anchor = edges.map((x) => (x.source === e.id ? x.target : x.source))[0] ?? this.state.selected;
        this.graph.add([e], edges, anchor);
        this.applyFilters();
      });
    }
    await this.select(id);
  }

  async selectEvent(event: TimelineItem): Promise<void> {
    await this.selectAnywhere(event.id);
  }

  // ── filters and co-mentions ───────────────────────────────────────────────────────────────

  private applyFilters(): void {
    const keep = new Set([...(this.state.selected ? [this.state.selected] : []), ...this.state.expanded]);
    this.graph.applyFilters(this.state.kinds, this.state.types, keep);
    this.updateEmptyState();
  }

  async setCoMentions(on: boolean): Promise<void> {
    this.state.coMentions = on;
    this.saveUrl();
    if (!on) {
      this.graph.removeEdgesOfType("CO_MENTION");
      this.graph.removeOrphans(new Set([...this.state.expanded, ...(this.state.selected ? [this.state.selected] : [])]));
      this.updateEmptyState();
      return;
    }
    await this.withBusy("Loading co-mentions…", async () => {
      for (const id of this.state.expanded) await this.addCoMentions(id);
      this.applyFilters();
    });
  }

  private async addCoMentions(id: string): Promise<void> {
    const data = await this.request<CoMentionsResult>(CO_MENTIONS, { id });
    if (!data.entity) return;
    const edges = data.entity.coMentions.edges.map((c) => ({ source: id, target: c.node.id, type: "CO_MENTION" as const, weight: c.count, evidence: c.evidence }));
    this.graph.add(data.entity.coMentions.edges.map((c) => c.node), edges, id);
  }

  // ── evidence ──────────────────────────────────────────────────────────────────────────────

  showTab(tab: SideTab): void {
    this.tab = tab;
    for (const [name, panel] of Object.entries(this.ui.tabPanels)) panel.hidden = name !== tab;
    for (const [name, button] of Object.entries(this.ui.tabButtons)) button.setAttribute("aria-selected", String(name === tab));
    if (tab === "timeline") void this.loadTimeline();
  }

  private showEvidence(title: string, body: Node): void {
    this.showTab("evidence");
    replaceChildren(this.ui.tabPanels.evidence, el("h3", { testid: "evidence-title" }, title), body);
  }

  async showEdgeEvidence(edge: EdgeData): Promise<void> {
    this.graph.cy.getElementById(edge.id).select();
    const name = (id: string) => this.graph.cy.getElementById(id).data("name") as string;
    const title = edge.type === "CO_MENTION" ? `${name(edge.source)} and ${name(edge.target)}: named together in ${edge.weight} sentence${edge.weight === 1 ? "" : "s"}` : `${name(edge.source)} ${relationshipLabel(edge.type, edge.former)} ${name(edge.target)}`;
    this.showEvidence(title, el("p", { className: "loading-state", testid: "evidence-loading" }, "Loading the supporting sentences…"));
    const items = await this.withBusy("Loading evidence…", () => loadEdgeEvidence(this.request, edge, name));
    const body = items && evidenceList(items);
    this.showEvidence(title, body ?? el("p", { className: "empty-state", testid: "evidence-error" }, "The evidence could not be loaded: see the message above."));
  }

  async showMentions(id: string): Promise<void> {
    this.showEvidence("Mentions", el("p", { className: "loading-state" }, "Loading the sentences…"));
    const found = await this.withBusy("Loading mentions…", () => loadMentions(this.request, id));
    if (found) this.showEvidence(found.title, evidenceList(found.items));
  }

  // ── paths ─────────────────────────────────────────────────────────────────────────────────

  private setPathEnd(end: "from" | "to", entity: EntitySummary): void {
    const current = this.pathEnds;
    this.pathEnds = end === "from" ? { from: entity, to: current.to } : { from: current.from, to: entity };
    this.pathPanel.setEnds(this.pathEnds.from, this.pathEnds.to);
    this.showTab("path");
  }

  private pathEnds: { from: EntitySummary | null; to: EntitySummary | null } = { from: null, to: null };

  async findPaths(from: string, to: string, k: number, save = true): Promise<void> {
    this.showTab("path");
    this.pathPanel.showLoading();
    const data = await this.withBusy("Looking for paths…", () => this.request<PathsResult>(PATHS, { from, to, first: k, maxHops: 4 }));
    if (!data) {
      this.pathPanel.showMessage("The paths could not be loaded: see the message above.", "path-error");
      return;
    }
    this.state.path = { from, to, k };
    if (save) this.saveUrl();
    this.paths = data.paths;
    const first = data.paths[0];
    if (first) {
      const ends = { from: first.nodes[0]!, to: first.nodes[first.nodes.length - 1]! };
      this.pathEnds = ends;
      this.pathPanel.setEnds(ends.from, ends.to, k);
      for (const p of data.paths) this.graph.add(p.nodes, pathEdges(p), p.nodes[0]!.id);
      this.applyFilters();
    }
    this.pickPath(0);
  }

  pickPath(index: number): void {
    this.pathPanel.showPaths(this.paths, index);
    this.graph.highlightPaths(this.paths.map(pathElementIds), index);
  }

  private clearPaths(): void {
    this.paths = [];
    this.state.path = null;
    this.pathEnds = { from: null, to: null };
    this.pathPanel.setEnds(null, null);
    this.pathPanel.showMessage("Pick two entities to see how they are linked.", "path-idle");
    this.graph.clearPathHighlight();
    this.saveUrl();
  }

  // ── timeline ──────────────────────────────────────────────────────────────────────────────

  async loadTimeline(bookmarks: readonly string[] = []): Promise<void> {
    const t = this.state.timeline;
    this.timelinePanel.setFilters(t);
    if (t.scope === "entity" && !this.state.selected) {
      this.timelinePanel.showMessage("Select an entity, or choose “Whole graph”.", "timeline-idle");
      return;
    }
    const kind = this.lastCard?.id === this.state.selected ? this.lastCard?.kind : undefined;
    if (t.scope === "entity" && kind === "EVENT") {
      this.timelinePanel.showMessage("An event has no timeline of its own: select a participant, or choose “Whole graph”.", "timeline-idle");
      return;
    }
    this.timelinePanel.showLoading();
    // A place's timeline is what happened there; anyone else's is what they took part in.
    const variables = {
      participant: t.scope === "entity" && kind !== "PLACE" ? this.state.selected : null,
      place: t.scope === "entity" && kind === "PLACE" ? this.state.selected : null,
      types: t.types.length ? t.types : null,
      from: t.from || null,
      to: t.to || null,
    };
    const data = await this.withBusy("Loading events…", () => this.request<TimelineResult>(TIMELINE, variables, { bookmarks }));
    if (!data) {
      this.timelinePanel.showMessage("The events could not be loaded: see the message above.", "timeline-error");
      return;
    }
    const label = t.scope === "graph" ? "the whole graph" : (this.lastCard?.name ?? "the selected entity");
    this.timelinePanel.showEvents(data.events.edges.map((e) => e.node), data.events.totalCount, label);
  }
}
