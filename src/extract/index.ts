// The extractor's one entry point: article in, extraction document out. Pure — no I/O apart
// from loading the syntax model once — so it runs the same in the CLI, the ingest step and
// tests. Stages, each in its own file: sentences → tokens and syntax (src/nlp: UD tokens, tags,
// dependency tree per sentence) → mentions (entities) → resolution → dates → events →
// relationships. The trees ride along on each sentence (SentenceTokens.syntax) for the later
// stages; they do not change the document yet.
import { findDates } from "./dates.ts";
import { type ArticleInputT, type ExtractedEntityT, type ExtractionDocumentT } from "./document.ts";
import { detectMentions, type SentenceTokens, tokenizeSentences } from "./entities.ts";
import { detectEvents } from "./events.ts";
import { articleIdFor } from "./ids.ts";
import { detectRelationships } from "./relations.ts";
import { formatRoleTitle, resolveMentions } from "./resolve.ts";
import { splitSentences } from "./sentences.ts";
import { parseSentence } from "../nlp/index.ts";

export { splitSentences } from "./sentences.ts";
export { entityId, articleIdFor, slugify } from "./ids.ts";

/** The extraction document and the per-sentence analyses it was built from. */
export interface ArticleAnalysis {
  document: ExtractionDocumentT;
  sentences: SentenceTokens[];
}

export function extractArticle(input: ArticleInputT): ExtractionDocumentT {
  return analyzeArticle(input).document;
}

/** extractArticle, also returning the sentences with their tokens and dependency trees. */
export function analyzeArticle(input: ArticleInputT): ArticleAnalysis {
  const text = input.text;
  // The contract requires article text; an empty article is the caller's input error, said
  // plainly here rather than as a document that fails validation downstream.
  if (text.length === 0) throw new RangeError("extractArticle: the article text is empty; there is nothing to extract");
  const publishedAt = input.publishedAt ?? null;
  const articleId = articleIdFor(text, input.id);
  const sentences = tokenizeSentences(text, splitSentences(text));
  for (const s of sentences) s.syntax = parseSentence(s.sentence.text, s.sentence.start);
  const mentions = detectMentions(text, sentences);
  const resolution = resolveMentions(mentions);
  const dates = sentences.map((s) => findDates(s.sentence.text, s.sentence.start, publishedAt));
  const events = detectEvents(articleId, sentences, resolution, dates);
  const relationships = detectRelationships(sentences, resolution);

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
      ...(roles.length ? { roles } : {}),
    };
  });

  const document: ExtractionDocumentT = {
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
  return { document, sentences };
}
