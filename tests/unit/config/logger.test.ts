// The one logger: obeys LOG_LEVEL, writes JSON lines, and never writes a secret.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.ts";
import { CENSOR, createLogger, yogaLogger } from "../../../src/config/logger.ts";

const PASSWORD = "neo4j-password-123";
const API_KEY = "ingest-key-0123456789";

function capture(env: Record<string, string> = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  const config = loadConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: PASSWORD, INGEST_API_KEY: API_KEY, ...env });
  return { logger: createLogger(config, { destination }), lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes JSON lines at LOG_LEVEL and drops the levels below it", () => {
    const { logger, records } = capture({ LOG_LEVEL: "warn" });
    logger.info("not shown");
    logger.warn({ port: 7687 }, "shown");
    expect(records()).toEqual([expect.objectContaining({ level: 40, msg: "shown", port: 7687 })]);
  });

  it("censors passwords, API keys and authorization headers in logged objects", () => {
    const { logger, lines } = capture();
    logger.info({ password: "p1", neo4j: { password: "p2" }, apiKey: "k1", headers: { authorization: "Bearer t1", "x-api-key": "k2" }, req: { headers: { authorization: "Basic b1" } } }, "connecting");
    const [line] = lines;
    for (const secret of ["p1", "p2", "k1", "t1", "k2", "b1"]) expect(line).not.toContain(`"${secret}"`);
    expect(line).toContain(`"password":"${CENSOR}"`);
    expect(line).toContain(`"authorization":"${CENSOR}"`);
  });

  it("masks the configured password and API key and bearer tokens inside messages and errors", () => {
    const { logger, lines } = capture();
    logger.warn(`could not log in with ${PASSWORD}`);
    logger.error(new Error(`key ${API_KEY} refused`));
    logger.info("header was Bearer abc.def-ghi");
    const all = lines.join("\n");
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(API_KEY);
    expect(all).not.toContain("abc.def-ghi");
    expect(all).toContain(`Bearer ${CENSOR}`);
  });

  it("gives yoga a logger that keeps yoga's errors with their stack", () => {
    const { logger, records } = capture();
    yogaLogger(logger).error(new Error("resolver exploded"));
    expect(records()[0]).toMatchObject({ level: 50, msg: "resolver exploded", err: { type: "Error", message: "resolver exploded" } });
  });
});
