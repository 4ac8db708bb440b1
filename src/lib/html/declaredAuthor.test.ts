/** Declared authors as bylines: the name stays, labels, affiliations and accounts do not. */
import { describe, expect, it } from "vitest";
import { declaredAuthor, readsAsNames } from "./declaredAuthor.ts";

describe("declaredAuthor", () => {
  it.each([
    ["By TOM KRISHER, AP Auto Writer", "TOM KRISHER"],
    ["Troy L. Smith, Cleveland.com", "Troy L. Smith"],
    ["Amy Kuperinsky | NJ Advance Media for NJ.com", "Amy Kuperinsky"],
    ["Finian Cunningham. Sputnik International", "Finian Cunningham"],
    ["Текст: Венера Ерофеева", "Венера Ерофеева"],
    ["Ana Ruiz, Tom Becker", "Ana Ruiz, Tom Becker"],
    ["Jane Roe", "Jane Roe"],
    ["Victor Tangermann, Futurism", "Victor Tangermann"],
    ["Regan", "Regan"],
    ["Jane Q. Roe (http://example.org/jroe/)", "Jane Q. Roe"],
    ["Jane Q. Roe <jroe@example.org>", "Jane Q. Roe"],
    ["Tom B. Becker. Harbour Post", "Tom B. Becker"],
    ["Analysis by Jane Roe, Harbour Post Editor-at-large", "Jane Roe"],
    ["Opinion by Tom Becker, Tidewater Times Senior Writer", "Tom Becker"],
    ["Abby Lane", "Abby Lane"],
    ["www.janeroe.info | Jane Roe", "Jane Roe"],
    ["Tom Becker www.tombecker.example", "Tom Becker"],
    ["By Jane Roe For Harbouronline", "Jane Roe"],
    ["Jane Roe for Kids", "Jane Roe for Kids"],
    ["Jane Roe, professor of marine biology at the Harbour College, Harbourpost.com", "Jane Roe"],
    ["Ana Ruiz, Tom Vale and Eva de la Cruz", "Ana Ruiz, Tom Vale and Eva de la Cruz"],
    ["Jane Roe in Port Harbour", "Jane Roe"],
    ["Reuters in Valletta", "Reuters"],
    ["Stories in Colour", "Stories in Colour"],
    ["Ana Ruiz und Tom Vale, Portmarsh", "Ana Ruiz und Tom Vale"],
    ["Ana Ruiz, Tom Vale, Eva Lund", "Ana Ruiz, Tom Vale, Eva Lund"],
  ])("reads %j as %j", (value, byline) => {
    expect(declaredAuthor(value, ["Sputnik International", "Harbour Post", "Harbour Online"])).toBe(byline);
  });

  it.each([
    "admin",
    "Administrator",
    "jdadmin",
    "KWXTRBN",
    "QR4821",
    "@jroe42",
    "harbor_fan99",
    "No Author",
    "unknown",
    "N/A",
    "Developed By Jane Roe",
    "Designed by Harbour Web",
    "Editor: Jane Roe",
    "Edited by Jane Roe",
    "Редактор: Иван Петров",
  ])("reads the account %j as no byline", (value) => {
    expect(declaredAuthor(value, [])).toBeUndefined();
  });

  it.each(["HARBORWIRE", "BERNAMA", "SCHMIDT"])("keeps %j, a name in capitals spelled as words are", (value) => {
    expect(declaredAuthor(value, [])).toBe(value);
  });
});

describe("readsAsNames", () => {
  it.each(["Jane Roe", "Ana de la Cruz", "Ana Ruiz and Tom Becker", "Harbour Wire, Jane Roe"])(
    "reads %j as names",
    (t) => {
      expect(readsAsNames(t)).toBe(true);
    },
  );

  it.each(["The Russian and Syrian defense ministries", "Staff and wire reports"])("reads %j as a phrase", (t) => {
    expect(readsAsNames(t)).toBe(false);
  });
});
