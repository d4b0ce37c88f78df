// What a client sees of an error. Known infrastructure failures get a code, an HTTP status and a
// message that says what to do: SERVICE_UNAVAILABLE (503, Neo4j unreachable) and QUERY_TIMEOUT
// (Neo4j cut a slow transaction). Anything else unexpected is masked ("Unexpected error.") and
// logged with its detail by yoga. Outside development no response carries an originalError or a
// stack, not even yoga's own request errors (invalid JSON echoes the parser's message otherwise).
// With introspection off, "Did you mean …?" suggestions, which would spell out the schema one
// typo at a time, are cut from every message too.
import { GraphQLError, type GraphQLErrorExtensions } from "graphql";
import { maskError as yogaMaskError, type MaskError, type Plugin } from "graphql-yoga";
import { DatabaseUnavailableError, InvalidBookmarkError, TransactionTimeoutError } from "../db/database.ts";

/** Seconds a client should wait before retrying while Neo4j is unreachable. */
export const RETRY_AFTER_SECONDS = 2;

export const serviceUnavailableMessage =
  "The database is unreachable right now (the API itself is up). Retry in a few seconds; if it persists, check that Neo4j is running (npm run db:start) and GET /readyz.";

function originalOf(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

function withExtensions(error: unknown, message: string, extensions: GraphQLErrorExtensions): GraphQLError {
  const g = error instanceof GraphQLError ? error : null;
  return new GraphQLError(message, { nodes: g?.nodes, path: g?.path, extensions });
}

/** The error for a client while Neo4j is unreachable (also used outside GraphQL execution). */
export function serviceUnavailableError(error?: unknown): GraphQLError {
  return withExtensions(error, serviceUnavailableMessage, {
    code: "SERVICE_UNAVAILABLE",
    http: { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
  });
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes what only a developer should see (originalError and stack, wherever yoga put them) and,
 * unless kept, suggestions. In place: the error is this response's own (or a cached validation
 * error, scrubbed the same way each time), and yoga logs every error a mask replaces, which would
 * turn each client's typo into an error-level log line.
 */
function scrub(error: Error, keep: { details: boolean; suggestions: boolean }): Error {
  if (!(error instanceof GraphQLError)) return error;
  if (!keep.suggestions) error.message = error.message.replace(SUGGESTION, "");
  const extensions = error.extensions as Record<string, unknown>;
  // graphql-js reports bad variables without a code; every error a client sees has one.
  if (extensions.code === undefined && /^Variable "\$/.test(error.message)) extensions.code = "BAD_USER_INPUT";
  if (!keep.details && ("originalError" in extensions || "stack" in extensions || "exception" in extensions)) {
    delete extensions.originalError;
    delete extensions.stack;
    delete extensions.exception;
    // yoga answers a request error 400 under application/json only while it carries an
    // originalError; without it, `spec` would turn the 400 into a 200.
    const http = extensions.http as { spec?: boolean } | undefined;
    if (http?.spec) extensions.http = { ...http, spec: false };
  }
  return error;
}

export interface ErrorPolicyOptions {
  /** Development: unexpected errors keep their originalError (message and stack) for the developer. */
  readonly development: boolean;
  /** Keep "Did you mean …?" (only while introspection is on: they reveal the schema). */
  readonly suggestions: boolean;
}

export function createMaskError(options: ErrorPolicyOptions): MaskError {
  return (error, message) => {
    const original = originalOf(error);
    if (original instanceof DatabaseUnavailableError) return serviceUnavailableError(error);
    if (original instanceof TransactionTimeoutError) {
      return withExtensions(error, `${original.message} Ask for less (smaller pages, fewer hops) or try again later.`, {
        code: "QUERY_TIMEOUT",
        timeoutMs: original.timeoutMs,
      });
    }
    if (original instanceof InvalidBookmarkError) {
      return withExtensions(error, `${original.message}. Send back the x-neo4j-bookmarks header of a response from this API unchanged.`, {
        code: "BAD_BOOKMARK",
        http: { status: 400 },
      });
    }
    const masked = yogaMaskError(error, message, options.development);
    return scrub(masked, { details: options.development, suggestions: options.suggestions });
  };
}

/** Validation errors do not pass through the mask: their suggestions are cut here. */
export function useNoSuggestions(): Plugin {
  return {
    onValidate() {
      return ({ result }) => {
        for (const error of result) error.message = error.message.replace(SUGGESTION, "");
      };
    },
  };
}
