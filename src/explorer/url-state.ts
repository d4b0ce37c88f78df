// The view an analyst can share: selected entity, expanded nodes, filters, path and timeline
// settings, kept in the page's query string. Pure: parse and serialise only.
import { ENTITY_KINDS, EVENT_TYPES, LINK_TYPES, type EntityKind, type EventType, type LinkType } from "./queries.ts";

export interface ViewState {
  /** Global ID of the entity whose card is shown. */
  selected: string | null;
  /** Global IDs whose neighbourhoods are drawn, in the order they were expanded. */
  expanded: string[];
  kinds: EntityKind[];
  types: LinkType[];
  coMentions: boolean;
  path: { from: string; to: string; k: number } | null;
  timeline: { scope: "entity" | "graph"; types: EventType[]; from: string; to: string };
}

export function defaultViewState(): ViewState {
  return {
    selected: null,
    expanded: [],
    kinds: [...ENTITY_KINDS],
    types: [...LINK_TYPES],
    coMentions: false,
    path: null,
    timeline: { scope: "entity", types: [], from: "", to: "" },
  };
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  return value.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
}

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state = defaultViewState();
  state.selected = q.get("entity") || null;
  state.expanded = (q.get("expand") ?? "").split(",").filter(Boolean);
  state.kinds = list(q.get("kinds"), ENTITY_KINDS) ?? state.kinds;
  state.types = list(q.get("types"), LINK_TYPES) ?? state.types;
  state.coMentions = q.get("co") === "1";
  const from = q.get("pathFrom");
  const to = q.get("pathTo");
  if (from && to) state.path = { from, to, k: Math.min(10, Math.max(1, Number(q.get("k")) || 3)) };
  state.timeline = {
    scope: q.get("tl") === "graph" ? "graph" : "entity",
    types: list(q.get("tlTypes"), EVENT_TYPES) ?? [],
    from: DATE_PREFIX.test(q.get("tlFrom") ?? "") ? q.get("tlFrom")! : "",
    to: DATE_PREFIX.test(q.get("tlTo") ?? "") ? q.get("tlTo")! : "",
  };
  return state;
}

/** The query string for a state ("" for the empty view); defaults are left out to keep links short. */
export function serialiseViewState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.selected) q.set("entity", state.selected);
  if (state.expanded.length) q.set("expand", state.expanded.join(","));
  if (state.kinds.length !== ENTITY_KINDS.length) q.set("kinds", state.kinds.join(","));
  if (state.types.length !== LINK_TYPES.length) q.set("types", state.types.join(","));
  if (state.coMentions) q.set("co", "1");
  if (state.path) {
    q.set("pathFrom", state.path.from);
    q.set("pathTo", state.path.to);
    if (state.path.k !== 3) q.set("k", String(state.path.k));
  }
  if (state.timeline.scope === "graph") q.set("tl", "graph");
  if (state.timeline.types.length) q.set("tlTypes", state.timeline.types.join(","));
  if (state.timeline.from) q.set("tlFrom", state.timeline.from);
  if (state.timeline.to) q.set("tlTo", state.timeline.to);
  const s = q.toString();
  return s ? `?${s}` : "";
}
