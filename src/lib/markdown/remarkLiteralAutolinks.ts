/**
 * Remark plugin: turns back into text the GFM "literal" autolinks (a bare `https://…` or
 * `www.…`) that swallowed markup-looking text. remark-gfm finds them in text after escapes are
 * decoded and runs them to the next space, so a scraped line `<iframe src="https://x/y"></iframe>`
 * became a link to `https://x/y%22%3E%3C/iframe`. A literal link whose text holds `<`, `>` or
 * `"` is not a URL anyone wrote; the text stays text. Explicit links (`[…](…)`, `<https://…>`)
 * are never touched: their text differs from their URL or they carry no such characters.
 */
import type { Link, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

/** Whether a link is one remark-gfm made from bare text: its text is its URL, maybe minus a scheme. */
function isLiteral(link: Link): boolean {
  const text = toString(link);
  return [text, `http://${text}`, `mailto:${text}`].includes(link.url);
}

export default function remarkLiteralAutolinks() {
  return (tree: Root) => {
    visit(tree, "link", (link: Link, index, parent) => {
      if (!parent || index === undefined || !isLiteral(link) || !/[<>"]/.test(toString(link))) return;
      const text: Text = { type: "text", value: toString(link) };
      parent.children.splice(index, 1, text);
      return [SKIP, index];
    });
  };
}
