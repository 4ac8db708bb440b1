import { describe, expect, it } from "vitest";
import { thingInitialisms } from "./thingInitialisms.ts";

const things = (text: string) => [...thingInitialisms(text)];

describe("thingInitialisms", () => {
  it("takes an initialism defined by capitalised words that name no body, person or place", () => {
    expect(things("Our new Batch Retry Engine (BRE) replaced three older systems.")).toEqual(["bre"]);
    expect(things("The Queue and Lease Manager (QLM) hands out work.")).toEqual(["qlm"]);
    expect(things("KPM (Kilos Per Metre) is the unit we track.")).toEqual(["kpm"]);
  });

  it("not one whose definition is a body's name", () => {
    expect(things("She left the Harbor Software Foundation (HSF) last year.")).toEqual([]);
    expect(things("The Dunmore County Police Department (DCPD) said so.")).toEqual([]);
  });

  it("takes an initialism listed among lower-case common nouns", () => {
    expect(things("It serves radio, gaming, education, VOD, and news content.")).toEqual(["vod"]);
    expect(things("Police, FBI and prosecutors came.")).toEqual([]);
    expect(things("Acme, Globex, IBM and others joined.")).toEqual([]);
  });
});
