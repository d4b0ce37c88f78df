// Trusted (persisted) documents: the operations the project's own clients send — the explorer
// (src/explorer/queries.ts), GraphiQL's example tabs (src/graphql/examples.ts) and README's
// examples — kept in a committed manifest, schema/persisted-operations.json, which
// `npm run schema:print` writes and `npm run schema:check` (part of `npm test`) keeps current.
//
// Manifest format, kept deliberately plain: one JSON object whose keys are the lower-case hex
// sha256 of a document's exact text and whose values are that text, keys sorted:
//   { "3b1f…e9": "query ExplorerSearch($query: String!) { … }", … }
//
// A client runs a manifest operation by its id — `documentId` ("<hex>" or "sha256:<hex>") or
// Apollo's `extensions: { persistedQuery: { version: 1, sha256Hash } }` — or by sending its exact
// text as `query` (so the explorer and the example tabs need no change). With TRUSTED_DOCUMENTS=on
// nothing else executes (graphql-yoga's persisted-operations plugin); otherwise ids work beside
// arbitrary documents.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import { PROJECT_ROOT } from "../config/config.ts";

export const MANIFEST_FILE = path.join(PROJECT_ROOT, "schema", "persisted-operations.json");

/** The id of a document: sha256 of its exact text, lower-case hex. */
export function documentId(document: string): string {
  return createHash("sha256").update(document, "utf8").digest("hex");
}

/** The manifest's text for these documents (duplicates once, keys sorted, two-space JSON). */
export function printManifest(documents: readonly string[]): string {
  const entries = [...new Set(documents)].map((d) => [documentId(d), d] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(entries), null, 2) + "\n";
}

export type Manifest = ReadonlyMap<string, string>;

export function loadManifest(file = MANIFEST_FILE): Manifest {
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

/** The id a request names, if any: documentId (optionally "sha256:"-prefixed) or Apollo's persistedQuery hash. */
function requestedId(params: GraphQLParams & { documentId?: unknown }): string | null {
  if (typeof params.documentId === "string") return params.documentId.replace(/^sha256:/, "");
  const pq = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === "string" ? pq.sha256Hash : null;
}

const requestError = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });

/** The plugins: a request whose text is a manifest document is run as that document; `only` refuses every other. */
export function useTrustedDocuments(manifest: Manifest, only: boolean): Plugin[] {
  const byText: Plugin = {
    onParams({ params, setParams }) {
      if (typeof params.query !== "string" || requestedId(params) !== null) return;
      const id = documentId(params.query);
      if (!manifest.has(id)) return;
      const { query: _sent, ...rest } = params;
      setParams({ ...rest, extensions: { ...params.extensions, persistedQuery: { version: 1, sha256Hash: id } } });
    },
  };
  return [
    byText,
    usePersistedOperations({
      allowArbitraryOperations: !only,
      extractPersistedOperationId: (params) => requestedId(params),
      getPersistedOperation: (id) => manifest.get(id) ?? null,
      customErrors: {
        persistedQueryOnly: requestError(
          "This server runs only trusted documents (TRUSTED_DOCUMENTS=on): send an operation of schema/persisted-operations.json, by its documentId or its exact text.",
          "PERSISTED_QUERY_ONLY",
        ),
        notFound: requestError("No trusted document has this id: ids are the sha256 of the documents in schema/persisted-operations.json.", "PERSISTED_QUERY_NOT_FOUND"),
        keyNotFound: requestError("Send a query, or the documentId of a trusted document.", "PERSISTED_QUERY_ID_REQUIRED"),
      },
    }),
  ];
}
