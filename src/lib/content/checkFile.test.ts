import { describe, expect, it } from "vitest";
import { fileBody, parseContentFile } from "./checkFile.ts";

const text = "---\ntitle: A\n---\nFirst line of the body.\n";

describe("fileBody: a Markdown file's body, split once", () => {
  it("splits the text of a file that carries no parse", () => {
    expect(fileBody({ path: "content/articles/a.md", text })).toEqual({
      yaml: "title: A",
      body: "First line of the body.\n",
      bodyLine: 4,
    });
  });

  it("reads the parse a file carries instead of splitting its text again", () => {
    const parse = parseContentFile({ path: "content/articles/a.md", text });
    expect(parse).not.toBeNull();
    if (parse === null) return;
    const parsed = { ...parse, body: "Kept body.", bodyLine: 9 };
    expect(fileBody({ path: "content/articles/a.md", text, parsed })).toMatchObject({
      body: "Kept body.",
      bodyLine: 9,
    });
  });

  it("is null for a file without a fenced frontmatter block, parsed or not", () => {
    expect(fileBody({ path: "content/articles/b.md", text: "No fence here.\n" })).toBeNull();
    expect(fileBody({ path: "content/articles/b.md", text: "No fence here.\n", parsed: null })).toBeNull();
  });

  it("gives a parsed Markdown file its body's line", () => {
    expect(parseContentFile({ path: "content/articles/a.md", text })?.bodyLine).toBe(4);
  });
});
