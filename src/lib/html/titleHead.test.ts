/** The headline inside a `<title>`, without the section and site names after it. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { shownTitleHead, titleHeads } from "./titleHead.ts";

const page = (body: string) => parseHTML(`<html><head><title>x</title></head><body>${body}</body></html>`).document;

describe("titleHeads", () => {
  it("lists the heads before each separator, longest first, leaving out labels", () => {
    expect(titleHeads("Patrols extended_World_Border Times")).toEqual(["Patrols extended_World", "Patrols extended"]);
    expect(titleHeads("Patrols extended | World | Border Times")).toEqual([
      "Patrols extended | World",
      "Patrols extended",
    ]);
    expect(titleHeads("Home | Border Times")).toEqual([]);
    expect(titleHeads("Patrols extended")).toEqual([]);
  });

  it("reads an unspaced dash between characters of a script written without spaces as a separator, not one inside words", () => {
    expect(titleHeads("边境巡逻延长一个月！-边境时报")).toEqual(["边境巡逻延长一个月！"]);
    expect(titleHeads("Spider-Man patrols extended | Border Times")).toEqual(["Spider-Man patrols extended"]);
    expect(titleHeads("Patrols extended in Guinée-Conakry")).toEqual([]);
  });
});

describe("shownTitleHead", () => {
  it("is the head the page shows as one element's whole text", () => {
    const shown = page(`<div class="crumbs">Home &gt;&gt; World</div><div class="tit">Patrols  extended</div>`);
    expect(shownTitleHead("Patrols extended_World_Border Times", shown)).toBe("Patrols extended");
    expect(shownTitleHead("边境巡逻延长一个月_国际频道_边境时报", page(`<div>边境巡逻延长一个月</div>`))).toBe(
      "边境巡逻延长一个月",
    );
  });

  it("keeps a dash that is the headline's own when the page shows the whole headline", () => {
    const shown = page(`<div>Patrols extended – again</div>`);
    expect(shownTitleHead("Patrols extended – again | Border Times", shown)).toBe("Patrols extended – again");
  });

  it("is none when the page shows no head alone, or only inside a longer text", () => {
    expect(shownTitleHead("Patrols extended_World_Border Times", page(`<p>Patrols extended for a month.</p>`))).toBe(
      undefined,
    );
    expect(shownTitleHead(undefined, page(""))).toBeUndefined();
  });
});
