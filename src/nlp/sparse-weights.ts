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
  private readonly slotKeys: Uint32Array;
  private readonly slotStart: Int32Array;
  private readonly slotCount: Uint8Array;
  /** class in the high 16 bits, weight in the low 16: one load per entry when scoring. */
  private readonly packed: Int32Array;

  constructor(data: WeightTableData) {
    if (data.nClasses > 255) throw new RangeError(`SparseWeights: at most 255 classes, got ${data.nClasses}`);
    this.data = data;
    this.nClasses = data.nClasses;
    this.nFeatures = data.keys.length;
    let cap = 16;
    // Load factor ≤ 0.5 keeps linear probes short.
    while (cap < this.nFeatures * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slotKeys = new Uint32Array(cap);
    this.slotStart = new Int32Array(cap);
    this.slotCount = new Uint8Array(cap);
    this.packed = new Int32Array(data.classes.length);
    for (let e = 0; e < data.classes.length; e++) this.packed[e] = (data.classes[e]! << 16) | (data.weights[e]! & 0xffff);
    let start = 0;
    for (let f = 0; f < this.nFeatures; f++) {
      const key = data.keys[f]!;
      let slot = mixSlot(key) & this.mask;
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      this.slotStart[slot] = start;
      this.slotCount[slot] = data.counts[f]!;
      start += data.counts[f]!;
    }
  }

  /** Adds the weights of features keys[0..n) into scores (length ≥ nClasses). */
  addScores(keys: Uint32Array, n: number, scores: Int32Array): void {
    const slotKeys = this.slotKeys;
    const mask = this.mask;
    const packed = this.packed;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      let slot = mixSlot(key) & mask;
      let k = slotKeys[slot]!;
      while (k !== key) {
        if (k === 0) break;
        slot = (slot + 1) & mask;
        k = slotKeys[slot]!;
      }
      if (k === 0) continue;
      const s = this.slotStart[slot]!;
      const end = s + this.slotCount[slot]!;
      for (let e = s; e < end; e++) {
        const p = packed[e]!;
        scores[p >>> 16] = scores[p >>> 16]! + ((p << 16) >> 16);
      }
    }
  }
}

/** Keys are already hashes; a cheap extra mix spreads their low bits over the table. */
function mixSlot(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b);
}
