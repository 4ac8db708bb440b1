/**
 * Accessibility of the built site in Chromium: axe-core (WCAG 2.0–2.2 A and AA rules, and axe's
 * best practices such as unique landmark names and one main heading) on every
 * kind of page, on a phone (375 px) and a desktop (1280 px) viewport, in the light and the dark
 * colour scheme — contrast differs between them — with zero violations allowed; each one found
 * is printed with its rule, the element's selector and axe's summary. Then the keyboard: the
 * skip link comes first and lands in main, the header search works by keyboard alone and its
 * results are reachable by Tab, and every element Tab reaches shows a visible focus indicator.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "#e2e/support/browser.ts";
import { readArticles } from "./support/corpus.ts";

const siteUrl = inject("siteUrl");
const distDir = inject("distDir");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const articles = readArticles();
const [article] = articles;
if (!article) throw new Error("content/articles has no article");
const story = readdirSync(join(distDir, "stories"), { withFileTypes: true }).find((entry) => entry.isDirectory());
if (!story) throw new Error("dist/stories has no story page");

/** One page of each kind, as a path under the site; `ready` waits for what a script renders. */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: "home", path: "" },
  { name: "topic", path: "topics/drone-surveillance/" },
  { name: "topic timeline", path: "topics/drone-surveillance/timeline/" },
  // Every article: their sidebars differ (contents, related articles), and so do their tap targets.
  ...articles.map(({ slug }) => ({ name: `article ${slug}`, path: `articles/${slug}/` })),
  { name: "article source", path: `articles/${article.slug}/source/` },
  { name: "entities", path: "entities/" },
  { name: "entity", path: "entities/claudia-sheinbaum/" },
  { name: "quotes", path: "quotes/" },
  { name: "quotes by person", path: "quotes/people/marco-rubio/" },
  { name: "timeline", path: "timeline/" },
  { name: "stories", path: "stories/" },
  { name: "story", path: `stories/${story.name}/` },
  { name: "methodology", path: "methodology/" },
  {
    name: "search results",
    path: "search/?q=Sheinbaum",
    ready: (page) => page.locator(".search-status", { hasText: /[1-9]\d* articles? found$/ }).waitFor(),
  },
  {
    // A filter in the URL opens the filter lists, so their checkboxes are checked too.
    name: "search filters",
    path: "search/?q=Sheinbaum&year=2025",
    ready: (page) => page.getByRole("group", { name: "Person" }).waitFor(),
  },
  { name: "404", path: "no-such-page/" },
];

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
] as const;
const SCHEMES = ["light", "dark"] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's violations on the page's current state: WCAG 2.x A/AA rules and axe's best practices. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        ...(node.failureSummary ? { failureSummary: node.failureSummary } : {}),
      })),
    }));
  }, AXE_TAGS);
}

/** One line per failing element: rule, impact, selector, axe's summary. */
function describeViolations(where: string, violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact ?? "?"}) at ${JSON.stringify(node.target)}: ${violation.help}` +
        (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, " ")}` : ""),
    ),
  );
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

let browser: Browser;
useBrowser((launched) => (browser = launched));

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    describe(`axe at ${viewport.width}px, ${colorScheme} scheme`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ viewport, colorScheme, reducedMotion: "reduce" });
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(PAGES)("$name has no WCAG A/AA or best-practice violation", async ({ path, ready }) => {
        const page = await context.newPage();
        try {
          const response = await page.goto(`${siteUrl}${path}`);
          // A failed load would make axe report an empty document instead of the page.
          expect(response?.status(), `HTTP status of /${path}`).toBe(path === "no-such-page/" ? 404 : 200);
          expect(await page.title()).not.toBe("");
          await ready?.(page);
          const lines = describeViolations(`/${path} ${viewport.width}px ${colorScheme}`, await axeViolations(page));
          if (lines.length > 0) console.error(`axe violations:\n${lines.join("\n")}`);
          expect(lines).toEqual([]);
        } finally {
          await page.close();
        }
      });
    });
  }
}

/** What has focus: tag, id, class and text, enough to name it in a failure. */
interface Focused {
  readonly tag: string;
  readonly label: string;
  readonly inMain: boolean;
  readonly inResults: boolean;
  readonly visible: boolean;
  readonly indicator: string;
}

/** The focused element and whether a focus indicator is drawn (outline or box-shadow). */
function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      label:
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}` +
        (element.className && typeof element.className === "string"
          ? `.${element.className.split(" ").join(".")}`
          : "") +
        ` "${(element.textContent ?? "").trim().slice(0, 40)}"`,
      inMain: element.closest("main") !== null,
      inResults: element.closest(".search-results") !== null,
      visible: rect.width > 0 && rect.height > 0,
      indicator: outline ? `outline ${style.outlineWidth} ${style.outlineStyle}` : shadow ? `box-shadow` : "none",
    };
  });
}

describe("keyboard", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("reaches the skip link first, and following it moves focus into main", async () => {
    await page.goto(siteUrl);
    await page.keyboard.press("Tab");
    const first = await focused(page);
    expect(first?.label).toMatch(/^a\.skip-link "Skip to content"/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#main$/);
    // Focus is on main itself, or the next Tab starts from it (the sequential focus starting point).
    const onMain = await page.evaluate(() => document.activeElement?.id === "main");
    if (!onMain) {
      await page.keyboard.press("Tab");
      const next = await focused(page);
      expect(next?.inMain, `after the skip link, Tab went to ${next?.label ?? "nothing"}`).toBe(true);
    }
  });

  it("searches from the header by keyboard alone, and Tab reaches the results", async () => {
    await page.goto(siteUrl);
    let reachedBox = false;
    for (let step = 0; step < 60 && !reachedBox; step++) {
      await page.keyboard.press("Tab");
      reachedBox = await page.evaluate(() => document.activeElement?.id === "header-q");
    }
    expect(reachedBox, "Tab never reached the header search box").toBe(true);
    await page.keyboard.type("Sheinbaum");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=Sheinbaum$/);
    await page.locator(".search-status", { hasText: /[1-9]\d* articles? found$/ }).waitFor();
    let result: Focused | undefined;
    for (let step = 0; step < 120 && !result?.inResults; step++) {
      await page.keyboard.press("Tab");
      result = await focused(page);
    }
    expect(result?.inResults, "Tab never reached a search result").toBe(true);
    expect(result?.tag).toBe("a");
  });

  it.each(["", `articles/${article.slug}/`, "search/?q=Sheinbaum", "quotes/"])(
    "shows a focus indicator on everything Tab reaches on /%s",
    async (path) => {
      await page.goto(`${siteUrl}${path}`);
      if (path.startsWith("search/"))
        await page.locator(".search-status", { hasText: /[1-9]\d* articles? found$/ }).waitFor();
      const seen: Focused[] = [];
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press("Tab");
        const now = await focused(page);
        if (!now || (seen.length > 0 && now.label === seen[0]?.label)) break;
        seen.push(now);
      }
      expect(seen.length).toBeGreaterThan(3);
      const invisible = seen.filter((element) => element.indicator === "none" || !element.visible);
      expect(invisible.map((element) => `${element.label}: indicator ${element.indicator}`)).toEqual([]);
    },
  );
});
