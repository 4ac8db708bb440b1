import { describe, expect, it } from "vitest";
import { correctionsSchema, type Corrections } from "#schemas/corrections.ts";
import { analyseCorpus } from "./index.ts";
import { loadCorpus, loadRegister } from "./test-support/corpus.ts";

const articles = loadCorpus();
const register = loadRegister();
const september = articles.find((article) => article.source.startsWith("002_"));
if (!september) throw new Error("the 002 article is missing");

const analyse = (corrections: Corrections) =>
  analyseCorpus([september], register, new Map([[september.slug, correctionsSchema.parse(corrections)]]));
const baseline = analyseCorpus([september], register).articles[0];
const rubio = baseline?.quotes.find((quote) => quote.text.startsWith("We have reached a historical level"));
if (!rubio) throw new Error("Rubio's quote is not found without corrections");

describe("editors' corrections to the analysis", () => {
  it("changes nothing without corrections", () => {
    expect(analyse({}).articles[0]).toEqual(baseline);
  });

  it("sets a quote's speaker to a register entity, with the editor's note", () => {
    const result = analyse({ quotes: [{ anchor: rubio.anchor, speaker: "claudia-sheinbaum", note: "Test." }] });
    const quote = result.articles[0]?.quotes.find((q) => q.anchor === rubio.anchor);
    expect(quote?.speaker).toEqual({ name: "Claudia Sheinbaum", kind: "named", entity: "claudia-sheinbaum" });
    expect(quote?.corrected).toEqual({ note: "Test." });
    expect(result.correctionProblems).toEqual([]);
  });

  it("makes a speaker anonymous or unattributed, or drops what is not a quote", () => {
    const anonymous = analyse({ quotes: [{ anchor: rubio.anchor, anonymous: "a U.S. diplomat" }] });
    expect(anonymous.articles[0]?.quotes.find((q) => q.anchor === rubio.anchor)?.speaker).toEqual({
      name: "a U.S. diplomat",
      kind: "anonymous",
    });
    const dropped = analyse({ quotes: [{ anchor: rubio.anchor, notAQuote: true }] });
    expect(dropped.articles[0]?.quotes).toHaveLength((baseline?.quotes.length ?? 0) - 1);
  });

  it("drops a wrong mention everywhere it counts", () => {
    const mention = baseline?.mentions.find((m) => m.entityId === "marco-rubio");
    if (!mention) throw new Error("no Rubio mention");
    const result = analyse({ mentions: [{ anchor: mention.anchor, entity: "marco-rubio" }] });
    const before = baseline?.entities.find((e) => e.entityId === "marco-rubio")?.count ?? 0;
    expect(result.articles[0]?.entities.find((e) => e.entityId === "marco-rubio")?.count ?? 0).toBe(before - 1);
  });

  it("re-dates or removes a timeline event", () => {
    const event = baseline?.events[0];
    if (!event) throw new Error("no event");
    const redated = analyse({ events: [{ anchor: event.anchor, date: "2025-09-02" }] });
    const changed = redated.articles[0]?.events.find((e) => e.anchor === event.anchor);
    expect(changed?.date).toEqual({ iso: "2025-09-02", precision: "day", label: "2 September 2025" });
    expect(changed?.derived).toBeUndefined();
    const removed = analyse({ events: [{ anchor: event.anchor, remove: true }] });
    expect(removed.timeline.some((e) => e.anchor === event.anchor && e.date.iso === event.date.iso)).toBe(
      baseline.events.filter((e) => e.anchor === event.anchor).length > 1,
    );
  });

  it("reports corrections that match nothing instead of ignoring them", () => {
    const result = analyse({
      quotes: [
        { anchor: "s-00000000", speaker: "claudia-sheinbaum" },
        { anchor: rubio.anchor, speaker: "nobody-here" },
      ],
      mentions: [{ anchor: rubio.anchor, entity: "joe-biden" }],
      events: [{ anchor: "s-00000000", remove: true }],
    });
    expect(result.correctionProblems.map((problem) => problem.where)).toEqual([
      "mentions[0]",
      "quotes[0]",
      "quotes[1]",
      "events[0]",
    ]);
    expect(result.correctionProblems[2]?.message).toContain('unknown entity "nobody-here"');
  });

  it("refuses a correction that says two things at once", () => {
    expect(
      correctionsSchema.safeParse({ quotes: [{ anchor: rubio.anchor, speaker: "x", unattributed: true }] }).success,
    ).toBe(false);
    expect(correctionsSchema.safeParse({ events: [{ anchor: "not-an-anchor", remove: true }] }).success).toBe(false);
  });
});
