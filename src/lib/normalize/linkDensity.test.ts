/** Link density: lines of markdown that are only links are navigation; prose with a link is not. */
import { describe, expect, it } from "vitest";
import { isLinkOnlyLine } from "./linkDensity.ts";

describe("isLinkOnlyLine", () => {
  it("reads menus, crumbs, logos and footer rows as links only", () => {
    expect(isLinkOnlyLine("[Skip to content](#main)")).toBe(true);
    expect(isLinkOnlyLine("- [News](https://example.org/news)")).toBe(true);
    expect(isLinkOnlyLine("[Climate](https://example.org/c) / [Water](https://example.org/w)")).toBe(true);
    expect(isLinkOnlyLine("[![Border Notes](https://cdn.example/logo.png)](https://example.com/)")).toBe(true);
  });
  it("keeps prose that holds a link, and lines without links", () => {
    expect(isLinkOnlyLine("Researchers at the [University](https://example.org) said so.")).toBe(false);
    expect(isLinkOnlyLine("# Ground under Mexico City is sinking faster")).toBe(false);
    expect(isLinkOnlyLine("Home | News")).toBe(false);
  });
});
