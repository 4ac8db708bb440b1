/**
 * The headline names what its article tells: a short line read as the headline that shares no
 * word with the article's first paragraphs (a skip link, a section's or a site's name, a comments
 * button) gives way to a line of the page's header that does (./headline.ts, `namingHeadline`).
 */
import { describe, expect, it } from "vitest";
import { normalize } from "./index.ts";
import { subjectWords } from "./ledeWords.ts";

function read(raw: string) {
  const result = normalize(raw, { fileName: "page.txt" });
  if (!result.ok) throw new Error(result.error.message);
  return result.frontmatter;
}

const BODY = [
  "Dock workers at the port of Lázaro Cárdenas ended their strike on Friday after the union accepted a wage deal, officials said.",
  "The strike had held up container traffic at the port for nine days, and shippers had diverted cargo to Manzanillo.",
  "Union leaders said the wage deal would be put to a vote of members next month.",
].join("\n\n");

describe("a headline that names its article", () => {
  it("passes over a comments button set over the credit, to the headline higher in the header", () => {
    const fm = read(
      [
        "Port strike ends with wage deal",
        "Dock workers return after nine days.",
        "Share on Facebook (opens a window)",
        "Share by email (opens a window)",
        "Show the comments",
        "The Harbor Gazette",
        "Published March 4, 2025",
        "",
        BODY,
      ].join("\n"),
    );
    expect(fm.title).toBe("Port strike ends with wage deal");
  });
  it("passes over a location line and a menu to the headline over its credit", () => {
    const fm = read(
      [
        "You are here",
        "Home",
        "Blog",
        "Strike at the Port",
        "March 4, 2025 at 9:12 AM by Marisol Ortega",
        "",
        BODY,
      ].join("\n"),
    );
    expect(fm.title).toBe("Strike at the Port");
  });
  it("passes over a skip link in a language written without spaces", () => {
    const lede = [
      "港湾労働者のストライキは金曜日に終結した。組合が賃金協定を受け入れたためだと当局者が述べた。",
      "ストライキにより港湾のコンテナ輸送は九日間止まり、荷主は貨物を別の港に回していた。",
      "組合の指導者は、賃金協定を来月の組合員投票にかけると述べた。",
    ].join("\n\n");
    const fm = read(["コンテンツへスキップ", "ホーム", "港湾ストライキが賃金協定で終結", "", lede].join("\n"));
    expect(fm.title).toBe("港湾ストライキが賃金協定で終結");
  });
  it("keeps a headline with its byline under it, whatever words it chose", () => {
    const fm = read(["Calm after the storm", "By Marisol Ortega", "", BODY].join("\n"));
    expect(fm.title).toBe("Calm after the storm");
  });
  it("keeps the headline when no line of the header names the article either", () => {
    const fm = read(["Calm after the storm", "", BODY].join("\n"));
    expect(fm.title).toBe("Calm after the storm");
  });
});

describe("subjectWords", () => {
  it("reads content words, pairs of Han ideographs and runs of katakana", () => {
    expect([...subjectWords("Ports brace for tariffs")]).toEqual(["port", "brace", "tariff"]);
    const words = subjectWords("港湾ストライキが終結");
    for (const word of ["港湾", "ストライキ", "終結"]) expect(words).toContain(word);
    expect(words).not.toContain("キが");
    expect(subjectWords("コンテンツへスキップ")).toContain("スキップ");
  });
});

describe("a credit printed twice on its line", () => {
  it("reads the name once, from its By, and the headline over it", () => {
    const fm = read(
      [
        "Port strike ends with wage deal",
        "Marisol Ortega | mortega@example.com By Marisol Ortega | mortega@example.com",
        "",
        BODY,
      ].join("\n"),
    );
    expect(fm.title).toBe("Port strike ends with wage deal");
    expect(fm.byline).toBe("Marisol Ortega");
  });
});
