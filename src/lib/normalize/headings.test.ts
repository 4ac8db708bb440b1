/**
 * Heading shape in scripts without capitals: a short bare line of Hangul, Han or Thai can open
 * an article as its headline, as a capitalized one can; a sentence in them still cannot.
 */
import { describe, expect, it } from "vitest";
import { isHeadingLike, titleBarSite } from "./headings.ts";
import { normalize } from "./index.ts";

describe("isHeadingLike in scripts without capitals", () => {
  it.each(["국경 순찰 한 달 연장", "边境巡逻延长一个月", "ขยายการลาดตระเวนชายแดน"])("takes %j", (line) => {
    expect(isHeadingLike(line)).toBe(true);
  });

  it.each(["국경 순찰이 한 달 연장되었다.", "边境巡逻延长一个月。"])("does not take the sentence %j", (line) => {
    expect(isHeadingLike(line)).toBe(false);
  });

  it("lets a Korean article's text ingest instead of refusing it for want of a capital", () => {
    const paragraph =
      "양국 정부는 화요일 국경 순찰을 다음 달 말까지 계속하기로 했다고 밝혔다. 주민들은 거리가 조용해졌다고 말했다.";
    const result = normalize(`국경 순찰 한 달 연장\n\n${paragraph}\n\n${paragraph}\n`, { fileName: "ko.txt" });
    expect(result.ok ? result.frontmatter.title : result.error.code).toBe("국경 순찰 한 달 연장");
  });
});

describe("titleBarSite", () => {
  it("drops a player's status run into the site's name", () => {
    expect(titleBarSite("CBC News Loaded")).toBe("CBC News");
    expect(titleBarSite(" Harbour Post Loading… ")).toBe("Harbour Post");
  });

  it("keeps a name that holds the word elsewhere or in small letters", () => {
    expect(titleBarSite("Loaded Magazine")).toBe("Loaded Magazine");
    expect(titleBarSite("Harbour Post loaded")).toBe("Harbour Post loaded");
  });
});
