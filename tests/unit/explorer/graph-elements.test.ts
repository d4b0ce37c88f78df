// API answers become graph elements with one edge per stored link.
import { describe, expect, it } from "vitest";
import { edgeId, neighbourhoodElements, pathEdges, pathElementIds } from "../../../src/explorer/graph-elements.ts";
import type { EntitySummary } from "../../../src/explorer/queries.ts";

const putin: EntitySummary = { id: "P", name: "Vladimir Putin", kind: "PERSON", mentionCount: 9 };
const russia: EntitySummary = { id: "R", name: "Russia", kind: "PLACE", mentionCount: 12 };
const meeting: EntitySummary = { id: "E", name: "Meeting in Alaska", kind: "EVENT", mentionCount: 2 };

describe("graph elements", () => {
  it("draws Putin LEADER_OF Russia as the same edge whether loaded from Putin or from Russia", () => {
    const fromPutin = neighbourhoodElements({ ...putin, relationships: { edges: [{ type: "LEADER_OF", direction: "OUT", weight: 2, former: false, node: russia }] }, neighbors: [] });
    const fromRussia = neighbourhoodElements({ ...russia, relationships: { edges: [{ type: "LEADER_OF", direction: "IN", weight: 2, former: false, node: putin }] }, neighbors: [] });
    const ids = [fromPutin, fromRussia].map((g) => g.edges.map((e) => edgeId(e.source, e.type, e.target)));
    expect(ids[0]).toEqual(["P|LEADER_OF|R"]);
    expect(ids[1]).toEqual(ids[0]);
  });

  it("points taking part in an event from the participant to the event, from either end", () => {
    const fromPutin = neighbourhoodElements({ ...putin, relationships: { edges: [] }, neighbors: [{ types: ["PARTICIPATED_IN"], node: meeting }] });
    const fromEvent = neighbourhoodElements({ ...meeting, relationships: { edges: [] }, neighbors: [{ types: ["PARTICIPATED_IN"], node: putin }] });
    expect(fromPutin.edges).toEqual([{ source: "P", target: "E", type: "PARTICIPATED_IN", weight: 1 }]);
    expect(fromEvent.edges).toEqual(fromPutin.edges);
  });

  it("leaves typed neighbours to the relationships, which carry direction and weight", () => {
    const g = neighbourhoodElements({ ...putin, relationships: { edges: [] }, neighbors: [{ types: ["LEADER_OF"], node: russia }] });
    expect(g.edges).toEqual([]);
    expect(g.nodes).toEqual([putin]);
  });

  it("links only to drawn nodes when asked to", () => {
    const g = neighbourhoodElements(
      { ...putin, relationships: { edges: [{ type: "LEADER_OF", direction: "OUT", weight: 2, former: false, node: russia }] }, neighbors: [{ types: ["PARTICIPATED_IN"], node: meeting }] },
      (id) => id === "E",
    );
    expect(g.nodes).toEqual([putin]);
    expect(g.edges.map((e) => e.target)).toEqual(["E"]);
  });

  it("turns a path step walked against the stored direction back to the stored edge", () => {
    const ids = pathElementIds({
      length: 1,
      nodes: [{ ...russia, aliases: [] }, { ...putin, aliases: [] }],
      steps: [{ type: "LEADER_OF", direction: "IN", role: null, weight: 2, former: false, from: { id: "R" }, to: { id: "P" }, evidence: [] }],
    });
    expect(ids).toEqual({ nodes: ["R", "P"], edges: ["P|LEADER_OF|R"] });
  });

  it("marks the edge of a relationship every article tells as past former, loaded from its end or from a path", () => {
    const g = neighbourhoodElements({ ...putin, relationships: { edges: [{ type: "LEADER_OF", direction: "OUT", weight: 1, former: true, node: russia }] }, neighbors: [] });
    expect(g.edges).toEqual([{ source: "P", target: "R", type: "LEADER_OF", weight: 1, former: true }]);
    const path = {
      length: 1,
      nodes: [{ ...putin, aliases: [] }, { ...russia, aliases: [] }],
      steps: [{ type: "LEADER_OF" as const, direction: "OUT" as const, role: null, weight: 1, former: true, from: { id: "P" }, to: { id: "R" }, evidence: [] }],
    };
    expect(pathEdges(path)).toEqual(g.edges);
  });
});
