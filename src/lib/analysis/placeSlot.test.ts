import { describe, expect, it } from "vitest";
import { placeSlot } from "./placeSlot.ts";

const at = (text: string, name: string) => placeSlot(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("placeSlot", () => {
  it("is a name after a locative preposition or a settlement's noun", () => {
    expect(at("She will be honoured at a gala in Carla Springs on May 4.", "Carla Springs")).toBe(true);
    expect(at("He told a reporter in Omar Dunes that the road was shut.", "Omar Dunes")).toBe(true);
    expect(at("Six tourists fell ill in the riverside town Dana Vale.", "Dana Vale")).toBe(true);
    expect(at("The plant near Rosa Creek closed.", "Rosa Creek")).toBe(true);
  });

  it("is not an owner after 'in', a person 'in' governs, or a name elsewhere", () => {
    expect(at("In Ana Ruiz's view the plan failed.", "Ana Ruiz")).toBe(false);
    expect(at("Voters lost faith in Ana Ruiz after the vote.", "Ana Ruiz")).toBe(false);
    expect(at("He starred in Ana Ruiz opposite a newcomer.", "Ana Ruiz")).toBe(false);
    expect(at("Ana Ruiz said the road was shut.", "Ana Ruiz")).toBe(false);
    expect(at("The town clerk Ana Ruiz said so.", "Ana Ruiz")).toBe(false);
  });
});
