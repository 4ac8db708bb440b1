/**
 * Remark plugin: turns back into text the GFM "literal" autolinks (a bare `https://…` or
 * `www.…`) that swallowed markup-looking text. remark-gfm finds them in text after escapes are
 * decoded and runs them to the next space, so a scraped line `<iframe src="https://x/y"></iframe>`
 * became a link to `https://x/y%22%3E%3C/iframe`. A literal link whose text holds `<`, `>` or
 * `"` is not a URL anyone wrote; the text stays text. Explicit links (`[…](…)`, `<https://…>`)
 * are never touched: their text differs from their URL or they carry no such characters.
 *
 * With `{ escaped: true }` (the normalizer re-reading an article it wrote) every literal link
 * made from text the parser itself did not link — remark-gfm's after-the-fact pass, whose
 * links carry no source position, as for `https\://x` or `a\@b.c` escaped to stay text — is
 * turned back into text, so normalizing an article twice changes nothing.
 */
import type { Link, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

/** Whether a link is one remark-gfm made from bare text: its text is its URL, maybe minus a scheme. */
function isLiteral(link: Link): boolean {
  const text = toString(link);
  return [text, `http://${text}`, `mailto:${text}`].includes(link.url);
}

export default function remarkLiteralAutolinks(options: { readonly escaped?: boolean } = {}) {
  const unwrap = (link: Link) =>
    isLiteral(link) && (/[<>"]/.test(toString(link)) || (options.escaped === true && link.position === undefined));
  return (tree: Root) => {
    visit(tree, "link", (link: Link, index, parent) => {
      if (!parent || index === undefined || !unwrap(link)) return;
      const text: Text = { type: "text", value: toString(link) };
      parent.children.splice(index, 1, text);
      return [SKIP, index];
    });
  };
}
