import { describe, expect, it } from "vitest";
import { streamedWork } from "./streamedWorks.ts";

/** Whether `name`, where `text` first writes it, is a streamed work's title. */
const streamed = (text: string, name: string) => {
  const start = text.indexOf(name);
  return streamedWork(text, start, start + name.length);
};

describe("streamedWork", () => {
  it("reads the subject of a streaming or renting predicate as a work", () => {
    expect(streamed("Quill Road Home is currently streaming on Vellflix.", "Quill Road Home")).toBe(true);
    expect(streamed("“Orla Brenn” is available to digitally rent on two stores.", "Orla Brenn")).toBe(true);
  });

  it("reads no other place in the sentence, nor another predicate", () => {
    expect(streamed("The film is currently streaming on Vellflix.", "Vellflix")).toBe(false);
    expect(streamed("Orla Brenn said the film is streaming on Vellflix.", "Orla Brenn")).toBe(false);
    expect(streamed("Orla Brenn is available for comment.", "Orla Brenn")).toBe(false);
  });
});
