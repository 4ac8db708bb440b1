import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { articleFromSource } from "#tests/support/corpus.ts";
import { useBrowserPage } from "./support/browser.ts";

let page: Page;
const siteUrl = inject("siteUrl");
useBrowserPage((opened) => (page = opened));

/** Titles in the result list once the status reports a finished search. */
async function resultTitles(): Promise<string[]> {
  await page.locator(".search-status", { hasText: /found$/ }).waitFor();
  return (await page.locator(".search-results h3").allTextContents()).sort();
}

describe("search", () => {
  it("finds exactly the two articles that name Guillot, from the header form", async () => {
    await page.goto(siteUrl);
    await page.getByRole("search").getByRole("searchbox").fill("Guillot");
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\/\?q=Guillot$/);
    expect(await resultTitles()).toEqual(
      [articleFromSource("001").data.title, articleFromSource("003").data.title].sort(),
    );
  });

  it('finds the MQ-9 article for "Reaper" and links to it', async () => {
    await page.goto(`${siteUrl}search/?q=Reaper`);
    const article = articleFromSource("004");
    expect(await resultTitles()).toEqual([article.data.title]);
    await page.locator(".search-results a").first().click();
    await page.waitForURL(new RegExp(`/articles/${article.slug}/`));
  });

  it("shows a result's headline once, as its title, and not again as its excerpt's opening", async () => {
    // "Mexico" is in every headline, where it weighs most: Pagefind's own excerpt opened there.
    await page.goto(`${siteUrl}search/?q=Mexico`);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    const cards = await page.locator(".search-results li").evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector("h3")?.textContent ?? "",
        excerpt: item.querySelector(".excerpt")?.textContent ?? "",
      })),
    );
    expect(cards.length).toBeGreaterThan(1);
    for (const { title, excerpt } of cards) {
      expect(excerpt.split(/\s+/).length).toBeGreaterThan(10);
      expect(excerpt.startsWith(title.split(" ").slice(0, 3).join(" "))).toBe(false);
    }
  });

  it("narrows results with a topic filter and keeps the filter in the URL", async () => {
    await page.goto(`${siteUrl}search/?q=Sheinbaum`);
    const all = await resultTitles();
    expect(all.length).toBeGreaterThan(1);
    // Filter lists load only once the reader opens them.
    expect(await page.getByRole("checkbox").count()).toBe(0);
    await page.getByText("Filter by topic, outlet, person or year").click();
    await page.getByRole("checkbox", { name: /^Sovereignty tensions/ }).check();
    await page.waitForURL(/topic=Sovereignty/);
    const narrowed = await resultTitles();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const title of narrowed) expect(all).toContain(title);
  });

  it("finds for a word typed on the search page, once it has idled, what the word's link finds", async () => {
    await page.goto(`${siteUrl}search/?q=Sheinbaum`);
    const linked = await resultTitles();
    // Opened empty, the page warms the search engine up while it idles: that must fetch no index
    // chunk, and must not change what the reader's first search finds.
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/index/")) chunks.push(request.url());
    });
    await page.goto(`${siteUrl}search/`);
    await page.waitForLoadState("networkidle");
    expect(chunks).toEqual([]);
    await page.locator("#search-q").fill("Sheinbaum");
    await page.locator("#search-q").press("Enter");
    expect(await resultTitles()).toEqual(linked);
  });

  it("does not index page furniture: a word only in the article sidebar finds nothing", async () => {
    await page.goto(`${siteUrl}search/?q=Provenance`);
    expect(await resultTitles()).toEqual([]);
  });
});

describe("search filters and order", () => {
  it("filters by year and sorts newest first", async () => {
    await page.goto(`${siteUrl}search/?q=Mexico`);
    const all = await resultTitles();
    await page.getByText("Filter by topic, outlet, person or year").click();
    await page.getByRole("checkbox", { name: /^2025/ }).check();
    await page.waitForURL(/year=2025/);
    const dated = await resultTitles();
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(all.length);
    await page.getByRole("combobox", { name: "Order" }).selectOption("newest");
    await page.waitForURL(/sort=newest/);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    const dates = await page.locator(".search-results .meta").allTextContents();
    expect(dates[0]).toContain("7 September 2025");
    // Every result is from 2025, and each is no newer than the one above it.
    const times = dates.map((meta) => Date.parse(meta.split(" · ")[1] ?? ""));
    expect(dates.every((meta) => meta.endsWith("2025"))).toBe(true);
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("says when the filter lists cannot load, and loads them when reopened", async () => {
    await page.route("**/pagefind/filter/**", (route) => route.abort());
    await page.goto(`${siteUrl}search/?q=Mexico`);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    const summary = page.getByText("Filter by topic, outlet, person or year");
    await summary.click();
    await page.locator(".search-status", { hasText: /filters could not load/ }).waitFor();
    expect(await page.getByRole("checkbox").count()).toBe(0);
    await page.unroute("**/pagefind/filter/**");
    await summary.click();
    await page.getByRole("checkbox", { name: /^2025/ }).waitFor();
  });

  it("opens the filters with the choices a shared URL made", async () => {
    await page.goto(`${siteUrl}search/?q=Mexico&year=2025`);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor();
    expect(await page.locator("details.search-filters").getAttribute("open")).not.toBeNull();
    await expect.poll(() => page.getByRole("checkbox", { name: /^2025/ }).isChecked()).toBe(true);
  });
});
