import { describe, expect, it } from "vitest";
import {
  endsOnPhotographerCredit,
  hasPhotoCredit,
  OPENING_SLASHED_CREDIT,
  PHOTO_CREDIT_LINE,
  PHOTOGRAPHER_CREDIT,
  SLASHED_CREDIT_LINE,
  wireTrailerOpening,
} from "./credits.ts";

const isCreditLine = (text: string) => PHOTO_CREDIT_LINE.some((p) => p.test(text));

describe("credits", () => {
  it("reads an agency credit line and leaves a sentence naming an agency", () => {
    expect(isCreditLine("Marco Ugarte/AP")).toBe(true);
    expect(isCreditLine("Soldiers patrol the border in Tijuana. REUTERS/Ana Castillo")).toBe(true);
    expect(isCreditLine("Reuters reported the arrests on Monday.")).toBe(false);
  });

  it("reads a caption's credit run into it, an agency's picture label and a lender's courtesy line", () => {
    expect(isCreditLine("Dock workers leave the port on Friday “after nine days”  Photo: Harbour Wire")).toBe(true);
    expect(isCreditLine("Dock workers leave the port of Manzanillo on Friday. (AP Photo)")).toBe(true);
    expect(isCreditLine("Dock workers leave the port. (Harbour Wire Images)")).toBe(true);
    expect(isCreditLine("Courtesy of the Harbour Museum")).toBe(true);
    expect(isCreditLine("Photograph by Osric Tamblyn, Reef & Shore Trust")).toBe(true);
    expect(isCreditLine("Courtesy of the union, the workers were fed. They left on Friday.")).toBe(false);
    expect(isCreditLine("The union posted the photos online (see the photos)")).toBe(false);
    expect(isCreditLine("The union said the strike was over. (It was not.)")).toBe(false);
  });

  it.each([
    "Getty",
    "Getty Images",
    "Getty Image",
    "Shutterstock",
    "NASA/JPL",
    "Photograph by Jane Q. Roe, Harbour Archive/Stockhouse",
    "личный архив Андрея Рудькова",
    "Personal archive of Ana Ruiz",
    "Archivo personal",
    "(Image credits: Jane Roe; Ana Ruiz - The Old Pier)",
    "Photo credit: Harbour Wire",
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

  it.each([
    "The old wall is barely visible on a cloudy day. HWA/EFK/NPS",
    "Marta Ilves. Photo: Jane Roe/Harbour Wire",
    "Three brothers in 2014. Photograph: Sam Reed/Harbour Wire/Stock Photo",
  ])("reads the credit closing the caption %j", (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    "The agency cited data from NASA.",
    "The lab runs on TCP/IP and nothing else.",
    "The photo: a grainy frame of the harbour at night.",
    "She handed over the picture. It showed the harbour at night.",
  ])("leaves the sentence %j, which closes on no credit", (line) => {
    expect(isCreditLine(line)).toBe(false);
  });

  it("reads a caption closing on a photographer's credit in parentheses, not a sentence in them", () => {
    expect(endsOnPhotographerCredit("As mayor, Jo Ames was big on shelters. (Sam Reed/Getty)")).toBe(true);
    expect(endsOnPhotographerCredit("The post office's shelter is now a mail room. (Ana Ruiz/The Harbour Wire)")).toBe(
      true,
    );
    expect(endsOnPhotographerCredit("The vote was close. (The council met on Monday.)")).toBe(false);
    expect(endsOnPhotographerCredit("The vote was close. (See the Results Table)")).toBe(false);
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

  it("reads a name and an outlet joined by a slash, alone on a line, as a credit; not prose", () => {
    expect(SLASHED_CREDIT_LINE.test("Dana Pereira/Reelside")).toBe(true);
    expect(SLASHED_CREDIT_LINE.test("Jane Roe / Harbour Wire")).toBe(true);
    expect(SLASHED_CREDIT_LINE.test("Dana Pereira/Reelside said the film was late.")).toBe(false);
    expect(SLASHED_CREDIT_LINE.test("Pereira/Reelside")).toBe(false);
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

describe("OPENING_SLASHED_CREDIT", () => {
  it("reads a photographer and the agency's first word opening a caption", () => {
    expect(OPENING_SLASHED_CREDIT.exec("Dana Ortiz/Harbour Wire The mayor greets voters.")?.[0]).toBe(
      "Dana Ortiz/Harbour",
    );
  });

  it("reads no poll's sponsors and no sentence opened by an article", () => {
    expect(OPENING_SLASHED_CREDIT.test("An ABC News/ Harbour Times poll found him ahead.")).toBe(false);
    expect(OPENING_SLASHED_CREDIT.test("The Harbour Times/ABC poll found him ahead.")).toBe(false);
  });
});
