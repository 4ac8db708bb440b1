import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
/** Each mention as "words → entity id", and the found entities' names. */
const read = (text: string) => {
  const { mentions, found } = findEntities(articleSentences(text), matcher);
  return { links: mentions.map((m) => `${m.text} → ${m.entityId}`), found: found.map((f) => f.name) };
};

describe("a one-word name that opens one person's full name", () => {
  it("is that person, as a name written surname first goes by its first word", () => {
    const { links, found } = read(
      "President Pyo Dae Sung spoke in Busan on Monday. Earlier, Pyo apologized for the delay. Critics called for Pyo’s resignation.",
    );
    expect(links.filter((l) => l.startsWith("Pyo"))).toEqual([
      "Pyo Dae Sung → pyo-dae-sung",
      "Pyo → pyo-dae-sung",
      "Pyo → pyo-dae-sung",
    ]);
    expect(found).not.toContain("Pyo");
  });

  it("is no one's where two people's names hold the word", () => {
    const text =
      "Defense Minister Kim Tae-sok resigned on Monday. Seoul resident Sarah Kim said she was relieved. Prosecutors are questioning Kim and two generals.";
    expect(read(text).links.filter((l) => l.startsWith("Kim "))).toEqual(["Kim Tae-sok → kim-tae-sok"]);
  });

  it("is not a word known alone as a place", () => {
    const { links } = read("Denver Ruiz, a painter, moved to Ohio in 2010. Denver has grown quickly since then.");
    expect(links.filter((l) => l.endsWith("denver-ruiz"))).toEqual(["Denver Ruiz → denver-ruiz"]);
  });

  it("is not an ordinary word opening a sentence", () => {
    const { links } = read("Will Harlan, a farmer, planted corn this spring. Will the rain come in time?");
    expect(links).toEqual(["Will Harlan → will-harlan"]);
  });
});
