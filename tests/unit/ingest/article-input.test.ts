// The one article input the ingest CLI and the ingestArticle mutation share: the same rules, the
// same messages, whichever edge the article comes through.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleInput } from "../../../src/ingest/article-input.ts";
import { readInputs, type InputRejection } from "../../../src/ingest/read-inputs.ts";

const problems = (value: unknown, maxBytes = 1000) => {
  const r = parseArticleInput(value, maxBytes);
  return r.ok ? [] : r.problems;
};

async function rejections(name: string, content: string): Promise<InputRejection[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "article-input-"));
  fs.writeFileSync(path.join(dir, name), content);
  const out: InputRejection[] = [];
  for await (const item of readInputs([dir], { maxBytes: 1000 })) if (!item.ok) out.push(item.rejection);
  return out;
}

describe("article input", () => {
  it("accepts an article with every field and leaves absent ones out", () => {
    expect(parseArticleInput({ text: "Body.", id: "a-1", title: "T", url: "https://example.org/a", publishedAt: "2025-08-16" }, 1000)).toEqual({
      ok: true,
      article: { text: "Body.", id: "a-1", title: "T", url: "https://example.org/a", publishedAt: "2025-08-16" },
    });
    expect(parseArticleInput({ text: "Body.", id: null, title: "", url: null }, 1000)).toEqual({ ok: true, article: { text: "Body." } });
  });

  it("refuses a javascript: url", () => {
    expect(problems({ text: "Body.", url: "javascript:alert(1)" })).toEqual([{ field: "url", message: "url must be an http(s) URL." }]);
  });

  it("refuses a publishedAt that is not an ISO date", () => {
    expect(problems({ text: "Body.", publishedAt: "yesterday" })).toEqual([
      { field: "publishedAt", message: "publishedAt must be an ISO 8601 date or date-time, e.g. 2025-08-16." },
    ]);
    expect(problems({ text: "Body.", publishedAt: "2025-02-30T25:00Z" })).toHaveLength(1);
  });

  it("bounds the lengths of id, title and url", () => {
    expect(problems({ text: "Body.", id: "x".repeat(201) })).toEqual([{ field: "id", message: "id must be at most 200 characters." }]);
    expect(problems({ text: "Body.", title: "x".repeat(501) })).toEqual([{ field: "title", message: "title must be at most 500 characters." }]);
    expect(problems({ text: "Body.", url: `https://example.org/${"x".repeat(2048)}` })).toEqual([{ field: "url", message: "url must be at most 2048 characters." }]);
  });

  it("refuses an empty text, a text over the limit, an empty id and an id with #", () => {
    expect(problems({ text: "  " })).toEqual([{ field: "text", message: "text is empty: send the article text." }]);
    expect(problems({ text: "é".repeat(600) })).toEqual([{ field: "text", message: "text is 1200 bytes; the limit is 1000 (MAX_ARTICLE_BYTES)." }]);
    expect(problems({ text: "Body.", id: "" })[0]?.field).toBe("id");
    expect(problems({ text: "Body.", id: "a#b" })).toEqual([{ field: "id", message: "id must be non-empty and must not contain #." }]);
  });

  it("says what is missing when a value is not an article", () => {
    expect(problems({ title: "no text" })).toEqual([{ field: "text", message: "missing text: send the article text." }]);
    expect(problems(42)[0]?.message).toMatch(/must be an object/);
    expect(problems({ text: "Body.", title: 7 })).toEqual([{ field: "title", message: "title must be a string." }]);
  });

  it("gives the CLI the same message for a .jsonl line as the mutation gets", async () => {
    const [r] = await rejections("batch.jsonl", '{"text":"Body.","url":"javascript:alert(1)"}\n');
    expect(r).toMatchObject({ line: 1, reason: "url must be an http(s) URL." });
  });

  it("gives the CLI the same message for front matter, saying where it came from", async () => {
    const [r] = await rejections("a.md", "---\nid: a-1\npublishedAt: yesterday\n---\nBody.\n");
    expect(r?.reason).toBe("invalid front matter: publishedAt must be an ISO 8601 date or date-time, e.g. 2025-08-16.");
  });
});
