/**
 * The text a reader reads of an article, as plain text: headline, dek, key points and body.
 * Topic assignment and the development search index both work on exactly this text.
 *
 * The body's Markdown syntax is stripped with a few line-level rules rather than a full
 * parse: the result only feeds word counts and a search index, where a stray `*` does no
 * harm, and the build already parses every article twice (to render and to analyse), so a
 * third parse per article would be pure cost at archive scale.
 */

/** Plain text of a Markdown body: markers, link targets, emphasis and raw HTML tags removed. */
export function markdownText(markdown: string): string {
  // Escaped and referenced characters are parked in the Private Use Area so no rule below treats
  // them as syntax.
  const escaped: string[] = [];
  return (
    markdown
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, (_match, char: string) => {
        escaped.push(char);
        return String.fromCharCode(0xe000 + escaped.length - 1);
      })
      // Numeric character references, the kind the normalizer's serializer writes for a letter it
      // cannot leave bare ("_Arrow_&#x54;he" where emphasis meets a word); parked too, as text.
      .replace(/&#(?:[xX]([\da-fA-F]{1,6})|(\d{1,7}));/g, (ref, hex?: string, dec?: string) => {
        const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
        if (code <= 0 || code > 0x10ffff) return ref;
        escaped.push(String.fromCodePoint(code));
        return String.fromCharCode(0xe000 + escaped.length - 1);
      })
      .replace(/<[^>\n]+>/g, " ") // raw HTML tags (their text stays)
      .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1") // [text](url) and images → text
      .replace(/^\s{0,3}\[[^\]\n]+\]:\s+\S.*$/gm, "") // reference definitions
      .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/gm, "") // headings, quotes, list markers
      .replace(/(\*{1,3}|_{1,3}|~~|`+)(?=\S)([^\n]*?\S)\1/g, "$2") // emphasis, strike, code spans
      .replace(/[\ue000-\uf8ff]/g, (char) => escaped[char.charCodeAt(0) - 0xe000] ?? char)
  );
}

export interface ArticleTextParts {
  readonly title: string;
  readonly dek?: string | undefined;
  readonly keyPoints?: readonly string[] | undefined;
}

export function articleText(data: ArticleTextParts, markdownBody: string): string {
  return [data.title, data.dek ?? "", ...(data.keyPoints ?? []), markdownText(markdownBody)].join("\n");
}
