// Turns a validated extraction document into the row batches the ingest statements UNWIND:
// sentences with ids, one row per entity / mention / relationship / event, every span mapped to
// the sentence that holds it. Pure, so it is unit-tested without a database.
import { createHash } from "node:crypto";
import { ExtractionDocument, type ExtractionDocumentT, type SpanT } from "../extract/document.ts";
import { EVENT_SUBTYPE_TABLE, RELATIONSHIP_TYPES } from "../vocabulary.ts";
import { splitSentences } from "../extract/sentences.ts";

export interface SentenceRow {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
}
export interface EntityRow {
  id: string;
  kind: string;
  label: "Person" | "Organization" | "Place";
  name: string;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  /** The extraction ids linked to this entity in this article (just its own id without linking). */
  extractedIds: string[];
}
export interface MentionRow {
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
}
export interface RelationshipRow {
  type: string;
  sourceId: string;
  targetId: string;
  evidence: string[];
  /** The article tells the tie as past: every extracted relationship of this key says former. */
  former: boolean;
}
export interface EventRow {
  /** The extraction's event id (the new event's id when this report starts one). */
  id: string;
  /** The event this report is written to: its own id, or an existing event it was linked to. */
  eventId: string;
  /** The joined event's element id (stable while the event lives, even if a report renames it). */
  eventElementId: string | null;
  /** True when the report joins an event other articles reported. */
  linked: boolean;
  type: string;
  /** A subtype of EVENT_SUBTYPE_TABLE whose family is `type`, or null. */
  subtype: string | null;
  /** asserted or planned (EVENT_FACTUALITY_TABLE). */
  factuality: string;
  name: string;
  date: string | null;
  dateSort: string;
  dateText: string | null;
  placeId: string | null;
  evidence: string[];
  participants: { entityId: string; role: string }[];
}
export interface ArticleRows {
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    publishedSort: string;
    text: string;
    contentHash: string;
    sentenceCount: number;
    /**
     * The article's typed relationships, staged as parallel lists (Neo4j properties cannot hold
     * maps) until fold-relationships merges them into entity-to-entity relationships:
     * claimSentences[i] is a comma-separated list of sentence indexes, claimFormer[i] whether the
     * article tells the tie as past.
     */
    claimTypes: string[];
    claimSources: string[];
    claimTargets: string[];
    claimSentences: string[];
    claimFormer: boolean[];
  };
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relationships: RelationshipRow[];
  events: EventRow[];
}

/** A document the ingest step refuses; the message says what is wrong and what to do. */
export class InvalidDocumentError extends Error {
  override name = "InvalidDocumentError";
  constructor(
    readonly articleId: string | null,
    readonly problems: string[],
  ) {
    super(
      `Extraction document${articleId ? ` for article ${articleId}` : ""} is invalid: ${problems.slice(0, 5).join("; ")}` +
        (problems.length > 5 ? ` (and ${problems.length - 5} more)` : "") +
        ". Re-extract the article with `npm run extract` or fix the document to match schema/extraction.schema.json.",
    );
  }
}

const LABELS = { PERSON: "Person", ORGANIZATION: "Organization", PLACE: "Place" } as const;
const RELATIONSHIP_TYPE_SET = new Set<string>(RELATIONSHIP_TYPES);

/** Validates shape and references; returns the parsed document or throws InvalidDocumentError. */
export function validateDocument(input: unknown): ExtractionDocumentT {
  const parsed = ExtractionDocument.safeParse(input);
  if (!parsed.success) {
    const id = (input as { article?: { id?: unknown } })?.article?.id;
    throw new InvalidDocumentError(
      typeof id === "string" ? id : null,
      parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  const doc = parsed.data;
  const problems: string[] = [];
  const { text, id } = doc.article;
  if (id.includes("#")) problems.push(`article.id must not contain "#" (it separates article and sentence ids)`);
  const checkSpan = (where: string, s: SpanT) => {
    if (s.end < s.start || s.end > text.length) problems.push(`${where}: span ${s.start}-${s.end} is outside the text`);
    else if (text.slice(s.start, s.end) !== s.text) problems.push(`${where}: span text does not match article.text at ${s.start}-${s.end}`);
  };
  const entityIds = new Set<string>();
  const placeIds = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) problems.push(`entities[${i}]: duplicate id ${e.id}`);
    entityIds.add(e.id);
    if (e.kind === "PLACE") placeIds.add(e.id);
    e.mentions.forEach((m, j) => {
      checkSpan(`entities[${i}].mentions[${j}]`, m);
    });
    e.references?.forEach((m, j) => {
      checkSpan(`entities[${i}].references[${j}]`, m);
    });
  });
  const known = (where: string, ref: string | undefined | null) => {
    if (ref && !entityIds.has(ref)) problems.push(`${where}: unknown entity ${ref}`);
  };
  doc.entities.forEach((e, i) => {
    e.roles?.forEach((r, j) => {
      known(`entities[${i}].roles[${j}].of`, r.of);
    });
  });
  const eventIds = new Set<string>();
  doc.events.forEach((ev, i) => {
    if (eventIds.has(ev.id)) problems.push(`events[${i}]: duplicate id ${ev.id}`);
    eventIds.add(ev.id);
    if (ev.placeId && !placeIds.has(ev.placeId)) problems.push(`events[${i}].placeId: ${ev.placeId} is not a PLACE of this document`);
    const family = ev.subtype ? EVENT_SUBTYPE_TABLE[ev.subtype].family : ev.type;
    if (family !== ev.type) problems.push(`events[${i}].subtype: ${ev.subtype} refines ${family}, not ${ev.type}`);
    ev.participants.forEach((p, j) => {
      known(`events[${i}].participants[${j}]`, p.entityId);
    });
    ev.evidence.forEach((s, j) => {
      checkSpan(`events[${i}].evidence[${j}]`, s);
    });
  });
  doc.relationships.forEach((r, i) => {
    if (!RELATIONSHIP_TYPE_SET.has(r.type)) problems.push(`relationships[${i}].type: ${r.type} is not allowed`);
    known(`relationships[${i}].sourceId`, r.sourceId);
    known(`relationships[${i}].targetId`, r.targetId);
    r.evidence.forEach((s, j) => {
      checkSpan(`relationships[${i}].evidence[${j}]`, s);
    });
  });
  if (problems.length) throw new InvalidDocumentError(id, problems);
  return doc;
}

/** Index of the sentence containing offset (sentences sorted by start). */
function sentenceAt(sentences: SentenceRow[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ids of every sentence a span overlaps (evidence is normally exactly one sentence). */
function sentencesOf(sentences: SentenceRow[], span: SpanT): string[] {
  const ids: string[] = [];
  for (let i = sentenceAt(sentences, span.start); i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= Math.max(span.end, span.start + 1)) break;
    ids.push(s.id);
  }
  return ids;
}

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

export interface ArticleRowOptions {
  /** Entity id → the extraction ids linked to it (apply-links.ts); each entity's own id by default. */
  extractedIds?: ReadonlyMap<string, string[]>;
  /**
   * documentHash of the extraction as it came, before linking (the caller has it already; it costs
   * ~90 ms on a 1 MB article). Default: the hash of `doc`.
   */
  contentHash?: string;
  /** sentenceRows(doc.article), when the caller has it already (prepareDocument). */
  sentences?: SentenceRow[];
}

/** Hash of the whole document (an article's contentHash): a changed text, metadata or extractor output differs. */
export function documentHash(doc: ExtractionDocumentT): string {
  return createHash("sha256").update(JSON.stringify(doc)).digest("hex");
}

/** The article's sentences as rows (ids `articleId#index`); one sentence of the whole text when the splitter finds none. */
export function sentenceRows(article: { id: string; text: string }): SentenceRow[] {
  const sentences: SentenceRow[] = splitSentences(article.text).map((s, index) => ({
    id: `${article.id}#${index}`,
    index,
    start: s.start,
    end: s.end,
    text: s.text,
  }));
  if (sentences.length === 0) {
    sentences.push({ id: `${article.id}#0`, index: 0, start: 0, end: article.text.length, text: article.text });
  }
  return sentences;
}

/** What prepareDocument works out ahead of ingestDocument: the content hash and the sentence rows. */
export interface PreparedFacts {
  contentHash: string;
  sentences: SentenceRow[];
}

/**
 * validateDocument, documentHash and sentenceRows in one call, as ingestDocument would run them.
 * The extraction pool's threads call it after extracting (extraction-worker.ts), so that for a big
 * article these steps (about 190 ms of CPU for a 1 MB article) run off the event loop. Throws
 * InvalidDocumentError like validateDocument.
 */
export function prepareDocument(input: unknown): { doc: ExtractionDocumentT } & PreparedFacts {
  const doc = validateDocument(input);
  return { doc, contentHash: documentHash(doc), sentences: sentenceRows(doc.article) };
}

/**
 * prepareDocument's result as it crosses to the main thread: the sentence rows as [start, end]
 * pairs (their ids and texts follow from the article; sending the texts too doubled the receipt).
 */
export interface PreparedWire {
  doc: ExtractionDocumentT;
  contentHash: string;
  bounds: number[];
}

/** prepareDocument's result for the trip to the main thread. */
export function toWire(p: { doc: ExtractionDocumentT } & PreparedFacts): PreparedWire {
  return { doc: p.doc, contentHash: p.contentHash, bounds: p.sentences.flatMap((s) => [s.start, s.end]) };
}

/** The prepared document again, on the main thread: sentence rows rebuilt from their bounds. */
export function fromWire(w: PreparedWire): { doc: ExtractionDocumentT; facts: PreparedFacts } {
  const { id, text } = w.doc.article;
  const sentences: SentenceRow[] = [];
  for (let i = 0; i + 1 < w.bounds.length; i += 2) {
    const start = w.bounds[i]!;
    const end = w.bounds[i + 1]!;
    sentences.push({ id: `${id}#${i / 2}`, index: i / 2, start, end, text: text.slice(start, end) });
  }
  return { doc: w.doc, facts: { contentHash: w.contentHash, sentences } };
}

// Documents whose preparation ran in an extraction thread, by identity: only the pool marks them,
// with the facts its thread computed for exactly that document.
const PREPARED = new WeakMap<ExtractionDocumentT, PreparedFacts>();

/**
 * For the extraction pool: `doc` is the document of a prepareDocument result computed on one of its
 * threads (rebuilt from its JSON), so ingestDocument may skip validating, hashing and splitting it.
 * The document must not be changed afterwards (nothing in src/ingest or src/graphql does).
 */
export function markPrepared(doc: ExtractionDocumentT, facts: PreparedFacts): ExtractionDocumentT {
  PREPARED.set(doc, facts);
  return doc;
}

/** The facts markPrepared recorded for this very document object, if any. */
export function preparedFacts(doc: unknown): PreparedFacts | undefined {
  return typeof doc === "object" && doc !== null ? PREPARED.get(doc as ExtractionDocumentT) : undefined;
}

export function articleRows(doc: ExtractionDocumentT, options: ArticleRowOptions = {}): ArticleRows {
  const { article } = doc;
  const sentences = options.sentences ?? sentenceRows(article);
  const evidenceOf = (spans: SpanT[]) => sortedUnique(spans.flatMap((s) => sentencesOf(sentences, s)));

  const entities: EntityRow[] = doc.entities
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      label: LABELS[e.kind],
      name: e.name,
      aliases: sortedUnique([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]),
      roles: sortedUnique((e.roles ?? []).map((r) => JSON.stringify({ title: r.title, of: r.of ?? null }))),
      mentionCount: e.mentions.length,
      extractedIds: options.extractedIds?.get(e.id) ?? [e.id],
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const mentionKeys = new Set<string>();
  const mentions: MentionRow[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const key = `${e.id}@${m.start}`;
      if (mentionKeys.has(key)) continue;
      mentionKeys.add(key);
      mentions.push({ sentenceId: sentences[sentenceAt(sentences, m.start)]!.id, entityId: e.id, start: m.start, end: m.end, text: m.text });
    }
  }

  const rels = new Map<string, RelationshipRow>();
  for (const r of doc.relationships) {
    if (r.sourceId === r.targetId) continue;
    const key = `${r.type}|${r.sourceId}|${r.targetId}`;
    const evidence = evidenceOf(r.evidence);
    const former = r.former ?? false;
    const existing = rels.get(key);
    if (existing) {
      existing.evidence = sortedUnique([...existing.evidence, ...evidence]);
      // One sentence telling the tie as holding is enough for the article to say it holds.
      existing.former &&= former;
    } else rels.set(key, { type: r.type, sourceId: r.sourceId, targetId: r.targetId, evidence, former });
  }

  const relationships = [...rels.values()].sort((a, b) => (a.sourceId + a.targetId < b.sourceId + b.targetId ? -1 : 1));
  const indexOf = (sentenceId: string) => sentenceId.slice(sentenceId.lastIndexOf("#") + 1);

  const events: EventRow[] = doc.events.map((ev) => ({
    id: ev.id,
    eventId: ev.id,
    eventElementId: null,
    linked: false,
    type: ev.type,
    subtype: ev.subtype,
    factuality: ev.factuality,
    name: ev.name,
    date: ev.date,
    dateSort: ev.date ?? "",
    dateText: ev.dateText,
    placeId: ev.placeId,
    evidence: evidenceOf(ev.evidence),
    participants: [...new Map(ev.participants.map((p) => [`${p.entityId}|${p.role}`, p])).values()].map((p) => ({
      entityId: p.entityId,
      role: p.role,
    })),
  }));

  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      publishedSort: article.publishedAt ?? "",
      text: article.text,
      // Hash of the whole document: a changed text, metadata or extractor output re-writes the article.
      contentHash: options.contentHash ?? documentHash(doc),
      sentenceCount: sentences.length,
      claimTypes: relationships.map((r) => r.type),
      claimSources: relationships.map((r) => r.sourceId),
      claimTargets: relationships.map((r) => r.targetId),
      claimSentences: relationships.map((r) => r.evidence.map(indexOf).join(",")),
      claimFormer: relationships.map((r) => r.former),
    },
    sentences,
    entities,
    mentions,
    relationships,
    events,
  };
}
