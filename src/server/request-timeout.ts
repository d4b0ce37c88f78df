// The per-request deadline: an operation still executing after REQUEST_TIMEOUT_MS is answered
// with a REQUEST_TIMEOUT error (HTTP 504) and its execution is aborted, so no further resolver
// starts. A Neo4j transaction already running is cut by Neo4j itself (NEO4J_TX_TIMEOUT_MS).
import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";

export function requestTimeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was stopped. Ask for less (smaller pages, fewer hops), or try again later.`, {
    extensions: { code: "REQUEST_TIMEOUT", timeoutMs, http: { status: 504 } },
  });
}

export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // graphql-yoga's executor stops calling resolvers once `signal` aborts (not in graphql's types).
      setExecuteFn((plain) => {
        const args = plain as typeof plain & { signal?: AbortSignal };
        const deadline = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            deadline.abort(requestTimeoutError(timeoutMs));
            resolve({ errors: [requestTimeoutError(timeoutMs)] });
          }, timeoutMs);
        });
        const signal = args.signal ? AbortSignal.any([args.signal, deadline.signal]) : deadline.signal;
        const running = Promise.resolve(executeFn({ ...args, signal } as typeof plain));
        return Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}
