// The arcs extraction will read, on news sentences: who did it (nsubj), to what (obj), who it was
// done to in a passive and by whom (nsubj:pass, obl:agent), the role given beside a name (appos),
// whose it is (nmod:poss) and the title before a name. Sentences come from the fixture articles or
// are written for this test; the model is the committed one (no training here).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedSentence, parseSentence, parseText } from "../../../src/nlp/index.ts";
import { repoRoot } from "../extract/load-gold.ts";

function fixtureSentence(file: string, containing: string): ParsedSentence {
  const text = readFileSync(path.join(repoRoot, "tests/fixtures/articles", file), "utf8");
  const s = parseText(text).find((p) => p.text.includes(containing));
  if (!s) throw new Error(`no sentence of ${file} contains ${JSON.stringify(containing)}`);
  return s;
}

/** "dependent -deprel-> head" for the first token spelled `dependent`, e.g. "coach -nsubj:pass-> sacked". */
function arcOf(s: ParsedSentence, dependent: string): string {
  const t = s.tokens.find((x) => x.form === dependent);
  if (!t) throw new Error(`no token ${JSON.stringify(dependent)} in: ${s.text}`);
  return `${dependent} -${t.deprel}-> ${t.head < 0 ? "ROOT" : s.tokens[t.head]!.form}`;
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

  it("reads 'chief executive of Google' as an apposition to Sundar Pichai (fixture)", () => {
    const s = fixtureSentence("diplomacy-scholz-pichai.txt", "Sundar Pichai, chief executive of Google");
    expect(arcOf(s, "executive")).toBe("executive -appos-> Sundar");
    expect(arcOf(s, "Google")).toBe("Google -nmod-> executive");
  });

  it("reads Northwind as the owner of 'Northwind's chief executive' and Laura Whitfield as her name (fixture)", () => {
    const s = fixtureSentence("courts-northwind-ruling.txt", "Northwind's chief executive, Laura Whitfield");
    expect(arcOf(s, "Northwind")).toBe("Northwind -nmod:poss-> executive");
    expect(arcOf(s, "'s")).toBe("'s -case-> Northwind");
    expect(arcOf(s, "Laura")).toBe("Laura -appos-> executive");
  });

  it("reads the minister as the owner of 'the minister's letter'", () => {
    const s = parseSentence("The minister's letter reached the court on Tuesday.");
    expect(arcOf(s, "minister")).toBe("minister -nmod:poss-> letter");
    expect(arcOf(s, "letter")).toBe("letter -nsubj-> reached");
  });

  // EWT (this version) labels a title before a name nmod:desc ("President Bush"), with the
  // organisation as a compound of the title.
  it("reads 'Helix chief executive Daniel Okafor' as a title on the name, with Helix on the title (fixture)", () => {
    const s = fixtureSentence("business-helix-acquisition.txt", "Helix chief executive Daniel Okafor said");
    expect(arcOf(s, "executive")).toBe("executive -nmod:desc-> Daniel");
    expect(arcOf(s, "Helix")).toBe("Helix -compound-> executive");
    expect(arcOf(s, "Okafor")).toBe("Okafor -flat-> Daniel");
    expect(arcOf(s, "Daniel")).toBe("Daniel -nsubj-> said");
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
