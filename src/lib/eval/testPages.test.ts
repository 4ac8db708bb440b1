import { describe, expect, it } from "vitest";
import { splitOf } from "./benchmark.ts";
import { expectedText, testPageId } from "./testPages.ts";

describe("testPageId", () => {
  it("is a stable 64-hex id per name", () => {
    expect(testPageId("some-page")).toMatch(/^[0-9a-f]{64}$/u);
    expect(testPageId("some-page")).toBe(testPageId("some-page"));
    expect(testPageId("some-page")).not.toBe(testPageId("some-page-2"));
  });

  it("gives a page saved on its own another id than a test page of the same name", () => {
    expect(testPageId("www.example.com", "saved-page")).not.toBe(testPageId("www.example.com"));
  });

  it("puts names in both splits", () => {
    const splits = new Set(Array.from({ length: 40 }, (_, i) => splitOf(testPageId(`page-${String(i)}`))));
    expect(splits).toEqual(new Set(["dev", "test"]));
  });
});

describe("expectedText", () => {
  it("keeps the text of the markup and collapses its whitespace", () => {
    const html = `<div id="readability-page-1"><h2>A  head</h2>\n<p>One <b>bold</b>\n word.</p><p>Two.</p></div>`;
    expect(expectedText("<ul><li>a</li><li>b<br>c</li></ul>")).toBe("a b c");
    expect(expectedText(html)).toBe("A head One bold word. Two.");
  });
});
