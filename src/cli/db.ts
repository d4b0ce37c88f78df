// npm run db:start | db:stop | db:status | db:migrate
import { loadConfig } from "../config/config.ts";
import { createLogger } from "../config/logger.ts";
import { connect, localOptions } from "../db/connect.ts";
import * as localNeo4j from "../db/local-neo4j.ts";
import { migrate } from "../db/migrate.ts";
import { parseCommandLine, runAsMain, UsageError } from "./command-line.ts";

const USAGE = "usage: tsx src/cli/db.ts start|stop|status|migrate";
const COMMANDS = ["start", "stop", "status", "migrate"] as const;

export function parseDbArgs(argv: string[]): (typeof COMMANDS)[number] {
  const { positionals } = parseCommandLine(argv, {});
  const [command, ...extra] = positionals;
  const known = COMMANDS.find((c) => c === command);
  if (!known) throw new UsageError(command ? `unknown command ${command}` : "no command given");
  if (extra.length) throw new UsageError(`${known} takes no arguments (got ${extra.join(" ")})`);
  return known;
}

async function main(argv: string[]): Promise<number> {
  const command = parseDbArgs(argv);
  const config = loadConfig();
  // Progress of the local server (download, start, ready) goes to stderr; the result line to stdout.
  const logger = createLogger(config, { destination: process.stderr });
  const opts = localOptions(config, logger);
  const external = config.neo4j.uri;
  switch (command) {
    case "start": {
      if (external) {
        console.log(`NEO4J_URI is set (${external}): nothing to start; the app uses that server.`);
        return 0;
      }
      const c = await localNeo4j.start(opts);
      console.log(c.started ? `Started Neo4j (pid ${c.pid}) at ${c.uri}` : `Neo4j already running (pid ${c.pid}) at ${c.uri}`);
      return 0;
    }
    case "stop": {
      const stopped = await localNeo4j.stop(opts);
      console.log(stopped ? "Stopped the local Neo4j." : "The local Neo4j was not running.");
      return 0;
    }
    case "status": {
      if (external) console.log(`NEO4J_URI is set: the app uses ${external}.`);
      const s = await localNeo4j.status(opts);
      console.log(s.running ? `Local Neo4j running (pid ${s.pid}) at ${s.uri}; log: ${s.logFile}` : "Local Neo4j is not running.");
      return s.running || external ? 0 : 3;
    }
    case "migrate": {
      const db = await connect(config, logger);
      try {
        await migrate(db, logger);
      } finally {
        await db.close();
      }
      return 0;
    }
  }
}

runAsMain(import.meta.url, { name: "db", usage: USAGE }, main);
