import { describe, expect, it } from "vitest";
import { Genders, givenNameGender, pronounGender, relativePronoun, reportedPronoun, statedGender } from "./gender.ts";

describe("statedGender", () => {
  it.each([
    ["Her husband, ", "", "male"],
    ["the family's matriarch and his wife ", "", "female"],
    ["Mrs. ", " said", "female"],
    ["", ", a police spokeswoman, said", "female"],
    ["", ", her son, said", "male"],
    ["", ", Trump's spokesman, said", "male"],
    ["", " is one of the first two Muslim women elected to Congress.", "female"],
    ["", " was the first man to reach the summit.", "male"],
  ] as const)("reads %j … %j as %s", (before, after, gender) => {
    expect(statedGender(before, after)).toBe(gender);
  });

  it("reads the noun or honorific right before a name at the end of a long paragraph", () => {
    const long = "Officials said the ferry had run the same route for years, and that nobody had asked. ".repeat(20);
    expect(statedGender(`${long}Her husband, `, "")).toBe("male");
    expect(statedGender(`${long}his granddaughter `, "")).toBe("female");
    expect(statedGender(`${long}Mr. `, " said")).toBe("male");
    expect(statedGender(`${long}his wife ,  `, "")).toBe("female");
  });

  it("reads nothing from a gendered word earlier in a long paragraph, or from the second of a pair", () => {
    const long = "Her husband ran the ferry for years, and nobody asked. ".repeat(20);
    expect(statedGender(`${long}The captain, `, "")).toBeUndefined();
    expect(statedGender(`${long}husband and wife `, "")).toBeUndefined();
    expect(statedGender(`${long}stepson `, "")).toBeUndefined();
    expect(statedGender(`${long}his wife,, `, "")).toBeUndefined();
    // A surname that ends as a noun does ("Johnson") is no son; the pair's "and" is seen however far back.
    expect(statedGender(`${long}Johnson, `, "")).toBeUndefined();
    expect(statedGender(`${long}husband and${" ".repeat(20)}wife `, "")).toBeUndefined();
  });

  it("guesses nothing from a name or a role that has no gender", () => {
    expect(statedGender("Prosecutor ", ", 61, said")).toBeUndefined();
    expect(statedGender("", ", a nurse on the mainland, says")).toBeUndefined();
    // "the son of X" states the gender of the son, not of X.
    expect(statedGender("a son of ", "")).toBeUndefined();
    // A gendered noun that is not the appositive's head states nothing of the name.
    expect(statedGender("", ", a lawyer for his wife, said")).toBeUndefined();
    expect(statedGender("", ", an adviser to the queen, said")).toBeUndefined();
    expect(statedGender("", ", the woman's lawyer, said")).toBeUndefined();
    expect(statedGender("", ", her husband's doctor, said")).toBeUndefined();
    expect(statedGender("", ", a woman-owned firm's founder, said")).toBeUndefined();
    // An honorific is a title only as one is written: "miss" is a verb.
    expect(statedGender("Fans will miss ", " next season")).toBeUndefined();
    expect(statedGender("Miss ", " said")).toBe("female");
    // The second noun of a pair may be the second name's.
    expect(statedGender("husband and wife ", " and Mary Cole")).toBeUndefined();
    // What a name is, headed by a noun of no gender, states none: "one of the women's lawyers" is a lawyer.
    expect(statedGender("", " is one of the women's lawyers.")).toBeUndefined();
    expect(statedGender("", " is a lawyer for the mother.")).toBeUndefined();
  });
});

describe("Genders", () => {
  it("rules out only a person the text states to be of the other gender", () => {
    const genders = new Genders();
    genders.note("samuel", "Her husband, ", ", ran the ferry");
    expect(genders.fits("samuel", pronounGender("she"))).toBe(false);
    expect(genders.fits("samuel", pronounGender("He"))).toBe(true);
    expect(genders.fits("margaret", pronounGender("she"))).toBe(true);
  });

  it("forgets a gender stated both ways", () => {
    const genders = new Genders();
    genders.note("x", "his wife ", "");
    genders.note("x", "her husband ", "");
    expect(genders.fits("x", "female")).toBe(true);
    expect(genders.fits("x", "male")).toBe(true);
  });
});

describe("reportedPronoun and the weight of cues", () => {
  it("reads the subject of what a name reports", () => {
    expect(reportedPronoun(" said she would act")).toBe("female");
    expect(reportedPronoun(" told reporters he would vote no")).toBe("male");
    expect(reportedPronoun(", 52, says that she had met him")).toBe("female");
    expect(reportedPronoun(" ran it before her")).toBeUndefined();
  });

  it("reads nothing from a pronoun that may be someone the sentence does not name", () => {
    expect(reportedPronoun(" praised the Mexican president, saying she would act")).toBeUndefined();
    expect(reportedPronoun(" met the minister and said she was ready")).toBeUndefined();
  });

  it("lets many cues outweigh a stray one, but not a few", () => {
    const genders = new Genders();
    for (const cue of ["male", "male", "male", "male", "female"] as const) genders.add("t", cue);
    expect(genders.of("t")).toBe("male");
    genders.add("t", "female");
    expect(genders.of("t")).toBeUndefined();
  });
});

describe("relativePronoun", () => {
  it.each([
    [", where she worked.", "female"],
    [", where he sits on Fridays", "male"],
    [", when she was mayor", "female"],
  ] as const)("reads %j as %s", (after, gender) => {
    expect(relativePronoun(after)).toBe(gender);
  });
  it.each([
    // Not a pronoun right after the relative word, nor a relative clause at all.
    [", where the staff said she worked"],
    [" where she worked"],
    [", who said she worked"],
    [", where they worked"],
    [", wherever she went"],
  ])("reads nothing in %j", (after) => {
    expect(relativePronoun(after)).toBeUndefined();
  });
});

describe("givenNameGender", () => {
  it.each([
    ["Michelle Ortiz", "female"],
    ["Donald Reyes", "male"],
    ["Janet Holloway", "female"],
  ] as const)("reads %j as %s from its given name", (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });

  it.each(["Michelle", "Ivo Brandt", "Kim Jong Un", "Kim Yong-hyun", "Taylor Reyes"])(
    "reads nothing from %j (one word, a given name the lexicon does not tell, a surname first)",
    (name) => {
      expect(givenNameGender(name)).toBeUndefined();
    },
  );
});

describe("Genders.noteGivenName", () => {
  it("alone tells the gender, once per key however often noted", () => {
    const genders = new Genders();
    genders.noteGivenName("Donald Reyes", "Donald Reyes");
    genders.noteGivenName("Donald Reyes", "Donald Reyes");
    expect(genders.of("Donald Reyes")).toBe("male");
    expect(genders.fits("Donald Reyes", "female")).toBe(false);
  });

  it("is cancelled by one pronoun of the other gender, or one stated word", () => {
    const genders = new Genders();
    genders.noteGivenName("Alex Ruiz", "Alex Ruiz");
    genders.add("Alex Ruiz", "female");
    expect(genders.of("Alex Ruiz")).toBeUndefined();
    genders.noteGivenName("Sam Cole", "Sam Cole");
    genders.noteStated("Sam Cole", "female");
    expect(genders.fits("Sam Cole", "female")).toBe(true);
  });
});
