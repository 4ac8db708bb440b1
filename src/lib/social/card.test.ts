import { describe, expect, it } from "vitest";
import {
  articleCard,
  articleMetaLine,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardTree,
  defaultCard,
  MAX_TITLE_CHARS,
  pngSize,
  rasterizeCard,
  renderCard,
  renderCardSvg,
  shorten,
  svgToPng,
  titleSize,
  topicCard,
} from "./card.ts";
import { loadCardFonts } from "./fonts.ts";
import { decodeOwnPng } from "./png.ts";

const SITE = "U.S.–Mexico Security Desk";

describe("articleMetaLine", () => {
  it("gives the date and outlet, or says they are unknown", () => {
    expect(articleMetaLine("2025-02-21", "Reuters")).toBe("21 February 2025 · Reuters");
    expect(articleMetaLine(undefined, undefined)).toBe("undated · Outlet unknown");
    expect(articleMetaLine(undefined, "El País")).toBe("undated · El País");
  });
});

describe("cards", () => {
  it("say what they are for", () => {
    expect(articleCard({ title: "A headline" }, SITE)).toEqual({
      kicker: "Article",
      title: "A headline",
      meta: "undated · Outlet unknown",
      siteName: SITE,
    });
    expect(topicCard({ title: "Drone surveillance", articleCount: 1 }, SITE).meta).toBe("1 article");
    expect(topicCard({ title: "Drone surveillance", articleCount: 3 }, SITE).meta).toBe(
      "3 articles, compared side by side",
    );
    expect(defaultCard(SITE, "Tagline").kicker).toBeUndefined();
  });

  it("draw the site name, the title and the meta line", () => {
    const text = JSON.stringify(cardTree(articleCard({ title: "Spies in Mexico", outlet: "Reuters" }, SITE)));
    for (const part of [SITE, "Spies in Mexico", "undated · Reuters", "Article"]) expect(text).toContain(part);
  });
});

describe("shorten", () => {
  it("keeps short titles and cuts long ones at a word, with an ellipsis", () => {
    expect(shorten("  A   short title ", 20)).toBe("A short title");
    const long = "word ".repeat(60);
    const cut = shorten(long, MAX_TITLE_CHARS);
    expect(cut.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(cut).toMatch(/ word…$/);
  });
});

describe("titleSize", () => {
  it("gets smaller as titles get longer, never below 46px", () => {
    const sizes = [10, 60, 100, 160].map(titleSize);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(Math.min(...sizes)).toBe(46);
  });
});

describe("pngSize", () => {
  it("reads width and height from the IHDR chunk and rejects other bytes", () => {
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>');
    expect(pngSize(png)).toEqual({ width: 40, height: 30 });
    expect(pngSize(new TextEncoder().encode("not a png, not at all"))).toBeUndefined();
  });
});

describe("renderCard", () => {
  const fonts = loadCardFonts();

  it("returns a 1200×630 PNG for an article, a topic and the default card", async () => {
    for (const card of [
      articleCard({ title: "Russia’s spy network in Mexico: Szőke, Peña and “Nuñez”", published: "2025-02-21" }, SITE),
      topicCard({ title: "Drone surveillance", articleCount: 3 }, SITE),
      defaultCard(SITE, "Security reporting, compared article by article"),
    ]) {
      const png = await renderCard(card, fonts);
      expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it("is opaque in every pixel: previews draw it on any background", async () => {
    const { rgba } = decodeOwnPng(await renderCard(articleCard({ title: "Opaque from edge to edge" }, SITE), fonts));
    let lowest = 255;
    for (let alpha = 3; alpha < rgba.length; alpha += 4) lowest = Math.min(lowest, rgba[alpha] ?? 0);
    expect(lowest).toBe(255);
  });

  it("is a palette PNG of the card's own colours, with every pixel as drawn", async () => {
    const card = articleCard({ title: "Drawn once, stored exactly", published: "2025-02-21", outlet: "Reuters" }, SITE);
    const svg = await renderCardSvg(card, fonts);
    const png = await renderCard(card, fonts);
    expect(png[25]).toBe(3); // IHDR colour type: palette
    expect(Buffer.from(decodeOwnPng(png).rgba).equals(Buffer.from(rasterizeCard(svg).pixels))).toBe(true);
  });

  it("renders a very long headline without failing", async () => {
    const png = await renderCard(articleCard({ title: "Long headline ".repeat(40) }, SITE), fonts);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });
});
