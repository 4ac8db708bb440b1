import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDataJsonSchema, openDataSchema, type OpenData } from "#schemas/openData.ts";
import { serializeJson } from "#lib/publish/json.ts";
import { analysis, byId, corpus } from "#lib/views/testCorpus.ts";
import { claimRecords } from "./claimsData.ts";
import { articleOpenData, openArticle, openClaim, openData, openEvent, openQuote } from "./openData.ts";
import { loadRegister, ROOT } from "./test-support/corpus.ts";
import { analyseCorpus } from "./index.ts";

const metas = corpus.map((article) => ({
  slug: article.slug,
  title: article.title,
  published: article.published,
  outlet: article.outlet,
  topicIds: [],
}));
const data = openData({ articles: metas, analysis, register: byId });
const allQuotes = analysis.articles.flatMap((article) => article.quotes);

/** Every (article, sentence) pair an item of the data links to. */
function sentenceRefs(value: OpenData): { article: string; sentence: string }[] {
  return [
    ...value.entities.flatMap((entity) => entity.mentions),
    ...value.quotes,
    ...value.events,
    ...value.events.flatMap((event) =>
      event.derivedFrom === undefined ? [] : [{ article: event.article, sentence: event.derivedFrom }],
    ),
    ...(value.claims ?? []).flatMap((claim) => claim.articles),
  ].map(({ article, sentence }) => ({ article, sentence }));
}

describe("open data of the five articles", () => {
  it("fits its schema and holds every item of the analysis", () => {
    expect(openDataSchema.safeParse(data).success).toBe(true);
    expect(data.articles.map((article) => article.slug)).toEqual(corpus.map((article) => article.slug));
    expect(data.quotes).toHaveLength(allQuotes.length);
    expect(data.events).toHaveLength(analysis.timeline.length);
    expect(data.stories.flatMap((story) => story.articles).sort()).toEqual(metas.map((m) => m.slug).sort());
    expect(data.entities.map((entity) => entity.id).sort()).toEqual(Object.keys(analysis.entityIndex).sort());
  });

  it("links every item to a sentence its article has", () => {
    const anchors = new Map(
      analysis.articles.map((article) => [
        article.slug,
        new Set(article.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.anchor))),
      ]),
    );
    const refs = sentenceRefs(data);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter(({ article, sentence }) => anchors.get(article)?.has(sentence) !== true)).toEqual([]);
  });

  it("marks the editors' entities reviewed and machine-found names not yet reviewed", () => {
    expect(data.entities.filter((entity) => entity.reviewed).length).toBeGreaterThan(0);
    expect(data.entities.filter((entity) => !entity.reviewed).length).toBeGreaterThan(0);
  });

  it("counts an entity's mentions and articles as the analysis does", () => {
    for (const entity of data.entities) {
      const index = analysis.entityIndex[entity.id] ?? [];
      expect(entity.mentions).toHaveLength(index.reduce((sum, entry) => sum + entry.count, 0));
      expect(new Set(entity.articles)).toEqual(new Set(index.map((entry) => entry.slug)));
      // Register entities are reviewed; names the machine found (not in the register) are not.
      const source = byId.get(entity.id);
      expect(entity.reviewed).toBe(source !== undefined && !("reviewed" in source));
      expect(entity.type).toBe(byId.get(entity.id)?.kind);
    }
  });

  it("keeps a speaker's kind and links named speakers to their entity", () => {
    const kinds = new Set(data.quotes.map((quote) => quote.speaker.kind));
    expect(kinds.has("named")).toBe(true);
    for (const quote of data.quotes) {
      if (quote.speaker.entity !== undefined) expect(byId.get(quote.speaker.entity)?.name).toBe(quote.speaker.name);
      if (quote.speaker.kind === "unattributed") expect(quote.speaker.entity).toBeUndefined();
    }
  });

  it("slices one article's items, with its story and only its mentions", () => {
    for (const article of data.articles) {
      const slice = articleOpenData(data, article.slug);
      expect(openDataSchema.safeParse(slice).success).toBe(true);
      expect(slice.articles).toEqual([article]);
      expect(slice.stories).toHaveLength(1);
      expect(sentenceRefs(slice).every((ref) => ref.article === article.slug)).toBe(true);
      expect(slice.quotes).toEqual(data.quotes.filter((quote) => quote.article === article.slug));
      expect(slice.events).toEqual(data.events.filter((event) => event.article === article.slug));
    }
  });

  it("slices as filtering the whole data for the article would, item for item and in order", () => {
    const withClaims = { ...data, claims: claimRecords(analysis.claims).map(openClaim) };
    for (const whole of [data, withClaims]) {
      for (const { slug } of whole.articles) {
        const filtered = {
          version: whole.version,
          articles: whole.articles.filter((article) => article.slug === slug),
          entities: whole.entities.flatMap((entity) => {
            const mentions = entity.mentions.filter((mention) => mention.article === slug);
            const { id, name, type, reviewed } = entity;
            return mentions.length > 0 ? [{ id, name, type, reviewed, mentions }] : [];
          }),
          quotes: whole.quotes.filter((quote) => quote.article === slug),
          events: whole.events.filter((event) => event.article === slug),
          stories: whole.stories.filter((story) => story.articles.includes(slug)),
          ...(whole.claims !== undefined
            ? { claims: whole.claims.filter((claim) => claim.articles.some((ref) => ref.article === slug)) }
            : {}),
        };
        // The same JSON text, byte for byte: key order included.
        expect(JSON.stringify(articleOpenData(whole, slug))).toBe(JSON.stringify(filtered));
      }
    }
  });
});

describe("mapping one item", () => {
  it("writes what an article does not state as null", () => {
    expect(openArticle({ slug: "x", title: "X", topicIds: ["cartels"] })).toEqual({
      slug: "x",
      title: "X",
      published: null,
      outlet: null,
      byline: null,
      url: null,
      topics: ["cartels"],
    });
  });

  it("maps an unattributed quote without an entity", () => {
    const quote = openQuote({
      text: "words",
      speaker: { name: "unattributed", kind: "unattributed" },
      articleSlug: "x",
      anchor: "s-0000000a",
    });
    expect(quote).toEqual({
      text: "words",
      speaker: { name: "unattributed", kind: "unattributed" },
      article: "x",
      sentence: "s-0000000a",
    });
  });

  it("marks an event derived only when the analysis says so, keeping its precision", () => {
    const base = {
      date: { iso: "2025-09", precision: "month" as const, label: "September 2025" },
      sentence: "In September 2025 it happened.",
      anchor: "s-0000000b",
      articleSlug: "x",
    };
    expect(openEvent(base)).toMatchObject({ date: "2025-09", precision: "month", derived: false });
    expect(openEvent({ ...base, derived: true, derivedFrom: "s-0000000c" })).toMatchObject({
      derived: true,
      derivedFrom: "s-0000000c",
    });
  });
});

describe("the schema", () => {
  it("accepts claims (issue 16) when present and refuses a claim of an unknown kind", () => {
    const claim = { id: "c1", story: "x", articles: [{ article: "x", sentence: "s-0000000d" }], kind: "single" };
    expect(openDataSchema.safeParse({ ...data, claims: [claim] }).success).toBe(true);
    expect(openDataSchema.safeParse({ ...data, claims: [{ ...claim, kind: "maybe" }] }).success).toBe(false);
  });

  it("refuses a sentence that is not an anchor id and a field it does not define", () => {
    const [quote] = data.quotes;
    if (!quote) throw new Error("the five articles have no quote");
    expect(openDataSchema.safeParse({ ...data, quotes: [{ ...quote, sentence: "#s-1" }] }).success).toBe(false);
    expect(openDataSchema.safeParse({ ...data, extra: 1 }).success).toBe(false);
  });

  it("is committed as schemas/analysis.schema.json exactly as generated (vitest -u rewrites it)", async () => {
    await expect(serializeJson(openDataJsonSchema())).toMatchFileSnapshot(join(ROOT, "schemas/analysis.schema.json"));
    expect(JSON.parse(readFileSync(join(ROOT, "schemas/analysis.schema.json"), "utf8"))).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      required: ["version", "articles", "entities", "quotes", "events", "stories"],
    });
  });
});

describe("open data of an article whose standfirst and key points state what the body does not", () => {
  const article = {
    slug: "front-dated",
    title: "Talks resume",
    published: "2025-03-10",
    dek: "Negotiators met in Mexico City on March 3, 2025.",
    keyPoints: ["A second round is set for April 14, 2025."],
    body: "Officials said the talks would go on. The delegations left without a statement.",
  };
  const front = analyseCorpus([article], loadRegister());
  const published = openData({
    articles: [
      { slug: article.slug, title: article.title, published: article.published, outlet: undefined, topicIds: [] },
    ],
    analysis: front,
    register: byId,
  });

  it("links their dated events to the standfirst and key point ids, and fits the schema", () => {
    expect(published.events.map((event) => [event.date, event.sentence])).toEqual([
      ["2025-03-03", "standfirst"],
      ["2025-04-14", "key-point-1"],
    ]);
    expect(openDataSchema.safeParse(published).success).toBe(true);
  });
});
