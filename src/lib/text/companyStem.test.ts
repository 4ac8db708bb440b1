import { describe, expect, it } from "vitest";
import { companyStem } from "./companyStem.ts";
import { nameKey } from "./tokens.ts";

describe("companyStem", () => {
  it("takes a legal form or a web address's ending off a company's name", () => {
    expect(companyStem(nameKey("Sierra Nevada Corporation"))).toBe("sierra nevada");
    expect(companyStem(nameKey("Quillbox.com"))).toBe("quillbox");
    expect(companyStem(nameKey("Quillbox.com, Inc."))).toBe("quillbox");
  });

  it("leaves a name with no such ending, and never takes the whole name", () => {
    expect(companyStem(nameKey("Quillbox"))).toBeUndefined();
    expect(companyStem(nameKey("Group"))).toBeUndefined();
    expect(companyStem(nameKey("Com"))).toBeUndefined();
  });
});
