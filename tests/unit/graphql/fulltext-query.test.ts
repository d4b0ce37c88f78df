import { describe, expect, it } from "vitest";
import { escapeLucene, phraseQuery, searchQuery } from "../../../src/graphql/fulltext-query.ts";

describe("full-text queries", () => {
  it("makes every word required, exact, prefix or fuzzy", () => {
    expect(searchQuery("kremln")).toBe("+(kremln^3 OR kremln* OR kremln~2)");
    expect(searchQuery("Vladimir  Putin")).toBe("+(vladimir^3 OR vladimir* OR vladimir~2) +(putin^3 OR putin* OR putin~1)");
  });

  it("escapes Lucene syntax in user input", () => {
    expect(escapeLucene('a:b (c) "d" ~ * ? \\ / && ||')).toBe('a\\:b \\(c\\) \\"d\\" \\~ \\* \\? \\\\ \\/ \\&\\& \\|\\|');
    expect(searchQuery("*:*")).toBe("+(\\*\\:\\*^3 OR \\*\\:\\** OR \\*\\:\\*~1)");
  });

  it("quotes a whole name as a phrase", () => {
    expect(phraseQuery(' Putin "the" ')).toBe('"Putin \\"the\\""');
    expect(phraseQuery("   ")).toBeNull();
  });
});
