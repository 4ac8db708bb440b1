/** The scored body text: blocks and hard line breaks part words, as the page shows them. */
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { bodyText } from "./bodyText.ts";

describe("bodyText", () => {
  it("parts the lines of a paragraph split by hard breaks", () => {
    const tree = unified().use(remarkParse).parse("Taboo\\\nhttps://example.com/a\\\nMonopoly\n");
    expect(bodyText(tree)).toBe("Taboo\nhttps://example.com/a\nMonopoly");
  });
});
