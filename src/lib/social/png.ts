/**
 * A minimal, fast, lossless PNG encoder for social cards: rows unfiltered, one IDAT chunk, zlib
 * level 3. A card is flat colour and anti-aliased text in a few colours (under a hundred
 * distinct ones), so it is written as an 8-bit palette image: one byte a pixel instead of four,
 * which makes deflate's input a quarter the size, the file about half and the encoding faster,
 * with every pixel the same as the RGBA it came from. An image of more than 256 colours is
 * written as 8-bit RGBA. Row filters gain little on such images, so each row is stored as is.
 */
import { crc32, deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib level: 3 is about as small as 6 on these images at a third of the time. */
const LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Open-addressing table size for the palette lookup: a power of two well above 256 entries. */
const SLOTS = 1024;

/**
 * The image as palette indices, each row led by its filter byte (0, none), and the palette's
 * colours as the offsets of their first pixel in `rgba`; undefined past 256 colours. A pixel's
 * four bytes are read as one 32-bit word (any byte order: the word is only compared), and the
 * lookup runs only when a pixel differs from the one before, a few percent of a card's pixels.
 */
function paletteIndices(
  rgba: Uint8Array,
  width: number,
  height: number,
): { indices: Uint8Array; firstPixel: number[] } | undefined {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const buffer = Buffer.from(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  const slotWord = new Int32Array(SLOTS);
  const slotIndex = new Int16Array(SLOTS).fill(-1);
  const firstPixel: number[] = [];
  const indices = new Uint8Array((width + 1) * height);
  let last = 0;
  let lastIndex = -1;
  let out = 0;
  let pixel = 0;
  const rowBytes = width * 4;
  for (let y = 0; y < height; y += 1) {
    out += 1; // the row's filter byte, 0
    // A row like the one above (most of a card's: margins, the blank around the text) takes its indices.
    if (y > 0 && buffer.compare(buffer, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) {
      indices.copyWithin(out, out - width - 1, out - 1);
      out += width;
      pixel += width;
      continue;
    }
    for (let x = 0; x < width; x += 1, pixel += 1, out += 1) {
      const word = words[pixel] as number;
      if (word !== last || lastIndex < 0) {
        let slot = Math.imul(word, 0x9e3779b1) >>> 22; // a multiplicative hash to 10 bits (SLOTS)
        while (slotIndex[slot] !== -1 && slotWord[slot] !== word) slot = (slot + 1) & (SLOTS - 1);
        if (slotIndex[slot] === -1) {
          if (firstPixel.length === 256) return undefined;
          slotWord[slot] = word;
          slotIndex[slot] = firstPixel.length;
          firstPixel.push(pixel * 4);
        }
        last = word;
        lastIndex = slotIndex[slot] as number;
      }
      indices[out] = lastIndex;
    }
  }
  return { indices, firstPixel };
}

function header(width: number, height: number, colourType: 3 | 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colourType; // 3: palette indices; 6: truecolour with alpha (RGBA)
  // compression, filter and interlace methods stay 0 (the only standard ones; no interlace).
  return data;
}

/** Rows of RGBA, each led by its filter byte (0, none). */
function rgbaRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const rowBytes = width * 4;
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) raw.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  return raw;
}

/** PNG bytes for `width`×`height` pixels given as RGBA (straight, not premultiplied), row by row. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4)
    throw new Error(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  const palette = paletteIndices(rgba, width, height);
  const chunks: Buffer[] = [SIGNATURE];
  if (palette) {
    const colours = Buffer.alloc(palette.firstPixel.length * 3);
    const alphas = Buffer.alloc(palette.firstPixel.length);
    palette.firstPixel.forEach((offset, index) => {
      colours.set(rgba.subarray(offset, offset + 3), index * 3);
      alphas[index] = rgba[offset + 3] as number;
    });
    // tRNS lists alphas up to the last colour that is not opaque; an opaque image has none.
    let transparent = alphas.length;
    while (transparent > 0 && alphas[transparent - 1] === 255) transparent -= 1;
    chunks.push(chunk("IHDR", header(width, height, 3)), chunk("PLTE", colours));
    if (transparent > 0) chunks.push(chunk("tRNS", alphas.subarray(0, transparent)));
    chunks.push(chunk("IDAT", deflateSync(palette.indices, { level: LEVEL })));
  } else {
    chunks.push(
      chunk("IHDR", header(width, height, 6)),
      chunk("IDAT", deflateSync(rgbaRows(rgba, width, height), { level: LEVEL })),
    );
  }
  chunks.push(chunk("IEND", new Uint8Array()));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The RGBA pixels of a PNG this module wrote (8-bit palette or RGBA, unfiltered rows, one IDAT
 * chunk): for tests and the card benchmark, which check that encoding loses nothing.
 */
export function decodeOwnPng(png: Uint8Array): { rgba: Uint8Array; width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const parts = new Map<string, Buffer>();
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    parts.set(bytes.toString("ascii", offset + 4, offset + 8), bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const ihdr = parts.get("IHDR") ?? Buffer.alloc(13);
  const [width, height, colourType] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[9]];
  const rows = inflateSync(parts.get("IDAT") ?? Buffer.alloc(0));
  const rgba = new Uint8Array(width * height * 4);
  const palette = parts.get("PLTE") ?? Buffer.alloc(0);
  const alphas = parts.get("tRNS") ?? Buffer.alloc(0);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const target = (y * width + x) * 4;
      if (colourType === 3) {
        const index = rows[y * (width + 1) + 1 + x] as number;
        rgba.set(palette.subarray(index * 3, index * 3 + 3), target);
        rgba[target + 3] = alphas[index] ?? 255;
      } else {
        const source = y * (width * 4 + 1) + 1 + x * 4;
        rgba.set(rows.subarray(source, source + 4), target);
      }
    }
  return { rgba, width, height };
}
