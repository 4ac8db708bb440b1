import { describe, expect, it } from "vitest";
import { isComparisonBase, isNonEventDate, isQuestion, isSpanStart } from "./nonEvents.ts";

/** Whether the first occurrence of `words` in the sentence is a non-event date. */
const nonEvent = (sentence: string, words: string, year = false) => {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the sentence`);
  return isNonEventDate(sentence, { start, end: start + words.length }, year);
};

describe("isNonEventDate", () => {
  it("takes a birthday in an age phrase for no event", () => {
    const s = "Lemus, who turned 58 on Sunday, was handed over on Tuesday.";
    expect(nonEvent(s, "on Sunday")).toBe(true);
    expect(nonEvent(s, "on Tuesday")).toBe(false);
    expect(nonEvent("She celebrated her 60th birthday on Friday with her family.", "on Friday")).toBe(true);
  });

  it("takes a year offered as one of two for no event, but not years joined by 'and'", () => {
    const s = "In late 2010 or early 2011, the clerk wrote to the board.";
    expect(nonEvent(s, "2010", true)).toBe(true);
    expect(nonEvent(s, "2011", true)).toBe(true);
    expect(nonEvent("The mill shut in 2019 or 2020, neighbours recall.", "2020", true)).toBe(true);
    expect(nonEvent("The mill shut in 2019 and reopened in 2020.", "2019", true)).toBe(false);
    expect(nonEvent("The mill shut in 2019, or so the neighbours say.", "2019", true)).toBe(false);
    // A horizon sets each year as a target.
    expect(nonEvent("Standards may be ready by 2022 or 2023, an engineer said.", "2023", true)).toBe(false);
  });

  it("takes a law named by its year for no event, but not a thing done that year", () => {
    expect(nonEvent("He was charged under the 1986 Anti-Drug Abuse Act, prosecutors said.", "1986", true)).toBe(true);
    expect(nonEvent("It breaks the Trade Act of 1974, the suit says.", "1974", true)).toBe(true);
    expect(nonEvent("The 2019 constitutional amendment created the Guard.", "2019", true)).toBe(false);
    expect(nonEvent("The 1962 Cuban Missile Crisis was recalled.", "1962", true)).toBe(false);
  });

  it("takes the day a picture was taken for no event", () => {
    expect(nonEvent("Sheinbaum, pictured on March 3, 2025, said she disagreed.", "March 3, 2025")).toBe(true);
    expect(nonEvent("The photo, taken on March 3, 2025, shows the wreckage.", "March 3, 2025")).toBe(true);
    expect(nonEvent("Troops arrived on March 3, 2025, officials said.", "March 3, 2025")).toBe(false);
    const caption = "Noem, governor of South Dakota, pictured at the White House turkey pardon in 2018, when she was …";
    expect(nonEvent(caption, "2018", true)).toBe(true);
    expect(nonEvent("She was pictured at the rally, which ended in 2018.", "2018", true)).toBe(false);
  });

  it("takes a year something is ranked in, and a count after its noun, for no event", () => {
    expect(nonEvent("Arguably the best Android phone of 2019, the Note 10 is well designed.", "2019", true)).toBe(true);
    expect(nonEvent("Tell us what your favorite gadget of 2019 is.", "2019", true)).toBe(true);
    expect(nonEvent("The old design earned a total score of 2072 in the test.", "2072", true)).toBe(true);
    expect(nonEvent("The phone was released in the autumn of 2019.", "2019", true)).toBe(false);
    expect(nonEvent("It was the best phone they made, launched in 2019.", "2019", true)).toBe(false);
  });

  it("takes a model year before a product's name for no event, but not a happening's name or a clause's year", () => {
    expect(nonEvent("Taking on a sleeker look, the 2020 Sentra gets a new grille.", "2020", true)).toBe(true);
    expect(nonEvent("The 2021 RAV4 Prime will be able to go 39 miles.", "2021", true)).toBe(true);
    expect(nonEvent("Safety features are available on the 2020 Sentra.", "2020", true)).toBe(true);
    expect(nonEvent("It could debut at the 2020 Bangkok International Motor Show.", "2020", true)).toBe(false);
    expect(nonEvent("He was the first pick of the 2017 National Football League draft.", "2017", true)).toBe(false);
    expect(nonEvent("Traffic stopped for the 2008 Beijing Olympics, it gets done.", "2008", true)).toBe(false);
    expect(nonEvent("In 2019 Mexico elected a president.", "2019", true)).toBe(false);
    expect(nonEvent("A 2018 Pew survey found it.", "2018", true)).toBe(false);
    // A name whose words the tagger splits ("15-inch") still ends where the verb starts.
    expect(nonEvent("The 2018 15-inch i9 MacBook Pro was a very hot machine.", "2018", true)).toBe(true);
    // A line's lower-case, hyphenated or capitalised-inside word belongs to the name; first, a hyphenated one does not.
    expect(nonEvent("Kia showed the 2020 Kia e-Niro Plus making its debut.", "2020", true)).toBe(true);
    expect(nonEvent("Buyers of the 2019 iPhone SE got a refund.", "2019", true)).toBe(true);
    expect(nonEvent("Turnout in the 2019 pre-season, as ever, was low.", "2019", true)).toBe(false);
  });

  it("takes a run of model years, one with those before or after it, and a name before a preposition for no event", () => {
    expect(nonEvent("Fans of the 2014 through 2017 Zephyr GT, though, were let down.", "2014", true)).toBe(true);
    expect(nonEvent("Anyone moving from a 2013 or older Zephyr GT will notice.", "2013", true)).toBe(true);
    expect(nonEvent("Anyone moving from a 2013 or later Zephyr GT will notice.", "2013", true)).toBe(true);
    expect(nonEvent("At full speed the 2015 Zephyr GT under test was loud.", "2015", true)).toBe(true);
    // A happening's name before the preposition keeps its year.
    expect(nonEvent("He raced at the 2015 Monaco Grand Prix in the rain.", "2015", true)).toBe(false);
  });

  it("takes a year that is itself the thing after 'the' for no event, but not a list of years", () => {
    expect(nonEvent("The new screen is brighter than the 2016, but dimmer than the 2012.", "2016", true)).toBe(true);
    expect(nonEvent("The new screen is brighter than the 2016, but dimmer than the 2012.", "2012", true)).toBe(true);
    expect(nonEvent("Whatever the 2016 was, the new one is quieter.", "2016", true)).toBe(true);
    expect(nonEvent("Crowds grew in the 2016, 2017 and 2018 seasons.", "2016", true)).toBe(false);
    expect(nonEvent("The plant opened in 2016.", "2016", true)).toBe(false);
  });

  it("takes a security named by the year it falls due for no event", () => {
    expect(nonEvent("The treasury sold 2 billion euros of 2030 securities.", "2030", true)).toBe(true);
  });

  it("takes a version's year for no event, but not a clause's year, an edition or a redesign", () => {
    expect(nonEvent("We had the same failure rate with the 2012 through 2015 keyboard model.", "2012", true)).toBe(
      true,
    );
    expect(nonEvent("It is smaller than the 2012 through 2015 model.", "2012", true)).toBe(true);
    expect(nonEvent("The data on the 2018 model suggests it works.", "2018", true)).toBe(true);
    expect(nonEvent("It matches the mid-2019 refresh in speed.", "mid-2019", true)).toBe(true);
    expect(nonEvent("The phone is thinner than its 2015 predecessor.", "2015", true)).toBe(true);
    expect(nonEvent("Owners of that 2016 model, and those 2017 models, got new keyboards.", "2016", true)).toBe(true);
    expect(nonEvent("Owners of that 2016 model, and those 2017 models, got new keyboards.", "2017", true)).toBe(true);
    expect(nonEvent("In 2018 models were recalled across Europe.", "2018", true)).toBe(false);
    expect(nonEvent("The 2019 edition of the festival drew crowds.", "2019", true)).toBe(false);
    expect(nonEvent("With that 2016 redesign, Apple changed the keyboard.", "2016", true)).toBe(false);
    expect(nonEvent("The 2010 model of the economy was wrong.", "2010", true)).toBe(false);
  });

  it("takes a bond named by the year it falls due for no event, but not the year a bond was sold", () => {
    const s = "WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057% on Monday.";
    expect(nonEvent(s, "2025", true)).toBe(true);
    expect(nonEvent("The government's 2030 dollar bonds fell.", "2030", true)).toBe(true);
    expect(nonEvent("In 2019 the bonds were sold to pension funds.", "2019", true)).toBe(false);
    expect(nonEvent("In 2019 government bonds fell sharply.", "2019", true)).toBe(false);
  });

  it("takes a budget named by its year for no event, but not the year a budget was passed", () => {
    const s = "Lawmakers are debating the agency's 2020 budget request for $22.6bn.";
    expect(nonEvent(s, "2020", true)).toBe(true);
    expect(nonEvent("The 2025 federal budget cut the program.", "2025", true)).toBe(true);
    expect(nonEvent("In 2019 the budget was cut by a third.", "2019", true)).toBe(false);
  });

  it("takes a comparison's base counted back for no event, but not a dated base, the happening or a change's span", () => {
    const s = "The average fare in March was $412, up from $388 a year ago and from $351 in March 2016.";
    expect(nonEvent(s, "a year ago")).toBe(true);
    // A base the text dates states its figure's time (analysis/timeline.ts does not stand the telling there).
    expect(nonEvent(s, "March 2016")).toBe(false);
    expect(isComparisonBase(s, { start: s.indexOf("March 2016"), end: s.indexOf("March 2016") + 10 })).toBe(true);
    expect(nonEvent(s, "in March")).toBe(false);
    expect(nonEvent("Orders were down 7 percent from the same period last year.", "last year")).toBe(true);
    expect(nonEvent("Ridership fell 4 percent from a year ago, the agency said.", "a year ago")).toBe(true);
    expect(nonEvent("Sales were down 4 percent from a year ago, according to the dealers.", "a year ago")).toBe(true);
    expect(nonEvent("Turnout was higher than last year, officials said.", "last year")).toBe(true);
    expect(nonEvent("Turnout was higher than in 2014, officials said.", "2014", true)).toBe(false);
    // The happening itself, a day's change and a change told from its start to its end stay.
    expect(nonEvent("Orders grew 7 percent last year, the firm said.", "last year")).toBe(false);
    expect(nonEvent("The stock was down 3 percent on Tuesday.", "on Tuesday")).toBe(false);
    expect(nonEvent("The rate rose from 5 percent in 2015 to 9 percent in 2018.", "2015", true)).toBe(false);
    // A count after "more than" is no base.
    expect(nonEvent("Police arrested more than 200 people in 2015.", "2015", true)).toBe(false);
    expect(nonEvent("The plant moved up from Tulsa in 2015.", "2015", true)).toBe(false);
  });

  it("takes other lead-ins of a base counted back for no event: 'compared to', above or below, 'on', 'against', 'the same as', a multiple", () => {
    expect(nonEvent("Sales in October rose 5 percent compared to last year.", "last year")).toBe(true);
    expect(nonEvent("Sales in October rose 5 percent compared to a year ago.", "a year ago")).toBe(true);
    expect(nonEvent("Sales were down 9 percent compared to the same period a year ago.", "a year ago")).toBe(true);
    expect(nonEvent("October sales were 12 percent below last year's level.", "last year")).toBe(true);
    expect(nonEvent("In October, prices were 4 percent above a year earlier.", "a year earlier")).toBe(true);
    expect(nonEvent("In October, exports fell against last year, the ministry said.", "last year")).toBe(true);
    expect(nonEvent("In October, the jobless rate was 3.6 percent, the same as last year.", "last year")).toBe(true);
    expect(nonEvent("In October, prices were up 3 percent on last year.", "last year")).toBe(true);
    expect(nonEvent("In September sales rose 2 percent on a year ago.", "a year ago")).toBe(true);
    expect(nonEvent("In October, traffic on the bridge was double last year's.", "last year")).toBe(true);
    // The happening itself stays: a day's change "on" its day, a count of wins, a fall told of last year.
    expect(nonEvent("The stock was down 3 percent on last Tuesday's report.", "last Tuesday")).toBe(false);
    expect(nonEvent("She won the race twice last year.", "last year")).toBe(false);
    expect(nonEvent("Sales rose 5 percent year-on-year, after falling last year.", "last year")).toBe(false);
    expect(nonEvent("Sales rose to $5 million last year.", "last year")).toBe(false);
    expect(nonEvent("The river rose above flood stage last year.", "last year")).toBe(false);
  });
});

describe("isQuestion", () => {
  it.each([
    ["Who will make the Rock Hall in 2020?", true],
    ["“Why did you leave on Tuesday?”", true],
    ["The army knew on Tuesday.", false],
    ["He asked why the army left on Tuesday, and nobody answered.", false],
    ["“Why?” she asked on Tuesday.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(isQuestion(sentence)).toBe(expected);
  });
});

describe("isSpanStart", () => {
  const at = (sentence: string, words: string) => {
    const start = sentence.indexOf(words);
    return isSpanStart(sentence, { start, end: start + words.length });
  };

  it("reads a date after 'since' as a span's start, unless the clause is told in the past perfect", () => {
    expect(at("Rents are at their lowest since October 2011.", "October 2011")).toBe(true);
    expect(at("It is the first rise since at least 2009.", "2009")).toBe(true);
    expect(at("The index hit its best reading since mid-2007.", "mid-2007")).toBe(true);
    expect(at("Wages had risen since May 2011.", "May 2011")).toBe(false);
    expect(at("Rents fell in October 2011.", "October 2011")).toBe(false);
  });
});
