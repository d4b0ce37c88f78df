// The in-process event bus: keyed delivery, and a bound on what a subscriber may leave unread.
import { describe, expect, it } from "vitest";
import { inProcessBus, MAX_PENDING_EVENTS, SubscriberTooSlowError } from "../../../src/live/event-bus.ts";

const change = (entityId: string, articleId: string) => ({ entityId, articleId, mentions: 1, events: 0, relationships: 0, bookmarks: [] });

describe("in-process event bus", () => {
  it("delivers an entity's updates to that entity's subscribers only, in publish order", async () => {
    const bus = inProcessBus();
    const putin = bus.subscribe("entityUpdated", "person:vladimir-putin");
    const first = putin.next(); // starts listening
    bus.publish("entityUpdated", change("person:donald-trump", "a1"));
    bus.publish("entityUpdated", change("person:vladimir-putin", "a1"));
    bus.publish("entityUpdated", change("person:vladimir-putin", "a2"));
    expect((await first).value).toMatchObject({ articleId: "a1" });
    expect((await putin.next()).value).toMatchObject({ articleId: "a2" });
    await putin.return();
  });

  it(`ends a subscription that leaves more than ${MAX_PENDING_EVENTS} events unread`, async () => {
    const bus = inProcessBus();
    const slow = bus.subscribe("entityUpdated", "person:x");
    const first = slow.next();
    for (let i = 0; i <= MAX_PENDING_EVENTS + 1; i++) bus.publish("entityUpdated", change("person:x", `a${i}`));
    await first;
    await new Promise((r) => setTimeout(r, 10));
    let error: unknown = null;
    try {
      for (let i = 0; i < MAX_PENDING_EVENTS + 5; i++) if ((await slow.next()).done) break;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SubscriberTooSlowError);
  });
});
