// The explorer's shareable URL: what a link holds and how it reopens.
import { describe, expect, it } from "vitest";
import { defaultViewState, parseViewState, serialiseViewState, type ViewState } from "../../../src/explorer/url-state.ts";

describe("explorer URL state", () => {
  it("keeps the selection, expanded nodes, filters, co-mentions, path and timeline through a round trip", () => {
    const state: ViewState = {
      ...defaultViewState(),
      selected: "UGVyc29uOnBlcnNvbjp2bGFkaW1pci1wdXRpbg==",
      expanded: ["UGVyc29uOnBlcnNvbjp2bGFkaW1pci1wdXRpbg==", "UGxhY2U6cGxhY2U6cnVzc2lh"],
      kinds: ["PERSON", "PLACE"],
      types: ["LEADER_OF"],
      coMentions: true,
      path: { from: "person:melania-trump", to: "person:vladimir-putin", k: 5 },
      timeline: { scope: "graph", types: ["MEETING"], from: "2025", to: "2025-08" },
    };
    expect(parseViewState(serialiseViewState(state))).toEqual(state);
  });

  it("leaves defaults out, so the empty view has an empty query string", () => {
    expect(serialiseViewState(defaultViewState())).toBe("");
  });

  it("ignores unknown kinds, link types and malformed dates in a hand-edited link", () => {
    const s = parseViewState("?entity=x&kinds=PERSON,ROBOT&types=LEADER_OF,DROP_TABLE&tlFrom=last-week&tlTo=soon");
    expect(s.kinds).toEqual(["PERSON"]);
    expect(s.types).toEqual(["LEADER_OF"]);
    expect(s.timeline.from).toBe("");
    expect(s.timeline.to).toBe("");
  });

  it("treats the selected entity as the one expanded when a link names no expansion", () => {
    const s = parseViewState("?entity=abc");
    expect(s.selected).toBe("abc");
    expect(s.expanded).toEqual([]);
  });
});
