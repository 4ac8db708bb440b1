import { describe, expect, it } from "vitest";
import { codeOrKindName } from "./codeNames.ts";

/** Whether `word`'s first use in `text` is read as code or a kind of thing. */
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return codeOrKindName(text, { start, end: start + word.length });
};

describe("codeOrKindName", () => {
  it("reads a file's name, a call and a dotted identifier's segment as code", () => {
    expect(at("The app keeps its settings in WidgetConfig.xml on the phone.", "WidgetConfig")).toBe(true);
    expect(at("It then calls new FooHandler(function () {}) to hook it.", "FooHandler")).toBe(true);
    expect(at("Detected as Trojan/Agent.QRX!tr by the scanner.", "QRX")).toBe(true);
  });

  it("reads an item of a list of features or tools as a kind of thing", () => {
    const text = "You also get features such as Team Sync, Vault Keys and Guest Login.";
    expect(at(text, "Team Sync")).toBe(true);
    expect(at(text, "Guest Login")).toBe(true);
    expect(at("It will support things like Docker and FUSE.", "FUSE")).toBe(true);
  });

  it("reads a made thing's name as given by 'called'", () => {
    expect(at("He called it Zoomr and built a search engine called Findly on it.", "Zoomr")).toBe(true);
    expect(at("He called it Zoomr and built a search engine called Findly on it.", "Findly")).toBe(true);
    expect(at("She founded a startup called Zentrix in 2010.", "Zentrix")).toBe(false);
  });

  it("leaves a web address's name, glued sentences, and lists of bodies alone", () => {
    expect(at("She bought it on Amazon.com last week.", "Amazon")).toBe(false);
    expect(at("The plant will close, it said.Reuters reported the plan first.", "Reuters")).toBe(false);
    expect(at("Companies such as Acme and Globex signed the pledge.", "Globex")).toBe(false);
    expect(at("The U.S. Navy said it would help.", "Navy")).toBe(false);
  });
});
