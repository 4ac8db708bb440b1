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

describe("isCreditedNames and a cited work's reference line", () => {
  it.each([
    "More information: T. Varga et al. Sleep in Orbit: A Survey of Crew Habits, Journal of Flight Medicine (2021). DOI: 10.1234/jfm.2021.0042",
    "Journal reference: Marta Quill et al. Kelp forests and winter storms, Coastal Ecology Letters",
    "[3] Night shifts and error rates in wards, Osei RA, Lund K. Ward Nurs Rev. 2018 Mar;14(2):101-9.",
    "DOI: 10.5555/abc-2019-77",
    "Source: Quill M, Varga T, Osei RA et al. Noise near schools. Urban Health 2020;7:e311.",
  ])("reads %s as a credit", (text) => expect(isCreditedNames(text)).toBe(true));

  it.each([
    "Quill et al. found that the kelp grew back, the mayor said.", // prose about the researchers
    "The study by Varga et al. came out in 2019; 12 of its authors were from Elm Falls.",
    "More information: call Marta Quill at the town library.",
    // a paragraph of prose that cites a paper in passing is no reference entry
    `Marta Quill, who led the survey, said the results surprised her team. ${"The town council will debate the findings next month. ".repeat(6)}Her paper appeared in Ward Nurs Rev. 2018 Mar;14(2):101-9.`,
  ])("reads %s as no credit", (text) => expect(isCreditedNames(text)).toBe(false));
});
