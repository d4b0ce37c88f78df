// Opaque keyset cursors: base64url of JSON [list, sortKey]. A cursor names the list it came from,
// so using it on another list fails with a clear message instead of returning a wrong page, and its
// key is checked against the list's key shape before it reaches a statement.
// Cursors hold sort keys and ids, never offsets, so they stay valid while data is appended.
import { GraphQLError } from "graphql";
import type { z } from "zod";

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...extensions } });
}

/** A client's value quoted in a message, cut short: an error never echoes a huge input whole. */
export function quoted(value: string, max = 64): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value) + (value.length > max ? ` (${value.length} characters)` : "");
}

/** The cursors of one list: its name and the shape of the sort key they carry. */
export interface KeysetList<K> {
  readonly name: string;
  encode(key: K): string;
  /** The sort key inside `cursor`, or null when no cursor was given. Throws a user error when invalid. */
  decode(cursor: string | null | undefined): K | null;
}

export function keysetList<K>(name: string, key: z.ZodType<K>): KeysetList<K> {
  return {
    name,
    encode: (k) => Buffer.from(JSON.stringify([name, k]), "utf8").toString("base64url"),
    decode(cursor) {
      if (cursor === null || cursor === undefined) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      } catch {
        parsed = null;
      }
      const notACursor = () =>
        userError(`after: ${quoted(cursor)} is not a cursor. Pass the endCursor (or an edge cursor) of a previous page.`);
      if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "object" || parsed[1] === null) throw notACursor();
      if (parsed[0] !== name) throw userError(`after: this cursor belongs to a different list (${String(parsed[0]).slice(0, 64)}), not ${name}.`);
      const k = key.safeParse(parsed[1]);
      if (!k.success) throw notACursor();
      return k.data;
    },
  };
}
