import { describe, expect, it } from "vitest";
import { articleSchema } from "#schemas/article.ts";
import { checkContent } from "./checkContent.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import { scaffoldArticle } from "./scaffold.ts";

const topic = {
  path: "content/topics/drone-surveillance.md",
  text: "---\ntitle: Drone surveillance\nsummary: Drones.\norder: 1\nterms: [drone]\n---\n",
};
const validate = (slug: string, text: string) =>
  checkContent({
    articles: [{ path: `content/articles/${slug}.md`, text }],
    topics: [topic],
    entities: [],
    sourceFiles: new Set(),
  });

describe("scaffoldArticle", () => {
  it("writes a draft that passes every content check as it is", () => {
    const { slug, text } = scaffoldArticle({ title: "Mexico deploys 10,000 troops" });
    expect(slug).toBe("mexico-deploys-10-000-troops");
    expect(validate(slug, text)).toEqual([]);
    expect(parseFrontmatter(text)?.data).toEqual({ title: "Mexico deploys 10,000 troops", draft: true });
  });

  it("keeps titles with YAML syntax intact", () => {
    const title = 'Rubio: "It\'ll happen again" # not a comment';
    const { slug, text } = scaffoldArticle({ title, published: "2025-09-05" });
    expect(validate(slug, text)).toEqual([]);
    expect(parseFrontmatter(text)?.data).toMatchObject({ title, published: "2025-09-05" });
  });

  it("mentions every field an editor may set", () => {
    const { text } = scaffoldArticle({ title: "T" });
    // `generated` belongs to the ingest script alone.
    const fields = Object.keys(articleSchema([]).shape).filter((field) => field !== "generated");
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) {
      expect(text).toMatch(new RegExp(`^(# )?${field}:`, "m"));
    }
  });
});
