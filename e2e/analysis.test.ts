/**
 * The analysis pages in a browser: a sentence link from an entity page lands on the article
 * with that sentence highlighted (`:target`) and in view, and the search page's Person filter
 * (from the article pages' hidden `data-pagefind-filter="person"` values) narrows results.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { articleFromSource } from "#tests/support/corpus.ts";
import { useBrowserPage } from "./support/browser.ts";

let page: Page;
const siteUrl = inject("siteUrl");
useBrowserPage((opened) => (page = opened));

describe("analysis pages", () => {
  it("go from an entity's sentence to that sentence, highlighted, on the article page", async () => {
    await page.goto(`${siteUrl}entities/marco-rubio/`);
    const link = page.locator(".sentence-list a").first();
    const href = (await link.getAttribute("href")) ?? "";
    const anchor = href.split("#")[1] ?? "";
    expect(anchor).toMatch(/^s-[0-9a-f]{8}/);
    await link.click();
    await page.waitForURL(new RegExp(`/articles/[^/]+/#${anchor}$`));
    const sentence = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => sentence.evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await sentence.isVisible()).toBe(true);
    const inView = await sentence.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("narrows search results with the Person filter", async () => {
    await page.goto(`${siteUrl}search/?q=Mexico`);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    const all = await page.locator(".search-results h3").count();
    expect(all).toBeGreaterThan(1);
    await page.getByText("Filter by topic, outlet, person or year").click();
    await expect.poll(() => page.getByRole("group", { name: "Person" }).count()).toBe(1);
    await page.getByRole("checkbox", { name: /^Marco Rubio/ }).check();
    await page.waitForURL(/person=Marco/);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    const narrowed = await page.locator(".search-results h3").allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(narrowed).toEqual([articleFromSource("002").data.title]);
  });
});
