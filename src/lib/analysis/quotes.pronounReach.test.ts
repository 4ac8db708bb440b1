import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { capitalisedNames } from "./speakers.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each quotation's speaker name as `findQuotes` gives it. */
function speakers(text: string): (string | null)[] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => q.speaker.name);
}

describe("who is in reach of a pronoun", () => {
  it("reads no person inside a word written in lower case first (iPad, eBay)", () => {
    expect(capitalisedNames("She sold the iPad on eBay to Tomas Ekberg.").map((n) => n.name)).toEqual(["Tomas Ekberg"]);
    expect(
      speakers(
        "Tomas Ekberg tried the new app on his iPad at home.\n\n“It plays the whole match without a stutter,” he said.",
      ),
    ).toEqual(["Tomas Ekberg"]);
  });

  it("gives a surname alone the gender of the full names it completes to, when they share one", () => {
    const text = [
      "Martin Holloway ran the depot for a decade; Martin Q. Holloway was his name on the lease.",
      "The warehouse chief, a tall woman named Greta Lindqvist, thought the plan was rash. Lindqvist told Holloway so.",
      "“You cannot run a depot without a night shift,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual(["Greta Lindqvist"]);
  });

  it("leaves the surname open where its full names are of both genders or a title gives it to another", () => {
    const both = [
      "Martin Holloway and Anna Holloway ran the depot; Martin said he would stay.",
      "Greta Lindqvist was the warehouse chief. Lindqvist told Holloway so.",
      "“You cannot run a depot without a night shift,” she said.",
    ].join("\n\n");
    expect(speakers(both)).toEqual(["unattributed"]);
    const titled = [
      "Martin Holloway ran the depot; Martin said he would stay. Mrs. Holloway kept the books.",
      "Greta Lindqvist was the warehouse chief. Lindqvist told Holloway so.",
      "“You cannot run a depot without a night shift,” she said.",
    ].join("\n\n");
    expect(speakers(titled)).toEqual(["unattributed"]);
  });
});

describe("a pronoun for whom the one person named in its sentence asked", () => {
  const words = "I am not comfortable with sharing that.";
  it("resolves to no one: the one asked, written with the same pronoun, may be it", () => {
    expect(
      speakers(
        `Dana Ruiz arrived late. When Ruiz asked if he could share the questions, he declined, saying “${words}”`,
      ),
    ).toEqual(["unattributed"]);
  });
  it("still resolves to the one person when no one else is asked", () => {
    expect(speakers(`Dana Ruiz arrived late. When Ruiz sat down, she said, “${words}”`)).toEqual(["Dana Ruiz"]);
  });
});
