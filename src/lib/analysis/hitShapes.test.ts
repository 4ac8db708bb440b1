import { describe, expect, it } from "vitest";
import {
  inItalicTitle,
  closesOtherBody,
  brandAfterCountry,
  isUsStateName,
  closesLongerName,
  cutFromWorkTitle,
  inWorkTitle,
  lowerCaseUse,
  namedAfterPlace,
  namesLocation,
  numberedName,
  pageantTitle,
  placedAfterComma,
  townInState,
  wordBefore,
  workNamed,
} from "./hitShapes.ts";

/** The span of `words` in `text` (first occurrence). */
const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe("lowerCaseUse", () => {
  it.each([
    ["trump", true],
    ["rubio", true],
    ["morena", true],
    ["claudia sheinbaum", false],
    ["Trump", false],
    ["Mexican navy", false],
    ["CIA", false],
  ])("%s → %s", (text, expected) => expect(lowerCaseUse(text)).toBe(expected));
});

describe("numberedName", () => {
  it.each([
    ["The Pacific-12 Conference voted.", "Pacific", true],
    ["He watched Harbour-News18 daily.", "Harbour", true],
    ["The U.S.-Mexico border is long.", "U.S.", false],
    ["The Mexico-based firm said.", "Mexico", false],
    ["He flew to Mexico on May 2.", "Mexico", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(numberedName(text, at(text, words).end)).toBe(expected));
});

describe("workNamed", () => {
  it.each([
    ["Dana Pereira's show Atlanta returned for a third season.", "Atlanta", true],
    ["The FX comedy series Atlanta won two awards.", "Atlanta", true],
    ["She read the novel Florida twice.", "Florida", true],
    ["The band Chicago toured Europe.", "Chicago", true],
    ["They shot the film in Atlanta.", "Atlanta", false],
    ["The show, set in Atlanta, returned.", "Atlanta", false],
    ["The book sold well in Florida.", "Florida", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(workNamed(text, at(text, words).start)).toBe(expected));
});

describe("pageantTitle", () => {
  it.each([
    ["She was crowned Miss Mexico in 2019.", "Mexico", true],
    ["Former Miss USA Jane Doe spoke.", "USA", true],
    ["Fans will miss Mexico next year.", "Mexico", false],
    ["Dismiss Mexico's claim, he said.", "Mexico", false],
    ["She flew to Mexico.", "Mexico", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(pageantTitle(text, at(text, words).start)).toBe(expected));
});

describe("inWorkTitle", () => {
  it.each([
    ["“The Trump Show,” a new play, opened.", "Trump", true],
    ['He read "Trump: The Art of the Deal" twice.', "Trump", true],
    ["She starred in ‘Mexico City Blues’ last year.", "Mexico", true],
    // A quoted sentence, a one-word quote and a hit outside the quotation are no titles.
    ["“Trump is wrong,” she said.", "Trump", false],
    ["He called it “Trump” and left.", "Trump", false],
    ["“We Will Win,” said Trump on Monday.", "Trump", false],
    ["Trump’s “Big Beautiful Bill” passed.", "Trump", false],
    ["“It is over,” Mexico’s president said of “Operation Swift”.", "Mexico", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(inWorkTitle(text, at(text, words))).toBe(expected));
});

describe("cutFromWorkTitle", () => {
  it.each([
    ["She was asked on “Meet The Harbor Press” on Sunday.", "The Harbor Press", true],
    ["A booklet titled “The Wit and Wisdom of Jo Roe.” sold out.", "Wisdom of Jo Roe", true],
    // The quotation's whole name, but for its article; a quoted sentence; a hit outside the quotation.
    ["She spoke to “The Harbor Press” on Sunday.", "Harbor Press", false],
    ["She spoke to “The Harbor Press” on Sunday.", "The Harbor Press", false],
    ["“Jo Roe is wrong,” she said.", "Jo Roe", false],
    ["Jo Roe read “The Art of the Deal” twice.", "Jo Roe", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(cutFromWorkTitle(text, at(text, words))).toBe(expected));
});

describe("townInState", () => {
  it.each([
    ["He lived in Mexico, Missouri, for years.", "Mexico", true],
    ["He lived in Mexico, Mo., for years.", "Mexico", true],
    ["Students from Moscow, Idaho.", "Moscow", true],
    ["A plant in Lebanon, Pa. closed.", "Lebanon", true],
    ["Peru, N.Y., is small.", "Peru", true],
    ["Cuba, NY, is a village.", "Cuba", true],
    // A list of places, a country with its own region, a state's name as a word of the clause.
    ["Trade with Mexico, Texas and Canada grew.", "Mexico", false],
    ["Relations with Mexico, Washington said, were good.", "Mexico", false],
    ["Tijuana, Mexico, is a border city.", "Mexico", false],
    ["In Mexico, In a statement, the ministry said.", "Mexico", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(townInState(text, at(text, words).end)).toBe(expected));
});

describe("placedAfterComma", () => {
  const isPlace = (text: string) => (offset: number) => /^(?:England|Ohio)\b/u.test(text.slice(offset));
  it.each([
    ["Police in Kent, England, said the road was closed.", "Kent", true],
    ["The rally was in Kent, Ohio.", "Kent", true],
    // A list goes on; a possessive or a clause after the place makes it no place of the hit's.
    ["Trump, England and France met.", "Trump", false],
    ["Trump, England’s ally, spoke.", "Trump", false],
    ["Kent, Gomez and Lee spoke.", "Kent", false],
  ])("%s (%s) → %s", (text, words, expected) =>
    expect(placedAfterComma(text, at(text, words), isPlace(text))).toBe(expected),
  );
});

/** A stand-in for the country words the caller knows. */
const placeWord = (key: string) => ["mexico", "texas", "mexican", "us"].includes(key);

describe("brandAfterCountry", () => {
  it.each([
    ["USA Today said so.", "USA", true],
    ["U.S. Steel was sold.", "U.S.", true],
    ["US Airways merged.", "US", true],
    ["The U.S. Army said.", "U.S.", false],
    ["The U.S. Justice Department sued.", "U.S.", false],
    ["U.S. President Donald Trump said.", "U.S.", false],
    ["U.S. Customs and Border Protection said.", "U.S.", false],
    ["Talks in the U.S. Monday ended.", "U.S.", false],
    ["The U.S. Mexico border is long.", "U.S.", false],
    ["U.S. officials said.", "U.S.", false],
    ["Aides left for Mexico on Friday.", "Mexico", false],
  ])("%s (%s) → %s", (text, words, expected) =>
    expect(brandAfterCountry(text, at(text, words).end, placeWord)).toBe(expected),
  );
});

describe("namedAfterPlace", () => {
  it.each([
    ["She teaches at the University of Florida.", "Florida", "University of Florida", true, true],
    ["Florida State University won.", "Florida", "Florida State University", true, true],
    ["The City of Atlanta sued.", "Atlanta", "City of Atlanta", true, false],
    ["The State of Florida appealed.", "Florida", "State of Florida", true, false],
    // A country's name is its body's: "Bank of Mexico" is left to the caller's rules.
    ["The Bank of Mexico cut rates.", "Mexico", "Bank of Mexico", false, false],
  ])("%s (%s in %s) → %s", (text, place, org, regional, expected) =>
    expect(namedAfterPlace(text, at(text, place), at(text, org), regional)).toBe(expected),
  );
});

describe("closesLongerName", () => {
  it.each([
    ["Fares fell at Royal Caribbean on Monday.", "Caribbean", true],
    ["He flew from Hartsfield-Jackson Atlanta airport.", "Atlanta", true],
    ["He flew to Atlanta.", "Atlanta", false],
    ["Caribbean nations met.", "Caribbean", false],
    ["Royal Caribbean said so.", "Caribbean", false],
    // A sentence's first word opens the name only when it is no ordinary word.
    ["Union Pacific said freight volumes fell.", "Pacific", true],
    ["Many Caribbean nations met.", "Caribbean", false],
    ["Rural Florida voted for him.", "Florida", false],
    ["In Atlanta, he spoke.", "Atlanta", false],
    ["Two Florida men were arrested.", "Florida", false],
    ["En Florida, la ley cambió.", "Florida", false],
    ["Two United States service members died.", "United States", false],
    ["Leaders across the Mexican Caribbean met.", "Caribbean", false],
    ["Storms hit Texas Florida and Georgia.", "Florida", false],
    ["He spoke Tuesday Atlanta time.", "Atlanta", false],
    ["President Biden visited. In Atlanta, he spoke.", "Atlanta", false],
  ])("%s (%s) → %s", (text, words, expected) =>
    expect(closesLongerName(text, at(text, words).start, placeWord)).toBe(expected),
  );
});

describe("namesLocation", () => {
  it.each([
    ["He flew home via Moscow and Paris.", "Moscow", true],
    ["Talks opened in Moscow on Monday.", "Moscow", true],
    ["A Moscow-based bank lent the money.", "Moscow", true],
    ["The Moscow-born pianist played.", "Moscow", true],
    ["Moscow said the talks would go on.", "Moscow", false],
    ["Moscow-backed fighters shelled the town.", "Moscow", false],
    ["The Moscow-led bloc met.", "Moscow", false],
    ["Sanctions on Moscow grew.", "Moscow", false],
    ["He moved from Moscow to Berlin.", "Moscow", true],
    ["He flew to Moscow from Paris.", "Moscow", true],
    ["Orders came from Moscow on Monday.", "Moscow", false],
    ["Kyiv sent a message to Moscow.", "Moscow", false],
    ["She studied at Princeton.", "Princeton", false],
  ])("%s (%s) → %s", (text, words, expected) => expect(namesLocation(text, at(text, words))).toBe(expected));
});

describe("wordBefore", () => {
  it.each([
    ["Shares of Royal Caribbean rose.", "Caribbean", "Royal"],
    ["Royal Caribbean said so.", "Caribbean", "Royal"],
    ["Boats crossed the Caribbean.", "Caribbean", undefined],
    ["The Hartsfield-Jackson Atlanta airport.", "Atlanta", "Hartsfield-Jackson"],
    ["In 2019 Atlanta grew.", "Atlanta", undefined],
  ])("%s (%s) → %s", (text, words, expected) => expect(wordBefore(text, at(text, words).start)).toBe(expected));
});

describe("isUsStateName", () => {
  it("is true for a state's full name, of one word or two, and for nothing else", () => {
    expect(isUsStateName("Virginia")).toBe(true);
    expect(isUsStateName("New Mexico")).toBe(true);
    expect(isUsStateName("Va.")).toBe(false);
    expect(isUsStateName("Virginia Beach")).toBe(false);
  });
});

describe("inItalicTitle", () => {
  const text =
    "She left _Dawn & Daylight_ for _The Quillford Gazette_, wrote _Reporting by Jane Roe_ and told _Vellbuzz_.";
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const runs = [...text.matchAll(/_[^_]+_/gu)].map((m) => [m.index + 1, m.index + m[0].length - 1] as const);
  const outlet = (name: string) => name.endsWith("Gazette");
  it("reads a name inside an italic title-cased run of two words or more as a work's title", () => {
    expect(inItalicTitle(text, at("Dawn & Daylight"), runs, outlet)).toBe(true);
  });
  it("not an outlet's name, a credit, a one-word run, or words outside the italics", () => {
    expect(inItalicTitle(text, at("Quillford Gazette"), runs, outlet)).toBe(false);
    expect(inItalicTitle(text, at("Jane Roe"), runs, outlet)).toBe(false);
    expect(inItalicTitle(text, at("Vellbuzz"), runs, outlet)).toBe(false);
    expect(inItalicTitle("She left Dawn & Daylight.", { start: 9, end: 24 }, [], outlet)).toBe(false);
    const journal = "It ran in the journal Annals of Quillford Studies.";
    const annals = { start: journal.indexOf("Annals"), end: journal.length - 1 };
    expect(inItalicTitle(journal, annals, [[annals.start, annals.end]], outlet)).toBe(false);
  });
});

describe("closesOtherBody", () => {
  const isPlace = (key: string) => ["mexico", "mexican", "us", "colombia"].includes(key);
  const at = (text: string, words: string) => closesOtherBody(text, text.indexOf(words), isPlace);
  it("reads a generic body's name after another capitalised word as the close of another body's name", () => {
    expect(at("The Continental Congress met in 1774.", "Congress")).toBe(true);
    expect(at("The African National Congress won in 1994.", "Congress")).toBe(true);
    expect(at("Boats of the Royal Coast Guard helped.", "Coast Guard")).toBe(true);
  });
  it("not after a country's word, a possessive, a title, a time word or a sentence's first word", () => {
    expect(at("The Mexican Congress met.", "Congress")).toBe(false);
    expect(at("Mexico's Congress met.", "Congress")).toBe(false);
    expect(at("The U.S. Congress met.", "Congress")).toBe(false);
    expect(at("Sheinbaum's Congress met.", "Congress")).toBe(false);
    expect(at("Yesterday Congress voted.", "Congress")).toBe(false);
    expect(at("On Monday Congress voted.", "Congress")).toBe(false);
    expect(at("MEXICO CITY — Congress voted.", "Congress")).toBe(false);
    expect(at("Lawmakers said Congress would vote.", "Congress")).toBe(false);
  });
});
