// npm start: validate config, reach (or start) Neo4j, migrate, load sample data into an empty
// database, serve HTTP, and shut down gracefully on SIGINT/SIGTERM.
import http from "node:http";
import { ConfigError, loadConfig } from "../config/config.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { refreshPendingAggregates } from "../ingest/ingest-article.ts";
import { loadSamplesIfEmpty } from "../ingest/sample-data.ts";
import { createApp } from "./app.ts";

const log = (line: string) => console.log(`[newsgraph] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connect(config, log);
  await migrate(db, log);
  // An ingest interrupted between an article's transaction and the fold of its shared facts
  // left articles pending: fold them before serving.
  const folded = await refreshPendingAggregates(db);
  if (folded) log(`Folded the shared facts of ${folded} article(s) left pending by an interrupted ingest`);
  if (config.sampleData === "auto") {
    const loaded = await loadSamplesIfEmpty(db);
    if (loaded) log(`Empty database: loaded ${loaded.written} sample articles (${loaded.entitiesCreated} entities, ${loaded.eventsCreated} events)`);
  }
  const app = createApp({ config, db });
  const server = http.createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const shown = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
  log(`GraphQL ready at http://${shown}:${config.port}/graphql`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing in-flight requests, then closing`);
    app.markShuttingDown();
    // close() stops accepting connections and waits for in-flight requests to finish.
    server.close(() => {
      void db.close().then(() => {
        log("Closed the Neo4j driver. Bye.");
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log("Forcing exit after 15 s");
      process.exit(1);
    }, 15_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `Start-up failed: ${err.message}`);
  process.exit(1);
});
