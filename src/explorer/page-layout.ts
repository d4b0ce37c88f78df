// The page's fixed parts: header with the search slot, the entity card column, the graph with its
// toolbar (kind and link-type filters that double as the legend, co-mentions toggle), the side
// panel tabs (evidence, path, timeline) and the error banner.
import { el, humanise } from "./dom-builder.ts";
import { KIND_STYLE } from "./graph-style.ts";
import { ENTITY_KINDS, LINK_TYPES, type EntityKind, type LinkType } from "./queries.ts";
import type { SideTab } from "./explorer.ts";

export interface ExplorerLayout {
  root: HTMLElement;
  searchSlot: HTMLElement;
  card: HTMLElement;
  graph: HTMLElement;
  graphStatus: HTMLElement;
  graphEmpty: HTMLElement;
  counts: HTMLElement;
  errorBanner: HTMLElement;
  errorText: HTMLElement;
  errorDismiss: HTMLButtonElement;
  /** "N new articles": shown while articles arrived since the analyst last looked; clicking it refreshes the view. */
  newArticles: HTMLButtonElement;
  tabButtons: Record<SideTab, HTMLButtonElement>;
  tabPanels: Record<SideTab, HTMLElement>;
  setFilters(kinds: readonly EntityKind[], types: readonly LinkType[], coMentions: boolean): void;
  onFiltersChanged: (kinds: EntityKind[], types: LinkType[]) => void;
  onCoMentionsToggled: (on: boolean) => void;
  onRelayout: () => void;
  onFit: () => void;
}

export function buildLayout(root: HTMLElement): ExplorerLayout {
  const kindBoxes = new Map<EntityKind, HTMLInputElement>();
  const typeBoxes = new Map<LinkType, HTMLInputElement>();
  const changed = () =>
    layout.onFiltersChanged(
      ENTITY_KINDS.filter((k) => kindBoxes.get(k)!.checked),
      LINK_TYPES.filter((t) => typeBoxes.get(t)!.checked),
    );
  const kindFilters = ENTITY_KINDS.map((k) => {
    const box = el("input", { testid: `filter-kind-${k}`, attrs: { type: "checkbox", checked: "" }, on: { change: changed } });
    kindBoxes.set(k, box);
    return el("label", { className: "filter" }, box, el("span", { className: `kind-dot kind-${k.toLowerCase()}` }), KIND_STYLE[k].label);
  });
  const typeFilters = LINK_TYPES.map((t) => {
    const box = el("input", { testid: `filter-type-${t}`, attrs: { type: "checkbox", checked: "" }, on: { change: changed } });
    typeBoxes.set(t, box);
    return el("label", { className: "filter" }, box, t === "PARTICIPATED_IN" ? "took part in (event)" : humanise(t));
  });
  const coMentions = el("input", { testid: "co-mentions-toggle", attrs: { type: "checkbox" }, on: { change: () => layout.onCoMentionsToggled(coMentions.checked) } });

  const searchSlot = el("div", { className: "search-slot" });
  const errorText = el("span", { testid: "error-text" });
  const errorDismiss = el("button", { className: "secondary", attrs: { "aria-label": "Dismiss" } }, "×");
  const errorBanner = el("div", { className: "error-banner", testid: "error-banner", attrs: { role: "alert" } }, el("strong", null, "Problem: "), errorText, errorDismiss);
  errorBanner.hidden = true;
  const newArticles = el("button", { className: "new-articles", testid: "new-articles", attrs: { title: "Articles ingested since you opened this view: click to refresh it" } });
  newArticles.hidden = true;
  const card = el("div", { className: "card-slot", testid: "card-slot" });
  const graph = el("div", { className: "graph-canvas", testid: "graph" });
  const graphStatus = el("div", { className: "graph-status", testid: "graph-loading", attrs: { role: "status" } });
  graphStatus.hidden = true;
  const graphEmpty = el("div", { className: "graph-empty", testid: "graph-empty" }, "Search for a person, organisation, place or event to draw its links.");
  const counts = el("span", { className: "muted small", testid: "graph-counts" });
  const tabButtons = {} as Record<SideTab, HTMLButtonElement>;
  const tabPanels = {} as Record<SideTab, HTMLElement>;
  const tabs: [SideTab, string][] = [["evidence", "Evidence"], ["path", "Path"], ["timeline", "Timeline"]];
  for (const [tab, label] of tabs) {
    tabButtons[tab] = el("button", { className: "tab", testid: `tab-${tab}`, attrs: { role: "tab", "aria-selected": String(tab === "evidence") } }, label);
    tabPanels[tab] = el("div", { className: "tab-panel", testid: `panel-${tab}`, attrs: { role: "tabpanel" } });
    tabPanels[tab].hidden = tab !== "evidence";
  }
  tabPanels.evidence.append(el("p", { className: "empty-state", testid: "evidence-idle" }, "Click a link in the graph, or a mention count, to read the sentences that support it."));

  const toolbar = el(
    "div",
    { className: "toolbar" },
    el("div", { className: "filter-group", attrs: { "aria-label": "Entity kinds" } }, ...kindFilters),
    el("details", { className: "filter-menu" }, el("summary", null, "Link types"), el("div", { className: "filter-list" }, ...typeFilters)),
    el("label", { className: "filter co-mentions" }, coMentions, el("span", { className: "dash-swatch" }), "co-mentions"),
    el("button", { className: "secondary", testid: "relayout", on: { click: () => layout.onRelayout() } }, "Re-layout"),
    el("button", { className: "secondary", testid: "fit", on: { click: () => layout.onFit() } }, "Fit"),
    counts,
  );
  root.append(
    el("header", { className: "page-header" }, el("h1", null, el("a", { attrs: { href: "/" } }, "newsgraph"), " explorer"), searchSlot, newArticles),
    errorBanner,
    el(
      "main",
      { className: "columns" },
      el("aside", { className: "card-column" }, card),
      el("section", { className: "graph-column" }, toolbar, el("div", { className: "graph-wrap" }, graph, graphEmpty, graphStatus)),
      el("aside", { className: "side-column" }, el("div", { className: "tabs", attrs: { role: "tablist" } }, ...tabs.map(([t]) => tabButtons[t])), ...tabs.map(([t]) => tabPanels[t])),
    ),
  );

  const layout: ExplorerLayout = {
    root,
    searchSlot,
    card,
    graph,
    graphStatus,
    graphEmpty,
    counts,
    errorBanner,
    errorText,
    errorDismiss,
    newArticles,
    tabButtons,
    tabPanels,
    setFilters(kinds, types, co) {
      for (const [k, box] of kindBoxes) box.checked = kinds.includes(k);
      for (const [t, box] of typeBoxes) box.checked = types.includes(t);
      coMentions.checked = co;
    },
    onFiltersChanged: () => {},
    onCoMentionsToggled: () => {},
    onRelayout: () => {},
    onFit: () => {},
  };
  return layout;
}
