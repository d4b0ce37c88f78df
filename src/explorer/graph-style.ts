// How the graph looks: colour and shape by entity kind, edge label by relationship type, edge
// width by weight, co-mention edges dashed, former relationships dotted, path highlights. Labels are dropped when zoomed out
// (min-zoomed-font-size), which keeps large graphs fast.
import type { Css, StylesheetJson } from "cytoscape";
import type { EntityKind } from "./queries.ts";

export const KIND_STYLE: Record<EntityKind, { colour: string; shape: Css.NodeShape; label: string }> = {
  PERSON: { colour: "#2f6fb5", shape: "ellipse", label: "Person" },
  ORGANIZATION: { colour: "#d0812a", shape: "round-rectangle", label: "Organisation" },
  PLACE: { colour: "#2e8b57", shape: "diamond", label: "Place" },
  EVENT: { colour: "#8a4fb0", shape: "hexagon", label: "Event" },
};

export function graphStylesheet(): StylesheetJson {
  const kinds = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { "background-color": s.colour, shape: s.shape },
  }));
  return [
    {
      selector: "node",
      style: {
        label: "data(name)",
        width: "mapData(mentionCount, 1, 20, 22, 46)",
        height: "mapData(mentionCount, 1, 20, 22, 46)",
        "font-size": 11,
        "min-zoomed-font-size": 7,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
        color: "#1d2530",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "border-width": 0,
      },
    },
    ...kinds,
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2530" } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#f2b705", "z-index": 10 } },
    {
      selector: "edge",
      style: {
        label: "data(label)",
        width: "mapData(weight, 1, 10, 1.5, 8)",
        "line-color": "#8796a8",
        "target-arrow-color": "#8796a8",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        "font-size": 9,
        "min-zoomed-font-size": 8,
        "text-rotation": "autorotate",
        color: "#3b4756",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
      },
    },
    { selector: "edge[?former]", style: { "line-style": "dotted" } },
    { selector: 'edge[type = "PARTICIPATED_IN"]', style: { "line-color": "#c3a6d6", "target-arrow-color": "#c3a6d6" } },
    {
      selector: 'edge[type = "CO_MENTION"]',
      style: { "line-style": "dashed", "line-color": "#e08e9b", "target-arrow-shape": "none", color: "#9b3d4d" },
    },
    { selector: "edge:selected", style: { "line-color": "#f2b705", "target-arrow-color": "#f2b705", "z-index": 10 } },
    { selector: ".filtered", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.18 } },
    { selector: "node.path-alt", style: { "border-width": 3, "border-color": "#f29e4c" } },
    { selector: "edge.path-alt", style: { "line-color": "#f29e4c", "target-arrow-color": "#f29e4c", width: 4 } },
    { selector: "node.path", style: { "border-width": 5, "border-color": "#e4572e", "z-index": 20 } },
    { selector: "edge.path", style: { "line-color": "#e4572e", "target-arrow-color": "#e4572e", width: 6, "z-index": 20 } },
  ];
}
