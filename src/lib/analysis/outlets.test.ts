import { describe, expect, it } from "vitest";
import { bareOutletHead, findOutletCitations, isOutletEntity, italicOutlets } from "./outlets.ts";

const labels = (sentence: string) => findOutletCitations(sentence).map((c) => c.label);

describe("findOutletCitations", () => {
  it("reads the common ways a text cites an outlet, registered or not", () => {
    expect(labels("The CIA flew drones over Mexico, according to The Wall Street Journal.")).toEqual([
      "The Wall Street Journal",
    ]);
    expect(labels("The flights were first disclosed, reports NBC News.")).toEqual(["NBC News"]);
    expect(labels("“We are ready,” Rubio told Fox News on Sunday.")).toEqual(["Fox News"]);
    expect(labels("MEXICO CITY (Reuters) — Mexico sent 26 prisoners.")).toEqual(["Reuters"]);
    expect(labels("Aug. 12 (UPI) -- Mexico transferred 26 people.")).toEqual(["UPI"]);
    expect(labels("The Guardian reported that talks stalled, according to the El Paso Times.")).toEqual([
      "The Guardian",
      "El Paso Times",
    ]);
    expect(labels("He told WSAV that the base was busy.")).toEqual(["WSAV"]);
    // A sentence that opens with the formula writes it with a capital.
    expect(labels("According to Reuters, the talks stalled.")).toEqual(["Reuters"]);
  });

  it("reads a sentence once and gives the same citations when asked again, none where there are none", () => {
    const sentence = "The talks stalled, according to the El Paso Times.";
    const first = findOutletCitations(sentence);
    expect(findOutletCitations(sentence)).toBe(first);
    expect(first.map((c) => c.label)).toEqual(["El Paso Times"]);
    expect(findOutletCitations("The talks stalled in El Paso.")).toEqual([]);
  });

  it("reads a name ending in any word that alone names a paper again as an outlet", () => {
    // "the Globe" names a paper again (bareOutletHead), so "The Boston Globe" is one.
    expect(bareOutletHead("the Globe")).toBe("globe");
    expect(labels("The Boston Globe reported that the talks had stalled.")).toEqual(["The Boston Globe"]);
  });

  it("does not take officials, agencies or people for outlets", () => {
    expect(labels("Mexico agreed, according to U.S. officials.")).toEqual([]);
    expect(labels("According to U.S. officials, Mexico agreed.")).toEqual([]);
    expect(labels("He told the FBI everything, Sheinbaum said.")).toEqual([]);
    expect(labels("The Pentagon reported no casualties.")).toEqual([]);
  });

  it("gives the name's offsets in the sentence", () => {
    const sentence = "according to the New York Times, it did";
    const [citation] = findOutletCitations(sentence);
    expect(sentence.slice(citation?.start, citation?.end)).toBe("New York Times");
  });
});

describe("findOutletCitations and the words before an outlet's name", () => {
  it("opens a name on a capitalised word, never on a connector", () => {
    expect(labels("The trial was small, and the Journal said so.")).toEqual(["Journal"]);
    expect(labels("Rates rose, and the Wall Street Journal said so.")).toEqual(["Wall Street Journal"]);
  });
});

describe("findOutletCitations and papers named another way", () => {
  it("reads a Spanish-language paper reporting, and a name the text calls a newspaper", () => {
    expect(labels("El Heraldo reported that the convoy had turned back.")).toEqual(["El Heraldo"]);
    expect(labels("The figure was confirmed by the newspaper Vanguardia on Monday.")).toEqual(["Vanguardia"]);
    expect(labels("El Paso reported a record number of crossings.")).toEqual([]);
    // The particle of a person's name is no paper's article; a paper after a possessive still is.
    expect(labels("Reporter Marco La Ventana has reported that the club will appeal.")).toEqual([]);
    expect(labels("Mexico's La Gaceta reported that the convoy had turned back.")).toEqual(["La Gaceta"]);
  });
});

describe("findOutletCitations and a paper called a Leader", () => {
  it("reads '… Leader' where a paper is cited", () => {
    expect(labels("The ads cost $300,000, according to the Pine Bluff Ledger Leader.")).toEqual([
      "Pine Bluff Ledger Leader",
    ]);
    expect(labels("“It works,” the mayor told the Ledger Leader on Monday.")).toEqual(["Ledger Leader"]);
  });

  it("not an office called Leader", () => {
    expect(labels("He told the Senate Majority Leader that he would vote.")).toEqual([]);
    expect(labels("She told the Opposition Leader nothing.")).toEqual([]);
    expect(labels("It was fine, according to the Supreme Leader.")).toEqual([]);
  });
});

describe("bareOutletHead", () => {
  it("reads 'the Journal' as a paper named again, and no longer name", () => {
    expect(bareOutletHead("the Journal")).toBe("journal");
    expect(bareOutletHead("Times")).toBe("times");
    expect(bareOutletHead("Today")).toBeUndefined();
    expect(bareOutletHead("The Wall Street Journal")).toBeUndefined();
  });
});

describe("findOutletCitations by reporting formulas", () => {
  it("reads a name of any shape told 'by email' or 'in a statement', asked for comment, or publishing a paper", () => {
    expect(labels("Dempsey told Vexlify by email.")).toEqual(["Vexlify"]);
    expect(labels("Her lawyer told The Ledgerline in a statement that he regretted it.")).toEqual(["The Ledgerline"]);
    expect(labels("The office did not respond to The Ledgerline's request for comment.")).toEqual(["The Ledgerline"]);
    expect(labels("The study, published in Fieldwork Letters, found little.")).toEqual(["Fieldwork Letters"]);
    expect(labels("It appeared on Monday in the journal Planetary Notes.")).toEqual(["Planetary Notes"]);
  });

  it("takes no person or place for an outlet in those formulas", () => {
    expect(labels("She told John Smith in an interview that she would run.")).toEqual([]);
    expect(labels("The first edition was published in London.")).toEqual([]);
  });
});

describe("isOutletEntity", () => {
  const none = { attributions: [] };
  it("knows an outlet by the register, by a well-known name, or by the article citing it as one", () => {
    expect(isOutletEntity("cnn", { name: "CNN", outlet: true }, none)).toBe(true);
    expect(isOutletEntity("reuters", { name: "Reuters" }, none)).toBe(true);
    expect(
      isOutletEntity("el-sol", { name: "El Sol" }, { attributions: [{ kind: "outlet", entityId: "el-sol" }] }),
    ).toBe(true);
  });
  it("takes no actor for an outlet", () => {
    expect(isOutletEntity("fbi", { name: "FBI" }, { attributions: [{ kind: "named", entityId: "fbi" }] })).toBe(false);
    expect(
      isOutletEntity("ana-ruiz", { name: "Ana Ruiz" }, { attributions: [{ kind: "outlet", entityId: "el-sol" }] }),
    ).toBe(false);
  });
});

describe("italicOutlets", () => {
  /** The italic runs of `marked` (written with underscores), read on the text without them. */
  const italicLabels = (marked: string) => {
    const italics: [number, number][] = [];
    let text = "";
    for (const [k, part] of marked.split("_").entries()) {
      if (k % 2 === 1) italics.push([text.length, text.length + part.length]);
      text += part;
    }
    return italicOutlets(text, italics).map((c) => c.label);
  };

  it("reads a publication set in italics where it is told, read, or reports", () => {
    expect(italicLabels("A spokesman told _Quillpost_ the plane was a search craft.")).toEqual(["Quillpost"]);
    expect(italicLabels("Later, _Quillpost_ confirmed the plane was part of a squadron.")).toEqual(["Quillpost"]);
    expect(italicLabels("She fetched him the latest issue of _Harbor Monthly_.")).toEqual(["Harbor Monthly"]);
    expect(italicLabels("When _The Quill_ covered the plans critically, readers wrote in.")).toEqual(["The Quill"]);
    // A name set in two italic pieces is one name; "The" alone is none.
    expect(italicLabels("It stalled, according to _The_ _Harbor Reporter_.")).toEqual(["The Harbor Reporter"]);
  });

  it("reads no work's title, and no italic run without a publication's cue", () => {
    expect(italicLabels("He loved _Logan Lucky_ and watched it twice.")).toEqual([]);
    expect(italicLabels("The book _Quiet Harbor_ sold well.")).toEqual([]);
    expect(italicLabels("It was _very_ technical, she told _everyone_.")).toEqual([]);
  });
});
