// The team's original sample articles, loaded by `npm start` into an empty database so a new
// user sees a graph at once.
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { readInputs } from "./read-inputs.ts";
import { ingestStream, type IngestSummary } from "./ingest-stream.ts";
import type { ExtractionPool } from "./extraction-pool.ts";
import type { IngestOutcome } from "./ingest-article.ts";

type Announce = (committed: readonly IngestOutcome[]) => Promise<void>;

export const SAMPLE_ARTICLES_DIR = path.join(PROJECT_ROOT, "scripts", "sample-articles");

/**
 * Ingests the sample articles when the database has no article yet; returns null when it had some.
 * With a pool, extraction runs on its threads (as at `npm start`).
 */
export async function loadSamplesIfEmpty(db: Database, pool?: ExtractionPool, announce?: Announce): Promise<IngestSummary | null> {
  const [row] = await db.read((tx) => tx.run("read/has-articles"));
  if (row?.hasArticles) return null;
  return loadSamples(db, pool, announce);
}

/** Ingests the sample articles (exactly what `npm start` loads into an empty database). */
export function loadSamples(db: Database, pool?: ExtractionPool, announce?: Announce): Promise<IngestSummary> {
  return ingestStream(db, readInputs([SAMPLE_ARTICLES_DIR]), { ...(pool ? { extract: (a) => pool.extract(a, { wait: true }) } : {}), announce });
}
