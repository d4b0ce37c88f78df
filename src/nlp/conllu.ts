// CoNLL-U in and out, as plain strings (no I/O): the training and evaluation scripts read the
// treebank with it, and the parse CLI writes predictions with it. Reading keeps every line it
// does not interpret (comments, multiword-token ranges, empty nodes) so a re-parsed file keeps
// the original's shape and the official CoNLL 2018 scorer can align it with the gold file.

/** One syntactic word (a line whose ID is an integer). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, otherwise the 1-based ID of the head; -1 when the column is "_". */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line kept as it was: a comment, a multiword-token range ("3-4") or an empty node ("5.1"). */
export interface ConlluLine {
  kind: "comment" | "range" | "empty";
  text: string;
  /** For "range" and "empty": the word ID the line comes before (range) or after (empty node). */
  at: number;
}

export interface ConlluSentence {
  /** Comments, ranges and empty-node lines, in file order, each anchored to a word position. */
  lines: ConlluLine[];
  words: ConlluWord[];
  /** From the "# sent_id =" comment, when present. */
  sentId: string | null;
  /** From the "# text =" comment, when present. */
  text: string | null;
}

export class ConlluError extends Error {}

function intOr(v: string, fallback: number): number {
  return /^\d+$/.test(v) ? Number(v) : fallback;
}

/** Parses a whole CoNLL-U document. Throws ConlluError (with the line number) on a malformed word line. */
export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const rows = source.split(/\r?\n/);
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n]!;
    if (row.trim() === "") {
      if (cur && (cur.words.length || cur.lines.length)) sentences.push(cur);
      cur = null;
      continue;
    }
    cur ??= { lines: [], words: [], sentId: null, text: null };
    if (row.startsWith("#")) {
      cur.lines.push({ kind: "comment", text: row, at: cur.words.length + 1 });
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(row);
      if (m) {
        if (m[1] === "sent_id") cur.sentId = m[2]!.trim();
        else cur.text = m[2]!;
      }
      continue;
    }
    const cols = row.split("\t");
    if (cols.length !== 10) throw new ConlluError(`line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id)) {
      cur.lines.push({ kind: "range", text: row, at: Number(id.split("-")[0]) });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      cur.lines.push({ kind: "empty", text: row, at: Number(id.split(".")[0]) });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(`line ${n + 1}: bad ID ${JSON.stringify(id)}`);
    if (Number(id) !== cur.words.length + 1) throw new ConlluError(`line ${n + 1}: word ID ${id} out of sequence`);
    cur.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head: intOr(cols[6]!, -1),
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  if (cur && (cur.words.length || cur.lines.length)) sentences.push(cur);
  return sentences;
}

function wordLine(w: ConlluWord): string {
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? "_" : w.head, w.deprel, w.deps, w.misc].join("\t");
}

/**
 * Writes sentences back out. Kept lines go where they were: comments and ranges before the word
 * they are anchored to, empty nodes after theirs (empty nodes are dropped when `keepEmptyNodes`
 * is false, since the predicted DEPS column would no longer match them).
 */
export function formatConllu(sentences: readonly ConlluSentence[], options: { keepEmptyNodes?: boolean } = {}): string {
  const keepEmpty = options.keepEmptyNodes ?? false;
  const out: string[] = [];
  for (const s of sentences) {
    const before = new Map<number, string[]>();
    const after = new Map<number, string[]>();
    for (const l of s.lines) {
      if (l.kind === "empty") {
        if (!keepEmpty) continue;
        const list = after.get(l.at) ?? [];
        list.push(l.text);
        after.set(l.at, list);
      } else {
        const list = before.get(l.at) ?? [];
        list.push(l.text);
        before.set(l.at, list);
      }
    }
    // Empty nodes anchored at 0 ("0.1") precede the first word.
    for (const t of after.get(0) ?? []) out.push(t);
    for (const w of s.words) {
      for (const t of before.get(w.id) ?? []) out.push(t);
      out.push(wordLine(w));
      for (const t of after.get(w.id) ?? []) out.push(t);
    }
    // Lines anchored past the last word (a trailing comment) still come out.
    for (const t of before.get(s.words.length + 1) ?? []) out.push(t);
    out.push("");
  }
  return out.join("\n") + (out.length ? "\n" : "");
}
