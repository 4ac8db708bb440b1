/** Vitest hooks that give a test file one Chromium (launched by scripts/support/browser.ts). */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "#scripts/support/browser.ts";

/**
 * One Chromium for a test file: launched before its tests, closed after them, and handed to
 * `onOpen` so the file can keep it in a variable its tests read.
 */
export function useBrowser(onOpen: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    onOpen(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** One Chromium page for a test file, as `useBrowser` gives a browser. */
export function useBrowserPage(onOpen: (page: Page) => void): void {
  let browser: Browser | undefined;
  useBrowser((launched) => (browser = launched));
  beforeAll(async () => {
    if (browser) onOpen(await browser.newPage());
  });
}
