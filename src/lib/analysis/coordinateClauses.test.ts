import { describe, expect, it } from "vitest";
import { splitCoordinates } from "./coordinateClauses.ts";

const long = (clause: string) => clause.split(/\s+/u).length >= 4;

describe("splitCoordinates", () => {
  it("splits two facts joined by a semicolon or by while", () => {
    expect(
      splitCoordinates(
        "The administration has transferred a strip of land to the military while authorizing troops to detain immigrants.",
        long,
      ),
    ).toEqual([
      "The administration has transferred a strip of land to the military",
      "authorizing troops to detain immigrants.",
    ]);
    expect(
      splitCoordinates("Mexico sent 10,000 troops to the border; the tariffs were paused for a month.", long),
    ).toEqual(["Mexico sent 10,000 troops to the border", "the tariffs were paused for a month."]);
  });

  it("keeps a part too thin to report a fact with its neighbour, and a comma before and whole", () => {
    const thin = "Sheinbaum stressed the need for cooperation while rejecting intervention.";
    expect(splitCoordinates(thin, long)).toEqual([thin]);
    const list = "Officials discussed tariffs on steel, and the flow of fentanyl across the border.";
    expect(splitCoordinates(list, long)).toEqual([list]);
  });
});
