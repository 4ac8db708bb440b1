/**
 * The analysis as open data, as published: the corpus file and every article's file validate
 * against the served JSON Schema (with Ajv, as a researcher would), the served schema is the
 * committed one, every item's `sentence` is an anchor on its article's page, and the files are
 * data, not pages: absent from the sitemap, fetchable from any origin.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, inject, it } from "vitest";
import { stringsIn } from "#lib/publish/cacheKeys.ts";
import { headersFor, parseHeaders } from "#lib/publish/headers.ts";
import type { OpenData } from "#schemas/openData.ts";
import { readArticles } from "./support/corpus.ts";
import { all, readPage } from "./support/html.ts";

const distDir = inject("distDir");
const articles = readArticles();
const read = (path: string): string => readFileSync(join(distDir, path), "utf8");
const schemaText = read("data/analysis.schema.json");
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(schemaText) as object);
const corpusData = JSON.parse(read("data/analysis.json")) as OpenData;
const articleData = new Map(
  articles.map((article) => [article.slug, JSON.parse(read(`articles/${article.slug}/analysis.json`)) as OpenData]),
);

/** Ajv's errors for a file, readable in a failure message; none when it validates. */
function schemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath}: ${error.message ?? "invalid"}`);
}

describe("open data files", () => {
  it("serves the committed JSON Schema", () => {
    expect(schemaText).toBe(readFileSync("schemas/analysis.schema.json", "utf8"));
  });

  it("/data/analysis.json validates and lists every article", () => {
    expect(schemaErrors(corpusData)).toEqual([]);
    expect(corpusData.articles.map((a) => a.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
    expect(corpusData.quotes.length).toBeGreaterThan(0);
    expect(corpusData.events.length).toBeGreaterThan(0);
    expect(corpusData.entities.length).toBeGreaterThan(0);
  });

  it.each(articles.map((article) => article.slug))(
    "/articles/%s/analysis.json validates and is that article's",
    (slug) => {
      const data = articleData.get(slug);
      expect(schemaErrors(data)).toEqual([]);
      expect(data?.articles.map((article) => article.slug)).toEqual([slug]);
      expect(data?.quotes).toEqual(corpusData.quotes.filter((quote) => quote.article === slug));
    },
  );

  // Format version 2: an article's file holds only what concerns the article and its story,
  // so its size is bounded by them and does not grow with the corpus (version 1 listed, per
  // entity, every article of the corpus that names it).
  it.each(articles.map((article) => article.slug))(
    "/articles/%s/analysis.json names no article beyond itself and its story",
    (slug) => {
      const data = articleData.get(slug);
      const story = corpusData.stories.find((entry) => entry.articles.includes(slug));
      const allowed = new Set([slug, ...(story?.articles ?? [])]);
      const named = stringsIn(data);
      const corpusOthers = corpusData.articles.map((article) => article.slug).filter((other) => !allowed.has(other));
      expect(corpusOthers.filter((other) => named.has(other))).toEqual([]);
      expect(data?.version).toBe(2);
      expect(data?.entities.filter((entity) => entity.articles !== undefined)).toEqual([]);
      expect(data?.stories.map((entry) => entry.id)).toEqual(story ? [story.id] : []);
    },
  );

  it("keeps each entity's corpus-wide article list in /data/analysis.json", () => {
    for (const entity of corpusData.entities) {
      expect(entity.articles).toEqual([...new Set(entity.mentions.map((mention) => mention.article))]);
    }
  });

  it("refuses a file that breaks the schema, so the check has teeth", () => {
    const [quote] = corpusData.quotes;
    expect(
      schemaErrors({ ...corpusData, quotes: [{ ...quote, speaker: { name: "x", kind: "guessed" } }] }),
    ).not.toEqual([]);
    expect(schemaErrors({ ...corpusData, events: undefined })).not.toEqual([]);
  });

  it("links every item to a sentence anchor that exists on its article's page", () => {
    const anchors = new Map(
      articles.map((article) => [
        article.slug,
        new Set(
          all(readPage(distDir, `/articles/${article.slug}/`), "[id^=s-]").map((el) => String(el.properties["id"])),
        ),
      ]),
    );
    const refs = [
      ...corpusData.entities.flatMap((entity) => entity.mentions),
      ...corpusData.quotes,
      ...corpusData.events,
      ...(corpusData.claims ?? []).flatMap((claim) => claim.articles),
    ];
    expect(refs.length).toBeGreaterThan(0);
    const missing = refs.filter(({ article, sentence }) => anchors.get(article)?.has(sentence) !== true);
    expect(missing.map(({ article, sentence }) => `${article}#${sentence}`)).toEqual([]);
  });

  it("is data, not a page: out of the sitemap, fetchable from any origin", () => {
    const sitemap = read("sitemap-0.xml");
    expect(sitemap).not.toMatch(/\.json</);
    const rules = parseHeaders(read("_headers"));
    for (const path of ["/data/analysis.json", `/articles/${articles[0]?.slug ?? ""}/analysis.json`]) {
      const headers = headersFor(rules, path);
      expect(headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect(headers.get("X-Content-Type-Options"), path).toBe("nosniff");
    }
  });

  it("is linked from the methodology page", () => {
    const links = all(readPage(distDir, "/methodology/"), "a").map((a) => String(a.properties["href"]));
    expect(links).toContain("/data/analysis.json");
    expect(links).toContain("/data/analysis.schema.json");
  });
});
