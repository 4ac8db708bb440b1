import { describe, expect, it } from "vitest";
import { labelCase, STAMP_WORDS, UPDATE_WORDS } from "./stampLabels.ts";

describe("stamp labels", () => {
  it("matches a label capitalised or in capitals, never prose's lower case", () => {
    const label = new RegExp(`^(?:${labelCase(STAMP_WORDS)})$`, "u");
    expect(["Updated", "UPDATED", "Published", "POSTED"].every((word) => label.test(word))).toBe(true);
    expect(label.test("updated")).toBe(false);
  });

  it("lists the update label in the corpus's languages", () => {
    const update = new RegExp(`^(?:${UPDATE_WORDS.join("|")})$`, "iu");
    expect(["Last updated", "Mis à jour", "Actualizado", "aktualisiert"].every((word) => update.test(word))).toBe(true);
    expect(update.test("Published")).toBe(false);
  });
});
