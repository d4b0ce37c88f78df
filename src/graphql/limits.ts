// Every limit the API enforces, in one place, so the schema descriptions, the pre-execution checks
// and the error messages all quote the same numbers.
export const LIMITS = Object.freeze({
  /** Largest page any list or connection returns. */
  maxFirst: 100,
  /** Largest `maxHops` for path/paths (the Cypher pattern's upper bound is this literal). */
  maxHops: 6,
  /** Largest `depth` for neighbors (the Cypher branches go to this literal). */
  maxNeighborDepth: 3,
  /** Most k-shortest paths `paths` returns (the SHORTEST k literal in the Cypher). */
  maxPaths: 10,
  /** Most evidence sentences per edge or step. */
  maxEvidence: 20,
  /** Selection depth of an operation (fields nested in fields). */
  maxDepth: 12,
  /** Estimated cost of an operation (see costs on list fields). */
  maxComplexity: 20_000,
  /** Aliased fields per operation. */
  maxAliases: 30,
  /** Lexical tokens per document. */
  maxTokens: 2_000,
  /** Items in any list argument (nodes(ids:), kinds, types …). */
  maxListLength: 100,
  /** Characters in any string or ID argument (ids, names, cursors) unless the argument says otherwise. */
  maxStringLength: 4_096,
  /** Characters in a search string (search(query:), entity(name:), entities(search:)). */
  maxSearchLength: 200,
});

/** Extension on an argument or input field: its own length limit, instead of maxStringLength. */
export interface LengthBound {
  readonly maxLength: number;
}

/** Extension on an input type whose string lengths its resolver checks (the article input: MAX_ARTICLE_BYTES and its own limits). */
export const LENGTHS_CHECKED_BY_RESOLVER = { lengthsCheckedByResolver: true } as const;
