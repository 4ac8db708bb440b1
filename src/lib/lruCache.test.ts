import { describe, expect, it } from "vitest";
import { LruCache } from "./lruCache.ts";

describe("LruCache", () => {
  it("never holds more than its capacity, however many keys pass through", () => {
    for (const capacity of [1, 2, 3, 4, 7, 10]) {
      const cache = new LruCache<number, number>(capacity);
      for (let key = 0; key < 50; key += 1) {
        cache.set(key, key);
        cache.get(key % 3); // hits in the old generation move keys to the young one
        expect(cache.size).toBeLessThanOrEqual(capacity);
      }
      expect(cache.size).toBeGreaterThan(0);
    }
  });

  it("keeps a key used once in each generation and forgets one left unused for two", () => {
    // Capacity 4: each generation holds two entries.
    const cache = new LruCache<string, number>(4);
    cache.set("a", 1);
    cache.set("b", 2); // the young generation fills and becomes the old one: a, b
    expect(cache.get("a")).toBe(1); // a moves to the young generation
    cache.set("c", 3); // young a, c retired; b is dropped with the old generation
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("returns the newest value set for a key", () => {
    const cache = new LruCache<string, number>(4);
    cache.set("a", 1);
    cache.set("b", 2); // a, b now old
    cache.set("a", 3);
    expect(cache.get("a")).toBe(3);
    cache.set("c", 4); // young a, c retired: the old a is gone with b
    expect(cache.get("a")).toBe(3);
  });

  it("makes a value once while it stays cached", () => {
    const cache = new LruCache<string, string>(3);
    let made = 0;
    const make = (key: string) => {
      made += 1;
      return key.toUpperCase();
    };
    expect(cache.getOrMake("x", make)).toBe("X");
    expect(cache.getOrMake("x", make)).toBe("X");
    cache.getOrMake("y", make); // x and y retire together
    expect(cache.getOrMake("x", make)).toBe("X");
    expect(made).toBe(2);
  });

  it("keeps a cached null, which is not a miss", () => {
    const cache = new LruCache<string, string | null>(2);
    let made = 0;
    const make = () => {
      made += 1;
      return null;
    };
    expect(cache.getOrMake("x", make)).toBeNull();
    expect(cache.getOrMake("x", make)).toBeNull();
    expect(made).toBe(1);
  });

  it("refuses a capacity that could hold nothing", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
