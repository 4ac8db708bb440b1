/**
 * Page furniture: what a site prints around an article — navigation and crumbs, share,
 * follow and newsletter prompts, advertisement markers, notices (cookies, JavaScript, audio
 * players, reading times, logos), embed and editor markup, wire and photo credits, captions,
 * tag chips and market tickers — each recognized by what it is and reported with that reason.
 * Recognizers match a whole line (after whitespace cleaning) and are deliberately narrow: a
 * false positive deletes real text, a false negative only leaves a little chrome in the body,
 * so short fixed phrases and shapes are matched rather than anything "looking like" chrome.
 */
import { CAPTION_VERB, hasFiniteVerb, PICTURE_VERB } from "#lib/dates/furniture.ts";
import { endsOnPhotographerCredit, PHOTO_CREDIT_LINE, PHOTOGRAPHER_CREDIT_LINE } from "#lib/text/credits.ts";
import { splitSentences } from "#lib/text/segment.ts";
import { TIME_AGO } from "#lib/text/clockTime.ts";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "#lib/content/dates.ts";
import { wordCount } from "./lines.ts";
import { creditLineOutlet } from "./outlets.ts";
import type { RemovalReason } from "./types.ts";
import { REPORTED, uiTextReason } from "./uiText.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

/** A social network or a share service, by name (also the author's account in a bio: authorBio.ts). */
export const SOCIAL =
  "(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|reddit|telegram|pinterest|copy link|flipboard|threads|bluesky)";

/** A share bar's button: a network, or a share verb or read-later service ("Tweet", "Pin it", "Pocket"). */
const SHARE_BUTTON = `(?:${SOCIAL}|tweet|share|pocket|pin\\s+it|sms|messenger)`;

/** What a tag row's label calls the tags under it: "Tags", "Topics", "Categories", "Filed under". */
const TAGS_WORD = "(?:tags?|filed\\s+under|categories?|topics?)";

const BARE_TAGS_LABEL = new RegExp(`^(?:related\\s+)?${TAGS_WORD}\\s*:$`, "i");

/**
 * A tag row's label and its tags run on after other text on one line, with a space or glued to it
 * by the page's elements ("… | June 7, 2013 @ 6:43pm EDTTags: Media, TV"): the label's own capital.
 */
const TRAILING_TAG_ROW = /\s*(?:Tags?|TAGS?|Filed [Uu]nder|FILED UNDER|Categor(?:y|ies)|Topics?|TOPICS?)\s*:.*$/u;

/** A line without the tag row a page ran into its end (a byline and date line "… Tags: Media, TV"). */
export const withoutTrailingTagRow = (line: string): string => line.replace(TRAILING_TAG_ROW, "");

/**
 * A tag row's label with nothing after its colon ("Tags:", "Related Topics:"): the tags it
 * introduces stand on the lines under it (./tagChips.ts).
 */
export function isBareTagsLabel(text: string): boolean {
  return BARE_TAGS_LABEL.test(text);
}

/** A link on to the rest of a story: "Read more", "Continue reading", "Full story ›". */
const READ_MORE =
  /^(?:read\s+more|continue\s+reading(?:\s+the\s+(?:main\s+)?(?:story|article))?|read\s+(?:the\s+)?full\s+(?:story|article)|full\s+story)\s*[»›→.:…]*$/i;

/**
 * A button's label printed twice, its visible text and its screen reader's ("Read more Read
 * more", "Share Share"): the label once, or undefined. Prose does not repeat a short phrase
 * back to back with nothing between.
 */
function undoubled(text: string): string | undefined {
  const half = /^(.{2,40}?)\s+\1$/u.exec(text)?.[1];
  return half !== undefined && wordCount(half) <= 4 ? half : undefined;
}

/** Fewest words of a teaser's headline printed twice on one line (shorter doubles are a button's, `undoubled`). */
const MIN_DOUBLED_HEADLINE_WORDS = 5;

/**
 * A line that is one headline printed twice with one space between ("Ten ways to save on
 * fares Ten ways to save on fares"): a teaser's link and its picture's alternative text, both
 * the other story's headline. An article never writes a sentence of five words or more twice
 * back to back; a sentence said twice for effect has its full stop between ("Run. Run.").
 */
export function isDoubledHeadline(text: string): boolean {
  const half = /^(\S.{8,200}?) \1$/u.exec(text.trim())?.[1];
  return (
    half !== undefined &&
    wordCount(half) >= MIN_DOUBLED_HEADLINE_WORDS &&
    // A headline's words differ; one word set over and over is a broken line, no teaser.
    new Set(half.toLowerCase().split(/\s+/u)).size >= MIN_DOUBLED_HEADLINE_WORDS - 2 &&
    !/[.!?]["”’)]*$/u.test(half)
  );
}

/** A "Read more" link's label, alone or printed twice. */
export function isReadMoreLabel(text: string): boolean {
  return VOCABULARY_ON && READ_MORE.test(undoubled(text) ?? text);
}

const CHROME: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  // Previous/next links: "Previous Post Next Post", "« Previous article", "Next story →".
  [
    /^[«‹<←]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry))?\s*[»›>→]?(?:\s*[|/·•]?\s*[«‹<←]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry))?\s*[»›>→]?)?$/i,
    "navigation",
  ],
  // A pager's row ending on its arrowed link: "Part 2 of the Harbour series Next Work →",
  // "Chapter 3 of 9 Next Chapter »". No sentence or headline ends on an arrow.
  [/(?:^|\s)(?:next|previous|prev|older|newer)(?:\s+\p{L}+)?\s*[»›→]$/iu, "navigation"],
  [/^(?:explore|discover|see|view|show|load)\s+more(?:\s+(?:stories|articles|news|posts))?\s*[»›→.…]*$/i, "navigation"],
  [READ_MORE, "navigation"],
  [
    new RegExp(
      `^share(?:\\s+this)?(?:\\s+(?:article|story|post|page))?(?:\\s+(?:on|via)\\s+${SOCIAL})?\\s*[:!]?$`,
      "i",
    ),
    "navigation",
  ],
  [new RegExp(`^${SOCIAL}(?:\\s*[|,·•/]?\\s*${SOCIAL})*$`, "i"), "navigation"],
  // A share bar's row with its buttons' verbs and read-later services among the networks:
  // "tweet share Reddit Pocket Flipboard Email", "Share Tweet Pin it". Two buttons or more.
  [new RegExp(`^${SHARE_BUTTON}(?:\\s*[|,·•/]?\\s*${SHARE_BUTTON})+$`, "i"), "navigation"],
  [
    /^(?:subscribe|sign\s+up|join\s+us|register)(?:\s+(?:now|today|here))?(?:\s+(?:to|for)\s+(?:our|the|my)\s+[\w\s'’-]{1,40})?\s*[.!]?$/i,
    "navigation",
  ],
  [/^follow\s+us(?:\s+on\s+[\w\s,&]{1,60})?\s*[.!:]?$/i, "navigation"],
  [
    /^(?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|home|menu|search|log\s?in|sign\s+in|comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|related\s+posts|you\s+(?:may|might)\s+also\s+like(?:\.\.\.|…|:)?|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:read|popular|viewed))$/i,
    "navigation",
  ],
  [new RegExp(`^${TAGS_WORD}\\s*:.*$`, "i"), "navigation"],
  // A comment counter with its "new" marker, either side: "New, 203 comments", "203 comments / new".
  [/^(?:new\s*[,/|·]?\s*)?\d[\d,.]*[kK]?\s+comments?(?:\s*[,/|·]\s*new)?$/i, "navigation"],
  // A link to the author's page, alone on its line: "More stories by Jane Doe", "All posts by Jane Doe".
  [
    /^(?:[Mm]ore|[Aa]ll|[Ss]ee\s+all|[Vv]iew\s+all)\s+(?:[Ss]tories|[Aa]rticles|[Pp]osts|[Cc]olumns|[Rr]eports)\s+(?:from|by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[»›→]?$/u,
    "navigation",
  ],
  [
    /^(?:advertisement|advertisements|advertising|adverts?|sponsored(?:\s+content)?|promoted(?:\s+content)?|partner\s+content|paid\s+(?:content|post)|ad|supported\s+by|scroll\s+to\s+continue(?:\s+with\s+content)?|skip\s+(?:this\s+)?ad(?:vertisement)?|(?:the\s+)?(?:story|article|text)\s+continues(?:\s+(?:below|after))?(?:\s+(?:this|the)?\s*(?:advertisement|ad))?|continue\s+reading\s+(?:below|after)\s+(?:the\s+)?(?:advertisement|ad))\s*:?$/i,
    "promo",
  ],
  // The same marker over a picture box or a player the page sets inside the text: "Story
  // continues below gallery", "Article continues after the video". It tells the reader where the
  // text goes on; a sentence that reports on a gallery has a subject of its own.
  [
    /^(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)\s+(?:this\s+|the\s+)?(?:gallery|slideshow|photos?|photo\s+gallery|images?|video|player|graphic|map|poll|embed)\s*:?$/i,
    "navigation",
  ],
  // A sponsor's credit on a box of paid links, the sponsor named and nothing else: "Promoted By
  // Linkwell", "Sponsored by Harbor Bank". A sentence goes on after the name; a name in small
  // letters ("presented by the mayor") is no brand.
  [
    /^(?:[Pp]romoted|[Ss]ponsored|PROMOTED|SPONSORED)\s+(?:[Bb]y|BY)\s+\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u,
    "promo",
  ],
  // An advertisement's marker naming the advertiser: "ADVERTISEMENT – Ponderosa Homes".
  [/^(?:advertisement|sponsored(?:\s+content)?|paid\s+content)\s*[-–—:|]\s*[^.!?]{1,40}$/i, "promo"],
  // A tag row without its colon: "Tags Kristi Noem South Dakota" (a sentence opening "Tags" ends).
  [/^T(?:ags|AGS)\s+\p{Lu}[^.!?:]{1,160}$/u, "tags"],
  // A newsletter's nudge: "Don't miss a brief.", "Don't miss out on the latest news".
  [
    /^don['’]t\s+miss\s+(?:a|an|out\s+on)\s+(?:brief|story|thing|beat|update|issue|the\s+latest)\b(?:\s+[^.!?,]{1,60})?[.!]?$/i,
    "promo",
  ],
  // A bare number of nine digits or more on its own line: a page's item id, no reader's text.
  [/^\d{9,}$/, "notice"],
  // A newsroom's call for tips: "Got a confidential news tip? We want to hear from you."
  [/^(?:got|have)\s+a\s+(?:confidential\s+)?(?:news\s+)?tip\?(?:\s+we\s+want\s+to\s+hear\s+from\s+you\.?)?$/i, "promo"],
  // Page notices: reading time, audio players, JavaScript and cookie prompts, logo alt text.
  [/^\d{1,3}\s*[- ]?min(?:ute)?s?\.?\s+(?:read|listen)$/i, "notice"],
  [/^listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*[·•|:-]?\s*\d+\s+min(?:ute)?s?)?$/i, "notice"],
  [/^getting\s+your\s+[\w\s]{0,30}player\s+ready\W*$/i, "notice"],
  [
    /^(?:please\s+)?(?:ensure|enable|turn\s+on)\s+javascript\b|\bjavascript\s+is\s+(?:disabled|required|not\s+enabled)\b|^this\s+(?:slideshow|gallery|video|content|page|feature)\s+requires\s+javascript\.?$/i,
    "notice",
  ],
  [/^(?:accept|reject|manage)(?:\s+all)?\s+cookies$|^cookie\s+(?:settings|preferences|policy|consent)$/i, "notice"],
  [/^[\p{L}&.'’ ]{1,40}\s+logo$/iu, "notice"],
  // The site's name as its home link's label: "The Verge homepage", "The Guardian - Back to home".
  [
    /^[\p{L}&.'’ ]{1,40}\s+(?:homepage|home\s+page)$|^(?:[\p{L}&.'’ ]{1,40}\s+[-–|]\s+)?back\s+to\s+home(?:page)?$/iu,
    "navigation",
  ],
  // Navigation that a short label ends or starts: skip links ("Skip to content", a wiki's "Jump
  // to: navigation, search"), galleries, "Send this to a friend".
  [
    /^(?:skip|jump)\s+to:?\s+(?:the\s+)?(?:(?:main|site|primary)\s+)?(?:content|navigation|index|search|menu|footer|article)\b/i,
    "navigation",
  ],
  // Skip links in other languages, and two run together ("Skip to contentSkip to site index").
  [
    /^(?:pular|saltar|ir)\s+(?:para|al|a)\s+(?:o\s+)?(?:conte[úu]do|contenido)|^aller\s+au\s+contenu|^zum\s+inhalt|^skip\s+to\s+(?:main\s+)?content(?=skip)/iu,
    "navigation",
  ],
  // An article toolbar's buttons, each a line of a text extraction: "Gift this article", "Save",
  // "Report a typo" (share buttons are ./uiText.ts).
  [
    /^(?:(?:gift|save|bookmark|unlock)(?:\s+(?:this|the|full))?\s+(?:article|story)|save(?:d)?|bookmark|report\s+(?:a\s+typo|an\s+error|a\s+correction))$/i,
    "navigation",
  ],
  // A TV station's header buttons: "Watch Live", "Weather Alert", "Closings & Delays".
  [
    /^(?:watch\s+live|live\s+(?:video|stream|tv)|weather\s+alerts?|(?:school\s+)?closings\s*(?:&|and)\s*delays)$/i,
    "navigation",
  ],
  // A shop rail's price tag alone on its line, beside the deal it labels: "SAVE $30.00", "Save
  // up to £40", "Save 25%". A sentence that offers a saving goes on to say on what.
  [/^save\s+(?:up\s+to\s+)?(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\d{1,3}\s?%)(?:\s+off)?\s*!?$/i, "promo"],
  // A live blog's bare label over its headline: "LIVE UPDATES", "Live blog", "Live coverage".
  [/^live(?:\s*[:·•|-]\s*|\s+)(?:updates?|blog|coverage)$/i, "navigation"],
  // A media slot's bare label, left where the picture or player stood.
  [/^(?:image|photo|video|graphic|audio|gallery)$/i, "notice"],
  // A gallery's link and its lead-in: "View photos", "See photos from this story:", "More images from the article".
  [
    /^(?:more|view|see)\s+(?:all\s+)?(?:images|photos|pictures|videos|gallery)(?:\s+(?:from|of|in)\s+(?:this|the)\s+(?:story|article|gallery|post))?\s*:?$/i,
    "navigation",
  ],
  // A gallery's count and its caption toggle, each alone on its line: "4 PHOTOS", "12 images", "SHOW CAPTION +".
  [/^\d{1,3}\s+(?:photos|images|pictures|slides)$|^(?:show|hide)\s+captions?\s*[+–—-]?$/i, "navigation"],
  [/^(?:send|e-?mail|share)\s+(?:this|it)\s+(?:to|with)\s+a\s+friend$/i, "navigation"],
  [
    /^(?:view|show|hide|read)\s+(?:all\s+)?\d*\s*comments?(?:\s*\(\d+\))?$|^comments?\s*\(\d+(?:\s+(?:posted|comments?|new))?\)$/i,
    "navigation",
  ],
  // "Related Topics:" with its tags, or the label alone over them one a line.
  [/^related\s+(?:topics|tags)\s*(?::.*)?$/i, "tags"],
  // A tag row under the article: "See more on: Mexico, Fentanyl, Customs", "More about: …".
  [/^(?:see\s+)?more\s+(?:on|about)\s*:\s*[^.!?]{1,120}$/i, "tags"],
  // Calls to support or to claim something free.
  [/^(?:help|please)\s+(?:us\s+)?(?:continue|keep|support)\b.*\b(?:work|journalism|news|reporting)\b.*$/i, "promo"],
  [/^(?:get|claim|grab)\s+(?:your\s+)?free\b.*$/i, "promo"],
  // A gallery's link: "Gallery: Xbox One X | 14 Photos", "Slideshow (12 images)", "Slideshow ( 3 images )".
  [
    /^(?:(?:photo\s+)?gallery|slideshow|photos)\b.{0,80}(?:\|\s*|\(\s*)\d{1,3}\s+(?:photos|images|pictures|slides)(?:\s*\))?$/i,
    "navigation",
  ],
  // A time stamp alone: a live blog's entry time ("4:12 p.m. ET") or a relative clock ("Posted 2 hours ago", "32M ago").
  [
    new RegExp(
      String.raw`^(?:(?:last\s+)?(?:updated|posted|published)\s*:?\s*(?:at\s+)?)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T))?|${TIME_AGO})$`,
      "i",
    ),
    "page-clock",
  ],
  // A gallery's controls: "Photo 3 of 12", "1 of 12", "Image 1 of / 23" (the counter's two
  // spans joined by their slash), "Click to enlarge", "Enlarge this image".
  [
    /^(?:(?:photo|image|picture|slide)s?\s+)?\d{1,3}\s+(?:of(?:\s+\/)?|\/)\s+\d{1,3}$|^(?:click|tap)\s+to\s+(?:enlarge|expand|zoom)$|^enlarge(?:\s+this)?\s+(?:image|photo)$/i,
    "navigation",
  ],
  // A video or audio embed's label: "Watch: Trucks line up at the crossing" (a title, no sentence).
  [/^(?:watch|video|listen|audio)\s*:\s*[^.!]{3,120}$/i, "embed"],
  // A comment section's call: "Join the conversation", "Join the discussion".
  [/^join\s+the\s+(?:conversation|discussion|debate)$/i, "navigation"],
  // A newsroom's trust line: "Our Standards: The Thomson Reuters Trust Principles."
  [/^our\s+standards\s*:.{0,80}$/i, "notice"],
  // The label of a key-points box; the points under it stay.
  [/^(?:story\s+highlights|key\s+points|highlights|what\s+you\s+need\s+to\s+know)\s*:?$/i, "navigation"],
  // Where the reporting was done, printed under the byline: "Reporting from the border".
  [/^reporting\s+from\s+[^!?]{2,80}[^.!?]$/i, "credit"],
  // A wiki's hatnote, the pointer to another page on a topic: "Main article: Gecko (layout
  // engine)", "Further information: Rayleigh quotient", "For other uses, see Mozilla (disambiguation)."
  [
    /^(?:(?:main|parent)\s+articles?|further\s+information)\s*:\s*\S[^!?]{0,120}$|^for\s+(?:other\s+uses|[^.,;:]{1,80}),\s+see\s+[^.!?,;]{1,80}\.?$/iu,
    "navigation",
  ],
  // A wiki page's permanent link under its text: 'Retrieved from "https://…/index.php?title=…"'.
  [/^retrieved\s+from\s+["“]?https?:\/\/\S+?["”]?$/iu, "notice"],
  // Social embeds: a tweet's signature line, "— Name (@handle) January 20, 2026".
  [/^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s+.{0,30}\d{4}$/u, "embed"],
  // The author's contact under the article: a line that is only an e-mail address, or a social
  // network's name and a handle ("jane.roe@example.com", "Twitter: @janeroe"); no reporting is either.
  [/^(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu, "navigation"],
  [/^(?:twitter|x|instagram|threads|bluesky|mastodon|tiktok)\s*:\s*@[\w.]{1,30}$/iu, "navigation"],
];

/** Decoration around a label: "- Advertisement -", "• Share •", a leading emoji. */
const DECORATION = /^(?:[-–—•·|*~=\s]|\p{Extended_Pictographic}|\uFE0F)+|(?:[-–—•·|*~=\s])+$/gu;

/**
 * A line that is only markup: an embed or editor tag (`<iframe …>`, `<excerpt/>`), a shortcode,
 * or what a page's source leaves of a comment or a script's character data when a scraper cuts
 * it mid-way ("-->", "<!--", "//]]>").
 */
const MARKUP_LINE =
  /^(?:<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>\s*)+$|^\[\/?[a-z_]+(?:\s[^\]]*)?\]$|^(?:\/\/\s*)?(?:<!--|-->|\]\]>|<!\[CDATA\[)$/i;
/**
 * A line that is only code names glued together: the labels a layout script prints for its
 * screen sizes, hidden from readers ("for-phone-onlyfor-tablet-portrait-up…"). Small letters
 * joined by four or more hyphens and no space; no word of prose is set so.
 */
const CODE_NAMES = /^[a-z0-9]+(?:-[a-z0-9]+){4,}$/u;
// Also written with its angle bracket as an entity ("&lt;script …"), as a page's text shows escaped markup.
const EMBED_TAG = /^(?:<|&lt;)(?:iframe|script|embed|object|blockquote\s+class="(?:twitter|instagram|tiktok))/i;

/** A shortcode wrapped around a button's label: "[button link=… ] Send us your review[/button]". */
const SHORTCODE_LABEL = /^\[([a-z_]+)(?:\s[^\]]*)?\][^[\]]{0,80}\[\/\1\]$/i;

/**
 * A headline set all in capitals with no sentence's end (nine words or more): another story's
 * link set into the article ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR
 * DREAM"), not a subheading (a few words) nor wire copy in capitals (its sentences end). Only
 * under the article's first paragraph: above it, such a line may be the headline itself.
 */
/** A subheading in capitals is a label of a few words ("HOW TO USE A WATER BATH CANNER"); a headline runs longer. */
const MIN_TEASER_WORDS = 9;

export function isCapsTeaser(text: string): boolean {
  return (
    wordCount(text) >= MIN_TEASER_WORDS &&
    /\p{Lu}{2}/u.test(text) &&
    !/\p{Ll}/u.test(text) &&
    !/[.!?:;,]["”’)]*$/u.test(text)
  );
}

/** Market quotes: "DJIA 44,123.45 +0.5%", "S&P 500 ▲ 0.32%", "BTC $97,120 -2.1%". */
const TICKER =
  /^[\p{Lu}\p{N}&^./ -]{1,25}\s+(?:[$€£]?[\d,]+(?:\.\d+)?\s*)?(?:[▲▼+\-−]\s?[\d,.]+%?\s*){1,2}(?:\([+\-−]?[\d.]+%\))?$/u;

/**
 * A strip of several market quotes on one line ("DOW 44,120.33 +0.4%  S&P 500 5,980.10 -0.1%"):
 * two or more signed changes and no word of running text.
 */
function isTickerStrip(text: string): boolean {
  const changes = text.match(/[▲▼+\-−]\s?\d[\d,]*(?:\.\d+)?%/gu) ?? [];
  return changes.length >= 2 && !/\b\p{Ll}{3,}\b/u.test(text);
}

/** A weather widget's reading: "El Paso 94°", "H 97° L 71°", "Mexico City 24°C Partly cloudy". */
const WEATHER =
  /^(?:[\p{L}][\p{L}.'’ -]{0,30}\s)?(?:[HL]:?\s?)?-?\d{1,3}\s?°\s?[CF]?(?:\s*[/|]?\s*(?:[HL]:?\s?)?-?\d{1,3}\s?°\s?[CF]?)*(?:\s[\p{L}][\p{L} ]{0,30})?$/u;

/**
 * A widget strip: market quotes and weather readings side by side, split by "|" or "·"
 * ("USD/MXN 17.02 ▼ 0.3% | Mexico City 24°C Partly cloudy", "Sunny · H 97° L 71°"). Every
 * piece must be a reading, so a sentence that mentions a temperature is never one.
 */
function widgetReason(text: string): RemovalReason | undefined {
  const pieces = text.split(/\s+[|·•]\s+/u);
  const quote = (p: string) => TICKER.test(p) && /\d[\d,]*\.\d|%/.test(p);
  const reading = (p: string) => wordCount(p) <= 6 && WEATHER.test(p);
  const weather = (p: string) => reading(p) || (/^[\p{L} ]{1,25}$/u.test(p) && wordCount(p) <= 3);
  if (!pieces.some(reading) || !pieces.every((p) => quote(p) || weather(p))) return undefined;
  return pieces.some(quote) ? "ticker" : "notice";
}

/**
 * A row of link labels split by "|" ("Order Reprints | Today’s Paper | Subscribe"): three or
 * more pieces, each one to three capitalized words and no sentence, as a page footer sets them.
 */
function isLinkRow(text: string): boolean {
  const pieces = text.split(/\s+\|\s+/u);
  const label = /^\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|&|and|of|the))*$/u;
  if (pieces.length >= 3 && pieces.every((p) => wordCount(p) <= 3 && label.test(p) && !/\.$/.test(p))) return true;
  return isGluedBarRow(text);
}

/** Fewest pieces of a row glued by bare bars. */
const MIN_GLUED_PIECES = 3;
/** Most words of one link label in a row glued by bare bars. */
const MAX_GLUED_LABEL_WORDS = 6;

/**
 * Link labels glued by bars with no space about them, as a page's text gives a footer's row
 * ("Corrections and clarifications|Submit a news tip|Report error"): three or more pieces, each
 * a few words opening on a capital, with no digit and no sentence's end. Prose never glues a
 * bar between two words; a bar with spaces about it is `isLinkRow`'s stricter reading.
 */
function isGluedBarRow(text: string): boolean {
  if (!/[\p{L}.)]\|\p{Lu}/u.test(text) || /\s\||\|\s/u.test(text)) return false;
  const pieces = text.split("|");
  // Two pieces may be a section's label glued to a headline ("Markets|Peso Steadies …", headline.ts).
  return (
    pieces.length >= MIN_GLUED_PIECES &&
    pieces.every((p) => /^\p{Lu}/u.test(p) && wordCount(p) <= MAX_GLUED_LABEL_WORDS && !/[\d.!?:;]$|\d/u.test(p))
  );
}

/** One sentence of a paywall notice: "This article is for subscribers only.", "Already have an account?", "Sign in". */
const PAYWALL_SENTENCE =
  /^(?:this\s+(?:article|story|content|page)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to)\s+(?:paying\s+|paid\s+)?(?:subscribers|members)(?:\s+only)?|already\s+(?:have\s+an\s+account|a\s+(?:subscriber|member))\?|(?:sign|log)\s+in(?:\s+here)?|subscribe\s+to\s+(?:continue|keep)\s+reading)[.!]?$/i;

/** A paywall notice: a line whose every sentence is one of a paywall's (see PAYWALL_SENTENCE). */
function isPaywallNotice(text: string): boolean {
  return wordCount(text) <= 30 && text.split(/(?<=[.!?])\s+/u).every((s) => PAYWALL_SENTENCE.test(s));
}

/**
 * A line crediting contributors at an article's end, without the wire's parentheses: "Jane Roe
 * contributed to this report.", "Additional reporting by X; Editing by Y", "Edited by X", and
 * who checked it ("Reviewed by X, MD", "Fact-checked by X").
 */
const CONTRIBUTORS =
  /^(?:[\p{Lu}][^.!?]{0,300}\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting\s+by\s+[^.!?]{2,200};\s*(?:writing|editing)\s+by\s+[^.!?]{2,200}|(?:additional\s+reporting|writing|editing|edited|(?:medically\s+)?reviewed|fact[-\s]checked)\s+by\s+\p{Lu}[\p{L}.'’ -]{1,60}(?:(?:,|\band\b|;)\s*[\p{L}.'’ -]{2,60}){0,6})\.?$/iu;

/** Names in a credit: capitalised words joined by commas, "and" or "&" ("Kevin Ames, Jane Roe and Li Wu"). */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,\s+|,?\s+and\s+|\s+&\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,8}`;

/**
 * A contributors' credit in the other shapes newsrooms print under an article: "Contributing:
 * Jane Roe" (the label, then names), "— With assistance by Jane Roe and Li Wu", "-- Compiled by
 * Jane Roe", "Additional editing and production by Jane Roe and Li Wu."; and "… contributed to
 * this report." after a list whose places carry abbreviations ("Jane Roe in Mobile, Ala., and Li
 * Wu in Macon, Ga., contributed to this report."). Names alone follow the label or the "by", so
 * a sentence that goes on is none.
 */
const CONTRIBUTOR_NOTE = new RegExp(
  String.raw`^(?:[Cc]ontributing\s*:\s*${CREDIT_NAMES}|(?:[-–—]+\s*)?(?:[Ww]ith\s+assistance\s+(?:by|from)|[Cc]ompiled\s+by)\s+${CREDIT_NAMES}|[Aa]dditional\s+(?:editing|reporting|production|research)(?:\s+and\s+(?:editing|reporting|production|research))?\s+by\s+${CREDIT_NAMES}|\p{Lu}(?:[^.!?]|(?<=\b\p{Lu}\p{Ll}{0,4})\.){0,300}\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article))\.?$`,
  "u",
);

/**
 * A feature's roll of credits on one line, three roles or more, each "<Role> by <Names>":
 * "Produced by A and B, Photographs by C, Written by D, Graphics by E". A headline may pair two
 * such phrases ("Loved by Fans, Hated by Critics"); three make a roll.
 */
const CREDITS_ROLL =
  /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+by\s+\p{Lu}[^,;!?]{1,80}[,;]\s*){2,}\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+by\s+\p{Lu}[^,;!?]{1,80}\.?$/u;

/**
 * A wire's credits in parentheses, however many reporters it names: "(Reporting by …; Editing by
 * …)", "(Reporting by A, B, C, with reporting by D, editing by E.)". Read before the word bound
 * of other furniture (a long list of names is still a credit), to the bound of CONTRIBUTORS.
 */
const WIRE_CREDITS =
  /^\((?:additional\s+)?(?:reporting|writing|editing|compiled|reporte|redacci[oó]n|edici[oó]n|editado)\b[^()]*(?:\([^()]*\)[^()]*)*\)$/iu;

/**
 * A reporter credited for reporting from a place, names alone before the verb: "Keith Bradsher
 * contributed reporting from Hong Kong.", "Jane Roe and John Doe contributed reporting." A
 * sentence that reports who contributed ("The paper said Smith contributed reporting …") has
 * small words before the verb.
 */
const CONTRIBUTED_REPORTING =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+)?)){1,12}contributed\s+(?:additional\s+)?(?:reporting|research)(?:\s+(?:from|in)\s+\p{Lu}[\p{L}.'’-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}.'’-]*){0,5})?\.$/u;

/** A reporter's name in a credit: two to four capitalised words, never an article's "The …" (a newspaper). */
const REPORTER_NAME = String.raw`(?!The\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;
/** The place a credit says the reporting came from: one to four capitalised words ("Seoul", "Hong Kong"). */
const REPORTED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;

/**
 * Who reported from where, as a paper credits its reporters under the story: "Jane Roe
 * reported from Seoul, and John Doe from Hong Kong.", "Jane Roe and John Doe reported from
 * Kyiv.", "Jane Roe reported from Lima. John Doe reported from Quito." Names alone before
 * "reported from", a place's name after it, and nothing else: a sentence of the story that says
 * someone reported from a place goes on ("… for a decade", "… the front lines").
 */
const REPORTED_FROM = new RegExp(
  String.raw`^${REPORTER_NAME}(?:,?\s+(?:and\s+)?${REPORTER_NAME})*\s+reported\s+from\s+${REPORTED_PLACE}` +
    String.raw`(?:,?\s+(?:and\s+)?${REPORTER_NAME}\s+(?:reported\s+)?from\s+${REPORTED_PLACE})*\.` +
    String.raw`(?:\s+${REPORTER_NAME}(?:,?\s+(?:and\s+)?${REPORTER_NAME})*\s+reported\s+from\s+${REPORTED_PLACE}\.)*$`,
  "u",
);

/** Most words of a reporters' credit read by REPORTED_FROM (its names may be split many ways). */
const MAX_REPORTED_FROM_WORDS = 40;

/** A credit of who reported from where (REPORTED_FROM), asked only of a short line that says "reported from". */
function isReportedFromCredit(text: string): boolean {
  return wordCount(text) <= MAX_REPORTED_FROM_WORDS && /\breported\s+from\b/u.test(text) && REPORTED_FROM.test(text);
}

/**
 * The page's editor named in brackets under the article, by role and colon: "[责任编辑：Li Wen]",
 * "【编辑：王明】", "[Editor: Jane Roe]". The desk's tag, not the text; an editor's note in brackets
 * ("[Editor's note: …]") has no colon after the role and says something, so it stays.
 */
const EDITOR_TAG = /^[[【]\s*(?:责任编辑|責任編輯|编辑|編輯|editor)\s*[:：]\s*[^\][【】:：]{1,40}[\]】]$/iu;

/**
 * A line crediting the wires the story drew on, naming no one: "With Post wires", "— With
 * wire services", "With agencies", "Source: News agencies". A named agency alone ("— Reuters",
 * "Source: AFP") is ./outlets.ts's creditLineOutlet; a sentence that mentions wires goes on.
 */
const WIRES_CREDIT =
  /^(?:[-–—]{1,2}\s*)?(?:with\s+(?:(?:the\s+)?\S+\s+)?|sources?\s*:\s*)(?:wires?|wire\s+(?:services?|reports?)|(?:news\s+)?agenc(?:y|ies)(?:\s+reports?)?)\.?$/iu;

/** A credit field's label: "Sources:", "Photo credit:", "Image:", "Via:", "H/T:". */
const CREDIT_FIELD = String.raw`(?:sources?|(?:photo|image|picture)\s+credits?|photo|image|via|h\/t)\s*:\s*`;

/**
 * A trailer made only of credit fields, two or more set apart by a slash or a bar: "Sources:
 * Harbor Post, River Daily / Photo credit: Jane Roe/Facebook". Each field names who supplied the
 * story or its picture; none is a sentence of the article.
 */
const CREDIT_FIELDS = new RegExp(
  String.raw`^${CREDIT_FIELD}[^:|/]{1,80}?(?:\s+[/|]\s+${CREDIT_FIELD}[^:|]{1,80}?)+$`,
  "iu",
);

/**
 * One credit field alone on its line, naming who supplied the story, its picture or its graphic:
 * "Source: Harbour Gazette", "Via: Harbour Wire", "Sources: Ruiz Becker Architects/ Wu Studio",
 * "H/T: Jane Roe", or "Via" and a social network ("Via Instagram"). A name follows the label,
 * capitalised words and nothing else, so "Source: the company's annual report" told as a
 * sentence stays, and so does a sentence that goes on after a name.
 */
const CREDIT_FIELD_LINE = new RegExp(
  String.raw`^(?:(?:[Ss]ources?|SOURCES?|[Vv]ia|VIA|H\/T|[Hh]at\s+[Tt]ip)\s*:\s*\p{Lu}[\p{L}\p{N}.&'’-]*(?:\/?\s+(?:(?:of|the|and|for|de)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|\/\s*[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,6}|[Vv]ia\s+(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Reddit|Imgur|Giphy|Tumblr|Flickr|Vimeo))\.?$`,
  "u",
);

/**
 * A line of numbers alone: a like, share or comment count left by its button ("42", "7"). Read
 * only where the article's header or a markdown body stands, since "404" alone is a page title.
 */
export function isBareCount(text: string): boolean {
  return /^\d[\d\s.,·•|/]*$/u.test(text);
}

/**
 * A row of counts, each a number and its one-word label, joined by a separator ("42 Likes∙7
 * Restacks", "1.2K views · 38 comments"): the counters under a post, not a sentence.
 */
function isCountRow(text: string): boolean {
  return /^\d[\d.,]*\s*[kKmM]?\s+\p{L}+(?:\s*[∙·•|/]\s*\d[\d.,]*\s*[kKmM]?\s+\p{L}+)+$/u.test(text);
}

/** Fewest names that make a comma-separated line a roll of user names. */
const MIN_ROLL_NAMES = 20;

/** A user's handle, not a word: it holds a digit or an underscore, or a capital straight after a small letter. */
const HANDLE = /[\p{N}_]|\p{Ll}\p{Lu}/u;

/**
 * A roll of readers' user names run into one line, comma after comma ("ana_k, mira77, ReedWrites,
 * … and 300 guests liked this"): twenty names or more, nearly all of them one word and a good
 * share of them handles (a digit, an underscore, a capital inside), which no list in prose is.
 */
export function isNameRoll(text: string): boolean {
  const names = text.split(/,\s*/u);
  if (names.length < MIN_ROLL_NAMES) return false;
  const single = names.filter((name) => /^\S{1,40}$/u.test(name.trim()));
  const handles = single.filter((name) => HANDLE.test(name));
  return single.length >= 0.9 * names.length && handles.length >= 0.25 * names.length;
}

/** Fewest word joins without a space ("RomeoAston", "MartinAudi") that make a line glued menu labels. */
const MIN_GLUED_JOINS = 3;

/**
 * Menu labels a scraper ran together without spaces ("AbarthAlfa RomeoAston MartinAudi…",
 * "FinancialGovernment SolutionsLegal…"): a capital first, then a capital straight after a
 * small letter again and again. A brand ("MacBook") has one such join; a code name
 * ("getElementById") opens with a small letter.
 */
export function isGluedLabels(text: string): boolean {
  // Labels end no sentence: a paragraph where a name recurs ("DeepMind的AlphaGo…。") is text.
  if (!/^\p{Lu}/u.test(text) || /[.!?。！？]/u.test(text)) return false;
  return (text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= MIN_GLUED_JOINS;
}

/** Fewest words of a row of link labels run together on one line: more than any headline has (articleSpan.ts). */
const MIN_LABEL_ROW_WORDS = 21;
/** Share of a label row's words (small linking words aside) that open on a capital or a digit. */
const MIN_LABEL_ROW_CAPITALS = 0.9;
/** Least share of a label row's words that differ from one another (labels name different things). */
const MIN_DISTINCT_LABEL_WORDS = 0.5;
/** The small words a label may hold in small letters ("Terms of Use", "Subscribe to CNBC PRO"). */
const LABEL_LINK_WORD = /^(?:&|and|or|of|the|a|an|to|for|in|on|at|by|with|from|us|our|your|my|\||[·•/|–—-])$/iu;

/**
 * A menu's or a footer's link labels that a scraper joined with spaces into one long line
 * ("Subscribe to CNBC PRO Licensing & Reprints CNBC Councils Supply Chain Values Join the CNBC
 * Panel Digital Products News Releases Closed Captioning Corrections About Us Site Map …"):
 * more words than a headline, no sentence's end anywhere (a small-letter word before a full
 * stop, a question or an exclamation), and nearly every word but the small linking ones opening
 * on a capital. Prose, even a German one that capitalises its nouns, sets its verbs and most
 * of its words in small letters; a list of names in prose has its commas and its full stop.
 */
export function isGluedLabelRow(text: string): boolean {
  // Words split by spaces: a script without them (Chinese, Japanese) is counted by its characters
  // elsewhere, and has no capitals to read.
  const tokens = text.split(/\s+/u);
  // One line: a block of several (a numbered list of products, one a line) is read line by line.
  if (tokens.length < MIN_LABEL_ROW_WORDS || /\n|[,;]\s/u.test(text) || /[\p{Lo}]/u.test(text)) return false;
  if (/\p{Ll}[.!?…]["”’)]*(?:\s|$)/u.test(text)) return false;
  const words = tokens.filter((w) => /[\p{L}\p{N}]/u.test(w) && !LABEL_LINK_WORD.test(w));
  const capitals = words.filter((w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w)).length;
  // A menu names different sections: one word set over and over is no row of labels.
  const distinct = new Set(words.map((w) => w.toLowerCase())).size;
  return (
    words.length > 0 &&
    capitals >= MIN_LABEL_ROW_CAPITALS * words.length &&
    distinct >= MIN_DISTINCT_LABEL_WORDS * words.length
  );
}

/**
 * A link's label marked by an arrow and a space, as a menu or a box of links sets it ("» Coluna
 * de Adauto Silva", "› Markets"): a few words and no sentence. A quotation set in guillemets
 * opens »Wir … without the space and closes the mark.
 */
const ARROW_LABEL = /^[»›]\s+[^«‹»›.!?]{1,80}$/u;
/** Most words of an arrow-marked link label. */
const MAX_ARROW_LABEL_WORDS = 8;

/** Furniture known by its shape alone, no word list: tickers, widget readings, a row of link labels. */
function shapeReason(text: string): RemovalReason | undefined {
  if (isGluedLabels(text) || isGluedLabelRow(text)) return "navigation";
  if (isNameRoll(text)) return "comments";
  if (SEPARATOR_PIECE.test(text)) return "credit";
  if (wordCount(text) > 20) return undefined;
  if (ARROW_LABEL.test(text) && wordCount(text) <= MAX_ARROW_LABEL_WORDS) return "navigation";
  if (isCountRow(text)) return "notice";
  if ((TICKER.test(text) && /\d[\d,]*\.\d|%/.test(text)) || isTickerStrip(text)) return "ticker";
  if (isLinkRow(text)) return "navigation";
  return widgetReason(text);
}

/**
 * The last piece of a stamp or credit split onto a line of its own, still opening on its
 * separator: "/ CBS News" after "Updated on: November 19, 2019 / 10:07 AM", "| Harbour Wire"
 * under a caption. A few capitalised words and nothing else; prose never opens on a slash. Not
 * read as the publisher (outlets.ts creditLineOutlet): the piece may credit a picture's agency.
 */
const SEPARATOR_PIECE = /^[/|]\s*\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u;

/** A teaser label naming a site by its address, then a headline: "Also on example.com Port strike …". */
const ALSO_ON_SITE = /^also\s+(?:on|at)\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\s+\p{Lu}/iu;

/**
 * A media player's card: the medium and its running time, then the title and date set off by
 * separators ("Listen · 24:13 · Episode 9: …", "Video 2:41 · Crews clear the road"). A sentence
 * never opens on a medium's name followed by a clock length and a separator.
 */
const MEDIA_CARD =
  /^(?:watch|video|listen|audio|podcast)\s*[·•|:]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:[·•|—–]\s*[^·•|]{1,120}){0,4}$/iu;

/**
 * A teaser for the site's own series: a short label and its colon, a line of description, and a
 * link's bare call closing it ("Field Notes: Essays from the fleet, every week. Read them
 * here."). Prose does not close on a sentence that is only "here" or a call to follow a link.
 */
const LABELLED_TEASER = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*:\s/u;
const LINK_CALL_CLOSE =
  /(?:^|[.!?]\s+)(?:(?:check\s+(?:it|them)\s+out|read\s+(?:it|them|more)|find\s+out\s+more|learn\s+more|see\s+(?:it|them|more))\s+)?here\s*[.!]?$/iu;

/** Most words of a series teaser. */
const MAX_TEASER_WORDS = 40;

/** Navigation, prompts, notices, embeds and other furniture on a line of their own. */
export function chromeReason(text: string): RemovalReason | undefined {
  if (MARKUP_LINE.test(text) || EMBED_TAG.test(text) || SHORTCODE_LABEL.test(text) || CODE_NAMES.test(text))
    return "embed";
  if (!VOCABULARY_ON) return shapeReason(text);
  const once = undoubled(text);
  if (once !== undefined) {
    const reason = chromeReason(once);
    if (reason !== undefined) return reason;
  }
  if (isDoubledHeadline(text)) return "related-links";
  if (
    (wordCount(text) <= 60 &&
      (CONTRIBUTORS.test(text) ||
        (CONTRIBUTOR_NOTE.test(text) && !REPORTED.test(text)) ||
        WIRE_CREDITS.test(text) ||
        CREDITS_ROLL.test(text))) ||
    WIRES_CREDIT.test(text) ||
    CREDIT_FIELDS.test(text) ||
    CREDIT_FIELD_LINE.test(text) ||
    CONTRIBUTED_REPORTING.test(text) ||
    isReportedFromCredit(text) ||
    (wordCount(text) <= 6 && EDITOR_TAG.test(text))
  )
    return "credit";
  // A wire credit on its own line: "— Reuters", "(AFP)".
  if (creditLineOutlet(text) !== undefined) return "credit";
  // "Previous articleMexico sends…", "Read more: Mexico sends…", "SEE MORE: Port strike …",
  // "Learn More: Five tips for …": a link to another story, glued to its headline.
  if (
    /^(?:(?:previous|next)\s+(?:article|post|story)|(?:read|see|learn)\s+more|continue\s+reading)(?:\p{Lu}|\s*[:|»›]\s*\p{Lu})/iu.test(
      text,
    ) &&
    wordCount(text) <= 30
  )
    return "navigation";
  // "Also on example.com Mexico sends troops": a site's teaser label over another story's
  // headline, which, unlike a sentence that opens "Also on …", has no full stop.
  if (ALSO_ON_SITE.test(text) && !/[.!?]["”’)]*$/u.test(text) && wordCount(text) <= 30) return "navigation";
  if (isPaywallNotice(text)) return "promo";
  if (wordCount(text) <= MAX_TEASER_WORDS && LABELLED_TEASER.test(text) && LINK_CALL_CLOSE.test(text)) return "promo";
  const ui = uiTextReason(text);
  if (ui !== undefined) return ui;
  const shape = shapeReason(text);
  if (shape !== undefined || wordCount(text) > 20) return shape;
  const bare = text.replace(DECORATION, "");
  if (MEDIA_CARD.test(bare)) return "embed";
  if (wordCount(bare) > 12 && !/^(?:please|help|get|claim|grab|\()/i.test(bare)) return undefined;
  for (const [pattern, reason] of CHROME)
    if (pattern.test(text) || (bare !== text && pattern.test(bare))) return reason;
  return undefined;
}

/** A picture's file name as a line of its own: "harbour crane at dusk.jpg". */
const IMAGE_FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.,'’()-]{0,100}\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic)$/iu;

/** True when `text` is only a picture's file name: the page printed its picture's name, so a picture stands there. */
export const isImageFileName = (text: string): boolean => IMAGE_FILE_NAME.test(text.trim());

const CAPTION_PATTERNS: readonly RegExp[] = [
  /^(?:photo|image|picture|photograph|illustration|graphic|file\s+photo|pictured|above|video|caption)s?(?:\s+(?:credit|courtesy|source|by))?\s*[:：|]/i,
  /^(?:photo|image|picture|video|header\s+image|featured\s+image)s?\s+(?:credit|courtesy|source|by|copyright|caption)\b/i,
  // Which picture, then its label: "Cover image: an artist's impression of …".
  /^(?:cover|top|main|lead|header|featured|hero)\s+(?:photo|image|picture|illustration)s?\s*[:：]/iu,
  // A figure's caption by its number: "Figure 3: The harbour's tide gauge", "Fig. 2. Pier plan".
  /^fig(?:ure|\.)?\s*\d{1,3}[a-z]?\s*[:：.]\s+\S/iu,
  // The caption's own label in Chinese ("图注：" a caption, "图为…" pictured is …) and a photo's
  // credit in brackets in Korean or Chinese ("[사진=Harbour Wire]", "[图片=…]").
  /^(?:图注|图说|图片说明|圖說)\s*[:：]|^(?:图为|圖為)\S/u,
  /^[[【](?:사진|图片|圖片|照片)\s*[=:：]/u,
  // The same label after a word or two naming which picture: "Main image credit: Getty".
  /^(?:\p{L}+\s+){1,2}(?:photo|image|picture|video)s?\s+(?:credit|courtesy)s?\s*[:：]/iu,
  // A picture's credit closing its caption, by label: "… (Image: GETTY )", "(Photo: Jane Roe)",
  // "… [File: Harbour Wire]"; or in brackets, the picture's source and who passed it on: "…
  // [Harbour Labs via Jane Roe]".
  /\((?:image|photo|picture|pic|photograph|foto)s?\s*:\s*[^()]{1,60}\)$/iu,
  /\[(?:image|photo|picture|pic|photograph|foto|file)s?\s*:\s*[^[\]]{1,60}\]$/iu,
  /\[\p{Lu}[^[\]]{0,40}\svia\s\p{Lu}[^[\]]{0,40}\]$/u,
  // Who stands where in the picture, set off by commas after a name: "Andreas Thurner, left, and
  // Todd George, VP of …, unveil …". Prose says who did what, never where they stand in a frame.
  /^\p{Lu}[^.!?]{0,120},\s(?:left|right|center|centre|second\s+(?:from\s+)?(?:left|right)),\s/u,
  // A credit alone in parentheses, photographer and agency: "(Reed Saxon / Associated Press)".
  /^\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}.&'’ -]{1,50}\)$/u,
  // The same credit with the photographer's address for the agency: "(Reed Saxon/rsaxon@example.com)".
  /^\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)$/u,
  // A picture's file name printed where its caption goes: "harbour crane at dusk.jpg".
  IMAGE_FILE_NAME,
  // A tabloid's caption: a kicker in capitals, the picture's description, and the picture
  // agency's tag in brackets closing it ("HARBOUR DAY: Crowds line the pier [HW]").
  /^\p{Lu}[\p{Lu}\d\s'’,-]{2,40}[:!?]\s.{3,200}\s\[\p{Lu}{2,6}\]$/u,
  // A picture's credit alone in parentheses by its label, set between paragraphs under the
  // picture: "(Artist: Jane Roe)", "(Source: Harbour Archive)", "(All photos: Harbour staff)". A
  // name or a few words after the colon and no sentence's end; reporting in parentheses says more.
  // Not "(Graphic: … - here)" or "(Video: …)": a link to another piece, which page notes read.
  /^\((?:(?:all|top|main|lead|header|cover)\s+)?(?:photo(?:graph)?|image|picture|illustration|artwork|art|artist|source|credit)s?\s*:\s*[^()\s!?]+(?:\s+[^()\s!?]+){0,7}(?<![.!?])\)$/iu,
  // A credit alone in parentheses, an owner's name with every word capitalized: "(Walt Disney
  // Co.)". Reporting in parentheses is a sentence with small words.
  /^\(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}\)$/u,
  // A copyright credit closing a caption after its full stop: "… November 19, 2019. © Reuters / Ana Castillo".
  /[.!?]["”’]?\s*©\s*\p{L}[^.!?©]{1,60}$/u,
  // A photographer's credit alone on its line, set under a picture (text/credits.ts).
  PHOTOGRAPHER_CREDIT_LINE,
  ...PHOTO_CREDIT_LINE,
];

/** A picture's credit closing a sentence: a name in parentheses and nothing else ("(Photo by Sam Reed)", "(Tucson Police Department)"). */
const CLOSING_CREDIT =
  /[.!?]["”’]?\s*\((?:photo\s+by\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|the|de|del|la)\s+)?\p{Lu}[\p{L}'’.&-]*){0,5}\)$/u;

/** A picture named as what shows the scene: "Surveillance video … shows a truck …". */
const PICTURE_SHOWS = /\b(?:video|photo|photograph|image|picture|footage|still|screenshot)s?\b[^.]{0,80}\bshows?\b/iu;

/**
 * A caption known by its credit: a sentence that describes its picture in the present ("… shows
 * a pickup truck backing into …", "… speaks to reporters …") or names what it shows with no verb
 * ("File photo of the harbor master. (Reuters)"), and ends with who made or released the picture,
 * in parentheses. Reporting tells in the past and credits no one after its full stop.
 */
function isCreditedCaption(text: string): boolean {
  return (
    CLOSING_CREDIT.test(text) &&
    (CAPTION_VERB.test(text) || PICTURE_VERB.test(text) || PICTURE_SHOWS.test(text) || isPictureDescription(text))
  );
}

/** A day as a wire caption writes it, its year stated: "Dec. 8, 2016", "Monday, Oct. 17, 2022". */
const CAPTION_DAY = `(?:${WEEKDAY_PATTERN},\\s+)?${MONTH_PATTERN}\\s+\\d{1,2},\\s+(?:19|20)\\d{2}`;
/**
 * How a wire photo's caption closes: the day and then the place set off by commas ("…, Dec. 8,
 * 2016, in Washington."), or the place and then the weekday and day ("… in Washington, Monday,
 * Oct. 17, 2022."), with no "on" before the day as prose has.
 */
const CAPTION_DAY_PLACE = new RegExp(
  `,\\s+${CAPTION_DAY},\\s+(?:in|at|near|outside)\\s+\\p{Lu}[^.!?;]{0,60}\\.$|\\s(?:in|at|near|outside)\\s+\\p{Lu}[^,.!?;]{0,40}(?:,\\s+\\p{Lu}[^,!?;]{0,30})?,\\s+${WEEKDAY_PATTERN},\\s+${MONTH_PATTERN}\\s+\\d{1,2},\\s+(?:19|20)\\d{2}\\.$`,
  "u",
);
/** What the person in a picture is doing, said in the present as a caption says it: "speaks about", "talks to". */
const PICTURE_TALK = /\b(?:speaks|talks)\s+(?:about|to|with|at|during)\b/u;

/**
 * A wire photo's caption with no credit, known by its close (`CAPTION_DAY_PLACE`): one sentence
 * telling in the present what the picture shows ("Jane Roe speaks during a ceremony …, Dec. 8,
 * 2016, in Washington."). Prose tells the same in the past and puts "on" before the day; a
 * sentence that reports or quotes anyone is prose.
 */
export function isDatedWireCaption(text: string): boolean {
  if (wordCount(text) > 50 || REPORTED.test(text) || /["“”]/u.test(text) || !CAPTION_DAY_PLACE.test(text)) return false;
  if (splitSentences(text).length !== 1) return false;
  return CAPTION_VERB.test(text) || PICTURE_VERB.test(text) || PICTURE_TALK.test(text);
}

/** Photo captions and credit lines (a whole line; captions are short). */
export function isCaption(text: string): boolean {
  if (!VOCABULARY_ON || wordCount(text) > 60) return false;
  if (isCreditedCaption(text)) return true;
  if (isDatedWireCaption(text)) return true;
  // A caption closed by its photographer's credit: "… on Sunday. Lucía Méndez / Harbour Wire".
  if (endsOnPhotographerCredit(text)) return true;
  // "(pictured)" marks a caption; a body sentence with it ends in punctuation.
  if (/\(pictured(?:\s+[\p{L}]+){0,3}\)/iu.test(text) && !/[.!?]["”’]?$/u.test(text)) return true;
  return CAPTION_PATTERNS.some((p) => p.test(text));
}

/**
 * What a caption may hold besides its naming phrase, and prose's verbs never stand in: a relative
 * clause inside an appositive, up to its comma ("Jane Roe, the executive who is overseeing the
 * service"; "The man who fled was caught" keeps its verb), a purpose or a passive in the
 * infinitive ("in order to be used in …") and a passive gerund ("after being cleaned"). Struck
 * out, what is left is the line's main clause.
 */
const SUBORDINATE =
  /(?<=,\s(?:the|an?)\s[^,]*?)\s(?:who|whom|whose|which)\s[^,;]*|(?:\bin\s+order\s+)?\bto\s+be\s+\p{L}+|\bbeing\s+\p{L}+/gu;

/** Fewest words of a caption read by its shape alone: a subheading over a picture is shorter. */
const MIN_DESCRIPTION_WORDS = 7;

/**
 * A picture's description, as a caption writes it: one phrase that names what the picture shows
 * with no verb in its main clause ("An artist's illustration of a plume …", "Duck fluff and
 * feathers in the middle of a drying process …", "Jane Roe, the executive who is overseeing the
 * service"), as its first sentence, of seven words or more. Prose tells with a verb, and a
 * subheading is shorter; what the caller asks of the line's place (a picture's credit under it,
 * body.ts) tells it from a label.
 */
export function isPictureDescription(text: string): boolean {
  const first = splitSentences(text)[0]?.text ?? "";
  if (!/^["“]?\p{Lu}/u.test(first) || wordCount(first) < MIN_DESCRIPTION_WORDS || wordCount(first) > 40) return false;
  return !hasFiniteVerb(first.replace(SUBORDINATE, ""));
}

/**
 * A line that points at the picture beside it: "… and, as this photo of a 1930s office worker
 * shows, will sweat …", "This image shows the pier at dusk." Asked of a line over a picture's
 * credit (body.ts): prose tells of the world, a caption of "this photo"; a line that reports who
 * said so stays.
 */
const THIS_PICTURE_SHOWS = /\bthis\s+(?:photo(?:graph)?|picture|image)\b[^.!?]{0,80}\bshows\b/iu;
export const pointsAtPicture = (text: string): boolean => THIS_PICTURE_SHOWS.test(text) && !REPORTED.test(text);

/** A breadcrumb trail: "Home › World › Americas", "News / Mexico", "Home >> News" (a doubled mark is one separator). */
export function isBreadcrumbTrail(text: string): boolean {
  // "«Nunca más», dice Sheinbaum": a » that closes a « is a quotation mark, not a separator.
  if (/«[^»]*»/u.test(text)) return false;
  const parts = text.split(/\s*[›»>|/]+\s*/);
  return (
    parts.length >= 2 && wordCount(text) <= 10 && parts.every((p) => p !== "" && wordCount(p) <= 3 && !/[.!?]$/.test(p))
  );
}

/** Furniture glued to the end of a paragraph: a wire credit ("— Agencies") or an embed's link. */
const TRAILING: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [/\s+[—–]\s*(?:(?:with\s+)?(?:news\s+)?agencies|wires?)\.?\s*$/iu, "credit"],
  [/\s*pic\.twitter\.com\/\w+\s*$/iu, "embed"],
  [
    /\s+\((?:additional\s+)?(?:reporting|writing|editing|reporte|redacci[oó]n|edici[oó]n|editado)\b[^()]*\)\s*$/iu,
    "credit",
  ],
];

/** Where trailing furniture starts in `text`, and what it is. */
export function trailingFurniture(text: string): { start: number; reason: RemovalReason } | undefined {
  if (!VOCABULARY_ON) return undefined;
  for (const [pattern, reason] of TRAILING) {
    const match = pattern.exec(text);
    if (match !== null && match.index > 0) return { start: match.index, reason };
  }
  return undefined;
}

/**
 * Chrome labels that no sentence is made of, so one alone glued to a sentence is the label: an
 * advertisement's marker and its "scroll on" prompt, a share bar's call, a copy-link button.
 */
const GLUED_LABEL = String.raw`(?:advertisements?|scroll\s+to\s+continue(?:\s+with\s+content)?|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+|the\s+)?(?:advertisement|ad))(?:\s+advertisement)?|continue\s+reading\s+below|share\s+this\s+(?:article|story|post|page)|share\s+(?:on|via)\s+${SOCIAL}|all\s+sharing\s+options|copy\s+link|skip\s+(?:this\s+)?ad(?:vertisement)?)`;

/** One label of a share bar or an advertisement, the strong ones first so the longest wins. */
const GLUED_PIECE = `(?:${GLUED_LABEL}|${SHARE_BUTTON})(?![\\p{L}\\p{N}])`;
/** Labels in a row, with nothing or a bar or dot between them. */
const GLUED_RUN = String.raw`${GLUED_PIECE}(?:\s*[|·•]?\s*${GLUED_PIECE})*`;
const STRONG_LABEL = new RegExp(`^${GLUED_LABEL}$`, "iu");
const PIECES = new RegExp(GLUED_PIECE, "giu");

/** Labels after the paragraph's last sentence, to its end. */
const TRAILING_RUN = new RegExp(String.raw`(?<=[.!?…]["”’)]*)\s+(${GLUED_RUN})\s*:?$`, "iu");
/** Labels opening the paragraph or set between two sentences, before a capital. */
const INNER_RUN = new RegExp(String.raw`(?:^|(?<=[.!?…]["”’)]*)\s+)(${GLUED_RUN})\s+(?=\S)`, "giu");
/** A sentence's opening: a capital, after an opening quotation mark or none (read without INNER_RUN's "i"). */
const SENTENCE_OPENING = /^["“‘]?\p{Lu}/u;

/**
 * Whether a glued run of labels reads as chrome where prose goes on after it: it holds a label
 * no sentence is made of ("Advertisement", "Share this article"), or two labels or more
 * ("Facebook Twitter"). One share word alone before a capital may open a sentence ("Share
 * prices…" no, but "Email Services Ltd said…", "Print Media Council…").
 */
function isChromeRun(run: string): boolean {
  const pieces = run.match(PIECES) ?? [];
  return pieces.length >= 2 || pieces.some((piece) => STRONG_LABEL.test(piece.trim()));
}

/** Fewest words of prose before labels glued after it. */
const MIN_PROSE_WORDS = 5;

/** Prose in sentence case: a few words, most of them in small letters (a title-case headline has few). */
function isSentenceCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= MIN_PROSE_WORDS && words.filter((w) => /^["“‘(]?\p{Ll}/u.test(w)).length * 2 >= words.length;
}

/**
 * Page chrome a `textContent`-style scraper glued onto a paragraph's sentences, in order: an
 * advertisement's marker or a share bar's labels set after the last sentence ("…the ministry
 * said. Advertisement Scroll to continue"), before the first ("Share this article Facebook
 * Twitter Email Copy link The port…") or between two ("…said. Advertisement Officials…").
 * Only whole runs of the labels, and only at a sentence's edge: the same words inside a
 * sentence ("shared the article on Facebook") are prose.
 */
export function gluedChromeSpans(text: string): { start: number; end: number }[] {
  if (!VOCABULARY_ON) return [];
  const spans: { start: number; end: number }[] = [];
  const trailing = TRAILING_RUN.exec(text);
  const end = trailing === null ? text.length : trailing.index + trailing[0].indexOf(trailing[1] ?? "");
  // After prose only: a headline in title case ending on its exclamation ("… With ‘Cancel Order!’
  // Tweet") is a teaser's card, left whole to the readers of teasers and rails.
  const tail = isSentenceCase(text.slice(0, end)) ? end : text.length;
  for (const match of text.matchAll(INNER_RUN)) {
    const run = match[1] ?? "";
    const start = match.index + match[0].indexOf(run);
    // What follows must be prose: a sentence in sentence case, up to the labels closing the paragraph.
    const rest = text.slice(match.index + match[0].length, tail);
    if (isChromeRun(run) && SENTENCE_OPENING.test(rest) && isSentenceCase(rest))
      spans.push({ start, end: start + run.length });
  }
  if (tail < text.length) spans.push({ start: tail, end: text.length });
  return spans;
}
