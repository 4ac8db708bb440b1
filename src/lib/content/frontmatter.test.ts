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

  it("splits a text of line feeds as splitting every line and joining the body's again did", () => {
    // The split before the line-feed walk, kept here as the reference.
    const byLines = (text: string) => {
      const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
      if (!/^---[ \t]*$/.test(lines[0] ?? "")) return null;
      const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
      if (end === -1) return null;
      return { yaml: lines.slice(1, end).join("\n"), body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
    };
    const pieces = ["---", "--- \t", "----", " ---", "title: x", "", "Body.", "a: [1, 2]", "\uFEFF---", "\r"];
    // Every text of up to four lines from the pieces, with and without a final line feed, with
    // line feeds or carriage returns and line feeds between the lines.
    let texts = [""];
    const all: string[] = [];
    for (let length = 1; length <= 4; length += 1) {
      texts = texts.flatMap((text) =>
        pieces.map((piece) => (text === "" && length === 1 ? piece : `${text}\n${piece}`)),
      );
      for (const text of texts) all.push(text, `${text}\n`, text.replaceAll("\n", "\r\n"));
    }
    for (const text of all) expect(splitFrontmatter(text), JSON.stringify(text)).toEqual(byLines(text));
  });
});
