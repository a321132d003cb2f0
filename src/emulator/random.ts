// A small seeded PRNG (mulberry32) so the seed data and probabilistic faults are identical on every run.

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick on an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('Random.weighted on an empty list');
    return last[0];
  }

  /** `count` distinct items in random order (all of them when count >= length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }

  /** A HighLevel-style id: 20 alphanumerics (contacts, locations, calendars, fields, ...). */
  alphanumericId(length = 20): string {
    let id = '';
    for (let i = 0; i < length; i++) id += ALPHANUMERIC.charAt(Math.floor(this.next() * ALPHANUMERIC.length));
    return id;
  }

  /** A MongoDB ObjectId (24 hex) whose first 4 bytes are `atMs` in seconds, as real ObjectIds are. */
  objectId(atMs: number): string {
    let id = Math.floor(atMs / 1000)
      .toString(16)
      .padStart(8, '0');
    for (let i = 0; i < 16; i++) id += HEX.charAt(Math.floor(this.next() * 16));
    return id;
  }

  uuid(): string {
    let hex = '';
    for (let i = 0; i < 32; i++) hex += HEX.charAt(Math.floor(this.next() * 16));
    const variant = HEX.charAt(8 + Math.floor(this.next() * 4));
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
