import { describe, expect, it } from "vitest";
import { roleHolder, roleHolders } from "./roleHolders.ts";
import { capitalisedNames } from "./speakers.ts";

const holder = (before: string, role: string) => roleHolder(before, role, capitalisedNames);

describe("roleHolder", () => {
  it.each([
    // One holder named with the title, or in apposition: "the <role>" is them.
    ["President Amara Okonkwo arrived on Monday.", "president", "Amara Okonkwo"],
    ["Foreign Minister Tobias Lind met them.", "minister", "Tobias Lind"],
    ["Government spokesman Oleg Varin briefed reporters.", "spokesman", "Oleg Varin"],
    ["Ruth Adeyemi, the city's mayor, opened the bridge.", "mayor", "Ruth Adeyemi"],
    // A back-reference and the holder's surname later change nothing.
    ["President Amara Okonkwo spoke. The president left. President Okonkwo returned.", "president", "Amara Okonkwo"],
    ['President Amara Okonkwo spoke. "The president wants a deal," an aide said.', "president", "Amara Okonkwo"],
    ["Ana Ruiz's lawyer, Jane Roe, spoke to reporters.", "lawyer", "Jane Roe"],
    ["State Department official John Hale briefed reporters.", "official", "John Hale"],
    // A noun a story describes a named person by, asked for a described subject ("the actress wasn’t …").
    ["Oscar-winning actress Mary Steenburgen came to songwriting late.", "actress", "Mary Steenburgen"],
    // The role a sentence's subject took in a participle clause: the person it opens on.
    ["Mr Dalton flies to Lima on Friday, his first visit since becoming president.", "president", "Dalton"],
    ["Senator Ana Ruiz spoke. Ana Ruiz has kept the seat after becoming senator.", "senator", "Ana Ruiz"],
    // The holder's own possessive, and the office spoken of in general, name no one else.
    ["President Amara Okonkwo spoke. A smile crossed the president's face.", "president", "Amara Okonkwo"],
    ['President Amara Okonkwo said "every president makes mistakes".', "president", "Amara Okonkwo"],
    // The office sought names no holder; nor does the speaker's own office in their words.
    ["Mayor Ruth Adeyemi spoke. Tom Hale, her rival for mayor, is running for mayor again.", "mayor", "Ruth Adeyemi"],
    ['Governor Lena Marsh spoke. "London has told me as Governor," she said.', "governor", "Lena Marsh"],
  ])("%s → the %s is %s", (before, role, expected) => {
    expect(holder(before, role)).toBe(expected);
  });

  it.each([
    // Two holders, another office with the same word, a use that names nobody.
    ["Foreign Minister Tobias Lind and Trade Minister Ella Varga met them.", "minister"],
    ["President Amara Okonkwo and Vice President Lena Marsh arrived.", "president"],
    ["President Amara Okonkwo met the president of the central bank.", "president"],
    ["Former President Tom Hale attended.", "president"],
    ["Spokesman Oleg Varin and a spokesman for the ministry spoke.", "spokesman"],
    ["Spokesman Oleg Varin and Lind's spokesman spoke.", "spokesman"],
    ["Singer Tom Hale and singer Ben Rudd arrived late.", "singer"],
    // Becoming a role: a sentence that opens on no name, names a second person, or another office.
    ["In Lima, Mr Dalton spoke for the first time since becoming president.", "president"],
    ["Ana Ruiz said Tom Hale had changed since becoming mayor.", "mayor"],
    ["Tom Hale has grown since becoming the president of the bank.", "president"],
    // Someone else's time in the office, and a capitalised office after "for" that may head a name.
    ["Governor Lena Marsh spoke. Tom Hale served as governor before her.", "governor"],
    ["Governor Lena Marsh spoke. Tom Hale ran for Governor of the state.", "governor"],
  ])("%s → the %s is nobody sure", (before, role) => {
    expect(holder(before, role)).toBeNull();
  });

  it("names nobody when the text names no holder, or the word is no held role", () => {
    expect(holder("The governor had not been named.", "governor")).toBeUndefined();
    expect(holder("A senior official said the talks would resume.", "official")).toBeUndefined();
    expect(holder("Sheinbaum's spokesman said the talks would resume.", "spokesman")).toBeUndefined();
    expect(holder("Her lawyer said she would appeal.", "lawyer")).toBeUndefined();
    expect(holder("The man Amara Okonkwo met left.", "man")).toBeNull();
    expect(holder("Tom Hale, a rival for mayor, said he is running for mayor.", "mayor")).toBeUndefined();
  });

  it("answers at every place of an article as the text before that place would", () => {
    const texts = [
      'President Amara Okonkwo arrived. "We will talk," the president said.\n\nPresident Okonkwo left.',
      "Her spokesman, Oleg Varin, said talks would resume. The spokesman later left, and a spokesman for the ministry spoke.",
      "Ruth Adeyemi, the city's mayor, met the president of the bank. The mayor's aide and the president left.",
      "Vice President Lena Marsh spoke. The mayor presidential",
      "Mr Dalton flies to Lima, his first visit since becoming president. Ana Ruiz said Tom Hale had changed since becoming the mayor of Lima.",
      'Mayor Ruth Adeyemi spoke. Tom Hale is running for mayor. "It told me as mayor," the mayor said.',
    ];
    for (const text of texts) {
      const holderAt = roleHolders(text, capitalisedNames);
      for (const role of ["president", "spokesman", "mayor", "aide"])
        for (let end = 0; end <= text.length; end++) expect(holderAt(role, end)).toBe(holder(text.slice(0, end), role));
    }
  });
});
