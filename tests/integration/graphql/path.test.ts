// How two entities are connected, and who says so: path and paths over typed relationships and
// shared events, every step with evidence.
import { describe, expect, it } from "vitest";
import { type Json, useSeededApp } from "./graphql-client.ts";

const { gql } = useSeededApp();

const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { id name }
    steps { type direction role from { name } to { name } evidence { sentence start end article { text } } }
  }
}`;

describe("path", () => {
  it("connects Melania Trump to Vladimir Putin, every step with evidence", async () => {
    const r = await gql(PATH, { from: "person:melania-trump", to: "person:vladimir-putin" });
    expect(r.errors).toBeUndefined();
    const p = r.data.path;
    expect(p.nodes[0].name).toBe("Melania Trump");
    expect(p.nodes[p.nodes.length - 1].name).toBe("Vladimir Putin");
    expect(p.steps).toHaveLength(p.length);
    expect(p.length).toBeLessThanOrEqual(4);
    for (const [i, step] of p.steps.entries()) {
      expect(step.from.name).toBe(p.nodes[i].name);
      expect(step.to.name).toBe(p.nodes[i + 1].name);
      expect(step.evidence.length).toBeGreaterThan(0);
      const ev = step.evidence[0];
      expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
  });

  it("accepts global IDs as endpoints", async () => {
    const ids = await gql(`{ a: entity(name: "Melania Trump") { id } b: entity(name: "putin") { id } }`);
    const r = await gql(PATH, { from: ids.data.a.id, to: ids.data.b.id });
    expect(r.data.path.nodes[0].name).toBe("Melania Trump");
  });

  it("returns null when no connection is short enough", async () => {
    const r = await gql(PATH, { from: "person:melania-trump", to: "person:vladimir-putin", maxHops: 1 });
    expect(r.errors).toBeUndefined();
    expect(r.data.path).toBeNull();
  });

  it("returns null for an unknown entity", async () => {
    const r = await gql(PATH, { from: "person:nobody-at-all", to: "person:vladimir-putin" });
    expect(r.data.path).toBeNull();
  });

  it("lists the k shortest paths, shortest first, each with evidence", async () => {
    const r = await gql(`{ paths(from: "person:melania-trump", to: "person:vladimir-putin", maxHops: 4, first: 3) {
      length steps { type evidence { sentence } } } }`);
    expect(r.errors).toBeUndefined();
    const lengths = r.data.paths.map((p: Json) => p.length);
    expect(lengths.length).toBeGreaterThan(1);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of r.data.paths) for (const s of p.steps) expect(s.evidence.length).toBeGreaterThan(0);
  });
});
