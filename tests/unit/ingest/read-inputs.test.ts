import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs, splitTitle, type InputItem } from "../../../src/ingest/read-inputs.ts";

async function collect(paths: string[], maxBytes?: number): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, maxBytes ? { maxBytes } : {})) out.push(item);
  return out;
}

describe("reading inputs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "read-inputs-"));
  mkdirSync(path.join(dir, "nested"));
  writeFileSync(path.join(dir, "a.txt"), "A headline\n\nBody text here.");
  writeFileSync(path.join(dir, "nested", "b.md"), "Body only, no title line.");
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "bin.txt"), Buffer.from([0x00, 0x01, 0x02, 0x41]));
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  writeFileSync(path.join(dir, "big.txt"), "x".repeat(2000));
  writeFileSync(
    path.join(dir, "batch.jsonl"),
    ['{"id":"one","text":"Hello.","publishedAt":"2025-01-02"}', "{not json", '{"title":"no text"}', "", '{"text":"Second."}'].join("\n"),
  );

  it("yields articles and rejections with file and line", async () => {
    const items = await collect([dir], 1000);
    const ok = items.filter((i) => i.ok);
    const bad = items.flatMap((i) => (i.ok ? [] : [i.rejection]));
    expect(ok.map((i) => (i.ok ? i.article.text : ""))).toEqual(expect.arrayContaining(["Body text here.", "Hello.", "Second.", "Body only, no title line."]));
    const reason = (f: string, line?: number) => bad.find((r) => r.file.endsWith(f) && r.line === line)?.reason ?? "";
    expect(reason("empty.txt")).toMatch(/empty/);
    expect(reason("bin.txt")).toMatch(/binary/);
    expect(reason("latin1.txt")).toMatch(/not valid UTF-8: convert it first, e\.g\. iconv -f WINDOWS-1252 -t UTF-8/);
    expect(reason("big.txt")).toMatch(/larger than 1000/);
    expect(reason("batch.jsonl", 2)).toMatch(/malformed JSON/);
    expect(reason("batch.jsonl", 3)).toMatch(/missing text/);
  });
  it("takes a short first line as the title", () => {
    expect(splitTitle("A headline\n\nBody.")).toEqual({ title: "A headline", text: "Body." });
    expect(splitTitle("A long first sentence that ends with a stop.\nMore.").title).toBeUndefined();
  });
  it("reports a missing path as a rejection", async () => {
    const items = await collect([path.join(dir, "nope.txt")]);
    expect(items[0]?.ok).toBe(false);
  });

  it("says what to do: no such file, text must be a string; and counts the files it skips", async () => {
    const own = mkdtempSync(path.join(tmpdir(), "read-inputs-messages-"));
    writeFileSync(path.join(own, "numbers.jsonl"), '{"text": 42}\n');
    writeFileSync(path.join(own, "photo.jpg"), "not an article");
    writeFileSync(path.join(own, "notes.pdf"), "not an article");
    const skipped: string[] = [];
    const items: InputItem[] = [];
    for await (const item of readInputs([own, path.join(own, "missing.txt")], { onSkip: (f) => skipped.push(path.basename(f)) })) items.push(item);
    const reasons = items.flatMap((i) => (i.ok ? [] : [i.rejection.reason]));
    expect(reasons).toContain("text must be a string (the article's plain text).");
    expect(reasons).toContain("no such file or directory: check the path");
    expect(skipped.sort()).toEqual(["notes.pdf", "photo.jpg"]);
  });
});
