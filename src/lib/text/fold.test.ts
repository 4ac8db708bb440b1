import { describe, expect, it } from "vitest";
import { foldedWords, stripAccents } from "./fold.ts";

/** What NFKD folding gives for `text`, with no shortcut. */
const throughNfkd = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "");

describe("stripAccents", () => {
  it("removes accents and keeps case and other characters", () => {
    expect(stripAccents("Andrés Manuel López Obrador")).toBe("Andres Manuel Lopez Obrador");
    expect(stripAccents("Peña Nieto, Ñuñoa, façade")).toBe("Pena Nieto, Nunoa, facade");
    expect(stripAccents("U.S. Coast Guard’s")).toBe("U.S. Coast Guard’s");
  });

  it("folds precomposed and decomposed forms alike", () => {
    expect(stripAccents("Jose\u0301")).toBe(stripAccents("José"));
  });

  it("leaves ASCII, curly quotes and dashes as NFKD folding would (the fast path skips it)", () => {
    const plain = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), "‘’“”–—"].join("");
    expect(stripAccents(plain)).toBe(throughNfkd(plain));
  });

  it("still folds an ellipsis or an accent beside those marks", () => {
    expect(stripAccents("“Señora Müller’s café…” — she said")).toBe(throughNfkd("“Señora Müller’s café…” — she said"));
    expect(stripAccents("café…")).toBe("cafe...");
  });
});

describe("foldedWords", () => {
  it("folds case, accents and curly apostrophes", () => {
    expect(foldedWords("“We’re not leaving,” said José Peña.")).toEqual([
      "we're",
      "not",
      "leaving",
      "said",
      "jose",
      "pena",
    ]);
  });

  it("splits at every mark but an apostrophe", () => {
    expect(foldedWords("Don’t stop—ever… (really)")).toEqual(["don't", "stop", "ever", "really"]);
  });
});
