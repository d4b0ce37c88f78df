// Manages the project's own Neo4j 5.26 Community server: fetched from Maven Central with Maven,
// cached under the git-ignored local dir, started detached with a recorded PID, stopped by it.
//
// Maven Central does not publish the 5.26 server tarball (only the assembly POM), so the server is
// the genuine engine (org.neo4j:neo4j) run by scripts/neo4j-launcher with Bolt on 127.0.0.1.
import { execFile, spawn } from "node:child_process";
import readline from "node:readline";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.ts";
import type { Logger } from "../config/logger.ts";
import { statement } from "./cypher-registry.ts";

const run = promisify(execFile);
const LAUNCHER_DIR = path.join(PROJECT_ROOT, "scripts", "neo4j-launcher");
const LAUNCHER_CLASS = "newsgraph.Neo4jLauncher";
/** The environment variable the launcher reads the password from. */
export const PASSWORD_ENV = "NEWSGRAPH_NEO4J_PASSWORD";
const LAUNCHER_SOURCE = path.join(LAUNCHER_DIR, "src", "main", "java", "newsgraph", "Neo4jLauncher.java");

export interface LocalNeo4jOptions {
  /** Folder holding this server's data, log, PID and password. */
  readonly dir: string;
  /** Folder holding the Maven cache and the compiled launcher, shared by every local server. */
  readonly cacheDir?: string;
  readonly port: number;
  readonly heap: string;
  readonly pageCache: string;
  /** Password to use; when undefined one is generated once and kept in DIR/password. */
  readonly password?: string | undefined;
  /** Receives progress (download, start, ready) at info level. */
  readonly logger?: Logger | undefined;
}

export interface LocalNeo4jStatus {
  readonly running: boolean;
  readonly pid: number | null;
  readonly uri: string;
  readonly logFile: string;
}

export interface LocalNeo4jConnection {
  readonly uri: string;
  readonly username: "neo4j";
  readonly password: string;
  /** True when this call started the server (so the caller may stop it). */
  readonly started: boolean;
  readonly pid: number;
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".neo4j", "cache");

function files(dir: string, cacheDir: string = DEFAULT_CACHE_DIR) {
  return {
    m2: path.join(cacheDir, "m2"),
    classes: path.join(cacheDir, "launcher", "classes"),
    classpath: path.join(cacheDir, "launcher", "classpath.txt"),
    home: path.join(dir, "server"),
    pid: path.join(dir, "neo4j.pid"),
    lock: path.join(dir, "start.lock"),
    password: path.join(dir, "password"),
    log: path.join(dir, "neo4j.log"),
  };
}

export function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** The password of the local server: configured, or generated once and stored in DIR/password. */
export function localPassword(opts: Pick<LocalNeo4jOptions, "dir" | "password">): string {
  if (opts.password) return opts.password;
  const f = files(opts.dir).password;
  if (fs.existsSync(f)) return fs.readFileSync(f, "utf8").trim();
  fs.mkdirSync(opts.dir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  fs.writeFileSync(f, generated + "\n", { mode: 0o600 });
  return generated;
}

const JAVA_HINT = "a Java 17+ runtime (e.g. apt-get install openjdk-17-jdk-headless)";

async function requireTool(cmd: string, args: string[], install: string): Promise<void> {
  try {
    await run(cmd, args, { timeout: 30_000 });
  } catch {
    throw new LocalNeo4jError(
      `${cmd} was not found (needed to fetch and run the local Neo4j). Install ${install}, ` +
        "or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use an existing Neo4j server.",
    );
  }
}

/** Files and bytes Maven has downloaded so far, from its "Downloaded from …" lines. */
export interface MavenProgress {
  files: number;
  bytes: number;
}

const SIZE_UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** Adds one line of Maven's batch output to the progress; true when it was a finished download. */
export function addMavenLine(progress: MavenProgress, line: string): boolean {
  const m = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
  if (!m) return false;
  progress.files++;
  progress.bytes += Number(m[1]) * (SIZE_UNITS[m[2]!] ?? 1);
  return true;
}

/**
 * Runs Maven in batch mode and reports its downloads at info level every few seconds (the first
 * fetch of Neo4j takes minutes: a single line for all of it looks like a hang). Resolves with its
 * output; rejects with the tail of it when Maven fails.
 */
export function runMaven(args: string[], logger: Logger | undefined, command = "mvn", everyMs = 3_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ["-B", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const progress: MavenProgress = { files: 0, bytes: 0 };
    let output = "";
    let lastReport = Date.now();
    const report = () => {
      lastReport = Date.now();
      logger?.info(progress, `Fetching Neo4j from Maven Central: ${progress.files} files, ${(progress.bytes / 1e6).toFixed(1)} MB so far…`);
    };
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on("line", (line) => {
        output = (output + line + "\n").slice(-20_000);
        if (addMavenLine(progress, line) && Date.now() - lastReport >= everyMs) report();
      });
    }
    const timer = setTimeout(() => child.kill("SIGTERM"), 600_000);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(output.slice(-2000) || `mvn exited with status ${code}`));
      if (progress.files) report();
      resolve(output);
    });
  });
}

/** Fetches Neo4j with Maven (first time only) and compiles the launcher. Returns the classpath. */
async function prepare(opts: LocalNeo4jOptions): Promise<string> {
  const f = files(opts.dir, opts.cacheDir);
  const classFile = path.join(f.classes, "newsgraph", "Neo4jLauncher.class");
  const fresh =
    fs.existsSync(f.classpath) &&
    fs.existsSync(classFile) &&
    fs.statSync(classFile).mtimeMs >= fs.statSync(LAUNCHER_SOURCE).mtimeMs &&
    fs.statSync(f.classpath).mtimeMs >= fs.statSync(path.join(LAUNCHER_DIR, "pom.xml")).mtimeMs;
  if (fresh) return fs.readFileSync(f.classpath, "utf8").trim();

  await requireTool("javac", ["-version"], "a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)");
  await requireTool("mvn", ["-v"], "Apache Maven 3.8+ (e.g. apt-get install maven)");
  fs.mkdirSync(path.dirname(f.classpath), { recursive: true });
  opts.logger?.info("Fetching Neo4j 5.26 Community from Maven Central (first run only)…");
  try {
    await runMaven(
      [`-Dmaven.repo.local=${f.m2}`, "-f", path.join(LAUNCHER_DIR, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${f.classpath}`],
      opts.logger,
    );
  } catch (err) {
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j: ${(err as Error).message.slice(-2000)}\n` +
        "Check that Maven Central is reachable, or set NEO4J_URI to an existing server.",
    );
  }
  const classpath = fs.readFileSync(f.classpath, "utf8").trim();
  fs.rmSync(f.classes, { recursive: true, force: true });
  await run("javac", ["-cp", classpath, "-d", f.classes, LAUNCHER_SOURCE], { timeout: 120_000 });
  return classpath;
}

function readPid(dir: string): number | null {
  const f = files(dir).pid;
  if (!fs.existsSync(f)) return null;
  const pid = Number.parseInt(fs.readFileSync(f, "utf8"), 10);
  return Number.isFinite(pid) && pid > 0 ? pid : null;
}

/** True when PID is alive and is our launcher (not a recycled PID of some other program). */
function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the live PID
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  // Bolt answers before the default database is online: ready means a query on it succeeds.
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(statement("read/ping").text);
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => undefined);
    await driver.close();
  }
}

export async function status(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const pid = readPid(opts.dir);
  const running = pid !== null && isOurServer(pid);
  return { running, pid: running ? pid : null, uri: localUri(opts.port), logFile: files(opts.dir).log };
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Exclusive lock so two concurrent `db:start`s cannot launch two servers. */
async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch {
      const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (!alive) fs.rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) throw new LocalNeo4jError(`Timed out waiting for ${lockFile}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/**
 * Starts the local server unless it is already running; resolves once Bolt answers.
 * Safe to call twice or concurrently: the second caller gets the running server.
 */
export async function start(opts: LocalNeo4jOptions): Promise<LocalNeo4jConnection> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const f = files(opts.dir);
  const password = localPassword(opts);
  const uri = localUri(opts.port);
  return withLock(f.lock, async () => {
    const existing = readPid(opts.dir);
    if (existing !== null && isOurServer(existing)) {
      await waitForBolt(uri, password, existing, f.log);
      return { uri, username: "neo4j", password, started: false, pid: existing };
    }
    fs.rmSync(f.pid, { force: true });
    // A server that was just killed may still hold its port for a moment while it exits (its
    // command line disappears before its sockets close): give the port a few seconds to free up.
    for (let i = 0; i < 40 && (await portInUse(opts.port)); i++) await new Promise((r) => setTimeout(r, 250));
    if (await portInUse(opts.port)) {
      throw new LocalNeo4jError(
        `Port ${opts.port} on 127.0.0.1 is taken by another program. Stop it, set NEO4J_LOCAL_PORT to a free port, ` +
          "or set NEO4J_URI to use that server.",
      );
    }
    // Checked on every start, not only when building: the cached launcher still needs a JVM.
    await requireTool("java", ["-version"], JAVA_HINT);
    const classpath = await prepare(opts);
    fs.mkdirSync(f.home, { recursive: true });
    const out = fs.openSync(f.log, "a");
    const child = spawn(
      "java",
      [
        `-Xms${opts.heap}`,
        `-Xmx${opts.heap}`,
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8",
        `-Dnewsgraph.home=${f.home}`,
        `-Dnewsgraph.boltPort=${opts.port}`,
        `-Dnewsgraph.pageCache=${opts.pageCache}`,
        "-cp",
        `${f.classes}${path.delimiter}${classpath}`,
        LAUNCHER_CLASS,
      ],
      // The password goes by environment, never on the command line (which `ps` shows to every user).
      { detached: true, stdio: ["ignore", out, out], env: { ...process.env, [PASSWORD_ENV]: password } },
    );
    fs.closeSync(out);
    if (!child.pid) throw new LocalNeo4jError("Could not start java for the local Neo4j");
    child.unref();
    fs.writeFileSync(f.pid, String(child.pid));
    opts.logger?.info({ pid: child.pid, logFile: f.log }, `Starting Neo4j (pid ${child.pid}, log ${f.log})…`);
    await waitForBolt(uri, password, child.pid, f.log);
    opts.logger?.info({ uri }, `Neo4j is ready at ${uri}`);
    return { uri, username: "neo4j", password, started: true, pid: child.pid };
  });
}

async function waitForBolt(uri: string, password: string, pid: number, log: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (!isOurServer(pid)) {
      throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of ${log}:\n${tail(log)}`);
    }
    if (await boltAnswers(uri, password)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within 180 s. Last lines of ${log}:\n${tail(log)}`);
}

/** Stops the server by its recorded PID (SIGTERM, then SIGKILL after 60 s). Returns whether one was running. */
export async function stop(opts: Pick<LocalNeo4jOptions, "dir">): Promise<boolean> {
  const f = files(opts.dir);
  const pid = readPid(opts.dir);
  if (pid === null || !isOurServer(pid)) {
    fs.rmSync(f.pid, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isOurServer(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isOurServer(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(f.pid, { force: true });
  return true;
}
