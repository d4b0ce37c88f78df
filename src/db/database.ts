// The one handle on Neo4j: a driver plus managed read/write transactions that run named
// statements from cypher/. Repositories receive a Tx and never open sessions; callers own the
// transaction. Every statement run is counted, so tests can assert round trips (no N+1).
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from "neo4j-driver";
import type { Config } from "../config/config.ts";
import type { Logger } from "../config/logger.ts";
import { statement } from "./cypher-registry.ts";
import { toPlain } from "./mapping.ts";

export type Row = Record<string, unknown>;

/** A transaction that runs named statements and returns plain JS rows (no Neo4j Integers). */
export interface Tx {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Same, but returns the driver's result (summary counters, raw values). */
  runRaw(name: string, params?: Record<string, unknown>): Promise<QueryResult>;
}

export interface DatabaseStats {
  roundTrips: number;
  /** When set, server-side time (ms) and calls per statement name are added here (benchmarks). */
  profile?: Map<string, { calls: number; serverMs: number }>;
}

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  readonly stats: DatabaseStats;
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** True when Neo4j answers within timeoutMs. */
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

function wrapTx(tx: ManagedTransaction, stats: DatabaseStats): Tx {
  const runRaw = async (name: string, params: Record<string, unknown> = {}) => {
    const s = statement(name);
    const missing = s.params.filter((p) => !(p in params));
    if (missing.length) throw new Error(`${s.file}: missing parameter(s) ${missing.map((p) => "$" + p).join(", ")}`);
    stats.roundTrips++;
    const result = await tx.run(s.text, params);
    if (stats.profile) {
      const entry = stats.profile.get(name) ?? { calls: 0, serverMs: 0 };
      entry.calls++;
      entry.serverMs += result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
      stats.profile.set(name, entry);
    }
    return result;
  };
  return {
    runRaw,
    async run(name, params) {
      const result = await runRaw(name, params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
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

export function openDatabase(conn: Connection, logger?: Logger): Database {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
    logging: driverLogging(logger),
    // Fail fast when the server is gone so /readyz flips quickly; managed transactions retry.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    disableLosslessIntegers: false,
  });
  const stats: DatabaseStats = { roundTrips: 0 };
  const session = (mode: "READ" | "WRITE") =>
    driver.session({
      database: conn.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  return {
    driver,
    name: conn.database,
    stats,
    async read(work) {
      const s = session("READ");
      try {
        return await s.executeRead((tx) => work(wrapTx(tx, stats)));
      } finally {
        await s.close();
      }
    },
    async write(work) {
      const s = session("WRITE");
      try {
        return await s.executeWrite((tx) => work(wrapTx(tx, stats)));
      } finally {
        await s.close();
      }
    },
    async ping(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const probe = (async () => {
        const s = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
        try {
          await s.run(statement("read/ping").text);
          return true;
        } catch {
          return false;
        } finally {
          await s.close().catch(() => undefined);
        }
      })();
      try {
        return await Promise.race([probe, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => driver.close(),
  };
}
