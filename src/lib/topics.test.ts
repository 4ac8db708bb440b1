import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDesk } from "./content/desk.ts";
import { assignTopics, matchTopics } from "./topics.ts";

const topics = loadDesk(process.cwd()).topics;

describe("matchTopics", () => {
  const few = [{ id: "drones", terms: ["drone", "mq-9 reaper", "northern command"] }];

  it("counts whole words only, case-insensitively", () => {
    const [match] = matchTopics("Drone, drones, DRONE and a drone-maker.", few);
    expect(match?.terms).toEqual([{ term: "drone", count: 3, written: "Drone" }]);
  });

  it("matches terms across typographic variants of hyphens and apostrophes", () => {
    const [match] = matchTopics("The MQ‑9 Reaper and MQ–9 Reaper of Northern Command", [
      { id: "drones", terms: ["mq-9 reaper", "northern command"] },
    ]);
    expect(match?.terms).toEqual([
      { term: "mq-9 reaper", count: 2, written: "MQ‑9 Reaper" },
      { term: "northern command", count: 1, written: "Northern Command" },
    ]);
  });

  it("gives each term as the text writes it most often, so a proper noun keeps its capitals", () => {
    const [match] = matchTopics("Sheinbaum said the CIA and U.S. troops would not. sheinbaum, Sheinbaum's CIA", [
      { id: "t", terms: ["sheinbaum", "cia", "u.s. troops", "drone"] },
    ]);
    expect(match?.terms.map((t) => [t.term, t.written, t.count])).toEqual([
      ["sheinbaum", "Sheinbaum", 3],
      ["cia", "CIA", 2],
      ["u.s. troops", "U.S. troops", 1],
    ]);
    // A typographic apostrophe in the text is kept as written.
    expect(
      matchTopics("Mexico’s sovereignty", [{ id: "t", terms: ["mexico's sovereignty"] }])[0]?.terms[0]?.written,
    ).toBe("Mexico’s sovereignty");
  });

  it("treats regular-expression characters in terms literally", () => {
    expect(matchTopics("u.s. troops and uxs troops", [{ id: "t", terms: ["u.s. troops"] }])[0]?.hits).toBe(1);
  });
});

describe("assignTopics", () => {
  it("needs both enough hits and enough density", () => {
    const terms = [{ id: "drones", terms: ["drone"] }];
    expect(assignTopics("drone drone", terms)).toEqual([]);
    expect(assignTopics("drone drone drone", terms).map((match) => match.id)).toEqual(["drones"]);
    const long = `drone drone drone ${"word ".repeat(1000)}`;
    expect(assignTopics(long, terms)).toEqual([]);
  });

  // The raw sources stand in for the articles here; the site test checks the built topic pages.
  const expected: Record<string, string[]> = {
    "000": ["russian-espionage"],
    "001": ["drone-surveillance", "sovereignty-tensions"],
    "002": ["sovereignty-tensions"],
    "003": ["drone-surveillance"],
    "004": ["drone-surveillance"],
  };
  for (const name of readdirSync("content/sources").filter((file) => file.endsWith(".txt"))) {
    const prefix = name.slice(0, 3);
    it(`files source ${prefix} under ${expected[prefix]?.join(" and ")}`, () => {
      const text = readFileSync(`content/sources/${name}`, "utf8");
      expect(
        assignTopics(text, topics)
          .map((match) => match.id)
          .sort(),
      ).toEqual(expected[prefix]);
    });
  }
});
