import { describe, expect, it } from "vitest";
import { signatureName } from "./postSignature.ts";

const name = (text: string) => {
  const span = signatureName(text);
  return span && text.slice(span.start, span.end);
};

describe("signatureName", () => {
  it.each([
    ["— Robert Maguire (@RobertMaguire_) November 18, 2019", "Robert Maguire"],
    ["— Rep. Ilhan Omar (@Ilhan) November 19, 2019", "Rep. Ilhan Omar"],
    ["— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019", "Dianna E. Anderson"],
    ["– NASA (@NASA) May 2, 2024", "NASA"],
  ])("finds the author of %s", (line, author) => expect(name(line)).toBe(author));

  it.each([
    "Robert Maguire (@RobertMaguire_) said so", // no dash: a sentence, not a signature
    "— see the thread below",
    "The senator wrote — Jane Roe (@jroe) March 3, 2025", // the dash must open the line
  ])("finds none in %s", (line) => expect(signatureName(line)).toBeUndefined());
});
