/**
 * What a reader on a phone sees laid out, in Chromium at 375 px: no page scrolls sideways, and
 * a pill label (`.badge`) stays on one line. A pill is for a word or two; a sentence put in one
 * wraps into a ragged rounded outline that overlaps the line above (the timeline's "derived"
 * notes did).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "#e2e/support/browser.ts";
import { readArticles } from "./support/corpus.ts";

const siteUrl = inject("siteUrl");
const distDir = inject("distDir");
const story = readdirSync(join(distDir, "stories"), { withFileTypes: true }).find((entry) => entry.isDirectory());
if (!story) throw new Error("dist/stories has no story page");

const PATHS = [
  "",
  "stories/",
  `stories/${story.name}/`,
  "entities/",
  "entities/claudia-sheinbaum/",
  "entities/mexico-city/",
  "entities/cia/",
  "timeline/",
  "topics/drone-surveillance/timeline/",
  "quotes/",
  "archive/",
  ...readArticles().map(({ slug }) => `articles/${slug}/`),
];

let browser: Browser;
useBrowser((launched) => (browser = launched));

describe("layout on a phone (375 px)", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PATHS)("/%s scrolls only down, and each pill label is one line", async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(`${siteUrl}${path}`);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        wrappedPills: [...document.querySelectorAll(".badge")]
          .filter((pill) => {
            const lineHeight = parseFloat(getComputedStyle(pill).lineHeight);
            return pill.getBoundingClientRect().height > 1.8 * lineHeight;
          })
          .map((pill) => (pill.textContent ?? "").trim().slice(0, 60)),
      }));
      expect(layout.scrollWidth, "page wider than the screen").toBeLessThanOrEqual(375);
      expect(layout.wrappedPills, "pill labels that wrap onto a second line").toEqual([]);
    } finally {
      await page.close();
    }
  });
});
