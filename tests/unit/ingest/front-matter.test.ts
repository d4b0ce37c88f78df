import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs, splitFrontMatter, type InputItem } from "../../../src/ingest/read-inputs.ts";

async function readAll(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

describe("article front matter", () => {
  it("takes id, title, url and publication date from a leading --- block", () => {
    const { meta, body } = splitFrontMatter("---\nid: a-1\ntitle: \"Harbour deal\"\ndate: 2026-03-10\nurl: https://example.org/a\ncolour: blue\n---\nBody text.");
    expect(meta).toEqual({ id: "a-1", title: "Harbour deal", publishedAt: "2026-03-10", url: "https://example.org/a" });
    expect(body).toBe("Body text.");
  });

  it("leaves a file without front matter untouched", () => {
    expect(splitFrontMatter("Title\n\nBody.")).toEqual({ meta: {}, body: "Title\n\nBody." });
  });

  it("reads the metadata into the article and keeps the body as its text", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-"));
    fs.writeFileSync(path.join(dir, "a.md"), "---\nid: fm-1\ntitle: Court rules\npublishedAt: 2026-01-02\n---\nJudges ruled on Friday.\n");
    const [item] = await readAll([dir]);
    expect(item).toMatchObject({ ok: true, article: { id: "fm-1", title: "Court rules", publishedAt: "2026-01-02", text: "Judges ruled on Friday.\n" } });
  });

  it("ships sample articles that all carry an id, a title and a publication date", async () => {
    const items = await readAll([path.join(__dirname, "..", "..", "..", "scripts", "sample-articles")]);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) {
      expect(item.ok).toBe(true);
      if (item.ok) expect(item.article).toMatchObject({ id: expect.stringMatching(/^sample-/), title: expect.any(String), publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
  });
});
