// The explorer's reading of GraphQL over SSE: events split across chunks, keep-alives, completion.
import { describe, expect, it } from "vitest";
import { sseEvents } from "../../../src/explorer/live-client.ts";

describe("text/event-stream", () => {
  it("splits next and complete events and reports keep-alive comments as pings", () => {
    const { events, rest } = sseEvents(':\n\nevent: next\ndata: {"data":{"a":1}}\n\n:\n\nevent: complete\ndata:\n\n');
    expect(events).toEqual([
      { event: "ping", data: "" },
      { event: "next", data: '{"data":{"a":1}}' },
      { event: "ping", data: "" },
      { event: "complete", data: "" },
    ]);
    expect(rest).toBe("");
  });

  it("keeps an event cut across chunks until its blank line arrives, and joins multi-line data", () => {
    const first = sseEvents("event: next\ndata: {\"data\":");
    expect(first.events).toEqual([]);
    const second = sseEvents(`${first.rest}\ndata: {"b":2}}\r\n\r\n`);
    expect(second.events).toEqual([{ event: "next", data: '{"data":\n{"b":2}}' }]);
  });
});
