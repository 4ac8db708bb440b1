/**
 * Launches Debian's Chromium through playwright-core for browser tests. Never downloads a
 * browser: CHROMIUM_PATH or /usr/bin/chromium must exist. The flags keep a headless root
 * Chromium from reaching for the network on a machine that has none.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * One Chromium page for a test file: launched before its tests, closed after them. The page
 * is handed to `onOpen` so the file can keep it in a variable its tests read.
 */
export function useBrowserPage(onOpen: (page: Page) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    onOpen(await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });
}
