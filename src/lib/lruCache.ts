/**
 * A map of at most `capacity` entries that forgets the entries least recently used when full. For
 * memoising a costly pure reading (a tagger's tags of a word, a sentence's tokens) across a build
 * of tens of thousands of articles: the keys that recur stay cached, and memory stays bounded
 * however many distinct keys the corpus has.
 *
 * Recency is kept by two generations, not per key: a hit in the young `Map` costs one lookup and
 * moves nothing, where moving each hit key to the end of one `Map` (a `delete` and a `set`) cost
 * the tokenizer's cache more than tokenizing. A hit in the old `Map` moves the key to the young
 * one; when the young one fills it becomes the old one and the old one is dropped whole, so a key
 * survives while it is used at least once per generation. Each generation holds at most half the
 * capacity (rounded up), and the young one is swapped out on filling, so together they hold at most
 * `capacity` entries.
 */
export class LruCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly capacity: number;
  /** Entries a generation may hold: the young one is retired on reaching it. */
  readonly #generation: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LruCache capacity ${capacity}`);
    this.capacity = capacity;
    this.#generation = Math.ceil(capacity / 2);
  }

  /** The cached value, marked as just used; undefined when absent. */
  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old === undefined) return undefined;
    this.#old.delete(key);
    this.#addYoung(key, old);
    return old;
  }

  /** Caches a value, forgetting the old generation when the young one fills. */
  set(key: K, value: V): void {
    this.#old.delete(key);
    this.#addYoung(key, value);
  }

  /** The cached value, or `make(key)` cached and returned. */
  getOrMake(key: K, make: (key: K) => V): V {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const made = make(key);
    this.#addYoung(key, made);
    return made;
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }

  #addYoung(key: K, value: V): void {
    this.#young.set(key, value);
    if (this.#young.size < this.#generation) return;
    this.#old = this.#young;
    this.#young = new Map();
  }
}
