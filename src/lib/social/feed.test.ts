import { describe, expect, it } from "vitest";
import { feedDate, feedItems } from "./feed.ts";

const link = (slug: string) => `/base/articles/${slug}/`;

describe("feedItems", () => {
  it("lists articles newest first, undated last, with a date only when known", () => {
    const items = feedItems(
      [
        { slug: "undated", title: "Undated" },
        { slug: "old", title: "Old", published: "2024-01-02", dek: "Old dek", topics: ["Drones"] },
        { slug: "new", title: "New", published: "2025-09-07" },
      ],
      link,
    );
    expect(items.map((item) => item.link)).toEqual([
      "/base/articles/new/",
      "/base/articles/old/",
      "/base/articles/undated/",
    ]);
    expect(items[0]).toEqual({ title: "New", link: "/base/articles/new/", pubDate: feedDate("2025-09-07") });
    expect(items[1]).toMatchObject({ description: "Old dek", categories: ["Drones"] });
    expect(items[2]).not.toHaveProperty("pubDate");
    expect(items[2]).not.toHaveProperty("description");
  });
});

describe("feedDate", () => {
  it("is the stated day at midnight UTC, whatever the machine's time zone", () => {
    expect(feedDate("2025-02-21").toUTCString()).toBe("Fri, 21 Feb 2025 00:00:00 GMT");
  });
});
