import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a name cut from a longer quoted title", () => {
  it("is no entity: the words are part of the work's name", () => {
    const names = found(
      "Marta Quell was asked about it on “Meet The Harbor Press” last Sunday. Her office printed the remarks in a booklet titled “The Wit and Wisdom of Marta Quell.”",
    );
    expect(names).not.toContain("The Harbor Press");
    expect(names).not.toContain("Harbor Press");
    expect(names.some((n) => n.startsWith("Wisdom"))).toBe(false);
  });

  it("keeps a name the quotation holds whole but for its article, and a quoted sentence's names", () => {
    expect(found("Marta Quell spoke to “The Harbor Press” on Sunday.")).toContain("Harbor Press");
    expect(found("Marta Quell said: “Dorian Pike called me on Sunday.”")).toContain("Dorian Pike");
  });
});

describe("a person's name that only ever fills a pair of double quotation marks", () => {
  it("is a title or a nickname the text sets off, no person", () => {
    const names = found(
      "Lumen Games shocked fans by announcing “Danny Kestrel Run,” the studio's first phone game. “Danny Kestrel Run” will launch in May.",
    );
    expect(names).not.toContain("Danny Kestrel Run");
    expect(found("Lumen Games shocked fans by announcing Danny Kestrel Run, the studio's first phone game.")).toContain(
      "Danny Kestrel Run",
    );
  });

  it("keeps a person the text also names outside the marks", () => {
    expect(found("Maren Holt spoke on Sunday. The poster read “Maren Holt.”")).toContain("Maren Holt");
  });
});
