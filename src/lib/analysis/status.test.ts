import { describe, expect, it } from "vitest";
import { STATUS_PHRASE, statusBefore } from "./status.ts";

const at = (sentence: string, word: string) => statusBefore(sentence, sentence.indexOf(word));

describe("statusBefore", () => {
  it("reads deliberation, plans and completed acts", () => {
    expect(at("The council is considering closing the bridge to trucks.", "bridge")).toBe("considering");
    expect(at("The council signed an order with plans to close the bridge.", "bridge")).toBe("planned");
    expect(at("The council signed an order closing the bridge.", "bridge")).toBe("done");
    expect(at("The council has begun closing the bridge at night.", "bridge")).toBe("done");
  });

  it("gives no status without an explicit marker (future tense included)", () => {
    expect(at("The council will close the bridge.", "bridge")).toBeUndefined();
    expect(at("The bridge is set to close in May.", "close")).toBeUndefined();
  });
});

describe("STATUS_PHRASE", () => {
  it("reads on its own: no marker fragment ending in an article or an auxiliary", () => {
    for (const phrase of Object.values(STATUS_PHRASE)) expect(phrase).not.toMatch(/\b(?:an?|the|is|are|has|to)$/u);
  });
});
