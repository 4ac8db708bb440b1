import { describe, expect, it } from "vitest";
import { LruCache } from "./lruCache.ts";

describe("LruCache", () => {
  it("never holds more than its capacity, forgetting the least recently used entry", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now the most recently used
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
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
    expect(made).toBe(1);
  });

  it("refuses a capacity that could hold nothing", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
