// Parses as CoNLL-U, for `npm run parse`: raw-text parses become sentences with `# sent_id` and
// `# text`, multiword-token lines for split words ("1-2 don't") and SpaceAfter=No; re-parsed
// treebank sentences keep their words, comments and multiword lines and get predicted LEMMA,
// UPOS, XPOS, HEAD and DEPREL. FEATS and DEPS are not predicted and are written "_" (and empty
// nodes, which only DEPS refers to, are dropped), so the official CoNLL 2018 scorer reads the
// output as a system file for the gold one.
import type { ConlluSentence, ConlluWord } from "./conllu.ts";
import type { ParsedSentence } from "./index.ts";
import type { SyntaxModel } from "./syntax-model.ts";

/** CoNLL-U sentences for parses of raw text; TokenRange in MISC gives each token's offsets. */
export function parsedToConllu(parsed: readonly ParsedSentence[]): ConlluSentence[] {
  return parsed.map((s, si) => {
    const lines: ConlluSentence["lines"] = [
      { kind: "comment", text: `# sent_id = ${si + 1}`, at: 1 },
      { kind: "comment", text: `# text = ${s.text.replace(/\s+/g, " ")}`, at: 1 },
    ];
    const words: ConlluWord[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      const misc: string[] = [];
      const mw = t.multiword;
      const firstOfWord = mw !== undefined && (i === 0 || s.tokens[i - 1]!.multiword?.start !== mw.start);
      if (mw && firstOfWord) {
        let last = i;
        while (last + 1 < s.tokens.length && s.tokens[last + 1]!.multiword?.start === mw.start) last++;
        const end = s.tokens[last]!;
        const surface = s.tokens.slice(i, last + 1).map((x) => x.form).join("");
        const space = end.spaceAfter ? "_" : "SpaceAfter=No";
        lines.push({ kind: "range", text: `${i + 1}-${last + 1}\t${surface}\t_\t_\t_\t_\t_\t_\t_\t${space}`, at: i + 1 });
      }
      if (!mw && !t.spaceAfter && i + 1 < s.tokens.length) misc.push("SpaceAfter=No");
      misc.push(`TokenRange=${t.start}:${t.end}`);
      words.push({
        id: i + 1,
        form: t.form,
        lemma: t.lemma,
        upos: t.upos,
        xpos: t.xpos,
        feats: "_",
        head: t.head + 1,
        deprel: t.deprel,
        deps: "_",
        misc: misc.join("|"),
      });
    }
    return { lines, words, sentId: String(si + 1), text: s.text };
  });
}

/** The same sentences with their gold words, tagged and parsed by the model. */
export function reparseConllu(sentences: readonly ConlluSentence[], model: SyntaxModel): ConlluSentence[] {
  return sentences.map((s) => {
    if (s.words.length === 0) return s;
    const a = model.analyze(s.words.map((w) => w.form));
    const words = s.words.map((w, i) => ({
      ...w,
      lemma: a.lemmas[i]!,
      upos: a.upos[i]!,
      xpos: a.xpos[i]!,
      feats: "_",
      head: a.heads[i]! + 1,
      deprel: a.deprels[i]!,
      deps: "_",
    }));
    return { ...s, words };
  });
}
