import { describe, expect, it } from "vitest";
import { fillsQuotation } from "./quotedName.ts";

const at = (text: string, name: string) => fillsQuotation(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("fillsQuotation", () => {
  it("is a name alone inside double quotation marks, straight or curly, a closing comma or stop inside", () => {
    expect(at("The studio announced “Harbor Quest Run,” its first phone game.", "Harbor Quest Run")).toBe(true);
    expect(at('The studio announced "Harbor Quest Run," its first phone game.', "Harbor Quest Run")).toBe(true);
    expect(at("Fans still ride “Captain Orla” every summer.", "Captain Orla")).toBe(true);
    expect(at("The mayor calls his rival “Little Tobin.”", "Little Tobin")).toBe(true);
  });

  it("is a name after a title's article inside the marks: no person's name takes one", () => {
    expect(at("His reports became the film “The Fall of Dorian Pike.”", "Fall of Dorian Pike")).toBe(true);
    expect(at("She said “the Dorian Pike I knew” was kind.", "Dorian Pike")).toBe(false);
  });

  it("is not a name inside a longer quotation, nor one without marks", () => {
    expect(at("“Dorian Pike called me on Sunday,” she said.", "Dorian Pike")).toBe(false);
    expect(at("She said it was “a gift from Dorian Pike.”", "Dorian Pike")).toBe(false);
    expect(at("Dorian Pike spoke on Sunday.", "Dorian Pike")).toBe(false);
    expect(at("The word ‘Dorian Pike’ in single marks is an aside.", "Dorian Pike")).toBe(false);
  });
});
