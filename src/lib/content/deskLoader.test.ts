/**
 * The content loader with a minimal in-memory stand-in for Astro's loader context (a store,
 * and `parseData` that returns the data as given): it hands each collection its entries from
 * the content model, and refuses content with problems with the editor's list.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { describe, expect, it } from "vitest";
import { deskLoader, type DeskCollection } from "./deskLoader.ts";
import { forgetDesk, sharedDesk } from "./desk.ts";

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
  digest?: string | undefined;
  body?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/** A stand-in for Astro's Markdown renderer: the body in a paragraph, with the metadata Astro's adds. */
const markdownType = {
  getRenderFunction: () =>
    Promise.resolve(({ body, data }: { body: string; data: Record<string, unknown> }) =>
      Promise.resolve({ html: `<p>${body}</p>`, metadata: { headings: [], imagePaths: [], frontmatter: data } }),
    ),
};

/** Loads one collection into `entries` (a previous build's store, when given); counts the writes. */
async function load(
  root: string,
  collection: DeskCollection,
  entries = new Map<string, StoredEntry>(),
  entryTypes?: ReadonlyMap<string, unknown>,
) {
  let writes = 0;
  const context = {
    ...(entryTypes ? { entryTypes } : {}),
    config: { root: pathToFileURL(`${root}/`), base: "/" },
    store: {
      clear: () => entries.clear(),
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      set: (entry: StoredEntry) => {
        writes += 1;
        entries.set(entry.id, entry);
        return true;
      },
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  forgetDesk(root);
  await deskLoader(collection).load(context);
  return Object.assign(entries, { writes });
}

describe("deskLoader", () => {
  it("hands each collection the model's entries, keyed by file name", async () => {
    const topics = await load(process.cwd(), "topics");
    expect([...topics.keys()].sort()).toEqual(["drone-surveillance", "russian-espionage", "sovereignty-tensions"]);
    expect(topics.get("drone-surveillance")?.filePath).toBe("content/topics/drone-surveillance.md");
    const entities = await load(process.cwd(), "entities");
    expect(entities.get("claudia-sheinbaum")?.data["kind"]).toBe("person");
    const reports = await load(process.cwd(), "reports");
    const articles = await load(process.cwd(), "articles");
    expect(reports.size).toBeGreaterThan(0);
    for (const [slug, report] of reports) {
      expect(report.filePath).toBe(`content/reports/${slug}.json`);
      expect(report.data["slug"]).toBe(slug);
      expect(articles.has(slug)).toBe(true);
    }
  });

  /** The first entry the loader stores for `collection`, Markdown rendered, and its model's file. */
  async function firstStored(collection: "topics" | "articles") {
    const root = process.cwd();
    const stored = await load(root, collection, new Map(), new Map([[".md", markdownType]]));
    const [id, entry] = [...stored][0] ?? [];
    const model = sharedDesk(root)[collection].find((file) => file.id === id);
    expect(model).toBeDefined();
    expect(entry).not.toHaveProperty("body");
    expect(entry?.data).toEqual(model?.raw);
    return { entry, body: model?.body ?? "" };
  }

  it("stores a topic's rendering without its body or a second copy of its frontmatter", async () => {
    const { entry, body } = await firstStored("topics");
    expect(entry?.rendered?.html).toBe(`<p>${body}</p>`);
    expect(entry?.rendered?.metadata).toEqual({ headings: [], imagePaths: [] });
  });

  it("stores an article's data and digest but no rendering: its page renders the body", async () => {
    const { entry } = await firstStored("articles");
    expect(entry).not.toHaveProperty("rendered");
    expect(entry?.digest).toBeDefined();
  });

  it("keeps an unchanged entry as the last build stored it, and drops one whose file is gone", async () => {
    const first = await load(process.cwd(), "topics");
    expect(first.writes).toBe(3);
    first.set("removed-topic", { id: "removed-topic", data: {}, digest: "0" });
    const again = await load(process.cwd(), "topics", first);
    expect(again.writes).toBe(0);
    expect([...again.keys()].sort()).toEqual(["drone-surveillance", "russian-espionage", "sovereignty-tensions"]);
    const stale = new Map([...first].map(([id, entry]) => [id, { ...entry, digest: "stale" }]));
    expect((await load(process.cwd(), "topics", stale)).writes).toBe(3);
  });

  it("hands editors' story files to the stories collection, refusing a bad one with its line", async () => {
    const root = join(import.meta.dirname, "fixtures/story-and-report-files-checked-like-the-rest/input");
    await expect(load(root, "stories")).rejects.toThrow(
      /content\/stories\/drone-flights\.yaml:3: notes: unknown field/,
    );
  });

  it("refuses content with a problem, listing it as file: field: message", async () => {
    const root = join(import.meta.dirname, "fixtures/topic-id-with-hash/input");
    await expect(load(root, "topics")).rejects.toThrow(
      /The content has 1 problem\(s\)[^]*content\/topics\/h#x\.md: file name: "h#x" is not a valid topic id/,
    );
  });
});
