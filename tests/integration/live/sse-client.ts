// A subscriber for the live-update tests: the explorer's own SSE client (src/explorer/live-client.ts)
// over real HTTP, collecting what arrives. `live` resolves once the server has sent its second
// keep-alive: the first goes out with the headers, before the server pulls the subscription's
// first event; the next (every 300 ms under NODE_ENV=test) only once it is waiting for one, i.e.
// listening on the bus.
import { subscribeLive } from "../../../src/explorer/live-client.ts";
import type { ApiError } from "../../../src/explorer/graphql-client.ts";
import type { Json } from "../graphql/graphql-client.ts";

export interface Subscriber {
  readonly events: Json[];
  readonly errors: ApiError[];
  completed: boolean;
  /** Resolves when the subscription listens (or rejects when it was refused). */
  readonly live: Promise<void>;
  /** Resolves with the events once there are at least n (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<Json[]>;
  /** Resolves when the stream has ended. */
  readonly ended: Promise<void>;
  close(): void;
}

export function subscribe(baseUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Subscriber {
  const events: Json[] = [];
  const errors: ApiError[] = [];
  let pings = 0;
  let settleLive: { resolve(): void; reject(e: Error): void } = { resolve: () => undefined, reject: () => undefined };
  const live = new Promise<void>((resolve, reject) => (settleLive = { resolve, reject }));
  live.catch(() => undefined);
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  const sub: Subscriber = {
    events,
    errors,
    completed: false,
    live,
    ended: Promise.resolve(),
    waitFor(n, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (events.length >= n) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(events);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${n} events within ${timeoutMs} ms, got ${events.length}: ${JSON.stringify(events).slice(0, 500)} (errors: ${errors.map((e) => e.message).join("; ")})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => handle.close(),
  };
  const handle = subscribeLive<Json>(`${baseUrl}/graphql`, query, variables, {
    onNext(data) {
      events.push(data);
      wake();
    },
    onError(error) {
      errors.push(error);
      settleLive.reject(error);
      wake();
    },
    onComplete() {
      sub.completed = true;
      wake();
    },
    onPing() {
      if (++pings === 2) settleLive.resolve();
    },
  }, { headers });
  (sub as { ended: Promise<void> }).ended = handle.ended;
  return sub;
}
