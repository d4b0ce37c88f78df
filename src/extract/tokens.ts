// Word tokens with offsets. Possessives are split off ("Putin’s" → "Putin" + possessive flag) so
// a name is matched the same way with or without them, and dotted acronyms stay whole ("U.S.").

export interface Token {
  /** Surface text without a trailing possessive. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter (or is an all-caps acronym). */
  cap: boolean;
  /** Followed by 's / ’s / a bare apostrophe after s. */
  possessive: boolean;
  /** Followed directly by "." (abbreviations such as "Gen." keep it out of the token). */
  dotted: boolean;
  /** Only whitespace (no punctuation) between the previous token and this one. */
  joinedToPrev: boolean;
  /** Raw text between the previous token and this one. */
  gap: string;
  /** Index within its sentence. */
  i: number;
}

// Dotted acronyms first, then words with inner hyphens/apostrophes/ampersands, then numbers.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    // "Boston-based", "Kremlin-backed": the name is the part before the hyphen.
    const compound = word.includes("-") && /^(\p{Lu}[\p{L}.]*)-(?:based|backed|led|born|made|owned|run|funded|allied|controlled|occupied|held|linked|bound|era|style|listed|headquartered|registered|funded|aligned)$/u.exec(word);
    if (compound) word = compound[1]!;
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const poss = (last === 115 || last === 83) && /['’][sS]$/.test(word); // "Putin’s", "PUTIN'S"
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === 115 && (text[m.index + word.length] === "’" || text[m.index + word.length] === "'") && /^\p{Lu}/u.test(word)) {
      // plural possessive "allies’": mark but keep the word
      possessive = true;
    }
    const start = m.index;
    const end = start + word.length;
    const gap = prevEnd < 0 ? "" : text.slice(prevEnd, start);
    const first = word[0]!;
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: start + offset,
      end: end + offset,
      // Arabic and Dutch/German particles glued to a surname ("al-Burhan") still continue a name.
      cap: first !== first.toLowerCase() || (word.includes("-") && /^(?:al|el|ad|ash|as|at|bin|ibn|abu|de|da|di|van|von)-\p{Lu}/u.test(word)),
      possessive,
      dotted: !word.endsWith(".") && text[m.index + m[0].length] === ".",
      joinedToPrev: prevEnd >= 0 && /^\s+$/.test(gap) && !gap.includes("\n"),
      gap,
      i: tokens.length,
    });
    prevEnd = start + m[0].length;
  }
  return tokens;
}
