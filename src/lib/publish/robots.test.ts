import { describe, expect, it } from "vitest";
import { robotsTxt } from "./robots.ts";

describe("robotsTxt", () => {
  it("allows everything and names the sitemap by its absolute URL", () => {
    const text = robotsTxt("https://owner.github.io/mexico-security/sitemap-index.xml");
    expect(text).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/mexico-security/sitemap-index.xml\n",
    );
  });

  it("rejects a sitemap URL that is not absolute http(s)", () => {
    expect(() => robotsTxt("/sitemap-index.xml")).toThrow();
    expect(() => robotsTxt("ftp://example.org/sitemap.xml")).toThrow(/http/);
  });
});
