// The extractor's one entry point: article in, extraction document out. Pure — no I/O — so it
// runs the same in the CLI, the ingest step and tests. Stages, each in its own file:
// sentences → tokens → mentions (entities) → resolution → dates → events → relationships.
import { findDates } from "./dates.ts";
import { type ArticleInputT, type ExtractedEntityT, type ExtractionDocumentT, type SpanT } from "./document.ts";
import { detectMentions, tokenizeSentences } from "./entities.ts";
import { detectEvents } from "./events.ts";
import { articleIdFor } from "./ids.ts";
import { detectRelationships } from "./relations.ts";
import { formatRoleTitle, resolveMentions } from "./resolve.ts";
import { readDateline } from "./dateline.ts";
import { correctKinds, findUnlistedNames } from "./name-kinds.ts";
import { mergeNameVariants } from "./name-variants.ts";
import { nestedOwners } from "./nested-names.ts";
import { resolveReferences } from "./references.ts";
import { splitSentences } from "./sentences.ts";
import { buildTrees } from "./syntax.ts";

export { splitSentences } from "./sentences.ts";
export { entityId, articleIdFor, slugify } from "./ids.ts";

export function extractArticle(input: ArticleInputT): ExtractionDocumentT {
  const text = input.text;
  // The contract requires article text; an empty article is the caller's input error, said
  // plainly here rather than as a document that fails validation downstream.
  if (text.length === 0) throw new RangeError("extractArticle: the article text is empty; there is nothing to extract");
  const publishedAt = input.publishedAt ?? null;
  const articleId = articleIdFor(text, input.id);
  const sentences = tokenizeSentences(text, splitSentences(text));
  const mentions = detectMentions(text, sentences);
  const resolution = resolveMentions(mentions);
  const dates = sentences.map((s) => findDates(s.sentence.text, s.sentence.start, publishedAt));
  const trees = buildTrees(sentences, resolution);
  const dateline = readDateline(trees, resolution);
  findUnlistedNames(trees, resolution);
  correctKinds(trees, resolution);
  mergeNameVariants(resolution, trees);
  const referenceSpans = resolveReferences(trees);
  nestedOwners(resolution);
  const events = detectEvents(articleId, trees, dates, dateline);
  const relationships = detectRelationships(trees, resolution, dateline);

  // What refers to each entity without naming it: the pronouns and descriptions resolved on the
  // trees, and the nationality words and titled descriptions the resolution kept apart from names.
  const referencesOf = new Map<string, Map<string, SpanT>>();
  const refer = (id: string, s: { start: number; end: number; text: string }) => {
    const spans = referencesOf.get(id) ?? new Map<string, SpanT>();
    spans.set(`${s.start}:${s.end}`, { start: s.start, end: s.end, text: s.text });
    referencesOf.set(id, spans);
  };
  for (const r of referenceSpans) refer(r.entity.id, r);
  for (const e of resolution.entities) for (const m of e.references) refer(e.id, m);

  const entities: ExtractedEntityT[] = resolution.entities.map((e) => {
    // "Mr.", "Dr." are forms of address, not roles.
    const roles = e.roles.filter((r) => r.sort !== "honorific").map((r) => ({ title: formatRoleTitle(r.title), ...(r.of ? { of: r.of.id } : {}) }));
    const seen = new Set<string>();
    const mentionSpans = [];
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentionSpans.push({ start: m.start, end: m.end, text: m.text });
    }
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: [...e.aliases],
      mentions: mentionSpans,
      ...referencesField(referencesOf.get(e.id), seen),
      ...(roles.length ? { roles } : {}),
    };
  });

  return {
    article: {
      id: articleId,
      title: input.title ?? null,
      url: input.url ?? null,
      publishedAt,
      text,
    },
    entities,
    events,
    relationships,
  };
}

/** The reference spans of one entity in text order, minus any that is also a name of it; absent when none. */
function referencesField(spans: Map<string, SpanT> | undefined, names: Set<string>): { references?: SpanT[] } {
  if (!spans) return {};
  const references = [...spans.entries()].filter(([k]) => !names.has(k)).map(([, s]) => s).sort((a, b) => a.start - b.start || a.end - b.end);
  return references.length ? { references } : {};
}
