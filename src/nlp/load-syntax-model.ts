// Loading the committed syntax model (models/syntax-en-ewt.bin) once, lazily, and caching it:
// the only I/O in src/nlp. A missing or damaged file is an error that says how to get a good one.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeSyntaxModel, ModelFileError } from "./model-file.ts";
import { SyntaxModel } from "./syntax-model.ts";

export const DEFAULT_MODEL_FILE = fileURLToPath(new URL("../../models/syntax-en-ewt.bin", import.meta.url));

const cache = new Map<string, SyntaxModel>();

/** The model in `file` (default: the committed one), read and decoded on first use. */
export function loadSyntaxModel(file: string = DEFAULT_MODEL_FILE): SyntaxModel {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) {
    throw new ModelFileError(
      `The syntax model file ${file} is missing. It is committed in models/; restore it with git, or rebuild it with \`npm run train:syntax\` (needs ../shared/corpora/ud-english-ewt).`,
    );
  }
  const bytes = readFileSync(file);
  const model = new SyntaxModel(decodeSyntaxModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file));
  cache.set(file, model);
  return model;
}
