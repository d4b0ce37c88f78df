// The arcs extraction will read, on news sentences: who did it (nsubj), to what (obj), who it was
// done to in a passive and by whom (nsubj:pass, obl:agent), the role given beside a name (appos),
// whose it is (nmod:poss) and the title before a name. Sentences come from the fixture articles or
// are written for this test; the model is the committed one (no training here).
import { splitSentences } from "../../../src/extract/sentences.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedSentence, parseSentence, parseText } from "../../../src/nlp/index.ts";
import { repoRoot } from "../../../src/evaluation/fixture-cases.ts";

function fixtureSentence(file: string, containing: string): ParsedSentence {
  const text = readFileSync(path.join(repoRoot, "tests/fixtures/articles", file), "utf8");
  const s = parseText(text, splitSentences).find((p) => p.text.includes(containing));
  if (!s) throw new Error(`no sentence of ${file} contains ${JSON.stringify(containing)}`);
  return s;
}

/** "dependent -deprel-> head" for the first token spelled `dependent`, e.g. "coach -nsubj:pass-> sacked". */
function arcOf(s: ParsedSentence, dependent: string): string {
  const t = s.tokens.find((x) => x.form === dependent);
  if (!t) throw new Error(`no token ${JSON.stringify(dependent)} in: ${s.text}`);
  return `${dependent} -${t.deprel}-> ${t.head < 0 ? "ROOT" : s.tokens[t.head]!.form}`;
}

/** Indices of the tokens in the subtree of token `root`, in order. */
function subtree(s: ParsedSentence, root: number): number[] {
  const inside = (i: number): boolean => {
    for (let k = i, steps = 0; k >= 0 && steps <= s.tokens.length; k = s.tokens[k]!.head, steps++) if (k === root) return true;
    return false;
  };
  return s.tokens.map((_, i) => i).filter(inside);
}

describe("who did what to whom", () => {
  it("reads the board as the subject and the coach as the object of 'sacked'", () => {
    const s = parseSentence("The board sacked the coach on Monday.");
    expect(arcOf(s, "board")).toBe("board -nsubj-> sacked");
    expect(arcOf(s, "coach")).toBe("coach -obj-> sacked");
    expect(arcOf(s, "sacked")).toBe("sacked -root-> ROOT");
  });

  it("reads Chelsea as the agent of 'was sacked by Chelsea', and the coach as its passive subject", () => {
    const s = parseSentence("The coach was sacked by Chelsea on Monday.");
    expect(arcOf(s, "coach")).toBe("coach -nsubj:pass-> sacked");
    expect(arcOf(s, "was")).toBe("was -aux:pass-> sacked");
    expect(arcOf(s, "Chelsea")).toBe("Chelsea -obl:agent-> sacked");
    expect(arcOf(s, "by")).toBe("by -case-> Chelsea");
  });

  it("reads Rothschild as the agent of 'was advised by Rothschild & Co' (fixture)", () => {
    const s = fixtureSentence("business-lindqvist-moreau-deal.txt", "was advised by Rothschild");
    expect(arcOf(s, "Payments")).toMatch(/-nsubj:pass-> advised$/);
    expect(arcOf(s, "Rothschild")).toBe("Rothschild -obl:agent-> advised");
  });

  it("reads the drugmaker as the indirect and a foothold as the direct object of 'give' (fixture)", () => {
    const s = fixtureSentence("business-helix-acquisition.txt", "Helix chief executive Daniel Okafor said");
    expect(arcOf(s, "drugmaker")).toBe("drugmaker -iobj-> give");
    expect(arcOf(s, "foothold")).toBe("foothold -obj-> give");
    expect(arcOf(s, "give")).toBe("give -ccomp-> said");
  });
});

describe("roles, owners and titles around names", () => {
  it("reads 'president of Velar Mining' as an apposition to Marta Okonjo, with Velar Mining under 'president'", () => {
    const s = parseSentence("Marta Okonjo, president of Velar Mining, resigned on Friday.");
    expect(arcOf(s, "president")).toBe("president -appos-> Marta");
    expect(arcOf(s, "Velar")).toBe("Velar -nmod-> president");
    expect(arcOf(s, "Marta")).toBe("Marta -nsubj-> resigned");
  });

  it("reads 'the chief executive of Nordvik Air' as an apposition to Lena Dahl, with Nordvik Air under it", () => {
    const s = parseSentence("Lena Dahl, the chief executive of Nordvik Air, resigned on Friday.");
    expect(arcOf(s, "executive")).toBe("executive -appos-> Lena");
    expect(arcOf(s, "Air")).toBe("Air -nmod-> executive");
    expect(arcOf(s, "Lena")).toBe("Lena -nsubj-> resigned");
  });

  // Known misses, kept as failing expectations so a better model shows up here. EWT (web text)
  // never has "chief executive" as a noun — "executive" is always an adjective there ("executive
  // director") — so in news the title confuses the tagger and the parse around it.
  it.fails("known miss: 'Sundar Pichai, chief executive of Google' as an apposition (fixture)", () => {
    const s = fixtureSentence("diplomacy-scholz-pichai.txt", "Sundar Pichai, chief executive of Google");
    expect(arcOf(s, "executive")).toBe("executive -appos-> Sundar");
  });
  it.fails("known miss: 'Northwind's chief executive, Laura Whitfield' with Laura in apposition (fixture)", () => {
    const s = fixtureSentence("courts-northwind-ruling.txt", "Northwind's chief executive, Laura Whitfield");
    expect(arcOf(s, "Laura")).toBe("Laura -appos-> executive");
  });

  it("reads Northwind as the owner of 'Northwind's chief executive' (fixture)", () => {
    const s = fixtureSentence("courts-northwind-ruling.txt", "Northwind's chief executive, Laura Whitfield");
    expect(arcOf(s, "Northwind")).toBe("Northwind -nmod:poss-> executive");
    expect(arcOf(s, "'s")).toBe("'s -case-> Northwind");
  });

  it("reads the minister as the owner of 'the minister's letter'", () => {
    const s = parseSentence("The minister's letter reached the court on Tuesday.");
    expect(arcOf(s, "minister")).toBe("minister -nmod:poss-> letter");
    expect(arcOf(s, "letter")).toBe("letter -nsubj-> reached");
  });

  // EWT (this version) labels a title before a name nmod:desc ("President Bush"); it tags
  // "executive" as an adjective, so in "Helix chief executive Daniel Okafor" the title words
  // modify the name directly. What extraction needs holds whichever way the title is built: the
  // subject of "said" is the name, and the company and the title sit in its subtree.
  it("reads 'Helix chief executive Daniel Okafor' as one subject with the company and title inside it (fixture)", () => {
    const s = fixtureSentence("business-helix-acquisition.txt", "Helix chief executive Daniel Okafor said");
    const said = s.tokens.findIndex((t) => t.form === "said");
    const subject = s.tokens.findIndex((t) => t.head === said && t.deprel === "nsubj");
    expect(["Daniel", "Okafor"]).toContain(s.tokens[subject]?.form);
    const inside = subtree(s, subject).map((i) => s.tokens[i]!.form);
    expect(inside.join(" ")).toBe("Helix chief executive Daniel Okafor");
  });

  it("reads 'Finance Minister Tomas Berg' with the title on the name", () => {
    const s = parseSentence("Finance Minister Tomas Berg presented the budget on Tuesday.");
    expect(arcOf(s, "Minister")).toBe("Minister -nmod:desc-> Tomas");
    expect(arcOf(s, "Tomas")).toBe("Tomas -nsubj-> presented");
    expect(arcOf(s, "budget")).toBe("budget -obj-> presented");
  });

  it("reads 'President Gabriel Boric' as the agent of 'was endorsed by', with the title on the name (fixture)", () => {
    const s = fixtureSentence("elections-chile-runoff.txt", "endorsed by President Gabriel Boric");
    expect(arcOf(s, "Gabriel")).toBe("Gabriel -obl:agent-> endorsed");
    expect(arcOf(s, "President")).toBe("President -nmod:desc-> Gabriel");
  });
});

describe("conditions are not events", () => {
  it("reads 'If convicted' as a conditional clause on 'faces', not a statement that he was convicted", () => {
    const s = parseSentence("If convicted, he faces up to ten years in prison.");
    expect(arcOf(s, "convicted")).toBe("convicted -advcl-> faces");
    expect(arcOf(s, "If")).toBe("If -mark-> convicted");
    expect(arcOf(s, "he")).toBe("he -nsubj-> faces");
  });
});
