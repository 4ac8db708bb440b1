import { describe, expect, it } from "vitest";
import { UNSAFE_SAMPLES } from "#lib/text/test-support/unsafeSamples.ts";
import { articleSchema } from "./article.ts";
import { correctionsSchema } from "./corrections.ts";
import { entitySchema } from "./entity.ts";
import { ingestReportSchema } from "./ingestReport.ts";
import { sourceMetaSchema } from "./sourceMeta.ts";
import { text } from "./text.ts";
import { topicSchema } from "./topic.ts";

describe("text", () => {
  it.each(UNSAFE_SAMPLES)("refuses %j and says which character and where", (char) => {
    const result = text().safeParse(`Head${char}line`);
    expect(result.success).toBe(false);
    const code = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    expect(result.error?.issues[0]?.message).toContain(code);
    expect(result.error?.issues[0]?.message).toContain("at character 5");
  });

  it("keeps ordinary text, tabs, newlines, accents and right-to-left marks", () => {
    for (const value of ["Sheinbaum’s plan", "a\tb\nc", "اللغة\u200f العربية", "<script>x</script>"])
      expect(text().parse(`  ${value} `)).toBe(value);
  });
});

describe("every text field refuses control characters and overrides", () => {
  const title = "Cartel\u0000 news";
  it.each([
    ["article title", () => articleSchema([]).safeParse({ title })],
    ["article dek", () => articleSchema([]).safeParse({ title: "t", dek: "a\u202eb" })],
    ["article byline", () => articleSchema([]).safeParse({ title: "t", byline: "x\u0001" })],
    ["article key point", () => articleSchema([]).safeParse({ title: "t", keyPoints: ["x\u000b"] })],
    ["article cited source", () => articleSchema([]).safeParse({ title: "t", citedSources: ["\u0085x"] })],
    ["article outlet", () => articleSchema([]).safeParse({ title: "t", outlet: "x\u2067" })],
    ["sidecar byline", () => sourceMetaSchema.safeParse({ byline: "x\u0000" })],
    ["sidecar outlet", () => sourceMetaSchema.safeParse({ outlet: "x\u202d" })],
    ["sidecar topic", () => sourceMetaSchema.safeParse({ topics: ["x\u0000"] })],
    ["sidecar url", () => sourceMetaSchema.safeParse({ url: "https://example.org/a\u0000b" })],
    ["article url", () => articleSchema([]).safeParse({ title: "t", url: "https://example.org/\u202e" })],
    ["entity name", () => entitySchema.safeParse({ name: "x\u0000", kind: "person", description: "d" })],
    [
      "entity alias",
      () => entitySchema.safeParse({ name: "x", kind: "person", description: "d", aliases: ["\u202ey"] }),
    ],
    ["entity description", () => entitySchema.safeParse({ name: "x", kind: "person", description: "d\u001f" })],
    ["topic title", () => topicSchema.safeParse({ title: "x\u0000", summary: "s", order: 1, terms: ["t"] })],
    ["topic term", () => topicSchema.safeParse({ title: "x", summary: "s", order: 1, terms: ["t\u202a"] })],
    [
      "correction note",
      () => correctionsSchema.safeParse({ quotes: [{ anchor: "s-1a2b3c4d", notAQuote: true, note: "n\u0000" }] }),
    ],
  ])("%s", (_, parse) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toMatch(
      /U\+[0-9A-F]{4} \(a (control|text-direction)/,
    );
  });
});

describe("ingest reports", () => {
  it("keep a removed line's text but read it without unsafe characters", () => {
    const report = ingestReportSchema.parse({
      source: "x.txt",
      sourceSha256: "0".repeat(64),
      slug: "x",
      removed: [{ line: 1, text: "Cartel \u202etxt.exe\u202c talks\u0001", reason: "metadata", field: "title" }],
      warnings: ["ends \u0000mid-sentence"],
    });
    expect(report.removed[0]?.text).toBe("Cartel txt.exe talks");
    expect(report.warnings).toEqual(["ends mid-sentence"]);
  });
});
