// Integer feature hashing for the tagger and the parser. A feature is a template id plus a few
// small values (a word's string hash, a tag id, a label id, a distance), mixed into one 32-bit key
// with murmur3-style rounds: no strings are built per feature at run time, only one string hash
// per word per sentence. Key 0 is reserved as "empty slot" in the weight tables, so keys are
// never 0.
//
// The template id's round is precomputed (TEMPLATE_STATE); template ids are below 256.
// Two V8 details matter for speed here. Values passed between functions should be small
// integers (31-bit "Smis"): a larger integer crossing a call that is not inlined is boxed on
// the heap. So value hashes are 30-bit, and the put* functions write each finished 32-bit key
// straight into the caller's array instead of returning it.

/** 30-bit hash of a string's UTF-16 code units (FNV-1a, then a murmur3 finaliser). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

/** A small integer mix of two 32-bit halves (a label-set mask), as a 30-bit value. */
export function mixPair(lo: number, hi: number): number {
  let h = Math.imul(lo ^ 0x27d4eb2d, 0x165667b1) ^ hi;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x3fffffff;
}

const SEED = 0x3c6ef372;
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** The hash state after mixing in each template id (0–255), computed once. */
const TEMPLATE_STATE = new Int32Array(256);
for (let t = 0; t < 256; t++) {
  let h = SEED;
  let k = Math.imul(t, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  TEMPLATE_STATE[t] = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

export function put1(out: Uint32Array, i: number, t: number, a: number): void {
  let h = TEMPLATE_STATE[t & 255]!;
  let k = Math.imul(a, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  out[i] = h === 0 ? 1 : h;
}

export function put2(out: Uint32Array, i: number, t: number, a: number, b: number): void {
  let h = TEMPLATE_STATE[t & 255]!;
  let k = Math.imul(a, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  out[i] = h === 0 ? 1 : h;
}

export function put3(out: Uint32Array, i: number, t: number, a: number, b: number, c: number): void {
  let h = TEMPLATE_STATE[t & 255]!;
  let k = Math.imul(a, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(c, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  out[i] = h === 0 ? 1 : h;
}

export function put4(out: Uint32Array, i: number, t: number, a: number, b: number, c: number, d: number): void {
  let h = TEMPLATE_STATE[t & 255]!;
  let k = Math.imul(a, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(c, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(d, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  out[i] = h === 0 ? 1 : h;
}
