import { describe, expect, it } from "vitest";
import { scoredOpponent, scoredTeam } from "./teamScore.ts";

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe("scoredOpponent", () => {
  it.each([
    ["Atlanta beat Miami 5-3 on Saturday.", "Atlanta", "Miami"],
    ["Atlanta beat Miami 5-3 on Saturday.", "Miami", "Atlanta"],
    ["In the NBA, Houston edged Dallas 108–101.", "Dallas", "Houston"],
    ["Denver lost to the Utah Jazz 4-1.", "Denver", "Utah Jazz"],
    ["Kansas City rallied past Buffalo 27-24 in overtime.", "Kansas City", "Buffalo"],
  ])("%s (%s) → %s", (text, name, other) => expect(scoredOpponent(text, at(text, name))).toBe(other));

  it.each([
    // Sets of tennis score players, not teams.
    ["Ana Ruiz beat Eva Lind 6-3, 6-4.", "Eva Lind"],
    // No score right after the loser's name: a place, an election, a vote.
    ["Atlanta beat Miami to the new plant.", "Atlanta"],
    ["Texas beat Florida in job growth, 5-3 by one count.", "Florida"],
    ["Voters in Atlanta backed the plan 5-3.", "Atlanta"],
  ])("%s (%s) → none", (text, name) => expect(scoredTeam(text, at(text, name))).toBe(false));
});
