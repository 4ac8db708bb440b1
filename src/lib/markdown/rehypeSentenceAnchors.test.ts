import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "#lib/analysis/test-support/corpus.ts";
import { articleSentences, articleText } from "#lib/text/sentences.ts";
import rehypeSentenceAnchors from "./rehypeSentenceAnchors.ts";

/** The article pipeline as Astro runs it (remark → rehype → slug → our plugin). */
function render(markdown: string): { html: string; tree: Root } {
  let tree: Root | undefined;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeSentenceAnchors)
    .use(() => (t: Root) => {
      tree = t;
    })
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  if (!tree) throw new Error("no tree");
  return { html, tree };
}

/** Elements carrying a sentence id, in document order, with the text each wraps. */
function anchored(tree: Root): { id: string; text: string; marker: boolean }[] {
  const out: { id: string; text: string; marker: boolean }[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const className = child.properties["className"];
      const classes = Array.isArray(className) ? className : [];
      if (classes.includes("sentence") || classes.includes("sentence-anchor")) {
        out.push({
          id: String(child.properties["id"]),
          text: toString(child),
          marker: classes.includes("sentence-anchor"),
        });
      }
      walk(child);
    }
  };
  walk(tree);
  return out;
}

function expectSameAnchors(markdown: string) {
  const { tree } = render(markdown);
  const expected = articleSentences(markdown).flatMap((b) => b.sentences);
  const got = anchored(tree);
  expect(got.map((a) => a.id)).toEqual(expected.map((s) => s.anchor));
  got.forEach((a, i) => {
    if (!a.marker) expect(a.text).toBe(expected[i]?.text);
  });
  return got;
}

describe("rehypeSentenceAnchors", () => {
  it("wraps each sentence of paragraphs, list items, blockquotes and headings", () => {
    const md =
      "## Heading here\n\nOne. Two *em* three.\n\n- Item one. Item two.\n- Item three\n\n1. Loose.\n\n2. Items.\n\n> Quoted. Again.\n";
    const { html } = render(md);
    expect(html).toContain('<h2 id="heading-here"><span id="s-');
    expect(html).toMatch(
      /<p><span id="s-[0-9a-f]{8}" class="sentence">One\.<\/span> <span id="s-[0-9a-f]{8}" class="sentence">Two <em>em<\/em> three\.<\/span><\/p>/u,
    );
    expectSameAnchors(md);
  });

  it("descends into an inline element that holds a whole sentence", () => {
    const got = expectSameAnchors("Before. *Whole sentence in emphasis. And a second.* After.");
    expect(got.every((a) => !a.marker)).toBe(true);
  });

  it("puts a marker at the start of a sentence that crosses an element boundary", () => {
    const md = "First [link text. Second](https://example.com) continues here. Third.";
    const got = expectSameAnchors(md);
    expect(got.map((a) => a.marker)).toEqual([true, true, false]);
    const { html } = render(md);
    expect(html).toContain('<a href="https://example.com">link text. <span id=');
  });

  it("numbers repeated sentences the same way as the Markdown side", () => {
    const got = expectSameAnchors("Same. Same.\n\n- Same.\n");
    expect(got.map((a) => a.id.endsWith("-2") || a.id.endsWith("-3"))).toEqual([false, true, true]);
  });

  it("gives each table body row its anchor as an id, as articleText does, and leaves the header and cells alone", () => {
    const md = [
      "Before the table.",
      "",
      "| Date | What happened |",
      "| --- | --- |",
      "| Nov. 18 | The Senate **returned** to vote. It passed. |",
      "|  |  |",
      "| Nov. 18 | The Senate **returned** to vote. It passed. |",
      "",
      "After the table.",
    ].join("\n");
    const { html } = render(md);
    const rows = articleText(md).rows;
    expect(rows.map((r) => r.text)).toEqual([
      "Nov. 18; The Senate returned to vote. It passed.",
      "Nov. 18; The Senate returned to vote. It passed.",
    ]);
    const ids = [...html.matchAll(/<tr id="([^"]+)">/gu)].map((m) => m[1]);
    expect(ids).toEqual(rows.map((r) => r.sentences[0]?.anchor));
    expect(ids[1]).toBe(`${ids[0] ?? ""}-2`);
    expect(ids[0]).toMatch(/^r-[0-9a-f]{8}$/u);
    expect(html).not.toContain("<th id=");
    expect(html).not.toMatch(/<t[dh]>[^<]*<span/u);
    // The sentences around the table keep their anchors, as if there were no table.
    expectSameAnchors(md);
    expect(articleSentences(md).map((b) => b.text)).toEqual(["Before the table.", "After the table."]);
  });

  it("handles tight list items with nested lists, code and breaks", () => {
    expectSameAnchors(
      "- Outer one. Outer `code` two.\n  - Inner one. Inner two.\n- Last  \n  line. Done.\n\n```\nNot. Segmented.\n```\n",
    );
  });

  it("keeps every sentence, element and character of one very long paragraph in order", () => {
    // Thousands of sentences in one block, with emphasis inside sentences, a link that crosses
    // a boundary and a line break: the settled tail must come back in order, untouched.
    const parts = Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 0
        ? `Officials *in sector ${i}* said so.`
        : i % 11 === 0
          ? `See [report ${i}. It continues](https://example.com/${i}) here.`
          : i % 13 === 0
            ? `A line break ${i}  \nfollows here.`
            : `Sentence number ${i} ends here.`,
    );
    const markdown = `${parts.join(" ")}\n`;
    const got = expectSameAnchors(markdown);
    expect(got.length).toBeGreaterThan(3000);
    const { tree } = render(markdown);
    const plain = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
    expect(toString(tree)).toBe(toString(plain.runSync(plain.parse(markdown))));
    expect(toString(tree)).toContain("Sentence number 2999 ends here.");
  });

  for (const article of loadCorpus()) {
    it(`gives ${article.slug} exactly the anchors of articleSentences`, () => {
      const got = expectSameAnchors(article.body);
      expect(got.length).toBeGreaterThan(10);
    });
  }
});
