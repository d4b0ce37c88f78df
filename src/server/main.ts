// npm start: validate config, reach (or start) Neo4j, migrate, load sample data into an empty
// database, serve HTTP, and shut down gracefully on SIGINT/SIGTERM. Everything it says goes
// through the one logger (JSON lines on stdout, at LOG_LEVEL).
import http from "node:http";
import { ConfigError, loadConfig, type Config } from "../config/config.ts";
import { createLogger, type Logger } from "../config/logger.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { refreshPendingAggregates } from "../ingest/ingest-article.ts";
import { createExtractionPool } from "../ingest/extraction-pool.ts";
import { loadSamplesIfEmpty } from "../ingest/sample-data.ts";
import { createEventBus } from "../live/event-bus.ts";
import { ingestAnnouncer } from "../live/ingest-announcements.ts";
import { createApp } from "./app.ts";
import { assertPortFree, listen, PortInUseError } from "./listen.ts";

async function main(config: Config, logger: Logger): Promise<void> {
  await assertPortFree(config.port, config.host);
  const db = await connect(config, logger);
  // Redis when REDIS_URL is set (subscriptions reach clients of every instance), else in-process.
  const bus = await createEventBus({ redisUrl: config.redisUrl, database: config.neo4j.database, logger });
  logger.info(`Live updates: ${bus.kind === "redis" ? "Redis event bus (REDIS_URL)" : "in-process event bus (set REDIS_URL to share it between instances)"}`);
  // One pool for the process: the sample load now, the ingestArticle mutation later.
  const extraction = createExtractionPool({ workers: config.extractionWorkers });
  await migrate(db, logger);
  // An ingest interrupted between an article's transaction and the fold of its shared facts
  // left articles pending: fold them before serving.
  const folded = await refreshPendingAggregates(db);
  if (folded) logger.info(`Folded the shared facts of ${folded} article(s) left pending by an interrupted ingest`);
  if (config.sampleData === "auto") {
    const loaded = await loadSamplesIfEmpty(db, extraction, ingestAnnouncer(bus, db, logger));
    if (loaded) logger.info(`Empty database: loaded ${loaded.written} sample articles (${loaded.entitiesCreated} entities, ${loaded.eventsCreated} events)`);
  }
  const app = createApp({ config, db, logger, extraction, bus });
  const server = http.createServer(app.handler);
  await listen(server, config.port, config.host);
  const shown = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
  logger.info(`GraphQL ready at http://${shown}:${config.port}/graphql`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: finishing in-flight requests, then closing`);
    app.markShuttingDown();
    // close() stops accepting connections and waits for in-flight requests to finish.
    server.close(() => {
      void Promise.all([extraction.close(), db.close(), bus.close()]).then(() => {
        logger.info("Closed the Neo4j driver. Bye.");
        process.exit(0);
      });
    });
    // Open subscriptions were completed by markShuttingDown; their connections close as they end.
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn("Forcing exit after 15 s");
      process.exit(1);
    }, 15_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  // No valid configuration, so no logger: the message lists every problem by name.
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(1);
}
const logger = createLogger(config);
main(config, logger).catch((err: Error) => {
  // A busy port is the user's to fix, not a crash: one plain line, no stack.
  if (err instanceof PortInUseError) logger.error(`Start-up failed: ${err.message}`);
  else logger.error({ err }, `Start-up failed: ${err.message}`);
  process.exit(1);
});
