import { describe, expect, it } from "vitest";
import { sharedSurnamePartner } from "./sharedSurname.ts";

describe("a given name joined to a full name that shares its surname", () => {
  it("gives the first person the full name's surname", () => {
    expect(sharedSurnamePartner("Ashley and ", "Tyson Gardner")).toBe("Ashley Gardner");
    expect(sharedSurnamePartner("Parents Maria and ", "Tom Baxter")).toBe("Maria Baxter");
  });

  it("names no one more for a body, a place, a surname or a second given name", () => {
    expect(sharedSurnamePartner("Apple and ", "Tim Cook")).toBeUndefined();
    expect(sharedSurnamePartner("Virginia and ", "Tom Baxter")).toBeUndefined();
    expect(sharedSurnamePartner("Ana Ruiz and ", "Tom Baxter")).toBeUndefined();
    expect(sharedSurnamePartner("Then Mary Grace and ", "Tom Baxter")).toBeUndefined();
    expect(sharedSurnamePartner("Ashley and ", "Gardner")).toBeUndefined();
  });
});
