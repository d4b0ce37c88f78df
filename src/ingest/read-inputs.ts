// Reads articles from paths for the extract and ingest CLIs and the sample loader: one reusable
// reader so all treat bad input the same way, validated by the same article input as the
// ingestArticle mutation (article-input.ts).
//
// API:
//   for await (const item of readInputs(paths, { maxBytes })) {
//     if (item.ok) use(item.article, item.source)   // article: ArticleInputT; source: { file, line? }
//     else report(item.rejection)                    // rejection: { file, line?, reason }
//   }
// Paths may be `.txt`/`.md` files, directories (walked recursively, in sorted order, keeping
// .txt/.md/.jsonl files), or `.jsonl` files of { id?, title?, text, url?, publishedAt? } (one
// article per line; blank lines skipped). In a .txt/.md file the first line is taken as the title
// when it looks like one (short, no final full stop, followed by more text); the text is the rest.
// Each input yields either an article or a rejection with its file and line: not UTF-8, binary,
// empty, larger than maxBytes, malformed JSON line, missing or empty text. Nothing throws for bad
// input; only an unreadable path (permissions, vanished file) becomes a rejection too. Metadata
// and text are checked by parseArticleInput: an http(s) url, an ISO publishedAt, bounded lengths.
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { ArticleInputT } from "../extract/document.ts";
import { parseArticleInput } from "./article-input.ts";

export interface InputSource {
  file: string;
  line?: number;
}
export interface InputRejection {
  file: string;
  line?: number;
  reason: string;
}
export type InputItem =
  | { ok: true; article: ArticleInputT; source: InputSource }
  | { ok: false; rejection: InputRejection };

export interface ReadInputsOptions {
  /** Largest accepted article (a .txt/.md file, or one .jsonl line), in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Largest accepted .jsonl file, in bytes. Default 1 GiB. */
  maxJsonlBytes?: number;
  /** Called for each file of a walked directory that is not .txt, .md or .jsonl (so CLIs can count them). */
  onSkip?: (file: string) => void;
}

/** What to do about a path that cannot be read, by its error code. */
function cannotRead(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory: check the path";
  if (code === "EACCES" || code === "EPERM") return "permission denied: check the file's permissions";
  if (code === "EISDIR") return "is a directory";
  return `cannot read: ${code ?? String(err)}`;
}

const NOT_UTF8 = "not valid UTF-8: convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.txt (or save it as UTF-8)";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set([".txt", ".md"]);

const utf8 = new TextDecoder("utf-8", { fatal: true });

function looksBinary(buf: Uint8Array): boolean {
  // NUL bytes never occur in text; a few control characters do not either.
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

const FRONT_MATTER_KEYS: Record<string, "id" | "title" | "url" | "publishedAt"> = {
  id: "id",
  title: "title",
  url: "url",
  publishedat: "publishedAt",
  published: "publishedAt",
  date: "publishedAt",
};

/**
 * Optional front matter at the top of a .txt/.md article: `---`, then `key: value` lines (id,
 * title, url, publishedAt — or published/date), then `---`. Unknown keys are ignored.
 */
export function splitFrontMatter(content: string): { meta: Partial<Record<"id" | "title" | "url" | "publishedAt", string>>; body: string } {
  const text = content.replace(/^\uFEFF/, "");
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Partial<Record<"id" | "title" | "url" | "publishedAt", string>> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line.trim());
    const key = kv && FRONT_MATTER_KEYS[kv[1]!.toLowerCase()];
    if (key && kv[2]) meta[key] = kv[2].replace(/^["']|["']$/g, "").trim();
  }
  return { meta, body: text.slice(m[0].length) };
}

/** Title heuristic for plain-text articles: a short first line without a final full stop. */
export function splitTitle(content: string): { title?: string; text: string } {
  const text = content.replace(/^\uFEFF/, "");
  const nl = text.indexOf("\n");
  if (nl < 0) return { text };
  const first = text.slice(0, nl).replace(/^#+\s*/, "").trim();
  const rest = text.slice(nl + 1).replace(/^\s*\n/, "");
  const isTitle = first.length > 0 && first.length <= 200 && !/[.,;:]$/.test(first) && rest.trim().length > 0 && first.split(/\s+/).length <= 30;
  return isTitle ? { title: first, text: rest } : { text };
}

async function* walk(p: string, onSkip?: (file: string) => void): AsyncGenerator<string | InputRejection> {
  let st;
  try {
    st = await stat(p);
  } catch (err) {
    yield { file: p, reason: cannotRead(err) };
    return;
  }
  if (st.isDirectory()) {
    const names = (await readdir(p)).sort();
    for (const n of names) {
      const child = path.join(p, n);
      const cst = await stat(child).catch(() => null);
      if (cst?.isDirectory()) yield* walk(child, onSkip);
      else if (TEXT_EXTENSIONS.has(path.extname(n).toLowerCase()) || path.extname(n).toLowerCase() === ".jsonl") yield child;
      else onSkip?.(child);
    }
  } else {
    yield p;
  }
}

async function readBytes(file: string, limit: number): Promise<{ buf: Uint8Array; tooLarge: boolean; size: number }> {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    if (size > limit) return { buf: new Uint8Array(), tooLarge: true, size };
    const buf = new Uint8Array(size);
    await fh.read(buf, 0, size, 0);
    return { buf, tooLarge: false, size };
  } finally {
    await fh.close();
  }
}

function decode(buf: Uint8Array): string | null {
  try {
    return utf8.decode(buf);
  } catch {
    return null;
  }
}

function* readJsonl(file: string, content: string, maxBytes: number): Generator<InputItem> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, "");
    const line = i + 1;
    if (!raw.trim()) continue;
    if (Buffer.byteLength(raw, "utf8") > maxBytes) {
      yield { ok: false, rejection: { file, line, reason: `line larger than ${maxBytes} bytes: split the article or raise the limit (--max-bytes, MAX_ARTICLE_BYTES)` } };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      yield { ok: false, rejection: { file, line, reason: `malformed JSON: ${(err as Error).message}` } };
      continue;
    }
    const parsed = parseArticleInput(value, maxBytes);
    if (!parsed.ok) {
      yield { ok: false, rejection: { file, line, reason: parsed.problems.map((p) => p.message).join("; ") } };
      continue;
    }
    yield { ok: true, article: parsed.article, source: { file, line } };
  }
}

export async function* readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxJsonlBytes = options.maxJsonlBytes ?? 1024 * 1024 * 1024;
  for (const p of paths) {
    for await (const entry of walk(p, options.onSkip)) {
      if (typeof entry !== "string") {
        yield { ok: false, rejection: entry };
        continue;
      }
      const file = entry;
      const isJsonl = path.extname(file).toLowerCase() === ".jsonl";
      let read;
      try {
        read = await readBytes(file, isJsonl ? maxJsonlBytes : maxBytes);
      } catch (err) {
        yield { ok: false, rejection: { file, reason: cannotRead(err) } };
        continue;
      }
      if (read.tooLarge) {
        yield { ok: false, rejection: { file, reason: isJsonl
              ? `larger than ${maxJsonlBytes} bytes (${read.size}): split the .jsonl file`
              : `larger than ${maxBytes} bytes (${read.size}): split the article or raise the limit (--max-bytes, MAX_ARTICLE_BYTES)` } };
        continue;
      }
      if (read.size === 0) {
        yield { ok: false, rejection: { file, reason: "empty" } };
        continue;
      }
      if (looksBinary(read.buf)) {
        yield { ok: false, rejection: { file, reason: "binary content" } };
        continue;
      }
      const content = decode(read.buf);
      if (content === null) {
        yield { ok: false, rejection: { file, reason: NOT_UTF8 } };
        continue;
      }
      if (isJsonl) {
        yield* readJsonl(file, content, maxBytes);
        continue;
      }
      if (!content.trim()) {
        yield { ok: false, rejection: { file, reason: "empty" } };
        continue;
      }
      const { meta, body } = splitFrontMatter(content);
      const { title, text } = meta.title ? { title: meta.title, text: body.replace(/^\s*\n/, "") } : splitTitle(body);
      const article = parseArticleInput({ ...meta, text, ...(title ? { title } : {}) }, maxBytes);
      if (!article.ok) {
        const reason = article.problems.map((p) => (p.field === "text" ? p.message : `invalid front matter: ${p.message}`)).join("; ");
        yield { ok: false, rejection: { file, reason } };
        continue;
      }
      yield { ok: true, article: article.article, source: { file } };
    }
  }
}

/**
 * How many articles readInputs will yield for these paths (files, plus non-blank lines of .jsonl
 * files), without parsing them: lets progress reporting show an ETA.
 */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const p of paths) {
    for await (const entry of walk(p)) {
      if (typeof entry !== "string" || path.extname(entry).toLowerCase() !== ".jsonl") {
        n++;
        continue;
      }
      const fh = await open(entry, "r").catch(() => null);
      if (!fh) {
        n++;
        continue;
      }
      try {
        for await (const line of fh.readLines()) if (line.trim()) n++;
      } finally {
        await fh.close();
      }
    }
  }
  return n;
}
