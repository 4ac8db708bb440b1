import { describe, expect, it } from "vitest";
import { roomInBuilding } from "./roomInBuilding.ts";

const at = (text: string, name: string) => roomInBuilding(text, text.indexOf(name));

describe("roomInBuilding", () => {
  it("reads a body's name after a room and a preposition of place as the building", () => {
    expect(at("The prisoner was kept in a windowless cell beneath the Pentagon for a week.", "Pentagon")).toBe(true);
    expect(at("Reporters waited in the basement corridors inside the Kremlin.", "Kremlin")).toBe(true);
    expect(at("A spare conference room in the Treasury held the files.", "Treasury")).toBe(true);
  });

  it("leaves the body where no room stands before it, or the room is a workplace", () => {
    expect(at("Officials in the Pentagon declined to comment.", "Pentagon")).toBe(false);
    expect(at("She took an office in the Pentagon last spring.", "Pentagon")).toBe(false);
    expect(at("The cell phone policy of the Pentagon changed.", "Pentagon")).toBe(false);
    expect(at("Groups of cellists played in the Kremlin.", "Kremlin")).toBe(false);
  });
});
