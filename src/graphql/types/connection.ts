// Relay cursor connections, declared with the relay plugin's t.connection and paged here over OUR
// keyset cursors (sort key + id, never an offset): forward only
// (first/after; last and before are refused), totalCount on every connection (a count-only query,
// run only when selected), and the one declaration of argument bounds, checked before execution.
import { builder, PAGE_SIZE } from "../builder.ts";
import { userError, type KeysetList } from "../cursor.ts";
import { LIMITS } from "../limits.ts";

/** Bounds of a field's numeric arguments, checked before execution (server/limits.ts) — the only check. */
export type ArgBounds = Record<string, readonly [number, number]>;

export const pageBounds = { first: [0, LIMITS.maxFirst] } as const satisfies ArgBounds;

/** Cost of a list field: the page size multiplies the cost of what is selected in it. */
export const listCost = (fallback: number) => (args: { first?: number | null }) => ({ field: 1, multiplier: Math.max(1, args.first ?? fallback) });

/** Bounds and cost of a paged field (a connection, or a plain list with `first`) whose default page size is `size`. */
export const pagedField = (size: number = PAGE_SIZE) => ({ extensions: { argBounds: pageBounds }, complexity: listCost(size) });

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds (a count-only query, run only when selected).",
    resolve: (page) => page.totalCount(),
  }),
);

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface KeysetPage<E> {
  edges: (E & { cursor: string })[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** Where a connection's rows come from: a page after a sort key, the key of a row, and the count. */
export interface KeysetSource<Row, Key, Edge> {
  /** Up to `limit` rows after `after` (the page size plus one, which only says a next page exists). */
  page(after: Key | null, limit: number): Promise<readonly Row[]>;
  key(row: Row): Key;
  /** The edge a row becomes (edge fields beside its node). */
  edge(row: Row): Edge;
  count(): Promise<number>;
}

export const asNode = <Row>(row: Row) => ({ node: row });

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The field being resolved (GraphQLResolveInfo has these), for messages. */
interface FieldInfo {
  readonly parentType: { readonly name: string };
  readonly fieldName: string;
}

/** Refuses backward paging: keyset pages are read in one order only. */
function forwardOnly(args: ConnectionArgs, info: FieldInfo): void {
  for (const arg of ["last", "before"] as const) {
    if (args[arg] !== null && args[arg] !== undefined) {
      throw userError(
        `${info.parentType.name}.${info.fieldName}: ${arg} is not supported; lists page forward only. Use first, and after with the endCursor of the previous page.`,
        { argument: arg },
      );
    }
  }
}

/** The page size a connection's `first` asks for (bounded before execution by argBounds; the clamp keeps this total). */
export const pageSize = (first: number | null | undefined) => Math.min(Math.max(first ?? PAGE_SIZE, 0), pageBounds.first[1]);

/** One page of a connection: the cursor decoded (and checked) before anything is read, each cursor encoded once, when first asked for. */
export async function keysetConnection<Row, Key, Edge>(
  args: ConnectionArgs,
  info: FieldInfo,
  list: KeysetList<Key>,
  source: KeysetSource<Row, Key, Edge>,
): Promise<KeysetPage<Edge>> {
  forwardOnly(args, info);
  const after = list.decode(args.after);
  const size = pageSize(args.first);
  // One row more than the page says whether a next page exists.
  const rows = size === 0 ? [] : await source.page(after, size + 1);
  const edges = rows.slice(0, size).map((row) => withCursor(source.edge(row), () => list.encode(source.key(row))));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    totalCount: () => source.count(),
  };
}

/**
 * A copy of the edge (rows may be shared between lists) with its cursor, encoded when first read
 * (most queries select no cursor) and then kept.
 */
function withCursor<E>(edge: E, encode: () => string): E & { cursor: string } {
  let cursor: string | undefined;
  return Object.defineProperty({ ...edge }, "cursor", {
    get: () => (cursor ??= encode()),
    enumerable: true,
  }) as E & { cursor: string };
}
