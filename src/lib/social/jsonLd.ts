/**
 * Structured data (schema.org JSON-LD) for search engines: `NewsArticle` on article pages and
 * `WebSite` with a `SearchAction` on the home page.
 *
 * The site's rule holds here too: a fact the source does not state is left out, never
 * invented. No date means no `datePublished`, no byline no `author`, no outlet no `publisher`.
 * All URLs must be absolute (SITE_URL + base); the data layer builds them, this module only
 * shapes the objects and serializes them safely for a `<script type="application/ld+json">`.
 */

export type JsonLd = Record<string, unknown>;

export interface NewsArticleInput {
  /** Canonical absolute URL of the article page. */
  readonly url: string;
  readonly headline: string;
  /** The article's dek; omitted when the source has none. */
  readonly description?: string | undefined;
  /** `YYYY-MM-DD` as the source states it. */
  readonly published?: string | undefined;
  /** The byline as stated (one name or several, as written). */
  readonly byline?: string | undefined;
  /** The publishing outlet, when known. */
  readonly outlet?: string | undefined;
  /** Sources the article itself cites, as written. */
  readonly citedSources?: readonly string[] | undefined;
  /** Absolute URL of the social image. */
  readonly image: string;
  /** Absolute URL of the raw scraped text on this site the article was normalized from. */
  readonly rawSourceUrl?: string | undefined;
  /** The article's original URL at its outlet, when an editor recorded it. */
  readonly originalUrl?: string | undefined;
  /** Names of the topics the article is filed under. */
  readonly topics?: readonly string[] | undefined;
}

/** schema.org `NewsArticle` for an article page. */
export function newsArticle(input: NewsArticleInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    ...(input.published ? { datePublished: input.published } : {}),
    ...(input.byline ? { author: { "@type": "Person", name: input.byline } } : {}),
    ...(input.outlet ? { publisher: { "@type": "Organization", name: input.outlet } } : {}),
    ...(input.citedSources && input.citedSources.length > 0
      ? { citation: input.citedSources.map((name) => ({ "@type": "CreativeWork", name })) }
      : {}),
    url: input.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    image: input.image,
    ...(input.rawSourceUrl ? { isBasedOn: input.rawSourceUrl } : {}),
    // The same article at its outlet: the page reproduces it, so it names the same work.
    ...(input.originalUrl ? { sameAs: input.originalUrl } : {}),
    ...(input.topics && input.topics.length > 0
      ? { about: input.topics.map((name) => ({ "@type": "Thing", name })) }
      : {}),
    inLanguage: "en",
  };
}

/** The query placeholder a `SearchAction` target names. */
export const SEARCH_TERM = "search_term_string";

/** schema.org `WebSite` with a sitelinks `SearchAction`; `searchUrl` is the absolute search page URL. */
export function webSite(input: { name: string; url: string; searchUrl: string; description?: string }): JsonLd {
  const target = new URL(input.searchUrl);
  target.search = "";
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: "en",
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${target.href}?q={${SEARCH_TERM}}` },
      "query-input": `required name=${SEARCH_TERM}`,
    },
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026` so no value can close the element (`</script>`) or open a comment
 * (`<!--`); U+2028/U+2029 are escaped too. JSON.parse reads the escapes back unchanged.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
