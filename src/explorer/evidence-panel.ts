// Renders evidence: each supporting sentence with the mentions highlighted, and the article's
// title, date and link.
import { el, safeHref } from "./dom-builder.ts";
import { aliasRangesInSentence, highlightSegments, mentionRangesInSentence, type OffsetRange } from "./evidence-highlight.ts";
import type { Evidence, MentionRef } from "./queries.ts";

/** What to highlight in a sentence: mentions by offset, else aliases by text. */
export interface HighlightSource {
  mentions: readonly MentionRef[];
  aliases: readonly string[];
}

export function highlightRanges(evidence: Evidence, sources: readonly HighlightSource[]): OffsetRange[] {
  const articleId = evidence.article?.articleId;
  const ranges: OffsetRange[] = [];
  for (const s of sources) {
    const inArticle = s.mentions.filter((m) => m.article?.articleId === articleId);
    const byOffset = mentionRangesInSentence(evidence.start, evidence.end, inArticle);
    ranges.push(...(byOffset.length ? byOffset : aliasRangesInSentence(evidence.sentence, s.aliases)));
  }
  return ranges;
}

export function evidenceItem(evidence: Evidence, ranges: readonly OffsetRange[]): HTMLElement {
  const sentence = el("blockquote", { className: "evidence-sentence", testid: "evidence-sentence" });
  for (const seg of highlightSegments(evidence.sentence, ranges)) {
    sentence.append(seg.highlighted ? el("mark", { testid: "evidence-mention" }, seg.text) : seg.text);
  }
  const a = evidence.article;
  const href = safeHref(a?.url);
  const title = a?.title ?? (a ? `Article ${a.articleId}` : "Unknown article");
  const source = el(
    "div",
    { className: "evidence-source", testid: "evidence-article" },
    href ? el("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, title) : el("span", { className: "article-title" }, title),
    " · ",
    el("time", null, a?.publishedAt ?? "undated"),
    href ? null : el("span", { className: "muted" }, " · no link recorded"),
  );
  return el("li", { className: "evidence-item" }, sentence, source);
}

export function evidenceList(items: readonly { evidence: Evidence; ranges: readonly OffsetRange[] }[]): HTMLElement {
  if (!items.length) return el("p", { className: "empty-state", testid: "evidence-empty" }, "No supporting sentence is recorded for this link.");
  return el("ul", { className: "evidence-list", testid: "evidence-list" }, ...items.map((i) => evidenceItem(i.evidence, i.ranges)));
}
