// The peer server of npm run bench:api: @neo4j/graphql over the bench graph, served by graphql-yoga
// like ours (same HTTP stack), on a free port it prints as `listening <port>`.
//   NEO4J_URI=… NEO4J_PASSWORD=… tsx bench/peer/server.ts
import http from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";
import { loadConfig } from "../../src/config/config.ts";
import { PEER_TYPE_DEFS } from "./type-defs.ts";

const config = loadConfig();
const driver = neo4j.driver(config.neo4j.uri ?? "", neo4j.auth.basic(config.neo4j.username, config.neo4j.password ?? ""));
const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
const schema = await neoSchema.getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", logging: false, maskedErrors: false, landingPage: false, graphiql: false });
const server = http.createServer(yoga);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => void driver.close().then(() => process.exit(0))));
