import { describe, expect, it } from "vitest";
import { parseLenientJson } from "./lenientJson.ts";

describe("parseLenientJson", () => {
  it("reads a string holding a raw line break and tab", () => {
    expect(parseLenientJson('{\n  "author": "Jane Roe",\n  "articleBody": "One.\n\nTwo\tthree."\n}')).toEqual({
      author: "Jane Roe",
      articleBody: "One.\n\nTwo\tthree.",
    });
  });

  it("keeps escaped quotes and backslashes as they are", () => {
    expect(parseLenientJson('{"a": "say \\"hi\\"\n", "b": "c:\\\\d"}')).toEqual({ a: 'say "hi"\n', b: "c:\\d" });
  });

  it("unwraps a block written inside a CDATA section", () => {
    expect(
      parseLenientJson('\n  <![CDATA[\n  {"@type": "NewsArticle", "datePublished": "2020-02-03"}\n  ]]>\n'),
    ).toEqual({
      "@type": "NewsArticle",
      datePublished: "2020-02-03",
    });
  });

  it("reads an object a template closed with one brace too many", () => {
    expect(parseLenientJson('{"@type": "NewsArticle", "publisher": {"name": "The Harbour Post"}\n}\n  }\n')).toEqual({
      "@type": "NewsArticle",
      publisher: { name: "The Harbour Post" },
    });
    // A closer inside a string is no stray one, and an object after the first is no closer.
    expect(parseLenientJson('{"a": "}"}]')).toEqual({ a: "}" });
    expect(() => parseLenientJson('{"a": 1} {"b": 2}')).toThrow();
  });

  it("still throws on JSON broken otherwise", () => {
    expect(() => parseLenientJson('{"a": "b",}')).toThrow();
  });
});
