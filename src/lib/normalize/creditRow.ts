/**
 * A credit row without "By": the author's name set among other fields of the article's credit,
 * each apart by a separator, as page texts give a credit bar — "Pete Evans · CBC News · Posted:
 * Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", "Jane Doe / TNN / Updated: Oct 9,
 * 2019", "Mike Cason | mcason@al.com", "October 14, 2009|Marc Lifsher" — or the name glued to its
 * social handle ("Kate Fazzini@KateFazzini"). Read only when every field is one a credit holds (a
 * person's name, once; a date, labelled or not; an outlet; an e-mail address; an agency's code;
 * an update stamp) and one besides the name says it is a credit: a row of menu labels or two
 * names is none.
 */
import { parseDate } from "#lib/content/parseDate.ts";
import { TIME_AGO } from "#lib/text/clockTime.ts";
import { LAST_UPDATED } from "#lib/text/stampLabels.ts";
import { knownOutlet } from "./outlets.ts";
import type { Byline } from "./patterns.ts";
import { isPersonName } from "./personName.ts";

/** Separators between a credit row's fields. */
const FIELD = /\s*[|·•]\s*|\s+\/\s+/u;

/** A stamp's label and the date after it: "Posted: Oct 14, 2022 9:27 AM ET", "Updated: …". */
const LABELLED = /^(?<label>posted|published|updated|last\s+updated)(?:\s+on)?\s*:?\s*(?<date>.*)$/iu;

/** An e-mail address, an agency's code ("TNN", "PTI") or a relative update ("Last Updated: 24 minutes ago"). */
const EVIDENCE = [
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
  /^\p{Lu}{2,5}$/u,
  new RegExp(String.raw`^${LAST_UPDATED}\s*:?\s*${TIME_AGO}$`, "iu"),
];

/** An outlet's name the row sets beside the author: a known one, or words ending in a newsroom's noun ("CBC News"). */
function rowOutlet(field: string): string | undefined {
  if (knownOutlet(field) !== undefined) return knownOutlet(field);
  return /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+(?:News|Times|Post|Journal|Tribune|Herald|Gazette|Press)$/u.test(
    field,
  )
    ? field
    : undefined;
}

/** Most characters of a credit row (a paragraph is none). */
const MAX_ROW_CHARS = 160;

/** A social handle glued to the name before it: "Kate Fazzini@KateFazzini". */
const GLUED_HANDLE = /^(?<name>.+?)@[A-Za-z0-9_]{2,30}$/u;

/** The byline, dates and outlet a credit row states, or undefined when `text` is no credit row. */
export function parseCreditRow(text: string): Byline | undefined {
  const line = text.trim();
  if (line.length > MAX_ROW_CHARS) return undefined;
  const handled = GLUED_HANDLE.exec(line)?.groups?.["name"];
  if (handled !== undefined && isPersonName(handled)) return { byline: handled };
  const fields = line.split(FIELD).filter((f) => f !== "");
  if (fields.length < 2) return undefined;
  let credit: Partial<Byline> = {};
  let evidence = false;
  for (const field of fields) {
    const labelled = LABELLED.exec(field)?.groups;
    const date = parseDate(labelled?.["date"] ?? field);
    const outlet = rowOutlet(field);
    if (EVIDENCE.some((shape) => shape.test(field))) evidence = true;
    else if (date !== undefined) {
      const updated = /updated/iu.test(labelled?.["label"] ?? "");
      if (updated) credit = { ...credit, updated: credit.updated ?? date };
      else credit = { ...credit, published: credit.published ?? date, dateText: field };
      evidence = true;
    } else if (outlet !== undefined) {
      credit = { ...credit, outlet: credit.outlet ?? outlet };
      evidence = true;
    } else if (credit.byline === undefined && isPersonName(field)) credit = { ...credit, byline: field };
    else return undefined;
  }
  return credit.byline !== undefined && evidence ? { ...credit, byline: credit.byline } : undefined;
}
