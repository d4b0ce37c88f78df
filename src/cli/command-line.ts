// What every CLI in this folder shares: strict argument parsing (node:util parseArgs, so an
// unknown or misspelt option is refused instead of guessed at), usage errors that say what to
// type instead, and running a command as the process's entry point with its exit status
// (0 done, 1 something was rejected or failed, 2 bad usage).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Bad usage: the message says what was wrong; the runner prints it with the usage, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;

/** parseArgs with strict: true; its errors become UsageErrors with short messages. */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(usageMessage(err));
  }
}

function usageMessage(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? message}`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return message.replace(/^Option '([^ ']+)[^']*'/, "$1");
  return message;
}

/** The value of a numeric option, or a UsageError naming the option. */
export function positiveInteger(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${option} needs a positive integer, got ${value}`);
  return n;
}

/**
 * Runs `main` with the process's arguments when `moduleUrl` is the script node was started with
 * (so tests can import a CLI module for its parser without running it).
 */
export function runAsMain(moduleUrl: string, command: { name: string; usage: string }, main: (argv: string[]) => Promise<number>): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(path.resolve(entry)).href !== moduleUrl) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`${err.message}\n${command.usage}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`${command.name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
