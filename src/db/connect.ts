// Resolves the configuration into an open Database: the server named by NEO4J_URI, or the
// project's local server, started on demand.
import type { Config } from "../config/config.ts";
import type { Logger } from "../config/logger.ts";
import { connectionFromConfig, openDatabase, type Database } from "./database.ts";
import * as localNeo4j from "./local-neo4j.ts";

export function localOptions(config: Config, logger?: Logger): localNeo4j.LocalNeo4jOptions {
  return { ...config.localNeo4j, password: config.neo4j.password, logger };
}

export async function connect(config: Config, logger?: Logger): Promise<Database> {
  // Under test every row is checked against its statement's header, so drift fails a test.
  const options = { logger, checkRows: config.env === "test", txTimeoutMs: config.neo4jTxTimeoutMs };
  if (config.neo4j.uri) {
    return openDatabase(connectionFromConfig(config), options);
  }
  const local = await localNeo4j.start(localOptions(config, logger));
  return openDatabase(connectionFromConfig(config, local), options);
}
