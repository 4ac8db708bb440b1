import { describe, expect, it } from "vitest";
import {
  ENTITY_INDEX_TITLE,
  editorsNoteText,
  entityIndexGroups,
  entityProfiles,
  entitySectionCrumb,
  mentionRanking,
  sharedSentences,
  splitByReview,
} from "./entities.ts";
import { analysis, articleOf, byId, slugOf } from "./testCorpus.ts";

const profiles = entityProfiles(analysis.articles);

describe("entityProfiles", () => {
  it("profiles only mentioned entities, with every sentence and its text", () => {
    expect(profiles.size).toBe(Object.keys(analysis.entityIndex).length);
    const rubio = profiles.get("marco-rubio");
    expect(rubio?.articles.map((a) => a.slug)).toEqual([slugOf("002")]);
    expect(rubio?.mentions).toBe(4);
    expect(rubio?.articles[0]?.sentences.every((s) => s.text.length > 0 && s.anchor.startsWith("s-"))).toBe(true);
    expect(rubio?.quotes.map((q) => q.text)).toContain("We have reached a historical level of cooperation");
  });

  it("ranks companions by shared sentences, then shared articles", () => {
    const rubio = profiles.get("marco-rubio");
    const sheinbaum = rubio?.coMentions.find((c) => c.entityId === "claudia-sheinbaum");
    expect(sheinbaum?.sentences.length).toBeGreaterThanOrEqual(1);
    expect(sheinbaum?.articles).toEqual([slugOf("002")]);
    const counts = rubio?.coMentions.map((c) => [c.sentences.length, c.articles.length]) ?? [];
    for (let i = 1; i < counts.length; i += 1) {
      const [s0 = 0, a0 = 0] = counts[i - 1] ?? [];
      const [s1 = 0, a1 = 0] = counts[i] ?? [];
      expect(s0 > s1 || (s0 === s1 && a0 >= a1)).toBe(true);
    }
  });
});

describe("entityProfiles' companions", () => {
  it("are only names that share a sentence, each with the sentences that name both", () => {
    const namesAt = (slug: string, anchor: string) =>
      new Set(
        analysis.articles
          .find((article) => article.slug === slug)
          ?.mentions.filter((mention) => mention.anchor === anchor)
          .map((mention) => mention.entityId),
      );
    let checked = 0;
    for (const profile of profiles.values()) {
      for (const companion of profile.coMentions) {
        expect(companion.sentences.length, `${profile.id} with ${companion.entityId}`).toBeGreaterThan(0);
        for (const ref of companion.sentences) {
          const names = namesAt(ref.slug, ref.anchor);
          expect(names.has(profile.id) && names.has(companion.entityId), `${ref.slug}#${ref.anchor}`).toBe(true);
          checked += 1;
        }
        expect(companion.articles).toEqual([...new Set(companion.sentences.map((ref) => ref.slug))]);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("sharedSentences", () => {
  const ref = (anchor: string) => ({ slug: "a", anchor });
  const companion = (entityId: string, anchors: string[]) => ({
    entityId,
    sentences: anchors.map(ref),
    articles: ["a"],
  });

  it("lists a sentence naming several companions once, with all of them", () => {
    const { sentences, more } = sharedSentences(
      [companion("rubio", ["s-1", "s-2"]), companion("trump", ["s-1", "s-3"]), companion("ebrard", ["s-1"])],
      5,
    );
    expect(sentences.map((s) => [s.ref.anchor, s.companions])).toEqual([
      ["s-1", ["rubio", "trump", "ebrard"]],
      ["s-2", ["rubio"]],
      ["s-3", ["trump"]],
    ]);
    expect(more).toBe(0);
  });

  it("takes at most so many of each companion's sentences and counts the rest", () => {
    const { sentences, more } = sharedSentences(
      [companion("rubio", ["s-1", "s-2", "s-3"]), companion("trump", ["s-3", "s-4"])],
      1,
    );
    expect(sentences.map((s) => [s.ref.anchor, s.companions])).toEqual([
      ["s-1", ["rubio"]],
      ["s-3", ["rubio", "trump"]],
    ]);
    expect(more).toBe(2);
  });

  it("lists every sentence of the corpus fixture at most once", () => {
    for (const profile of profiles.values()) {
      const { sentences } = sharedSentences(profile.coMentions, 5);
      const keys = sentences.map((s) => `${s.ref.slug}#${s.ref.anchor}`);
      expect(new Set(keys).size, profile.id).toBe(keys.length);
    }
  });
});

describe("entityIndexGroups", () => {
  it("groups people, organisations and places, most mentioned first", () => {
    const groups = entityIndexGroups(profiles, (id) => byId.get(id));
    expect(groups.map((g) => g.heading)).toEqual(["People", "Organisations", "Places"]);
    const people = groups[0]?.entries.map((e) => e.mentions) ?? [];
    expect(people).toEqual([...people].sort((a, b) => b - a));
    expect(groups.every((g) => g.omitted === 0)).toBe(true);
  });

  it("caps the index and counts what it leaves off", () => {
    const groups = entityIndexGroups(profiles, (id) => byId.get(id), 10);
    const shown = groups.reduce((sum, g) => sum + g.entries.length, 0);
    const omitted = groups.reduce((sum, g) => sum + g.omitted, 0);
    expect(shown).toBeLessThanOrEqual(10);
    expect(shown + omitted).toBe(profiles.size);
  });
});

describe("mentionRanking", () => {
  it("ranks people across the given articles", () => {
    const ranking = mentionRanking([articleOf("002")], (id) => byId.get(id)?.kind, ["person"], 3);
    expect(ranking[0]).toEqual({ id: "claudia-sheinbaum", count: 6, articles: 1 });
    expect(ranking).toHaveLength(3);
  });
});

describe("splitByReview", () => {
  it("puts names the analysis found apart from the register's, keeping each group's order", () => {
    const found = new Map([
      ["consider-victor-muller-ferreira", { reviewed: false }],
      ["gru", {}],
      ["irina-shmyrev", { reviewed: false }],
      ["marco-rubio", { reviewed: true }],
    ]);
    const mentions = ["gru", "consider-victor-muller-ferreira", "marco-rubio", "irina-shmyrev", "gone"].map(
      (entityId, count) => ({ entityId, count }),
    );
    const { reviewed, unreviewed } = splitByReview(mentions, (id) => found.get(id));
    expect(reviewed.map((m) => m.entityId)).toEqual(["gru", "marco-rubio", "gone"]);
    expect(unreviewed.map((m) => m.entityId)).toEqual(["consider-victor-muller-ferreira", "irina-shmyrev"]);
  });
});

describe("entitySectionCrumb", () => {
  it("names the entity's kind and links to its section of the index", () => {
    expect(entitySectionCrumb("place", "/entities/")).toEqual({ label: "Places", href: "/entities/#place" });
    expect(entitySectionCrumb("organisation", "/entities/")).toEqual({
      label: "Organisations",
      href: "/entities/#organisation",
    });
    expect(entitySectionCrumb("person", "/entities/")).toEqual({ label: "People", href: "/entities/#person" });
    expect(entitySectionCrumb(undefined, "/entities/")).toEqual({ label: ENTITY_INDEX_TITLE, href: "/entities/" });
  });
});

describe("editorsNoteText", () => {
  it("says a role the description already states once", () => {
    expect(editorsNoteText("President of Mexico.", "President of Mexico")).toBe("President of Mexico.");
  });
  it("adds a role the description does not state", () => {
    expect(editorsNoteText("Mexico's army.", "Armed forces")).toBe("Mexico's army. Role: Armed forces.");
    expect(editorsNoteText(undefined, "Commander")).toBe("Role: Commander.");
    expect(editorsNoteText("A city in Sonora.", undefined)).toBe("A city in Sonora.");
  });
});
