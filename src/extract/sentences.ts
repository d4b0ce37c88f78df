// Sentence splitting with offsets into the original text. News copy breaks naive splitters in
// predictable ways, each handled here: abbreviations ("U.S.", "Gen.", "Jan."), a full stop
// glued to the next sentence ("Alaska.The", "conflict.“In"), curly quotes after the stop, and
// headlines/sub-heads that end without punctuation (they are their own line).

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** A line with no terminal punctuation: a headline or sub-head. */
  isHeading: boolean;
}

// Never end a sentence: titles and months are nearly always followed by a name or a day.
const NEVER_FINAL = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl sen rep gov rev st mt ft sr jr hon pres supt insp " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v approx est fig dept univ assn bros gov't e.g i.e etc"
  ).split(" "),
);
// End a sentence only when the next word is a typical sentence opener ("... Inc. The company").
const MAYBE_FINAL = new Set("inc corp co ltd llc plc jr sr etc".split(" "));
const OPENERS = new Set(
  (
    "the a an he she it they we i you his her its their this that these those there but and or so yet " +
    "in on at for from after before when while as if however meanwhile still also both some many most " +
    "one two three no not nor earlier later last next on officials critics besides despite although though " +
    "instead nevertheless nonetheless moreover furthermore eventually since until unlike during"
  ).split(" "),
);

const TERMINAL = /[.!?…]/;
const CLOSERS = /[”’"')\]]/;
const OPENING_QUOTES = /[“‘"'(]/;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters, dots) immediately before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  // Bounded: a run of 10,000 "U.S." would otherwise be rescanned at every one of its dots.
  while (i > 0 && dot - i < 40 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}
function wordAfter(text: string, from: number): string {
  const m = /^[\s“‘"'(]*([\p{L}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : "";
}

/** Split one block (a line or paragraph) into sentence ranges. */
function splitBlock(text: string, blockStart: number, blockEnd: number, out: Array<[number, number]>): void {
  let sentStart = blockStart;
  for (let i = blockStart; i < blockEnd; i++) {
    const ch = text[i]!;
    // TERMINAL's characters, compared directly: this runs at every character of the article.
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Absorb runs of terminals and closing quotes: `?!`, `.”`, `...`.
    let j = i + 1;
    while (j < blockEnd && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    if (j >= blockEnd) break;
    const next = text[j]!;
    const glued = !/\s/.test(next);
    if (ch === ".") {
      const prev = wordBefore(text, i);
      const bare = prev.replace(/\./g, "").toLowerCase();
      if (glued) {
        // "Alaska.The" or "conflict.“In": a real word, then a capitalised word or opening quote.
        const afterQuote = OPENING_QUOTES.test(next) ? text[j + 1] : next;
        const looksGlued =
          /\p{Ll}{2,}$/u.test(prev) &&
          !prev.includes(".") &&
          isUpper(afterQuote) &&
          (OPENING_QUOTES.test(next) ? true : isLower(text[j + 1]));
        if (!looksGlued || NEVER_FINAL.has(bare)) continue;
      } else {
        const after = wordAfter(text, j);
        if (!after) continue;
        const upperAfter = isUpper(after[0]) || /^[“‘"(]/.test(text.slice(j).trimStart());
        if (/^\d/.test(text.slice(j).trimStart()) === false && !upperAfter) continue;
        if (NEVER_FINAL.has(bare)) continue;
        const opener = OPENERS.has(after.toLowerCase());
        // Initials ("J. Smith") and dotted acronyms ("U.S. officials") continue unless an opener follows.
        const letters = prev.replace(/\./g, "");
        if (/^\p{Lu}$/u.test(letters) || (prev.includes(".") && /^\p{L}{1,4}$/u.test(letters))) {
          if (!opener) continue;
        }
        if (MAYBE_FINAL.has(bare) && !opener) continue;
      }
    } else if (!glued) {
      const rest = text.slice(j).trimStart();
      // "?" / "!" inside a quote followed by a lowercase attribution ("…?” he asked") continues.
      if (isLower(rest[0])) continue;
    } else if (!isUpper(OPENING_QUOTES.test(next) ? text[j + 1] : next)) {
      continue;
    }
    out.push([sentStart, j]);
    sentStart = j;
  }
  out.push([sentStart, blockEnd]);
}

export function splitSentences(text: string): Sentence[] {
  const ranges: Array<[number, number]> = [];
  // Blocks are lines; a line that neither ends in punctuation nor is followed by a capitalised
  // line is a hard-wrapped continuation and is merged with the next one.
  const lineRe = /[^\n]+/g;
  const lines: Array<[number, number]> = [];
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) lines.push([m.index, m.index + m[0].length]);
  const blocks: Array<[number, number]> = [];
  for (const [s, e] of lines) {
    const prev = blocks[blocks.length - 1];
    if (prev) {
      // Only the block's last character and the line's first matter; slicing the whole block
      // again for every merged line would be quadratic in a long hard-wrapped paragraph.
      let last = prev[1];
      while (last > prev[0] && /\s/.test(text[last - 1]!)) last--;
      let first = s;
      while (first < e && /\s/.test(text[first]!)) first++;
      const separatedByBlank = /\n\s*\n/.test(text.slice(prev[1], s));
      if (!separatedByBlank && !/[.!?:;”’"')\]]/.test(text[last - 1] ?? "") && isLower(text[first])) {
        prev[1] = e;
        continue;
      }
    }
    blocks.push([s, e]);
  }
  for (const [s, e] of blocks) splitBlock(text, s, e, ranges);

  const sentences: Sentence[] = [];
  for (const [rs, re] of ranges) {
    let s = rs;
    let e = re;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const body = text.slice(s, e);
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const stripped = body.replace(/[”’"')\]\s]+$/, "");
    sentences.push({
      index: sentences.length,
      start: s,
      end: e,
      text: body,
      isHeading: !/[.!?…:;]$/.test(stripped) && body.length < 200,
    });
  }
  return sentences;
}
