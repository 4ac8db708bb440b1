import { describe, expect, it } from "vitest";
import { articleImage, defaultImage, socialImagesEnabled, topicImage } from "./images.ts";

const site = { name: "Desk", tagline: "Reporting compared", enabled: true };

describe("socialImagesEnabled", () => {
  it("is on unless SOCIAL_IMAGES says 0 or false", () => {
    expect(socialImagesEnabled(undefined)).toBe(true);
    expect(socialImagesEnabled("1")).toBe(true);
    for (const off of ["0", "false", "FALSE", " off ", "no"]) expect(socialImagesEnabled(off), off).toBe(false);
  });
});

describe("page images", () => {
  it("gives articles and topics their own card, described in words", () => {
    const article = articleImage({ slug: "a", title: "Spies", published: "2025-02-21", outlet: "Reuters" }, site);
    expect(article).toEqual({ path: "/og/articles/a.png", alt: "Spies (21 February 2025 · Reuters), Desk" });
    expect(topicImage({ id: "drones", title: "Drones" }, site)).toEqual({
      path: "/og/topics/drones.png",
      alt: "Topic: Drones, Desk",
    });
  });

  it("falls back to the default card when cards are not rendered", () => {
    const off = { ...site, enabled: false };
    expect(articleImage({ slug: "a", title: "Spies" }, off)).toEqual(defaultImage("Desk", "Reporting compared"));
    expect(topicImage({ id: "drones", title: "Drones" }, off).path).toBe("/og/default.png");
  });
});
