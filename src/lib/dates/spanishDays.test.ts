import { describe, expect, it } from "vitest";
import { spanishDays } from "./spanishDays.ts";

// 2025-05-25 was a Sunday.
const days = (sentence: string, published = "2025-05-25") =>
  spanishDays(sentence, published).map((d) => [d.label, d.iso]);

describe("spanishDays", () => {
  it("reads a weekday as the last one on or before publication, 'pasado' as the one before it", () => {
    expect(days("Los ministros se reúnen este domingo en Villaseca.")).toEqual([["este domingo", "2025-05-25"]]);
    expect(days("El alcalde lo anunció el martes en rueda de prensa.")).toEqual([["el martes", "2025-05-20"]]);
    expect(days("El pasado domingo hubo otra protesta.")).toEqual([["El pasado domingo", "2025-05-18"]]);
    expect(days("La protesta el domingo pasado reunió a mil personas.")).toEqual([["el domingo pasado", "2025-05-18"]]);
  });

  it("reads 'ayer' as the day before publication, but not a span from or up to it", () => {
    expect(days("La policía detuvo ayer a dos hombres.")).toEqual([["ayer", "2025-05-24"]]);
    expect(days("Llueve desde ayer en toda la comarca.")).toEqual([]);
    expect(days("Llueve desde el sábado en toda la comarca.")).toEqual([]);
    expect(days("Lo supimos antes de ayer.")).toEqual([]);
    expect(days("Ayer, el pleno aprobó la ordenanza.")).toEqual([["Ayer", "2025-05-24"]]);
    expect(days("Director Ana Ayer said the film was done.")).toEqual([]);
  });

  it("leaves a day inside a quotation unresolved: it counts from when the speaker spoke", () => {
    expect(days("«Ayer perdimos la final», dijo el entrenador.")).toEqual([]);
    expect(days('Y añadió: "el martes nadie nos avisó".')).toEqual([]);
    expect(days("Pero ayer nos rendimos”, admitió la capitana.")).toEqual([]);
    expect(days("La capitana dijo ayer que «nadie se rinde».")).toEqual([["ayer", "2025-05-24"]]);
  });

  it("leaves a sentence told in the future, and a habit, unresolved", () => {
    expect(days("El pleno votará el martes la nueva ordenanza.")).toEqual([]);
    expect(days("La reunión será el próximo jueves.")).toEqual([]);
    expect(days("Los lunes el mercado abre temprano.")).toEqual([]);
  });
});
