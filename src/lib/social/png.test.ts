import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pngSize } from "./card.ts";
import { decodeOwnPng, encodePng } from "./png.ts";

/** The chunks of a PNG. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const bytes = Buffer.from(png);
  const out: { type: string; data: Buffer }[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    out.push({
      type: bytes.toString("ascii", offset + 4, offset + 8),
      data: bytes.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return out;
}
const data = (png: Uint8Array, type: string): Buffer =>
  chunks(png).find((c) => c.type === type)?.data ?? Buffer.alloc(0);

/** `count` distinct opaque colours, one a pixel, in a `count`×1 image. */
function distinctColours(count: number): Uint8Array {
  const rgba = new Uint8Array(count * 4);
  for (let i = 0; i < count; i += 1) rgba.set([i & 255, i >> 8, 7, 255], i * 4);
  return rgba;
}

describe("encodePng", () => {
  const width = 3;
  const height = 2;
  // Two rows alike but for the last pixel's alpha; one colour repeated.
  const rgba = new Uint8Array([
    255, 0, 0, 255, 0, 255, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 255, 4, 5, 6, 128,
  ]);
  const png = encodePng(rgba, width, height);

  it("writes a PNG of the right size", () => {
    expect(pngSize(png)).toEqual({ width, height });
    expect(chunks(png).map((c) => c.type)).toEqual(["IHDR", "PLTE", "tRNS", "IDAT", "IEND"]);
  });

  it("writes an image of at most 256 colours as 8-bit palette indices, each row unfiltered", () => {
    expect([data(png, "IHDR")[8], data(png, "IHDR")[9]]).toEqual([8, 3]);
    expect([...data(png, "PLTE")]).toEqual([255, 0, 0, 0, 255, 0, 4, 5, 6]);
    // Alphas up to the last colour that is not opaque.
    expect([...data(png, "tRNS")]).toEqual([255, 255, 128]);
    expect([...inflateSync(data(png, "IDAT"))]).toEqual([0, 0, 1, 0, 0, 0, 1, 2]);
  });

  it("writes no tRNS chunk for an opaque image", () => {
    const opaque = encodePng(distinctColours(256), 256, 1);
    expect(chunks(opaque).map((c) => c.type)).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
  });

  it("writes an image of more than 256 colours as 8-bit RGBA", () => {
    const many = distinctColours(257);
    const encoded = encodePng(many, 257, 1);
    expect([data(encoded, "IHDR")[8], data(encoded, "IHDR")[9]]).toEqual([8, 6]);
    expect([...inflateSync(data(encoded, "IDAT"))]).toEqual([0, ...many]);
  });

  it("loses nothing: every pixel decodes to the RGBA given, palette or not", () => {
    expect(decodeOwnPng(png)).toEqual({ rgba, width, height });
    const many = distinctColours(300);
    expect(decodeOwnPng(encodePng(many, 100, 3)).rgba).toEqual(many);
    // Pixels that do not start at a 4-byte boundary of their buffer.
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(decodeOwnPng(encodePng(shifted, width, height)).rgba).toEqual(rgba);
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng(new Uint8Array(5), 2, 2)).toThrow("expected 16 RGBA bytes, got 5");
  });
});
