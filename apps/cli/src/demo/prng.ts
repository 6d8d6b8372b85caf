/**
 * A small deterministic pseudo-random generator for the demo portfolio: mulberry32, seeded from
 * a text key with FNV-1a. The same key always gives the same sequence, on every machine; nothing
 * here ever reads Math.random or the clock. It draws whole numbers only (indices, day offsets,
 * weights); amounts are built from them as bigint cents by the callers.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator seeded from a text key, e.g. `winwin:2021-01:5`. */
  static fromKey(key: string): Prng {
    return new Prng(fnv1a(key));
  }

  /** The next unsigned 32-bit integer (mulberry32). */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`cannot draw a whole number from ${min} to ${max}`);
    }
    const span = max - min + 1;
    if (span > 0x1_0000_0000) throw new RangeError(`range ${min}..${max} is too wide`);
    // Rejection sampling: no modulo bias.
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % span);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return min + (x % span);
  }

  /** True with probability `percent` / 100. */
  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)];
  }

  /** One of the items, each as likely as its (whole-number) weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((n, [, w]) => n + w, 0);
    let x = this.int(0, total - 1);
    for (const [item, w] of choices) {
      if (x < w) return item;
      x -= w;
    }
    throw new Error('unreachable: weights exhausted');
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** FNV-1a, 32 bits, over the UTF-16 code units of the key. */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
