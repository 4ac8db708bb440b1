/**
 * Capitalised words a technical text writes as code or as a kind of thing, not as a body's or a
 * person's name:
 * - a file's name, the word glued to a file's extension ("WidgetConfig.xml", "Main.java"; not a
 *   web address's ".com");
 * - a function or a class called, the word glued to an opening bracket ("new FooHandler(…)");
 * - a segment of a dotted identifier, glued after another word and a period and glued on to what
 *   follows ("Trojan/Agent.QRX!tr", "System.Console.Write"); an initial's period ("U.S.") is no
 *   such word, one letter long, nor two sentences glued by a page ("… it said.Reuters reported");
 * - an item of a list a kind of thing opens ("features such as Single Sign-On and Team Sync",
 *   "things like Docker and FUSE", "languages like Rust"), the kind a thing's, never a body's
 *   ("companies such as …" lists bodies, "platforms like …" brands: neither is read here);
 * - a made thing's name as the text gives it ("he called it Zoomr", "a search engine called Zoomr").
 * Pure.
 */

/** Extensions of source, data and program files (no web domain's: ".com", ".org"). */
const FILE_EXTENSION =
  /^\.(?:xml|json|ya?ml|toml|ini|cfg|conf|txt|md|csv|log|js|mjs|ts|tsx|jsx|py|rb|java|kt|swift|go|rs|c|h|cpp|hpp|cs|php|sh|bat|ps1|exe|dll|so|apk|dex|jar|smali|class|html?|css|sql|db|zip|gz|tar|pdf|docx?|xlsx?)(?![\p{L}\p{N}])/u;

/** Nouns of kinds of things (never of bodies) that may open a list of named examples. */
const THING_KINDS =
  "features|things|tools|technologies|languages|formats|protocols|frameworks|libraries|databases|standards|techniques|methods|functions|modules|plugins|plug-ins|extensions|algorithms|file\\s+systems|filesystems";
/** One list item: capitalised words (a "+", "#", "." or hyphen inside: "C++", "Node.js", "Sign-On"). */
const ITEM = String.raw`\p{Lu}[\p{L}\p{N}.+#'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#'’-]*)*`;
/** A kind of thing, "such as" or "like", then list items before the offset (the item at it is next). */
const KIND_LIST_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${THING_KINDS})\s+(?:such\s+as|like|including)\s+(?:${ITEM}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$`,
  "iu",
);

/**
 * A thing's name given: "called it", "named it", "dubbed them", or a noun of a made thing then
 * "called", "named" or "dubbed" ("a search engine called Zoomr", "an app named Quill"); a
 * "startup called …" or a "group called …" is a body, not read here.
 */
const THING_CALLED_BEFORE =
  /(?:^|[^\p{L}])(?:(?:called|named|dubbed|christened)\s+(?:it|them)|(?:engine|app|application|program|programme|algorithm|software|system|tool|game|device|gadget|feature|format|language|protocol|browser|robot|drone|prototype|technology|operating system|chip|processor|model|method|technique)s?,?\s+(?:called|named|dubbed|known\s+as))\s+$/iu;

/** Whether the capitalised words at `span` of `text` (one sentence) are written as code or as a kind of thing (above). */
export function codeOrKindName(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  if (FILE_EXTENSION.test(after) || after.startsWith("(")) return true;
  // Glued on both sides, as text never is: "Agent.QRX!tr", "System.Console.Write".
  if (/[\p{L}\p{N}_]{2,}\.$/u.test(before) && /^[!._:(/][\p{L}\p{N}_]/u.test(after)) return true;
  return KIND_LIST_BEFORE.test(before) || THING_CALLED_BEFORE.test(before);
}
