// Runs a local Redis (Debian's redis-server) for the tests and for trying several instances on one
// machine, the way src/db/local-neo4j.ts runs the local Neo4j: its own folder (PID, log), bound to
// 127.0.0.1 on the port given, nothing persisted (pub/sub needs no data), started detached and
// stopped by its recorded PID.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface LocalRedisOptions {
  /** Folder holding the PID file and the log. */
  readonly dir: string;
  readonly port: number;
  /** The server binary (default redis-server on PATH). */
  readonly command?: string;
}

export interface LocalRedis {
  readonly url: string;
  readonly pid: number;
  /** True when this call started it (so the caller may stop it). */
  readonly started: boolean;
}

export class LocalRedisError extends Error {
  override name = "LocalRedisError";
}

const files = (dir: string) => ({ pid: path.join(dir, "redis.pid"), log: path.join(dir, "redis.log") });

export const localRedisUrl = (port: number) => `redis://127.0.0.1:${port}`;

/** True when something on 127.0.0.1:port answers PING with PONG. */
export function redisAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

function readPid(dir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(files(dir).pid, "utf8"), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isOurRedis(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("redis-server");
  } catch {
    return true; // no /proc: trust the live PID
  }
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Starts redis-server unless this folder's is already running; resolves once it answers PING. */
export async function start(opts: LocalRedisOptions): Promise<LocalRedis> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const f = files(opts.dir);
  const url = localRedisUrl(opts.port);
  const existing = readPid(opts.dir);
  if (existing !== null && isOurRedis(existing) && (await redisAnswers(opts.port))) return { url, pid: existing, started: false };
  if (await redisAnswers(opts.port)) {
    throw new LocalRedisError(`Port ${opts.port} on 127.0.0.1 already has a Redis that is not this folder's (${opts.dir}); choose another port.`);
  }
  const out = fs.openSync(f.log, "a");
  const child = spawn(
    opts.command ?? "redis-server",
    ["--port", String(opts.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", opts.dir, "--protected-mode", "yes"],
    { detached: true, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  const failed = await Promise.race([spawnError, new Promise<null>((resolve) => setTimeout(() => resolve(null), 100))]);
  if (failed || !child.pid) {
    const missing = (failed as NodeJS.ErrnoException | null)?.code === "ENOENT";
    throw new LocalRedisError(
      missing
        ? "redis-server was not found: install it (apt-get install -y redis-server), or set REDIS_URL to a Redis you run."
        : `Could not start redis-server: ${failed?.message ?? "no process"}`,
    );
  }
  child.unref();
  fs.writeFileSync(f.pid, String(child.pid));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (!isOurRedis(child.pid)) throw new LocalRedisError(`redis-server exited during start-up. Last lines of ${f.log}:\n${tail(f.log)}`);
    if (await redisAnswers(opts.port)) return { url, pid: child.pid, started: true };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new LocalRedisError(`redis-server did not answer on ${url} within 20 s. Last lines of ${f.log}:\n${tail(f.log)}`);
}

/** Stops this folder's redis-server by its recorded PID. Returns whether one was running. */
export async function stop(opts: Pick<LocalRedisOptions, "dir">): Promise<boolean> {
  const pid = readPid(opts.dir);
  fs.rmSync(files(opts.dir).pid, { force: true });
  if (pid === null || !isOurRedis(pid)) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (isOurRedis(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isOurRedis(pid)) process.kill(pid, "SIGKILL");
  return true;
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
