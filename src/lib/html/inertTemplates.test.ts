import { describe, expect, it } from "vitest";
import { parsePage } from "./parsePage.ts";
import { removeInertTemplates } from "./inertTemplates.ts";
import { normalizeHtml } from "./normalizeHtml.ts";

const PROSE =
  "The ferry service across the bay resumed on Tuesday after a week of repairs to the pier. " +
  "Commuters who had driven around the estuary said the crossing saved them an hour each way. ";

// A delayed module's settings: a script of comma-separated pairs, scored by the extractor as prose.
const SETTINGS = Array.from({ length: 80 }, (_, i) => `"key${i}":"value ${i}, more"`).join(",");

const page = `<!doctype html><html><head><title>Ferry service resumes</title>
<template data-module="delayed"><div><script>var settings = {${SETTINGS}};</script></div></template></head>
<body><article><h1>Ferry service resumes</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;

describe("removeInertTemplates", () => {
  it("takes out every template, in the head and the body, and nothing else", () => {
    const doc = parsePage(page.replace("</article>", "</article><template><p>Never shown</p></template>"));
    expect(removeInertTemplates(doc)).toBe(2);
    expect(doc.querySelectorAll("template")).toHaveLength(0);
    expect(doc.querySelectorAll("article p")).toHaveLength(3);
  });

  it("lets a page with a script inside a template in its head be read (the extractor threw on it)", () => {
    const result = normalizeHtml(page, { fileName: "ferry.html" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.markdown).toContain("The ferry service across the bay resumed");
  });
});
