// Splitting an article's long parameter lists over several calls of one statement, inside one
// transaction. The driver packs a call's parameters in one synchronous step: a 1 MB article's
// 15,000 event rows in one call held the event loop for about 250 ms, stalling every other
// request the process serves. The calls of one transaction run in order on its connection, and
// each row of the statements split this way is written (or looked up) independently of the others,
// so the outcome is the same as one call; between calls the event loop serves other requests.
// Small articles make one call per statement, as before.
import { setImmediate } from "node:timers/promises";

/** Rows per statement call for an article's long lists (sentences, entities, mentions, events, keys). */
export const ROWS_PER_CALL = 250;

/** `rows` in order, in slices of at most `size` rows (one slice, perhaps empty, when short). */
export function inChunks<T>(rows: readonly T[], size = ROWS_PER_CALL): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`rows per call must be a positive integer, got ${size}`);
  if (rows.length <= size) return [[...rows]];
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Lets the event loop run what is waiting (other requests' I/O) before the next synchronous step. */
export const yieldToLoop = (): Promise<void> => setImmediate();

/** send(part) for each slice of `rows` (inChunks), yielding to the event loop after each; their results in order. */
export async function sendInChunks<T, R>(rows: readonly T[], size: number, send: (part: T[]) => R): Promise<R[]> {
  const sent: R[] = [];
  for (const part of inChunks(rows, size)) {
    sent.push(send(part));
    await yieldToLoop();
  }
  return sent;
}
