import { describe, expect, it } from "vitest";
import { collectiveSubject } from "./collectiveVerb.ts";

/** Whether `name`, where `text` first writes it, is a plural verb's subject. */
const collective = (text: string, name: string) => {
  const start = text.indexOf(name);
  return collectiveSubject(text, start, start + name.length);
};

describe("collectiveSubject", () => {
  it("reads a one-word name before a plural verb as a body's", () => {
    expect(collective("Quillford have this morning paid the fee.", "Quillford")).toBe(true);
    expect(collective("The deal, which Quillford hope to announce today, is done.", "Quillford")).toBe(true);
    expect(collective("Quillford are top of the league.", "Quillford")).toBe(true);
  });

  it("reads no singular verb, infinitive, subjunctive or list", () => {
    expect(collective("Quillford has paid the fee.", "Quillford")).toBe(false);
    expect(collective("They let Quillford have the ball.", "Quillford")).toBe(false);
    expect(collective("Did Quillford have a choice?", "Quillford")).toBe(false);
    expect(collective("If Quillford were richer, they would pay.", "Quillford")).toBe(false);
    expect(collective("Ann and Quillford have left.", "Quillford")).toBe(false);
    expect(collective("The screen is small, and the Quill-Pads are attached.", "Quill-Pads")).toBe(false);
    expect(collective("Ann Quillford have left.", "Ann Quillford")).toBe(false);
  });
});
