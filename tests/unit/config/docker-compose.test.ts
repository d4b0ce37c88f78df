// docker-compose.yml cannot run here (no Docker engine), so its contract is checked by parsing it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../../src/config/config.ts";

interface Service {
  image?: string;
  profiles?: string[];
  deploy?: { replicas?: number };
  configs?: { source: string; target: string }[];
  command?: string[];
  build?: unknown;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  configs: Record<string, { content: string }>;
};
const byDefault = Object.entries(compose.services).filter(([, s]) => !s.profiles).map(([name]) => name);

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community, Redis and the service built from this repo", () => {
    expect(byDefault.sort()).toEqual(["neo4j", "newsgraph", "redis"]);
    expect(compose.services.neo4j!.image).toBe("neo4j:5.26-community");
    expect(compose.services.newsgraph!.build).toBe(".");
    expect(fs.existsSync(path.join(PROJECT_ROOT, "Dockerfile"))).toBe(true);
  });

  it("publishes Bolt 7687 and GraphQL 4000 on loopback only", () => {
    expect(compose.services.neo4j!.ports).toContain("127.0.0.1:7687:7687");
    expect(compose.services.newsgraph!.ports).toContain("127.0.0.1:4000:4000");
  });

  it("health-checks Neo4j with a real query and waits for it before starting the service", () => {
    expect(compose.services.neo4j!.healthcheck!.test.join(" ")).toMatch(/cypher-shell .*RETURN 1/);
    expect(compose.services.newsgraph!.depends_on!.neo4j!.condition).toBe("service_healthy");
    expect(compose.services.newsgraph!.healthcheck!.test.join(" ")).toMatch(/\/readyz/);
  });

  it("keeps data in a named volume and takes auth from the environment", () => {
    expect(compose.services.neo4j!.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
    expect(compose.services.neo4j!.environment!.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(compose.services.newsgraph!.environment!.NEO4J_URI).toBe("bolt://neo4j:7687");
  });

  it("shares one Redis between instances, health-checked before they start", () => {
    expect(compose.services.redis!.healthcheck!.test.join(" ")).toMatch(/redis-cli ping/);
    for (const name of ["newsgraph", "api"]) {
      expect(compose.services[name]!.environment!.REDIS_URL).toBe("redis://redis:6379");
      expect(compose.services[name]!.depends_on!.redis!.condition).toBe("service_healthy");
    }
  });

  it("has a scale profile: two API replicas behind a proxy that streams SSE unbuffered", () => {
    const { api, proxy } = compose.services;
    expect(api!.profiles).toEqual(["scale"]);
    expect(api!.deploy!.replicas).toBe(2);
    expect(api!.environment!.TRUST_PROXY).toBe("on");
    expect(proxy!.profiles).toEqual(["scale"]);
    expect(proxy!.ports).toContain("127.0.0.1:8080:80");
    const conf = compose.configs[proxy!.configs![0]!.source]!.content;
    expect(conf).toMatch(/proxy_pass http:\/\/newsgraph_api/);
    expect(conf).toMatch(/server api:4000/);
    expect(conf).toMatch(/proxy_buffering off/);
    expect(conf).toMatch(/X-Forwarded-For \$\$proxy_add_x_forwarded_for/);
  });
});
