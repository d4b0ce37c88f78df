// Tests that read ../shared (the seed article, dev-news, corpora, lexicons: kept beside the
// checkout, never copied into it) skip with a message naming the missing path when it is absent,
// instead of failing with a raw ENOENT. src/extract and src/evaluation stay as they are: the
// guards live here and in the test files.
import fs from "node:fs";
import path from "node:path";
import { beforeEach } from "vitest";
import { PROJECT_ROOT } from "../src/config/config.ts";
import type { ArticleInputT } from "../src/extract/document.ts";
import { loadGoldCases, type GoldCase } from "../src/evaluation/fixture-cases.ts";
import type { Gold } from "../src/evaluation/fixture-score.ts";
import { splitTitle } from "../src/ingest/read-inputs.ts";

export const SHARED_DIR = path.resolve(PROJECT_ROOT, "..", "shared");

export interface SharedFile {
  readonly path: string;
  readonly present: boolean;
  /** "needs ../shared/seed/x.txt (absent here)": for test titles and skip notes. */
  readonly why: string;
}

const warned = new Set<string>();

/** A file or folder under ../shared; warns once per path when it is absent. */
export function sharedFile(relative: string): SharedFile {
  const file = path.join(SHARED_DIR, relative);
  const present = fs.existsSync(file);
  const why = `needs ../shared/${relative} (absent here; it lives beside the checkout)`;
  if (!present && !warned.has(relative)) {
    warned.add(relative);
    process.stderr.write(`[tests] skipping what ${why}\n`);
  }
  return { path: file, present, why };
}

/** Skips every test of the current file (or describe block) when `file` is absent, saying why. */
export function skipEachWithout(file: SharedFile): void {
  if (file.present) return;
  beforeEach((ctx) => {
    ctx.skip(file.why);
  });
}

/**
 * The gold cases whose article is present: what loadGoldCases returns, minus the cases read from
 * an absent ../shared (loadGoldCases would throw ENOENT for those), read the same way.
 */
export function presentGoldCases(): { cases: GoldCase[]; missing: SharedFile[] } {
  const dir = path.join(PROJECT_ROOT, "tests", "fixtures", "gold");
  const missing: SharedFile[] = [];
  const cases: GoldCase[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Gold;
    const source = path.resolve(PROJECT_ROOT, gold.source);
    if (!fs.existsSync(source) && source.startsWith(SHARED_DIR + path.sep)) {
      missing.push(sharedFile(path.relative(SHARED_DIR, source)));
      continue;
    }
    const { title, text } = splitTitle(fs.readFileSync(source, "utf8"));
    const input: ArticleInputT = { text, ...(title ? { title } : {}), ...(gold.publishedAt ? { publishedAt: gold.publishedAt } : {}) };
    cases.push({ name: f.replace(/\.json$/, ""), gold, input });
  }
  return { cases: missing.length ? cases : loadGoldCases(), missing };
}
