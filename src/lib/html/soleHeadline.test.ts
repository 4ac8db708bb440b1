/** The page's one headline-length h1 on the declared title's subject, when the titles word it otherwise. */
import { describe, expect, it } from "vitest";
import { soleHeadline } from "./soleHeadline.ts";

describe("soleHeadline", () => {
  it("takes the one long h1 that shares the declared title's subject", () => {
    expect(
      soleHeadline(
        ["Harbor", "The Charming Reason Your Chat App Can Chime “Falafel” at You"],
        ["Why Does the Chat App Say Falafel?"],
      ),
    ).toBe("The Charming Reason Your Chat App Can Chime “Falafel” at You");
  });
  it("counts a word and its plural as one word of substance", () => {
    const h1 = "The Quiet Power Of A Neighbourly Favour";
    expect(soleHeadline([h1], ["9 Favours To Ask A Neighbour, And Why They Have Such Power"])).toBe(h1);
  });
  it("takes no h1 that shares fewer than two of the title's words of substance", () => {
    expect(soleHeadline(["Thoughts on software, design and everything else"], ["Why the app says falafel"])).toBe(
      undefined,
    );
  });
  it("takes none when several long h1s stand on the page, or the only h1 is a label", () => {
    expect(
      soleHeadline(
        ["Harbor council votes to close the old pier", "Harbor pier closure splits the council"],
        ["Council votes on Harbor pier"],
      ),
    ).toBeUndefined();
    expect(soleHeadline(["Harbor Post"], ["Harbor Post pier vote"])).toBeUndefined();
  });
});
