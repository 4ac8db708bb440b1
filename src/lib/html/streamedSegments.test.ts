import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { revealStreamedSegments } from "./streamedSegments.ts";

const squashed = (document: Document) => document.body.innerHTML.replace(/\s+/g, " ");

describe("revealStreamedSegments", () => {
  it("puts a streamed segment where its boundary stood, without the loading skeleton", () => {
    const { document } = parseHTML(
      `<html><body><h1>Ferry back</h1><!--$?--><template id="B:1"></template><div class="skeleton">Loading…</div><!--/$--><footer>Site</footer>` +
        `<div hidden id="S:1"><p>The ferry ran again on Monday.</p></div></body></html>`,
    );
    revealStreamedSegments(document);
    expect(squashed(document)).toBe(
      "<h1>Ferry back</h1><!--$?--><p>The ferry ran again on Monday.</p><!--/$--><footer>Site</footer>",
    );
  });

  it("fills a plain placeholder inside another segment, whichever comes first", () => {
    const { document } = parseHTML(
      `<html><body><template id="B:0"></template><!--/$-->` +
        `<div hidden id="S:2"><p>Second paragraph.</p></div>` +
        `<div hidden id="S:0"><p>First paragraph.</p><template id="P:2"></template></div></body></html>`,
    );
    revealStreamedSegments(document);
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "First paragraph.",
      "Second paragraph.",
    ]);
    expect(document.querySelector("[hidden], template")).toBeNull();
  });

  it("leaves a hidden block that no placeholder awaits", () => {
    const { document } = parseHTML(
      `<html><body><p>Shown</p><div hidden id="S:9"><p>Never shown</p></div></body></html>`,
    );
    revealStreamedSegments(document);
    expect(document.querySelector("div[hidden]")?.textContent).toBe("Never shown");
  });
});
