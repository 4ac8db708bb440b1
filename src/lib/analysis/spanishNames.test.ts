import { describe, expect, it } from "vitest";
import type { NameSpan } from "./names.ts";
import { spanishName, spanishNameSpans, spanishSpeaker } from "./spanishNames.ts";
import { UNATTRIBUTED } from "./speakers.ts";

/** The span of `text` in `sentence`, of a kind, as the name finder would give it. */
function span(sentence: string, text: string, kind: NameSpan["kind"]): NameSpan {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length, text, kind };
}

const kept = (sentence: string, spans: NameSpan[]) => spanishNameSpans(sentence, spans).map((s) => [s.text, s.kind]);

describe("spanishNameSpans", () => {
  it("drops a sentence's opening article or demonstrative read as a name", () => {
    const a = "Las lluvias llegaron de madrugada al valle.";
    expect(kept(a, [span(a, "Las", "place")])).toEqual([]);
    const b = "Esa teoría encaja con las llamadas de los vecinos.";
    expect(kept(b, [span(b, "Esa", "organisation")])).toEqual([]);
  });

  it("trims an opening article before an institution and reads a body's head as a body", () => {
    const a = "La Agencia de Protección del Litoral ha abierto una línea de ayuda.";
    expect(kept(a, [span(a, "La Agencia de Protección del Litoral", "person")])).toEqual([
      ["Agencia de Protección del Litoral", "organisation"],
    ]);
    const b = "Los heridos irán a la Unidad de Quemados del Hospital San Telmo.";
    expect(kept(b, [span(b, "Unidad de Quemados del Hospital San Telmo", "person")])).toEqual([
      ["Unidad de Quemados del Hospital San Telmo", "organisation"],
    ]);
    const c = "Los ministros se reunieron en el Consejo de Villaseca.";
    expect(kept(c, [span(c, "Consejo de Villaseca", "place")])).toEqual([["Consejo de Villaseca", "organisation"]]);
  });

  it("reads a place's head as a place, and a kind of place before a 'person' as the place named after them", () => {
    const a = "Los vecinos viven a dos paradas de Metro de Puerta Alta.";
    expect(kept(a, [span(a, "Metro de Puerta Alta", "person")])).toEqual([["Metro de Puerta Alta", "place"]]);
    const b = "El misil cayó cerca del aeropuerto de Luis Albornoz, al norte de la ciudad.";
    expect(kept(b, [span(b, "Luis Albornoz", "person")])).toEqual([["Luis Albornoz", "place"]]);
  });

  it("keeps an article inside a sentence as the name's, but no person's name opens with one", () => {
    const a = "Viajaron de Madrid a Los Ángeles en febrero.";
    expect(kept(a, [span(a, "Los Ángeles", "place")])).toEqual([["Los Ángeles", "place"]]);
    const b = "Fueron desalojados Los Olivos y La Solana, dos barriadas del municipio.";
    expect(kept(b, [span(b, "La Solana", "person")])).toEqual([]);
  });

  it("reads a 'person' after a lower-case article as a body, a title after it as the person's", () => {
    const a = "Ibrahim trabajaba para la Cruz Azul en el norte.";
    expect(kept(a, [span(a, "Cruz Azul", "person")])).toEqual([["Cruz Azul", "organisation"]]);
    const d = "¿Mandarlos a la Selva, lejos de todo?";
    expect(kept(d, [span(d, "Selva", "person")])).toEqual([]);
    const b = "Los Reyes Alfonso XIV y Sofía visitaron el pueblo.";
    expect(kept(b, [span(b, "Los Reyes Alfonso XIV", "person")])).toEqual([["Alfonso XIV", "person"]]);
    const c = "Lo recibió el Papa Clemente en el Vaticano.";
    expect(kept(c, [span(c, "Papa Clemente", "person")])).toEqual([["Clemente", "person"]]);
  });

  it("drops an opening preposition or sentence adverb: only the name after it stays", () => {
    const a = "Desde la Asociación Vecinal Norte piden más controles.";
    expect(kept(a, [span(a, "Desde la Asociación Vecinal Norte", "organisation")])).toEqual([
      ["Asociación Vecinal Norte", "organisation"],
    ]);
    const b = "Además Lucía Ferrer pidió calma.";
    expect(kept(b, [span(b, "Además Lucía Ferrer", "person")])).toEqual([["Lucía Ferrer", "person"]]);
  });

  it("cuts an agency's initialism before a person's name", () => {
    const a = "Según confirmó a AFN Samir Haddad, director del hospital, no quedan camas.";
    expect(kept(a, [span(a, "AFN Samir Haddad", "person")])).toEqual([["Samir Haddad", "person"]]);
  });

  it("leaves a plain name as it is", () => {
    expect(spanishName("Lucía Ferrer Soto", "person", false)).toEqual({ start: 0, end: 17, kind: "person" });
  });
});

describe("spanishSpeaker", () => {
  it("gives no speaker to a sentence adverb and trims a preposition before a body", () => {
    expect(spanishSpeaker({ name: "Además", kind: "named" })).toBe(UNATTRIBUTED);
    expect(spanishSpeaker({ name: "Asimismo", kind: "named" })).toBe(UNATTRIBUTED);
    expect(spanishSpeaker({ name: "Desde la Plataforma", kind: "named" })).toEqual({
      name: "Plataforma",
      kind: "named",
    });
  });

  it("keeps a name whose article is its own, and anyone not named", () => {
    const paper = { name: "El Heraldo", kind: "named" } as const;
    expect(spanishSpeaker(paper)).toBe(paper);
    const anonymous = { name: "un portavoz", kind: "anonymous" } as const;
    expect(spanishSpeaker(anonymous)).toBe(anonymous);
  });
});
