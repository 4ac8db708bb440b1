import { describe, expect, it } from "vitest";
import { knownMaker, makersProduct, writtenAsCompany } from "./productNames.ts";

const makers = new Set(["apple", "walmart", "ge", "browns"]);
const isPlace = (key: string) => ["canada", "mexico"].includes(key);
const product = (name: string) => makersProduct(name, makers, isPlace);

describe("makersProduct", () => {
  it("reads a company's name with a product's after it as the product", () => {
    expect(product("Apple CarPlay")).toBe(true);
    expect(product("Apple TV Plus")).toBe(true);
  });

  it("keeps a body's name, a division's, a branch's and a name of its own", () => {
    expect(product("Apple Holdings")).toBe(false);
    expect(product("GE Healthcare")).toBe(false);
    expect(product("Walmart Canada")).toBe(false);
    expect(product("Walmart de Mexico")).toBe(false);
    expect(product("Walmart & Sons")).toBe(false);
  });

  it("needs the company named alone, and a product's name short", () => {
    expect(product("Nissan Connect")).toBe(false);
    expect(product("Apple")).toBe(false);
    expect(product("Browns DL Sheldon Richardson")).toBe(false);
  });
});

describe("knownMaker", () => {
  it("gives the company a product's name opens on, when the lexicon knows the word as a firm's", () => {
    expect(knownMaker("Motorola Razr", isPlace)).toBe("Motorola");
    expect(knownMaker("Nintendo Switch", isPlace)).toBe("Nintendo");
  });

  it("gives none for a venue, a division, a branch, a firm's own longer name or a word the lexicon does not know", () => {
    expect(knownMaker("Nissan Stadium", isPlace)).toBeUndefined();
    expect(knownMaker("Disney World", isPlace)).toBeUndefined();
    expect(knownMaker("Sony Pictures", isPlace)).toBeUndefined();
    expect(knownMaker("Honda Canada", isPlace)).toBeUndefined();
    expect(knownMaker("Lenovo Group", isPlace)).toBeUndefined();
    expect(knownMaker("Blorvak Razr", isPlace)).toBeUndefined();
    expect(knownMaker("Motorola", isPlace)).toBeUndefined();
  });
});

describe("writtenAsCompany", () => {
  it("reads a name with a ticker, a company's role or its shares after it as a company's", () => {
    expect(writtenAsCompany("Investors bought Quill Arcade (QARC 1.20%) on Monday.", "Quill Arcade")).toBe(true);
    expect(writtenAsCompany("Quill Arcade (NASDAQ: QARC) rose.", "Quill Arcade")).toBe(true);
    expect(writtenAsCompany("Quill Arcade CEO Dana Pereira said so.", "Quill Arcade")).toBe(true);
    expect(writtenAsCompany("Quill Arcade shares fell.", "Quill Arcade")).toBe(true);
  });

  it("reads no company in a product's uses, a bare bracketed initialism, or a longer word", () => {
    expect(writtenAsCompany("The Quill Arcade console sold out.", "Quill Arcade")).toBe(false);
    expect(writtenAsCompany("Quill Arcade (QA) is a console.", "Quill Arcade")).toBe(false);
    expect(writtenAsCompany("Quill Arcades CEO Dana Pereira said so.", "Quill Arcade")).toBe(false);
  });
});
