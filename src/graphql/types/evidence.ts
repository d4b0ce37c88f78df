// Evidence (a sentence that supports a relationship, event or step) and Mention (one occurrence of
// an entity's name), both pointing into an article's text by offsets.
import { articleById } from "../loaders/article-loaders.ts";
import { sentenceById } from "../loaders/sentence-loaders.ts";
import { LIMITS } from "../limits.ts";
import type { GraphQLContext } from "../context.ts";
import type { SentenceRecord } from "../records.ts";
import { ArticleRef, EvidenceRef, MentionRef } from "./refs.ts";

EvidenceRef.implement({
  description: "A sentence that states a fact, with its article and its exact offsets in the article text.",
  fields: (t) => ({
    sentence: t.exposeString("text", { description: "The sentence text, exactly as in the article." }),
    start: t.exposeInt("start", { description: "Offset of the sentence's first character in Article.text (JavaScript string index)." }),
    end: t.exposeInt("end", { description: "Offset just past the sentence's last character in Article.text." }),
    sentenceIndex: t.exposeInt("index", { description: "Position of the sentence in its article, from 0." }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article the sentence comes from.",
      resolve: (s, _a, ctx) => articleById(ctx.loaders).load(s.articleId),
    }),
  }),
});

MentionRef.implement({
  description: "One occurrence of an entity in an article: the exact words and their offsets.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The words used, exactly as in the article (an alias or the name)." }),
    start: t.exposeInt("start", { description: "Offset of the first character in Article.text." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in Article.text." }),
    sentence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: "The sentence the mention is in.",
      resolve: (m, _a, ctx) => sentenceById(ctx.loaders).load(m.sentenceId),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article the mention is in.",
      resolve: (m, _a, ctx) => articleById(ctx.loaders).load(m.articleId),
    }),
  }),
});

/** Loads the first `first` evidence sentences of a list of sentence ids, skipping unknown ids. */
export async function loadEvidence(ctx: GraphQLContext, ids: readonly string[], first: number): Promise<SentenceRecord[]> {
  const rows = await sentenceById(ctx.loaders).loadMany(ids.slice(0, first));
  return rows.filter((r): r is SentenceRecord => !!r && !(r instanceof Error));
}

/** Evidence sentences an evidence field returns when `first` is not given. */
export const EVIDENCE_DEFAULT = 5;
export const EVIDENCE_FIRST_DESCRIPTION = `Most evidence sentences to return, ${EVIDENCE_DEFAULT} by default, at most ${LIMITS.maxEvidence}.`;
export const evidenceBounds = { first: [0, LIMITS.maxEvidence] as const };
