/**
 * The date printed under the headline (`shownDate`): past a photo's long caption the page
 * marks as one, and on a credit's line that carries the stamp; a long paragraph that is no
 * caption still ends the header, and a date under it is not read.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { shownDate } from "./pageShown.ts";

const HEADLINE = "Nadal keeps Spain alive in the Davis Cup Finals";
const CAPTION =
  "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup tennis match in Madrid, Spain, on a long evening of tennis. (Photo/AP)";

function dateOf(header: string): string | undefined {
  const { document } = parseHTML(`<html><body><h1>${HEADLINE}</h1>${header}<p>The lede.</p></body></html>`);
  return shownDate(document, HEADLINE);
}

describe("shownDate: the stamp under the headline", () => {
  it.each([
    [
      `<div class="caption-text-block"><p>${CAPTION}</p></div><div><span>Associated Press</span> <span>November 19, 2019, 9:02 AM</span></div>`,
    ],
    [`<figure><figcaption>${CAPTION}</figcaption></figure><div>November 19, 2019, 9:02 AM</div>`],
    [`<div>Jane Roe November 19, 2019, 9:02 AM</div>`],
  ])("reads 2019-11-19 in %s", (header) => {
    expect(dateOf(header)).toBe("2019-11-19");
  });

  it.each([
    // A paragraph of running prose that no mark calls a caption ends the header.
    [`<div><p>${CAPTION}</p></div><div>November 19, 2019, 9:02 AM</div>`],
    // A company's name before a date is no credit; an update stamp is no publication date.
    [`<div>Volkswagen Group of America November 19, 2019, 9:02 AM</div>`],
    [`<div>Jane Roe Updated November 19, 2019, 9:02 AM</div>`],
  ])("reads no date in %s", (header) => {
    expect(dateOf(header)).toBeUndefined();
  });
});
