/**
 * News outlets a page may name as its publisher: in a wire dateline ("MEXICO CITY (Reuters) —"),
 * a credit line of its own under the headline ("CNN"), a byline that is an agency ("By
 * Reuters"), or the article's own URL. A name is recognized only when it is one of these
 * well-known outlets or stands in a dateline's agency slot; anything else is not guessed.
 * Outlets an article reports from ("…, NBC News reported") are sources, not the publisher,
 * and are never read here.
 */
import { findDates } from "#lib/content/parseDate.ts";
import { OUTLET_WORDS } from "#lib/analysis/outletWords.ts";
import { printedVariant } from "#lib/html/spelledName.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { isAccountName } from "./accountName.ts";
import { isPersonName } from "./personName.ts";

interface Outlet {
  /** The name as the site shows it. */
  name: string;
  /** Other ways pages write it (compared case-insensitively). */
  aliases: readonly string[];
  /** Domains of its own site. */
  domains: readonly string[];
  /**
   * The bare brands an article's text cites it by ("Reuters reported", "told CBS"), which no
   * outlet-shaped name gives away (src/lib/analysis/outlets.ts); empty when its name ends in a
   * word outlets are named with ("The New York Times") or is too common a word ("Time").
   */
  brands: readonly string[];
}

const OUTLETS: readonly Outlet[] = [
  {
    name: "The Associated Press",
    aliases: ["AP", "Associated Press"],
    domains: ["apnews.com"],
    brands: ["Associated Press", "AP"],
  },
  { name: "Reuters", aliases: [], domains: ["reuters.com"], brands: ["Reuters"] },
  {
    name: "AFP",
    aliases: ["Agence France-Presse", "Agence France Presse"],
    domains: ["afp.com"],
    brands: ["Agence France-Presse", "AFP"],
  },
  { name: "UPI", aliases: ["United Press International"], domains: ["upi.com"], brands: ["UPI"] },
  { name: "EFE", aliases: ["Agencia EFE"], domains: ["efe.com"], brands: ["EFE"] },
  { name: "Bloomberg", aliases: ["Bloomberg News"], domains: ["bloomberg.com"], brands: ["Bloomberg"] },
  { name: "CNN", aliases: [], domains: ["cnn.com"], brands: ["CNN"] },
  { name: "BBC News", aliases: ["BBC"], domains: ["bbc.com", "bbc.co.uk"], brands: ["BBC"] },
  { name: "NBC News", aliases: [], domains: ["nbcnews.com"], brands: ["NBC"] },
  { name: "CBS News", aliases: [], domains: ["cbsnews.com"], brands: ["CBS"] },
  { name: "ABC News", aliases: [], domains: ["abcnews.go.com"], brands: ["ABC"] },
  { name: "Fox News", aliases: [], domains: ["foxnews.com"], brands: [] },
  { name: "NPR", aliases: [], domains: ["npr.org"], brands: ["NPR"] },
  { name: "PBS NewsHour", aliases: [], domains: ["pbs.org"], brands: ["PBS"] },
  { name: "Al Jazeera", aliases: [], domains: ["aljazeera.com"], brands: ["Al Jazeera"] },
  { name: "The New York Times", aliases: ["New York Times"], domains: ["nytimes.com"], brands: [] },
  { name: "The Washington Post", aliases: ["Washington Post"], domains: ["washingtonpost.com"], brands: [] },
  { name: "The Wall Street Journal", aliases: ["Wall Street Journal"], domains: ["wsj.com"], brands: [] },
  { name: "Los Angeles Times", aliases: ["LA Times"], domains: ["latimes.com"], brands: [] },
  { name: "USA Today", aliases: [], domains: ["usatoday.com"], brands: [] },
  { name: "Politico", aliases: [], domains: ["politico.com"], brands: ["Politico"] },
  { name: "Axios", aliases: [], domains: ["axios.com"], brands: ["Axios"] },
  { name: "The Guardian", aliases: ["Guardian"], domains: ["theguardian.com"], brands: [] },
  { name: "Financial Times", aliases: [], domains: ["ft.com"], brands: [] },
  { name: "The Economist", aliases: [], domains: ["economist.com"], brands: [] },
  { name: "The Hill", aliases: [], domains: ["thehill.com"], brands: [] },
  { name: "Newsweek", aliases: [], domains: ["newsweek.com"], brands: [] },
  { name: "Time", aliases: [], domains: ["time.com"], brands: [] },
  { name: "The Atlantic", aliases: [], domains: ["theatlantic.com"], brands: [] },
  { name: "Vox", aliases: [], domains: ["vox.com"], brands: ["Vox"] },
  { name: "El País", aliases: ["El Pais"], domains: ["elpais.com"], brands: [] },
  { name: "El Universal", aliases: [], domains: ["eluniversal.com.mx"], brands: [] },
  { name: "Milenio", aliases: [], domains: ["milenio.com"], brands: ["Milenio"] },
  { name: "Infobae", aliases: [], domains: ["infobae.com"], brands: ["Infobae"] },
  { name: "La Jornada", aliases: [], domains: ["jornada.com.mx"], brands: [] },
  { name: "Proceso", aliases: [], domains: ["proceso.com.mx"], brands: ["Proceso"] },
  { name: "CBC News", aliases: ["CBC"], domains: ["cbc.ca"], brands: [] },
  { name: "Deutsche Welle", aliases: ["DW"], domains: ["dw.com"], brands: [] },
  { name: "France 24", aliases: [], domains: ["france24.com"], brands: [] },
  { name: "The Independent", aliases: [], domains: ["independent.co.uk"], brands: [] },
  { name: "The Telegraph", aliases: [], domains: ["telegraph.co.uk"], brands: [] },
  { name: "Daily Mail", aliases: ["MailOnline"], domains: ["dailymail.co.uk"], brands: [] },
  { name: "Sky News", aliases: [], domains: ["news.sky.com"], brands: [] },
  { name: "Voice of America", aliases: ["VOA"], domains: ["voanews.com"], brands: [] },
  { name: "The Intercept", aliases: [], domains: ["theintercept.com"], brands: [] },
  { name: "ProPublica", aliases: [], domains: ["propublica.org"], brands: ["ProPublica"] },
  { name: "InSight Crime", aliases: [], domains: ["insightcrime.org"], brands: [] },
  { name: "The Texas Tribune", aliases: ["Texas Tribune"], domains: ["texastribune.org"], brands: [] },
  // Cited by brand in articles; named here so the brand list has one home.
  { name: "Semafor", aliases: [], domains: ["semafor.com"], brands: ["Semafor"] },
  { name: "Univision", aliases: [], domains: ["univision.com"], brands: ["Univision"] },
  { name: "Telemundo", aliases: [], domains: ["telemundo.com"], brands: ["Telemundo"] },
  { name: "Reforma", aliases: [], domains: ["reforma.com"], brands: ["Reforma"] },
  { name: "Excélsior", aliases: ["Excelsior"], domains: ["excelsior.com.mx"], brands: ["Excélsior", "Excelsior"] },
  { name: "Televisa", aliases: [], domains: ["televisa.com"], brands: ["Televisa"] },
  { name: "TV Azteca", aliases: [], domains: ["tvazteca.com"], brands: ["TV Azteca"] },
  { name: "Vice", aliases: ["Vice News"], domains: ["vice.com"], brands: ["Vice"] },
  { name: "MSNBC", aliases: [], domains: ["msnbc.com"], brands: ["MSNBC"] },
  { name: "CNBC", aliases: [], domains: ["cnbc.com"], brands: ["CNBC"] },
  { name: "DPA", aliases: ["dpa", "Deutsche Presse-Agentur"], domains: ["dpa.com"], brands: ["DPA"] },
];

/** A name as compared: case and runs of spaces do not make two names differ. */
export const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Every bare brand text cites an outlet by, longest first (so a regex alternation tries "NBC News" before "NBC"). */
export const OUTLET_BRANDS: readonly string[] = OUTLETS.flatMap((o) => o.brands).sort((a, b) => b.length - a.length);

/** Each known outlet's name and aliases, folded, to its name: the first outlet listed wins a shared key. */
const OUTLET_BY_KEY: ReadonlyMap<string, string> = (() => {
  const byKey = new Map<string, string>();
  for (const outlet of OUTLETS)
    for (const key of [outlet.name, ...outlet.aliases].map(fold)) if (!byKey.has(key)) byKey.set(key, outlet.name);
  return byKey;
})();

/** The outlet's name when `text` is exactly a known outlet's name or alias (folded once, not per outlet and call). */
export function knownOutlet(text: string): string | undefined {
  return OUTLET_BY_KEY.get(fold(text));
}

/** The outlet whose own site serves `url`, when it is a known one. */
export function outletOfUrl(url: string | undefined): string | undefined {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url ?? "")?.[1]?.toLowerCase();
  if (host === undefined) return undefined;
  return OUTLETS.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)))?.name;
}

/**
 * A known outlet declared as a page's publisher while the page stands at another address and
 * names itself otherwise ("Associated Press" in JSON-LD, og:site_name "Connecticut Post" on
 * ctpost.com): the agency of a story the host site carries. The host publishes it; the agency
 * is the byline's. Without the page's address nothing says it is elsewhere.
 */
export function isSyndicatedPublisher(
  publisher: string | undefined,
  siteName: string | undefined,
  url: string | undefined,
): boolean {
  if (publisher === undefined || siteName === undefined || url === undefined) return false;
  const agency = knownOutlet(publisher);
  if (agency === undefined) return false;
  return (
    outletOfUrl(url) !== agency &&
    (knownOutlet(siteName) ?? fold(siteName)) !== agency &&
    fold(siteName) !== fold(publisher)
  );
}

/**
 * A dateline's credit as the page's publisher: a known agency's ("(Reuters)") always, as a page
 * states its wire copy; a name no list knows ("ST. LOUIS (KTVI) –", a station whose report a
 * portal rewrote) only when the page's copyright names no other holder (`holder`, the notice's
 * name as printed): the page is then the holder's, and the station its story's source.
 */
export function datelineCredit(slot: string | undefined, holder: string | undefined): string | undefined {
  if (slot === undefined || holder === undefined || knownOutlet(slot) !== undefined) return slot;
  const own = fold(holder);
  return own === fold(slot) || own.startsWith(`${fold(slot)} `) ? slot : undefined;
}

/**
 * The agency a wire dateline credits: "MEXICO CITY (Reuters) —", "Aug. 12 (UPI) --",
 * "CIUDAD DE MÉXICO, 12 ago (Reuters) -". The slot holds a short capitalized name; a known
 * alias is written out ("AP" → "The Associated Press").
 */
export function datelineOutlet(text: string): string | undefined {
  const match =
    /^[^()]{2,60}?\(([\p{Lu}][\p{L}&.-]{1,20}(?:\s[\p{Lu}][\p{L}&.-]{1,20}){0,2})\)\.?\s*(?:[-–—]{1,2}|:)(?:\s|$)/u.exec(
      text,
    );
  const slot = match?.[1];
  if (slot === undefined) return undefined;
  // The place before the slot is capitalized words or a date (short month abbreviations such
  // as "ago" allowed), never a sentence.
  const before = text.slice(0, text.indexOf("("));
  if (/(?:^|\s)\p{Ll}{4,}/u.test(before)) return undefined;
  return knownOutlet(slot) ?? slot;
}

/**
 * The known outlet a lede opens on in brackets with no place before it: "(CNN) — Joe Roe said …",
 * "(AP) -- …". A wire's dateline without its city; only a known outlet counts, as a bracket
 * opening a lede may hold anything else ("(Updated) —").
 */
export function placelessDatelineOutlet(text: string): string | undefined {
  const slot = /^\(([\p{Lu}][\p{L}&.-]{1,20}(?:\s[\p{Lu}][\p{L}&.-]{1,20}){0,2})\)\s*(?:[-–—]{1,2}|:)\s/u.exec(
    text,
  )?.[1];
  return slot === undefined ? undefined : knownOutlet(slot);
}

/** A note's publication: capitalised words, then the note's end or its date ("… by X on March 4, 2025"). */
const NOTE_NAME = String.raw`\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5})(?:\s*(?:[:.,]|$)|\s+on\s+(?:\p{Lu}|\d))`;
/** "originally appeared on", "was first published by", "originally ran in". */
const FIRST_APPEARANCE = String.raw`(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|by)`;
/** "appears in the September 5, 2016 issue of". */
const PRINT_ISSUE = String.raw`(?:appears|appeared|ran)\s+in\s+the\s+(?:[^.!?]{0,40}\s)?issue\s+of`;
const SYNDICATION_NOTE = new RegExp(String.raw`\b${FIRST_APPEARANCE}${NOTE_NAME}`, "u");
const SYNDICATION_OR_PRINT_NOTE = new RegExp(String.raw`\b(?:${FIRST_APPEARANCE}|${PRINT_ISSUE})${NOTE_NAME}`, "u");

/**
 * The publisher a syndication credit names: "This article originally appeared on The Coastal
 * Tribune: <headline>", "This story was originally published by X on March 4, 2025." — the original publisher of this copy, stated
 * by the page (a portal that carries it names itself nowhere in the text); or the publication
 * whose print issue a note says carries it ("This article appears in the September 5, 2016 issue
 * of Harbor Monthly."), the same title as its website — unless `printIssue` is false: a print
 * note says where the publisher printed it, not that another publication reported it.
 */
export function syndicationOutlet(markdown: string, { printIssue = true } = {}): string | undefined {
  // A removed line keeps its Markdown ("*This article appears in the … issue of* New York *Magazine*").
  const text = markdown.replace(/[\\*_]/gu, "");
  const name = (printIssue ? SYNDICATION_OR_PRINT_NOTE : SYNDICATION_NOTE).exec(text)?.[1];
  return name === undefined ? undefined : outletName(name.replace(/\.$/u, ""));
}

/**
 * The outlet a wire credit line names, a line of its own: "— Reuters", "(AFP)", "-- AP",
 * "Source: AFP", "Fuente: EFE". Only a known outlet counts, so "— Mark Twain" under a quotation
 * or "Source: Bureau of Land Management" under a map is never one; the credit is the page's
 * furniture and names the publisher of this copy.
 */
export function creditLineOutlet(text: string): string | undefined {
  const slot =
    /^(?:\(\s*([^()]{2,40}?)\s*\)|[-–—]{1,2}\s*([^()]{2,40}?)|(?:source|fuente|fonte|source\s+de|quelle)\s*:\s*([^()]{2,40}?))\.?$/iu.exec(
      text.trim(),
    );
  const name = slot?.[1] ?? slot?.[2] ?? slot?.[3];
  return name === undefined ? undefined : knownOutlet(name);
}

/**
 * The outlet's name as the site writes it: a known outlet's own spelling ("the Guardian" → "The
 * Guardian", "Washington Post" → "The Washington Post"); a URL or bare domain is a known
 * outlet's site or nothing, since an address is not a name — unless it is written with
 * capitals, as a site that brands itself by its domain writes its name ("Express.co.uk"), or
 * `declared` says the name was given as one: by an editor's sidecar, or by a page's metadata
 * that the page also prints as a word ("syracuse.com" over its own pages, a brand in small
 * letters, which the HTML reader checked before passing it).
 */
export function outletName(text: string | undefined, { declared = false } = {}): string | undefined {
  const name = text?.trim();
  if (name === undefined || name === "") return undefined;
  // A domain written with capitals ("Express.co.uk", "NJ.com") is how the site brands its name.
  const brand = /^[\w-]+(?:\.[\w-]+)+$/u.test(name) && (declared || /\p{Lu}/u.test(name));
  if (/^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/?$/i.test(name))
    return (
      outletOfUrl(/^https?:/i.test(name) ? name : `https://${name.replace(/^www\./i, "")}`) ??
      (brand ? name : undefined)
    );
  const known = knownOutlet(name);
  // A page's own spelling of a known name is its brand's ("USA TODAY", "POLITICO").
  return declared && known !== undefined && fold(known) === fold(name) ? name : (known ?? name);
}

/** One or two capitalised words after an outlet's brand: its desk or section ("Business", "Sports Desk"). */
const DESK_WORDS = /^(?:\s+\p{Lu}[\p{L}&'’-]*){1,2}$/u;

/**
 * The known outlet whose desk or section a credit names: its brand, then one or two capitalised
 * words ("CNN Business", "AP Sports"); undefined for anything else.
 */
export function deskOutlet(credit: string): string | undefined {
  const text = credit.trim();
  const brand = OUTLET_BRANDS.find((b) => text.startsWith(`${b} `) && DESK_WORDS.test(text.slice(b.length)));
  return brand === undefined ? undefined : OUTLETS.find((o) => o.brands.includes(brand))?.name;
}

/**
 * A byline as a person's name: a trailing outlet credit comes off ("Tom Watkins, CNN" →
 * "Tom Watkins", outlet CNN; its desk too, "Tom Watkins, CNN Business"; an agency on a line of
 * its own under the name too), and a "byline" that holds a date is a page's timestamp, and one
 * that is a CMS account ("admin") names no one: neither is a name.
 */
export function splitBylineOutlet(text: string | undefined): { byline?: string; outlet?: string } {
  if (text === undefined) return {};
  // A name set over its agency on a line of its own ("Tom Davies⏎Associated Press").
  const lines = text.split(/\s*\n\s*/u).filter((line) => line !== "");
  const agency = lines.length > 1 ? knownOutlet(lines.at(-1) ?? "") : undefined;
  if (agency !== undefined) return { ...splitBylineOutlet(lines.slice(0, -1).join(" ")), outlet: agency };
  // A credit's comma left at the line's end ("By Jane Doe," over the date) is no part of the name.
  const byline = text.replace(/\s+/gu, " ").trim().replace(/\s*,$/u, "");
  if (findDates(byline).length > 0 || isAccountName(byline)) return {};
  const match = /^(.+?),?\s+(?:[|–—-]\s*)?([^,|–—-]+)$/.exec(byline);
  const credit = match?.[2] !== undefined && /,\s*[^,]+$/.test(byline) ? match[2] : undefined;
  const outlet = credit === undefined ? undefined : (knownOutlet(credit) ?? deskOutlet(credit));
  return outlet !== undefined && match?.[1] !== undefined
    ? { byline: match[1].replace(/,\s*$/, ""), outlet }
    : { byline };
}

/** A site's domain as pages print it: "MacRumors.com", "opposingviews.com". */
const DOMAIN = String.raw`[\p{L}\d][\p{L}\d-]*\.(?:com|org|net|co\.uk|news)`;
const IS_DOMAIN = new RegExp(String.raw`^${DOMAIN}$`, "u");

/**
 * A page script's clock printed where a notice's last year belongs ("© 1996-Thu Dec 15 06:14:35
 * EST 2016 National Geographic Society.", a script writing out the date it ran): the year it
 * ends on is the range's end, the rest of the stamp no part of the holder's name.
 */
const SCRIPT_STAMP =
  /(\d{4}\s*[-–]\s*)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+(?:[A-Z]{2,5}(?:[+-]\d{4})?\s+)?(\d{4})\b/u;

/**
 * The rights holder a copyright notice names ("© 2025 The Daily Ledger. All rights reserved."
 * → "The Daily Ledger", the sign after the year too: "Copyright 2025 © The Daily Ledger"): one
 * to six capitalised words after the sign and the year; undefined
 * for a notice that names none that way, and for the word alone with no sign, year or reserved
 * rights, which is a footer link ("Copyright Policy").
 */
export function copyrightHolderName(text: string): string | undefined {
  if (/^copyright\s+(?!©|\(c\)|\d{4})/iu.test(text.trim()) && !/\ball\s+rights?\s+reserved\b/iu.test(text))
    return undefined;
  // The footer's links set after the notice on its line ("… Los Angeles Times | Terms of Service") are not the holder's name.
  const notice = text.trim().split(/\s+\|\s+/u)[0] ?? "";
  const site = COPYRIGHT_DOMAIN.exec(notice)?.[1];
  if (site !== undefined) return site;
  const match =
    /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:©\s*)?((?:[^.,©]|\.(?=\S))+?)(\.?)(,?\s+(?:pty\.?\s+)?(?:ltd|inc|llc)\.?)?\s*[.,—–-]?\s*(?:all rights reserved\b.*)?$/iu.exec(
      notice.replace(SCRIPT_STAMP, "$1$2"),
    );
  const held = match?.[1]?.trim();
  // An abbreviation closing the name keeps its full stop ("24/7 Wall St.").
  const stopped = held !== undefined && match?.[2] === "." && ABBREVIATED_END.test(held) ? `${held}.` : held;
  // The company's legal form stays with its name ("SitePoint Pty. Ltd."): a company is no publication.
  const legal = match?.[3]?.replace(/^,/u, "").trim();
  const name = stopped !== undefined && legal !== undefined ? `${stopped} ${legal}` : stopped;
  return name !== undefined &&
    /^(?:the\s+)?[\p{Lu}\d][\p{L}\d&'’./-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5}$/u.test(name) &&
    /\p{Lu}/u.test(name)
    ? name
    : undefined;
}

/** A name's last word that is an abbreviation written with its full stop ("Wall St.", "Bros."). */
const ABBREVIATED_END = /\s(?:St|Bros|Co|Jr)$/u;

/**
 * A notice whose holder is the site's domain, perhaps with its legal form: "© 2022
 * opposingviews.com", "Copyright © 2000-2022 MacRumors.com, LLC." The domain is read as the
 * holder; whether it names a publication is `outletName`'s rule (a domain written with capitals
 * is the site's brand, a lower-case address is not a name).
 */
const COPYRIGHT_DOMAIN = new RegExp(
  String.raw`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(${DOMAIN})(?:,?\s+(?:inc|llc|ltd)\.?)?\s*\.?\s*(?:all rights reserved\b.*)?$`,
  "iu",
);

/**
 * Companies that publish many titles and sign a page's copyright for each of them ("© 2022 Condé
 * Nast" under The New Yorker, WIRED and Ars Technica alike): the holder, never the outlet, so the
 * outlet is left to what else the page says. Their names as footers write them, folded.
 */
const MEDIA_GROUPS: ReadonlySet<string> = new Set(
  [
    "Condé Nast",
    "Conde Nast",
    "Hearst",
    "Hearst Communications",
    "Dotdash Meredith",
    "Meredith",
    "Advance Local",
    "Advance Local Media",
    "Gannett",
    "NBC Universal",
    "NBCUniversal",
    "Vox Media",
    "New York Public Radio",
    "CBC/Radio-Canada",
    "News Corp",
    "Axel Springer",
    "Tribune Publishing",
    "McClatchy",
    "Lee Enterprises",
    "Nexstar Media",
    "Penske Media",
    "Ziff Davis",
    "Bennett, Coleman & Co",
  ].map(fold),
);

/** The words of a company's legal form: "Inc.", "Pty. Ltd.", "LLC". */
const LEGAL_FORM_WORDS = "inc|llc|ltd|limited|pty|plc|corp|gmbh|l\\.?p";
/** A company's legal form closing its name ("Inc.", "Pty. Ltd.", ", LLC"). */
const LEGAL_FORM = new RegExp(String.raw`,?\s+(?:${LEGAL_FORM_WORDS})\.?$`, "iu");

/**
 * The name of a company a copyright signs without its legal form ("SitePoint Pty. Ltd." →
 * "SitePoint"), when it had one; undefined else. Whether the page calls itself so is the
 * caller's question: a company is no publication unless the page prints the name as its own.
 */
export function legalFormless(holder: string): string | undefined {
  let name = holder;
  while (LEGAL_FORM.test(name)) name = name.replace(LEGAL_FORM, "");
  return name === holder || name.trim() === "" || MEDIA_GROUPS.has(fold(name)) || COMPANY.test(name) ? undefined : name;
}

/**
 * A pattern for `name` printed as a word of its own: not inside a longer word, an e-mail address,
 * a web address or a path ("SitePoint" in "articles for SitePoint", not in "sitepoint.com/x" or
 * "@SitePoint"). How a page is asked whether it calls itself by a company's name.
 */
export const printedAsWord = (name: string): RegExp =>
  new RegExp(String.raw`(?<![\p{L}\d@./-])${escapeRegExp(name)}(?![\p{L}\d@/-]|\.[\p{L}\d])`, "u");

/**
 * Words that make a name a company's: its legal form, or a group or network of titles, also
 * before the country a national arm names ("Harbour Publishing Group UK").
 */
const COMPANY = new RegExp(
  String.raw`\s+(?:${LEGAL_FORM_WORDS}|corporation|company|co|ag|sa|group|holdings|media|network|networks|interactive|communications?|enterprises|publishing|publications)\.?(?:\s+(?:UK|US|USA|EU))?$`,
  "iu",
);

/** True when `name` is a company's: it ends on a legal form or on a word of a group of titles ("UPROXX Media", "Acme Publishing Inc."). */
export const isCompanyName = (name: string): boolean => COMPANY.test(name.trim());

/**
 * The publication a rights holder names: the holder itself, unless it is a company ("CBS
 * Interactive Inc", "The New York Times Company"), which owns publications and is none; then
 * the company's name without its corporate words, only when that is a known outlet's.
 */
export function holderPublication(holder: string): string | undefined {
  if (MEDIA_GROUPS.has(fold(holder).replace(/\s*\/\s*/gu, "/"))) return undefined;
  if (IS_DOMAIN.test(holder)) return outletName(holder);
  if (!COMPANY.test(holder)) return outletName(holder);
  let name = holder;
  while (COMPANY.test(name)) name = name.replace(COMPANY, "");
  return knownOutlet(name);
}

/** A publication's name as pages write it: "WIRED", "Ars Technica", "the Los Angeles Times", "The Verge". */
const PUBLICATION_NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}(?:[\p{L}\d&'’-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\d&'’-]|\.(?=\p{L}))*){0,3}`;

/** A logo's link text, the site naming itself: "The Verge homepage", "Vox homepage". */
const HOMEPAGE_LINK = new RegExp(String.raw`^(${PUBLICATION_NAME})\s+home\s?page$`, "u");

/** The jobs a newsroom credits its people with, one alternation for every reading of an author's post below. */
const NEWSROOM_JOBS = "writer|reporter|editor|correspondent|columnist|critic|producer|journalist|contributor";

/**
 * An author's note naming the publication the author works for: "Jane Doe is a staff writer at
 * WIRED", "Jane Doe covers education for the Los Angeles Times", "Jane reviews gadgets for Ars
 * Technica", "Jane Doe writes reported opinion … for The Washington Post".
 */
const WRITES_FOR = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:${NEWSROOM_JOBS})\s+(?:at|for|with)|is\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist|[Cc]ritic|[Pp]roducer)\s+(?:of|at|for)(?=\s+[Tt]he\s)|(?:covers|writes|reviews|reports\s+on)\s+[^.!?]{1,80}?\s+for)\s+(${PUBLICATION_NAME})(?=[\s,.;]|$)`,
  "u",
);

/** A further post in the same note: ", senior writer at Sports Desk", "and the founder of Harbour Wire". */
const ANOTHER_POST = new RegExp(
  String.raw`(?:,|\band)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${NEWSROOM_JOBS}|founder|host|anchor)\s+(?:at|for|with|of)\s+(?:the\s+)?\p{Lu}`,
  "u",
);

/**
 * The publication an author's note names (`WRITES_FOR`), when it names one post only: a
 * contributor's note that lists posts at several publications ("… a contributing editor at
 * Harbour Magazine, senior writer at Sports Desk, and the founder of Tidewater Post") says
 * where else they write, not which one this page is.
 */
function writesForOne(line: string): string | undefined {
  const match = WRITES_FOR.exec(line);
  if (match?.[1] === undefined) return undefined;
  return ANOTHER_POST.test(line.slice(match.index + match[0].length)) ? undefined : match[1];
}

/**
 * A newsletter box's pitch naming the publication it sends: "The best of The New Yorker, every
 * day, in your in-box", "all that D Magazine has to offer".
 */
const OWN_NEWSLETTER = new RegExp(
  String.raw`^(?:(?:[Gg]et\s+)?[Tt]he\s+best\s+of\s+(${PUBLICATION_NAME}),|.*\ball\s+that\s+(${PUBLICATION_NAME})\s+has\s+to\s+offer\b)`,
  "u",
);

/**
 * A footer's note placing the site in its owner's group of titles: "PEOPLE is part of the
 * Dotdash Meredith publishing family", "The Harbor Post is part of the Quayside family of brands",
 * or in its owner company: "Harbor Post is a part of Quayside Media Corporation". The subject is
 * the site; the group or the company is its owner.
 */
const PART_OF_FAMILY = new RegExp(
  String.raw`^(${PUBLICATION_NAME})\s+is\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?:[^.!?]{1,60}?\s(?:publishing\s+family|family\s+of\s+(?:brands|sites|websites|publications|titles))\b|(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:Corporation|Corp|Inc|Group|Media|Company|Holdings|Networks?|LLC)\b)`,
  "u",
);

/** The site a footer's note places in its owner's group (`PART_OF_FAMILY`): "PEOPLE" in "PEOPLE is part of …". */
export function familySiteName(line: string): string | undefined {
  return PART_OF_FAMILY.exec(line.trim())?.[1];
}

/** The publication a newsletter pitch names (`OWN_NEWSLETTER`). */
function ownNewsletter(line: string): string | undefined {
  const match = OWN_NEWSLETTER.exec(line);
  return match?.[1] ?? match?.[2];
}

/**
 * The site's own footer and ad-blocker links, which name the site they belong to: "About CBC
 * News", "About MacRumors.com", "Advertise on MacRumors", "Advertise with The Daily Ledger", "Jobs
 * at Harbour Post", "How do I whitelist Observer?". Not a media group's ("Careers at Condé Nast").
 * Not "About Us" or an author box's "About Jane Doe": the name must not read as a person's.
 */
const SITE_LINK = new RegExp(
  String.raw`^(?:About|Advertise\s+(?:on|with|in)|(?:Jobs|Careers)\s+at)\s+(${PUBLICATION_NAME}|${DOMAIN})$|^(?:How\s+(?:[Dd]o|[Cc]an)\s+I\s+)?[Ww]hitelist\s+(${PUBLICATION_NAME}|${DOMAIN})\s*\??$`,
  "u",
);

/** The site a footer or ad-blocker link names (`SITE_LINK`); a name shaped like a person's is none. */
function siteLink(line: string): string | undefined {
  const match = SITE_LINK.exec(line);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined || /^(?:us|me|the\s+author)$/iu.test(name) || MEDIA_GROUPS.has(fold(name))) return undefined;
  const domain = IS_DOMAIN.test(name);
  const newsroom = Object.hasOwn(OUTLET_WORDS, name.split(/\s+/u).at(-1) ?? "");
  const titled = /^the\s/iu.test(name);
  return domain || newsroom || titled || knownOutlet(name) !== undefined || !isPersonName(name) ? name : undefined;
}

/** A journalist's role closing a credit's role part ("Senior Politics Editor", "Staff Writer", "Reporter"). */
const ROLE_WORD = new RegExp(String.raw`(?:^|\s)(?:${NEWSROOM_JOBS})$`, "iu");

/**
 * The publication an author's role credit names after a comma: "Senior Politics Editor, The
 * Huffington Post", "Staff Writer, Los Angeles Times" — the author's card under the headline,
 * naming the paper they write this for. Only a known outlet or a name ending in a word outlets
 * are named with ("… Post", "… Times"), so a place after the role ("Correspondent, The Hague",
 * "Reporter, Mexico City") names none.
 */
export function roleCreditOutlet(role: string): string | undefined {
  const own = agencyRoleOutlet(role);
  if (own !== undefined) return own;
  const match = /^([^,]+),\s*([^,]+)$/u.exec(role.trim());
  const head = match?.[1]?.trim();
  const tail = match?.[2]?.trim().replace(/\.$/u, "");
  if (head === undefined || tail === undefined || !ROLE_WORD.test(head)) return undefined;
  const known = knownOutlet(tail) ?? knownOutlet(tail.replace(/^the\s+/iu, ""));
  if (known !== undefined) return known;
  const named = new RegExp(String.raw`^${PUBLICATION_NAME}$`, "u").test(tail);
  return named && Object.hasOwn(OUTLET_WORDS, tail.split(/\s+/u).at(-1) ?? "") ? publicationNamed(tail) : undefined;
}

/** Most words between an outlet's name and the job that closes its role ("AP Auto Writer", "Associated Press Chief Medical Writer"). */
const AGENCY_ROLE_WORDS_MAX = 3;

/**
 * The known outlet a role names as its holder's employer by opening with it: "AP Auto Writer",
 * "Associated Press Writer", "Reuters Correspondent" (how wires credit their staff on the pages
 * that carry their copy). A place or a beat before the job ("Washington Correspondent", "Senior
 * Writer") is no outlet; only a known one counts.
 */
function agencyRoleOutlet(role: string): string | undefined {
  const words = role.trim().replace(/\.$/u, "").split(/\s+/u);
  if (words.length < 2 || !ROLE_WORD.test(words.at(-1) ?? "")) return undefined;
  for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
    const known = knownOutlet(words.slice(0, n).join(" "));
    const between = words.slice(n, -1);
    if (known !== undefined && between.length <= AGENCY_ROLE_WORDS_MAX && between.every((w) => /^\p{L}+$/u.test(w)))
      return known;
  }
  return undefined;
}

/** `name` as the outlet it is: a known outlet's name (with or without "the"), else as written with a capital "The". */
function publicationNamed(name: string): string {
  const bare = name.replace(/^the\s+/iu, "");
  return knownOutlet(name) ?? knownOutlet(bare) ?? name.replace(/^the\s+/u, "The ");
}

/**
 * A footer's trademark note on the site's name ("… \"Harbour Post\" is a registered trademark."),
 * set after the owner's copyright on the same line.
 */
const TRADEMARK_NOTE = new RegExp(
  String.raw`["“](${PUBLICATION_NAME})["”]\s+(?:is\s+a\s+(?:registered\s+)?trade\s?mark|and\s+its\s+logo\s+are\s+(?:registered\s+)?trade\s?marks)\b`,
  "u",
);

/**
 * A form's consent naming the site's own policy ("By submitting above you agree to the Harbour
 * Post privacy policy", "All comments must follow the Harbour Post comment policy"): the site
 * names itself. The policy's words in small letters, as a sentence writes them after a name.
 */
const OWN_POLICY = new RegExp(
  String.raw`\b(?:agree\s+to|accept|follow)\s+the\s+(${PUBLICATION_NAME})\s+(?:privacy|comment|cookie)\s+policy\b`,
  "u",
);

/** The site a trademark note or a form's own-policy consent names. */
function noteName(line: string): string | undefined {
  return TRADEMARK_NOTE.exec(line)?.[1] ?? OWN_POLICY.exec(line)?.[1];
}

/**
 * The publication a line of page chrome says the page is: a logo's "<Name> homepage" link, or an
 * author's note on the publication they write for. Undefined for any other line.
 */
export function selfNamedPublication(text: string): string | undefined {
  const line = text.trim();
  const name =
    HOMEPAGE_LINK.exec(line)?.[1] ??
    writesForOne(line) ??
    ownNewsletter(line) ??
    familySiteName(line) ??
    siteLink(line) ??
    // A footer's links set on one line, the site's first ("Jobs at Harbour Post | Contact | Advertising").
    siteLink(line.split(/\s+\|\s+/u)[0] ?? "") ??
    noteName(line);
  return name === undefined ? undefined : publicationNamed(name);
}

/**
 * The fullest form of `name` among the names a page gives itself (`names`): a footer's short name
 * ("About Ars", "Advertise with Ars") beside the whole one an author's note or a channel prints
 * ("… for Ars Technica") is that name cut short, so the whole one is the publication's. Only a name
 * that begins with all of `name`'s words counts; a different name is never put in its place.
 */
export function fullestSpelling(name: string, names: readonly string[]): string {
  const prefix = `${fold(name)} `;
  return names.reduce(
    (best, other) => (fold(other).startsWith(prefix) && other.length > best.length ? other : best),
    name,
  );
}

/**
 * A site named by its domain ("MacRumors.com", in a copyright or a footer link) as the page
 * prints its name most (html/spelledName.ts's `printedVariant`): the bare name when the page
 * writes it so more often than the domain ("Advertise on MacRumors", "MacRumors attracts …"),
 * with the spaces it prints ("The Huffington Post" for "TheHuffingtonPost.com"); the domain
 * itself when the page names itself no other way.
 */
export function printedSpelling(outlet: string, texts: readonly string[]): string {
  if (!IS_DOMAIN.test(outlet)) return outlet;
  // The stem holds letters, digits and hyphens only (`DOMAIN`), none of them special in a pattern.
  const letters = Array.from(outlet.slice(0, outlet.indexOf("."))).join(String.raw`\s?`);
  const spellings = new RegExp(String.raw`(?<![\p{L}\d.])${letters}(?![\p{L}\d]|\.[\p{L}])`, "giu");
  const shown = texts.join("\n");
  // A bare name that is an everyday word ("About" of About.com) is read in menus and links as
  // the word ("About Us", "Careers at About"), not counted as the site's name.
  const printed = Array.from(shown.matchAll(spellings), ([m]) => m).filter((m) => !STOP_WORDS.has(m.toLowerCase()));
  return printedVariant(outlet, [...new Set(printed)], shown);
}

/** A social network a site's follow links name after the site ("Harbour Post Facebook"). */
const MIN_FOLLOW_LINKS = 3;

/** The networks a site's follow links name after the site ("Harbour Post Facebook"). */
const PLATFORM_NAME = "Facebook|Twitter|Instagram|YouTube|LinkedIn|Pinterest|TikTok|Threads";

/**
 * The site's follow links, named by the site and the network ("Harbour Post Facebook", "Harbour
 * Post Twitter", "Harbour Post Instagram"), one a line or run together on one: the name that three
 * or more networks' links share is the site's own (an author's box links one or two of theirs).
 */
export function followLinksName(lines: readonly string[]): string | undefined {
  const platform = new RegExp(String.raw`\s?(?:${PLATFORM_NAME})(?=$|\p{Lu}|\s)`, "u");
  const shaped = new RegExp(String.raw`^${PUBLICATION_NAME}$`, "u");
  const counts = new Map<string, number>();
  for (const line of lines) {
    // Only lines that are follow links and nothing else: the name, the network, again.
    const [last, ...names] = line.trim().split(platform).reverse();
    if (last !== "" || names.length === 0 || !names.every((n) => shaped.test(n.trim()))) continue;
    // A word of the sentence is no name: "On Twitter", "We’re On" (a word a brand may be spelled as is one too).
    for (const name of names.map((n) => n.trim()).filter((n) => !STOP_WORDS.has(n.toLowerCase())))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].filter(([, n]) => n >= MIN_FOLLOW_LINKS).sort((a, b) => b[1] - a[1]);
  return best === undefined ? undefined : publicationNamed(best[0]);
}

/** Most words of the site's name set alone on a line of the page's header ("Page Six", "The Harbour Post"). */
const MAX_SITE_NAME_WORDS = 4;

/**
 * The page's own name set alone on a line of its header above the headline (the logo's text), as
 * the page confirms it elsewhere in its own voice: the newsroom's "Harbour Post has learned", the
 * owner's "Harbour Post Group", a copyright or an owner's note it opens ("© Harbour Post Media",
 * "Harbour Post is a part of …"), "Subscribe to Harbour Post", "Trending on Harbour Post". A
 * section's label in the same header has no such line, so it names no outlet.
 */
export function headerSiteName(headerLines: readonly string[], pageLines: readonly string[]): string | undefined {
  const shaped = new RegExp(String.raw`^${PUBLICATION_NAME}$`, "u");
  const page = pageLines.join("\n");
  for (const line of headerLines) {
    const name = line.trim();
    if (!shaped.test(name) || name.split(/\s+/u).length > MAX_SITE_NAME_WORDS || knownOutlet(name) !== undefined)
      continue;
    const n = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const voiced = new RegExp(
      String.raw`(?:^|[^\p{L}])${n}\s+has\s+learned\b|^${n}\s+Group$|^(?:©|\(c\)|copyright)[^\n]{0,20}?\b${n}\s+(?:Media|Inc|LLC|Group|Holdings|Company)\b|^${n}\s+is\s+(?:a\s+)?part\s+of\b|\b(?:[Ss]ubscribe\s+to|[Tt]rending\s+on)\s+${n}\b`,
      "mu",
    );
    if (voiced.test(page)) return publicationNamed(name);
  }
  return undefined;
}
