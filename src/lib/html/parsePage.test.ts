import { describe, expect, it } from "vitest";
import { parsePage } from "./parsePage.ts";

describe("parsePage", () => {
  it("keeps a whole page as written", () => {
    const doc = parsePage(
      "<!doctype html>\n<html lang=en><head><title>Pier</title></head><body><p>Tide</p></body></html>",
    );
    expect(doc.title).toBe("Pier");
    expect(doc.body.innerHTML).toBe("<p>Tide</p>");
  });

  it("gives markup without <html> the elements a browser supplies", () => {
    expect(parsePage("<p>Ferry delayed</p><p>Fog</p>").body.textContent).toBe("Ferry delayedFog");
    expect(parsePage("<script>var go = 1</script><noscript>moved</noscript>").documentElement.tagName).toBe("HTML");
    expect(parsePage("").body.textContent).toBe("");
    expect(parsePage("  plain words").body.textContent).toBe("  plain words");
  });

  it("keeps a head and a body written without <html>", () => {
    const doc = parsePage("<head><title>Dock</title></head><body><p>Crane</p></body>");
    expect(doc.title).toBe("Dock");
    expect(doc.body.textContent).toBe("Crane");
  });
});

describe("parsePage: content outside <body>", () => {
  it("moves what stands beside the body into it, in order", () => {
    const doc = parsePage(
      "<html><head><title>Quay</title></head><p>One</p><p>Two</p><body><p>Three</p></body><p>Four</p></html>",
    );
    expect([...doc.body.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["One", "Two", "Three", "Four"]);
    expect(doc.documentElement.children.length).toBe(2);
  });

  it("reads the tail of a cut page, whose <html> and <head> are gone", () => {
    const doc = parsePage(
      '{"icons":[]}</script><div><p>Stray paragraph</p></div></head><body class="x"><p>Body text</p></body></html>',
    );
    expect(doc.body.textContent).toContain("Stray paragraph");
    expect(doc.body.textContent).toContain("Body text");
  });
});

describe("parsePage: templates", () => {
  it("drops a template's inert markup, in the head or the body", () => {
    const doc = parsePage(
      "<html><head><template><div><p>A card a script would clone, with words enough to score.</p></div></template></head>" +
        "<body><p>Harbour reopens.</p><template><p>Hidden row</p></template></body></html>",
    );
    expect(doc.querySelectorAll("template")).toHaveLength(0);
    expect(doc.head.textContent).toBe("");
    expect(doc.body.textContent).toBe("Harbour reopens.");
  });
});
