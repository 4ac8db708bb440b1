/** Controls inside a page's headings are no words of the headline. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { removeHeadingControls } from "./headingControls.ts";

const headings = (body: string): string[] => {
  const { document } = parseHTML(`<html><head></head><body>${body}</body></html>`);
  removeHeadingControls(document);
  return [...document.querySelectorAll("h1, h2, h3")].map((h) => h.textContent.replace(/\s+/g, " ").trim());
};

describe("removeHeadingControls", () => {
  it("takes a link that goes nowhere and a button out of a heading", () => {
    expect(headings(`<h1>Ferry fares rise <a href="#" class="watch">Add to ...</a></h1>`)).toEqual([
      "Ferry fares rise",
    ]);
    expect(headings(`<h2>Pier closes <a href="javascript:void(0)">Share</a><button>Save</button></h2>`)).toEqual([
      "Pier closes",
    ]);
  });

  it("keeps real links, links outside headings, and a heading that is only a link", () => {
    expect(headings(`<h1><a href="/ferry">Ferry fares rise</a></h1>`)).toEqual(["Ferry fares rise"]);
    expect(headings(`<h2><a href="#">Contents</a></h2>`)).toEqual(["Contents"]);
    expect(headings(`<h3>Pier <a href="#notes">notes</a></h3>`)).toEqual(["Pier notes"]);
  });
});
