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
