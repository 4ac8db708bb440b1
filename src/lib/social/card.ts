/**
 * Social cards: the 1200×630 PNG a link preview shows (Open Graph `og:image`, Twitter/X
 * `summary_large_image`). One per article (headline, date and outlet), one per topic (title,
 * article count) and a default for every other page, in the site's own calm palette.
 *
 * Layout is a plain element tree that satori turns into SVG (text as outlines, so the result
 * needs no system font), and resvg rasterizes it to PNG. Everything here is a pure function of
 * its input and the fonts handed in; reading the font files is `loadCardFonts` in ./fonts.ts,
 * kept apart so tests and the build can share one loaded copy.
 */
import { Resvg } from "@resvg/resvg-js";
import { encodePng } from "./png.ts";
import satori, { type SatoriOptions } from "satori";
import { formatIsoDate } from "#lib/content/dates.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, whatever it is for. */
export interface CardContent {
  /** Small line above the title: what kind of page this is ("Article", "Topic"). */
  readonly kicker?: string;
  /** The headline or topic title; long ones are shortened at a word with an ellipsis. */
  readonly title: string;
  /** The line under the rule: date and outlet, or an article count. */
  readonly meta: string;
  /** The site name, shown at the top. */
  readonly siteName: string;
}

export type CardFonts = SatoriOptions["fonts"];

/** The site palette (src/styles/global.css, light scheme): a card is read on any background. */
const COLORS = { bg: "#fdfcf9", fg: "#1d1d1b", muted: "#5b5b57", rule: "#deddd6", accent: "#8a1c1c" } as const;

/** Longest title drawn in full; past it the title is cut at a word, so four lines always fit. */
export const MAX_TITLE_CHARS = 160;

/** "21 February 2025 · Reuters"; unknown facts are said to be unknown, never guessed. */
export function articleMetaLine(published: string | undefined, outlet: string | undefined): string {
  return `${published ? formatIsoDate(published) : "undated"} · ${outlet ?? "Outlet unknown"}`;
}

/** The card of an article page. */
export function articleCard(
  article: { title: string; published?: string | undefined; outlet?: string | undefined },
  siteName: string,
): CardContent {
  return {
    kicker: "Article",
    title: article.title,
    meta: articleMetaLine(article.published, article.outlet),
    siteName,
  };
}

/** The card of a topic page. */
export function topicCard(topic: { title: string; articleCount: number }, siteName: string): CardContent {
  const count = `${topic.articleCount} ${topic.articleCount === 1 ? "article" : "articles"}`;
  // Only what holds for any desk: outlets may be unstated, and one article is compared with nothing.
  const meta = topic.articleCount > 1 ? `${count}, compared side by side` : count;
  return { kicker: "Topic", title: topic.title, meta, siteName };
}

/** The card every other page shares. */
export function defaultCard(siteName: string, tagline: string): CardContent {
  return { title: tagline, meta: "Reporting compared article by article, every claim traced to its source", siteName };
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Font size for a title of this length: big when short, never so small it is hard to read. */
export function titleSize(length: number): number {
  if (length <= 45) return 76;
  if (length <= 80) return 64;
  if (length <= 120) return 54;
  return 46;
}

/** A satori element: the subset of React's element shape satori reads. */
interface Node {
  readonly type: string;
  readonly props: { readonly style?: Record<string, string | number>; readonly children?: Node | string | Node[] };
}
const div = (style: Record<string, string | number>, children: Node | string | Node[]): Node => ({
  type: "div",
  props: { style, children },
});

/** The element tree of a card (exported for tests; `renderCard` draws it). */
export function cardTree(card: CardContent): Node {
  const title = shorten(card.title, MAX_TITLE_CHARS);
  const header: Node[] = [
    div({ fontSize: 30, fontWeight: 600, color: COLORS.accent, letterSpacing: 0.5 }, card.siteName),
  ];
  if (card.kicker)
    header.push(div({ fontSize: 24, color: COLORS.muted, textTransform: "uppercase", letterSpacing: 3 }, card.kicker));
  return div(
    {
      display: "flex",
      width: "100%",
      height: "100%",
      backgroundColor: COLORS.bg,
      fontFamily: "Card Serif, Card Serif Extended",
    },
    [
      div({ width: 18, height: "100%", flexShrink: 0, backgroundColor: COLORS.accent }, []),
      div({ display: "flex", flexDirection: "column", flexGrow: 1, padding: "56px 72px 52px 64px", color: COLORS.fg }, [
        div({ display: "flex", justifyContent: "space-between", alignItems: "baseline" }, header),
        div(
          {
            display: "flex",
            flexGrow: 1,
            alignItems: "center",
            fontSize: titleSize(title.length),
            fontWeight: 600,
            lineHeight: 1.15,
          },
          title,
        ),
        // The rule is its own 2 px box, not a border: satori draws borders through nested clip
        // paths, and resvg rasterizes each clip path into a full-size mask (a third of a card's
        // rendering time).
        div({ height: 2, flexShrink: 0, backgroundColor: COLORS.rule }, []),
        div({ display: "flex", paddingTop: 24, fontSize: 30, color: COLORS.muted }, card.meta),
      ]),
    ],
  );
}

/** The card as an SVG document (text drawn as outlines). */
export function renderCardSvg(card: CardContent, fonts: CardFonts): Promise<string> {
  return satori(cardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

/**
 * Rasterizes an SVG at its own size, or scaled to `width` pixels wide, over `background` when
 * given (transparent otherwise). No system fonts are loaded: cards carry their text as outlines.
 */
function rasterize(svg: string, options: { width?: number; background?: string } = {}) {
  return new Resvg(svg, {
    fitTo: options.width === undefined ? { mode: "original" } : { mode: "width", value: options.width },
    font: { loadSystemFonts: false },
    ...(options.background === undefined ? {} : { background: options.background }),
  }).render();
}

/** A card's SVG as RGBA pixels (exported for bench/cardTime.ts, which times each step). */
export function rasterizeCard(svg: string): { pixels: Uint8Array; width: number; height: number } {
  // No background: the card's own first rectangle paints it, and resvg would fill twice.
  const image = rasterize(svg);
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** The card as a 1200×630 PNG, through the fast encoder in ./png.ts. */
export async function renderCard(card: CardContent, fonts: CardFonts): Promise<Uint8Array> {
  const image = rasterizeCard(await renderCardSvg(card, fonts));
  return encodePng(image.pixels, image.width, image.height);
}

/** An SVG as PNG (resvg's encoder), at its own size or `width` wide, over `background` if given. */
export function svgToPng(svg: string, options: { width?: number; background?: string } = {}): Uint8Array {
  return new Uint8Array(rasterize(svg, options).asPng());
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
