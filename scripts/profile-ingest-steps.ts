// Times the synchronous steps of ingesting one 1 MB article (bench:load's) after extraction: the
// receipt of the document from the worker (a structured clone, v8.deserialize, against JSON.parse
// of the JSON text the worker posts, with or without prepareDocument's hash and sentence rows),
// validateDocument, documentHash and articleRows (splitting sentences itself, or given them). The
// pool's threads now run validateDocument, documentHash and the sentence split (prepareDocument);
// the event loop runs the receipt with the prepared facts and articleRows given the sentences.
// CPU milliseconds, median of 5 runs.
//
//   npx tsx scripts/profile-ingest-steps.ts
import v8 from "node:v8";
import { extractArticle } from "../src/extract/index.ts";
import { articleRows, documentHash, fromWire, prepareDocument, toWire, validateDocument } from "../src/ingest/article-rows.ts";
import { cpuSeconds } from "./cpu-time.ts";
import { bigArticle } from "./load-test-article.ts";

const doc = extractArticle(bigArticle(1));
const json = JSON.stringify(doc);
const clone = v8.serialize(doc);
const valid = validateDocument(JSON.parse(json));
const prepared = prepareDocument(valid);
const preparedJson = JSON.stringify(toWire(prepared));

function median(fn: () => void): number {
  const runs = Array.from({ length: 5 }, () => cpuSeconds(fn) * 1000).sort((a, b) => a - b);
  return runs[2]!;
}

const steps: [string, () => void][] = [
  ["receipt as a structured clone (v8.deserialize)", () => v8.deserialize(clone)],
  ["receipt as JSON text (JSON.parse)", () => JSON.parse(json)],
  ["validateDocument", () => validateDocument(JSON.parse(json))],
  ["documentHash", () => documentHash(valid)],
  ["articleRows", () => articleRows(valid, { contentHash: "0" })],
  ["receipt of prepareDocument's result as JSON text (with the sentence rows rebuilt; what the event loop does now)", () => fromWire(JSON.parse(preparedJson))],
  ["articleRows given the sentence rows (what the event loop does now)", () => articleRows(valid, { contentHash: "0", sentences: prepared.sentences })],
];
console.log(`document of one 1 MB article: ${(json.length / 1e6).toFixed(1)} MB of JSON`);
const parse = median(() => JSON.parse(json));
for (const [label, fn] of steps) {
  const ms = median(fn);
  // validateDocument is timed with the parse of its input; report it without.
  console.log(`${label}: ${(label === "validateDocument" ? ms - parse : ms).toFixed(0)} ms`);
}
