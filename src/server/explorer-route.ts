// Serves the built graph explorer at /explore: index.html is revalidated on every load (it names
// the current hashed files); the hashed script, stylesheet and source map are cached for a year.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../config/logger.ts";
import { EXPLORER_OUT_DIR, ensureExplorerBundle } from "./explorer-bundle.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

// The page talks only to /graphql on the same origin and loads nothing from elsewhere.
const PAGE_HEADERS = {
  "content-security-policy": "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

export function isExplorerPath(pathname: string): boolean {
  return pathname === "/explore" || pathname.startsWith("/explore/");
}

/** The response to a request for /explore or a file under it (Response: the server's fetch API). */
export async function explorerResponse(request: Request, pathname: string, logger: Logger, Response: typeof globalThis.Response): Promise<Response> {
  const text = (status: number, body: string, headers: Record<string, string> = {}) =>
    new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
  if (request.method !== "GET" && request.method !== "HEAD") return text(405, "Method not allowed\n", { allow: "GET, HEAD" });
  let manifest;
  try {
    manifest = await ensureExplorerBundle();
  } catch (err) {
    logger.error({ err }, "explorer build failed");
    return text(500, "The graph explorer could not be built; run `npm run build:explorer` to see why.\n");
  }
  const rest = pathname.slice("/explore".length).replace(/^\//, "");
  const isIndex = rest === "" || rest === "index.html";
  // Only flat file names the build produced: no directories, no dot files, no traversal.
  if (!isIndex && !/^[\w-]+\.(js|css|map)$/.test(rest)) return text(404, "Not found\n");
  const name = isIndex ? "index.html" : rest;
  let body: Buffer;
  try {
    body = await readFile(path.join(EXPLORER_OUT_DIR, name));
  } catch {
    return text(404, "Not found\n");
  }
  const etag = `"${manifest.sourceHash.slice(0, 16)}"`;
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream",
    "content-length": String(body.length),
    ...PAGE_HEADERS,
  };
  if (isIndex) {
    headers["cache-control"] = "no-cache";
    headers.etag = etag;
    if (request.headers.get("if-none-match") === etag) {
      delete headers["content-length"];
      return new Response(null, { status: 304, headers });
    }
  } else {
    headers["cache-control"] = "public, max-age=31536000, immutable";
  }
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body), { status: 200, headers });
}

/** Serves /explore from the yoga app, before yoga's own routes. */
export function useExplorer(logger: Logger): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!isExplorerPath(url.pathname)) return;
      return explorerResponse(request, url.pathname, logger, fetchAPI.Response).then(endResponse);
    },
  };
}
