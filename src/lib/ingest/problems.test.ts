import { describe, expect, it } from "vitest";
import { articleSchema } from "#schemas/article.ts";
import { formatProblems } from "#lib/content/problems.ts";
import { generatedProblems, normalizeProblem } from "./problems.ts";

describe("ingest problems in the one format", () => {
  it("names the field a normalizer refusal is about, once, with the line", () => {
    const problem = normalizeProblem("content/sources/x.txt", { code: "no-title", line: 4, message: "no headline" });
    expect(formatProblems([problem])).toBe("content/sources/x.txt:4: title: no headline [no-title]");
  });

  it("blames the sidecar for a field it set, and the normalizer for any other", () => {
    const result = articleSchema(["drones"]).safeParse({ title: "", topics: ["cooking"] });
    if (result.success) throw new Error("expected the schema to refuse");
    const sidecar = { path: "content/sources/x.meta.yaml", keyLines: new Map([["topics", 2]]) };
    const lines = formatProblems(generatedProblems("content/sources/x.txt", result.error.issues, sidecar)).split("\n");
    expect(lines.find((line) => line.includes("topics"))).toMatch(
      /^content\/sources\/x\.meta\.yaml:2: topics\.0: .*\(sidecar of content\/sources\/x\.txt\)$/,
    );
    expect(lines.find((line) => line.includes("title"))).toMatch(
      /^content\/sources\/x\.txt: title: .*a normalizer bug; please report it with the source file\)$/,
    );
  });
});
