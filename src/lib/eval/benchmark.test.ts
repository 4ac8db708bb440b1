import { describe, expect, it } from "vitest";
import { declaredOf, scorePage, splitOf } from "./benchmark.ts";
import { pageText } from "#lib/html/pageText.ts";

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

  it("counts a test-half page read for a dev case as dev, and no other", () => {
    const read = new Set(["8000"]);
    expect([splitOf("8000", read), splitOf("8001", read), splitOf("0abc", read)]).toEqual(["dev", "test", "dev"]);
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

describe("what a page declares", () => {
  it("reads headlines from the page's own declarations and <h1>, not its <title>, and the date", () => {
    const declared = declaredOf(
      `<html><head><title>Plan | Example News</title><meta property="og:title" content="Ministers agree a new border plan">
       <meta property="article:published_time" content="2024-03-04T10:00:00-05:00"></head>
       <body><h1>Ministers  agree a new border plan</h1></body></html>`,
    );
    expect(declared).toEqual({ headlines: ["ministers agree a new border plan"], published: "2024-03-04" });
  });

  it("scores the chosen title against the declared headlines", () => {
    const page = { id: "0002", url: "", split: "dev" as const, html: PAGE, body: "" };
    expect(scorePage(page, "html", { headlines: ["ministers agree a new border plan"] }).titleRight).toBe(true);
    expect(scorePage(page, "html", { headlines: ["another headline"] }).titleRight).toBe(false);
    expect(scorePage(page, "html", { headlines: [] }).titleRight).toBeUndefined();
  });
});
