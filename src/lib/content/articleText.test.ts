import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { loadDesk } from "./desk.ts";
import { articleText, markdownText } from "./articleText.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("markdownText", () => {
  it("strips Markdown syntax and keeps the words", () => {
    const text = markdownText(
      "## A *heading*\n\n- one [link](https://x.org) and **bold**\n1. two `code`\n> quoted \\*star\\*\n\n[ref]: https://y.org\n<em>html</em>",
    );
    expect(words(text)).toEqual([
      "A",
      "heading",
      "one",
      "link",
      "and",
      "bold",
      "two",
      "code",
      "quoted",
      "*star*",
      "html",
    ]);
  });

  it("reads numeric character references as their characters, and an escaped one as written", () => {
    expect(markdownText("_The Long Walk_&#x4F;ne night, &#8220;go&#8221; \\&#x41; &#x2A;a&#x2A;")).toBe(
      "The Long WalkOne night, “go” &#x41; *a*",
    );
  });

  // The normalizer's own output is what the site holds: the cheap strip must keep the same
  // characters, in the same order, as a full Markdown parse of every real article (whitespace
  // aside: the parser's text joins list items with no space at all).
  for (const { file, body } of loadDesk(process.cwd()).articles) {
    it(`gives the words a full parse gives for ${file.replace(/^.*\//, "")}`, () => {
      const parsed = unified().use(remarkParse).use(remarkGfm).parse(body);
      const full = parsed.children.map((node) => toString(node)).join("\n");
      const letters = (text: string) => text.replace(/\s+/g, "");
      expect(letters(markdownText(body))).toBe(letters(full));
    });
  }
});

describe("articleText", () => {
  it("joins headline, dek, key points and body", () => {
    expect(articleText({ title: "T", dek: "D", keyPoints: ["K"] }, "## B\n\nbody")).toBe("T\nD\nK\nB\n\nbody");
  });
});
