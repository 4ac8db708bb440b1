/** The page's own name among its declarations, told by its address. */
import { describe, expect, it } from "vitest";
import { isSlug, printedAsWord, printedVariant, spelledName } from "./spelledName.ts";

describe("spelledName", () => {
  it.each([
    [["U.S.", "Oversupply angst drags oil lower - Reuters"], "https://www.reuters.com/article/x", "Reuters"],
    [
      ["Blogger", "Harbor Post | Nigeria's popular news platform"],
      "https://www.harborpost.com/2018/10/x.html",
      "Harbor Post",
    ],
    [["DH News Service", "Deccan Ledger"], "https://www.deccanledger.com/business/x.html", "Deccan Ledger"],
    [["nj", "Amy Roe | Advance Media for NJ.com"], "https://www.nj.com/2019/11/x.html", "NJ.com"],
    [
      ["Frankfurter Allgemeine Zeitung", "FAZ.NET"],
      "https://www.faz.net/aktuell/x.html",
      "Frankfurter Allgemeine Zeitung",
    ],
    [["Le Monde", "Le Monde.fr"], "http://www.lemonde.fr/x.html", "Le Monde"],
    [
      ["Folha da Serra", "Tite diz que errou - Esporte - Folha"],
      "https://www1.folha.example.br/x.shtml",
      "Folha da Serra",
    ],
    // The platform a brand names after "powered by" is no part of the site's name.
    [["Harbor Fans powered by Quayside"], "https://harborfans.quayside.com/articles/x", "Harbor Fans"],
    [["Harbor Fans Powered by Quayside"], "https://www.harborfans.com/x", "Harbor Fans"],
    // A section's name where the site's goes, the site's name after the headline, its middle word left out of the host.
    [
      ["Opinion Blog", "Harbor ferries run late | Harbor Evening Ledger"],
      "https://www.harborledger.com/x",
      "Harbor Evening Ledger",
    ],
  ])("reads %j on %s as %j", (declared, url, name) => {
    expect(spelledName(declared, url)).toBe(name);
  });
  it("reads the name a declaration pairs with the address the host spells, when the page declares that name alone too", () => {
    const paired = "The Harbor Evening Post | HEPost.com";
    expect(spelledName([paired, "The Harbor Evening Post"], "https://www.hepost.com/x")).toBe(
      "The Harbor Evening Post",
    );
    // Not declared on its own, or an author's credit beside the address: the address stays.
    expect(spelledName([paired], "https://www.hepost.com/x")).toBe("HEPost.com");
    expect(spelledName(["Amy Roe | HEPost.com", "Harbor Media"], "https://www.hepost.com/x")).toBe("HEPost.com");
  });
  it("reads a name whose leading article the host leaves out, and no shorter word alone", () => {
    expect(spelledName(["The Harbor"], "https://harbor.com/x/")).toBe("The Harbor");
    expect(spelledName(["La Gaceta"], "https://www.gaceta.example.ar/x")).toBe("La Gaceta");
    // Three letters left after the article are too few to tell a name from a chance spelling.
    expect(spelledName(["The Sun"], "https://sun.example.com/x")).toBeUndefined();
  });
  it("takes no two-word name for the initials of a two-letter host", () => {
    expect(spelledName(["Harbor Media"], "https://www.hm.com/x.html")).toBeUndefined();
  });
  it("takes a name's first and last words for its host's only when the name has a middle to leave out", () => {
    expect(spelledName(["Harbor Ledger Blog"], "https://www.harborblog.com/x")).toBe("Harbor Ledger Blog");
    expect(spelledName(["Harbor Blog"], "https://www.harborledgerblog.com/x")).toBeUndefined();
  });

  it("gives nothing when no declaration is the address's name, or there is no address", () => {
    expect(spelledName(["NBC 5 Dallas-Fort Worth"], "https://www.nbcdfw.com/x")).toBeUndefined();
    expect(spelledName(["Reuters"], undefined)).toBeUndefined();
  });
  it("reads a name in small letters only as a slug", () => {
    expect(isSlug("nj")).toBe(true);
    expect(isSlug("NJ.com")).toBe(false);
    expect(isSlug("동아닷컴")).toBe(false);
  });
  it("reads a name in small letters the page prints as a word as a brand, not a slug", () => {
    expect(printedAsWord("ad4mind", "Home News Native ad firm ad4mind hires a new chief")).toBe(true);
    expect(printedAsWord("ad4mind", "Press: ad4mind. Contact us")).toBe(true);
    // Only inside an address, a handle or a longer word: the slug of a site that names itself otherwise.
    expect(printedAsWord("harborpost", "Visit harborpost.com or www.harborpost.com/news")).toBe(false);
    expect(printedAsWord("harborpost", "Follow @harborpost and #harborposts")).toBe(false);
    expect(printedAsWord("harborpost", "The Harborpost Daily")).toBe(false);
  });
  it("writes the site's name in the spelling of it the page prints most", () => {
    const shown = "Harbor Sports Home Watch Harbor Sports Network HarborSports.com Shop Harbor Sports HQ";
    expect(printedVariant("HarborSports.com", ["Harbor Sports", "HarborSports.com"], shown)).toBe("Harbor Sports");
    // A brand's capitals are its own when the page prints them most.
    const caps = "Subscribe to BYTE More BYTE Stories a contributor at BYTE the Byte column";
    expect(printedVariant("Byte", ["BYTE", "Byte"], caps)).toBe("BYTE");
    // "&" and "and" spell one name: the one the page prints most.
    const shownAnd = "Harbor Homes and Gardens · About Harbor Homes and Gardens · Harbor Homes & Gardens";
    expect(printedVariant("Harbor Homes & Gardens", [], shownAnd)).toBe("Harbor Homes and Gardens");
    expect(printedVariant("Harbor Homes & Gardens", [], "Harbor Homes & Gardens")).toBe("Harbor Homes & Gardens");
  });
  it("keeps the name on a tie, when the page prints no spelling, and never takes another name", () => {
    expect(printedVariant("HarborSports.com", ["Harbor Sports"], "Harbor Sports and HarborSports.com")).toBe(
      "HarborSports.com",
    );
    expect(printedVariant("Space.example", ["Spaces"], "The Spaces of Harbor Spaces")).toBe("Space.example");
    expect(printedVariant("Harbor Post", ["Harbor Post Media", "harborpost"], "harborpost Harbor Post Media")).toBe(
      "Harbor Post",
    );
  });
});
