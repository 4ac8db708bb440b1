import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { articleFromSource } from "#tests/support/corpus.ts";
import { useBrowserPage } from "./support/browser.ts";

let page: Page;
const siteUrl = inject("siteUrl");
useBrowserPage((opened) => (page = opened));

describe("a reader browsing", () => {
  it("goes from the home page to a topic to an article and back to the topic", async () => {
    await page.goto(siteUrl);
    await page.getByRole("link", { name: "Drone surveillance" }).first().click();
    await page.waitForURL(/\/topics\/drone-surveillance\/$/);
    expect(await page.locator("h1").textContent()).toBe("Drone surveillance");

    const article = articleFromSource("004");
    // The topic page also links the article from its quotes and sourcing table: use the article list.
    await page.locator(".card").getByRole("link", { name: article.data.title }).click();
    await page.waitForURL(new RegExp(`/articles/${article.slug}/$`));
    expect(await page.locator("h1").textContent()).toBe(article.data.title);

    await page.getByRole("complementary").getByRole("link", { name: "Drone surveillance" }).click();
    await page.waitForURL(/\/topics\/drone-surveillance\/$/);
  });

  it("reaches a section of a long article from its table of contents", async () => {
    const article = articleFromSource("001");
    await page.goto(`${siteUrl}articles/${article.slug}/`);
    const toc = page.getByRole("navigation", { name: "Contents" });
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThan(1);
    const target = (await links.nth(1).getAttribute("href")) ?? "";
    await links.nth(1).click();
    await page.waitForURL(new RegExp(`${target}$`));
    expect(await page.locator(`h2${target}`).isVisible()).toBe(true);
  });

  it("sees the names in an article's who-is-involved list side by side on one line", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    let rows = 0;
    for (const prefix of ["001", "002", "003", "004"]) {
      await page.goto(`${siteUrl}articles/${articleFromSource(prefix).slug}/`);
      // The tops of the items of each list, in order: items sharing a line share a top.
      const lists = await page
        .locator('section[aria-labelledby="who-heading"] ul')
        .evaluateAll((uls) => uls.map((ul) => [...ul.children].map((li) => li.getBoundingClientRect().top)));
      for (const tops of lists) {
        const first = tops[0];
        if (first === undefined || tops.length < 2) continue;
        // The second item, on the first item's line or below it, but never a few pixels below.
        const second = tops[1] ?? first;
        expect(second === first || second - first > 10, `item tops ${tops.join(", ")}`).toBe(true);
        rows += second === first ? 1 : 0;
      }
    }
    expect(rows).toBeGreaterThan(0);
  });

  it("sees an article's title alike in every list of articles, whatever its heading level", async () => {
    const look = async (path: string) => {
      await page.goto(`${siteUrl}${path}`);
      return page
        .locator(".card a")
        .first()
        .evaluate((a) => {
          const style = getComputedStyle(a);
          return { size: style.fontSize, colour: style.color, line: style.textDecorationLine };
        });
    };
    expect(await look("archive/")).toEqual(await look(""));
  });

  it("shows a helpful 404 for an unknown address", async () => {
    const response = await page.goto(`${siteUrl}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    expect(await page.getByRole("link", { name: "Drone surveillance" }).count()).toBeGreaterThan(0);
  });
});

describe("on a 375 px phone", () => {
  it("no reading page scrolls sideways", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const article = articleFromSource("002");
    for (const path of [
      "",
      "topics/sovereignty-tensions/",
      `articles/${article.slug}/`,
      "entities/marco-rubio/",
      "quotes/",
    ]) {
      await page.goto(`${siteUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
