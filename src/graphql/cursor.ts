// Opaque keyset cursors: base64url of JSON [list, ...sortKey]. A cursor names the list it came
// from, so using it on another list fails with a clear message instead of returning a wrong page.
// Cursors hold sort keys and ids, never offsets, so they stay valid while data is appended.
import { GraphQLError } from "graphql";
import { LIMITS } from "./limits.ts";

export function encodeCursor(list: string, key: object): string {
  return Buffer.from(JSON.stringify([list, key]), "utf8").toString("base64url");
}

/** The sort key inside `cursor`, or null when no cursor was given. Throws a user error when invalid. */
export function decodeCursor<K extends object>(list: string, cursor: string | null | undefined): K | null {
  if (cursor === null || cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "object" || parsed[1] === null) {
    throw userError(`after: "${cursor}" is not a cursor. Pass the endCursor (or an edge cursor) of a previous page.`);
  }
  if (parsed[0] !== list) {
    throw userError(`after: this cursor belongs to a different list (${String(parsed[0])}), not ${list}.`);
  }
  return parsed[1] as K;
}

/** The page size to ask for, checked against LIMITS.maxFirst. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > LIMITS.maxFirst) {
    throw userError(`first must be between 0 and ${LIMITS.maxFirst} (got ${n}); page through longer lists with after.`, {
      limit: "maxFirst",
      max: LIMITS.maxFirst,
    });
  }
  return n;
}

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...extensions } });
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<E> {
  edges: E[];
  pageInfo: PageInfo;
  /** Answered by a count-only query, only when the client selects totalCount. */
  totalCount: () => Promise<number>;
}

/**
 * Builds a page from up to first+1 rows (the extra row only says a next page exists).
 * `edge` turns a row into an edge given its cursor.
 */
export function toPage<R, E>(
  rows: readonly R[],
  first: number,
  hadCursor: boolean,
  cursorOf: (row: R) => string,
  edge: (row: R, cursor: string) => E,
  totalCount: () => Promise<number>,
): Page<E> {
  const kept = rows.slice(0, first);
  const edges = kept.map((r) => edge(r, cursorOf(r)));
  const cursors = kept.map(cursorOf);
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    totalCount,
  };
}
