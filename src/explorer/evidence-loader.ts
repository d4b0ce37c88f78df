// Fetches what the evidence panel shows: the sentences behind a drawn edge (a typed relationship,
// taking part in an event, or a co-mention), and the sentences that mention an entity, each with
// the ranges to highlight.
import type { OffsetRange } from "./evidence-highlight.ts";
import { highlightRanges, type HighlightSource } from "./evidence-panel.ts";
import type { GraphQLRequest } from "./graphql-client.ts";
import type { EdgeData } from "./graph-view.ts";
import {
  MENTIONS, PARTICIPATION_EVIDENCE, RELATIONSHIP_EVIDENCE,
  type EvidenceEnd, type Evidence, type MentionsResult, type ParticipationEvidenceResult, type RelationshipEvidenceResult,
} from "./queries.ts";

export interface EvidenceItem {
  evidence: Evidence;
  ranges: OffsetRange[];
}

const source = (end: EvidenceEnd): HighlightSource => ({ mentions: end.mentions.edges.map((m) => m.node), aliases: end.aliases });

/** The supporting sentences of an edge; `names` gives the drawn name of an end (co-mention highlights). */
export async function loadEdgeEvidence(request: GraphQLRequest, edge: EdgeData, names: (id: string) => string): Promise<EvidenceItem[]> {
  if (edge.type === "CO_MENTION") {
    // Co-mention edges were drawn with their sample sentences.
    const aliases = [names(edge.source), names(edge.target)];
    return (edge.evidence ?? []).map((ev) => ({ evidence: ev, ranges: highlightRanges(ev, [{ mentions: [], aliases }]) }));
  }
  if (edge.type === "PARTICIPATED_IN") {
    const data = await request<ParticipationEvidenceResult>(PARTICIPATION_EVIDENCE, { participant: edge.source, event: edge.target });
    const sources = data.participant ? [source(data.participant)] : [];
    return (data.event?.evidence ?? []).map((ev) => ({ evidence: ev, ranges: highlightRanges(ev, sources) }));
  }
  const data = await request<RelationshipEvidenceResult>(RELATIONSHIP_EVIDENCE, { source: edge.source, target: edge.target, type: edge.type });
  const rel = data.source?.relationships.edges.find((r) => r.node.id === edge.target);
  const sources = [data.source, data.target].filter((x) => x !== null).map(source);
  return (rel?.evidence ?? []).map((ev) => ({ evidence: ev, ranges: highlightRanges(ev, sources) }));
}

/** The sentences naming an entity (an event: describing it), and a title saying how many are shown. */
export async function loadMentions(request: GraphQLRequest, id: string): Promise<{ title: string; items: EvidenceItem[] } | null> {
  const { entity: e } = await request<MentionsResult>(MENTIONS, { id });
  if (!e) return null;
  if (e.kind === "EVENT") {
    return { title: `Sentences describing ${e.name}`, items: (e.evidence ?? []).map((ev) => ({ evidence: ev, ranges: [] })) };
  }
  const items = e.mentions.edges
    .filter((m) => m.node.sentence)
    .map(({ node: m }) => ({ evidence: m.sentence!, ranges: highlightRanges(m.sentence!, [{ mentions: [m], aliases: e.aliases }]) }));
  const more = e.mentions.totalCount > items.length ? ` (first ${items.length} of ${e.mentions.totalCount})` : "";
  return { title: `Mentions of ${e.name}${more}`, items };
}
