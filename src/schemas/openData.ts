/**
 * The analysis as open data: the shape of `/data/analysis.json` (the corpus) and
 * `/articles/<slug>/analysis.json` (one article), which researchers read without the site.
 *
 * This zod schema is the one source of truth: the build parses what it publishes with it (a
 * file that does not fit fails the build), and the JSON Schema researchers validate against is
 * generated from it (`openDataJsonSchema`), committed as schemas/analysis.schema.json and
 * served at `/data/analysis.schema.json`; a unit test fails when the committed file drifts.
 * Field names are a public interface: add fields, never rename or remove one. A field that must
 * be left out or change its meaning bumps `version`, and the change is listed here:
 *
 * - Version 2 (2026-11-30): an article's own file (`/articles/<slug>/analysis.json`) leaves out
 *   `entities[].articles`. That list named every article of the corpus that mentions the
 *   entity, so each article's file grew with the corpus (and changed whenever any article
 *   naming one of its entities was added). The corpus file keeps the list; an article's file
 *   now holds only what is about that article and its story, so its size is bounded by them.
 */
import { z } from "astro/zod";
import { ITEM_ANCHOR } from "#lib/text/anchors.ts";

/** A sentence's anchor id on its article page (`/articles/<slug>/#<sentence>`). */
const sentence = z
  .string()
  .regex(ITEM_ANCHOR)
  .describe(
    "Anchor id of the source sentence on the article page: /articles/<article>/#<sentence>; a sentence of the standfirst or of a key point has its element's id (standfirst, key-point-<n>).",
  );
const slug = z.string().min(1).describe("Slug of an article: its page is /articles/<slug>/.");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const article = z.strictObject({
  slug,
  title: z.string(),
  published: isoDay.nullable().describe("Publication date, YYYY-MM-DD; null when the source does not state it."),
  outlet: z.string().nullable().describe("Publishing outlet; null when not stated (never guessed)."),
  byline: z.string().nullable().describe("Author(s) as the source states them; null when not stated."),
  url: z.string().nullable().describe("The original article's URL; null when not known."),
  topics: z.array(z.string()).describe("Ids of the site's topics the article is filed under."),
});

const entity = z.strictObject({
  id: z.string().describe("Stable id: the entity's page is /entities/<id>/."),
  name: z.string(),
  type: z.enum(["person", "organisation", "place"]),
  reviewed: z
    .boolean()
    .describe("True when an editor reviewed the entity (it is in the register); false when only the machine found it."),
  articles: z
    .array(slug)
    .optional()
    .describe(
      "Every article of the corpus that mentions the entity. In /data/analysis.json only: an article's own file leaves it out (since version 2), as the list grows with the corpus.",
    ),
  mentions: z.array(
    z.strictObject({
      article: slug,
      sentence,
      text: z.string().describe("The words as written in the sentence."),
    }),
  ),
});

const speakerKind = z
  .enum(["named", "anonymous", "unattributed"])
  .describe(
    "named: the text names the speaker; anonymous: the text describes an unnamed source; unattributed: the text gives no speaker.",
  );

const quote = z.strictObject({
  text: z.string().describe("The quoted words, without the outer quotation marks."),
  speaker: z.strictObject({
    name: z.string().describe('The speaker\'s name, the anonymous description as written, or "unattributed".'),
    kind: speakerKind,
    entity: z.string().optional().describe("Entity id of a named speaker, when the entity list has them."),
  }),
  article: slug,
  sentence: sentence.describe("Anchor id of the sentence where the quotation opens."),
});

const event = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .describe("YYYY-MM-DD, YYYY-MM or YYYY as precise as the text; for a range, its first year."),
  precision: z.enum(["day", "month", "year", "range"]),
  end: z.string().optional().describe("Last year of a range."),
  derived: z
    .boolean()
    .describe("True when the date was worked out from another sentence or the article's date, not written out."),
  derivedFrom: sentence.optional().describe("Anchor id of the sentence a derived date was worked out from."),
  text: z.string().describe("The sentence that carries the date."),
  article: slug,
  sentence,
});

const story = z.strictObject({
  id: z.string().describe("Stable id; a story of two or more articles has a page at /stories/<id>/."),
  title: z.string(),
  articles: z.array(slug),
});

/**
 * A claim compared across a story's articles (issue 16). The site's files always carry
 * `claims`; the format keeps it optional so a subset of the data may leave it out.
 */
const claim = z.strictObject({
  id: z.string(),
  story: z.string().describe("Id of the story the claim belongs to."),
  articles: z.array(z.strictObject({ article: slug, sentence })).min(1),
  kind: z
    .enum(["agree", "differ", "single"])
    .describe("agree: the articles state it alike; differ: they state it differently; single: one article states it."),
  difference: z.string().optional().describe("What differs between the articles, when kind is differ."),
});

export const openDataSchema = z
  .strictObject({
    version: z
      .literal(2)
      .describe(
        "Version of this format; it changes only if a field is removed, renamed or changes meaning. 2: an article's own file leaves out entities[].articles (version 1 listed the whole corpus's articles there).",
      ),
    articles: z.array(article),
    entities: z.array(entity),
    quotes: z.array(quote),
    events: z.array(event),
    stories: z.array(story),
    claims: z.array(claim).optional(),
  })
  .meta({
    title: "Mexico Security Desk analysis",
    description:
      "What the site derives from its articles: entities, quotes, dated events and stories, each linked to its source sentence.",
  });

export type OpenData = z.infer<typeof openDataSchema>;
export type OpenArticle = OpenData["articles"][number];
export type OpenEntity = OpenData["entities"][number];
export type OpenQuote = OpenData["quotes"][number];
export type OpenEvent = OpenData["events"][number];
export type OpenStory = OpenData["stories"][number];
export type OpenClaim = z.infer<typeof claim>;

/** The JSON Schema (draft 2020-12) of the published files, generated from `openDataSchema`. */
export function openDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(openDataSchema, { target: "draft-2020-12", io: "output" });
}
