import { describe, expect, it } from "vitest";
import { bodilessInitialisms, shownAsBody, shownAsThing } from "./bodyInitialisms.ts";

/** Whether `word`'s first use in `text` is shown as a body (or a thing, with `read`). */
const at = (text: string, word: string, read = shownAsBody) => {
  const start = text.indexOf(word);
  return read(text, start, start + word.length);
};

describe("shownAsBody", () => {
  it("reads a body where it speaks, acts, has people or owns", () => {
    expect(at("The QRX said on Monday it would appeal.", "QRX")).toBe(true);
    expect(at("Two QRX agents searched the flat.", "QRX")).toBe(true);
    expect(at("A QRX planetary scientist led the study.", "QRX")).toBe(true);
    expect(at("The QRX's offices closed early.", "QRX")).toBe(true);
    expect(at("She was president of QRX until May.", "QRX")).toBe(true);
  });

  it("reads a body where someone works at it, deals with it, or a body's noun names it", () => {
    expect(at("She worked at QRX for a decade.", "QRX")).toBe(true);
    expect(at("He gave an interview to the QRX in June.", "QRX")).toBe(true);
    expect(at("Dana Vole told local affiliate KQRX.", "KQRX")).toBe(true);
    expect(at("the state regulator, the QRX, refused", "QRX")).toBe(true);
    expect(at("It named ZVB and Orvell Bank as partners.", "ZVB")).toBe(true);
  });

  it("reads no body in a thing's use", () => {
    expect(at("Open the QRX page in a browser.", "QRX")).toBe(false);
    expect(at("It supports QRX, ZVT and JPLX files.", "QRX")).toBe(false);
    expect(at("QRX developers like it.", "QRX")).toBe(false);
  });
});

describe("shownAsThing", () => {
  it("reads a thing before a number, as a counted noun or listed beside an initialism", () => {
    expect(at("Ask for QRX 978-0-11.", "QRX", shownAsThing)).toBe(true);
    expect(at("You need an QRX.", "QRX", shownAsThing)).toBe(true);
    expect(at("It supports QRX, ZVT and JPLX files.", "QRX", shownAsThing)).toBe(true);
    expect(at("It fined the QRX test lab.", "QRX", shownAsThing)).toBe(false);
  });

  it("reads a thing before a noun of what a format or a signal makes, and as a kind of thing", () => {
    expect(at("The site loads six QRX files.", "QRX", shownAsThing)).toBe(true);
    expect(at("It runs on the 2.4GHz QRX band.", "QRX", shownAsThing)).toBe(true);
    expect(at("What kind of QRX is that?", "QRX", shownAsThing)).toBe(true);
    expect(at("What kind of QRX agent is that?", "QRX", shownAsThing)).toBe(false);
    expect(at("The QRX filed suit.", "QRX", shownAsThing)).toBe(false);
  });
});

describe("bodilessInitialisms", () => {
  it("keeps an initialism shown as a thing and never as a body", () => {
    expect(bodilessInitialisms(["The page is written in QRX, ZVT and JPLX.", "Browsers read QRX well."])).toEqual(
      new Set(["qrx", "zvt", "jplx"]),
    );
  });

  it("leaves out one the article also shows as a body, one never shown as a thing, and one the lexicon knows", () => {
    expect(bodilessInitialisms(["It supports QRX, ZVT and JPLX files.", "The QRX said it would not comment."])).toEqual(
      new Set(["zvt", "jplx"]),
    );
    expect(bodilessInitialisms(["The cars met the QRX test."])).toEqual(new Set());
    expect(bodilessInitialisms(["Fans of NASA, HTML and CSS."])).toEqual(new Set(["html", "css"]));
  });
});

describe("bodilessInitialisms and counted things", () => {
  it("reads an initialism as a thing where the article writes its plural", () => {
    expect([...bodilessInitialisms(["The QRX box records two shows.", "Many homes now have two QRXs."])]).toEqual([
      "qrx",
    ]);
  });

  it("reads one counted by 'per' or 'each', or before a connector's noun, as a thing", () => {
    expect(at("It stores up to 1TB per QRX.", "QRX", shownAsThing)).toBe(true);
    expect(at("The tablet has QRX output for a projector.", "QRX", shownAsThing)).toBe(true);
    expect(at("Tune the server for QRX traffic.", "QRX", shownAsThing)).toBe(true);
    expect(at("The QRX said on Monday it would appeal.", "QRX", shownAsThing)).toBe(false);
  });
});
