import { describe, expect, it } from "vitest";
import { articleSentences, articleText } from "#lib/text/sentences.ts";
import { checkContent } from "./checkContent.ts";
import type { ContentFile } from "./checkFile.ts";
import { formatProblems } from "./problems.ts";

const TOPIC: ContentFile = {
  path: "content/topics/drone-surveillance.md",
  text: "---\ntitle: Drone surveillance\nsummary: Drones.\norder: 1\nterms: [drone]\n---\n",
};
const SOURCES = new Set(["000_abc.txt"]);

function check(articles: ContentFile[], topics: ContentFile[] = [TOPIC]) {
  return checkContent({ articles, topics, entities: [], sourceFiles: SOURCES });
}
const article = (frontmatter: string, name = "good-article") => ({
  path: `content/articles/${name}.md`,
  text: `---\n${frontmatter}\n---\n\nBody.\n`,
});

describe("checkContent", () => {
  it("accepts a complete, valid article", () => {
    const problems = check([
      article(
        "title: A title\ndek: A dek.\nbyline: Jane Doe\npublished: 2025-02-21\noutlet: Example News\nurl: https://example.com/a\nsource: 000_abc.txt\ntopics: [drone-surveillance]\nkeyPoints: [One.]\ncitedSources: [CNN.com]\ndraft: false",
      ),
    ]);
    expect(problems).toEqual([]);
  });

  // Each case: frontmatter, the field the problem must name, its line, and words the message must contain.
  const cases: [string, string, string, number | undefined, string][] = [
    ["unknown field", "title: T\nauthor: Someone", "author", 3, "unknown field"],
    ["missing title", "dek: no title here", "title", undefined, "required field is missing"],
    ["empty title", 'title: "  "', "title", 2, "non-empty title"],
    ["impossible date", "title: T\npublished: 2025-13-45", "published", 3, "real calendar date"],
    ["February 30th", "title: T\npublished: 2025-02-30", "published", 3, "2025-02-30"],
    ["date in prose", 'title: T\npublished: "Feb 21, 2025"', "published", 3, "YYYY-MM-DD"],
    ["unknown topic", "title: T\ntopics: [cooking]", "topics.0", 3, 'unknown topic "cooking"'],
    ["topics not a list", "title: T\ntopics: drone-surveillance", "topics", 3, "expected array"],
    [
      "missing raw source",
      "title: T\nsource: 999_missing.txt",
      "source",
      3,
      "no raw file content/sources/999_missing.txt",
    ],
    ["javascript url", "title: T\nurl: javascript:alert(1)", "url", 3, "http(s) URL"],
    ["draft not boolean", "title: T\ndraft: maybe", "draft", 3, "expected boolean"],
  ];
  it.each(cases)("reports %s with the file, line and field", (_name, frontmatter, field, line, words) => {
    const problems = check([article(frontmatter, "bad-article")]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe("content/articles/bad-article.md");
    expect(problem?.field).toBe(field);
    expect(problem?.line).toBe(line);
    expect(problem?.message).toContain(words);
  });

  it("reports broken YAML with its line", () => {
    const problems = check([article("title: T\ndek: [unclosed", "broken-yaml")]);
    expect(problems[0]).toMatchObject({ file: "content/articles/broken-yaml.md", field: "frontmatter" });
    expect(problems[0]?.message).toMatch(/^invalid YAML/);
  });

  it("reports a file without frontmatter", () => {
    const problems = check([{ path: "content/articles/plain.md", text: "# Just markdown\n" }]);
    expect(problems).toEqual([expect.objectContaining({ field: "frontmatter", line: 1 })]);
  });

  it("reports duplicate slugs that differ only in case, naming both files", () => {
    const problems = check([
      article("title: A", "same-slug"),
      { ...article("title: B"), path: "content/articles/Same-Slug.md" },
    ]);
    const messages = formatProblems(problems);
    expect(messages).toContain('duplicate slug "same-slug", also used by content/articles/same-slug.md');
    expect(messages).toContain("content/articles/Same-Slug.md: file name: ");
  });

  it("rejects a slug that is not a URL segment", () => {
    const problems = check([article("title: A", "Bad Slug!")]);
    expect(problems[0]).toMatchObject({ field: "file name" });
  });

  it("validates topics too", () => {
    const problems = check([], [{ path: "content/topics/empty.md", text: "---\ntitle: Empty\norder: -1\n---\n" }]);
    expect(problems.map((problem) => problem.field).sort()).toEqual(["order", "summary", "terms"]);
  });

  it("formats problems as file:line: field: message", () => {
    const problems = check([article("title: T\npublished: 2025-13-45", "dated")]);
    expect(formatProblems(problems)).toMatch(
      /^content\/articles\/dated\.md:3: published: expected a real calendar date/,
    );
  });
});

describe("checkContent on the entity register", () => {
  const entity = (id: string, yaml: string) => ({ path: `content/entities/${id}.yaml`, text: yaml });
  const checkEntities = (...entities: ContentFile[]) =>
    checkContent({ articles: [], topics: [TOPIC], entities, sourceFiles: SOURCES });

  it("accepts a valid entity", () => {
    expect(
      checkEntities(entity("cia", "name: CIA\nkind: organisation\naliases: [C.I.A.]\ndescription: Agency.\n")),
    ).toEqual([]);
  });

  it("reports an unknown kind with its line", () => {
    const [problem] = checkEntities(entity("x", "name: X\nkind: robot\ndescription: D.\n"));
    expect(problem).toMatchObject({ file: "content/entities/x.yaml", line: 2, field: "kind" });
  });

  it("reports a name claimed by two entities, ignoring case and accents", () => {
    const problems = checkEntities(
      entity("andres-lopez", "name: Andrés López\nkind: person\ndescription: D.\n"),
      entity("other", "name: Other\nkind: person\naliases: [andres lopez]\ndescription: D.\n"),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: "content/entities/other.yaml", field: "aliases", line: 3 }),
    ]);
    expect(problems[0]?.message).toContain("content/entities/andres-lopez.yaml");
  });

  it("reports an entity file name that is not an id", () => {
    expect(checkEntities(entity("Bad Name", "name: B\nkind: place\ndescription: D.\n"))[0]).toMatchObject({
      field: "file name",
    });
  });
});

describe("checkContent on links in Markdown", () => {
  const withBody = (name: string, body: string) => ({
    path: `content/articles/${name}.md`,
    text: `---\ntitle: T\n---\n\n${body}\n`,
  });

  it("accepts links to pages the site builds, external links and fragments", () => {
    const problems = check([
      withBody("a", "See [b](/articles/b/), [b again](../b/#s-1234abcd), [topic](/topics/drone-surveillance/)."),
      withBody("b", "See [search](/search/?q=x), [out](https://example.org/x), [mail](mailto:a@b.c), [top](#top)."),
    ]);
    expect(problems).toEqual([]);
  });

  it("reports a link to a missing article with its line", () => {
    const problems = check([withBody("a", "First paragraph.\n\nSee [gone](/articles/no-such-story/).")]);
    expect(problems).toEqual([expect.objectContaining({ file: "content/articles/a.md", line: 7, field: "link" })]);
    expect(problems[0]?.message).toContain('"/articles/no-such-story/" points to /articles/no-such-story/');
  });

  it("reports a link to a topic that does not exist, in a reference definition too", () => {
    const problems = check([withBody("a", "See [x][ref].\n\n[ref]: /topics/cooking/")]);
    expect(problems.map((problem) => problem.field)).toEqual(["link"]);
  });
});

describe("checkContent on editors' corrections", () => {
  const body = 'Rubio arrived in Mexico City on Thursday. "We will work together," he said. He met Sheinbaum.';
  const target: ContentFile = { path: "content/articles/talks.md", text: `---\ntitle: Talks\n---\n\n${body}\n` };
  const rubio: ContentFile = {
    path: "content/entities/marco-rubio.yaml",
    text: "name: Marco Rubio\nkind: person\ndescription: D.\n",
  };
  const [anchor = "", quoteAnchor = ""] = articleSentences(body)[0]?.sentences.map((sentence) => sentence.anchor) ?? [];
  const checkCorrection = (name: string, yaml: string) =>
    checkContent({
      articles: [target],
      topics: [TOPIC],
      entities: [rubio],
      corrections: [{ path: `content/corrections/${name}.yaml`, text: yaml }],
      sourceFiles: SOURCES,
    });

  it("accepts a correction naming a sentence of the article and a known entity", () => {
    // The quote correction names the sentence where a quotation opens: one that matches
    // nothing is refused (see "reports a correction that matches no quote").
    expect(checkCorrection("talks", `quotes:\n  - anchor: ${quoteAnchor}\n    speaker: marco-rubio\n`)).toEqual([]);
  });

  it("reports an unknown entity", () => {
    const [problem] = checkCorrection("talks", `mentions:\n  - anchor: ${anchor}\n    entity: nobody\n`);
    expect(problem).toMatchObject({ file: "content/corrections/talks.yaml", line: 1, field: "mentions[0]" });
    expect(problem?.message).toContain('unknown entity "nobody"');
  });

  it("reports an anchor that is not a sentence of the article", () => {
    const [problem] = checkCorrection("talks", "events:\n  - anchor: s-00000000\n    remove: true\n");
    expect(problem?.message).toContain("sentence s-00000000 is not in talks");
  });

  it("accepts an event correction naming a table row of the article, and not a row that is not there", () => {
    const table = "| Date | What |\n| --- | --- |\n| Nov. 18, 2025 | The Senate returned to vote. |";
    const withTable: ContentFile = { ...target, text: `---\ntitle: Talks\n---\n\n${body}\n\n${table}\n` };
    const row = articleText(`${body}\n\n${table}\n`).rows[0]?.sentences[0]?.anchor ?? "";
    const problemsFor = (rowAnchor: string) =>
      checkContent({
        articles: [withTable],
        topics: [TOPIC],
        entities: [rubio],
        corrections: [
          { path: "content/corrections/talks.yaml", text: `events:\n  - anchor: ${rowAnchor}\n    remove: true\n` },
        ],
        sourceFiles: SOURCES,
      }).map((problem) => problem.message);
    expect(row).toMatch(/^r-[0-9a-f]{8}$/u);
    expect(problemsFor(row).filter((message) => message.includes("is not in"))).toEqual([]);
    expect(problemsFor("r-00000000")).toContainEqual(expect.stringContaining("sentence r-00000000 is not in talks"));
  });

  it("reports a correction file named after no article", () => {
    const [problem] = checkCorrection("no-such-article", "quotes: []\n");
    expect(problem).toMatchObject({ field: "file name" });
  });

  it("reports a correction that gives two answers at once", () => {
    const problems = checkCorrection(
      "talks",
      `quotes:\n  - anchor: ${anchor}\n    speaker: marco-rubio\n    notAQuote: true\n`,
    );
    expect(problems[0]?.message).toContain("exactly one of speaker, anonymous, unattributed or notAQuote");
  });
});

describe("checkContent on hostile text", () => {
  const body = (text: string) => ({ path: "content/articles/hostile.md", text: `---\ntitle: T\n---\n\n${text}\n` });

  it.each([
    ["a YAML \\x01 escape", 'title: "Cartels\\x01 news"', "U+0001"],
    ["a YAML \\0 escape", 'title: "Cartels\\0 news"', "U+0000"],
    ["a YAML \\v escape", 'title: "Cartels\\v news"', "U+000B"],
    ["a right-to-left override", "dek: Invoice \u202eexe.txt", "U+202E"],
  ])("refuses %s in frontmatter, naming the field and character", (_, frontmatter, code) => {
    const problems = check([article(`title: T\n${frontmatter}`.replace(/^title: T\ntitle/, "title"))]);
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toContain(code);
  });

  it("refuses control characters and overrides in a body, with the line", () => {
    const problems = check([body("Fine.\n\nA bell\u0007 here.")]);
    expect(problems).toEqual([
      expect.objectContaining({ file: "content/articles/hostile.md", line: 7, field: "body" }),
    ]);
    expect(problems[0]?.message).toContain("U+0007");
    expect(check([body("Backwards \u202dtext")])[0]?.message).toContain("U+202D");
  });

  it("checks raw <a href> and <img src> and Markdown images, not only Markdown links", () => {
    const problems = check([
      body('<a href="/articles/missing/">x</a>\n\n<img src="/og/nowhere.png" alt="">\n\n![card](/gone.png)'),
    ]);
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [5, "link"],
      [7, "link"],
      [9, "link"],
    ]);
    expect(
      check([body('<a href="/articles/hostile/">self</a> ![](/og/default.png) ![](/og/articles/hostile.png)')]),
    ).toEqual([]);
  });
});
