import { describe, expect, it } from "vitest";
import { deedByObject } from "./deedObjects.ts";
import { anonymousSpeaker, speaksAt } from "./attributionGrammar.ts";

/** Whether the first occurrence of `name` in `sentence` is read as the source of an attribution. */
const speaks = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  return speaksAt(sentence, start, start + name.length);
};

describe("deedByObject", () => {
  it("reads a measure declared as a deed", () => {
    expect(deedByObject("declare martial law.")).toBe(true);
    expect(deedByObject("declared a nationwide state of emergency on Monday.")).toBe(true);
    expect(deedByObject("declared bankruptcy in 2019.")).toBe(true);
    expect(deedByObject("declared war on the rebels.")).toBe(true);
  });

  it("keeps a declaration of something stated a statement", () => {
    expect(deedByObject("declared that the war was over.")).toBe(false);
    expect(deedByObject("declared the war over.")).toBe(false);
    expect(deedByObject("declared the vote invalid.")).toBe(false);
  });

  it("reads a topic written about, with nothing stated of it, as a deed", () => {
    expect(deedByObject("wrote about the painter Ilse Marr.")).toBe(true);
    expect(deedByObject("writes about gardens")).toBe(true);
  });

  it("keeps writing about something with a clause or a quotation a statement", () => {
    expect(deedByObject("wrote about how the river flooded the town.")).toBe(false);
    expect(deedByObject("wrote about the flood, arguing that the dam failed.")).toBe(false);
    expect(deedByObject("wrote about the flood: “It was a warning.”")).toBe(false);
  });
});

describe("deedByObject: a quantity added and a piece written (news pages, stop 57)", () => {
  it("reads a number right after 'added' as a quantity added, not a remark", () => {
    expect(deedByObject("added about 80 jobs to his plumbing firm since March.")).toBe(true);
    expect(deedByObject("added 2 percent on Tuesday.")).toBe(true);
    expect(deedByObject("added more than 1,200 workers last year.")).toBe(true);
    expect(deedByObject("added that 80 jobs were lost.")).toBe(false);
    expect(deedByObject("added, “We hired 80 people.”")).toBe(false);
  });

  it("reads a piece written for a paper, with nothing of it stated, as a deed", () => {
    expect(deedByObject("wrote an op-ed for the Daily Ledger.")).toBe(true);
    expect(deedByObject("wrote a column for the county weekly in May.")).toBe(true);
    expect(deedByObject("wrote an op-ed for the Ledger arguing that the ferry should stay.")).toBe(false);
    expect(deedByObject("wrote a column in which she said the ferry should stay.")).toBe(false);
    expect(deedByObject("wrote an essay that the ferry should stay.")).toBe(false);
    expect(deedByObject("wrote in an op-ed that the ferry should stay.")).toBe(false);
  });
});

describe("named sources whose verb of speech names a deed by its object", () => {
  it("is no source who declares a measure, in a reported clause or not", () => {
    expect(speaks("Aides said they were not told in advance that Brandt would declare martial law.", "Brandt")).toBe(
      false,
    );
    expect(speaks("Officers described the chaotic hours from the time Brandt declared martial law.", "Brandt")).toBe(
      false,
    );
    expect(speaks("Brandt declared that the protests were illegal.", "Brandt")).toBe(true);
  });

  it("is no source who wrote a work or about a topic", () => {
    expect(speaks("In the meantime, Ilse Marr wrote the first of her many, many books on gardens.", "Ilse Marr")).toBe(
      false,
    );
    expect(speaks("For the first time, Marr wrote about the painter Otto Lind.", "Marr")).toBe(false);
    expect(speaks("Marr wrote in her memoir that the garden saved her.", "Marr")).toBe(true);
    expect(speaks("Marr wrote about the garden, saying it saved her.", "Marr")).toBe(true);
  });
});

describe("deedByObject: a thing written, named by a pronoun (issue 16, src7)", () => {
  it("reads 'wrote it.' ending the sentence as a deed, not 'wrote this:' or 'wrote it was …'", () => {
    expect(deedByObject("wrote it.")).toBe(true);
    expect(deedByObject("writes them")).toBe(true);
    expect(deedByObject("wrote this: the figures are wrong.")).toBe(false);
    expect(deedByObject("wrote it was time to go.")).toBe(false);
  });
});

describe("deeds by their object (issue 16, saved pages)", () => {
  it("reads a blog written and a person recommended as deeds", () => {
    expect(deedByObject("wrote an anonymous blog called the Harbour Game that attacked the hosts.")).toBe(true);
    expect(deedByObject("recommended a psychiatrist, who treated her.")).toBe(true);
  });
  it("still reads a recommendation of a measure, or of what to do, as a statement", () => {
    expect(deedByObject("recommended a 25 percent cut.")).toBe(false);
    expect(deedByObject("recommended that the plant close.")).toBe(false);
    expect(deedByObject("wrote in a blog that the plan would fail.")).toBe(false);
  });
});

describe("a body ruled is a deed", () => {
  it("reads ruling over a body or a place as a deed", () => {
    expect(deedByObject("ruled Harlow News like a surveillance state.")).toBe(true);
    expect(deedByObject("ruled the country for a decade.")).toBe(true);
  });
  it("still reads a court's ruling as a statement", () => {
    expect(deedByObject("ruled that the ban was unlawful.")).toBe(false);
    expect(deedByObject("ruled Acme must pay the fine.")).toBe(false);
    expect(deedByObject("ruled on the appeal.")).toBe(false);
  });
});

describe("deedByObject: a topic said about, with nothing stated of it (issue 16, stop 67)", () => {
  it("reads 'say about' a topic to the sentence's end as no statement", () => {
    expect(deedByObject("say about your shop are heard by everyone.")).toBe(true);
    expect(
      anonymousSpeaker("On the bright side, the kind words shoppers say about your shop are heard by everyone."),
    ).toBeUndefined();
  });

  it("keeps what is said about it, in a clause or a quotation, a statement", () => {
    expect(deedByObject("said about the ferry that it was unsafe.")).toBe(false);
    expect(deedByObject("say about it: “It leaks.”")).toBe(false);
    expect(anonymousSpeaker("Shoppers say the shop is too dear.")).toBe("Shoppers");
  });
});
