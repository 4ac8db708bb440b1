/**
 * `node bench/cardTime.ts [--cards N] [--seed S]` (with `node --cpu-prof` for a profile).
 *
 * Times social cards on this thread, part by part, on the benchmark's synthetic articles'
 * headlines (bench/corpus.ts, normalized as ingest would): the layout to SVG (satori), the
 * rasterizing (resvg) and the PNG encoding, each in CPU milliseconds a card, plus the PNG's
 * bytes a card; every PNG is decoded again and checked against the pixels. Prints one JSON line, with a digest of every card's pixels and one of every
 * card's PNG bytes: a speed change that keeps the pixels keeps the first, one that keeps the
 * files keeps both.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { articleCard, rasterizeCard, renderCardSvg } from "#lib/social/card.ts";
import { loadCardFonts } from "#lib/social/fonts.ts";
import { decodeOwnPng, encodePng } from "#lib/social/png.ts";
import { SITE_NAME } from "#data/site.ts";
import { generateCorpus } from "./corpus.ts";
import { readVocabulary } from "./vocabulary.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { cards: { type: "string", default: "100" }, seed: { type: "string", default: "1" } },
});

const cards = generateCorpus(Number(values.cards), readVocabulary(root), Number(values.seed)).flatMap((raw) => {
  const result = normalizeSource(raw.text, { fileName: raw.name });
  if (!result.ok) return [];
  const { title, published } = result.frontmatter;
  return [articleCard({ title, published, outlet: "Reuters" }, SITE_NAME)];
});

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const fonts = loadCardFonts(root);
const spent = { layout: 0, raster: 0, encode: 0 };
let bytes = 0;
const pixels = createHash("sha256");
const files = createHash("sha256");
for (const card of cards) {
  let start = cpuMs();
  const svg = await renderCardSvg(card, fonts);
  spent.layout += cpuMs() - start;
  start = cpuMs();
  const image = rasterizeCard(svg);
  spent.raster += cpuMs() - start;
  start = cpuMs();
  const png = encodePng(image.pixels, image.width, image.height);
  spent.encode += cpuMs() - start;
  bytes += png.length;
  if (!Buffer.from(decodeOwnPng(png).rgba).equals(Buffer.from(image.pixels)))
    throw new Error(`card ${card.title}: the PNG does not decode to the pixels drawn`);
  pixels.update(image.pixels);
  files.update(png);
}
const perCard = (ms: number) => Math.round((ms / cards.length) * 100) / 100;
console.log(
  JSON.stringify({
    cards: cards.length,
    msPerCard: {
      layout: perCard(spent.layout),
      raster: perCard(spent.raster),
      encode: perCard(spent.encode),
      all: perCard(spent.layout + spent.raster + spent.encode),
    },
    bytesPerCard: Math.round(bytes / cards.length),
    pixels: pixels.digest("hex").slice(0, 16),
    files: files.digest("hex").slice(0, 16),
  }),
);
