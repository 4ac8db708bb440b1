/**
 * Line-level recognizers for what scraped pages put around an article: navigation, share and
 * subscribe prompts, advertisements, photo captions and credits, bylines, list markers and
 * the labels that introduce related-link and source lists. Each recognizer matches a whole
 * line (after whitespace cleaning) and is deliberately narrow: a false positive deletes real
 * text, a false negative only leaves a little chrome in the body, so short fixed phrases are
 * matched rather than anything "looking like" chrome.
 */
import { parseDate } from "../content/parseDate.ts";
import { wordCount } from "./lines.ts";
import type { RemovalReason } from "./types.ts";

const SOCIAL =
  "(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|reddit|telegram|pinterest|copy link|flipboard|threads|bluesky)";

const CHROME: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  // Previous/next links: "Previous Post Next Post", "« Previous article", "Next story →".
  [
    /^[«‹<←]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry))?\s*[»›>→]?(?:\s*[|/·•]?\s*[«‹<←]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|page|entry))?\s*[»›>→]?)?$/i,
    "navigation",
  ],
  [/^(?:explore|discover|see|view|show|load)\s+more(?:\s+(?:stories|articles|news|posts))?\s*[»›→.…]*$/i, "navigation"],
  [
    /^(?:read\s+more|continue\s+reading|read\s+(?:the\s+)?full\s+(?:story|article)|full\s+story)\s*[»›→.:…]*$/i,
    "navigation",
  ],
  [
    new RegExp(
      `^share(?:\\s+this)?(?:\\s+(?:article|story|post|page))?(?:\\s+(?:on|via)\\s+${SOCIAL})?\\s*[:!]?$`,
      "i",
    ),
    "navigation",
  ],
  [new RegExp(`^${SOCIAL}(?:\\s*[|,·•/]?\\s*${SOCIAL})*$`, "i"), "navigation"],
  [
    /^(?:subscribe|sign\s+up|join\s+us|register)(?:\s+(?:now|today|here))?(?:\s+(?:to|for)\s+(?:our|the|my)\s+[\w\s'’-]{1,40})?\s*[.!]?$/i,
    "navigation",
  ],
  [/^follow\s+us(?:\s+on\s+[\w\s,&]{1,60})?\s*[.!:]?$/i, "navigation"],
  [
    /^(?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|home|menu|search|log\s?in|sign\s+in|comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|related\s+posts|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|(?:tags?|filed\s+under|categories?|topics?)\s*:.*)$/i,
    "navigation",
  ],
  [
    /^(?:advertisement|advertisements|advertising|sponsored(?:\s+content)?|promoted(?:\s+content)?|ad|scroll\s+to\s+continue(?:\s+with\s+content)?)$/i,
    "promo",
  ],
];

/** Navigation, share/subscribe prompts and advertisement markers on a line of their own. */
export function chromeReason(text: string): RemovalReason | undefined {
  if (wordCount(text) > 12) return undefined;
  for (const [pattern, reason] of CHROME) if (pattern.test(text)) return reason;
  return undefined;
}

const CAPTION_PATTERNS: readonly RegExp[] = [
  /^(?:photo|image|picture|photograph|illustration|graphic|file\s+photo|pictured|video|caption)s?(?:\s+(?:credit|courtesy|source|by))?\s*[:：|]/i,
  /^(?:photo|image|picture|video|header\s+image|featured\s+image)s?\s+(?:credit|courtesy|source|by)\b/i,
  /^(?:credit|courtesy)\s*[:：]/i,
  // An agency credit closing the line: "(AP Photo/Eduardo Verdugo)", "(Photo by X/Getty Images)".
  /\((?:[^()]*\b(?:photos?|images?|pictures?)\b[^()]*\/[^()]*|[^()]*\/\s*(?:getty images|afp|reuters|ap|epa|bloomberg)[^()]*)\)\s*$/i,
  // A bare agency credit line: "Marco Ugarte/AP", "REUTERS/Henry Romero", "Photo: Getty Images".
  /^[\p{Lu}][\p{L} .'’-]{1,40}\s*\/\s*(?:getty images|afp(?: via getty images)?|reuters|ap|epa(?:-efe)?|bloomberg|shutterstock)$/iu,
  /^(?:reuters|ap|afp|epa)\s*\/\s*[\p{Lu}][\p{L} .'’-]{1,40}$/iu,
];

/** Photo captions and credit lines (a whole line; captions are short). */
export function isCaption(text: string): boolean {
  if (wordCount(text) > 60) return false;
  return CAPTION_PATTERNS.some((p) => p.test(text));
}

/** A breadcrumb trail: "Home › World › Americas", "News / Mexico". */
export function isBreadcrumbTrail(text: string): boolean {
  const parts = text.split(/\s*[›»>|/]\s*/);
  return (
    parts.length >= 2 && wordCount(text) <= 10 && parts.every((p) => p !== "" && wordCount(p) <= 3 && !/[.!?]$/.test(p))
  );
}

export interface Byline {
  byline: string;
  /** `YYYY-MM-DD` when the byline line also carries a date ("By X // 2025-02-21"). */
  published?: string;
  /** The date exactly as written on the line, for the report. */
  dateText?: string;
}

const BYLINE = /^(?:by|written\s+by|words\s+by|story\s+by|posted\s+by|author\s*:)\s+(.+)$/i;
const DATE_SEPARATOR = /\s*(?:\/\/|\||·|•|—|–|\s-\s|,|\bon\b|\bpublished\b:?)\s*/i;

/**
 * "By X", "By X // 2025-02-21", "By X | Sep 1, 2025", "Written by X". The name part must be
 * short and not a sentence, so "By 2026, the plan…" is never a byline.
 */
export function parseByline(text: string): Byline | undefined {
  const match = BYLINE.exec(text);
  const rest = match?.[1]?.trim();
  if (rest === undefined || rest === "") return undefined;
  // Try every separator position from the right: the longest name whose remainder is a date.
  const separators = [...rest.matchAll(new RegExp(DATE_SEPARATOR.source, "gi"))];
  for (const sep of separators.reverse()) {
    const name = rest.slice(0, sep.index).trim();
    const dateText = rest.slice(sep.index + sep[0].length).trim();
    const published = parseDate(dateText);
    if (published !== undefined && isName(name)) return { byline: name, published, dateText };
  }
  return isName(rest) ? { byline: rest } : undefined;
}

function isName(name: string): boolean {
  return (
    name !== "" &&
    wordCount(name) <= 8 &&
    /^[\p{L}@]/u.test(name) &&
    !/[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, "")) &&
    !/\b(?:the|this|that|was|were|is|are|has|have|will)\b/i.test(name)
  );
}

export interface ListMarker {
  ordered: boolean;
  /** For ordered items, the number written. */
  start?: number;
  /** The item text without its marker. */
  content: string;
}

/** "- x", "* x", "• x", "· x", "1. x", "1) x" (leading whitespace already trimmed). */
export function parseListMarker(text: string): ListMarker | undefined {
  const bullet = /^[-*•·▪◦‣–]\s+(\S.*)$/u.exec(text);
  if (bullet?.[1] !== undefined) return { ordered: false, content: bullet[1] };
  const ordered = /^(\d{1,3})[.)]\s+(\S.*)$/.exec(text);
  if (ordered?.[1] !== undefined && ordered[2] !== undefined)
    return { ordered: true, start: Number(ordered[1]), content: ordered[2] };
  return undefined;
}

/** A label introducing a block of other stories' headlines ("More related stories:", "Read more:"). */
export function relatedLabel(text: string): { inline: string } | undefined {
  const match =
    /^(?:more\s+)?(?:related(?:\s+(?:stories|articles|posts|coverage|news|reading))?|read\s+(?:more|also|next)|see\s+also|also\s+read|more\s+(?:stories|on\s+this(?:\s+story)?|from\s+\S+)|you\s+(?:may|might)\s+also\s+like|recommended\s+reading|further\s+reading)\s*[:：]\s*(.*)$/i.exec(
      text,
    );
  return match ? { inline: (match[1] ?? "").trim() } : undefined;
}

/** A label introducing the sources an article cites ("Sources include:", "Sources:"). */
export function sourcesLabel(text: string): { inline: string } | undefined {
  const match = /^(?:sources?(?:\s+(?:include|used|cited))?|references|cited\s+sources)\s*[:：]\s*(.*)$/i.exec(text);
  return match ? { inline: (match[1] ?? "").trim() } : undefined;
}

/**
 * Splits a "Sources include:" line into items: on commas/semicolons, or on whitespace when the
 * line is a run of bare domains ("NYPost.com CNN.com Brighteon.com").
 */
export function splitSources(text: string): string[] {
  const content = parseListMarker(text)?.content ?? text;
  let items = content.split(/\s*[;,]\s*/);
  if (items.length === 1) {
    const tokens = content.split(/\s+/);
    if (tokens.length > 1 && tokens.every((t) => /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(t))) items = tokens;
  } else {
    // "A, B and C": the final "and" joins the last two items.
    const last = items[items.length - 1] ?? "";
    const and = /^(?:and|&)\s+(.+)$/i.exec(last) ?? /^(.+?)\s+(?:and|&)\s+(.+)$/i.exec(last);
    if (and) items.splice(items.length - 1, 1, ...and.slice(1).filter((s): s is string => s !== undefined));
  }
  return items
    .map((s) =>
      s
        .trim()
        .replace(/[.;,]$/, "")
        .trim(),
    )
    .filter((s) => s !== "");
}

/**
 * A wire-copy dateline opening a paragraph: "MEXICO CITY (Reuters) - …", "WASHINGTON — …".
 * The text is kept; the match only tells the dek rule that this paragraph is a lede.
 */
export function datelinePlace(text: string): string | undefined {
  const match = /^([\p{Lu}][\p{Lu} .,'’-]{1,40}?)(?:,\s*[\p{L}.]+)?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s+\S/u.exec(
    text,
  );
  const place = match?.[1]?.trim();
  return place !== undefined && place.length >= 3 && !/\s[-–—]$/.test(place) ? place : undefined;
}
