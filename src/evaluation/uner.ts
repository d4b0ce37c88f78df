// Entity recognition measured on text nobody here wrote: the Universal NER annotations of the UD
// English EWT treebank (../shared/corpora/uner-english-ewt, CC BY-SA 4.0, read in place). Each
// document is fed to the extractor as one article (its sentences one per line); every predicted
// mention is compared with the gold spans, exactly (same characters, same type) — the CoNLL way.
// PER, ORG and LOC correspond to PERSON, ORGANIZATION and PLACE.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import type { ExtractionDocumentT } from "../extract/document.ts";
import type { EntityKind } from "../vocabulary.ts";

export const UNER_DIR = path.resolve(PROJECT_ROOT, "..", "shared", "corpora", "uner-english-ewt");
const KIND: Record<string, EntityKind> = { PER: "PERSON", ORG: "ORGANIZATION", LOC: "PLACE" };

export interface NerSpan {
  start: number;
  end: number;
  kind: EntityKind;
}
export interface NerDocument {
  id: string;
  text: string;
  gold: NerSpan[];
}

export function unerAvailable(): boolean {
  return fs.existsSync(UNER_DIR);
}

/** The documents of one split ("dev" or "test"), with gold spans as character offsets. */
export function loadUnerDocuments(split: "dev" | "test"): NerDocument[] {
  const file = path.join(UNER_DIR, `en_ewt-ud-${split}.iob2`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the UNER corpus lives beside the checkout in ../shared/corpora`);
  const docs: NerDocument[] = [];
  let doc: { id: string; lines: string[]; gold: NerSpan[]; offset: number } | null = null;
  let sentence: { text: string; tokens: Array<{ form: string; tag: string }> } | null = null;
  const flushSentence = () => {
    if (!sentence || !doc) return;
    const base = doc.offset;
    let cursor = 0;
    let open: NerSpan | null = null;
    for (const t of sentence.tokens) {
      const at = sentence.text.indexOf(t.form, cursor);
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + t.form.length : cursor;
      cursor = end;
      const [bio, type] = t.tag.split("-") as [string, string | undefined];
      if (bio === "B" || (bio === "I" && (!open || KIND[type ?? ""] !== open.kind))) {
        if (open) doc.gold.push(open);
        open = type && KIND[type] ? { start: base + start, end: base + end, kind: KIND[type]! } : null;
      } else if (bio === "I" && open) {
        open.end = base + end;
      } else {
        if (open) doc.gold.push(open);
        open = null;
      }
    }
    if (open) doc.gold.push(open);
    doc.lines.push(sentence.text);
    doc.offset += sentence.text.length + 1;
    sentence = null;
  };
  const flushDoc = () => {
    flushSentence();
    if (doc?.lines.length) docs.push({ id: doc.id, text: doc.lines.join("\n"), gold: doc.gold });
  };
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("# newdoc id = ")) {
      flushDoc();
      doc = { id: line.slice(14).trim(), lines: [], gold: [], offset: 0 };
    } else if (line.startsWith("# text = ")) {
      flushSentence();
      doc ??= { id: `doc-${docs.length}`, lines: [], gold: [], offset: 0 };
      sentence = { text: line.slice(9), tokens: [] };
    } else if (line.trim() === "") {
      flushSentence();
    } else if (!line.startsWith("#") && sentence) {
      const cols = line.split("\t");
      sentence.tokens.push({ form: cols[1] ?? "", tag: cols[2] ?? "O" });
    }
  }
  flushDoc();
  return docs;
}

export interface NerCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span, exact-type counts per kind and overall. */
export function scoreNer(doc: ExtractionDocumentT, gold: NerSpan[]): Record<EntityKind | "ALL", NerCounts> {
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.kind}`;
  const predicted = new Set<string>();
  const predictedSpans: NerSpan[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const s = { start: m.start, end: m.end, kind: e.kind };
      if (!predicted.has(key(s))) predictedSpans.push(s);
      predicted.add(key(s));
    }
  }
  const goldKeys = new Set(gold.map(key));
  const out = { PERSON: zero(), ORGANIZATION: zero(), PLACE: zero(), ALL: zero() };
  for (const s of predictedSpans) {
    const c = goldKeys.has(key(s)) ? "tp" : "fp";
    out[s.kind][c]++;
    out.ALL[c]++;
  }
  for (const s of gold) {
    if (predicted.has(key(s))) continue;
    out[s.kind].fn++;
    out.ALL.fn++;
  }
  return out;
}
function zero(): NerCounts {
  return { tp: 0, fp: 0, fn: 0 };
}
