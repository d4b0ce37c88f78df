// The timeline: events of the selected entity or of the whole graph, filtered by type and date
// range, in date order (undated last, as the API returns them). Clicking an event selects it.
import { el, replaceChildren } from "./dom-builder.ts";
import { EVENT_TYPE_TABLE } from "../vocabulary.ts";
import { plannedBadge } from "./entity-card.ts";
import { eventKindLabel } from "./vocabulary-labels.ts";
import { EVENT_TYPES, type EventType, type TimelineResult } from "./queries.ts";
import type { ViewState } from "./url-state.ts";

export type TimelineFilters = ViewState["timeline"];
export type TimelineItem = TimelineResult["events"]["edges"][number]["node"];

export interface TimelinePanel {
  readonly element: HTMLElement;
  setFilters(filters: TimelineFilters): void;
  showLoading(): void;
  showEvents(events: readonly TimelineItem[], total: number, scopeLabel: string): void;
  showMessage(text: string, testid: string): void;
}

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function createTimelinePanel(onChange: (filters: TimelineFilters) => void, onPick: (event: TimelineItem) => void): TimelinePanel {
  const scope = el("select", { testid: "timeline-scope", attrs: { "aria-label": "Whose events" } }, el("option", { attrs: { value: "entity" } }, "Selected entity"), el("option", { attrs: { value: "graph" } }, "Whole graph"));
  const type = el("select", { testid: "timeline-type", attrs: { "aria-label": "Event type" } }, el("option", { attrs: { value: "" } }, "All types"), ...[...EVENT_TYPES].sort().map((t) => el("option", { attrs: { value: t } }, EVENT_TYPE_TABLE[t].label)));
  const from = el("input", { testid: "timeline-from", attrs: { placeholder: "from YYYY[-MM[-DD]]", "aria-label": "From date", size: "12" } });
  const to = el("input", { testid: "timeline-to", attrs: { placeholder: "to YYYY[-MM[-DD]]", "aria-label": "To date", size: "12" } });
  const hint = el("p", { className: "muted small", testid: "timeline-hint" });
  const list = el("div", { className: "timeline-results", testid: "timeline-results" });
  const read = (): TimelineFilters | null => {
    const bad = [from, to].find((i) => i.value.trim() && !DATE_PREFIX.test(i.value.trim()));
    hint.textContent = bad ? `“${bad.value}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.` : "Date limits leave out undated events.";
    if (bad) return null;
    return { scope: scope.value === "graph" ? "graph" : "entity", types: type.value ? [type.value as EventType] : [], from: from.value.trim(), to: to.value.trim() };
  };
  const changed = () => {
    const f = read();
    if (f) onChange(f);
  };
  scope.addEventListener("change", changed);
  type.addEventListener("change", changed);
  from.addEventListener("change", changed);
  to.addEventListener("change", changed);

  const element = el("div", { className: "timeline-panel", testid: "timeline-panel" }, el("div", { className: "row wrap" }, scope, type, from, to), hint, list);
  return {
    element,
    setFilters(f) {
      scope.value = f.scope;
      type.value = f.types[0] ?? "";
      from.value = f.from;
      to.value = f.to;
      read();
    },
    showLoading: () => replaceChildren(list, el("p", { className: "loading-state" }, "Loading events…")),
    showMessage: (text, testid) => replaceChildren(list, el("p", { className: "empty-state", testid }, text)),
    showEvents(events, total, scopeLabel) {
      if (!events.length) {
        replaceChildren(list, el("p", { className: "empty-state", testid: "timeline-empty" }, `No events for ${scopeLabel} with these filters.`));
        return;
      }
      replaceChildren(
        list,
        el("p", { className: "muted small" }, `${total} event${total === 1 ? "" : "s"} for ${scopeLabel}${total > events.length ? `, first ${events.length} shown` : ""}.`),
        el(
          "ol",
          { className: "timeline", testid: "timeline-list" },
          ...events.map((ev) =>
            el(
              "li",
              { className: "timeline-event", testid: "timeline-event", attrs: { "data-event-id": ev.id } },
              el("time", null, ev.date ?? "undated"),
              el("button", { className: "link-button", on: { click: () => onPick(ev) } }, ev.name),
              el("span", { className: "event-type", testid: "timeline-event-kind" }, eventKindLabel(ev.eventType, ev.subtype)),
              plannedBadge(ev.factuality),
            ),
          ),
        ),
      );
    },
  };
}
