import { describe, expect, it } from "vitest";
import { relayedWords } from "./relayedWords.ts";

const sourceOf = (text: string) => relayedWords(text)?.source?.text;

describe("relayedWords: words passed on, not said", () => {
  it("finds the one quoted, read from, remembered or reported as speaking", () => {
    expect(sourceOf("Ruiz quoted her predecessor, Tom Vale, as saying ")).toBe("her predecessor, Tom Vale");
    expect(sourceOf("Ruiz, reading from a letter written by a resident, said: ")).toBe("a resident");
    expect(sourceOf("Ruiz recalled her father telling her: ")).toBe("her father");
    expect(sourceOf("Brenner told the court that Vale had threatened him: ")).toBe("Vale");
  });

  it("knows a relay that names no source", () => {
    expect(relayedWords("Arden read from one message: ")).toEqual({});
    expect(relayedWords("Ruiz cited a line from the old charter: ")).toEqual({});
    expect(relayedWords("Ruiz repeated the union's slogan: ")).toBeDefined();
  });

  it("leaves the subject's own words alone", () => {
    expect(relayedWords("Ruiz said: ")).toBeUndefined();
    expect(relayedWords("Ruiz, who read the report, said: ")).toBeUndefined();
    expect(relayedWords("Ruiz was quoted by CNN as saying ")).toBeUndefined();
    expect(relayedWords("Ruiz told reporters that the plan was ")).toBeUndefined();
  });
});

describe("relayedWords: cited, quoted and repeated words", () => {
  it("finds another's words cited, quoted or repeated, with their owner's name", () => {
    expect(sourceOf("Ferro quoted Murtagh's warning from Sunday night — ")).toBe("Murtagh");
    expect(sourceOf("Ruiz repeated Brenner's words back to him: ")).toBe("Brenner");
    expect(relayedWords("Ruiz repeated the union's slogan: ")).toEqual({});
  });
  it("leaves the subject's own words repeated, and a passive quoted, alone", () => {
    expect(relayedWords("Ferro repeated his promise: ")).toBeUndefined();
    expect(relayedWords("Ferro repeated the warning: ")).toBeUndefined();
    expect(relayedWords("Ruiz was quoted in a statement as saying ")).toBeUndefined();
    expect(relayedWords("Ruiz, quoted in a statement as saying ")).toBeUndefined();
  });
});
