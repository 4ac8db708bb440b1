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

  it("is the one introduced with more words around the same head: a modifier, where they are from", () => {
    expect(unnamedIntroduced("A Republican lobbyist in Reno said so.", "lobbyist")).toBe(true);
    expect(unnamedIntroduced("One veteran county official told us so.", "official")).toBe(true);
  });

  it("is still no one sure when two such were introduced or a named one has the words", () => {
    expect(unnamedIntroduced("A Republican lobbyist said so. A Democratic lobbyist disagreed.", "lobbyist")).toBe(
      false,
    );
    expect(unnamedIntroduced("A lobbyist in Reno said so. Another local lobbyist disagreed.", "lobbyist")).toBe(false);
    expect(unnamedIntroduced("A lobbyist in Reno said so. Jane Doe, a veteran lobbyist, agreed.", "lobbyist")).toBe(
      false,
    );
    expect(unnamedIntroduced("A lobbyist in Reno said so. A rival lobbyist, Jane Doe, agreed.", "lobbyist")).toBe(
      false,
    );
  });

  it("is no one sure when the introduction said more and a person was named since", () => {
    const namesSomeone = (text: string) => /Dana Whitlow/u.test(text);
    expect(unnamedIntroduced("A lobbyist in Reno said so. Dana Whitlow agreed.", "lobbyist", namesSomeone)).toBe(false);
    expect(unnamedIntroduced("A lobbyist said so. Dana Whitlow agreed.", "lobbyist", namesSomeone)).toBe(true);
  });
});
