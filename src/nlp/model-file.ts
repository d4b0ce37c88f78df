// The syntax model's binary file format (models/syntax-en-ewt.bin), ours and versioned:
//
//   "NGSYNTAX"  8 bytes magic
//   u32         format version (FORMAT_VERSION)
//   u32         byte length of the JSON header
//   JSON        tag classes, labels, lemma rules, tag dictionary, training facts, table sizes
//   per weight table (tagger, parser), 4-byte aligned:
//               u32 keys[nFeatures], u8 counts[nFeatures], u8 classes[nEntries], i16 weights[nEntries]
//   u32         FNV-1a checksum of every byte before it
//   "END."      4 bytes
//
// Little-endian throughout. Decoding checks magic, version, sizes and checksum and says which
// failed, so a truncated or hand-edited file is reported, never half-loaded. Encoding is a pure
// function of the model: no timestamps, so training twice gives byte-identical files.
import { leftArc } from "./arc-eager.ts";
import type { LemmatizerModel } from "./lemmatizer.ts";
import type { ParserModel } from "./parser.ts";
import { SparseWeights, type WeightTableData } from "./sparse-weights.ts";
import type { TagClass, TagDictionaryEntry, TaggerModel } from "./tagger.ts";

export const FORMAT_VERSION = 1;
const MAGIC = "NGSYNTAX";
const END = "END.";

export interface SyntaxModelData {
  tagger: TaggerModel;
  parser: ParserModel;
  lemmatizer: LemmatizerModel;
  /** Facts about the training run, for the README and the eval report. */
  info: Record<string, unknown>;
}

export class ModelFileError extends Error {}

interface Header {
  format: number;
  info: Record<string, unknown>;
  tagger: { classes: TagClass[]; dictionary: Array<[string, number, number]> };
  parser: { labels: string[]; rootLabel: number; leftLabels: number[]; rightLabels: number[] };
  lemmatizer: { maxSuffix: number; words: Array<[string, string]>; suffixes: Array<[string, string]> };
  tables: Array<{ name: string; nClasses: number; nFeatures: number; nEntries: number; scale: number }>;
}

function fnv1a(bytes: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const align4 = (n: number): number => (n + 3) & ~3;

function tableBytes(t: WeightTableData): number {
  const f = t.keys.length;
  const e = t.classes.length;
  return align4(f * 4 + f) + align4(e) + align4(e * 2);
}

export function encodeSyntaxModel(m: SyntaxModelData): Uint8Array {
  const tables: Array<[string, WeightTableData]> = [
    ["tagger", m.tagger.weights.data],
    ["parser", m.parser.weights.data],
  ];
  const header: Header = {
    format: FORMAT_VERSION,
    info: m.info,
    tagger: {
      classes: m.tagger.classes,
      dictionary: [...m.tagger.dictionary.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, e]) => [w, e.ambiguity, e.fixed]),
    },
    parser: {
      labels: m.parser.labels,
      rootLabel: m.parser.rootLabel,
      leftLabels: Array.from(m.parser.leftLabels),
      rightLabels: Array.from(m.parser.rightLabels),
    },
    lemmatizer: {
      maxSuffix: m.lemmatizer.maxSuffix,
      words: [...m.lemmatizer.words.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      suffixes: [...m.lemmatizer.suffixes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    },
    tables: tables.map(([name, t]) => ({ name, nClasses: t.nClasses, nFeatures: t.keys.length, nEntries: t.classes.length, scale: t.scale })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = align4(16 + json.length);
  let size = headerEnd;
  for (const [, t] of tables) size += tableBytes(t);
  size += 8;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 8; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  bytes.set(json, 16);
  let at = headerEnd;
  for (const [, t] of tables) {
    const f = t.keys.length;
    const e = t.classes.length;
    for (let i = 0; i < f; i++) view.setUint32(at + i * 4, t.keys[i]!, true);
    bytes.set(t.counts, at + f * 4);
    at += align4(f * 5);
    bytes.set(t.classes, at);
    at += align4(e);
    for (let i = 0; i < e; i++) view.setInt16(at + i * 2, t.weights[i]!, true);
    at += align4(e * 2);
  }
  view.setUint32(at, fnv1a(bytes, at), true);
  for (let i = 0; i < 4; i++) bytes[at + 4 + i] = END.charCodeAt(i);
  return bytes;
}

export function decodeSyntaxModel(bytes: Uint8Array, source = "the model file"): SyntaxModelData {
  const fail = (why: string): never => {
    throw new ModelFileError(`${source} is not a usable syntax model: ${why}. Rebuild it with \`npm run train:syntax\`.`);
  };
  if (bytes.length < 24) fail(`only ${bytes.length} bytes`);
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) fail("it does not start with the NGSYNTAX signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) fail(`format version ${version}, this code reads version ${FORMAT_VERSION}`);
  const tail = bytes.length - 8;
  for (let i = 0; i < 4; i++) if (bytes[tail + 4 + i] !== END.charCodeAt(i)) fail("it is truncated (no end marker)");
  if (view.getUint32(tail, true) !== fnv1a(bytes, tail)) fail("its checksum does not match (the file is corrupt)");
  const jsonLength = view.getUint32(12, true);
  if (16 + jsonLength > tail) fail("its header is longer than the file");
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + jsonLength))) as Header;
  } catch {
    return fail("its header is not valid JSON");
  }
  let at = align4(16 + jsonLength);
  const tables = new Map<string, WeightTableData>();
  for (const t of header.tables) {
    const f = t.nFeatures;
    const e = t.nEntries;
    if (at + align4(f * 5) + align4(e) + align4(e * 2) > tail) fail(`the ${t.name} weights run past the end of the file`);
    const keys = new Uint32Array(f);
    for (let i = 0; i < f; i++) keys[i] = view.getUint32(at + i * 4, true);
    const counts = bytes.slice(at + f * 4, at + f * 5);
    at += align4(f * 5);
    const classes = bytes.slice(at, at + e);
    at += align4(e);
    const weights = new Int16Array(e);
    for (let i = 0; i < e; i++) weights[i] = view.getInt16(at + i * 2, true);
    at += align4(e * 2);
    let total = 0;
    for (let i = 0; i < f; i++) total += counts[i]!;
    if (total !== e) fail(`the ${t.name} weight counts do not add up`);
    tables.set(t.name, { nClasses: t.nClasses, keys, counts, classes, weights, scale: t.scale });
  }
  const tagger = tables.get("tagger") ?? fail("it has no tagger weights");
  const parser = tables.get("parser") ?? fail("it has no parser weights");
  const nLabels = header.parser.labels.length;
  const dictionary = new Map<string, TagDictionaryEntry>();
  for (const [w, ambiguity, fixed] of header.tagger.dictionary) dictionary.set(w, { ambiguity, fixed });
  return {
    info: header.info,
    tagger: { classes: header.tagger.classes, weights: new SparseWeights(tagger), dictionary },
    parser: {
      labels: header.parser.labels,
      rootLabel: header.parser.rootLabel,
      leftLabels: Uint8Array.from(header.parser.leftLabels),
      rightLabels: Uint8Array.from(header.parser.rightLabels),
      weights: new SparseWeights(parser, { from: leftArc(0), to: leftArc(nLabels) }),
    },
    lemmatizer: {
      maxSuffix: header.lemmatizer.maxSuffix,
      words: new Map(header.lemmatizer.words),
      suffixes: new Map(header.lemmatizer.suffixes),
    },
  };
}
