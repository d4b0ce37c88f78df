// The one handle on Neo4j: a driver plus managed read/write transactions that run named
// statements from cypher/. Repositories receive a Tx and never open sessions; callers own the
// transaction. Every statement run is counted, so tests can assert round trips (no N+1).
// Statement names, parameters and rows are typed by src/db/statements.ts (printed from the
// cypher/ headers); with checkRows (NODE_ENV=test) every row is parsed against its header's shape.
// While Neo4j is unreachable every transaction fails within about two seconds with
// DatabaseUnavailableError (circuit-breaker.ts) instead of waiting out the driver's retries, and
// every transaction runs under Neo4j's transaction timeout (TransactionTimeoutError).
// Reads run in READ sessions (executeRead, or the request's read transaction) and writes in WRITE
// sessions (executeWrite), so a neo4j:// routing driver sends reads to followers. Writes share one
// bookmark manager and every read begins with its bookmarks: whatever this process wrote, it reads
// (causal consistency within an instance); reads never add bookmarks of their own. Bookmarks
// handed in from elsewhere (another instance's write, see src/server/bookmarks.ts) extend that to
// a client writing through one instance and reading through another.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord, type Transaction } from "neo4j-driver";
import type { Config } from "../config/config.ts";
import type { Logger } from "../config/logger.ts";
import { CircuitBreaker, DatabaseUnavailableError, TransactionTimeoutError } from "./circuit-breaker.ts";
import { statement } from "./cypher-registry.ts";
import { DRIVER_VALUE_OPTIONS } from "./mapping.ts";
import { ROW_SCHEMAS, type Params, type Rows, type StatementName } from "./statements.ts";

export type { Params, Rows, StatementName };
export { DatabaseUnavailableError, TransactionTimeoutError };

/** True for the name of a statement printed into src/db/statements.ts. */
export function isStatementName(name: string): name is StatementName {
  return Object.hasOwn(ROW_SCHEMAS, name);
}

/** The parameters argument of a statement: optional when it takes none. */
export type ParamsArg<N extends StatementName> = Record<string, never> extends Params[N] ? [params?: Params[N]] : [params: Params[N]];

/** A transaction that runs named statements and returns plain JS rows (no Neo4j Integers). */
export interface Tx {
  run<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<Rows[N][]>;
  /** Same, but returns the driver's result (summary counters, raw values). */
  runRaw<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<QueryResult>;
}

export interface DatabaseOptions {
  /** Receives the driver's own log lines. */
  readonly logger?: Logger;
  /** Parse every row against the shape its statement's header declares (tests: NODE_ENV=test). */
  readonly checkRows?: boolean;
  /** Neo4j stops any transaction running longer (NEO4J_TX_TIMEOUT_MS); default 20 s. */
  readonly txTimeoutMs?: number;
}

/** How long the readiness ping waits for Neo4j before calling it not ready. */
export const PING_TIMEOUT_MS = 1_500;
/** A connection to the probe that has not opened by then counts as Neo4j down. */
const PROBE_CONNECT_TIMEOUT_MS = 1_500;

/** A row that does not have the shape its statement's `returns:` header declares. */
export class RowShapeError extends Error {
  override name = "RowShapeError";
}

/**
 * The rows of a result as their header declares them. Checked row by row when `check` is set (every
 * test run), so a projection that drifts from its header fails a test; trusted otherwise — this is
 * the one place the untyped driver result becomes typed rows.
 */
export function rowsOf<N extends StatementName>(name: N, records: readonly Neo4jRecord[], check: boolean): Rows[N][] {
  // The driver already decodes integers as numbers (DRIVER_VALUE_OPTIONS) and statements return
  // maps, lists and scalars only, so a record is a plain row as it comes: no second walk.
  const plain = records.map((r) => r.toObject());
  if (!check) return plain as Rows[N][];
  return plain.map((row) => parseRow(name, row));
}

export function parseRow<N extends StatementName>(name: N, row: unknown): Rows[N] {
  const parsed = ROW_SCHEMAS[name].safeParse(row);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`);
  throw new RowShapeError(
    `${statement(name).file}: a row does not match its \`returns:\` header (${issues.join("; ")}). ` +
      `Fix the projection or the header, then run \`npm run schema:print\`. Row: ${JSON.stringify(row).slice(0, 300)}`,
  );
}

export interface DatabaseStats {
  roundTrips: number;
  /** When set, server-side time (ms) and calls per statement name are added here (benchmarks). */
  profile?: Map<string, { calls: number; serverMs: number }>;
}

/** Neo4j refused a bookmark a client sent (malformed, or of another database). */
export class InvalidBookmarkError extends Error {
  override name = "InvalidBookmarkError";
}

export interface TransactionOptions {
  /** This transaction's timeout instead of the database's (NEO4J_TX_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

/** A read transaction held open across several awaits (a GraphQL request's reads); not retried by the driver. */
export interface ReadTransaction {
  readonly tx: Tx;
  /** Commits (it only read) and closes its session. */
  close(): Promise<void>;
}

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  readonly stats: DatabaseStats;
  /** `timeoutMs` overrides the transaction timeout (migrations: index builds take their time). */
  read<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Begins a read transaction that stays open until closed. With `bookmarks` (another instance's
   * writes) it sees at least those writes: a cluster member waits until it has applied them.
   */
  beginRead(options?: { bookmarks?: readonly string[] }): Promise<ReadTransaction>;
  write<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** The bookmarks of the latest transactions this process ran: hand them to another instance to read this one's writes. */
  bookmarks(): Promise<string[]>;
  /** True when Neo4j answers within timeoutMs (the readiness probe; it also feeds the circuit breaker). */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface Connection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

export function connectionFromConfig(config: Config, local?: { uri: string; password: string }): Connection {
  return {
    uri: config.neo4j.uri ?? local?.uri ?? "",
    username: config.neo4j.uri ? config.neo4j.username : "neo4j",
    password: (config.neo4j.uri ? config.neo4j.password : local?.password) ?? "",
    database: config.neo4j.database,
  };
}

const INVALID_BOOKMARK = /Transaction\.InvalidBookmark/;

function invalidBookmark(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && INVALID_BOOKMARK.test(code) ? new InvalidBookmarkError(`Neo4j refused a bookmark: ${(err as Error).message}`, { cause: err }) : err;
}

const TERMINATED = /Transaction\.(TransactionTimedOut|Terminated|LockClientStopped)/;

/**
 * Neo4j ends a transaction that outlives its timeout as "terminated", a transient error the driver
 * would retry for 15 s: past the timeout it becomes a TransactionTimeoutError, which is not retried.
 */
function cutByTimeout(err: unknown, startedAt: number, txTimeoutMs: number): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  const terminated = typeof code === "string" && TERMINATED.test(code);
  return terminated && performance.now() - startedAt >= 0.9 * txTimeoutMs ? new TransactionTimeoutError(txTimeoutMs, { cause: err }) : err;
}

const ROLLED_BACK = /because it has been rolled back either because of an error or explicit termination/;

function wrapTx(tx: ManagedTransaction | Transaction, stats: DatabaseStats, checkRows: boolean, txTimeoutMs: number): Tx {
  const startedAt = performance.now();
  // The first statement error of this transaction. Statements are pipelined: when one fails (a
  // deadlock Neo4j detected, say), the driver answers every later one with "has been rolled
  // back", which is not retryable; the later ones rethrow the first error instead, so a
  // transient failure is retried by the driver as it should, whichever await sees it first.
  let failure: { error: unknown } | null = null;
  const runRaw = async (name: StatementName, params: Record<string, unknown> = {}) => {
    const s = statement(name);
    const missing = s.params.filter((p) => !(p in params));
    if (missing.length) throw new Error(`${s.file}: missing parameter(s) ${missing.map((p) => "$" + p).join(", ")}`);
    stats.roundTrips++;
    let result: QueryResult;
    try {
      result = await tx.run(s.text, params);
    } catch (err) {
      if (failure && ROLLED_BACK.test((err as Error | null)?.message ?? "")) throw failure.error;
      const mapped = invalidBookmark(cutByTimeout(err, startedAt, txTimeoutMs));
      failure ??= { error: mapped };
      throw mapped;
    }
    if (stats.profile) {
      const entry = stats.profile.get(name) ?? { calls: 0, serverMs: 0 };
      entry.calls++;
      entry.serverMs += neo4j.integer.toNumber(result.summary.resultAvailableAfter) + neo4j.integer.toNumber(result.summary.resultConsumedAfter);
      stats.profile.set(name, entry);
    }
    return result;
  };
  return {
    runRaw: (name, ...params) => runRaw(name, params[0]),
    async run(name, ...params) {
      const result = await runRaw(name, params[0]);
      return rowsOf(name, result.records, checkRows);
    },
  };
}

/** The driver's own log lines go to the logger (at its level), marked as the driver's. */
function driverLogging(logger: Logger | undefined) {
  const level = (["debug", "info", "warn", "error"] as const).find((l) => l === logger?.level);
  if (!logger || !level) return undefined; // silent
  const log = logger.child({ component: "neo4j-driver" });
  return { level, logger: (lvl: "debug" | "info" | "warn" | "error", message: string) => log[lvl](message) };
}

export function openDatabase(conn: Connection, options: DatabaseOptions = {}): Database {
  const { logger, checkRows = false, txTimeoutMs = 20_000 } = options;
  const auth = neo4j.auth.basic(conn.username, conn.password);
  const driver = neo4j.driver(conn.uri, auth, {
    logging: driverLogging(logger),
    // A dead server is noticed by the circuit breaker; these bound a connection that hangs.
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    ...DRIVER_VALUE_OPTIONS,
  });
  // The readiness probe has a connection of its own, so a pool busy with slow queries never makes
  // a live server look dead.
  let probeDriver: Driver | null = null;
  const probe = () => (probeDriver ??= neo4j.driver(conn.uri, auth, { connectionTimeout: PROBE_CONNECT_TIMEOUT_MS, maxConnectionPoolSize: 2 }));
  const stats: DatabaseStats = { roundTrips: 0 };
  const bookmarkManager: BookmarkManager = neo4j.bookmarkManager();
  // Writes take the manager (they wait for, and then add, this process's bookmarks). Reads begin
  // with its bookmarks but never add theirs: a read that commits while a long write is still being
  // applied is handed a bookmark of that write, and with it every later read of the process waited
  // until the write was applied (all reads stalled 3–5 s at the end of a 1 MB article's ingest).
  const session = async (mode: "READ" | "WRITE", bookmarks: readonly string[] = []) =>
    mode === "WRITE"
      ? driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager, ...(bookmarks.length ? { bookmarks: [...bookmarks] } : {}) })
      : driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ, bookmarks: [...(await bookmarkManager.getBookmarks()), ...bookmarks] });
  const timedOut = (err: unknown, timeoutMs = txTimeoutMs) => {
    const code = (err as { code?: unknown } | null)?.code;
    return typeof code === "string" && code.includes("TransactionTimedOut") ? new TransactionTimeoutError(timeoutMs, { cause: err }) : err;
  };
  const transaction = async <T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> => {
    const s = await session(mode);
    const timeoutMs = options.timeoutMs ?? txTimeoutMs;
    const config = { timeout: timeoutMs };
    const wrapped = (tx: ManagedTransaction) => work(wrapTx(tx, stats, checkRows, timeoutMs));
    try {
      return await (mode === "READ" ? s.executeRead(wrapped, config) : s.executeWrite(wrapped, config));
    } catch (err) {
      throw timedOut(err, timeoutMs);
    } finally {
      await s.close().catch(() => undefined);
    }
  };
  // A refused or broken connection says "down" at once; a ping that is merely slow (a busy server)
  // says nothing to the breaker, so load alone never opens it. A connection that hangs fails after
  // the probe driver's connectionTimeout, which is the black-holed-network case.
  const ping = async (timeoutMs = PING_TIMEOUT_MS) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), timeoutMs);
    });
    const attempt = (async () => {
      const s = probe().session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
      try {
        await s.run(statement("read/ping").text);
        return "up" as const;
      } catch {
        return "down" as const;
      } finally {
        await s.close().catch(() => undefined);
      }
    })();
    // The breaker learns the answer even when it comes after this ping gave up waiting.
    void attempt.then((answer) => breaker.record(answer === "up"));
    try {
      return (await Promise.race([attempt, timeout])) === "up";
    } finally {
      clearTimeout(timer);
    }
  };
  const breaker = new CircuitBreaker({ probe: () => ping() });
  return {
    driver,
    name: conn.database,
    stats,
    read: (work, options) => breaker.guard(() => transaction("READ", work, options)),
    write: (work, options) => breaker.guard(() => transaction("WRITE", work, options)),
    ping,
    bookmarks: async () => [...(await bookmarkManager.getBookmarks())],
    async close() {
      breaker.dispose();
      await Promise.all([driver.close(), probeDriver?.close()]);
    },
    async beginRead(options = {}) {
      // One read transaction a request keeps open (src/server/request-transaction.ts): guarded by
      // the breaker and bounded by the transaction timeout like every other transaction.
      return breaker.guard(async () => {
        const s = await session("READ", options.bookmarks);
        try {
          const tx = await s.beginTransaction({ timeout: txTimeoutMs });
          return {
            tx: wrapTx(tx, stats, checkRows, txTimeoutMs),
            async close() {
              try {
                if (tx.isOpen()) await tx.commit();
              } finally {
                await s.close().catch(() => undefined);
              }
            },
          };
        } catch (err) {
          await s.close().catch(() => undefined);
          throw invalidBookmark(timedOut(err));
        }
      });
    },
  };
}
