/**
 * The text a reader reads of an article, as plain text: headline, dek, key points and body.
 * Topic assignment and the development search index both work on exactly this text.
 */
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of a Markdown body, one block per line. */
export function markdownText(markdown: string): string {
  return parser
    .parse(markdown)
    .children.map((node) => toString(node))
    .join("\n");
}

export interface ArticleTextParts {
  readonly title: string;
  readonly dek?: string | undefined;
  readonly keyPoints?: readonly string[] | undefined;
}

export function articleText(data: ArticleTextParts, markdownBody: string): string {
  return [data.title, data.dek ?? "", ...(data.keyPoints ?? []), markdownText(markdownBody)].join("\n");
}
