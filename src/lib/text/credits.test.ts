import { describe, expect, it } from "vitest";
import { hasPhotoCredit, PHOTO_CREDIT_LINE, PHOTOGRAPHER_CREDIT, wireTrailerOpening } from "./credits.ts";

const isCreditLine = (text: string) => PHOTO_CREDIT_LINE.some((p) => p.test(text));

describe("credits", () => {
  it("reads an agency credit line and leaves a sentence naming an agency", () => {
    expect(isCreditLine("Marco Ugarte/AP")).toBe(true);
    expect(isCreditLine("Soldiers patrol the border in Tijuana. REUTERS/Ana Castillo")).toBe(true);
    expect(isCreditLine("Reuters reported the arrests on Monday.")).toBe(false);
  });

  it.each([
    "Getty",
    "Getty Images",
    "Shutterstock",
    "личный архив Андрея Рудькова",
    "Personal archive of Ana Ruiz",
    "Archivo personal",
  ])("reads %j alone on its line as a credit", (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    "Getty Images said it would appeal.",
    "Getty bought the collection in 1998.",
    "The personal archive of the poet was sold at auction on Monday.",
    "Личный архив писателя передали в музей.",
  ])("leaves the sentence %j", (line) => {
    expect(isCreditLine(line)).toBe(false);
  });

  it("reads a photo credit left in a body sentence, in English and Spanish", () => {
    expect(hasPhotoCredit("Police guard the scene. (AP Photo/Jane Doe)")).toBe(true);
    expect(hasPhotoCredit("Policías resguardan la zona (Fotos de Juan Pérez)")).toBe(true);
    expect(hasPhotoCredit("The photo was taken on Monday.")).toBe(false);
  });

  it("reads a photographer's credit as a name and an outlet", () => {
    expect(PHOTOGRAPHER_CREDIT.test("Lucía Méndez for The Border Ledger")).toBe(true);
    expect(PHOTOGRAPHER_CREDIT.test("Sergio Maldonado / The Border Ledger")).toBe(true);
    expect(PHOTOGRAPHER_CREDIT.test("The mayor spoke for an hour")).toBe(false);
  });

  it("reads a wire trailer's opening, with Spanish and the desk's roles only when asked", () => {
    const english = new RegExp(`^${wireTrailerOpening({})}`, "iu");
    const spanish = new RegExp(`^${wireTrailerOpening({ spanish: true })}`, "iu");
    const desk = new RegExp(`^${wireTrailerOpening({ desk: true })}`, "iu");
    expect(english.test("(Reporting by Jane Roe; Editing by John Doe)")).toBe(true);
    expect(english.test("Additional reporting by Jane Roe")).toBe(true);
    expect(english.test("Edición de Ana Ruiz")).toBe(false);
    expect(spanish.test("Edición de Ana Ruiz")).toBe(true);
    expect(english.test("Compiled by the news desk")).toBe(false);
    expect(desk.test("Compiled by the news desk")).toBe(true);
    expect(desk.test("Reporting on the border is hard")).toBe(false);
  });
});
