/** A related-stories label in the corpus's languages, alone on its line; a sentence using the words stays. */
import { describe, expect, it } from "vitest";
import { relatedLabel } from "./patterns.ts";

describe("relatedLabel: bare labels in other languages", () => {
  it.each([
    "Artigos relacionados",
    "Artículos relacionados",
    "Notícias relacionadas",
    "Weitere Beiträge zum Thema",
    "Ähnliche Artikel",
    "Articoli correlati",
    "Lest auch",
    "Verwandte Artikel",
  ])("reads %j as a related-stories label", (line) => {
    expect(relatedLabel(line)).toEqual({ inline: "" });
  });

  it.each([
    "Os artigos relacionados ao caso foram publicados em março.",
    "Weitere Beiträge zum Thema folgen, sagte der Sprecher.",
    "Verwandte Artikel erschienen in drei Zeitungen.",
  ])("keeps the sentence %j", (line) => {
    expect(relatedLabel(line)).toBeUndefined();
  });
});

describe("relatedLabel: the site's own address as the label", () => {
  it.each(["Also on rt.com", "More on NYPost.com", "Also on bbc.co.uk:"])(
    "reads %j as a related-stories label",
    (line) => {
      expect(relatedLabel(line)).toEqual({ inline: "" });
    },
  );

  it.each([
    "Also on rt.com, the ministry published its own account of the talks.",
    "More on this later.",
    "Also on Tuesday",
    "The video was also on rt.com",
  ])("keeps %j", (line) => {
    expect(relatedLabel(line)).toBeUndefined();
  });
});

describe("relatedLabel: a box of the site's trending stories", () => {
  it.each(["Trending News", "Trending stories:"])("reads %j as a related-stories label", (line) => {
    expect(relatedLabel(line)).toEqual({ inline: "" });
  });

  it.each(["Trending news about the storm spread quickly on social media.", "Trending", "Trending topics"])(
    "keeps %j",
    (line) => {
      expect(relatedLabel(line)).toBeUndefined();
    },
  );
});

describe("relatedLabel: what to read next, next up in a section", () => {
  it.each(["What to Read Next", "Next Up In Culture", "Next up in Science"])(
    "reads %j as a related-stories label",
    (line) => {
      expect(relatedLabel(line)).toEqual({ inline: "" });
    },
  );

  it.each(["What to read next is up to the council's book club.", "Next up in the queue were the truckers."])(
    "keeps the sentence %j",
    (line) => {
      expect(relatedLabel(line)).toBeUndefined();
    },
  );
});

describe("relatedLabel: more on a subject or from a writer, set as a section's label", () => {
  it.each([
    "MORE ON EDUCATION",
    "More on Immigration",
    "MORE ABOUT U.S.-MEXICO TRADE:",
    "Read more from Jane Roe:",
    "More from Jane T. Roe",
    "MORE FROM OPINIONS",
  ])("reads %j as a related-stories label", (line) => {
    expect(relatedLabel(line)).toEqual({ inline: "" });
  });
  it.each([
    "More on that later.",
    "More on the budget, the mayor said.",
    "More about Ruiz in a moment",
    "More from the meeting below.",
    "Read more from Roe in the next issue",
  ])("keeps %j", (line) => {
    expect(relatedLabel(line)).toBeUndefined();
  });
});

describe("relatedLabel: labels over other stories in English", () => {
  it.each(["Further Reading", "Popular Right Now", "More Alabama news", "More Harbour County stories"])(
    "reads %j as a related-stories label",
    (line) => {
      expect(relatedLabel(line)).toEqual({ inline: "" });
    },
  );

  it.each([
    "More Texans read local news than ever.",
    "More Alabama voters watch the news",
    "Further reading of the bill is set for Monday.",
    "Popular right now among teenagers, the app is free.",
  ])("leaves %j", (line) => {
    expect(relatedLabel(line)).toBeUndefined();
  });
});

describe("relatedLabel: a rail's own label over other stories", () => {
  it.each([
    "Stories Chosen For You",
    "Recommended for you",
    "More from this Author",
    "Most Popular This Week",
    "More Stories By Lisa",
    "More Stories from Jane Roe",
  ])("reads %j as a related-stories label", (line) => {
    expect(relatedLabel(line)).toEqual({ inline: "" });
  });

  it.each([
    "These stories were chosen for you by our editors.",
    "More from this author next week.",
    "Most popular this week was the ferry story.",
    "More stories by local writers will follow.",
  ])("keeps the sentence %j", (line) => {
    expect(relatedLabel(line)).toBeUndefined();
  });
});

describe("relatedLabel: 'For more, read:' over another story's headline", () => {
  it("reads the label with its headline inline", () => {
    expect(relatedLabel("For more, read: Harbour hotel puts a speaker in every room")).toEqual({
      inline: "Harbour hotel puts a speaker in every room",
    });
  });

  it("keeps a sentence that asks the reader to read more", () => {
    expect(relatedLabel("For more, read the council's report, which runs to 80 pages.")).toBeUndefined();
  });
});

describe("relatedLabel: a label for one story, or for a search widget's links", () => {
  it.each(["Related Searches", "Related videos", "RELATED INFORMATION"])(
    "reads %j as a related-stories label",
    (line) => {
      expect(relatedLabel(line)).toEqual({ inline: "" });
    },
  );

  it("reads the headline after 'Related post:' as the label's link", () => {
    expect(relatedLabel("Related post: Pickled Radish Recipe")).toEqual({ inline: "Pickled Radish Recipe" });
  });

  it("keeps a sentence that opens with the words", () => {
    expect(relatedLabel("Related posts on the forum were removed, the moderators said.")).toBeUndefined();
  });

  it("reads a label for one story alone as no label: a box that lost its link leaves it over the article's text", () => {
    expect(relatedLabel("Related Article")).toBeUndefined();
    expect(relatedLabel("Related story:")).toBeUndefined();
  });
});
