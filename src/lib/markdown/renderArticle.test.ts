/**
 * An article rendered when its page renders shows what the content sync's rendering showed:
 * the same HTML and headings as Astro's Markdown processor gives for the same body and base.
 */
import { describe, expect, it } from "vitest";
import { markdownProcessor } from "./pipeline.ts";
import { renderArticle } from "./renderArticle.ts";

const BODY = [
  "Officials met on Tuesday. They spoke for an hour.",
  "",
  "## What was agreed",
  "",
  "A [joint statement](/topics/drone-surveillance/) followed.",
  "",
  "## What was agreed",
  "",
  "- One point.",
].join("\n");

describe("renderArticle", () => {
  it("gives the HTML and headings Astro's processor gives for the same body and base", async () => {
    for (const base of ["/", "/mexico-security"]) {
      const renderer = await markdownProcessor({ base }).createRenderer({ syntaxHighlight: false });
      const expected = await renderer.render(BODY);
      const rendered = await renderArticle(BODY, base);
      expect(rendered.html).toBe(expected.code);
      expect(rendered.headings).toEqual(expected.metadata.headings);
    }
  });

  it("rebases links under the base path and gives each heading its own id", async () => {
    const { html, headings } = await renderArticle(BODY, "/mexico-security/");
    expect(html).toContain('href="/mexico-security/topics/drone-surveillance/"');
    expect(headings.map((heading) => heading.depth)).toEqual([2, 2]);
    expect(new Set(headings.map((heading) => heading.slug)).size).toBe(2);
  });
});
