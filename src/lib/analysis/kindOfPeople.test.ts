import { describe, expect, it } from "vitest";
import { describesAKind } from "./kindOfPeople.ts";

describe("describesAKind", () => {
  it.each([
    " who say, write and do hateful things.",
    " who say and do cruel things online.",
    " arguing that taxes never matter should be the first to pay them.",
    " who claim the bridge is safe must be asked to cross it.",
    " who insist the rules are fair ought to be the last to break them.",
  ])("reads %j as a kind of people", (after) => {
    expect(describesAKind(after)).toBe(true);
  });

  it.each([
    // A report: the group's own verb.
    " say the bridge is unsafe.",
    " who live nearby said the bridge should be closed.",
    " who were interviewed said they had done nothing wrong.",
    // The judgement is what the group says, after the clause's comma.
    ", who argue the plan failed, said it should be scrapped.",
    " arguing for the plan said the vote should be held in May.",
  ])("reads %j as no kind described", (after) => {
    expect(describesAKind(after)).toBe(false);
  });
});
