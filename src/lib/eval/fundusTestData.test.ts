import { describe, expect, it } from "vitest";
import { fundusAnnotation, pairPages, publisherOf } from "./fundusTestData.ts";

describe("fundus test data", () => {
  it("reads a page file's publisher", () => {
    expect(publisherOf("HarborPost_2024_05_02.html.gz")).toBe("HarborPost");
    expect(publisherOf("Harbor_Post_2024_05_02.html.gz")).toBe("Harbor_Post");
    expect(publisherOf("HarborPost.json")).toBeUndefined();
  });

  it("pairs pages by day with the entries in the file's order, or not at all", () => {
    const entries = { V1: { title: "Old" }, V2: { title: "New" } };
    expect(pairPages(["P_2025_01_01.html.gz", "P_2023_06_30.html.gz"], entries)).toEqual([
      ["P_2023_06_30.html.gz", { title: "Old" }],
      ["P_2025_01_01.html.gz", { title: "New" }],
    ]);
    expect(pairPages(["P_2025_01_01.html.gz"], entries)).toEqual([]);
  });

  it("turns an entry into an annotation: subheadings and paragraphs in order", () => {
    const entry = {
      title: "Ferry resumes",
      authors: ["Ana Ruiz"],
      publishing_date: "2024-01-02 09:00:00+01:00",
      body: {
        summary: ["Crews worked all night."],
        sections: [
          { headline: [], paragraphs: ["One."] },
          { headline: ["What next"], paragraphs: ["Two.", 3] },
        ],
      },
    };
    expect(fundusAnnotation("xx-P_2024_01_02", "https://harbor.example/p", entry)).toEqual({
      name: "xx-P_2024_01_02",
      url: "https://harbor.example/p",
      title: "Ferry resumes",
      authors: ["Ana Ruiz"],
      published: "2024-01-02 09:00:00+01:00",
      summary: ["Crews worked all night."],
      paragraphs: ["One.", "What next", "Two."],
    });
    expect(fundusAnnotation("n", "u", {})).toEqual({ name: "n", url: "u", authors: [], summary: [], paragraphs: [] });
  });
});
