import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
/** Each mention as "words → entity id", and the found entities as "name (kind)". */
const read = (text: string) => {
  const { mentions, found } = findEntities(articleSentences(text), matcher);
  return {
    links: mentions.map((m) => `${m.text} → ${m.entityId}`),
    found: found.map((f) => `${f.name} (${f.kind})`),
  };
};

describe("a person known by one name", () => {
  it("is a person where a role at or of a body is set off after the word, and stays one after", () => {
    const { links, found } = read(
      "Suharjono, head of the island's rescue agency, told reporters the search would widen. The wreck may lie in deep water, Suharjono said on Monday.",
    );
    expect(found).toContain("Suharjono (person)");
    expect(found).not.toContain("Suharjono (organisation)");
    expect(links.filter((l) => l.startsWith("Suharjono"))).toHaveLength(2);
  });
});

describe("a surname whose particle is written apart or joined", () => {
  it("is the one person the article named with the other spelling", () => {
    const { links, found } = read(
      "Mayor Bill DeMarco said the budget would pass. Critics said De Marco had spent too much on the parade.",
    );
    expect(found.filter((f) => f.endsWith("(person)"))).toEqual(["Bill DeMarco (person)"]);
    expect(links).toContain("De Marco → bill-demarco");
  });
});

describe("a byline with the writer's address", () => {
  it("names no one the article tells of", () => {
    const { found } = read(
      "Jane Holloway | jholloway@example.com\n\nThe library opened a new reading room on Friday, said Mark Ellison, its director.",
    );
    expect(found).not.toContain("Jane Holloway (person)");
    expect(found).toContain("Mark Ellison (person)");
  });
});

describe("a credit rating's grade", () => {
  it("is no body before what it grades", () => {
    const { found } = read("Funds holding these AAA bonds may see them cut to BBB ratings, the IMF said.");
    expect(found).not.toContain("AAA (organisation)");
    expect(found).not.toContain("BBB (organisation)");
    expect(found).toContain("IMF (organisation)");
  });
});

describe("a caption opened by its picture's credit", () => {
  it("names neither the photographer nor the agency, and still the caption's people", () => {
    const { found } = read("Dana Ortiz/Harbour Wire Images Mayor Ann Lee greets voters on Main Street.");
    expect(found).not.toContain("Dana Ortiz (person)");
    expect(found.some((f) => f.startsWith("Harbour Wire"))).toBe(false);
    expect(found).toContain("Ann Lee (person)");
  });
});

describe("a newspaper's poll", () => {
  it("names the newspaper", () => {
    const { found } = read("A Dunmore Gazette Poll from May showed the levy was popular with voters.");
    expect(found).toContain("Dunmore Gazette (organisation)");
    expect(found).not.toContain("Dunmore Gazette Poll (organisation)");
  });

  it("names the newspaper whose poll's name stands before a lower-case 'poll'", () => {
    const { found } = read("A new Dunmore Gazette Voter Tracker poll showed the levy was popular.");
    expect(found).toContain("Dunmore Gazette (organisation)");
    expect(found).not.toContain("Dunmore Gazette Voter Tracker (organisation)");
  });
});
