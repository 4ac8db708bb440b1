import { describe, expect, it } from "vitest";
import { unnamedIntroduced } from "./unnamedBackReference.ts";

describe("unnamedIntroduced", () => {
  it("is the one unnamed person the text introduced with the same words", () => {
    expect(unnamedIntroduced("In that vein, one former adviser said he was certain of it.", "former adviser")).toBe(
      true,
    );
  });

  it("is no one sure when two were introduced, or the words were given to someone named", () => {
    expect(unnamedIntroduced("One former adviser said so. Another former adviser disagreed.", "former adviser")).toBe(
      false,
    );
    expect(unnamedIntroduced("One former adviser said so. Former adviser Jane Doe disagreed.", "former adviser")).toBe(
      false,
    );
    expect(unnamedIntroduced("One former adviser said so. Jane Doe, a former adviser, agreed.", "former adviser")).toBe(
      false,
    );
    expect(unnamedIntroduced("A senior aide said so.", "former adviser")).toBe(false);
  });
});
