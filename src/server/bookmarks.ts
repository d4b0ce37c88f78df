// Read-your-writes across instances. Every GraphQL response carries the `x-neo4j-bookmarks` header:
// the bookmarks of the latest transactions this instance ran, after the request's own writes.
// A client that sends the header back — to any instance behind the load balancer — has its
// reads begin with those bookmarks, so a cluster member that has not yet applied that write waits
// for it (Neo4j's db.transaction.bookmark_ready_timeout, 30 s by default) instead of answering
// from before it. A request with bookmarks is never answered from the response cache (an entry
// may be older than the write). Bookmarks are opaque strings, comma-separated in the header.
import type { Plugin } from "graphql-yoga";
import type { Database } from "../db/database.ts";

export const BOOKMARK_HEADER = "x-neo4j-bookmarks";

/** Most bookmarks one request may send (one per database and writer is usual). */
export const MAX_BOOKMARKS = 16;
const BOOKMARK = /^[A-Za-z0-9:+/=._-]{1,1024}$/;

/** The header is not a list of bookmarks. */
export class BookmarkHeaderError extends Error {
  override name = "BookmarkHeaderError";
}

/** The bookmarks of a header value (none for an absent or empty header). Throws BookmarkHeaderError. */
export function parseBookmarks(value: string | null): string[] {
  if (value === null || value.trim() === "") return [];
  const bookmarks = [...new Set(value.split(",").map((b) => b.trim()).filter(Boolean))];
  if (bookmarks.length > MAX_BOOKMARKS) {
    throw new BookmarkHeaderError(`${BOOKMARK_HEADER}: at most ${MAX_BOOKMARKS} bookmarks (got ${bookmarks.length}). Send back the header of the latest response only.`);
  }
  const bad = bookmarks.find((b) => !BOOKMARK.test(b));
  if (bad !== undefined) {
    throw new BookmarkHeaderError(
      `${BOOKMARK_HEADER}: ${JSON.stringify(bad.slice(0, 60))} is not a bookmark. Send back the value of a response's ${BOOKMARK_HEADER} header unchanged (comma-separated bookmarks).`,
    );
  }
  return bookmarks;
}

/** The request's bookmarks; a malformed header has already been answered 400 by useBookmarks. */
export function requestBookmarks(request: Request): string[] {
  try {
    return parseBookmarks(request.headers.get(BOOKMARK_HEADER));
  } catch {
    return [];
  }
}

/** Refuses a malformed bookmark header (400) and adds this instance's bookmarks to every GraphQL response. */
export function useBookmarks(db: Database, graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== graphqlEndpoint) return;
      try {
        parseBookmarks(request.headers.get(BOOKMARK_HEADER));
      } catch (err) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: (err as Error).message, extensions: { code: "BAD_REQUEST" } }] }), {
            status: 400,
            headers: { "content-type": "application/json; charset=utf-8" },
          }),
        );
      }
    },
    async onResponse({ request, response }) {
      if (new URL(request.url).pathname !== graphqlEndpoint || request.method === "OPTIONS") return;
      const bookmarks = await db.bookmarks().catch(() => [] as string[]);
      if (bookmarks.length) response.headers.set(BOOKMARK_HEADER, bookmarks.join(","));
    },
  };
}
