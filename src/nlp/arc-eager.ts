// The arc-eager transition system (Nivre 2003) the parser runs, with the ROOT token at the end of
// the buffer (Ballesteros & Nivre 2013) and a deterministic UNSHIFT (Nivre & Fernández-González
// 2014) so that every parse is a single-rooted tree without post-processing: once the buffer holds
// only ROOT, a headless stack top goes back to the buffer if another headless word lies below it,
// and the parser then attaches them to each other. Also here: the dynamic oracle's transition
// costs (Goldberg & Nivre 2012), which the trainer uses to learn from any configuration, including
// the ones its own mistakes lead to.
//
// Actions are integers: SHIFT, REDUCE, then LEFT-ARC per label, then RIGHT-ARC per label.

export const SHIFT = 0;
export const REDUCE = 1;
/** Not a scored action: the forced move back to the buffer (see the header). */
export const UNSHIFT = -2;
/** No move left: the parse is complete. */
export const DONE = -3;
/** Not forced: the model chooses the move. */
export const FREE = -1;

export function leftArc(label: number): number {
  return 2 + label;
}
export function rightArc(nLabels: number, label: number): number {
  return 2 + nLabels + label;
}
export function actionCount(nLabels: number): number {
  return 2 + 2 * nLabels;
}

export class ArcEagerState {
  /** Number of words; the ROOT token is index n. */
  n = 0;
  stack = new Int32Array(0);
  sp = 0;
  /** Front of the buffer (n when only ROOT is left). */
  b = 0;
  /** The front word came back from the stack: the rest of the buffer is ROOT only. */
  unshifted = false;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  /** Leftmost and second leftmost dependents, rightmost and second rightmost (-1 = none). */
  lm1 = new Int32Array(0);
  lm2 = new Int32Array(0);
  rm1 = new Int32Array(0);
  rm2 = new Int32Array(0);
  /** Number of left and right dependents. */
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  /** Sets of the labels of left and right dependents, as 64-bit masks in two halves. */
  lsetLo = new Int32Array(0);
  lsetHi = new Int32Array(0);
  rsetLo = new Int32Array(0);
  rsetHi = new Int32Array(0);
  onStack = new Uint8Array(0);
  headlessOnStack = 0;
  readonly nLabels: number;
  readonly rootLabel: number;

  constructor(nLabels: number, rootLabel: number) {
    if (nLabels > 64) throw new RangeError(`ArcEagerState: at most 64 labels, got ${nLabels}`);
    this.nLabels = nLabels;
    this.rootLabel = rootLabel;
  }

  reset(n: number): void {
    if (this.heads.length < n + 1) {
      const size = Math.max(n + 1, this.heads.length * 2, 64);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.lm1 = new Int32Array(size);
      this.lm2 = new Int32Array(size);
      this.rm1 = new Int32Array(size);
      this.rm2 = new Int32Array(size);
      this.nl = new Int32Array(size);
      this.nr = new Int32Array(size);
      this.lsetLo = new Int32Array(size);
      this.lsetHi = new Int32Array(size);
      this.rsetLo = new Int32Array(size);
      this.rsetHi = new Int32Array(size);
      this.onStack = new Uint8Array(size);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.unshifted = false;
    this.headlessOnStack = 0;
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.lm1.fill(-1, 0, m);
    this.lm2.fill(-1, 0, m);
    this.rm1.fill(-1, 0, m);
    this.rm2.fill(-1, 0, m);
    this.nl.fill(0, 0, m);
    this.nr.fill(0, 0, m);
    this.lsetLo.fill(0, 0, m);
    this.lsetHi.fill(0, 0, m);
    this.rsetLo.fill(0, 0, m);
    this.rsetHi.fill(0, 0, m);
    this.onStack.fill(0, 0, m);
  }

  /** The stack item i from the top (0 = top), or -1. */
  s(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i]! : -1;
  }

  /** The buffer item i from the front (0 = front; ROOT is n), or -1. */
  buf(i: number): number {
    if (this.unshifted) return i === 0 ? this.b : i === 1 ? this.n : -1;
    const k = this.b + i;
    return k <= this.n ? k : -1;
  }

  inBuffer(k: number): boolean {
    return this.unshifted ? k === this.b || k === this.n : k >= this.b;
  }

  /**
   * The move the system makes without asking the model, FREE (the model decides), or DONE.
   * Only once the buffer holds just ROOT: reduce an attached top, attach the last headless word
   * to ROOT, or UNSHIFT a headless top that still has headless words below it.
   */
  forcedMove(): number {
    if (this.b !== this.n) return FREE;
    if (this.sp === 0) return DONE;
    const s0 = this.stack[this.sp - 1]!;
    if (this.heads[s0]! >= 0) return REDUCE;
    return this.headlessOnStack === 1 ? leftArc(this.rootLabel) : UNSHIFT;
  }

  canShift(): boolean {
    return this.b < this.n && (!this.unshifted || this.sp === 0);
  }
  canReduce(): boolean {
    return this.sp > 0 && this.heads[this.stack[this.sp - 1]!]! >= 0;
  }
  canLeft(): boolean {
    return this.sp > 0 && this.heads[this.stack[this.sp - 1]!]! < 0;
  }
  canRight(): boolean {
    return this.sp > 0 && this.b < this.n;
  }

  private push(k: number): void {
    this.stack[this.sp++] = k;
    this.onStack[k] = 1;
  }
  private pop(): number {
    const k = this.stack[--this.sp]!;
    this.onStack[k] = 0;
    return k;
  }
  private advance(): void {
    if (this.unshifted) {
      this.b = this.n;
      this.unshifted = false;
    } else this.b++;
  }

  private addArc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const lo = label < 32 ? 1 << label : 0;
    const hi = label >= 32 ? 1 << (label - 32) : 0;
    if (d < h) {
      // Left dependents arrive right to left, so each new one is the leftmost.
      this.lm2[h] = this.lm1[h]!;
      this.lm1[h] = d;
      this.nl[h] = this.nl[h]! + 1;
      this.lsetLo[h] = this.lsetLo[h]! | lo;
      this.lsetHi[h] = this.lsetHi[h]! | hi;
    } else {
      // Right dependents arrive left to right, so each new one is the rightmost.
      this.rm2[h] = this.rm1[h]!;
      this.rm1[h] = d;
      this.nr[h] = this.nr[h]! + 1;
      this.rsetLo[h] = this.rsetLo[h]! | lo;
      this.rsetHi[h] = this.rsetHi[h]! | hi;
    }
  }

  apply(action: number): void {
    if (action === SHIFT) {
      this.push(this.b);
      this.headlessOnStack++;
      this.advance();
    } else if (action === REDUCE) {
      this.pop();
    } else if (action === UNSHIFT) {
      this.b = this.pop();
      this.headlessOnStack--;
      this.unshifted = true;
    } else if (action < 2 + this.nLabels) {
      const d = this.pop();
      this.headlessOnStack--;
      this.addArc(this.b, d, action - 2);
    } else {
      const h = this.stack[this.sp - 1]!;
      this.addArc(h, this.b, action - 2 - this.nLabels);
      this.push(this.b);
      this.advance();
    }
  }
}

/**
 * Transition costs against a gold tree (Goldberg & Nivre 2012): how many gold arcs a move makes
 * unreachable, plus one for a gold arc given the wrong label. Arc-eager is arc-decomposable for
 * projective trees, so a move costs exactly the reachable gold arcs it rules out; the trainer
 * treats the cheapest valid moves as correct from whatever configuration it is in.
 */
export class ArcEagerOracle {
  private goldHead = new Int32Array(0);
  private goldLabel = new Int32Array(0);
  /** Gold dependents of each word, as ranges into childList. */
  private childStart = new Int32Array(0);
  private childList = new Int32Array(0);

  /** heads: gold head of each word (n for the root word); labels: gold label ids. */
  setGold(heads: ArrayLike<number>, labels: ArrayLike<number>): void {
    const n = heads.length;
    this.goldHead = Int32Array.from(heads);
    this.goldLabel = Int32Array.from(labels);
    const counts = new Int32Array(n + 2);
    for (let d = 0; d < n; d++) counts[heads[d]! + 1] = counts[heads[d]! + 1]! + 1;
    this.childStart = new Int32Array(n + 2);
    for (let h = 0; h <= n; h++) this.childStart[h + 1] = this.childStart[h]! + counts[h + 1]!;
    this.childList = new Int32Array(n);
    const fill = this.childStart.slice(0, n + 1);
    for (let d = 0; d < n; d++) {
      const h = heads[d]!;
      this.childList[fill[h]!] = d;
      fill[h] = fill[h]! + 1;
    }
  }

  shiftCost(st: ArcEagerState): number {
    const b = st.b;
    let c = st.onStack[this.goldHead[b]!] ? 1 : 0;
    c += this.stackOrphansOf(st, b);
    return c;
  }

  reduceCost(st: ArcEagerState): number {
    return this.bufferChildrenOf(st, st.stack[st.sp - 1]!);
  }

  /** Cost of LEFT-ARC with a label, or of its structure alone when label < 0. */
  leftCost(st: ArcEagerState, label: number): number {
    const d = st.stack[st.sp - 1]!;
    const gh = this.goldHead[d]!;
    let c = gh !== st.b && st.inBuffer(gh) ? 1 : 0;
    c += this.bufferChildrenOf(st, d);
    if (label >= 0 && gh === st.b && this.goldLabel[d] !== label) c++;
    return c;
  }

  rightCost(st: ArcEagerState, label: number): number {
    const d = st.b;
    const h = st.stack[st.sp - 1]!;
    const gh = this.goldHead[d]!;
    let c = gh !== h && (st.onStack[gh] || st.inBuffer(gh)) ? 1 : 0;
    c += this.stackOrphansOf(st, d);
    if (label >= 0 && gh === h && this.goldLabel[d] !== label) c++;
    return c;
  }

  /** The gold label of the arc the move would build, if that arc is gold; else -1. */
  leftGoldLabel(st: ArcEagerState): number {
    const d = st.stack[st.sp - 1]!;
    return this.goldHead[d] === st.b ? this.goldLabel[d]! : -1;
  }
  rightGoldLabel(st: ArcEagerState): number {
    const d = st.b;
    return this.goldHead[d] === st.stack[st.sp - 1] ? this.goldLabel[d]! : -1;
  }

  /** Gold dependents of w still in the buffer (they can only get w as head while w is on the stack). */
  private bufferChildrenOf(st: ArcEagerState, w: number): number {
    let c = 0;
    for (let i = this.childStart[w]!; i < this.childStart[w + 1]!; i++) if (st.inBuffer(this.childList[i]!)) c++;
    return c;
  }

  /** Gold dependents of w that sit headless on the stack (only w at the buffer front can take them). */
  private stackOrphansOf(st: ArcEagerState, w: number): number {
    let c = 0;
    for (let i = this.childStart[w]!; i < this.childStart[w + 1]!; i++) {
      const k = this.childList[i]!;
      if (st.onStack[k] && st.heads[k]! < 0) c++;
    }
    return c;
  }
}
