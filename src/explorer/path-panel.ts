// "How are these two linked?": pick two entities, ask for the shortest path and up to k
// alternatives, list each path's steps with their evidence; choosing a path highlights it.
import { el, humanise, replaceChildren } from "./dom-builder.ts";
import { aliasRangesInSentence } from "./evidence-highlight.ts";
import { evidenceList } from "./evidence-panel.ts";
import type { GraphQLRequest } from "./graphql-client.ts";
import type { EntitySummary, PathsResult } from "./queries.ts";
import { createSearchBox, type SearchBox } from "./search-box.ts";
import { relationshipLabel } from "./vocabulary-labels.ts";

export type FoundPath = PathsResult["paths"][number];

export interface PathPanelOptions {
  request: GraphQLRequest;
  onError(error: unknown): void;
  onFind(from: EntitySummary, to: EntitySummary, k: number): void;
  onPick(index: number): void;
  onClear(): void;
}

export interface PathPanel {
  readonly element: HTMLElement;
  setEnds(from: EntitySummary | null, to: EntitySummary | null, k?: number): void;
  showLoading(): void;
  showPaths(paths: readonly FoundPath[], active: number): void;
  showMessage(text: string, testid: string): void;
}

export function createPathPanel(options: PathPanelOptions): PathPanel {
  let from: EntitySummary | null = null;
  let to: EntitySummary | null = null;
  const findButton = el("button", { testid: "path-find", attrs: { disabled: "" } }, "Find paths");
  const kSelect = el("select", { testid: "path-k", attrs: { "aria-label": "How many paths" } }, ...[1, 2, 3, 5, 10].map((k) => el("option", { attrs: { value: String(k) } }, k === 1 ? "shortest only" : `up to ${k} paths`)));
  kSelect.value = "3";
  const refresh = () => findButton.toggleAttribute("disabled", !(from && to));
  const fromBox: SearchBox = createSearchBox({ request: options.request, placeholder: "From entity…", testid: "path-from", onError: options.onError, onSelect: (e) => {
      from = e;
      refresh();
    } });
  const toBox: SearchBox = createSearchBox({ request: options.request, placeholder: "To entity…", testid: "path-to", onError: options.onError, onSelect: (e) => {
      to = e;
      refresh();
    } });
  const results = el("div", { className: "path-results", testid: "path-results" }, el("p", { className: "empty-state" }, "Pick two entities to see how they are linked."));
  findButton.addEventListener("click", () => from && to && options.onFind(from, to, Number(kSelect.value)));
  const clear = el("button", { className: "secondary", testid: "path-clear", on: { click: () => options.onClear() } }, "Clear");
  const element = el(
    "div",
    { className: "path-panel", testid: "path-panel" },
    el("label", null, "From", fromBox.element),
    el("label", null, "To", toBox.element),
    el("div", { className: "row" }, kSelect, findButton, clear),
    results,
  );

  const showPaths = (paths: readonly FoundPath[], active: number) => {
    if (!paths.length) {
      replaceChildren(results, el("p", { className: "empty-state", testid: "path-none" }, `No connection within 4 steps between ${from?.name ?? "these"} and ${to?.name ?? "that entity"}.`));
      return;
    }
    const options_ = el(
      "div",
      { className: "path-options", attrs: { role: "tablist" } },
      ...paths.map((p, i) =>
        el(
          "button",
          { className: i === active ? "path-option active" : "path-option", testid: "path-option", attrs: { role: "tab", "aria-selected": String(i === active) }, on: { click: () => options.onPick(i) } },
          `${i === 0 ? "Shortest" : `Alternative ${i}`} · ${p.length} ${p.length === 1 ? "step" : "steps"}`,
        ),
      ),
    );
    const p = paths[active]!;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const steps = el(
      "ol",
      { className: "path-steps", testid: "path-steps" },
      ...p.steps.map((s) => {
        const a = byId.get(s.from.id);
        const b = byId.get(s.to.id);
        const label = s.type === "PARTICIPATED_IN" ? `took part in${s.role ? ` (${humanise(s.role)})` : ""}` : humanise(relationshipLabel(s.type, s.former));
        const arrow = s.direction === "OUT" ? `— ${label} →` : `← ${label} —`;
        const aliases = [...(a?.aliases ?? []), ...(b?.aliases ?? [])];
        return el(
          "li",
          { className: "path-step", testid: "path-step" },
          el("div", { className: "step-title" }, el("strong", null, a?.name ?? "?"), ` ${arrow} `, el("strong", null, b?.name ?? "?")),
          evidenceList(s.evidence.map((ev) => ({ evidence: ev, ranges: aliasRangesInSentence(ev.sentence, aliases) }))),
        );
      }),
    );
    replaceChildren(results, options_, steps);
  };

  return {
    element,
    setEnds(f, t, k) {
      from = f;
      to = t;
      fromBox.setValue(f?.name ?? "");
      toBox.setValue(t?.name ?? "");
      if (k) kSelect.value = String(k);
      refresh();
    },
    showLoading: () => replaceChildren(results, el("p", { className: "loading-state", testid: "path-loading" }, "Looking for paths…")),
    showPaths,
    showMessage: (text, testid) => replaceChildren(results, el("p", { className: "empty-state", testid }, text)),
  };
}
