// The one logger: pino, at LOG_LEVEL, writing JSON lines. The server, yoga, the driver wrapper,
// migrations and the local-Neo4j manager all receive it; nothing else writes log lines.
// Secrets never reach the output: known secret keys (passwords, API keys, authorization and
// x-api-key headers) are censored wherever they appear in a logged object, and the configured
// secret values and bearer tokens are masked inside message strings too.
import { pino, type DestinationStream, type Logger } from "pino";
import type { YogaLogger } from "graphql-yoga";
import type { Config } from "./config.ts";

export type { Logger };

export const CENSOR = "[redacted]";

/** Object keys whose values are secrets, at the top level and one level down (pino's redact paths). */
const SECRET_KEYS = ["password", "apiKey", "ingestApiKey", "authorization", "token", "secret"];
const SECRET_HEADERS = ["headers.authorization", "headers.cookie", 'headers["x-api-key"]'];

export const REDACT_PATHS = [
  ...[...SECRET_KEYS, ...SECRET_HEADERS].flatMap((path) => [path, `*.${path}`]),
  "config.neo4j.password",
];

export interface LoggerOptions {
  /** Where the JSON lines go: stdout by default; CLIs pass stderr so their stdout stays data. */
  destination?: DestinationStream;
}

export function createLogger(config: Pick<Config, "logLevel" | "neo4j" | "ingestApiKey">, options: LoggerOptions = {}): Logger {
  const secrets = [config.neo4j.password, config.ingestApiKey].filter((s): s is string => typeof s === "string" && s.length >= 8);
  const mask = (s: string) => {
    let out = s.replace(/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, `$1 ${CENSOR}`);
    for (const secret of secrets) out = out.split(secret).join(CENSOR);
    return out;
  };
  return pino(
    {
      level: config.logLevel,
      base: { name: "newsgraph" },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      hooks: {
        logMethod(args, method) {
          // pino takes an error's message as the line's message: make it explicit so it is masked too.
          let [first, ...rest]: unknown[] = args;
          if (first instanceof Error) [first, rest] = [{ err: first }, rest.length ? rest : [first.message]];
          else if (rest.length === 0 && isObjectWithError(first)) rest = [first.err.message];
          method.apply(this, [first, ...rest].map((a) => (typeof a === "string" ? mask(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: {
        // An error's message may quote a connection string or a header: mask it like a message.
        err(e: Error) {
          const out = pino.stdSerializers.err(e);
          out.message = mask(out.message);
          out.stack = mask(out.stack);
          return out;
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

function isObjectWithError(value: unknown): value is { err: Error } {
  return typeof value === "object" && value !== null && (value as { err?: unknown }).err instanceof Error;
}

/** A logger that writes nothing: the default where a caller passes none (tests, library use). */
export const silentLogger: Logger = pino({ level: "silent" });

/** The shape yoga logs through: a message or an error, and any details after it. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: "debug" | "info" | "warn" | "error") =>
    (first: unknown, ...details: unknown[]) => {
      const extra = details.length ? { details } : {};
      if (typeof first === "string") logger[level](extra, first);
      else if (first instanceof Error) logger[level]({ err: first, ...extra }, first.message);
      else logger[level]({ details: [first, ...details] }, "yoga");
    };
  return { debug: forward("debug"), info: forward("info"), warn: forward("warn"), error: forward("error") };
}
