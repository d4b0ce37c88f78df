// Tokens in UD English (EWT) style, with exact offsets. Conventions, each checked against the
// EWT training data:
// - punctuation is its own token; runs of "." "!" "?" "-" stay together ("...", "?!", "--");
// - clitics split off: n't 's 're 've 'll 'd 'm ("don't" → "do" + "n't", "can't" → "ca" + "n't",
//   "won't" → "wo" + "n't", "Putin's" → "Putin" + "'s"), as do "cannot" (can + not), "gonna"
//   (gon + na), "wanna" (wan + na) and "gotta" (got + ta); curly apostrophes count as apostrophes;
// - hyphenated compounds split at the hyphen ("Boston-based" → Boston - based) except after a
//   prefix EWT keeps attached ("e-mail", "non-profit", "co-founder", "pre-war");
// - dotted abbreviations and initials keep their dots ("U.S.", "e.g.", "Mr.", "J."), as do
//   numbers with separators ("2019-11-20", "1,000.50", "10:30"); "$600" and "51%" split from
//   their symbol; URLs and e-mail addresses stay whole.
//
// Offsets: every token's form is exactly text.slice(start, end) (minus the offset), including
// the pieces of a split word: "don't" gives "do" [0,2) and "n't" [2,5), "cannot" gives "can"
// [0,3) and "not" [3,6). Such pieces also carry `multiword`, the span of the whole written word,
// which is what CoNLL-U writes as a multiword-token line.
//
// Any input is accepted: whitespace, control and zero-width characters separate tokens and are
// never part of one; anything else that is not a letter, mark or digit is a token of its own
// (emoji sequences stay whole). Every pattern is anchored and bounded, so time is linear.

export interface UdToken {
  form: string;
  /** Offsets into the text given to tokenizeUd, shifted by its offset argument. */
  start: number;
  end: number;
  /** Set on the pieces of a word UD splits (clitics): the written word's span. */
  multiword?: { start: number; end: number };
  /** Whether whitespace follows the token (CoNLL-U's SpaceAfter=No when false). */
  spaceAfter: boolean;
}

// Prefixes after which EWT keeps a hyphenated word whole ("e-mail", "non-violent", "co-chair").
const KEPT_PREFIXES = new Set(
  "e non anti pre re mid co post over pro multi ex semi counter sub neo cross un socio mis micro intra inter arch psycho ultra mega bi tri quasi".split(" "),
);
// Abbreviations that keep their full stop.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms mssrs messrs dr prof gen lt col maj capt cmdr adm sgt cpl sen rep gov rev st mt ft sr jr hon pres supt insp " +
    "jan feb mar apr jun jul aug sep sept oct nov dec vs v approx est fig dept univ assn bros inc corp co ltd llc plc etc al ave blvd rd"
  ).split(" "),
);
const WHOLE_WORD_SPLITS: Record<string, number> = { cannot: 3, gonna: 3, wanna: 3, gotta: 3 };

const SEPARATOR = /[\s\p{Cc}\u200b\u2060\ufeff]/u;
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\p{Cc}]{1,2048}/uy;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const DOTTED = /(?:\p{L}{1,3}\.){2,8}/uy;
const NUMBER = /\p{N}+(?:[,.:/-]\p{N}+)+/uy;
// Zero-width joiners and soft hyphens may sit inside a word; other format characters separate.
const WORD = /[\p{L}\p{M}\p{N}\u00ad\u200c\u200d]+(?:(?:['’.&-]|\p{Pd})[\p{L}\p{M}\p{N}\u00ad\u200c\u200d]+)*/uy;
const PUNCT_RUN = /\.{2,}|…+|-{2,}|[!?]{2,}/y;
const EMOJI = /\p{RI}\p{RI}|\p{Extended_Pictographic}(?:\ufe0f|\p{EMod}|\u200d\p{Extended_Pictographic}\ufe0f?)*/uy;
const ONE = /[\s\S]\p{M}*/uy;
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const TRAILING_URL_PUNCT = /[.,;:!?)\]}"'”’»]+$/;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Tokenizes text; offsets are relative to text plus `offset`. */
export function tokenizeUd(text: string, offset = 0): UdToken[] {
  const out: UdToken[] = [];
  const push = (start: number, end: number, multiword?: { start: number; end: number }): void => {
    const spaceAfter = end >= text.length || SEPARATOR.test(text[end]!);
    const t: UdToken = { form: text.slice(start, end), start: start + offset, end: end + offset, spaceAfter };
    if (multiword) t.multiword = { start: multiword.start + offset, end: multiword.end + offset };
    out.push(t);
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (SEPARATOR.test(ch)) {
      i++;
      continue;
    }
    i = nextToken(text, i, push);
  }
  return out;
}

type Push = (start: number, end: number, multiword?: { start: number; end: number }) => void;

/** Emits the token(s) starting at i; returns the position after them. */
function nextToken(text: string, i: number, push: Push): number {
  const c = text.charCodeAt(i);
  const alnum = /[\p{L}\p{N}]/u.test(text[i]!) || (c >= 0xd800 && c < 0xdc00 && /[\p{L}\p{N}]/u.test(text.slice(i, i + 2)));
  if (alnum) {
    let m = matchAt(URL, text, i);
    if (m) {
      const trimmed = m.replace(TRAILING_URL_PUNCT, "");
      push(i, i + trimmed.length);
      return i + trimmed.length;
    }
    m = matchAt(EMAIL, text, i);
    if (m) {
      const trimmed = m.replace(/\.+$/, "");
      push(i, i + trimmed.length);
      return i + trimmed.length;
    }
    m = matchAt(DOTTED, text, i);
    if (m) {
      push(i, i + m.length);
      return i + m.length;
    }
    m = matchAt(NUMBER, text, i);
    if (m) {
      push(i, i + m.length);
      return i + m.length;
    }
    m = matchAt(WORD, text, i);
    if (m) return emitWord(text, i, i + m.length, push);
  }
  const run = matchAt(PUNCT_RUN, text, i) ?? matchAt(EMOJI, text, i) ?? matchAt(ONE, text, i)!;
  push(i, i + run.length);
  return i + run.length;
}

/** A word (letters, digits, inner apostrophes, dots, ampersands, hyphens) at [s, e). */
function emitWord(text: string, s: number, e: number, push: Push): number {
  // An abbreviation or an initial keeps its full stop: "Mr.", "Inc.", "J.".
  if (text[e] === ".") {
    const w = text.slice(s, e);
    const lower = w.toLowerCase();
    if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(w)) {
      push(s, e + 1);
      return e + 1;
    }
  }
  // Inner dots belong to names like "Yahoo.com" or "3.5"; a word that merely ends a sentence
  // glued to the next ("said.The") is split at the dot.
  const word = text.slice(s, e);
  const glued = /^(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (glued) {
    const a = s + glued[1]!.length;
    emitPieces(text, s, a, push);
    push(a, a + 1);
    emitPieces(text, a + 1, e, push);
    return e;
  }
  // Hyphens: split unless the first part is a prefix EWT keeps attached.
  const parts = word.split(/(-|\p{Pd})/u);
  if (parts.length > 1 && !KEPT_PREFIXES.has(parts[0]!.toLowerCase())) {
    let at = s;
    for (const p of parts) {
      if (p.length === 0) continue;
      if (p === "-" || /^\p{Pd}$/u.test(p)) push(at, at + p.length);
      else emitPieces(text, at, at + p.length, push);
      at += p.length;
    }
    return e;
  }
  emitPieces(text, s, e, push);
  return e;
}

/** One written word without hyphens: split off a clitic or a whole-word contraction. */
function emitPieces(text: string, s: number, e: number, push: Push): void {
  const word = text.slice(s, e);
  const whole = WHOLE_WORD_SPLITS[word.toLowerCase()];
  if (whole !== undefined) {
    const span = { start: s, end: e };
    push(s, s + whole, span);
    push(s + whole, e, span);
    return;
  }
  const m = CLITIC.exec(word);
  if (m && m[0].length < word.length) {
    const span = { start: s, end: e };
    const cut = e - m[0].length;
    push(s, cut, span);
    push(cut, e, span);
    return;
  }
  push(s, e);
}
