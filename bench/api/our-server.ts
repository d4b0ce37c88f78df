// Our API as npm run bench:api runs it: the app of src/server/app.ts over the bench graph in
// production mode (RESPONSE_CACHE from the environment; the bench sets it), on a free port it
// prints as `listening <port>`.
//   NEO4J_URI=… NEO4J_PASSWORD=… RESPONSE_CACHE=off tsx bench/api/our-server.ts
import http from "node:http";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/config/logger.ts";
import { connectionFromConfig, openDatabase } from "../../src/db/database.ts";
import { createApp } from "../../src/server/app.ts";

const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" });
const db = openDatabase(connectionFromConfig(config));
const app = createApp({ config, db, logger: createLogger(config) });
const server = http.createServer(app.handler);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => void db.close().then(() => process.exit(0))));
