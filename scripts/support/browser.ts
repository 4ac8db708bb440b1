/**
 * Launches Debian's Chromium through playwright-core for browser tests, the benchmark and the
 * screenshot and Lighthouse scripts. Never downloads a
 * browser: CHROMIUM_PATH or /usr/bin/chromium must exist. The flags keep a headless root
 * Chromium from reaching for the network on a machine that has none.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** No sandbox (tests run as root), no GPU, and nothing that reaches for the network unasked. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}
