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
 *   whether it has a page; its frontmatter, text digest and own analysis), because components look
 *   those up by id (EntityName, QuoteList, ArticleCard…). Naming something a page does not show
 *   only makes the key stricter.
 *
 * Facts are digested once per build and reused by every page that names them.
 */
import { createHash } from "node:crypto";

/** Plain JSON for any value: object keys sorted, Maps and Sets as sorted entries, undefined dropped. */
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

/** The canonical JSON text of a value; `undefined` (which has none) as the word. */
function canonicalJson(value: unknown): string {
  // JSON.stringify gives undefined (not a string) for undefined; the keys hold data only.
  return value === undefined ? "undefined" : JSON.stringify(value, canonical);
}

function compare(a: unknown, b: unknown): number {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x < y ? -1 : x > y ? 1 : 0;
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
   * a paginated list grow with the square of the corpus. `digest`, when the caller has it
   * already (`stableDigest(shown)`), stands in for `shown` itself: a long entity profile is then
   * serialised once for all of its pages, not once more for its first page's part.
   */
  part(shown: unknown, digest?: string): string;
  /** The digest of an entity's facts, undefined when `id` is no entity. */
  entity(id: string): string | undefined;
  /** The digest of an article's facts, undefined when `slug` is no article. */
  article(slug: string): string | undefined;
}

/**
 * Digests of the names that are an entity or an article, kept for the build. Every other
 * string a page shows (sentences, titles, URLs) is looked up again when met, never kept: a
 * look-up that finds nothing is a map miss, while remembering each miss kept every distinct
 * string of every page in a map that grew with the corpus for the whole build.
 */
function memo(facts: (name: string) => unknown): (name: string) => string | undefined {
  const digests = new Map<string, string>();
  return (name) => {
    let digest = digests.get(name);
    if (digest === undefined) {
      const found = facts(name);
      if (found === undefined) return undefined;
      digests.set(name, (digest = stableDigest(found)));
    }
    return digest;
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
    part: (shown, digest = stableDigest(shown)) => stableDigest({ shown: digest, ...facts(shown) }),
    page: (route, shown) => stableDigest({ version: sources.version, frame, route, shown, ...facts(shown) }),
  };
}
