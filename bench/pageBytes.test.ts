import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageWeight, summarise } from "./pageBytes.ts";

const dist = mkdtempSync(join(tmpdir(), "page-bytes-"));
mkdirSync(join(dist, "_astro"));
const css = "body { color: black; }\n";
writeFileSync(join(dist, "_astro/site.css"), css);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("pageWeight", () => {
  const html =
    '<html><head><link rel="stylesheet" href="/x/_astro/site.css"><script type="application/ld+json">{}</script>' +
    '<script type="module" src="/x/_astro/a.js"></script></head><body><script>1</script></body></html>';

  it("adds the linked stylesheets under the base path to the page's bytes", () => {
    const weight = pageWeight(html, dist, "/x/");
    expect(weight.bytes).toBe(Buffer.byteLength(html) + Buffer.byteLength(css));
    expect(weight.gzip).toBeGreaterThan(0);
  });

  it("counts executable scripts only: JSON-LD is data", () => {
    expect(pageWeight(html, dist, "/x/").scripts).toBe(2);
  });

  it("ignores stylesheets outside the base path", () => {
    const page = '<link rel="stylesheet" href="https://elsewhere.example/a.css">';
    expect(pageWeight(page, dist, "/x/").bytes).toBe(Buffer.byteLength(page));
  });
});

describe("summarise", () => {
  it("gives the median and the largest page, and zeros for no pages", () => {
    const weights = [
      { bytes: 10, gzip: 5, scripts: 1 },
      { bytes: 30, gzip: 9, scripts: 0 },
      { bytes: 20, gzip: 7, scripts: 2 },
    ];
    expect(summarise(weights)).toEqual({ pages: 3, median: 20, max: 30, maxGzip: 9, scripts: 2 });
    expect(summarise([])).toEqual({ pages: 0, median: 0, max: 0, maxGzip: 0, scripts: 0 });
  });
});
