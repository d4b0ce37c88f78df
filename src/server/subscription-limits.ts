// Bounds on live subscriptions, checked before a subscription starts: at most MAX_SUBSCRIPTIONS
// open on this instance and SUBSCRIPTIONS_PER_CLIENT per client address (the socket's, or with
// TRUST_PROXY=on the last x-forwarded-for hop, which the proxy in front appends). Over a bound the
// subscription is refused with LIMIT_EXCEEDED (429, retry-after) and nothing is subscribed.
//
// Per client address rather than per connection: yoga serves each subscription as its own SSE
// response (GraphQL over SSE, distinct connections mode), so over HTTP/1.1 a connection carries one
// subscription at a time and a per-connection cap would bound nothing; a client opening many
// connections is bounded by its address.
//
// Shutting down ends every open subscription (its stream completes), so a graceful stop is not
// held up by streams that never end.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config/config.ts";

export interface SubscriptionLimits {
  readonly plugin: Plugin;
  /** Subscriptions open now (all, and per client address). */
  readonly open: () => { total: number; byClient: ReadonlyMap<string, number> };
  /** Refuses new subscriptions and completes the open ones. */
  endAll(): void;
}

function limitError(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit, max, http: { status: 429, headers: { "retry-after": "10" } } } });
}

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
  request?: Request;
}

/** The client's address: the socket's, or the last x-forwarded-for hop behind a trusted proxy. */
export function clientAddress(context: NodeServerContext, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = context.request?.headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean);
    const last = hops?.[hops.length - 1];
    if (last) return last;
  }
  return context.req?.socket?.remoteAddress ?? "unknown";
}

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> & { return?: () => unknown } =>
  typeof x === "object" && x !== null && Symbol.asyncIterator in x;

export function createSubscriptionLimits(config: Pick<Config, "subscriptions" | "trustProxy">): SubscriptionLimits {
  const { max, perClient } = config.subscriptions;
  const byClient = new Map<string, number>();
  const streams = new Set<{ return?: () => unknown }>();
  let total = 0;
  let ended = false;
  const release = (client: string) => {
    total--;
    const n = (byClient.get(client) ?? 1) - 1;
    if (n > 0) byClient.set(client, n);
    else byClient.delete(client);
  };
  const plugin: Plugin = {
    onSubscribe({ args, setResultAndStopExecution }) {
      const refuse = (error: GraphQLError) => setResultAndStopExecution({ errors: [error] });
      if (ended) {
        return refuse(new GraphQLError("The server is shutting down; subscribe again (another instance will answer).", { extensions: { code: "SHUTTING_DOWN", http: { status: 503 } } }));
      }
      const client = clientAddress(args.contextValue as NodeServerContext, config.trustProxy);
      if (total >= max) {
        return refuse(limitError(`This server has ${max} open subscriptions, its maximum (MAX_SUBSCRIPTIONS). Retry later.`, "maxSubscriptions", max));
      }
      if ((byClient.get(client) ?? 0) >= perClient) {
        return refuse(limitError(`You have ${perClient} open subscriptions, the most one client may (SUBSCRIPTIONS_PER_CLIENT). Close one first.`, "subscriptionsPerClient", perClient));
      }
      // Reserved now, so concurrent subscribes cannot overshoot; released when the stream ends
      // (or at once when subscribing produced an error instead of a stream).
      total++;
      byClient.set(client, (byClient.get(client) ?? 0) + 1);
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            release(client);
            return;
          }
          const stream = result as { return?: () => unknown };
          streams.add(stream);
          return {
            onEnd() {
              streams.delete(stream);
              release(client);
            },
          };
        },
      };
    },
  };
  return {
    plugin,
    open: () => ({ total, byClient }),
    endAll() {
      ended = true;
      for (const stream of [...streams]) void Promise.resolve(stream.return?.()).catch(() => undefined);
    },
  };
}
