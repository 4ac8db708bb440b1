/**
 * The text of a new, hand-written article: every frontmatter field present and explained in
 * a comment, optional ones commented out with an example, values serialized by the YAML
 * library (so a title with a colon or quotes stays valid). It builds as it is, as a draft.
 */
import { stringify } from "yaml";
import { slugify } from "#lib/normalize/slug.ts";

export interface ScaffoldInput {
  readonly title: string;
  /** Publication date, `YYYY-MM-DD`, when the editor knows it. */
  readonly published?: string | undefined;
}

export interface Scaffold {
  readonly slug: string;
  readonly text: string;
}

/** One YAML scalar on one line, as the `yaml` library writes it. */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

export function scaffoldArticle(input: ScaffoldInput): Scaffold {
  const slug = slugify(input.title);
  const lines = [
    "---",
    "# Headline as published: the page's <h1> and <title>. Required.",
    `title: ${scalar(input.title.trim())}`,
    "# Standfirst: the one- or two-sentence summary under the headline.",
    '# dek: "What happened, in a sentence."',
    "# Author(s) as the source states them. Leave out when unknown: the page says so.",
    '# byline: "Jane Doe"',
    '# Publication date, YYYY-MM-DD. Leave out when unknown: the page says "undated".',
    input.published ? `published: ${scalar(input.published)}` : '# published: "2025-02-21"',
    "# Publishing outlet. Leave out when unknown; never guess.",
    '# outlet: "Example News"',
    "# Address of the original article.",
    '# url: "https://example.com/story"',
    "# Raw file in content/sources/ this article came from, if any.",
    '# source: "005_example.txt"',
    "# Topic ids from content/topics/. Leave out to assign topics from the topic terms.",
    "# topics: [drone-surveillance]",
    "# Bullet summary shown above the body.",
    '# keyPoints: ["First point.", "Second point."]',
    "# Sources the article itself cites.",
    '# citedSources: ["CNN.com"]',
    "# Drafts show in `npm run dev` only. Set to false (or delete the line) to publish.",
    "draft: true",
    "---",
    "",
    "Write the article here in Markdown. Use `## ` for section headings, `- ` for lists and `> ` for quotations.",
    "",
  ];
  return { slug, text: lines.join("\n") };
}
