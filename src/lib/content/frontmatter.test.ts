import { describe, expect, it } from "vitest";
import { parseFrontmatter, splitFrontmatter } from "./frontmatter.ts";

const file = "---\ntitle: Talks resume\npublished: 2025-03-10\n---\n\nOfficials met.\n\nThey left.\n";

describe("frontmatter", () => {
  it("splits the body and its first line off without parsing the YAML, as parseFrontmatter does", () => {
    const split = splitFrontmatter(file);
    const parsed = parseFrontmatter(file);
    expect(split).toEqual({ yaml: "title: Talks resume\npublished: 2025-03-10", body: parsed?.body, bodyLine: 5 });
    expect(parsed?.bodyLine).toBe(5);
    expect(parsed?.data).toEqual({ title: "Talks resume", published: "2025-03-10" });
    expect(parsed?.keyLines.get("published")).toBe(3);
  });

  it("splits a file whose YAML is broken, which only parsing reports", () => {
    const broken = "---\ntitle: [unclosed\n---\nBody.\n";
    expect(splitFrontmatter(broken)?.body).toBe("Body.\n");
    expect(parseFrontmatter(broken)?.errors.length).toBeGreaterThan(0);
  });

  it("finds no frontmatter without an opening and a closing fence", () => {
    expect(splitFrontmatter("title: x\n---\nBody")).toBeNull();
    expect(splitFrontmatter("---\ntitle: x\nBody")).toBeNull();
    expect(parseFrontmatter("---\ntitle: x\nBody")).toBeNull();
  });
});
