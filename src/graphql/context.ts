// The per-request GraphQL context: the database handle and the request's own loaders.
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";

export interface GraphQLContext {
  readonly db: Database;
  readonly config: Config;
  /** The raw request, for the API key check of mutations. */
  readonly request: Request;
}
