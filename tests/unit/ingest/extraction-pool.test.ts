// The extraction pool: the same documents as extracting in-thread, the event loop free meanwhile,
// a coded refusal when full (or waiting with back-pressure), extractor errors as values, and a
// graceful close. Real worker threads.
import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { documentHash, preparedFacts, sentenceRows, validateDocument } from "../../../src/ingest/article-rows.ts";
import { createExtractionPool, ExtractionError, ExtractionPoolClosedError, ExtractionPoolFullError } from "../../../src/ingest/extraction-pool.ts";

const ARTICLE = { id: "pool-1", text: "Russian President Vladimir Putin met Donald Trump in Anchorage on Friday. Putin said Russia wanted peace." };
const big = { id: "pool-big", text: "Prime Minister Elena Varga met Tomas Lindqvist in Geneva on Friday. ".repeat(4_000) };
const pool = createExtractionPool({ workers: 1, maxQueue: 1 });
afterAll(() => pool.close());

describe("extraction pool", { timeout: 120_000 }, () => {
  it("returns the document extractArticle returns", async () => {
    expect(await pool.extract(ARTICLE)).toEqual(extractArticle(ARTICLE));
  });

  it("hands the document over validated, hashed and split into sentences on its thread, as ingestDocument would", async () => {
    const doc = await pool.extract(ARTICLE);
    const facts = preparedFacts(doc);
    const local = validateDocument(extractArticle(ARTICLE));
    expect(facts?.contentHash).toBe(documentHash(local));
    expect(facts?.sentences).toEqual(sentenceRows(local.article));
    expect(facts?.sentences.map((s) => s.text)).toEqual(["Russian President Vladimir Putin met Donald Trump in Anchorage on Friday.", "Putin said Russia wanted peace."]);
    // Only that very object: a copy (or a document from elsewhere) is validated again by ingestDocument.
    expect(preparedFacts(structuredClone(doc))).toBeUndefined();
    expect(preparedFacts(extractArticle(ARTICLE))).toBeUndefined();
  });

  it("leaves the event loop free while it extracts", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await pool.extract(big);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it("refuses with EXTRACTION_BUSY when the queue is full, and waits for room with { wait: true }", async () => {
    const running = pool.extract(big);
    const queued = pool.extract(ARTICLE);
    const refused = await pool.extract(ARTICLE).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExtractionPoolFullError);
    expect((refused as ExtractionPoolFullError).code).toBe("EXTRACTION_BUSY");
    const waited = pool.extract(ARTICLE, { wait: true });
    await Promise.all([running, queued]);
    expect((await waited).article.id).toBe("pool-1");
  });

  it("reports what the extractor refuses as an ExtractionError", async () => {
    await expect(pool.extract({ text: "" })).rejects.toThrow(ExtractionError);
  });

  it("finishes accepted articles on close, then refuses new ones", async () => {
    const own = createExtractionPool({ workers: 1 });
    const accepted = own.extract(ARTICLE);
    const closing = own.close();
    expect((await accepted).article.id).toBe("pool-1");
    await closing;
    await expect(own.extract(ARTICLE)).rejects.toThrow(ExtractionPoolClosedError);
  });
});
