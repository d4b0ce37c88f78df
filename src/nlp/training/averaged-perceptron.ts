// The trainable side of a sparse linear model: an averaged perceptron (Collins 2002) whose
// features are 32-bit keys (see feature-hash.ts). Averaging uses the running-sum trick (Daumé
// 2006): each update also adds time × delta to an accumulator, and the average is
// w − acc / time, so no per-instance pass over the weights is needed.
//
// Memory layout, chosen because training time is memory latency: the hash table holds
// [key, feature] pairs, and each feature is one 64-byte record (one cache line) with up to
// BLOCK (class, weight) pairs inline. A feature that needs weights for more classes (a tag-pair
// feature votes for every parser move) gets a dense row over all classes instead. Accumulators,
// only touched on updates, live apart. Weights are float32: perceptron updates are ±1, so they
// stay exact integers. At the end the weights are averaged, pruned and quantised into the
// compact table inference loads (sparse-weights.ts).
import type { WeightTableData } from "../sparse-weights.ts";

export interface PruneOptions {
  /** Drop features updated fewer times than this during training. */
  minUpdates: number;
  /** Drop entries whose averaged weight is smaller than this in absolute value. */
  minAbsWeight: number;
}

/** Inline (class, weight) pairs per feature record. */
const BLOCK = 8;
/** Record layout in 32-bit words: dense row (-1 = none), count, 8 class bytes, 8 weights, updates, key. */
const REC = 16;
const R_DENSE = 0;
const R_COUNT = 1;
const R_CLS_BYTE = 8;
const R_W = 4;
const R_UPDATES = 12;
const R_KEY = 13;

export class AveragedPerceptron {
  readonly nClasses: number;
  private mask: number;
  /** Open addressing: [key, feature] pairs; key 0 = empty. */
  private slots: Int32Array;
  private nFeat = 0;
  private capFeat: number;
  private recI32: Int32Array;
  private recU8: Uint8Array;
  private recF32: Float32Array;
  /** BLOCK accumulators per feature. */
  private recAcc: Float64Array;
  private nRows = 0;
  private rowW: Float32Array;
  private rowAcc: Float64Array;
  /** Number of training instances seen so far, plus one. */
  private time = 1;

  constructor(nClasses: number, initialFeatures = 1 << 16) {
    if (nClasses > 255) throw new RangeError(`AveragedPerceptron: at most 255 classes, got ${nClasses}`);
    this.nClasses = nClasses;
    let cap = 16;
    while (cap < initialFeatures * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    this.capFeat = initialFeatures;
    const buf = new ArrayBuffer(initialFeatures * REC * 4);
    this.recI32 = new Int32Array(buf);
    this.recU8 = new Uint8Array(buf);
    this.recF32 = new Float32Array(buf);
    this.recAcc = new Float64Array(initialFeatures * BLOCK);
    const rows = Math.max(16, initialFeatures >> 6);
    this.rowW = new Float32Array(rows * nClasses);
    this.rowAcc = new Float64Array(rows * nClasses);
  }

  get featureCount(): number {
    return this.nFeat;
  }
  get denseRowCount(): number {
    return this.nRows;
  }

  private find(key: number): number {
    const slots = this.slots;
    const k32 = key | 0;
    let slot = mixSlot(key) & this.mask;
    for (;;) {
      const k = slots[slot * 2]!;
      if (k === k32) return slots[slot * 2 + 1]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if ((this.nFeat + 1) * 2 > this.mask + 1) this.growTable();
    if (this.nFeat === this.capFeat) this.growRecords();
    let slot = mixSlot(key) & this.mask;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    const f = this.nFeat++;
    this.slots[slot * 2] = key | 0;
    this.slots[slot * 2 + 1] = f;
    const r = f * REC;
    this.recI32[r + R_DENSE] = -1;
    this.recI32[r + R_KEY] = key | 0;
    return f;
  }

  private growTable(): void {
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let f = 0; f < this.nFeat; f++) {
      const key = this.recI32[f * REC + R_KEY]!;
      let slot = mixSlot(key >>> 0) & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = f;
    }
  }

  private growRecords(): void {
    this.capFeat *= 2;
    const buf = new ArrayBuffer(this.capFeat * REC * 4);
    new Uint8Array(buf).set(this.recU8);
    this.recI32 = new Int32Array(buf);
    this.recU8 = new Uint8Array(buf);
    this.recF32 = new Float32Array(buf);
    const acc = new Float64Array(this.capFeat * BLOCK);
    acc.set(this.recAcc);
    this.recAcc = acc;
  }

  /** Adds the current (not averaged) weights of keys[0..n) into scores. */
  score(keys: Uint32Array, n: number, scores: Float64Array): void {
    const C = this.nClasses;
    const i32 = this.recI32;
    const u8 = this.recU8;
    const f32 = this.recF32;
    for (let i = 0; i < n; i++) {
      const f = this.find(keys[i]!);
      if (f < 0) continue;
      const r = f * REC;
      const dense = i32[r + R_DENSE]!;
      if (dense < 0) {
        const count = i32[r + R_COUNT]!;
        const b = r * 4 + R_CLS_BYTE;
        for (let j = 0; j < count; j++) {
          const c = u8[b + j]!;
          scores[c] = scores[c]! + f32[r + R_W + j]!;
        }
      } else {
        const w = this.rowW;
        const r0 = dense * C;
        for (let c = 0; c < C; c++) scores[c] = scores[c]! + w[r0 + c]!;
      }
    }
  }

  private bump(f: number, cls: number, delta: number): void {
    const r = f * REC;
    const t = this.time * delta;
    let dense = this.recI32[r + R_DENSE]!;
    if (dense < 0) {
      const count = this.recI32[r + R_COUNT]!;
      const b = r * 4 + R_CLS_BYTE;
      for (let j = 0; j < count; j++) {
        if (this.recU8[b + j] === cls) {
          this.recF32[r + R_W + j] = this.recF32[r + R_W + j]! + delta;
          this.recAcc[f * BLOCK + j] = this.recAcc[f * BLOCK + j]! + t;
          return;
        }
      }
      if (count < BLOCK) {
        this.recI32[r + R_COUNT] = count + 1;
        this.recU8[b + count] = cls;
        this.recF32[r + R_W + count] = delta;
        this.recAcc[f * BLOCK + count] = t;
        return;
      }
      dense = this.promote(f);
    }
    const i = dense * this.nClasses + cls;
    this.rowW[i] = this.rowW[i]! + delta;
    this.rowAcc[i] = this.rowAcc[i]! + t;
  }

  /** Moves a full inline block into a new dense row. */
  private promote(f: number): number {
    const C = this.nClasses;
    if ((this.nRows + 1) * C > this.rowW.length) {
      const w = new Float32Array(this.rowW.length * 2);
      w.set(this.rowW);
      this.rowW = w;
      const acc = new Float64Array(this.rowAcc.length * 2);
      acc.set(this.rowAcc);
      this.rowAcc = acc;
    }
    const row = this.nRows++;
    const r = f * REC;
    const b = r * 4 + R_CLS_BYTE;
    for (let j = 0; j < this.recI32[r + R_COUNT]!; j++) {
      const c = this.recU8[b + j]!;
      this.rowW[row * C + c] = this.recF32[r + R_W + j]!;
      this.rowAcc[row * C + c] = this.recAcc[f * BLOCK + j]!;
    }
    this.recI32[r + R_DENSE] = row;
    return row;
  }

  /** Perceptron update: +1 for the class that should have won, −1 for the one that did. */
  update(keys: Uint32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    for (let i = 0; i < n; i++) {
      const f = this.insert(keys[i]!);
      this.recI32[f * REC + R_UPDATES] = this.recI32[f * REC + R_UPDATES]! + 1;
      this.bump(f, good, 1);
      this.bump(f, bad, -1);
    }
  }

  /** Marks the end of one training instance (the clock the average is taken over). */
  tick(): void {
    this.time++;
  }

  /** The averaged (class, weight) pairs of feature f, classes ascending. */
  private averagedRow(f: number, out: Array<[number, number]>): void {
    out.length = 0;
    const r = f * REC;
    const dense = this.recI32[r + R_DENSE]!;
    if (dense < 0) {
      const b = r * 4 + R_CLS_BYTE;
      for (let j = 0; j < this.recI32[r + R_COUNT]!; j++) {
        out.push([this.recU8[b + j]!, this.recF32[r + R_W + j]! - this.recAcc[f * BLOCK + j]! / this.time]);
      }
      out.sort((a, b) => a[0] - b[0]);
    } else {
      const C = this.nClasses;
      for (let c = 0; c < C; c++) {
        const w = this.rowW[dense * C + c]!;
        const acc = this.rowAcc[dense * C + c]!;
        if (w !== 0 || acc !== 0) out.push([c, w - acc / this.time]);
      }
    }
  }

  /** Averaged, pruned and quantised weights, features in ascending key order (deterministic). */
  toWeightTable(prune: PruneOptions): WeightTableData {
    const order: number[] = [];
    for (let f = 0; f < this.nFeat; f++) if (this.recI32[f * REC + R_UPDATES]! >= prune.minUpdates) order.push(f);
    const keyOf = (f: number): number => this.recI32[f * REC + R_KEY]! >>> 0;
    order.sort((a, b) => keyOf(a) - keyOf(b));
    const row: Array<[number, number]> = [];
    let maxAbs = 0;
    for (const f of order) {
      this.averagedRow(f, row);
      for (const [, a] of row) if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
    }
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const keys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const weights: number[] = [];
    for (const f of order) {
      this.averagedRow(f, row);
      let kept = 0;
      for (const [c, a] of row) {
        if (Math.abs(a) < prune.minAbsWeight) continue;
        const q = Math.round(a * scale);
        if (q === 0) continue;
        classes.push(c);
        weights.push(q);
        kept++;
      }
      if (kept === 0) continue;
      keys.push(keyOf(f));
      counts.push(kept);
    }
    return {
      nClasses: this.nClasses,
      keys: Uint32Array.from(keys),
      counts: Uint8Array.from(counts),
      classes: Uint8Array.from(classes),
      weights: Int16Array.from(weights),
      scale,
    };
  }
}

function mixSlot(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b);
}
