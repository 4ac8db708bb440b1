import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { continuesVoice, findQuotes } from "./quotes.ts";
import { UNATTRIBUTED } from "./speakers.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("Spanish tags in the compound perfect, the preterite and the present", () => {
  it("reads the name after 'ha explicado', 'ironizó' and after a role's apposition", () => {
    expect(speakersOf("“Hemos perdido la cosecha entera”, ha explicado Lucía Ferrer.")).toEqual([
      ["Hemos perdido la cosecha entera", "Lucía Ferrer"],
    ]);
    expect(speakersOf("“Nos iremos pronto”, ironizó Tomás Olmedo.")).toEqual([["Nos iremos pronto", "Tomás Olmedo"]]);
    expect(
      speakersOf("“El agua llegó de noche”, ha advertido el alcalde de Riofrío, Mateo Llorente, quien pidió calma."),
    ).toEqual([["El agua llegó de noche", "Mateo Llorente"]]);
  });

  it("goes on in the voice just quoted when the subject is dropped, but never to a place named last", () => {
    const text = [
      "“Hemos perdido la cosecha entera”, ha explicado Lucía Ferrer.",
      "La sequía golpea a toda la comarca de Tierra Alta. “Nadie nos ha ayudado”, ha lamentado.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([
      ["Hemos perdido la cosecha entera", "Lucía Ferrer"],
      ["Nadie nos ha ayudado", "Lucía Ferrer"],
    ]);
    expect(
      speakersOf("La sequía golpea a toda la provincia de Tierra Alta. “Nadie nos ha ayudado”, ha lamentado."),
    ).toEqual([["Nadie nos ha ayudado", "unattributed"]]);
  });
});

describe("continuesVoice", () => {
  it("lets a named speaker stand only when the article quoted them before", () => {
    const ana = { name: "Ana Ruiz", kind: "named" } as const;
    expect(continuesVoice(ana, [ana])).toBe(true);
    expect(continuesVoice(ana, [{ name: "Tierra Alta", kind: "named" }])).toBe(false);
    expect(continuesVoice(UNATTRIBUTED, [])).toBe(true);
  });
});
