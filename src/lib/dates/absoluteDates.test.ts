import { describe, expect, it } from "vitest";
import { findEventDates } from "./absoluteDates.ts";

const read = (sentence: string) => findEventDates(sentence).map((d) => [d.date.label, d.date.iso, d.date.precision]);
const years = (sentence: string) => findEventDates(sentence).map((d) => d.date.iso);

describe("findEventDates and the year a target or a state is reached by", () => {
  it("takes the year after 'by' where it ends its phrase", () => {
    for (const [sentence, year] of [
      ["Analysts expect the number to grow to as many as 80 by 2022.", "2022"],
      ["By 2030, emissions must fall by half.", "2030"],
      ["States where cannabis had been legalized by 2016—Colorado and Oregon—were studied.", "2016"],
      ["The plant is to close by 2025 under the plan.", "2025"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves a count after 'by': a margin, a change, a noun's number", () => {
    for (const sentence of [
      "The team won by 2000 votes.",
      "Sales rose by 2019 units.",
      "Output grew by 2010, officials said.",
      "The plan, approved by 2019 voters, failed.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a month joined to a dated one", () => {
  it("gives the month before the year the dated month's year", () => {
    expect(read("Prices fell from March to May 2019.")).toEqual([
      ["March", "2019-03", "month"],
      ["May 2019", "2019-05", "month"],
    ]);
    expect(read("Talks ran between October and December 2018.")).toEqual([
      ["October", "2018-10", "month"],
      ["December 2018", "2018-12", "month"],
    ]);
    expect(read("Sales fell in March and April 2020.")).toEqual([
      ["March", "2020-03", "month"],
      ["April 2020", "2020-04", "month"],
    ]);
  });

  it("opens a span across New Year in the year before, and fixes no year for 'and' out of order", () => {
    expect(read("The strike lasted from November to February 2019.")).toEqual([
      ["November", "2018-11", "month"],
      ["February 2019", "2019-02", "month"],
    ]);
    expect(read("He visited in May and March 2018.")).toEqual([["March 2018", "2018-03", "month"]]);
    expect(read("He visited in May, and in March 2018 he left.")).toEqual([["March 2018", "2018-03", "month"]]);
  });
});

describe("findEventDates and a chronology's year", () => {
  it("reads a year that opens its line before a colon or a dash and a capital", () => {
    expect(read("2015: Apple introduces the butterfly keyboard.")).toEqual([["2015", "2015", "year"]]);
    expect(read("2016 – Apple brings it to the MacBook Pro.")).toEqual([["2016", "2016", "year"]]);
    expect(read("The keyboard's story.\n2018: Apple launched a repair program.")).toEqual([["2018", "2018", "year"]]);
  });

  it("leaves a figure, a phrase going on in lower case, a season's span and a year inside a line", () => {
    expect(read("2019: 12 goals in 30 games.")).toEqual([]);
    expect(read("2019 – the year of protests.")).toEqual([]);
    expect(read("2019-20 Season Preview")).toEqual([]);
    expect(read("He scored 2019: Goals were many.")).toEqual([]);
  });
});

describe("findEventDates and a month 'of' its year", () => {
  it("reads 'March of 2018' and 'March 3 of 2018' as one date, not a year beside a bare month", () => {
    expect(read("The plant closed in late March of 2018.")).toEqual([["late March of 2018", "2018-03", "month"]]);
    expect(read("The law passed on March 3rd of 2018.")).toEqual([["March 3rd of 2018", "2018-03-03", "day"]]);
    expect(read("By March of 2018, the plant had closed.")).toEqual([["March of 2018", "2018-03", "month"]]);
  });

  it("leaves the verb 'may' and a month without its year alone", () => {
    expect(read("Officials may of course act in 2018.")).toEqual([["2018", "2018", "year"]]);
    expect(read("The end of March saw the plant close.")).toEqual([]);
  });
});

describe("findEventDates and a month, a comma and its year", () => {
  it("reads 'March, 2018' as that month, not a clause's subject after it", () => {
    expect(read("The plant closed in March, 2018.")).toEqual([["March, 2018", "2018-03", "month"]]);
    expect(read("In March, 2018 was named the year of the reef.")).toEqual([]);
  });
});

describe("findEventDates and the year a thing reaches back to", () => {
  it("reads the year after a verb that reaches back or a jump forward, where the year ends its phrase", () => {
    for (const [sentence, year] of [
      ["The Eagles snapped an 11-game losing streak to the Huskies dating to 2007 and ended their hopes.", "2007"],
      ["The feud between the two families goes back to 1998.", "1998"],
      ["Its roots can be traced back to 2004, when the first plant opened.", "2004"],
      ["The records, which date back to 1990, were lost.", "1990"],
      ["Flash-forward to 2017, when Harper had just found his next project.", "2017"],
      ["Fast forward to 2021 and the company is bankrupt.", "2021"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves a level, a thing's year, a count and a plain 'to' before a year alone", () => {
    for (const sentence of [
      "Prices went back to 2015 levels within a month.",
      "The rivalry dates back to 2001’s final.",
      "The fans went to 2019 games in the rain.",
      "The budget grew from 1,000 to 2019 dollars.",
      "They moved the vote to 2021 to save money.",
      "Delays pushed the launch back to 2025-26.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a named happening's year in brackets", () => {
  it("reads the year of a happening placed by a preposition only time takes", () => {
    for (const [sentence, year] of [
      ["He flew helicopters during the Falklands War (1982) with Argentina.", "1982"],
      ["Prices rose sharply after the Beijing Olympics (2008), officials said.", "2008"],
      ["Since the Battle of Britain (1940), the airfield has been a museum.", "1940"],
      ["Few banks failed before the Global Financial Crisis (2008) struck.", "2008"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves a work's year, a lower-case noun's, and a bracketed year after other words", () => {
    for (const sentence of [
      "He starred in The Godfather (1972) and more.",
      "It was a remake of Dune (2021) with a new cast.",
      "He was born during the war (1982) in a small town.",
      "The Falklands War (1982) is taught in schools.",
      "During the Obama years (2009) the law passed.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a year named as 'the year' or 'mid'", () => {
  it("reads a span 'from … to' or 'between … and' that opens its sentence", () => {
    expect(findEventDates("Between 2010 and 2015, crime fell.").map((d) => [d.date.iso, d.date.end])).toEqual([
      ["2010", "2015"],
    ]);
    expect(findEventDates("From 2010 to 2015, crime fell.").map((d) => [d.date.iso, d.date.end])).toEqual([
      ["2010", "2015"],
    ]);
  });

  it("reads a span that may have begun earlier ('from at least … to'), not 'at least' before a lone year", () => {
    const span = (sentence: string) => findEventDates(sentence).map((d) => [d.date.iso, d.date.precision, d.date.end]);
    expect(span("The clerk took bribes from at least 2004 to 2009, the audit found.")).toEqual([
      ["2004", "range", "2009"],
    ]);
    // No span: "at least" before a count, or a year with no end.
    expect(span("The clerk took at least 2004 bribes, the audit found.")).toEqual([]);
    expect(span("The clerk took bribes from at least 2004, the audit found.")).toEqual([]);
  });

  it("reads the years joined after 'in both' or 'in either', and no year after 'both' alone", () => {
    expect(read("The Fed expects three increases in both 2018 and 2019.")).toEqual([
      ["2018", "2018", "year"],
      ["2019", "2019", "year"],
    ]);
    expect(read("Sales fell in either 2018 or 2019.")).toEqual([
      ["2018", "2018", "year"],
      ["2019", "2019", "year"],
    ]);
    expect(read("In both cases 2019 was a record.")).toEqual([]);
  });

  it("reads 'in the year 2000' and 'mid 2018' (as 'mid-2018') as their years", () => {
    expect(read("It was built in the year 2000.")).toEqual([["2000", "2000", "year"]]);
    expect(read("The firm was sold in mid 2018 to a rival.")).toEqual([["2018", "2018", "year"]]);
    expect(read("The firm was sold in mid-2018.")).toEqual([["mid-2018", "2018", "year"]]);
  });

  it("leaves a decade and a capitalised name alone", () => {
    expect(read("Sales in the mid 2000s fell.")).toEqual([]);
    expect(read("The Year 2000 problem worried banks.")).toEqual([]);
  });
});

describe("findEventDates and a demonstrative before a year", () => {
  it("reads the year of a thing 'that' or 'those' points to, one lower-case noun ending its phrase", () => {
    for (const [sentence, year] of [
      ["With that 2016 overhaul, the maker dropped the old hinge.", "2016"],
      ["Nobody in the valley forgot those 1998 floods.", "1998"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves 'that' as a conjunction before a year or a count", () => {
    for (const sentence of [
      "Officials said that 2019 was the warmest year on record.",
      "Rescuers said that 2000 people had fled the valley.",
      "She argued that 2016 turnout figures were wrong.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a season or a span of years in the shapes a history takes", () => {
  it("reads a season with 'of' and its year, an older year too", () => {
    expect(read("In the summer of 1898, a chemist in London isolated the gas.")).toEqual([
      ["summer of 1898", "1898", "year"],
    ]);
    expect(read("The mill closed in the winter of 2009.")).toEqual([["winter of 2009", "2009", "year"]]);
  });

  it("reads a span whose last year is written short as a range of its two years", () => {
    const span = (sentence: string) => findEventDates(sentence).map((d) => [d.date.iso, d.date.end, d.date.precision]);
    expect(span("Lending froze during the slump of 2008-9.")).toEqual([["2008", "2009", "range"]]);
    expect(span("She coached the club in the 1998–99 season.")).toEqual([["1998", "1999", "range"]]);
    expect(span("The fund was wound up in 1999-00.")).toEqual([["1999", "2000", "range"]]);
  });

  it("leaves a day or a month in digits, and a short end further on", () => {
    for (const sentence of [
      "The file is stamped 2008-10-01 in the header.",
      "The file is stamped 2008-9-12 in the header.",
      "The index covers 2008-10 only.",
      "The counter read 2008-5.",
    ])
      expect(
        read(sentence).filter((d) => d[2] === "range"),
        sentence,
      ).toEqual([]);
  });
});

describe("findEventDates and older years", () => {
  it("reads a day, a month and a year before 1900 where no count follows", () => {
    expect(read("The governor was shot on April 14, 1865, outside the hall.")).toEqual([
      ["April 14, 1865", "1865-04-14", "day"],
    ]);
    expect(read("On 14 April 1865 the governor was shot.")).toEqual([["14 April 1865", "1865-04-14", "day"]]);
    expect(read("In July 1776 the colonists met again.")).toEqual([["July 1776", "1776-07", "month"]]);
    expect(read("The chemist showed in 1855 that the gas glows.")).toEqual([["1855", "1855", "year"]]);
    expect(read("The poet was born in 1832 to a Dutch baker.")).toEqual([["1832", "1832", "year"]]);
  });

  it("leaves a count after a preposition or a day", () => {
    for (const sentence of [
      "In 1500 homes the lamps were lit.",
      "On March 3, 1500 people marched to the square.",
      "Rents rose in 1500 to 2000 homes.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and dates written in Chinese, Japanese or Korean", () => {
  it("reads the year, month and day by their units", () => {
    expect(read("1985年，研究人员开展了一项研究。")).toEqual([["1985年", "1985", "year"]]);
    expect(read("试验从2011年9月开始。")).toEqual([["2011年9月", "2011-09", "month"]]);
    expect(read("会议于2015年9月3日举行。")).toEqual([["2015年9月3日", "2015-09-03", "day"]]);
    expect(read("위원회는 2019년 11월 20일 결정했다.")).toEqual([["2019년 11월 20일", "2019-11-20", "day"]]);
  });

  it("leaves a decade, a fiscal year and a count of years", () => {
    for (const sentence of [
      "在1980年代，这很流行。",
      "2019年度的预算增加了。",
      "大约2000年前的遗址被发现。",
      "1990년대에는 달랐다.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a year after another language's 'in' or 'since'", () => {
  it("reads the year where a unit follows or the phrase ends", () => {
    for (const [sentence, year] of [
      ["Но в 2014 году завод закрыли.", "2014"],
      ["W 2019 roku firma upadła.", "2019"],
      ["Pemilu tahun 2014 berlangsung damai.", "2014"],
      ["Die Klinik bietet die Akte seit 2014.", "2014"],
      ["La ley fue aprobada en 2019, dijo el ministro.", "2019"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves a number that may be a count", () => {
    for (const sentence of ["Hubo en 2000 casos nuevos.", "Foram registrados em 2019 municípios."])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a date written in numbers", () => {
  it("reads the day a weekday before it or a day past 12 fixes", () => {
    // 2015-12-15 is a Tuesday; 12/15 cannot be the 12th of month 15.
    expect(read("The memo told of the happenings on Tuesday, 12/15/15, at the depot.")).toEqual([
      ["Tuesday, 12/15/15", "2015-12-15", "day"],
    ]);
    expect(read("The memo was filed on 12/15/2015 by the clerk.")).toEqual([["12/15/2015", "2015-12-15", "day"]]);
    expect(read("The memo was filed on 15/12/2015 by the clerk.")).toEqual([["15/12/2015", "2015-12-15", "day"]]);
  });

  it("reads no day where the numbers leave month, day or century open, or the weekday disagrees", () => {
    expect(read("The memo was filed on 6/8/2015 by the clerk.")).toEqual([]);
    expect(read("The memo was filed on 12/15/15 by the clerk.")).toEqual([]);
    expect(read("The memo told of the happenings on Monday, 12/15/15.")).toEqual([]);
    expect(read("The score was 3/4/10 in the final round.")).toEqual([]);
    expect(read("See the page at /archive/12/15/2015/ for more.")).toEqual([]);
  });
});

describe("findEventDates and the year a thing is from", () => {
  it("reads the year after a noun and 'from' where the year ends its phrase", () => {
    expect(years("A survey from 2014 found fewer birds on the cliffs.")).toEqual(["2014"]);
    expect(years("The last census, from 2011, counted 40 people.")).toEqual(["2011"]);
  });

  it("leaves a span's start, a change's base and a count alone", () => {
    expect(years("Sales were up 4 percent from 2012.")).toEqual([]);
    expect(years("Prices rose from 2012 levels.")).toEqual([]);
    expect(years("Sales fell from 2012, the peak.")).toEqual([]);
    expect(years("Figures from 2012 onwards suggest a fall.")).toEqual([]);
    expect(years("Photos from 2000 people were sent.")).toEqual([]);
    expect(years("Clips from 2019's tour are online.")).toEqual([]);
  });
});

describe("findEventDates read once per text", () => {
  it("gives a text read again the reading it kept, the same dates as the first", () => {
    const text = "The bridge reopened on March 4, 2021, after repairs begun in 2019.";
    const first = findEventDates(text);
    expect(first.map((d) => d.date.iso)).toEqual(["2021-03-04", "2019"]);
    // The caption check, the timeline and the story comparisons all ask of the same sentence.
    expect(findEventDates(text)).toBe(first);
    // A different text is read for itself.
    expect(findEventDates(`${text} `)).not.toBe(first);
  });
});

describe("findEventDates: a year split by a slash (stop 73)", () => {
  it("reads a fiscal year or a season after a preposition of time as a span of its two years", () => {
    expect(read("In the financial year of 2018/19, the board cut fees.")).toEqual([["2018/19", "2018", "range"]]);
    expect(read("Revenue fell during 2020/2021.")).toEqual([["2020/2021", "2020", "range"]]);
  });

  it("reads neither year alone, nor a slash of years further apart or after a determiner", () => {
    expect(read("Prices in 2016/2019 rose.")).toEqual([]);
    expect(read("The minister tabled the 2025/2026 budget.")).toEqual([]);
  });
});
