/**
 * The fonts social cards are drawn with: Source Serif 4 (the site's reading face is a serif),
 * regular and semibold, Latin and Latin Extended, read from the @fontsource package in
 * node_modules — never downloaded. satori reads TTF, OTF and WOFF but not WOFF2, so the .woff
 * files are used. Resolved from the working directory (the project root for every npm script)
 * because bundled build code no longer sits beside its source file.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { CardFonts } from "./card.ts";

const PACKAGE = "@fontsource/source-serif-4";

/** The font files, by weight, in fallback order (Latin first, then Latin Extended). */
export const FONT_FILES = [
  { weight: 400, file: "source-serif-4-latin-400-normal.woff" },
  { weight: 600, file: "source-serif-4-latin-600-normal.woff" },
  { weight: 400, file: "source-serif-4-latin-ext-400-normal.woff" },
  { weight: 600, file: "source-serif-4-latin-ext-600-normal.woff" },
] as const;

let cached: CardFonts | undefined;

/** The card fonts, read once per process. */
export function loadCardFonts(root = process.cwd()): CardFonts {
  if (cached) return cached;
  const require = createRequire(join(root, "package.json"));
  cached = FONT_FILES.map(({ weight, file }) => ({
    name: file.includes("-ext-") ? "Card Serif Extended" : "Card Serif",
    weight,
    style: "normal" as const,
    data: readFileSync(require.resolve(`${PACKAGE}/files/${file}`)),
  }));
  return cached;
}
