import { describe, expect, it } from "vitest";
import {
  allQuotes,
  quoteSpeakers,
  quotesBySpeakerKey,
  quotesInTopic,
  speakerKey,
  speakerText,
  viaPhrase,
} from "./quotes.ts";
import { analysis, slugOf } from "./testCorpus.ts";

const quotes = allQuotes(analysis.articles);

describe("quote filters", () => {
  it("lists named register speakers, most quoted first", () => {
    const speakers = quoteSpeakers(quotes);
    expect(speakers[0]).toEqual({ key: "marco-rubio", name: "Marco Rubio", entity: "marco-rubio", count: 3 });
    expect(speakers.some((s) => s.name.includes("CIA"))).toBe(false);
  });

  it("filters by speaker and by topic", () => {
    expect(
      quotesBySpeakerKey(quotes)
        .get("ricardo-trevilla")
        ?.map((q) => q.articleSlug),
    ).toEqual([slugOf("004")]);
    // Every named speaker of the filter has its quotes, and only named speakers do.
    const bySpeaker = quotesBySpeakerKey(quotes);
    expect([...bySpeaker.keys()].sort()).toEqual(
      quoteSpeakers(quotes)
        .map((s) => s.key)
        .sort(),
    );
    for (const [key, list] of bySpeaker) expect(list).toEqual(quotes.filter((q) => speakerKey(q.speaker) === key));
    const inTopic = quotesInTopic(quotes, (slug) => (slug === slugOf("002") ? ["t"] : []), "t");
    expect(inTopic.length).toBeGreaterThan(0);
    expect(inTopic.every((q) => q.articleSlug === slugOf("002"))).toBe(true);
  });

  it("labels anonymous and unattributed speakers", () => {
    const cia = quotes.find((q) => q.text.startsWith("Countering drug cartels"));
    expect(cia && speakerText(cia)).toEqual({ label: "a CIA representative", note: "anonymous" });
    const base = quotes[0];
    if (!base) throw new Error("no quotes");
    expect(speakerText({ ...base, speaker: { name: "x", kind: "unattributed" } })).toEqual({ label: "unattributed" });
  });

  it("shows a named speaker the register lacks by name, marked so, with a filter of their own", () => {
    const base = quotes[0];
    if (!base) throw new Error("no quotes");
    const unregistered = { ...base, speaker: { name: "Ines Calder", kind: "named" as const } };
    expect(speakerText(unregistered)).toEqual({ label: "Ines Calder", note: "not in the register" });
    expect(speakerKey(unregistered.speaker)).toBe("ines-calder");
    const speakers = quoteSpeakers([unregistered, unregistered, base]);
    expect(speakers[0]).toEqual({ key: "ines-calder", name: "Ines Calder", count: 2 });
    expect(quotesBySpeakerKey([unregistered, base]).get("ines-calder")).toEqual([unregistered]);
  });
});

describe("quotations through an outlet", () => {
  it("say it as the sentence does", () => {
    expect(viaPhrase("Fox News", "interview")).toBe("in an interview with Fox News");
    expect(viaPhrase("The Wall Street Journal", "quoted")).toBe("as quoted by The Wall Street Journal");
    expect(viaPhrase("The Wall Street Journal", "told")).toBe("as told to The Wall Street Journal");
    expect(viaPhrase("WSAV", "according")).toBe("according to WSAV");
    expect(viaPhrase("WSAV", undefined)).toBe("through WSAV");
  });

  it("keep the five's wording: Hegseth's interview with Fox News, Roth as quoted by the Journal", () => {
    const quotes = allQuotes(analysis.articles);
    const hegseth = quotes.find((q) => q.text.startsWith("All options will be on the table"));
    expect(hegseth && viaPhrase(hegseth.via ?? "", hegseth.viaWording)).toBe("in an interview with Fox News");
    const roth = quotes.find((q) => q.text.startsWith("Donald Trump ordered a summary execution"));
    expect(roth && viaPhrase(roth.via ?? "", roth.viaWording)).toBe("as quoted by The Wall Street Journal");
  });
});
