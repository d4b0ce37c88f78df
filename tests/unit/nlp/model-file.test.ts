// The model file is ours and checked: it loads without the corpus, survives an encode/decode
// round trip byte for byte, and a missing, truncated or altered file is refused with a message
// that says what to do instead of being half-loaded.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_FILE, loadSyntaxModel, ModelFileError } from "../../../src/nlp/index.ts";
import { decodeSyntaxModel, encodeSyntaxModel } from "../../../src/nlp/model-file.ts";

const bytes = new Uint8Array(readFileSync(DEFAULT_MODEL_FILE));

describe("the syntax model file", () => {
  it("loads the committed model and knows EWT's tags and relations", () => {
    const m = loadSyntaxModel();
    expect(m.data.tagger.classes.map((c) => c.upos)).toContain("PROPN");
    expect(m.data.parser.labels).toEqual(expect.arrayContaining(["nsubj", "obj", "nsubj:pass", "obl:agent", "appos", "nmod:poss", "acl:relcl"]));
  });

  it("re-encodes to the same bytes", () => {
    expect(Buffer.from(encodeSyntaxModel(decodeSyntaxModel(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it("says how to get a model when the file is missing", () => {
    expect(() => loadSyntaxModel(path.join(os.tmpdir(), "no-such-model.bin"))).toThrow(/missing.*npm run train:syntax/);
  });

  it("refuses a truncated file", () => {
    expect(() => decodeSyntaxModel(bytes.subarray(0, bytes.length - 100))).toThrow(ModelFileError);
  });

  it("refuses a file with one byte changed (checksum)", () => {
    const bad = bytes.slice();
    const at = Math.floor(bad.length / 2);
    bad[at] = bad[at]! ^ 0x55;
    expect(() => decodeSyntaxModel(bad)).toThrow(/checksum/);
  });

  it("refuses a file that is not a syntax model", () => {
    expect(() => decodeSyntaxModel(new TextEncoder().encode("# not a model\n".repeat(10)))).toThrow(/signature/);
  });
});
