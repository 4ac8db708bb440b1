/**
 * News outlets a page may name as its publisher: in a wire dateline ("MEXICO CITY (Reuters) —"),
 * a credit line of its own under the headline ("CNN"), a byline that is an agency ("By
 * Reuters"), or the article's own URL. A name is recognized only when it is one of these
 * well-known outlets or stands in a dateline's agency slot; anything else is not guessed.
 * Outlets an article reports from ("…, NBC News reported") are sources, not the publisher,
 * and are never read here.
 */
import { findDates } from "#lib/content/parseDate.ts";

interface Outlet {
  /** The name as the site shows it. */
  name: string;
  /** Other ways pages write it (compared case-insensitively). */
  aliases: readonly string[];
  /** Domains of its own site. */
  domains: readonly string[];
}

const OUTLETS: readonly Outlet[] = [
  { name: "The Associated Press", aliases: ["AP", "Associated Press"], domains: ["apnews.com"] },
  { name: "Reuters", aliases: [], domains: ["reuters.com"] },
  { name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], domains: ["afp.com"] },
  { name: "UPI", aliases: ["United Press International"], domains: ["upi.com"] },
  { name: "EFE", aliases: ["Agencia EFE"], domains: ["efe.com"] },
  { name: "Bloomberg", aliases: ["Bloomberg News"], domains: ["bloomberg.com"] },
  { name: "CNN", aliases: [], domains: ["cnn.com"] },
  { name: "BBC News", aliases: ["BBC"], domains: ["bbc.com", "bbc.co.uk"] },
  { name: "NBC News", aliases: [], domains: ["nbcnews.com"] },
  { name: "CBS News", aliases: [], domains: ["cbsnews.com"] },
  { name: "ABC News", aliases: [], domains: ["abcnews.go.com"] },
  { name: "Fox News", aliases: [], domains: ["foxnews.com"] },
  { name: "NPR", aliases: [], domains: ["npr.org"] },
  { name: "PBS NewsHour", aliases: [], domains: ["pbs.org"] },
  { name: "Al Jazeera", aliases: [], domains: ["aljazeera.com"] },
  { name: "The New York Times", aliases: ["New York Times"], domains: ["nytimes.com"] },
  { name: "The Washington Post", aliases: ["Washington Post"], domains: ["washingtonpost.com"] },
  { name: "The Wall Street Journal", aliases: ["Wall Street Journal"], domains: ["wsj.com"] },
  { name: "Los Angeles Times", aliases: ["LA Times"], domains: ["latimes.com"] },
  { name: "USA Today", aliases: [], domains: ["usatoday.com"] },
  { name: "Politico", aliases: [], domains: ["politico.com"] },
  { name: "Axios", aliases: [], domains: ["axios.com"] },
  { name: "The Guardian", aliases: ["Guardian"], domains: ["theguardian.com"] },
  { name: "Financial Times", aliases: [], domains: ["ft.com"] },
  { name: "The Economist", aliases: [], domains: ["economist.com"] },
  { name: "The Hill", aliases: [], domains: ["thehill.com"] },
  { name: "Newsweek", aliases: [], domains: ["newsweek.com"] },
  { name: "Time", aliases: [], domains: ["time.com"] },
  { name: "The Atlantic", aliases: [], domains: ["theatlantic.com"] },
  { name: "Vox", aliases: [], domains: ["vox.com"] },
  { name: "El País", aliases: ["El Pais"], domains: ["elpais.com"] },
  { name: "El Universal", aliases: [], domains: ["eluniversal.com.mx"] },
  { name: "Milenio", aliases: [], domains: ["milenio.com"] },
  { name: "Infobae", aliases: [], domains: ["infobae.com"] },
  { name: "La Jornada", aliases: [], domains: ["jornada.com.mx"] },
  { name: "Proceso", aliases: [], domains: ["proceso.com.mx"] },
  { name: "CBC News", aliases: ["CBC"], domains: ["cbc.ca"] },
  { name: "Deutsche Welle", aliases: ["DW"], domains: ["dw.com"] },
  { name: "France 24", aliases: [], domains: ["france24.com"] },
  { name: "The Independent", aliases: [], domains: ["independent.co.uk"] },
  { name: "The Telegraph", aliases: [], domains: ["telegraph.co.uk"] },
  { name: "Daily Mail", aliases: ["MailOnline"], domains: ["dailymail.co.uk"] },
  { name: "Sky News", aliases: [], domains: ["news.sky.com"] },
  { name: "Voice of America", aliases: ["VOA"], domains: ["voanews.com"] },
  { name: "The Intercept", aliases: [], domains: ["theintercept.com"] },
  { name: "ProPublica", aliases: [], domains: ["propublica.org"] },
  { name: "InSight Crime", aliases: [], domains: ["insightcrime.org"] },
  { name: "The Texas Tribune", aliases: ["Texas Tribune"], domains: ["texastribune.org"] },
];

const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The outlet's name when `text` is exactly a known outlet's name or alias. */
export function knownOutlet(text: string): string | undefined {
  const key = fold(text);
  return OUTLETS.find((o) => fold(o.name) === key || o.aliases.some((a) => fold(a) === key))?.name;
}

/** The outlet whose own site serves `url`, when it is a known one. */
export function outletOfUrl(url: string | undefined): string | undefined {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url ?? "")?.[1]?.toLowerCase();
  if (host === undefined) return undefined;
  return OUTLETS.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)))?.name;
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
 * The outlet's name as the site writes it: a known outlet's own spelling ("the Guardian" → "The
 * Guardian", "Washington Post" → "The Washington Post"); a URL or bare domain is a known
 * outlet's site or nothing, since a domain is not a name.
 */
export function outletName(text: string | undefined): string | undefined {
  const name = text?.trim();
  if (name === undefined || name === "") return undefined;
  if (/^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/?$/i.test(name))
    return outletOfUrl(/^https?:/i.test(name) ? name : `https://${name.replace(/^www\./i, "")}`);
  return knownOutlet(name) ?? name;
}

/**
 * A byline as a person's name: a trailing outlet credit comes off ("Tom Watkins, CNN" →
 * "Tom Watkins", outlet CNN), and a "byline" that holds a date is a page's timestamp, not a name.
 */
export function splitBylineOutlet(byline: string | undefined): { byline?: string; outlet?: string } {
  if (byline === undefined) return {};
  if (findDates(byline).length > 0) return {};
  const match = /^(.+?),?\s+(?:[|–—-]\s*)?([^,|–—-]+)$/.exec(byline);
  const outlet = match?.[2] !== undefined && /,\s*[^,]+$/.test(byline) ? knownOutlet(match[2]) : undefined;
  return outlet !== undefined && match?.[1] !== undefined
    ? { byline: match[1].replace(/,\s*$/, ""), outlet }
    : { byline };
}
