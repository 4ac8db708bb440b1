import { describe, expect, it } from "vitest";
import { entitySectionCrumb } from "./entities.ts";
import { navCurrent } from "./nav.ts";

const people = { label: entitySectionCrumb("person", "/entities/").label, path: "/entities/" };
const section = (kind: "person" | "organisation" | "place") => entitySectionCrumb(kind, "/entities/").label;

describe("navCurrent", () => {
  it("marks a section's own page, and the pages under its path", () => {
    expect(navCurrent("/entities/", people, undefined, "/")).toBe("page");
    expect(navCurrent("/quotes/people/rubio/", { label: "Quotes", path: "/quotes/" }, undefined, "/")).toBe("true");
    expect(navCurrent("/timeline/", { label: "Quotes", path: "/quotes/" }, undefined, "/")).toBeUndefined();
    expect(navCurrent("/about/", { label: "Home", path: "/" }, undefined, "/")).toBeUndefined();
  });

  it("marks People on a person's page only, not on an organisation's or a place's", () => {
    expect(navCurrent("/entities/marco-rubio/", people, section("person"), "/")).toBe("true");
    expect(navCurrent("/entities/pemex/", people, section("organisation"), "/")).toBeUndefined();
    expect(navCurrent("/entities/mexico-city/", people, section("place"), "/")).toBeUndefined();
  });
});
