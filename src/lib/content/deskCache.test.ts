import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseContentFile, type ContentInput, type ParsedContent } from "./checkFile.ts";
import { deskOf } from "./desk.ts";
import { isPlainJson, withKeptParses } from "./deskCache.ts";
import { readContent } from "./readContent.ts";

const content = readContent(resolve(import.meta.dirname, "../../.."));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The content with its first article's text replaced. */
function withFirstArticle(input: ContentInput, text: (before: string) => string): ContentInput {
  const [first, ...rest] = input.articles;
  if (!first) throw new Error("the project has no article");
  return { ...input, articles: [{ ...first, text: text(first.text) }, ...rest] };
}

const files = (input: ContentInput) =>
  [input.articles, input.topics, input.entities, input.corrections, input.stories, input.reports].flatMap(
    (list) => list ?? [],
  ).length;

describe("kept parses of content files", () => {
  it("parses each file once, then reuses it to the same desk", () => {
    dir = mkdtempSync(join(tmpdir(), "desk-cache-"));
    const pack = join(dir, "pack.json");
    const cold = withKeptParses(content, pack, "code-1");
    expect(cold.parsed).toBe(files(content));
    const warm = withKeptParses(content, pack, "code-1");
    expect(warm.reused).toBe(files(content));
    expect(warm.parsed).toBe(0);
    const plain = deskOf(content);
    expect(deskOf(warm.input).articles).toEqual(plain.articles);
    expect(deskOf(warm.input).problems).toEqual(plain.problems);
  });

  it("keeps no Markdown body, and gives a reused file the parse, body and all, that parsing gives", () => {
    dir = mkdtempSync(join(tmpdir(), "desk-cache-"));
    const pack = join(dir, "pack.json");
    withKeptParses(content, pack, "code-1");
    const kept = Object.values((JSON.parse(readFileSync(pack, "utf8")) as { files: object }).files);
    expect(kept.length).toBe(files(content));
    expect(kept.filter((entry) => "body" in entry)).toEqual([]);
    const warm = withKeptParses(content, pack, "code-1");
    expect(warm.reused).toBe(files(content));
    // The fields of a parse (`ParsedContent`); a fresh Markdown parse also carries `bodyLine`.
    const fields = (parse: ParsedContent | null | undefined) =>
      parse && { data: parse.data, keyLines: parse.keyLines, errors: parse.errors, body: parse.body };
    for (const file of [...warm.input.articles, ...warm.input.topics, ...warm.input.entities]) {
      expect(fields(file.parsed)).toEqual(fields(parseContentFile(file)));
    }
  });

  it("parses again an edited file, and every file after a code change", () => {
    dir = mkdtempSync(join(tmpdir(), "desk-cache-"));
    const pack = join(dir, "pack.json");
    withKeptParses(content, pack, "code-1");
    const edited = withFirstArticle(content, (text) => text.replace(/^title: .*$/m, 'title: "Edited title"'));
    const again = withKeptParses(edited, pack, "code-1");
    expect(again.parsed).toBe(1);
    expect(deskOf(again.input).articles[0]?.data.title).toBe("Edited title");
    expect(withKeptParses(edited, pack, "code-2").parsed).toBe(files(content));
  });

  it("never keeps a file that did not parse, and still validates a kept one", () => {
    dir = mkdtempSync(join(tmpdir(), "desk-cache-"));
    const pack = join(dir, "pack.json");
    const broken = withFirstArticle(content, (text) => text.replace(/^title: .*$/m, "title: [unclosed"));
    const first = withKeptParses(broken, pack, "code-1");
    expect(deskOf(first.input).problems.length).toBeGreaterThan(0);
    const second = withKeptParses(broken, pack, "code-1");
    expect(second.parsed).toBe(1);
    expect(deskOf(second.input).problems).toEqual(deskOf(broken).problems);
    // Parses cleanly but breaks the schema: kept, and reported on every build.
    const invalid = withFirstArticle(content, (text) => text.replace(/^title: .*$/m, "title: 42"));
    withKeptParses(invalid, pack, "code-1");
    const kept = withKeptParses(invalid, pack, "code-1");
    expect(kept.parsed).toBe(0);
    expect(deskOf(kept.input).problems).toEqual(deskOf(invalid).problems);
    expect(deskOf(kept.input).problems.length).toBeGreaterThan(0);
  });

  it("ignores a broken pack", () => {
    dir = mkdtempSync(join(tmpdir(), "desk-cache-"));
    const pack = join(dir, "pack.json");
    writeFileSync(pack, "{ not json");
    expect(withKeptParses(content, pack, "code-1").parsed).toBe(files(content));
    expect(withKeptParses(content, pack, "code-1").parsed).toBe(0);
  });

  it("keeps only values JSON carries unchanged", () => {
    expect(isPlainJson({ a: [1, "x", true, null, { b: 2.5 }] })).toBe(true);
    expect(isPlainJson({ a: Number.POSITIVE_INFINITY })).toBe(false);
    expect(isPlainJson({ a: Number.NaN })).toBe(false);
    expect(isPlainJson({ a: new Date(0) })).toBe(false);
    expect(isPlainJson({ a: new Map() })).toBe(false);
  });
});
