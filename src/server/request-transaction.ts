// Ends each request's read transaction (src/graphql/loaders/loader-cache.ts) once its operation is
// executed. The transaction only read, so its commit is not waited for: the response goes out at
// once and a failed commit (the data was already read) is only logged.
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../config/logger.ts";
import type { GraphQLContext } from "../graphql/context.ts";

export function useRequestTransaction(logger: Logger): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone() {
          args.contextValue.loaders.close().catch((err: Error) => logger.warn({ err }, `Closing a request's read transaction failed: ${err.message}`));
        },
      };
    },
  };
}
