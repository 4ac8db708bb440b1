import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchmarkBody, scorePage, splitOf } from "./benchmark.ts";
import { pageText } from "./pageText.ts";

const PAGE = `<!doctype html><html><head><title>T</title><script>var x = 1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Ministers agree a new border plan</h1>
<p>The two governments signed the plan on <b>Monday</b> after months of talks in the capital.</p>
<p>Officials said the first patrols would begin next spring along the northern border.</p>
<p hidden>Never shown.</p><style>p { color: red }</style></article>
<footer>© 2024 Example News</footer></body></html>`;

describe("pageText", () => {
  it("gives one line per block, inline elements kept in their line, hidden text left out", () => {
    expect(pageText(PAGE).split("\n")).toEqual([
      "Home",
      "World",
      "Ministers agree a new border plan",
      "The two governments signed the plan on Monday after months of talks in the capital.",
      "Officials said the first patrols would begin next spring along the northern border.",
      "© 2024 Example News",
    ]);
  });
});

describe("the external benchmark", () => {
  it("splits by the id's first hex digit", () => {
    expect([splitOf("0abc"), splitOf("7fff"), splitOf("8000"), splitOf("f123")]).toEqual([
      "dev",
      "dev",
      "test",
      "test",
    ]);
  });

  it("gives a gold case's benchmark page its hand-checked body, and nothing for any other file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "benchmark-"));
    mkdirSync(join(dir, "html"));
    writeFileSync(join(dir, "ground-truth.json"), JSON.stringify({ "0a1b": { articleBody: "The body.", url: "u" } }));
    expect(await benchmarkBody(join(dir, "html", "0a1b.html.gz"))).toBe("The body.");
    expect(await benchmarkBody(join(dir, "html", "0a1c.html.gz"))).toBeUndefined();
    expect(await benchmarkBody(join(dir, "html", "page", "source.html"))).toBeUndefined();
  });

  it("scores a page's body in both forms against the known article body", () => {
    const page = {
      id: "0001",
      url: "https://example.org/a",
      split: "dev" as const,
      html: PAGE,
      body: "The two governments signed the plan on Monday after months of talks in the capital.\n\nOfficials said the first patrols would begin next spring along the northern border.",
    };
    for (const form of ["html", "text"] as const) {
      const result = scorePage(page, form);
      expect(result.refused).toBeUndefined();
      expect(result.title).toBe("Ministers agree a new border plan");
      expect(result.score.recall).toBe(1);
    }
  });
});
