import { describe, expect, it } from "vitest";
import { stripAccents } from "./fold.ts";

describe("stripAccents", () => {
  it("removes accents and keeps case and other characters", () => {
    expect(stripAccents("Andrés Manuel López Obrador")).toBe("Andres Manuel Lopez Obrador");
    expect(stripAccents("Peña Nieto, Ñuñoa, façade")).toBe("Pena Nieto, Nunoa, facade");
    expect(stripAccents("U.S. Coast Guard’s")).toBe("U.S. Coast Guard’s");
  });

  it("folds precomposed and decomposed forms alike", () => {
    expect(stripAccents("Jose\u0301")).toBe(stripAccents("José"));
  });

  it("leaves every ASCII character as NFKD folding would (the fast path skips it)", () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");
    expect(stripAccents(ascii)).toBe(ascii.normalize("NFKD").replace(/\p{M}+/gu, ""));
  });
});
