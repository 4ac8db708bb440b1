/**
 * The one place for credits: who photographed, reported or edited an article, as a page prints
 * it ("(AP Photo/Jane Doe)", "REUTERS/Ana Castillo", "Lucía Méndez for The Border Ledger",
 * "Reporting by …; Editing by …"). The people a credit names made the page; the article does
 * not name them, so ingest drops a credit line (normalize/chrome.ts), the entity pass skips it
 * (analysis/entities.ts) and the timeline reads a paragraph ending on one as a caption
 * (dates/furniture.ts). Each caller reads credits in a different place (a whole line, a body
 * sentence, a caption's tail), so the shapes are kept apart here and each caller takes the ones
 * its place can hold.
 */

/**
 * A photo credit as a whole line of its own, or closing one: "(AP Photo/Eduardo Verdugo)",
 * "Marco Ugarte/AP", "REUTERS/Henry Romero", "Credit: …", "Photographs by X", "(Reuters File)".
 */
export const PHOTO_CREDIT_LINE: readonly RegExp[] = [
  /^(?:credit|courtesy)\s*[:：]/i,
  // The pictures' credit under its label, in parentheses or not: "(Image credits: Jane Roe; Ana
  // Ruiz)", "Photo credit: Harbour Wire".
  /^\(?\s*(?:photo(?:graph)?|image|picture|illustration)s?\s+credits?\s*[:：]/iu,
  // A caption glued to its credit as a page sets them in two elements: "… in March.Credit...Luis
  // Ortega", or the label twice (a hidden one for screen readers) "… in March.CreditCreditLuis Ortega".
  /(?:^|[.!?"”’)\p{Ll}])\s*Credit\s*(?:\.{2,}|…)\s*\S|[.!?"”’)]\s*CreditCredit\s*\S/u,
  // An agency credit closing the line: "(AP Photo/Eduardo Verdugo)", "(Photo by X/Getty Images)".
  /\((?:[^()]*\b(?:photos?|images?|pictures?)\b[^()]*\/[^()]*|[^()]*\/\s*(?:getty images|afp|reuters|ap|epa|bloomberg)[^()]*)\)\s*$/i,
  // A bare agency credit line: "Marco Ugarte/AP", "REUTERS/Henry Romero", "Photo: Getty Images".
  /^[\p{Lu}][\p{L} .'’-]{1,40}\s*\/\s*(?:getty images|afp(?: via getty images)?|reuters|ap|epa(?:-efe)?|bloomberg|shutterstock)$/iu,
  /^(?:reuters|ap|afp|epa)\s*\/\s*[\p{Lu}][\p{L} .'’-]{1,40}$/iu,
  // The same credit closing a caption after its full stop: "… in Tucson, May 5, 2025. REUTERS/Ana Castillo".
  /[.!?]["”’]?\s+(?:REUTERS|AP|AFP|EPA)\s*\/\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u,
  // A photographer's agency credit closing a caption, glued to its full stop or not, the file
  // photo marked: "… in Braunau am Inn, Austria.Leonhard Foeger / Reuters file"; or closing a
  // caption written without one: "The old mill in Leeds Ana Castillo/Reuters".
  /(?:[.!?]["”’]?\s*|\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s*\/\s*(?:Reuters|REUTERS|AP|AFP|EPA|Getty Images|Bloomberg)(?:\s+[Ff]ile)?$/u,
  // A stock library's name alone under its picture: "Getty", "Getty Images", "Shutterstock".
  /^(?:getty(?:\s+images?)?|shutterstock|istock(?:photo)?|alamy)$/iu,
  // A picture lent from someone's own album, in the languages pages print it: "Personal archive
  // of Ana Ruiz", "личный архив Андрея Рудькова", "Archivo personal".
  /^(?:(?:[Ff]rom\s+(?:the\s+)?)?[Pp]ersonal\s+archive|[Лл]ичный\s+архив|[Ии]з\s+личного\s+архива|[Aa]rchivo\s+personal|[Aa]rquivo\s+pessoal|[Aa]rchives?\s+personnelles?)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,4}$/u,
  // "Photographs by X", "Graphic by X", "Photograph by X, Fauna & Flora International".
  /^(?:photograph(?:s|y)?|photos|graphics?|illustrations?|video)\s+by\s+\p{Lu}[\p{L} .,'’/&-]{1,60}$/iu,
  // Agencies' and archives' initials joined by slashes, alone or closing a caption after its full
  // stop: "NASA/JPL", "… on the plains. SIA/EFAK/YPPOA". Prose never ends on a bare run of initials.
  /(?:^|[.!?]["”’]?\s+)\p{Lu}{2,}(?:\s*\/\s*\p{Lu}{2,})+$/u,
  // A picture's credit by its label closing a caption after its full stop: "Roger Ailes. Photo:
  // Jane Roe/Harbour Wire". A label and a name, no sentence after it.
  /[.!?]["”’]?\s+(?:photo(?:graph)?|image|picture|illustration)s?(?:\s+by)?\s*:\s*\p{Lu}[^.!?]{0,80}$/iu,
  // The same label after the caption's last word or quotation mark, set off by two spaces where a
  // page's caption and credit elements run together: "… “a day to remember”  Photo: Jane Roe".
  /\S\s{2,}(?:photo(?:graph)?|image|picture)s?\s*:\s*\p{Lu}[^.!?]{0,60}$/iu,
  // An agency's credit naming the picture, in parentheses after the caption's full stop: "… on
  // Sunday. (AP Photo)", "(Harbour Wire Images)". A sentence of prose ends on no such label.
  /[.!?]["”’]?\s*\((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:Photos?|Images|Pictures)\)$/u,
  // A picture lent by its owner, alone on its line with no sentence after: "Courtesy of the Harbour Museum".
  /^[Cc]ourtesy\s+of\s+(?:the\s+)?\p{Lu}[^.!?]{1,60}$/u,
  // An agency photo credit cut off at the line's end: "…, 2025. (AP Photo/Jacquelyn Martin,".
  /\((?:AP|AFP|Reuters|EPA|Getty)\s+Photo\s*\/[^()]*$/u,
  // A file-photo credit closing a caption: "(Reuters File)", "(AP File Photo)".
  /\((?:(?:reuters|ap|afp|epa|getty\s+images|bloomberg)\s+)?file(?:\s+photo)?\)\s*$/i,
  // "Name | Agency | Getty Images", "Photographer / Agency via Getty Images".
  /[|/]\s*(?:[\p{L} ]{1,30}\s+via\s+)?getty\s+images\s*$|\|\s*(?:afp|reuters|ap|epa|bloomberg|shutterstock)\s*$/iu,
  // A credit in parentheses followed only by more credits or a paywall tag: "(Photo by X / AFP)(AFP) PREMIUM".
  /\((?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b[^()]*\)(?:\s*\([^()]{1,30}\))*(?:\s+\p{Lu}{2,})?\s*$/iu,
];

/**
 * A credit's label right before a name, its colon making it a field of the page rather than the
 * telling: "Tested by: Jane Roe", "Words by: …", "Photos by: …", "Interview by: …". The name
 * after it made the page; the article does not name them (analysis/entities.ts).
 */
export const CREDIT_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:Tested|Reviewed|Rated|Words|Text|Photos?|Photograph(?:s|y)|Pictures?|Images?|Illustrations?|Video|Interview|Compiled|Edited|Written|Reported|Produced|Styl(?:ed|ing))\s+by\s*:\s*$/iu;

/**
 * A photo credit left in a body sentence, in English or Spanish: "(AP Photo/Jane Doe)",
 * "(Foto/Cuartoscuro)", "(Photo by Sam Reed)", "(Fotos de …)". Narrower than a credit line's
 * shapes: a sentence that only mentions an agency stays a sentence.
 */
export function hasPhotoCredit(text: string): boolean {
  return (
    /\((?:AP|AFP|Reuters|Getty Images)?\s*(?:Photo|Foto)s?\s*\/[^)]*\)?\s*$/u.test(text) ||
    /\((?:Photo|Foto)s? (?:by|de|por)\b[^)]*\)/iu.test(text)
  );
}

/** A photographer's name in a credit: two to four capitalised words ("Ruth Fremson", "Justin T. Gellerson"). */
const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;

/**
 * A photographer's credit closing a caption: a name, then the outlet after a slash, "for" or
 * "via" ("Sergio Maldonado / The Border Ledger", "Lucía Méndez for The Border Ledger").
 */
export const PHOTOGRAPHER_CREDIT = new RegExp(
  String.raw`^${PHOTOGRAPHER}\s*(?:\/|\|)\s*(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5}$|^${PHOTOGRAPHER}\s+(?:for|via)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5}$`,
  "u",
);

/**
 * A credit alone on its line, a name then a slash then an outlet's or agency's name: "Craig
 * McDean/GQ", "Jane Roe / Harbour Wire". A picture's credit or a reporter's line: either way the
 * person made the page, and the article does not name them (analysis/entities.ts). Not a caption's
 * prose: nothing but the two names.
 */
export const SLASHED_CREDIT_LINE = new RegExp(
  String.raw`^${PHOTOGRAPHER}\s*\/\s*\p{Lu}[\p{L}\p{N}.'’&!-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&!-]*){0,4}$`,
  "u",
);

/**
 * A picture's credit opening a caption that goes on after it, a name then a slash then the
 * agency's first word: "Jane Roe/Harbour Wire The mayor greets …" ("Jane Roe/Harbour"), the name
 * a person's (capitalised words, no initialism: "An ABC News/ Harbour Wire poll" is none). The
 * photographer made the page; the caption's own names come after. (Alone on its line:
 * `SLASHED_CREDIT_LINE`.)
 */
export const OPENING_SLASHED_CREDIT = new RegExp(
  String.raw`^\s*(?!(?:The|An?)\s)\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)){1,2}\s*\/\s*\p{Lu}[\p{L}\p{N}.'’&!-]*`,
  "u",
);

/**
 * The same credit alone on its line under a picture, the outlet's name opened by "The": "Ruth
 * Fremson/The Harbor Times", "Jane Roe for The Harbor Times". Alone, a name needs the outlet's
 * "The" to be a credit: "Jane Roe for Mayor" is none, nor a reporter's "Jane Roe/New Delhi".
 */
export const PHOTOGRAPHER_CREDIT_LINE = new RegExp(
  String.raw`^${PHOTOGRAPHER}(?:\s*\/\s*|\s+for\s+)The\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$`,
  "u",
);

/**
 * True when a short paragraph (60 words at most) ends on a photographer's credit after its last
 * full stop: a caption, whatever it says of its picture ("Relatives of the victims waited
 * outside the morgue in Irapuato on Sunday. Lucía Méndez for The Border Ledger"). Prose ends on
 * its full stop; a credit is a name and an outlet with no verb, bare or in parentheses. Ingest drops such a line as a
 * caption (normalize/chrome.ts); the timeline takes no event from it (dates/furniture.ts).
 */
export function endsOnPhotographerCredit(text: string): boolean {
  if (text.split(/\s+/u).length > 60) return false;
  const stop = /[.!?]["”’)]?\s+(?=[^.!?]*$)/u.exec(text);
  if (stop === null) return false;
  // The credit may stand in parentheses: "… shelters. (Jane Roe/Harbour Wire)".
  const credit = text
    .slice(stop.index + stop[0].length)
    .trim()
    .replace(/^\((.*)\)$/u, "$1");
  return PHOTOGRAPHER_CREDIT.test(credit);
}

/** The roles a wire trailer credits in English ("Reporting by", "Additional reporting by", "Editing by"). */
const TRAILER_ROLES = ["reporting", "writing", "editing"];
/** The same roles in Spanish ("Reporte de", "Edición por"). */
const TRAILER_ROLES_ES = ["reporte", "edición"];
/** The desk's other roles a trailer may credit ("Edited by", "Compiled by", "Fact-checking by"). */
const DESK_ROLES = ["edited", "compiled", "produced", "graphics?", "fact[- ]checking"];

/**
 * The opening of a wire trailer, as a regular-expression source (compile it with the `iu`
 * flags): "(Reporting by …", "Additional reporting by …", "Editing by …". `spanish` also reads
 * "Reporte de …", "Edición por …" (the entity pass reads Spanish bodies); `desk` also reads the
 * desk's other roles ("Edited by", "Compiled by", "Graphics by"), which the timeline drops as
 * page notes.
 */
export function wireTrailerOpening({ spanish = false, desk = false }: { spanish?: boolean; desk?: boolean }): string {
  const roles = [...TRAILER_ROLES, ...(spanish ? TRAILER_ROLES_ES : []), ...(desk ? DESK_ROLES : [])];
  return `\\(?(?:additional )?(?:${roles.join("|")}) ${spanish ? "(?:by|de|por)" : "by"}\\b`;
}
