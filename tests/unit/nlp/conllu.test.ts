// CoNLL-U in and out: a re-parsed treebank sentence keeps its words, comments and multiword-token
// lines (so the official CoNLL 2018 scorer aligns it with the gold file), drops empty nodes, and
// writes ten columns per word; a parse of raw text writes its split words as multiword tokens.
import { splitSentences } from "../../../src/extract/sentences.ts";
import { describe, expect, it } from "vitest";
import { formatConllu, parseConllu } from "../../../src/nlp/conllu.ts";
import { loadSyntaxModel, parseText } from "../../../src/nlp/index.ts";
import { parsedToConllu, reparseConllu } from "../../../src/nlp/to-conllu.ts";

const GOLD = [
  "# sent_id = t-1",
  "# text = They don't know.",
  "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\t_",
  "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_",
  "",
].join("\n");

describe("CoNLL-U", () => {
  it("re-parses keeping words, comments and multiword lines, dropping empty nodes", () => {
    const out = formatConllu(reparseConllu(parseConllu(GOLD), loadSyntaxModel()));
    const lines = out.trimEnd().split("\n");
    expect(lines.slice(0, 2)).toEqual(["# sent_id = t-1", "# text = They don't know."]);
    expect(lines[3]).toBe("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
    expect(lines.some((l) => l.startsWith("4.1"))).toBe(false);
    const words = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split("\t"));
    expect(words.map((w) => w[1])).toEqual(["They", "do", "n't", "know", "."]);
    for (const w of words) expect(w).toHaveLength(10);
    expect(words.filter((w) => w[6] === "0")).toHaveLength(1);
  });

  it("writes a raw-text parse with sent_id, text, multiword tokens and SpaceAfter=No", () => {
    const out = formatConllu(parsedToConllu(parseText("We can't stop, she said.", splitSentences)));
    expect(out).toContain("# sent_id = 1\n# text = We can't stop, she said.\n");
    expect(out).toMatch(/^2-3\tcan't\t/m);
    expect(out).toMatch(/^4\tstop\t[^\n]*SpaceAfter=No/m);
    // What we write, we read back.
    expect(parseConllu(out)[0]!.words.map((w) => w.form)).toEqual(["We", "ca", "n't", "stop", ",", "she", "said", "."]);
  });
});
