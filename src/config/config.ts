// Reads and validates the environment once. Nothing else in the codebase reads process.env:
// code receives the frozen Config object this module returns.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number (1-65535)` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);

const byteSize = (name: string, fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, `${name} must be a size such as 512m or 2g`)
    .default(fallback);

const onOff = (name: string) => z.enum(["on", "off"], { error: `${name} must be on or off` }).optional();

const milliseconds = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(100, `${name} must be at least 100 (milliseconds)`)
    .max(3_600_000, `${name} must be at most 3600000 (one hour)`)
    .default(fallback);

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[^/\s?#]+$/;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1, "HOST must not be empty").default("127.0.0.1"),
  PORT: port("PORT", 4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687")
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)").optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_LOCAL_DIR: z.string().min(1).default(".neo4j"),
  NEO4J_LOCAL_PORT: port("NEO4J_LOCAL_PORT", 7687),
  NEO4J_LOCAL_HEAP: byteSize("NEO4J_LOCAL_HEAP", "2g"),
  NEO4J_LOCAL_PAGECACHE: byteSize("NEO4J_LOCAL_PAGECACHE", "1g"),
  INGEST_API_KEY: z.string().min(16, "INGEST_API_KEY must be at least 16 characters").optional(),
  SAMPLE_DATA: z.enum(["auto", "off"], { error: "SAMPLE_DATA must be auto or off" }).default("auto"),
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(1_000_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  GRAPHQL_INTROSPECTION: onOff("GRAPHQL_INTROSPECTION"),
  GRAPHIQL: onOff("GRAPHIQL"),
  TRUSTED_DOCUMENTS: onOff("TRUSTED_DOCUMENTS"),
  GRAPHQL_JIT: z.enum(["on", "off"], { error: "GRAPHQL_JIT must be on or off" }).default("on"),
  CORS_ORIGINS: z
    .string()
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
    .refine((origins) => origins.every((o) => o === "*" || ORIGIN.test(o)), "CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com (scheme, host and port; no path), or *")
    .optional(),
  CORS_CREDENTIALS: onOff("CORS_CREDENTIALS"),
  REQUEST_TIMEOUT_MS: milliseconds("REQUEST_TIMEOUT_MS", 30_000),
  NEO4J_TX_TIMEOUT_MS: milliseconds("NEO4J_TX_TIMEOUT_MS", 20_000),
  EXTRACTION_WORKERS: z.coerce
    .number({ error: "EXTRACTION_WORKERS must be a number of threads" })
    .int("EXTRACTION_WORKERS must be a whole number")
    .min(1, "EXTRACTION_WORKERS must be at least 1")
    .max(64, "EXTRACTION_WORKERS must be at most 64")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, "REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)")
    .optional(),
  MAX_SUBSCRIPTIONS: z.coerce
    .number({ error: "MAX_SUBSCRIPTIONS must be a number" })
    .int("MAX_SUBSCRIPTIONS must be a whole number")
    .min(0, "MAX_SUBSCRIPTIONS must be at least 0 (0 turns subscriptions off)")
    .max(100_000, "MAX_SUBSCRIPTIONS must be at most 100000")
    .default(1_000),
  SUBSCRIPTIONS_PER_CLIENT: z.coerce
    .number({ error: "SUBSCRIPTIONS_PER_CLIENT must be a number" })
    .int("SUBSCRIPTIONS_PER_CLIENT must be a whole number")
    .min(1, "SUBSCRIPTIONS_PER_CLIENT must be at least 1")
    .max(10_000, "SUBSCRIPTIONS_PER_CLIENT must be at most 10000")
    .default(16),
  TRUST_PROXY: onOff("TRUST_PROXY"),
  RESPONSE_CACHE: z.enum(["on", "off"], { error: "RESPONSE_CACHE must be on or off" }).default("on"),
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: "RESPONSE_CACHE_TTL_MS must be a number of milliseconds" })
    .int("RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds")
    .min(1, "RESPONSE_CACHE_TTL_MS must be at least 1")
    .default(60_000),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce
    .number({ error: "RESPONSE_CACHE_MAX_ENTRIES must be a number" })
    .int("RESPONSE_CACHE_MAX_ENTRIES must be a whole number")
    .min(1, "RESPONSE_CACHE_MAX_ENTRIES must be at least 1")
    .default(1_000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  readonly env: Env["NODE_ENV"];
  readonly host: string;
  readonly port: number;
  readonly logLevel: Env["LOG_LEVEL"];
  readonly neo4j: {
    /** Undefined means: use (and start if needed) the project's local server. */
    readonly uri: string | undefined;
    readonly username: string;
    readonly password: string | undefined;
    readonly database: string;
  };
  readonly localNeo4j: {
    readonly dir: string;
    readonly port: number;
    readonly heap: string;
    readonly pageCache: string;
  };
  readonly ingestApiKey: string | undefined;
  readonly sampleData: "auto" | "off";
  readonly maxArticleBytes: number;
  /** Largest request body accepted, derived from maxArticleBytes (an article's JSON encoding plus room). */
  readonly maxRequestBytes: number;
  /** Schema introspection and "Did you mean …" suggestions (on by default except in production). */
  readonly introspection: boolean;
  /** GraphiQL at /graphql (on by default except in production). */
  readonly graphiql: boolean;
  /** Only operations of the committed manifest (schema/persisted-operations.json) execute. */
  readonly trustedDocuments: boolean;
  /** Queries run compiled by graphql-jit (src/server/compiled-execution.ts); off: graphql-js executes them. */
  readonly compiledExecution: boolean;
  readonly cors: {
    /** Origins allowed to call the API from a browser; empty: same origin only. */
    readonly origins: readonly string[];
    readonly credentials: boolean;
  };
  /** Longest a GraphQL request may run before it is cut with REQUEST_TIMEOUT. */
  readonly requestTimeoutMs: number;
  /** Longest a Neo4j transaction may run before Neo4j cuts it (QUERY_TIMEOUT). */
  readonly neo4jTxTimeoutMs: number;
  /** Threads that run extraction off the event loop (default: one per core, at most 4). */
  readonly extractionWorkers: number | undefined;
  /** Redis shared by every instance for subscription events; undefined: an in-process bus. */
  readonly redisUrl: string | undefined;
  /** Open subscriptions this instance serves at most, and at most per client address. */
  readonly subscriptions: {
    readonly max: number;
    readonly perClient: number;
  };
  /** The client address is the last x-forwarded-for hop (behind a proxy that appends it), not the socket's. */
  readonly trustProxy: boolean;
  /** Cache of read-query responses (src/server/response-cache.ts). */
  readonly responseCache: {
    readonly enabled: boolean;
    readonly ttlMs: number;
    readonly maxEntries: number;
  };
}

/** Room for an article's JSON encoding (quotes and newlines escaped) and the rest of the request. */
export function maxRequestBytesFor(maxArticleBytes: number): number {
  return 2 * maxArticleBytes + 64 * 1024;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Fix these environment variables (see the configuration table in README.md).",
    );
    this.name = "ConfigError";
  }
}

/** Parses an environment (process.env by default). Throws ConfigError listing every problem. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(["NEO4J_PASSWORD: required when NEO4J_URI points at an existing server"]);
  }
  // Development tools are on by default everywhere but production, where they are opt-in.
  const devDefault = e.NODE_ENV !== "production";
  const introspection = e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === "on" : devDefault;
  const graphiql = e.GRAPHIQL ? e.GRAPHIQL === "on" : devDefault && !e.TRUSTED_DOCUMENTS;
  const problems: string[] = [];
  if (graphiql && !introspection) problems.push("GRAPHIQL: GraphiQL reads the schema by introspection; set GRAPHQL_INTROSPECTION=on too, or GRAPHIQL=off");
  if (graphiql && e.TRUSTED_DOCUMENTS === "on") problems.push("GRAPHIQL: with TRUSTED_DOCUMENTS=on only the manifest's operations run, so GraphiQL cannot; set GRAPHIQL=off");
  if (e.CORS_CREDENTIALS === "on" && (e.CORS_ORIGINS ?? []).includes("*")) {
    problems.push("CORS_CREDENTIALS: credentials cannot be allowed for every origin (*); list the origins in CORS_ORIGINS");
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    }),
    localNeo4j: Object.freeze({
      dir: path.resolve(PROJECT_ROOT, e.NEO4J_LOCAL_DIR),
      port: e.NEO4J_LOCAL_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
    }),
    ingestApiKey: e.INGEST_API_KEY,
    sampleData: e.SAMPLE_DATA,
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    maxRequestBytes: maxRequestBytesFor(e.MAX_ARTICLE_BYTES),
    introspection,
    graphiql,
    trustedDocuments: e.TRUSTED_DOCUMENTS === "on",
    compiledExecution: e.GRAPHQL_JIT === "on",
    cors: Object.freeze({ origins: Object.freeze(e.CORS_ORIGINS ?? []), credentials: e.CORS_CREDENTIALS === "on" }),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    neo4jTxTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    extractionWorkers: e.EXTRACTION_WORKERS,
    redisUrl: e.REDIS_URL,
    subscriptions: Object.freeze({ max: e.MAX_SUBSCRIPTIONS, perClient: e.SUBSCRIPTIONS_PER_CLIENT }),
    trustProxy: e.TRUST_PROXY === "on",
    responseCache: Object.freeze({
      enabled: e.RESPONSE_CACHE === "on",
      ttlMs: e.RESPONSE_CACHE_TTL_MS,
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
    }),
  });
}
