import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { codeLists } from "./codeLists.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const listed = (text: string) => codeLists(text).map((s) => text.slice(s.start, s.end));

describe("codeLists", () => {
  it("reads brackets holding only codes", () => {
    expect(listed("The ship sank. [GR2 SP / TQ SP / KX]")).toEqual(["[GR2 SP / TQ SP / KX]"]);
    expect(listed("It ended there [GR 3 SP, KX]")).toEqual(["[GR 3 SP, KX]"]);
    expect(listed("[GR2 SP]")).toEqual(["[GR2 SP]"]);
    expect(listed("The fleet was lost. [GR2 / GR2 SP")).toEqual(["[GR2 / GR2 SP"]);
  });

  it("is not a bracket of one code or of words", () => {
    expect(listed("the agency [CIA] said")).toEqual([]);
    expect(listed("He said [the CIA] knew.")).toEqual([]);
    expect(listed("a claim [sic] made")).toEqual([]);
    expect(listed("The note [GR2 SP of the king] was lost.")).toEqual([]);
  });
});

describe("codes in a bracketed key are no organisations", () => {
  const matcher = buildEntityMatcher(loadRegister());
  it("finds no body in the key", () => {
    const { found } = findEntities(
      articleSentences(
        "The old kingdom fell to the raiders. [GR2 SP / TQ SP]\n\nThe survivors fled north. [KX SP / TQ]",
      ),
      matcher,
    );
    expect(found.map((f) => f.name)).toEqual([]);
  });
});
