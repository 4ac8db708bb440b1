/** A lede's dateline element stays in its paragraph for the extractor: its text, not a byline. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { keepDatelines } from "./datelineLede.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe("keepDatelines", () => {
  it("sets a dateline element that opens a paragraph's prose back into it as text", () => {
    const doc = page(
      `<p><span class="dateline">HARBOR CITY —</span> The council voted on Tuesday to close the pier.</p>`,
    );
    keepDatelines(doc);
    expect(doc.querySelector(".dateline")).toBeNull();
    expect(doc.querySelector("p")?.textContent).toBe("HARBOR CITY — The council voted on Tuesday to close the pier.");
  });

  it("leaves a dateline element with no prose after it, and other marked elements, as they are", () => {
    const alone = page(`<p><span class="dateline">HARBOR CITY</span></p><div class="dateline">June 4</div>`);
    keepDatelines(alone);
    expect(alone.querySelectorAll(".dateline")).toHaveLength(2);
    const byline = page(`<p><span class="byline">By Jane Roe</span> The council voted on Tuesday.</p>`);
    keepDatelines(byline);
    expect(byline.querySelector(".byline")).not.toBeNull();
  });
});
