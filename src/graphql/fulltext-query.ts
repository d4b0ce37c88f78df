// Lucene query strings for the entity_names full-text index, built from user text. Every term is
// escaped, so user input can never be Lucene syntax; the string is then passed as a parameter.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/**
 * Typo-tolerant search: each term matches exactly (boosted), as a prefix, or fuzzily (edit distance
 * up to 2 for longer terms, 1 for short ones), and every term must match: "kremln" finds Kremlin.
 */
export function searchQuery(text: string): string | null {
  const ts = terms(text);
  if (!ts.length) return null;
  return ts
    .map((t) => {
      const e = escapeLucene(t);
      const fuzzy = t.length >= 3 ? ` OR ${e}~${t.length >= 6 ? 2 : 1}` : "";
      return `+(${e}^3 OR ${e}*${fuzzy})`;
    })
    .join(" ");
}

/**
 * Phrase query for a whole name (candidates for an alias): the index analyzer tokenizes it the same
 * way it tokenized the stored names; inside quotes only `"` and `\` need escaping.
 */
export function phraseQuery(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return `"${t.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
