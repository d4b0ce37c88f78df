// npm run db:start | db:stop | db:status | db:migrate
import { loadConfig } from "../config/config.ts";
import { connect, localOptions } from "../db/connect.ts";
import * as localNeo4j from "../db/local-neo4j.ts";
import { migrate } from "../db/migrate.ts";

const log = (line: string) => console.log(line);

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const opts = localOptions(config, log);
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
      const db = await connect(config, log);
      try {
        await migrate(db, log);
      } finally {
        await db.close();
      }
      return 0;
    }
    default:
      console.error("Usage: tsx src/cli/db.ts start|stop|status|migrate");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
