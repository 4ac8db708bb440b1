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
