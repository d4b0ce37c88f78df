// Serves the built graph explorer at /explore: index.html is revalidated on every load (it names
// the current hashed files); the hashed script, stylesheet and source map are cached for a year.
import type http from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
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

export async function serveExplorer(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
    return;
  }
  let manifest;
  try {
    manifest = await ensureExplorerBundle();
  } catch (err) {
    console.error("[newsgraph] explorer build failed:", err);
    res
      .writeHead(500, { "content-type": "text/plain; charset=utf-8" })
      .end("The graph explorer could not be built; run `npm run build:explorer` to see why.\n");
    return;
  }
  const rest = pathname.slice("/explore".length).replace(/^\//, "");
  const isIndex = rest === "" || rest === "index.html";
  // Only flat file names the build produced: no directories, no dot files, no traversal.
  if (!isIndex && !/^[\w-]+\.(js|css|map)$/.test(rest)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  const name = isIndex ? "index.html" : rest;
  let body: Buffer;
  try {
    body = await readFile(path.join(EXPLORER_OUT_DIR, name));
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
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
    if (req.headers["if-none-match"] === etag) {
      delete headers["content-length"];
      res.writeHead(304, headers).end();
      return;
    }
  } else {
    headers["cache-control"] = "public, max-age=31536000, immutable";
  }
  res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
}
