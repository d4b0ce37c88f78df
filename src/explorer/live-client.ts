// Subscribes to the API's live updates: GraphQL over Server-Sent Events, read from a fetch stream
// rather than EventSource, so the operation goes in a POST body and headers can be sent. Each
// `next` event's data is a GraphQL result; `complete` ends the stream. Used by the explorer (and by
// the tests, which run it under Node: it needs only fetch and TextDecoder).
import { ApiError, errorFromGraphQL } from "./graphql-client.ts";

export interface LiveHandlers<T> {
  onNext(data: T): void;
  /** The subscription was refused, or the stream broke; it is over. */
  onError?(error: ApiError): void;
  /** The server completed the stream (it is shutting down, or the subscription ended). */
  onComplete?(): void;
  /** A keep-alive comment arrived (the server sends one at once, then every 12 s). */
  onPing?(): void;
}

export interface LiveSubscription {
  close(): void;
  /** Resolves when the stream has ended, however it ended. */
  readonly ended: Promise<void>;
}

/** Splits a text/event-stream into events (`event:` and `data:` lines; comments and ids ignored). */
export function sseEvents(buffer: string): { events: { event: string; data: string }[]; rest: string } {
  const events: { event: string; data: string }[] = [];
  // A block of comments only is a keep-alive: reported as a "ping" event.
  const blocks = buffer.replace(/\r\n/g, "\n").split("\n\n");
  const rest = blocks.pop() ?? "";
  for (const block of blocks) {
    let event = "message";
    const data: string[] = [];
    const lines = block.split("\n").filter(Boolean);
    if (lines.length && lines.every((l) => l.startsWith(":"))) {
      events.push({ event: "ping", data: "" });
      continue;
    }
    for (const line of lines) {
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length || event !== "message") events.push({ event, data: data.join("\n") });
  }
  return { events, rest };
}

type Body<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; limit?: string } }[] };

export function subscribeLive<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  handlers: LiveHandlers<T>,
  options: { headers?: Record<string, string>; fetchImpl?: typeof fetch } = {},
): LiveSubscription {
  const abort = new AbortController();
  const fetchImpl = options.fetchImpl ?? ((...a) => fetch(...a));
  const fail = (error: ApiError) => {
    abort.abort();
    handlers.onError?.(error);
  };
  const ended = (async () => {
    let res: Response;
    try {
      res = await fetchImpl(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", ...options.headers },
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
    } catch {
      if (!abort.signal.aborted) fail(new ApiError("unreachable", `Cannot reach the server at ${endpoint} for live updates.`));
      return;
    }
    // A refused subscription (a limit, a bad id) may still come as an event stream with its errors.
    if (!res.body || !(res.headers.get("content-type") ?? "").includes("text/event-stream")) {
      let body: Body<T> | null = null;
      try {
        body = (await res.json()) as Body<T>;
      } catch {
        body = null;
      }
      fail(body?.errors?.length ? errorFromGraphQL(body.errors) : new ApiError("http", `The server answered ${res.status} to the live-updates request.`));
      return;
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const parsed = sseEvents(buffer);
        buffer = parsed.rest;
        for (const e of parsed.events) {
          if (e.event === "complete") {
            handlers.onComplete?.();
            abort.abort();
            return;
          }
          if (e.event === "ping") handlers.onPing?.();
          if (e.event !== "next") continue;
          const body = JSON.parse(e.data) as Body<T>;
          if (body.errors?.length) return fail(errorFromGraphQL(body.errors));
          if (body.data) handlers.onNext(body.data);
        }
      }
      if (!abort.signal.aborted) handlers.onComplete?.();
    } catch {
      if (!abort.signal.aborted) fail(new ApiError("unreachable", "The live-updates stream broke off."));
    }
  })();
  return { close: () => abort.abort(), ended };
}
