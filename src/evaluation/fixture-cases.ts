// Loads every gold file with its article, for the extraction tests and the eval script.
// The seed article lives outside the repository (../shared/seed, relative to the repo root) and
// is read from there, never copied in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { splitTitle } from "../ingest/read-inputs.ts";
import type { ArticleInputT } from "../extract/document.ts";
import type { Gold } from "./fixture-score.ts";

export const repoRoot = PROJECT_ROOT;

export interface GoldCase {
  name: string;
  gold: Gold;
  input: ArticleInputT;
}

export function loadGoldCases(): GoldCase[] {
  const dir = path.join(repoRoot, "tests/fixtures/gold");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Gold;
      const { title, text } = splitTitle(readFileSync(path.resolve(repoRoot, gold.source), "utf8"));
      const input: ArticleInputT = { text, ...(title ? { title } : {}), ...(gold.publishedAt ? { publishedAt: gold.publishedAt } : {}) };
      return { name: f.replace(/\.json$/, ""), gold, input };
    });
}
