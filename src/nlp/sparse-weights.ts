// The trained weights of one linear model (tagger or parser), as loaded from the model file: a
// hash table from 32-bit feature key to that feature's few non-zero class weights. Perceptron
// features are sparse in classes (a word suffix votes for a handful of tags), so storing only
// non-zero (class, weight) pairs keeps the file small and scoring fast: one probe per feature,
// then a short run of additions. Weights are 16-bit integers with one scale per table; argmax
// does not need the scale, so scores stay integers.

export interface WeightTableData {
  nClasses: number;
  /** Feature keys, one per feature, sorted ascending (never 0). */
  keys: Uint32Array;
  /** Number of (class, weight) entries of each feature, parallel to keys. */
  counts: Uint8Array;
  /** Class of each entry, features' entries consecutive in key order. */
  classes: Uint8Array;
  /** Quantised weight of each entry. */
  weights: Int16Array;
  /** real weight = weight / scale */
  scale: number;
}

export class SparseWeights {
  readonly nClasses: number;
  readonly nFeatures: number;
  readonly data: WeightTableData;
  private readonly mask: number;
  /**
   * Open addressing, four 32-bit words per slot: [key, count | start << 8, e0, e1]. A feature
   * with one or two entries keeps them inline (e0, e1), so scoring it touches one cache line;
   * longer rows live in `packed` from `start`, and their e0, e1 hold where in the row the
   * classes of `skip` begin and end; an entry is class << 16 | (weight & 0xffff).
   * (Dense rows for the features that vote for most classes were tried: no faster. What is slow
   * is memory: the parser table is 16 MB, so addScores probes in passes, see there.)
   */
  private readonly slots: Int32Array;
  private readonly packed: Int32Array;
  /** Slot offsets of the keys found by the current addScores call. */
  private found = new Int32Array(128);
  /** Written so the reads of the touching passes are not optimised away. */
  touched = 0;

  /**
   * `skip`: a range of classes that addScores can be asked to leave out (the parser's
   * LEFT-ARC moves when the stack top already has a head), saving the work of adding them.
   */
  constructor(data: WeightTableData, skip: { from: number; to: number } = { from: 0, to: 0 }) {
    if (data.nClasses > 255) throw new RangeError(`SparseWeights: at most 255 classes, got ${data.nClasses}`);
    if (data.classes.length >= 1 << 23) throw new RangeError(`SparseWeights: at most 2^23 entries, got ${data.classes.length}`);
    this.data = data;
    this.nClasses = data.nClasses;
    this.nFeatures = data.keys.length;
    let cap = 16;
    // Load factor ≤ 0.6 keeps linear probes short.
    while (cap * 0.6 < this.nFeatures) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 4);
    let long = 0;
    for (let f = 0; f < this.nFeatures; f++) if (data.counts[f]! > 2) long += data.counts[f]!;
    this.packed = new Int32Array(long);
    let e = 0;
    let at = 0;
    for (let f = 0; f < this.nFeatures; f++) {
      const key = data.keys[f]! | 0;
      const count = data.counts[f]!;
      let slot = mixSlot(key) & this.mask;
      while (this.slots[slot * 4] !== 0) slot = (slot + 1) & this.mask;
      const o = slot * 4;
      this.slots[o] = key;
      if (count <= 2) {
        this.slots[o + 1] = count;
        for (let j = 0; j < count; j++) this.slots[o + 2 + j] = (data.classes[e + j]! << 16) | (data.weights[e + j]! & 0xffff);
      } else {
        this.slots[o + 1] = count | (at << 8);
        let from = at + count;
        let to = at + count;
        for (let j = count - 1; j >= 0; j--) {
          const c = data.classes[e + j]!;
          if (c >= skip.from) from = at + j;
          if (c >= skip.to) to = at + j;
        }
        this.slots[o + 2] = from;
        this.slots[o + 3] = to;
        for (let j = 0; j < count; j++) this.packed[at + j] = (data.classes[e + j]! << 16) | (data.weights[e + j]! & 0xffff);
        at += count;
      }
      e += count;
    }
  }

  /**
   * Adds the weights of features keys[0..n) into scores (length ≥ nClasses); with `skipping`,
   * long rows leave out the constructor's skip range (short rows add it: those scores are
   * simply not read).
   */
  addScores(keys: Uint32Array, n: number, scores: Int32Array, skipping = false): void {
    const slots = this.slots;
    const mask = this.mask;
    const packed = this.packed;
    if (n > this.found.length) this.found = new Int32Array(n);
    const found = this.found;
    // Three passes so that the memory reads of one pass are independent of each other and the
    // CPU overlaps their cache misses: touch every home slot, then resolve each probe (touching
    // the start of long rows), then add.
    let touch = 0;
    for (let i = 0; i < n; i++) touch ^= slots[(mixSlot(keys[i]! | 0) & mask) * 4]!;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]! | 0;
      let o = (mixSlot(key) & mask) * 4;
      let k = slots[o]!;
      while (k !== key) {
        if (k === 0) break;
        o = (o + 4) & (mask * 4 + 3);
        k = slots[o]!;
      }
      if (k === 0) continue;
      const meta = slots[o + 1]!;
      if ((meta & 0xff) > 2) touch ^= packed[meta >>> 8]!;
      found[m++] = o;
    }
    this.touched = touch;
    for (let i = 0; i < m; i++) {
      const o = found[i]!;
      const meta = slots[o + 1]!;
      const count = meta & 0xff;
      if (count <= 2) {
        const p0 = slots[o + 2]!;
        scores[p0 >>> 16] = scores[p0 >>> 16]! + ((p0 << 16) >> 16);
        if (count === 2) {
          const p1 = slots[o + 3]!;
          scores[p1 >>> 16] = scores[p1 >>> 16]! + ((p1 << 16) >> 16);
        }
      } else {
        const s = meta >>> 8;
        const end = s + count;
        const cut = skipping ? slots[o + 2]! : end;
        for (let e = s; e < cut; e++) {
          const p = packed[e]!;
          scores[p >>> 16] = scores[p >>> 16]! + ((p << 16) >> 16);
        }
        for (let e = skipping ? slots[o + 3]! : end; e < end; e++) {
          const p = packed[e]!;
          scores[p >>> 16] = scores[p >>> 16]! + ((p << 16) >> 16);
        }
      }
    }
  }
}

/** Keys are already hashes; a cheap extra mix spreads their low bits over the table. */
function mixSlot(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b);
}
