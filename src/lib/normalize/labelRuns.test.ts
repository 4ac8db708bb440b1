/** Runs of labels: teasers cut short by their rail count as labels; sentences that trail off in a paragraph do not. */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { labelRunLength } from "./labelRuns.ts";
import { toLines } from "./lines.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

describe("labelRunLength: teasers cut short by a rail", () => {
  it("reads three cut teasers in a row as a run", () => {
    const units = unitsOf([
      "Port workers walk out over new shift rules...",
      "Customs queues at the border reach a record,...",
      "Council approves the harbour budget for…",
    ]);
    expect(labelRunLength(units, 0)).toBe(3);
  });

  it("leaves paragraphs that end in an ellipsis after a full sentence", () => {
    const units = unitsOf([
      "The mayor paused. We will see what happens next, she said, and then...",
      "",
      "Officials said the review of port security would continue through the autumn...",
      "",
      "The council said it would decide in December whether the plan goes ahead...",
    ]);
    expect(labelRunLength(units, 0)).toBe(0);
  });
});

describe("labelRunLength: a chronology's entries without full stops", () => {
  it("reads no run in lines that open on a day and a separator, where bare headlines are one", () => {
    const entries = unitsOf([
      "Nov. 4 – The ferry operator asks for a higher subsidy",
      "Nov. 20 – The council refuses and opens an audit",
      "Dec. 15 – Auditors report missing fuel receipts",
    ]);
    expect(labelRunLength(entries, 0)).toBe(0);
    const rail = unitsOf([
      "Ferry operator asks for a higher subsidy",
      "Council refuses and opens an audit",
      "Auditors report missing fuel receipts",
    ]);
    expect(labelRunLength(rail, 0)).toBe(3);
    // Not: a listing's verbless lines, which a rail of events may set.
    const listing = unitsOf([
      "April 22: Town hall on trade, Laredo College",
      "May 6: Chamber of commerce breakfast",
      "May 20: Port authority open house",
    ]);
    expect(labelRunLength(listing, 0)).toBe(3);
  });
});

describe("labelRunLength: what ends a run", () => {
  it("stops at a rail's label, which the rail reader takes with its headlines", () => {
    const units = unitsOf([
      "Read Next",
      "Port workers walk out over new shift rules...",
      "Share Selection",
      "Trending Now",
      "Customs queues at the border reach a record",
    ]);
    expect(labelRunLength(units, 0)).toBe(3);
  });

  it("leaves a word or two cut off by a paywall", () => {
    const units = unitsOf(["All...", "To Read the Full Story", "Subscribe Today"]);
    expect(labelRunLength(units, 0)).toBe(0);
  });
});

describe("labelRunLength: a rail that stamps each headline with its date", () => {
  it("takes the date lines between a rail's labels and headlines with the run", () => {
    const units = unitsOf([
      "FEATURES",
      "Elite Exaltas: the Nissan nicknames",
      "December 18, 2015",
      "AUTO NEWS",
      "Sentra I-Style Makes a Statement",
      "August 18, 2005",
      "The car goes on sale in late January, the company said.",
    ]);
    expect(labelRunLength(units, 0)).toBe(6);
  });

  it("takes a teaser's stamp with its author's name with the run, never counting it", () => {
    const teasers = [
      "Next Auto News",
      "Audi e-Tron Sportback makes electric crossovers look good",
      "Jose Altoveros 2019-11-20 14:35:08",
      "Previous Auto News",
      "2020 Mini JCW GP is a 300HP monster hatch",
      "The car goes on sale in late January, the company said.",
    ];
    expect(labelRunLength(unitsOf(teasers), 0)).toBe(5);
    const two = ["What comes next", "Jose Altoveros 2019-11-20 14:35:08", "Who pays", teasers[5] ?? ""];
    expect(labelRunLength(unitsOf(two), 0)).toBe(0);
  });

  it("does not count date lines towards the run's three lines", () => {
    const units = unitsOf([
      "What comes next",
      "March 3, 2024",
      "Who pays",
      "March 4, 2024",
      "The federal share of the cost was not settled, the officials said.",
    ]);
    expect(labelRunLength(units, 0)).toBe(0);
  });

  it("never opens a run with a date line, nor takes two dates in a row", () => {
    expect(labelRunLength(unitsOf(["May 27, 2014", "FEATURES", "AUTO NEWS", "Crossovers are here"]), 0)).toBe(0);
    const units = unitsOf(["FEATURES", "AUTO NEWS", "May 27, 2014", "June 15, 2010", "Crossovers are here"]);
    expect(labelRunLength(units, 0)).toBe(0);
  });
});

describe("labelRunLength: a list the article measures out", () => {
  it("keeps a recipe's heading, label and ingredient lines, which hold kitchen measures", () => {
    const units = unitsOf([
      "Smoky Lentil Soup",
      "Ingredients",
      "2 cups green lentils",
      "1 tsp smoked paprika",
      "1/2 tsp ground cumin",
      "Method",
    ]);
    for (const idx of [0, 1, 2, 3]) expect(labelRunLength(units, idx)).toBe(0);
  });

  it("keeps the headings of a meal plan set against a measured line", () => {
    const units = unitsOf([
      "Menu for Plan One",
      "Morning Meal",
      "Eat within an hour of waking",
      "Oat Bowl [1 cup oats, ½ cup berries, 1 tsp honey, and a splash of milk to finish the bowl]",
    ]);
    expect(labelRunLength(units, 0)).toBe(0);
  });

  it("still reads a menu of bare labels as a run", () => {
    const units = unitsOf(["Soups", "Salads", "Desserts", "Drinks"]);
    expect(labelRunLength(units, 0)).toBe(4);
  });
});

describe("labelRunLength: a table of the article's figures", () => {
  it("keeps a flattened table whose cells hold measured figures", () => {
    const units = unitsOf([
      "Update size by release",
      "Harbour Charts",
      "71.1 MB",
      "13.4 MB (-81%)",
      "8.0 MB (-89%)",
      "Tide Tables",
      "32.7 MB",
      "17.5 MB (-46%)",
      "9.6 MB (-71%)",
      "Ferry Times",
      "17.8 MB",
      "7.6 MB (-57%)",
    ]);
    expect(labelRunLength(units, 0)).toBe(0);
  });

  it("still reads a rail with posts' ages and a chart's few labels as a run", () => {
    const rail = unitsOf([
      "Harbour news",
      "8h",
      "Ferry fares",
      "12h",
      "Port budget",
      "3d",
      "Tide tables",
      "2d",
      "Weather",
      "5d",
    ]);
    expect(labelRunLength(rail, 0)).toBe(10);
    const chart = unitsOf(["Share of budget", "Net interest", "13.0%", "6.6%", "’17", "’18", "’19", "’20"]);
    expect(labelRunLength(chart, 0)).toBeGreaterThan(0);
  });
});

describe("labelRunLength: one headline between two runs of a rail", () => {
  const rail = (middle: string) =>
    unitsOf([
      "Latest videos",
      "Harbour cranes idle as dock strike enters second week",
      "Ferry timetable cut for winter months",
      middle,
      "Coastal road reopens after landslide",
      "Fishing quotas set for next season",
      "Lighthouse keeper retires after forty years",
    ]);

  it("takes a headline that asks, or one longer than the rest, as one more item", () => {
    expect(
      labelRunLength(rail("Port expansion: Will the new berth be ready before the tourist season starts?"), 0),
    ).toBe(7);
    expect(
      labelRunLength(
        rail("Ferry BOOST: New vessel that can carry 400 cars in one crossing to be built in the town yard"),
        0,
      ),
    ).toBe(7);
  });

  it("leaves a sentence that states, with its full stop, and the runs stop at it", () => {
    const units = rail("Below, we look at how each crew member fared during the harbour's busiest week.");
    expect(labelRunLength(units, 0)).toBe(3);
    expect(labelRunLength(units, 4)).toBe(3);
  });

  it("leaves a line a colon ends, which introduces what follows", () => {
    expect(labelRunLength(rail("These were the stops on the route:"), 0)).toBe(3);
  });
});

describe("labelRunLength: a list the text introduces", () => {
  it("is no run, from its first item to its last, when the text goes on under it", () => {
    const units = unitsOf([
      "What you will need:",
      "Sandpaper",
      "Two metal brackets",
      "Wood oil",
      "A soft cloth",
      "Screwdriver",
      "Step 1",
      "Sand the shelf's edges until they feel smooth to the touch.",
    ]);
    for (const idx of [1, 2, 3]) expect(labelRunLength(units, idx)).toBe(0);
  });

  it("is a run when its lines are capitalized as headlines are", () => {
    const units = unitsOf([
      "More on:",
      "harbour",
      "Port Workers Walk Out Over Shift Rules",
      "Customs Queues Reach A Record",
      "Council Approves Harbour Budget",
      "Step 1",
      "Sand the shelf's edges until they feel smooth to the touch.",
    ]);
    expect(labelRunLength(units, 2)).toBeGreaterThanOrEqual(3);
  });
});
