import { describe, expect, it } from "vitest";
import { platformPrompted } from "./platformPrompts.ts";

/** Whether `name`'s first occurrence in `text` is prompted. */
const prompted = (text: string, name: string) => {
  const start = text.indexOf(name);
  return platformPrompted(text, { start, end: start + name.length });
};

describe("platformPrompted", () => {
  it.each([
    ["Send her a note or follow her on Twitter.", "Twitter"],
    ["Follow us at Twitter @deskdeals.", "Twitter"],
    ["For all our clips – Subscribe on YouTube!", "YouTube"],
    ["Find us on Instagram.", "Instagram"],
    ["Facebook:", "Facebook"],
  ])("reads %s as a prompt naming %s", (text, name) => expect(prompted(text, name)).toBe(true));

  it.each([
    ["The mayor turned to Twitter to describe the smog.", "Twitter"], // the platform the article tells of
    ["Twitter said it would follow the ruling.", "Twitter"],
    ["Fans follow her on tour to Paris.", "Paris"], // no platform
    ["Facebook: the company said it would appeal.", "Facebook"], // more than a label
  ])("reads %s as no prompt for %s", (text, name) => expect(prompted(text, name)).toBe(false));
});
