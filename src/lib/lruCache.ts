/**
 * A map of at most `capacity` entries that forgets the least recently used one when full. For
 * memoising a costly pure reading (a tagger's tags of a word) across a build of tens of
 * thousands of articles: the words that recur stay cached, and memory stays bounded however
 * many distinct keys the corpus has. A JavaScript Map keeps insertion order, so moving a key to
 * the end on each hit makes its first key the least recently used.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LruCache capacity ${capacity}`);
    this.capacity = capacity;
  }

  /** The cached value, marked as just used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Caches a value, forgetting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  /** The cached value, or `make(key)` cached and returned. */
  getOrMake(key: K, make: (key: K) => V): V {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const made = make(key);
    this.set(key, made);
    return made;
  }

  get size(): number {
    return this.#entries.size;
  }
}
