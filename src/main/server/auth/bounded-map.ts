// A map that never holds more than a fixed number of entries: the least recently used one goes when
// a new one arrives. What the sign-in limiter keeps its counters in, so a flood of made-up emails or
// addresses costs a bounded amount of memory.
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error('A bounded map holds at least one entry');
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reading an entry makes it the most recently used (a Map iterates in insertion order). */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
