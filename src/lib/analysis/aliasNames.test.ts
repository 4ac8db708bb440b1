import { describe, expect, it } from "vitest";
import { aliasAfterName } from "./aliasNames.ts";

describe("aliasAfterName", () => {
  it("reads one capitalised word after 'aka', 'a.k.a.' or 'also known as', quoted or not", () => {
    expect(aliasAfterName(" aka “Marlow”, the author of the post.")).toBe("Marlow");
    expect(aliasAfterName(", also known as Nana, runs the shop.")).toBe("Nana");
    expect(aliasAfterName(" a.k.a. Redbeard.")).toBe("Redbeard");
  });

  it("reads no alias of several words, in lower case, with an unclosed mark, or without the words", () => {
    expect(aliasAfterName(" aka Lady Marlow, the singer")).toBeUndefined();
    expect(aliasAfterName(" aka the baker of Elm Street")).toBeUndefined();
    expect(aliasAfterName(" aka “Marlow Jones”")).toBeUndefined();
    expect(aliasAfterName(", who goes by Marlow")).toBeUndefined();
  });
});
