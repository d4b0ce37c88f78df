// One thread of the extraction pool (extraction-pool.ts): loads the extractor once (its word lists,
// lexicons and, later, its model files stay warm for the thread's life) and answers
// { id, article } messages with { id, prepared } (the document validated, hashed and split into
// sentence rows: prepareDocument), { id, doc } or { id, error }.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import type { ArticleInputT } from "../extract/document.ts";
import { extractArticle } from "../extract/index.ts";
import { InvalidDocumentError, prepareDocument, toWire } from "./article-rows.ts";

export interface ExtractionRequest {
  id: number;
  article: ArticleInputT;
}

/**
 * `doc` is the extraction document as JSON text. Posted as an object, the main thread would rebuild
 * it from the structured clone in one synchronous step (about 110 ms for a 1 MB article's 11.6 MB
 * document, more on a busy machine) while other requests wait; a string crosses as one copy and
 * JSON.parse rebuilds the same document in about a third of that time (scripts/profile-ingest-steps.ts).
 */
export type ExtractionReply =
  | { id: number; doc: string }
  /** JSON text of a PreparedWire: prepareDocument's result. */
  | { id: number; prepared: string }
  | { id: number; error: { name: string; message: string } };

if (!parentPort) throw new Error("extraction-worker.ts runs as a worker thread of extraction-pool.ts");
const port = parentPort;

// Extraction is batch work; serving requests is not. On Linux a thread has its own nice value and
// os.setPriority(0, …) sets the calling thread's, so this thread yields the CPU to the event loop
// (and to Neo4j on the same machine) whenever both want it, and takes all the idle CPU otherwise.
// Elsewhere it may lower the whole process or be refused; both are harmless, so errors are ignored.
if (process.platform === "linux") {
  try {
    os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  } catch {
    // not permitted here: extraction keeps the default priority
  }
}

// Warm up before the first article arrives: the first extraction loads everything it needs.
extractArticle({ text: "Warm-up sentence for the extraction worker." });
port.postMessage({ ready: true });

port.on("message", ({ id, article }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    const doc = extractArticle(article);
    // Validated, hashed and split here rather than on the event loop (prepareDocument). A document
    // the validator refuses goes as it is: ingestDocument refuses it with the validator's message.
    let prepared: ReturnType<typeof prepareDocument> | null = null;
    try {
      prepared = prepareDocument(doc);
    } catch (err) {
      if (!(err instanceof InvalidDocumentError)) throw err;
    }
    reply = prepared ? { id, prepared: JSON.stringify(toWire(prepared)) } : { id, doc: JSON.stringify(doc) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
