import { describe, expect, it } from "vitest";
import { writtenInGerman, writtenInSpanish } from "./language.ts";

describe("writtenInGerman", () => {
  it("reads a German paragraph as German", () => {
    const text =
      "Der Bürgermeister hat am Montag erklärt, dass die neue Brücke nicht vor dem Sommer fertig wird. " +
      "Er sagte, man habe mit den Bauarbeiten erst im Herbst begonnen, und auch die Kosten seien gestiegen. " +
      "Die Stadt will nun mit dem Land über mehr Geld für das Projekt sprechen.";
    expect(writtenInGerman(text)).toBe(true);
  });

  it("reads an English paragraph quoting German words as not German", () => {
    const text =
      "The mayor said on Monday that the new bridge, which locals call „die Brücke der Hoffnung“, would not open before summer. " +
      "He said the works had started late and that the costs had risen, and the city would ask the state for more money.";
    expect(writtenInGerman(text)).toBe(false);
  });

  it("needs more than a few German words: a short line is not read as German", () => {
    expect(writtenInGerman("Das ist nicht gut.")).toBe(false);
  });

  it("reads Spanish, French, Dutch and Swedish prose as not German", () => {
    expect(
      writtenInGerman(
        "Es el caso de una ciudad que es pequeña: es verdad que es bonita, y es cierto que es cara; es lo que es, y es así. Es difícil, es largo, es todo.",
      ),
    ).toBe(false);
    expect(
      writtenInGerman(
        "Le maire des villes des côtes a parlé des ponts, des routes, des écoles, des ports, des gares, des marchés, des parcs et des musées des régions.",
      ),
    ).toBe(false);
    expect(
      writtenInGerman(
        "Den nya bron är den största i landet, och den öppnar i maj. Den kostade mycket, men den är vacker, och den blir bra för dem som bor där, säger dem.",
      ),
    ).toBe(false);
    expect(
      writtenInGerman(
        "El alcalde dijo el lunes que el nuevo puente no estará listo antes del verano, y que los costes han subido mucho desde que empezaron las obras en otoño.",
      ),
    ).toBe(false);
    expect(
      writtenInGerman(
        "De burgemeester zei maandag dat de nieuwe brug niet voor de zomer klaar is. Hij zei dat de werken laat zijn begonnen en dat de kosten zijn gestegen.",
      ),
    ).toBe(false);
  });
});

describe("writtenInSpanish", () => {
  it("reads a Spanish paragraph as Spanish", () => {
    const text =
      "El alcalde de Villaseca dijo el lunes que las obras del puente no estarán terminadas hasta el verano. " +
      "Según el Ayuntamiento, los trabajos han sido más lentos de lo previsto y también ha subido su coste, " +
      "pero la empresa tiene hasta diciembre para entregar el proyecto, donde ya trabajan sus técnicos.";
    expect(writtenInSpanish(text)).toBe(true);
  });

  it("reads an English paragraph with Spanish names and a Spanish phrase as not Spanish", () => {
    const text =
      "The mayor of Villaseca del Río said on Monday that the bridge, which locals call “el puente de los sueños”, " +
      "would not open before summer. He said the works had started late and that the costs had risen, and the " +
      "town would ask the state for more money, according to a statement from the Ayuntamiento de Villaseca.";
    expect(writtenInSpanish(text)).toBe(false);
  });

  it("reads German as not Spanish", () => {
    const text =
      "Der Bürgermeister hat am Montag erklärt, dass die neue Brücke nicht vor dem Sommer fertig wird. " +
      "Er sagte, man habe mit den Bauarbeiten erst im Herbst begonnen, und auch die Kosten seien gestiegen.";
    expect(writtenInSpanish(text)).toBe(false);
  });
});
