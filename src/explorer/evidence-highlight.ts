// Splits an evidence sentence into plain and highlighted runs. Mentions come with offsets into the
// article text (as do evidence sentences), so a mention inside the sentence is highlighted exactly;
// when no mention offsets fall inside it (events have no mentions), the entity's aliases are
// matched as whole words instead.
export interface Segment {
  text: string;
  highlighted: boolean;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** Ranges relative to the sentence, for mentions (article offsets) that lie inside it. */
export function mentionRangesInSentence(sentenceStart: number, sentenceEnd: number, mentions: readonly OffsetRange[]): OffsetRange[] {
  return mentions
    .filter((m) => m.start >= sentenceStart && m.end <= sentenceEnd && m.end > m.start)
    .map((m) => ({ start: m.start - sentenceStart, end: m.end - sentenceStart }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Ranges where any alias occurs as a whole word, case-insensitively (longest aliases first). */
export function aliasRangesInSentence(sentence: string, aliases: readonly string[]): OffsetRange[] {
  const words = [...new Set(aliases.filter((a) => a.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (!words.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The sentence as runs; overlapping or touching ranges merge into one highlight. */
export function highlightSegments(sentence: string, ranges: readonly OffsetRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(sentence.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: OffsetRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) segments.push({ text: sentence.slice(at, r.start), highlighted: false });
    segments.push({ text: sentence.slice(r.start, r.end), highlighted: true });
    at = r.end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), highlighted: false });
  return segments;
}
