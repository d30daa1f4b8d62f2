/**
 * Averaged perceptron over hashed features (32-bit keys), in two forms:
 * - `PerceptronTrainer`: open-addressing table of keys, each with a chain of (class, weight, total)
 *   entries. Rows are sparse because an update touches only two classes, so millions of features
 *   with ~100 classes fit in a few hundred MB. Averaging is the "w - u/c" trick (no timestamps).
 * - `FrozenModel`: the averaged weights quantized to one byte on a global log-spaced codebook
 *   (`code -> weight`), packed with the class id into a Uint16 entry; one row per feature, after a
 *   Uint16 header holding the entry counts of its two parts. Weights below a threshold are dropped (this is the pruning). Scoring walks only the
 *   non-zero entries, which is what makes ~100-class parsing fast.
 */

export type Scorer = {
  readonly nClasses: number;
  /** Adds the rows of the n features in `feats` to `scores` (not cleared here). */
  score(feats: Uint32Array, n: number, scores: Float32Array): void;
};

function nextPow2(n: number): number {
  let c = 1;
  while (c < n) c *= 2;
  return c;
}

export class PerceptronTrainer implements Scorer {
  readonly nClasses: number;
  /**
   * Slots of 4: key (0 = empty), chain head + 1 (entries added since the last compaction), start
   * and length of the feature's contiguous block (laid out by `compact`). One array, so a probe is
   * one cache miss, and scoring mostly walks a contiguous block rather than chasing pointers.
   */
  private table: Int32Array;
  private mask: number;
  size = 0;
  private next: Int32Array;
  private cls: Uint8Array;
  private w: Float32Array;
  private u: Float64Array;
  nEntries = 0;

  constructor(nClasses: number, capacity = 1 << 20) {
    this.nClasses = nClasses;
    const cap = nextPow2(capacity);
    this.table = new Int32Array(cap * 4);
    this.mask = cap - 1;
    this.next = new Int32Array(cap);
    this.cls = new Uint8Array(cap);
    this.w = new Float32Array(cap);
    this.u = new Float64Array(cap);
  }

  /** Slot of key (where it is, or the empty slot where it would go). */
  private slot(key: number): number {
    const table = this.table;
    const mask = this.mask;
    const k32 = key | 0;
    let i = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= mask;
      const k = table[i * 4]!;
      if (k === k32 || k === 0) return i;
      i++;
    }
  }

  score(feats: Uint32Array, n: number, scores: Float32Array): void {
    const { table, next, cls, w } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f]!;
      const s = this.slot(key) * 4;
      if (table[s] === 0) continue;
      const start = table[s + 2]!;
      const end = start + table[s + 3]!;
      for (let e = start; e < end; e++) scores[cls[e]!]! += w[e]!;
      for (let e = table[s + 1]! - 1; e >= 0; e = next[e]!) scores[cls[e]!]! += w[e]!;
    }
  }

  /** Adds `delta` to class `c` of every feature; `t` is the instance counter (for averaging). */
  update(feats: Uint32Array, n: number, c: number, delta: number, t: number): void {
    for (let f = 0; f < n; f++) {
      const key = feats[f]!;
      let s = this.slot(key) * 4;
      if (this.table[s] === 0) {
        if ((this.size + 1) * 2 > this.mask + 1) {
          this.grow();
          s = this.slot(key) * 4;
        }
        this.table[s] = key | 0;
        this.size++;
      }
      let e = -1;
      const start = this.table[s + 2]!;
      const end = start + this.table[s + 3]!;
      for (let j = start; j < end; j++) {
        if (this.cls[j] === c) {
          e = j;
          break;
        }
      }
      if (e < 0) {
        e = this.table[s + 1]! - 1;
        while (e >= 0 && this.cls[e] !== c) e = this.next[e]!;
      }
      if (e < 0) {
        if (this.nEntries === this.w.length) this.growEntries(this.w.length * 2);
        e = this.nEntries++;
        this.cls[e] = c;
        this.next[e] = this.table[s + 1]! - 1;
        this.table[s + 1] = e + 1;
      }
      this.w[e]! += delta;
      this.u[e]! += t * delta;
    }
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    this.table = new Int32Array(cap * 4);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += 4) {
      const k = old[i]!;
      if (k === 0) continue;
      const s = this.slot(k >>> 0) * 4;
      this.table[s] = k;
      this.table[s + 1] = old[i + 1]!;
      this.table[s + 2] = old[i + 2]!;
      this.table[s + 3] = old[i + 3]!;
    }
  }

  private growEntries(cap: number): void {
    const keep = Math.min(cap, this.nEntries);
    const next = new Int32Array(cap);
    next.set(this.next.subarray(0, keep));
    this.next = next;
    const cls = new Uint8Array(cap);
    cls.set(this.cls.subarray(0, keep));
    this.cls = cls;
    const w = new Float32Array(cap);
    w.set(this.w.subarray(0, keep));
    this.w = w;
    const u = new Float64Array(cap);
    u.set(this.u.subarray(0, keep));
    this.u = u;
  }

  /** Moves every feature's entries into one contiguous block (call between epochs). */
  compact(): void {
    const cap = this.w.length;
    const next = new Int32Array(cap).fill(-1);
    const cls = new Uint8Array(cap);
    const w = new Float32Array(cap);
    const u = new Float64Array(cap);
    let p = 0;
    const table = this.table;
    for (let i = 0; i < table.length; i += 4) {
      if (table[i] === 0) continue;
      const start = p;
      const b0 = table[i + 2]!;
      const b1 = b0 + table[i + 3]!;
      for (let e = b0; e < b1; e++) {
        cls[p] = this.cls[e]!;
        w[p] = this.w[e]!;
        u[p] = this.u[e]!;
        p++;
      }
      for (let e = table[i + 1]! - 1; e >= 0; e = this.next[e]!) {
        cls[p] = this.cls[e]!;
        w[p] = this.w[e]!;
        u[p] = this.u[e]!;
        p++;
      }
      table[i + 1] = 0;
      table[i + 2] = start;
      table[i + 3] = p - start;
    }
    if (p !== this.nEntries) throw new Error('perceptron: entry chains are corrupt');
    this.next = next;
    this.cls = cls;
    this.w = w;
    this.u = u;
  }

  /** Calls fn(class, entry) for every entry of the feature in slot s (block, then chain). */
  private entries(s: number, fn: (c: number, e: number) => void): void {
    const start = this.table[s + 2]!;
    const end = start + this.table[s + 3]!;
    for (let e = start; e < end; e++) fn(this.cls[e]!, e);
    for (let e = this.table[s + 1]! - 1; e >= 0; e = this.next[e]!) fn(this.cls[e]!, e);
  }

  /**
   * Averages (weights over `t` instances), quantizes and prunes. `keepRatio` sets the smallest kept
   * |weight| as a fraction of the largest one.
   */
  freeze(t: number, keepRatio: number): FrozenPart {
    let hi = 0;
    const n = this.nEntries;
    const avg = new Float32Array(n);
    for (let e = 0; e < n; e++) {
      const a = this.w[e]! - this.u[e]! / t;
      avg[e] = a;
      const m = Math.abs(a);
      if (m > hi) hi = m;
    }
    const lo = hi * keepRatio;
    const cb = codebook(lo, hi);
    const logLo = Math.log(lo);
    const span = Math.log(hi) - logLo;
    // Features in key order, so the bytes depend only on the weights (not on hash-table history).
    const keys = new Uint32Array(this.size);
    let nk = 0;
    for (let i = 0; i < this.table.length; i += 4) if (this.table[i] !== 0) keys[nk++] = this.table[i]! >>> 0;
    keys.sort();
    const outKeys = new Uint32Array(this.size);
    const rows = new Uint16Array(this.size + n);
    let nf = 0;
    let p = 0;
    const row = new Uint16Array(256);
    let m = 0;
    const add = (c: number, e: number) => {
      const a = avg[e]!;
      const abs = Math.abs(a);
      if (abs < lo || abs === 0) return;
      const level = 1 + Math.round(((Math.log(abs) - logLo) / span) * 126);
      const code = a > 0 ? 128 + level : 128 - level;
      row[m++] = (code << 8) | c;
    };
    for (let j = 0; j < nk; j++) {
      const key = keys[j]!;
      m = 0;
      this.entries(this.slot(key) * 4, add);
      if (m === 0) continue;
      const r = row.subarray(0, m);
      r.sort((a, b) => (a & 255) - (b & 255));
      outKeys[nf++] = key;
      rows[p++] = m;
      rows.set(r, p);
      p += m;
    }
    return { nClasses: this.nClasses, keys: outKeys.slice(0, nf), rows: rows.slice(0, p), codebook: cb };
  }
}

/** Code 128 is zero; 128 +/- k (k = 1..127) is +/- lo * (hi/lo)^((k-1)/126). */
function codebook(lo: number, hi: number): Float32Array {
  const cb = new Float32Array(256);
  const ratio = hi > lo ? hi / lo : 1;
  for (let k = 1; k <= 127; k++) {
    const v = lo * ratio ** ((k - 1) / 126);
    cb[128 + k] = v;
    cb[128 - k] = -v;
  }
  return cb;
}

/**
 * Home slot of a key in an inline table of `cap` slots: key / 2^32 * cap. Keys are already hashes
 * (uniform), and this order-preserving slot makes building the table from the sorted keys write
 * it front to back (random inserts into ~16 MB would be most of the load time).
 */
function slotOf(key: number, cap: number): number {
  return Math.floor((key / 4294967296) * cap);
}

/** One averaged, quantized model: sorted keys and count-prefixed rows of (code << 8 | class). */
export interface FrozenPart {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  readonly rows: Uint16Array;
  readonly codebook: Float32Array;
}

/**
 * A frozen model with up to two parts sharing one feature table: part A (e.g. the parser's
 * transitions, or the tagger) and part B (the parser's labels). Each feature row is
 * [count A | count B << 8, A entries..., B entries...]. `score` walks part A and remembers where
 * each feature's part B is, so `scoreB` on the same features costs no second lookup.
 */
export class FrozenModel implements Scorer {
  readonly nClasses: number;
  readonly nClassesB: number;
  readonly keys: Uint32Array;
  readonly rows: Uint16Array;
  readonly codebook: Float32Array;
  readonly codebookB: Float32Array;
  /** Pairs (key, row offset + 1), or with `cap` > 0 the inline slots of 3 (see the constructor). */
  private table: Uint32Array;
  private mask: number;
  private cap: number;
  private offs = new Uint32Array(256);
  private ends = new Uint32Array(256);
  private home = new Uint32Array(256);
  /** Keeps the cache-touching loads of `scoreInline` and `scoreB` from being optimized away. */
  sink = 0;

  constructor(
    nClasses: number,
    nClassesB: number,
    keys: Uint32Array,
    rows: Uint16Array,
    codebook: Float32Array,
    codebookB: Float32Array,
  ) {
    this.nClasses = nClasses;
    this.nClassesB = nClassesB;
    this.keys = keys;
    this.rows = rows;
    this.codebook = codebook;
    this.codebookB = codebookB;
    if (nClasses > 256 || nClassesB > 256) throw new Error('a frozen model has at most 256 classes per part');
    if (nClasses <= 3) {
      // Inline layout: slots of 3 words [key, part B offset + 1, part A codes (one byte per class,
      // 128 = zero) | part B count << 24], so a transition costs one cache miss per feature (the
      // slot) instead of two.
      // The table is sized to ~1.4 slots per feature (not a power of two, which could double its
      // size); a key's home slot is its position in [0, 2^32) scaled to the table (see slotOf).
      const cap = Math.max(16, Math.ceil(keys.length * 1.4));
      this.cap = cap;
      this.mask = 0;
      const table = new Uint32Array(cap * 3);
      let off = 0;
      for (let f = 0; f < keys.length; f++) {
        const key = keys[f]!;
        let i = slotOf(key, cap);
        while (table[i * 3] !== 0) if (++i === cap) i = 0;
        const s = i * 3;
        table[s] = key;
        let codes = 0x808080;
        const hdr = rows[off]!;
        const na = hdr & 255;
        for (let e = off + 1; e <= off + na; e++) {
          const v = rows[e]!;
          const c = v & 255;
          codes = (codes & ~(255 << (8 * c))) | ((v >>> 8) << (8 * c));
        }
        off += na + 1;
        table[s + 1] = off + 1;
        table[s + 2] = (codes | ((hdr >>> 8) << 24)) >>> 0;
        off += hdr >>> 8;
      }
      if (off !== rows.length) throw new Error('model rows do not match its keys');
      this.table = table;
      return;
    }
    this.cap = 0;
    const cap = nextPow2(Math.max(16, Math.ceil(keys.length * 1.6)));
    this.mask = cap - 1;
    const table = new Uint32Array(cap * 2);
    let off = 0;
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f]!;
      let i = Math.imul(key, 0x9e3779b1) >>> 0;
      for (;;) {
        i &= this.mask;
        if (table[i * 2] === 0) break;
        i++;
      }
      table[i * 2] = key;
      table[i * 2 + 1] = off + 1;
      const hdr = rows[off]!;
      off += 1 + (hdr & 255) + (hdr >>> 8);
    }
    if (off !== rows.length) throw new Error('model rows do not match its keys');
    this.table = table;
  }

  /** Merges two parts (B may be absent) into one model. */
  static combine(a: FrozenPart, b: FrozenPart | null): FrozenModel {
    const bk = b ? b.keys : new Uint32Array(0);
    const br = b ? b.rows : new Uint16Array(0);
    const keys = new Uint32Array(a.keys.length + bk.length);
    const rows = new Uint16Array(a.rows.length + br.length);
    let i = 0;
    let j = 0;
    let oa = 0;
    let ob = 0;
    let nk = 0;
    let p = 0;
    while (i < a.keys.length || j < bk.length) {
      const ka = i < a.keys.length ? a.keys[i]! : 0x100000000;
      const kb = j < bk.length ? bk[j]! : 0x100000000;
      const key = Math.min(ka, kb);
      keys[nk++] = key;
      const h = p++;
      let na = 0;
      let nb = 0;
      if (ka === key) {
        na = a.rows[oa]!;
        rows.set(a.rows.subarray(oa + 1, oa + 1 + na), p);
        p += na;
        oa += na + 1;
        i++;
      }
      if (kb === key) {
        nb = br[ob]!;
        rows.set(br.subarray(ob + 1, ob + 1 + nb), p);
        p += nb;
        ob += nb + 1;
        j++;
      }
      if (na > 255 || nb > 255) throw new Error('a feature row has more than 255 entries in one part');
      rows[h] = na | (nb << 8);
    }
    return new FrozenModel(
      a.nClasses,
      b ? b.nClasses : 0,
      keys.slice(0, nk),
      rows.slice(0, p),
      a.codebook,
      b ? b.codebook : new Float32Array(256),
    );
  }

  /** A copy without the weights whose code is within `minLevel` of zero (|weight| below codebook[128 + minLevel]). */
  prune(minLevel: number): FrozenModel {
    const keys = new Uint32Array(this.keys.length);
    const rows = new Uint16Array(this.rows.length);
    let nf = 0;
    let p = 0;
    let off = 0;
    for (let f = 0; f < this.keys.length; f++) {
      const hdr = this.rows[off++]!;
      const h = p++;
      let hdrOut = 0;
      for (let part = 0; part < 2; part++) {
        const count = part === 0 ? hdr & 255 : hdr >>> 8;
        let m = 0;
        for (let e = off; e < off + count; e++) {
          const v = this.rows[e]!;
          if (Math.abs((v >>> 8) - 128) >= minLevel) rows[p + m++] = v;
        }
        p += m;
        hdrOut |= m << (8 * part);
        off += count;
      }
      if (hdrOut !== 0) {
        rows[h] = hdrOut;
        keys[nf++] = this.keys[f]!;
      } else p = h;
    }
    return new FrozenModel(
      this.nClasses,
      this.nClassesB,
      keys.slice(0, nf),
      rows.slice(0, p),
      this.codebook,
      this.codebookB,
    );
  }

  get nFeatures(): number {
    return this.keys.length;
  }

  get nEntries(): number {
    return this.rows.length - this.keys.length;
  }

  score(feats: Uint32Array, n: number, scores: Float32Array): void {
    if (this.cap > 0) {
      this.scoreInline(feats, n, scores);
      return;
    }
    const { table, mask, rows, codebook } = this;
    if (this.offs.length < n) {
      this.offs = new Uint32Array(n * 2);
      this.ends = new Uint32Array(n * 2);
    }
    const { offs, ends } = this;
    let touch = 0;
    for (let f = 0; f < n; f++) touch ^= table[((Math.imul(feats[f]!, 0x9e3779b1) >>> 0) & mask) * 2]!; // see scoreInline
    this.sink = touch;
    for (let f = 0; f < n; f++) {
      const key = feats[f]!;
      let i = Math.imul(key, 0x9e3779b1) >>> 0;
      let off = 0;
      for (;;) {
        i &= mask;
        const k = table[i * 2]!;
        if (k === key) {
          off = table[i * 2 + 1]!;
          break;
        }
        if (k === 0) break;
        i++;
      }
      if (off === 0) {
        offs[f] = 0;
        ends[f] = 0;
        continue;
      }
      const hdr = rows[off - 1]!;
      const end = off + (hdr & 255);
      for (let e = off; e < end; e++) {
        const v = rows[e]!;
        scores[v & 255]! += codebook[v >>> 8]!;
      }
      offs[f] = end; // part B's entries follow part A's
      ends[f] = end + (hdr >>> 8);
    }
  }

  private scoreInline(feats: Uint32Array, n: number, scores: Float32Array): void {
    const { table, cap, codebook } = this;
    if (this.offs.length < n) {
      this.offs = new Uint32Array(n * 2);
      this.ends = new Uint32Array(n * 2);
    }
    const { offs, ends } = this;
    // float32 sums in the order of adding into `scores` one feature at a time (as the other layout)
    let s0 = scores[0]!;
    let s1 = scores.length > 1 ? scores[1]! : 0;
    let s2 = scores.length > 2 ? scores[2]! : 0;
    if (this.home.length < n) this.home = new Uint32Array(n * 2);
    const home = this.home;
    // First touch every feature's home slot, with no branch on what is there: the cache misses
    // (one per feature, most of the parser's time) then overlap instead of waiting on each other.
    let touch = 0;
    for (let f = 0; f < n; f++) {
      const i = slotOf(feats[f]!, cap);
      home[f] = i;
      touch ^= table[i * 3]!;
    }
    this.sink = touch;
    for (let f = 0; f < n; f++) {
      const key = feats[f]!;
      let i = home[f]!;
      let off = 0;
      let end = 0;
      for (;;) {
        const k = table[i * 3]!;
        if (k === key) {
          const c = table[i * 3 + 2]!;
          s0 = Math.fround(s0 + codebook[c & 255]!);
          s1 = Math.fround(s1 + codebook[(c >>> 8) & 255]!);
          s2 = Math.fround(s2 + codebook[(c >>> 16) & 255]!);
          off = table[i * 3 + 1]! - 1;
          end = off + (c >>> 24);
          break;
        }
        if (k === 0) break;
        if (++i === cap) i = 0;
      }
      offs[f] = off;
      ends[f] = end;
    }
    scores[0] = s0;
    if (scores.length > 1) scores[1] = s1;
    if (scores.length > 2) scores[2] = s2;
  }

  /** LabelScorer: part B of the first n features given to the last `score` call (feats must be the same). */
  scoreLabels(_feats: Uint32Array, n: number, scores: Float32Array): void {
    this.scoreB(n, scores);
  }

  /** Part B scores of the first n features given to the last `score` call. */
  scoreB(n: number, scores: Float32Array): void {
    const { rows, codebookB, offs, ends } = this;
    let touch = 0;
    for (let f = 0; f < n; f++) touch ^= rows[offs[f]!]!; // the rows' misses overlap (see scoreInline)
    this.sink = touch;
    for (let f = 0; f < n; f++) {
      const off = offs[f]!;
      const end = ends[f]!;
      for (let e = off; e < end; e++) {
        const v = rows[e]!;
        scores[v & 255]! += codebookB[v >>> 8]!;
      }
    }
  }
}
