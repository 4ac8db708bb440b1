import { describe, expect, it } from "vitest";
import { isCreditedNames } from "./creditedNames.ts";

describe("isCreditedNames", () => {
  it.each([
    "[Marta Quill]",
    "\\[Teodor Varga-Lind]",
    "[Ana Da Costa Reyes]",
    "[Lou O’Barr]",
    "Quill, M., Varga, T., Lund, P., and R. Osei.",
    "Brandt, K., and D. Ilves.",
    "Osei, R. A., Lund, P.",
    "Quill M, Varga T, Osei RA.",
    "Quill M, Varga T, Osei RA, et al.",
    "Marta Quill\nWalnut Grove", // a letter's signature: the writer over her town
    "Teodor Q. Varga\nElm Falls, Ore.",
  ])("reads %s as a credit", (text) => expect(isCreditedNames(text)).toBe(true));

  it.each([
    "[Marta Quill] was not there.", // a sentence goes on after it
    "Marta Quill said so.",
    "[sic]",
    "[Laughter]", // one word: a transcript's note
    "Quill, the mayor, said no.",
    "Varga, T., the tenant, said no.",
    "Lund, Osei and Quill met.",
    "Brandt, Ilves, Varga.", // surnames without initials say nothing of a citation
    "Marta Quill\nWalnut Grove\nOregon", // three lines: an address, not a signature
    "Marta Quill met the mayor.\nWalnut Grove", // a sentence, not a name, on the first line
    "Marta Quill\nwalked home.", // the second line is no town
    "Quill\nWalnut Grove", // one word is no signed name
  ])("reads %s as no credit", (text) => expect(isCreditedNames(text)).toBe(false));
});
