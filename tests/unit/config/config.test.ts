import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/config.ts";

describe("configuration", () => {
  it("defaults to the local Neo4j and port 4000 when nothing is set", () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.neo4j.database).toBe("neo4j");
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("reports every invalid variable in one message", () => {
    try {
      loadConfig({ PORT: "99999", NEO4J_URI: "http://x", NEO4J_LOCAL_HEAP: "lots" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT: PORT must be between 1 and 65535/);
      expect(msg).toMatch(/NEO4J_URI: NEO4J_URI must look like bolt:\/\//);
      expect(msg).toMatch(/NEO4J_LOCAL_HEAP/);
      expect(msg).toMatch(/README/);
    }
  });

  it("requires a password when NEO4J_URI names an existing server", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD: required/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", NEO4J_URI: "" }).port).toBe(4000);
  });
});

describe("network-facing settings", () => {
  it("turns introspection and GraphiQL off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ introspection: false, graphiql: false, trustedDocuments: false });
    expect(loadConfig({})).toMatchObject({ introspection: true, graphiql: true });
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "on", GRAPHIQL: "on" })).toMatchObject({ introspection: true, graphiql: true });
  });

  it("refuses GraphiQL without introspection, and credentials for every origin", () => {
    expect(() => loadConfig({ GRAPHIQL: "on", GRAPHQL_INTROSPECTION: "off" })).toThrow(/GRAPHIQL: GraphiQL reads the schema by introspection/);
    expect(() => loadConfig({ CORS_ORIGINS: "*", CORS_CREDENTIALS: "on" })).toThrow(/CORS_CREDENTIALS: credentials cannot be allowed for every origin/);
  });

  it("parses CORS_ORIGINS as a list of origins and refuses a URL with a path", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:5173" }).cors).toEqual({ origins: ["https://a.example", "http://localhost:5173"], credentials: false });
    expect(loadConfig({}).cors.origins).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: "https://a.example/app" })).toThrow(/CORS_ORIGINS must be a comma-separated list of origins/);
  });

  it("sizes the request body limit from MAX_ARTICLE_BYTES and validates the timeouts", () => {
    expect(loadConfig({ MAX_ARTICLE_BYTES: "1000000" }).maxRequestBytes).toBe(2_000_000 + 65_536);
    expect(loadConfig({}).requestTimeoutMs).toBe(30_000);
    expect(loadConfig({ NEO4J_TX_TIMEOUT_MS: "5000" }).neo4jTxTimeoutMs).toBe(5_000);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: "5" })).toThrow(/REQUEST_TIMEOUT_MS must be at least 100/);
  });

  it("takes a Redis URL for the event bus and bounds subscriptions, refusing what is not one", () => {
    const c = loadConfig({ REDIS_URL: "redis://127.0.0.1:6380", MAX_SUBSCRIPTIONS: "50", SUBSCRIPTIONS_PER_CLIENT: "5", TRUST_PROXY: "on" });
    expect(c.redisUrl).toBe("redis://127.0.0.1:6380");
    expect(c.subscriptions).toEqual({ max: 50, perClient: 5 });
    expect(c.trustProxy).toBe(true);
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({}).subscriptions).toEqual({ max: 1000, perClient: 16 });
    expect(() => loadConfig({ REDIS_URL: "localhost:6379", SUBSCRIPTIONS_PER_CLIENT: "0" })).toThrow(
      /REDIS_URL must look like redis:\/\/host:6379[\s\S]*SUBSCRIPTIONS_PER_CLIENT must be at least 1/,
    );
  });
});
