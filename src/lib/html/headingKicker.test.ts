import { describe, expect, it } from "vitest";
import { parsePage } from "./parsePage.ts";
import { settleHeadingKickers } from "./headingKicker.ts";

const h1 = (inner: string) => parsePage(`<html><body><h1>${inner}</h1><p>Text.</p></body></html>`);
const KICKED = `<span class="topline">Harbour League</span> <span>Late goal sinks the leaders</span>`;

describe("settleHeadingKickers", () => {
  it("takes a kicker out of the heading when the declared title is the rest", () => {
    const doc = h1(KICKED);
    expect(settleHeadingKickers(doc, ["Late goal sinks the leaders"])).toBe(1);
    expect(doc.querySelector("h1")?.textContent.trim()).toBe("Late goal sinks the leaders");
  });

  it("sets the declared separator between kicker and headline when the title joins them", () => {
    const doc = h1(`<span>Pier inquiry</span> <span>Two members resign - and questions stay</span>`);
    settleHeadingKickers(doc, ["Pier inquiry: Two members resign - and questions stay"]);
    expect(doc.querySelector("h1")?.textContent.replace(/\s+/gu, " ").trim()).toBe(
      "Pier inquiry: Two members resign - and questions stay",
    );
  });

  it("leaves a heading the titles name whole, or whose first element is the headline's own words", () => {
    const whole = h1(KICKED);
    expect(settleHeadingKickers(whole, ["Harbour League Late goal sinks the leaders"])).toBe(0);
    const sentence = h1(`<em>Why</em> the ferry stopped running after the storm`);
    expect(settleHeadingKickers(sentence, ["The ferry stopped running after the storm"])).toBe(0);
    const unrelated = h1(KICKED);
    expect(settleHeadingKickers(unrelated, ["Another story entirely"])).toBe(0);
  });

  it("puts the declared title's space after a kicker that ends on its own separator and runs into the text", () => {
    const doc = h1(`<span class="red">Pier inquiry:</span>Two members resign`);
    expect(settleHeadingKickers(doc, ["Pier inquiry: Two members resign"])).toBe(1);
    expect(doc.querySelector("h1")?.textContent.trim()).toBe("Pier inquiry: Two members resign");
    const long = h1(`<span class="red">Harbour police catch two men after the break-in:</span>Jewels found`);
    settleHeadingKickers(long, ["Harbour police catch two men after the break-in: Jewels found"]);
    expect(long.querySelector("h1")?.textContent.trim()).toBe(
      "Harbour police catch two men after the break-in: Jewels found",
    );
    const unjoined = h1(`<span class="red">Pier inquiry:</span>Two members resign`);
    expect(settleHeadingKickers(unjoined, ["Two members resign over the pier"])).toBe(0);
  });
});
