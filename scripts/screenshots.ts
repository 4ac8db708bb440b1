/**
 * `npm run screenshots -- [--out DIR] [PATH...]`: serves the built dist/ and saves full-page
 * PNGs of each page type at phone (375 px) and desktop (1280 px) widths, in light and dark
 * colour schemes, so a person can look at what readers get. Run `npm run build` first.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "./support/browser.ts";
import { serveStatic } from "./support/staticServer.ts";
import { readCommandLine, requireBuiltSite } from "./support/commandLine.ts";

const root = resolve(import.meta.dirname, "..");
const USAGE = `usage: npm run screenshots -- [--out DIR] [PATH...]

  PATH       a page of the built site, e.g. /articles/<slug>/ (default: one of each kind)
  --out DIR  where the PNGs go (default: screenshots)`;
const { values, positionals } = readCommandLine("screenshots", USAGE, { out: { type: "string" } }, true);
requireBuiltSite("screenshots", join(root, "dist"));
const out = resolve(root, values.out ?? "screenshots");
mkdirSync(out, { recursive: true });

const firstArticle = readdirSync(join(root, "dist/articles")).sort()[0];
const paths =
  positionals.length > 0
    ? positionals
    : ["/", "/topics/drone-surveillance/", `/articles/${firstArticle}/`, "/search/?q=Sheinbaum", "/no-such-page/"];

const server = await serveStatic(join(root, "dist"));
const browser = await launchBrowser();
try {
  for (const width of [375, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(new URL(path.replace(/^\//, ""), server.url).href, { waitUntil: "networkidle" });
        const name = `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        process.stdout.write(`${join(out, name)}\n`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
