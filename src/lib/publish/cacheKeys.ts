/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * `getStaticPaths()` entry returns the same `cacheKey` as last build (and whose code is
 * unchanged) is not rendered again; its previous output is copied. So a key must change
 * whenever anything the page shows changes — a stale page is worse than a slow build.
 *
 * A page's key is the digest of:
 * - `version`: the site's code and the build settings pages read at run time (see codeVersion.ts);
 * - `frame`: what every page's frame shows (the topic navigation);
 * - `shown`: the page's own data, as plain values (the caller lists what the template renders);
 * - the facts of every entity and article that `shown` names: any string in it that is an
 *   entity id or an article slug pulls in that entity's or article's facts (its name, kind and
 *   whether it has a page; its frontmatter, text digest and analysis), because components look
 *   those up by id (EntityName, QuoteList, ArticleCard…). Naming something a page does not show
 *   only makes the key stricter.
 *
 * Facts are digested once per build and reused by every page that names them.
 */
import { createHash } from "node:crypto";

/**
 * Plain JSON for any value: object keys sorted, Maps and Sets as sorted entries, undefined
 * dropped. This replacer is the definition of the canonical text; `fastJson` below writes the
 * same text without it, for the shapes the build's data has.
 */
function canonical(_key: string, value: unknown): unknown {
  if (value instanceof Map) {
    return { "(map)": [...(value as Map<unknown, unknown>).entries()].sort(([a], [b]) => compare(a, b)) };
  }
  if (value instanceof Set) return { "(set)": [...(value as Set<unknown>)].sort(compare) };
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  }
  return value;
}

/** The canonical text through the replacer: the reference `fastJson` is tested against. */
export function replacerJson(value: unknown): string {
  // JSON.stringify gives undefined (not a string) for undefined; the keys hold data only.
  return value === undefined ? "undefined" : JSON.stringify(value, canonical);
}

function compare(a: unknown, b: unknown): number {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Thrown by `fastJson` on a value it does not write as the replacer would. */
class Unusual extends Error {}

/** An array index ("0", "17"), which an object lists first, in numeric order, whatever its insertion order. */
const isIndex = (key: string) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;

/**
 * Object keys in the order `Object.fromEntries` of sorted entries gives them (what the replacer
 * hands JSON.stringify): array indices first, by number, then the rest sorted.
 */
function keyOrder(record: object): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((key) => !isIndex(key))];
}

const byText = (a: readonly [string, ...unknown[]], b: readonly [string, ...unknown[]]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/**
 * The replacer's text, written directly (a profile of an edit rebuild at 1,000 articles put the
 * replacer at 1.35 s of the page keys' 3.2 s): each item of a Map or Set is written once and
 * sorted by its text (the replacer serialised both sides of every comparison again).
 * Undefined for what JSON leaves out (undefined, a function, a symbol). A value of a kind the
 * build's data does not hold (a boxed primitive, an object with its own `toJSON`, a bigint)
 * throws `Unusual`, and the caller falls back to the replacer.
 */
function fastJson(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "bigint":
      throw new Unusual();
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    // A loop, not map(): a hole in a sparse array is null to JSON, and map() skips it.
    const items: string[] = [];
    for (let index = 0; index < value.length; index += 1) items.push(fastJson(value[index]) ?? "null");
    return `[${items.join(",")}]`;
  }
  if (value instanceof Date) return fastJson(value.toJSON());
  if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>)].map(
      ([key, item]) => [sortText(key), fastJson(item) ?? "null"] as const,
    );
    return `{"(map)":[${entries
      .sort(byText)
      .map(([key, item]) => `[${key === "undefined" ? "null" : key},${item}]`)
      .join(",")}]}`;
  }
  if (value instanceof Set) {
    // Array sort puts undefined last without comparing it, so the replacer's sort did too.
    const items = [...(value as Set<unknown>)].flatMap((item) =>
      item === undefined ? [] : [[sortText(item)] as const],
    );
    const last = (value as Set<unknown>).has(undefined) ? ["null"] : [];
    return `{"(set)":[${[...items.sort(byText).map(([item]) => item), ...last].join(",")}]}`;
  }
  if (
    value instanceof String ||
    value instanceof Number ||
    value instanceof Boolean ||
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  ) {
    throw new Unusual();
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of keyOrder(record)) {
    const text = fastJson(record[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(",")}}`;
}

/**
 * What the replacer sorts a Map's keys and a Set's items by: their canonical text, the word
 * for undefined. A function or symbol has none (the replacer compared them as equal to all).
 */
function sortText(value: unknown): string {
  if (typeof value === "function" || typeof value === "symbol") throw new Unusual();
  return fastJson(value) ?? "undefined";
}

/** The canonical JSON text of a value; `undefined` (which has none) as the word. */
export function canonicalJson(value: unknown): string {
  try {
    return fastJson(value) ?? "undefined";
  } catch (error) {
    if (error instanceof Unusual) return replacerJson(value);
    throw error;
  }
}

/** SHA-256 (hex) of a value's canonical JSON: equal data gives an equal digest, whatever its key order. */
export function stableDigest(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** Every string anywhere in `value` (object keys excluded), into `into`. */
export function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value instanceof Map) for (const item of (value as Map<unknown, unknown>).values()) stringsIn(item, into);
  else if (value instanceof Set) for (const item of value as Set<unknown>) stringsIn(item, into);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** What keys are made of. `entity` and `article` return undefined for a string that is not one. */
export interface KeySources {
  readonly version: string;
  readonly frame: unknown;
  entity(id: string): unknown;
  article(slug: string): unknown;
}

export interface PageKeys {
  /** The key of a page of `route` that renders `shown` (plain data; see the module comment). */
  page(route: string, shown: unknown): string;
  /**
   * The key of a page of `route` whose output is `shown` itself and nothing else — no frame,
   * nothing looked up by the ids in it (a JSON endpoint of that data): the version and `shown`.
   * Names in such data (the other articles that mention an entity) are output, not lookups, so
   * pulling in their facts would only re-render the page whenever any of them changes.
   */
  data(route: string, shown: unknown): string;
  /**
   * The digest of data that many pages show alike (a filter bar, the list of every story),
   * with the facts of what it names, as `page` would pull them in. A page puts this digest in
   * its `shown` instead of the data: digesting corpus-wide data once per page made the keys of
   * a paginated list grow with the square of the corpus.
   */
  part(shown: unknown): string;
  /** The digest of an entity's facts, undefined when `id` is no entity. */
  entity(id: string): string | undefined;
  /** The digest of an article's facts, undefined when `slug` is no article. */
  article(slug: string): string | undefined;
}

function memo(facts: (name: string) => unknown): (name: string) => string | undefined {
  const digests = new Map<string, string | undefined>();
  return (name) => {
    if (!digests.has(name)) {
      const found = facts(name);
      digests.set(name, found === undefined ? undefined : stableDigest(found));
    }
    return digests.get(name);
  };
}

/** The key maker for one build. */
export function pageKeys(sources: KeySources): PageKeys {
  const entity = memo((id) => sources.entity(id));
  const article = memo((slug) => sources.article(slug));
  const frame = stableDigest(sources.frame);
  /** The facts of every entity and article named in `shown`. */
  const facts = (shown: unknown) => {
    const named = [...stringsIn(shown)].sort();
    return {
      entities: named.flatMap((id) => entity(id) ?? []),
      articles: named.flatMap((slug) => article(slug) ?? []),
    };
  };
  return {
    entity,
    article,
    data: (route, shown) => stableDigest({ version: sources.version, route, shown }),
    part: (shown) => stableDigest({ shown, ...facts(shown) }),
    page: (route, shown) => stableDigest({ version: sources.version, frame, route, shown, ...facts(shown) }),
  };
}
