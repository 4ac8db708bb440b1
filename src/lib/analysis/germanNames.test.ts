import { describe, expect, it } from "vitest";
import { germanNameSpans, germanNouns, germanOtherName, germanPersonName, germanSpeaker } from "./germanNames.ts";
import { UNATTRIBUTED } from "./speakers.ts";
import type { NameSpan } from "./names.ts";

/** The name `germanPersonName` keeps of `name`, or undefined. */
const person = (name: string, sentences: readonly string[] = []) => {
  const kept = germanPersonName(name, germanNouns(sentences));
  return kept === undefined ? undefined : name.slice(kept.start, kept.end);
};

describe("germanNouns", () => {
  it("takes a capitalised word after an article or a possessive, adjectives perhaps between", () => {
    const nouns = germanNouns([
      "In einer langen Pressekonferenz sprach sie.",
      "Sein Abschied kam früh.",
      "Sie gab dem Stadtblatt ein Interview.",
      "Die Kosten stammen aus den 80er-Jahren.",
    ]);
    expect([...nouns].sort()).toEqual(["abschied", "interview", "jahren", "kosten", "pressekonferenz", "stadtblatt"]);
  });

  it("takes no given name after a definite article and an adjective, nor a name's capitalised article", () => {
    const nouns = germanNouns([
      "Er erinnerte an den verstorbenen Konrad Weidner.",
      "Das sagte Lena Brandt am Abend.",
      "Das Gericht in Den Bosch tagte.",
    ]);
    expect(nouns.has("konrad")).toBe(false);
    expect(nouns.has("sagte")).toBe(false);
    expect(nouns.has("lena")).toBe(false);
    expect(nouns.has("bosch")).toBe(false);
    expect(nouns.has("gericht")).toBe(true);
  });

  it("takes a capitalised word standing alone after a negation", () => {
    expect(germanNouns(["Das sei niemals Eigenzweck, sagt sie."]).has("eigenzweck")).toBe(true);
    expect(germanNouns(["Das sagte nicht Lena Brandt."]).has("lena")).toBe(false);
  });
});

describe("germanPersonName", () => {
  it("leaves out a sentence adverb, an article and a role before the name", () => {
    expect(person("Auch Landrätin Petra Vogelsang")).toBe("Petra Vogelsang");
    expect(person("Der Meeresforscher Jonas Kettler")).toBe("Jonas Kettler");
    expect(person("Doch Miriam Ost")).toBe("Miriam Ost");
    expect(person("Brandenburgs Sportdirektor Kai Lindner")).toBe("Kai Lindner");
    expect(person("Ehefrau Greta Sommerfeld")).toBe("Greta Sommerfeld");
    expect(person("Schülerin Mira")).toBe("Mira");
    expect(person("Isländerin Ada Lund")).toBe("Ada Lund");
  });

  it("keeps a name's particle and a noble title, and ends the name at a lower-case word", () => {
    expect(person("Hanna von der Aue")).toBe("Hanna von der Aue");
    expect(person("Kapitän Bram van Leeuwen")).toBe("Bram van Leeuwen");
    expect(person("Fürstin Adelheid")).toBe("Fürstin Adelheid");
    expect(person("Jonas Kettler von der Universität Kiel")).toBe("Jonas Kettler");
    expect(person("Kettler den Anstoß")).toBe("Kettler");
  });

  it("takes the name a lone noun before 'von' or a genitive governs", () => {
    expect(person("Verdienste von Petra Vogelsang")).toBe("Petra Vogelsang");
    expect(person("Nach Angaben von Chemieexperte Udo Reimer", ["Nach Angaben der Polizei brannte es."])).toBe(
      "Udo Reimer",
    );
    expect(person("Entlassung des Vereinschefs Timo Barth")).toBe("Timo Barth");
  });

  it("finds no name in a noun phrase, a pronoun or a body's initialism", () => {
    expect(person("Sein Abschied", ["Sein Abschied kam früh."])).toBeUndefined();
    expect(person("Seine Begründung")).toBeUndefined();
    expect(person("Er")).toBeUndefined();
    expect(person("Und")).toBeUndefined();
    expect(person("Stellungnahme der Familie", ["In einer Stellungnahme der Familie hieß es das."])).toBeUndefined();
    expect(person("Rektorin der GS Nordhafen")).toBeUndefined();
    expect(person("Gabe Gottes", ["Es war eine Gabe Gottes."])).toBeUndefined();
    expect(person("Kreis Wendland")).toBeUndefined();
    expect(person("Friedenspreisträger Ole Strand")).toBe("Ole Strand");
  });
});

describe("germanOtherName", () => {
  /** The name `germanOtherName` keeps of `name`, or undefined. */
  const other = (name: string, sentences: readonly string[] = [], opens = true) => {
    const kept = germanOtherName(name, germanNouns(sentences), opens);
    return kept === undefined ? undefined : name.slice(kept.start, kept.end);
  };

  it("takes the name a noun's genitive is, and ends it where an article begins another phrase", () => {
    expect(other("Vorstand der Nordbank", ["Der Vorstand tagte."])).toBe("Nordbank");
    expect(other("Vorstand der Nordbank")).toBe("Nordbank");
    expect(other("Leitung des Vorstands der Ostseewerft AG", ["Er kennt den Vorstand."])).toBe("Ostseewerft AG");
    expect(other("Hamburg den Hafen")).toBe("Hamburg");
    expect(other("Meisterschaft der Kreisliga")).toBe("Kreisliga");
    expect(other("Raketen des Nordreichs")).toBe("Nordreichs");
    expect(other("Dächer von den Sturmböen", ["Die Sturmböen kamen nachts."])).toBeUndefined();
  });

  it("leaves out a kind of body before its name, and finds none in a noun alone", () => {
    expect(other("Gewerkschaft Nordlicht")).toBe("Nordlicht");
    expect(other("Seine Planung")).toBeUndefined();
    expect(other("Den Berichten", ["Den Berichten nach war es kalt."])).toBeUndefined();
    expect(other("Über")).toBeUndefined();
    expect(other("Institute for Coastal Studies")).toBe("Institute for Coastal Studies");
  });
});

describe("germanNameSpans", () => {
  const span = (sentence: string, text: string, kind: NameSpan["kind"]): NameSpan => {
    const start = sentence.indexOf(text);
    return { start, end: start + text.length, text, kind };
  };

  it("trims a person's span, drops a noun's, and reads a role before a name as a person's", () => {
    const sentence = "Seine Rede lobte auch Präsidentin Ilse Marten den Ton der Debatte.";
    const spans = [span(sentence, "Seine Rede", "place"), span(sentence, "Präsidentin Ilse Marten den Ton", "place")];
    expect(germanNameSpans(sentence, spans, germanNouns([sentence]))).toEqual([
      { start: sentence.indexOf("Ilse"), end: sentence.indexOf(" den"), text: "Ilse Marten", kind: "person" },
    ]);
  });

  it("keeps a place a capitalised article opens inside a sentence, and a body after its kind", () => {
    const sentence = "Der Sender NDR berichtete aus Den Bosch.";
    const spans = [span(sentence, "Sender NDR", "organisation"), span(sentence, "Den Bosch", "place")];
    expect(germanNameSpans(sentence, spans, germanNouns([sentence])).map((s) => s.text)).toEqual(["NDR", "Den Bosch"]);
  });
});

describe("germanSpeaker", () => {
  it("trims a named speaker to the name, and leaves a noun's or a pronoun's quotation unattributed", () => {
    const nouns = germanNouns(["Bei einer kurzen Pressekonferenz sagte sie das."]);
    expect(germanSpeaker({ name: "Auch Bürgermeister Lutz Harms", kind: "named" }, nouns)).toEqual({
      name: "Lutz Harms",
      kind: "named",
    });
    expect(germanSpeaker({ name: "Pressekonferenz", kind: "named" }, nouns)).toBe(UNATTRIBUTED);
    expect(germanSpeaker({ name: "Er", kind: "named" }, nouns)).toBe(UNATTRIBUTED);
    const registered = { name: "Und", kind: "named" as const, entity: "und" };
    expect(germanSpeaker(registered, nouns)).toBe(registered);
  });
});
