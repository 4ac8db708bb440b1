import { describe, expect, it } from "vitest";
import { analyseCorpus } from "./index.ts";
import { findFigures } from "./coverage.ts";
import { articleFor, loadCorpus, loadRegister } from "./test-support/corpus.ts";

const corpus = loadCorpus();
const analysis = analyseCorpus(corpus, loadRegister());
const slug = (prefix: string) => articleFor(corpus, prefix).slug;
const article = (prefix: string) => analysis.articles.find((a) => a.slug === slug(prefix));

describe("analyseCorpus", () => {
  it("is plain serializable data", () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it("groups the CIA-drone articles and gives them a coverage matrix", () => {
    const story = analysis.stories.find((s) => s.slugs.includes(slug("001")));
    expect(story?.slugs).toEqual([slug("001"), slug("003"), slug("004")].sort());
    expect(article("003")?.storyId).toBe(story?.id);
    expect(article("000")?.storyId).toBe(slug("000"));
    const matrix = analysis.coverage[story?.id ?? ""];
    expect(matrix).toBeDefined();
    const row = (kind: string, key: string) => matrix?.rows.find((r) => r.kind === kind && r.key === key);
    expect(Object.keys(row("entity", "gregory-m-guillot")?.cells ?? {}).sort()).toEqual(
      [slug("001"), slug("003")].sort(),
    );
    expect(row("aircraft", "MQ-9 Reaper")?.onlyIn).toBe(slug("004"));
    expect(row("aircraft", "U-2")?.onlyIn).toBe(slug("001"));
    expect(row("figure", "troops:10,000")?.onlyIn).toBe(slug("003"));
    expect(row("quote", "ricardo-trevilla")?.onlyIn).toBe(slug("004"));
    const claims = analysis.claims[story?.id ?? ""] ?? [];
    // The one real difference among the three: considering / signed with plans to / signed designating.
    const differences = claims.flatMap((c) => c.differences);
    expect(differences.map((d) => d.kind)).not.toContain("figures");
    const designation = differences.filter((d) => d.kind === "status");
    expect(new Set(designation.flatMap((d) => [d.a.slug, d.b.slug]))).toEqual(
      new Set([slug("001"), slug("003"), slug("004")]),
    );
    expect(designation.map((d) => d.a.text).join(" ")).toMatch(/foreign terrorist organizations/u);
    // "additional troops", "10,000 troops" and "thousands of troops" are one deployment, agreed on.
    const troops = claims.find((c) => c.sentences.some((s) => /10,000 troops/u.test(s.text)));
    expect(troops?.kind).toBe("agree");
    expect(new Set(troops?.sentences.map((s) => s.slug))).toEqual(new Set([slug("001"), slug("003"), slug("004")]));
  });

  it("counts sourcing per article with anchors", () => {
    const s002 = article("002")?.sourcing;
    expect(s002?.counts.named).toBeGreaterThanOrEqual(3);
    expect(s002?.attributions.filter((a) => a.kind === "outlet").map((a) => a.label)).toEqual(
      expect.arrayContaining(["The Wall Street Journal", "Small Wars Journal", "WSAV"]),
    );
    expect(s002?.attributions.some((a) => a.kind === "anonymous" && /naval officer/u.test(a.label))).toBe(true);
    const s004 = article("004")?.sourcing;
    expect(s004?.attributions.filter((a) => a.kind === "cited").map((a) => a.label)).toEqual([
      "NYPost.com",
      "CNN.com",
      "Brighteon.com",
    ]);
    expect(s004?.attributions.some((a) => a.kind === "outlet" && a.label === "Fox News")).toBe(true);
    expect(article("000")?.sourcing.counts.anonymous).toBeGreaterThanOrEqual(2);
    const anchors = new Set(
      analysis.articles.flatMap((a) => a.blocks.flatMap((b) => b.sentences.map((s) => s.anchor))),
    );
    for (const a of analysis.articles) {
      for (const attribution of a.sourcing.attributions) {
        if (attribution.kind !== "cited") expect(anchors.has(attribution.anchor ?? "")).toBe(true);
      }
    }
  });

  it("builds a chronological corpus timeline and an entity index", () => {
    expect(analysis.timeline.map((e) => e.date.iso)).toEqual([...analysis.timeline.map((e) => e.date.iso)].sort());
    expect(analysis.entityIndex["claudia-sheinbaum"]?.map((e) => e.slug).sort()).toEqual(
      [slug("001"), slug("002"), slug("003"), slug("004")].sort(),
    );
  });

  it("finds figures", () => {
    expect(
      findFigures("killing 11 alleged members of Tren de Aragua and 10,000 agents and thousands of troops").map(
        (f) => f.label,
      ),
    ).toEqual(["11 alleged members", "10,000 agents", "thousands of troops"]);
  });
});
