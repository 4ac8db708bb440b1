import { describe, expect, it } from "vitest";
import { goldNames } from "./entityEval.ts";

describe("goldNames", () => {
  it("reads plain names and names marked with their register link", () => {
    const value = ["Senate", { name: "Ron Johnson", register: "none" }, { name: "CIA", register: "cia" }];
    expect(goldNames(value, "g")).toEqual([
      "Senate",
      { name: "Ron Johnson", register: null },
      { name: "CIA", register: "cia" },
    ]);
    expect(goldNames(undefined, "g")).toEqual([]);
  });
  it("says where a malformed entry is and what was expected", () => {
    expect(() => goldNames([{ name: "Ron Johnson" }], "gold.yaml: people")).toThrow(
      /gold\.yaml: people\[0\]: expected a name, or \{ name/u,
    );
  });
});
