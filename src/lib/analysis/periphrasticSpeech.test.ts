import { describe, expect, it } from "vitest";
import { finiteSpeech } from "./periphrasticSpeech.ts";

describe("finiteSpeech", () => {
  it("reads “went on to <verb of speech>” as the verb's past tense, keeping the length", () => {
    const text = "Reyes went on to assert Marlow ";
    const out = finiteSpeech(text);
    expect(out).toBe("Reyes asserted          Marlow ");
    expect(out).toHaveLength(text.length);
    expect(finiteSpeech("She went on to say that")).toBe("She said           that");
  });

  it("leaves a deed, and a verb that may name one, as written", () => {
    expect(finiteSpeech("Reyes went on to win the seat")).toBe("Reyes went on to win the seat");
    expect(finiteSpeech("Reyes went on to claim the title")).toBe("Reyes went on to claim the title");
    expect(finiteSpeech("Reyes went on to sayings")).toBe("Reyes went on to sayings");
  });
});
