// The event bus between instances: what one process publishes (an ingest through the API, the
// ingest CLI) reaches the subscribers of every process. With REDIS_URL it runs over Redis pub/sub
// through @graphql-yoga/redis-event-target (one channel per topic, prefixed by the database name,
// subscribed once at start-up so no subscriber waits for Redis to confirm its own channel);
// without it, an in-process bus, enough for one instance. Either way delivery is at most once and,
// from one publisher, in publish order: events are notifications, the graph is the record.
//
//   const bus = await createEventBus({ redisUrl, database: "neo4j", logger });
//   bus.publish("entityUpdated", payload);                  // never throws; a Redis failure is logged
//   for await (const e of bus.subscribe("entityUpdated", id)) …   // Repeater: return() unsubscribes
//   const off = bus.listen("graphChanged", (e) => …);        // a process-wide listener
//   await bus.close();
import { randomUUID } from "node:crypto";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Repeater } from "graphql-yoga";
import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "../config/logger.ts";
import { LIVE_TOPICS, type LiveTopic, type LiveTopics, topicKey } from "./live-events.ts";

/** Events a subscriber may have waiting (not yet sent to its client); beyond it the subscription ends. */
export const MAX_PENDING_EVENTS = 256;

/** A subscriber fell MAX_PENDING_EVENTS behind: its subscription ends (the GraphQL stream completes). */
export class SubscriberTooSlowError extends Error {
  override name = "SubscriberTooSlowError";
  readonly code = "SUBSCRIBER_TOO_SLOW";
  constructor() {
    super(`The subscription fell ${MAX_PENDING_EVENTS} events behind and was ended; subscribe again.`);
  }
}

/** Redis could not be reached at start-up. */
export class EventBusUnavailableError extends Error {
  override name = "EventBusUnavailableError";
}

export interface EventBus {
  readonly kind: "redis" | "in-process";
  /** This bus's id (GraphChanged.origin of what it publishes). */
  readonly id: string;
  publish<T extends LiveTopic>(topic: T, payload: LiveTopics[T]): void;
  /** The events of a topic from now on (narrowed to one key: entityUpdated's entity id). */
  subscribe<T extends LiveTopic>(topic: T, key?: string): Repeater<LiveTopics[T]>;
  /** Calls `listener` with every event of the topic; returns the function that stops it. */
  listen<T extends LiveTopic>(topic: T, listener: (payload: LiveTopics[T]) => void): () => void;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** redis:// or rediss:// URL; undefined: in-process. */
  readonly redisUrl?: string | undefined;
  /** Channels are named newsgraph:DATABASE:TOPIC, so two graphs can share one Redis. */
  readonly database?: string;
  readonly logger?: Logger | undefined;
}

const localName = (topic: string, key?: string) => (key === undefined ? topic : `${topic}:${key}`);

/** The host:port of a Redis URL, for messages (never its password). */
function redisHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "6379"}`;
  } catch {
    return "the configured REDIS_URL";
  }
}

/** The bus of REDIS_URL, or an in-process one without it. Throws EventBusUnavailableError when Redis cannot be reached. */
export async function createEventBus(options: EventBusOptions = {}): Promise<EventBus> {
  if (!options.redisUrl) return inProcessBus();
  const local = localDelivery();
  const transport = await redisTransport(options.redisUrl, options.database ?? "neo4j", local.deliver, options.logger);
  return busOver(local, transport);
}

/** A bus for one process: what it publishes reaches its own subscribers only. */
export function inProcessBus(): EventBus {
  return busOver(localDelivery(), null);
}

interface LocalDelivery {
  readonly target: EventTarget;
  deliver<T extends LiveTopic>(topic: T, payload: LiveTopics[T]): void;
}

// Delivery to this process's subscribers: every topic under its own name, and keyed topics also
// under topic:key, so a subscriber of one entity is not woken for the others.
function localDelivery(): LocalDelivery {
  const target = new EventTarget();
  return {
    target,
    deliver(topic, payload) {
      target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
      const key = topicKey(topic, payload);
      if (key !== undefined) target.dispatchEvent(new CustomEvent(localName(topic, key), { detail: payload }));
    },
  };
}

function busOver(local: LocalDelivery, transport: Transport | null): EventBus {
  return {
    kind: transport ? "redis" : "in-process",
    id: randomUUID(),
    publish(topic, payload) {
      if (transport) transport.publish(topic, payload);
      else queueMicrotask(() => local.deliver(topic, payload));
    },
    subscribe<T extends LiveTopic>(topic: T, key?: string) {
      return new Repeater<LiveTopics[T]>(async (push, stop) => {
        let pending = 0;
        const listener = (event: Event) => {
          if (pending >= MAX_PENDING_EVENTS) {
            stop(new SubscriberTooSlowError());
            return;
          }
          pending++;
          void push((event as CustomEvent<LiveTopics[T]>).detail).then(
            () => pending--,
            () => undefined,
          );
        };
        local.target.addEventListener(localName(topic, key), listener);
        await stop;
        local.target.removeEventListener(localName(topic, key), listener);
      });
    },
    listen(topic, listener) {
      const handler = (event: Event) => listener((event as CustomEvent).detail);
      local.target.addEventListener(topic, handler);
      return () => local.target.removeEventListener(topic, handler);
    },
    async close() {
      await transport?.close();
    },
  };
}

interface Transport {
  publish(topic: LiveTopic, payload: unknown): void;
  close(): Promise<void>;
}

async function redisTransport(url: string, database: string, deliver: LocalDelivery["deliver"], logger: Logger | undefined): Promise<Transport> {
  const where = redisHost(url);
  const clientOptions: RedisOptions = { lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 3 };
  const publisher = new Redis(url, clientOptions);
  const subscriber = new Redis(url, clientOptions);
  // ioredis reconnects (and re-subscribes) by itself; its errors are logged once per outage.
  let down = false;
  for (const client of [publisher, subscriber]) {
    client.on("error", (err: Error) => {
      if (!down) logger?.warn({ err }, `Redis at ${where} unreachable (${err.message}); live updates pause until it is back`);
      down = true;
    });
    client.on("ready", () => {
      if (down) logger?.info(`Redis at ${where} is back; live updates resume`);
      down = false;
    });
  }
  const channel = (topic: LiveTopic) => `newsgraph:${database}:${topic}`;
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    // Subscribed before the bus is handed out: nothing published after start-up is missed here.
    await subscriber.subscribe(...LIVE_TOPICS.map(channel));
  } catch (err) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new EventBusUnavailableError(
      `Cannot reach Redis at ${where} (REDIS_URL): ${(err as Error).message}. Start Redis, or unset REDIS_URL to use an in-process event bus (one instance only).`,
      { cause: err },
    );
  }
  // The package publishes with the client's promise unobserved: a failure (Redis down) would be an
  // unhandled rejection, so it gets a publisher whose failures are logged instead.
  const loggedPublisher = {
    publish: (name: string, message: string) =>
      publisher.publish(name, message).catch((err: Error) => {
        logger?.warn({ err }, `Publishing a live update to Redis at ${where} failed: ${err.message}`);
        return 0;
      }),
  } as unknown as Redis;
  // A message that is not JSON (someone else publishing on the channel) is dropped, not thrown
  // inside the Redis client's event handler.
  const serializer = {
    stringify: (message: unknown) => JSON.stringify(message),
    parse: (message: string): unknown => {
      try {
        return JSON.parse(message);
      } catch {
        return null;
      }
    },
  };
  const target = createRedisEventTarget<CustomEvent>({ publishClient: loggedPublisher, subscribeClient: subscriber, serializer });
  for (const topic of LIVE_TOPICS) {
    target.addEventListener(channel(topic), (event: CustomEvent) => {
      if (event.detail && typeof event.detail === "object") deliver(topic, event.detail as never);
    });
  }
  return {
    publish(topic, payload) {
      target.dispatchEvent(new CustomEvent(channel(topic), { detail: payload }));
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
