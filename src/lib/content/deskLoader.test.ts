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
import { forgetDesk } from "./desk.ts";

async function load(root: string, collection: DeskCollection) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string | undefined }>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => {
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
  return entries;
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
