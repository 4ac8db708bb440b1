/**
 * A maker's product named after it: "Apple CarPlay", "Nissan Connect", "Uber Money", "Google
 * Stadia". Where the same article names the company on its own ("Apple said …"), a longer name that
 * opens on the company's one-word name and goes on with words no body's name ends or is made of
 * names one of its products or services, not a body of its own, so the entity finder
 * lists the company once and not the product. Pure: the caller says which one-word names the article
 * gives a company, and which words are places.
 *
 * A body's head or a legal suffix anywhere after the company's name ("Amazon Web Services", "Fox
 * News", "Toyota Motor Corp.") keeps the longer name a body's, so does a business it is in ("GE
 * Healthcare", "Disney Channel": a division); a place's name makes it a branch in that country
 * ("Walmart Canada"), and a connector makes it another name of its own ("Walmart de México", "Bank
 * of America", "Johnson & Johnson"). A product's own name is short: one or two words after the
 * company's ("Browns DL Sheldon Richardson" is a team's player, read whole). A name read as a
 * person's is left alone: a given name can be a company's ("Morena Salazar" beside the party Morena).
 *
 * Where the article never names the company alone, a company compromise's lexicon knows by its one
 * word ("Motorola Razr", "Toyota Prius") still says whose product it is (`knownMaker`): the text
 * names that company, as a reader takes it.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { BODY_ROLE_AFTER, BUSINESSES, CONNECTORS, ORG_HEADS, TICKER_AFTER } from "./names.ts";
import { termTags } from "./termTags.ts";

/**
 * Whether an organisation's `name` is a product of a company the article names alone: its first word's key is in
 * `makers` (one-word keys of organisations the article names), and every later word is no body's
 * head or legal suffix (`ORG_HEADS`), business, connector or place (`isPlace`, by token key).
 */
export function makersProduct(name: string, makers: ReadonlySet<string>, isPlace: (key: string) => boolean): boolean {
  const tokens = tokenize(name);
  const [first, ...rest] = tokens;
  if (first === undefined || rest.length === 0 || rest.length > 2 || !makers.has(first.key)) return false;
  if (/&|\band\b/iu.test(name)) return false;
  return rest.every(
    (t) => !ORG_HEADS.has(t.key) && !BUSINESSES.has(t.key) && !CONNECTORS.has(t.key) && !isPlace(t.key),
  );
}

/**
 * Words closing a venue's name after a company's ("Nissan Stadium", "Ford Field", "Disney World"):
 * a place named for the company, not one of its products.
 */
const VENUES = new Set(
  `stadium field arena park dome garden gardens center centre hall theatre theater coliseum speedway raceway bowl
  pavilion plaza tower building world land resort`.split(/\s+/u),
);

/**
 * The maker's one-word name when an organisation's `name` is a well-known company's product
 * written after it ("Motorola Razr", "Nintendo Switch", "Toyota Prius"), though the article never
 * names the company alone: compromise's lexicon knows the first word by itself as a company (an
 * organisation, no person's or place's name), and what follows is a product's short name as
 * `makersProduct` reads it and no venue's (`VENUES`). The text then names the company, not a
 * body called "Motorola Razr". Else undefined.
 */
export function knownMaker(name: string, isPlace: (key: string) => boolean): string | undefined {
  const tokens = tokenize(name);
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined || tokens.length < 2 || VENUES.has(last.key)) return undefined;
  const tags = termTags(first.raw);
  const company =
    tags.length === 1 && tags[0]?.has("Organization") === true && !tags[0].has("Person") && !tags[0].has("Place");
  return company && makersProduct(name, new Set([first.key]), isPlace) ? first.raw : undefined;
}

/** A company's shares or its spokesperson after its name: "Acme Widgets shares", "an Acme Widgets spokeswoman". */
const OWNED_AFTER = /^(?:['’]s)? (?:shares|stock|shareholders|spokes(?:person|man|woman))\b/u;

/**
 * Whether the article writes `name` as a company's somewhere: with a ticker after it ("Activision
 * Blizzard (ATVI 0.34%)"), a company's role before a person ("Activision Blizzard CEO Bobby
 * Kotick") or its shares or spokesperson ("Acme Widgets shares"). A product has none of these, so
 * such a name is a body of its own even where it opens on another company's one-word name
 * (`makersProduct`, `knownMaker`: "Activision Blizzard" beside "Activision").
 */
export function writtenAsCompany(text: string, name: string): boolean {
  if (name === "") return false;
  let from = text.indexOf(name);
  while (from >= 0) {
    const after = text.slice(from + name.length, from + name.length + 40);
    const bounded = !/^[\p{L}\p{N}]/u.test(after);
    if (bounded && (TICKER_AFTER.test(after) || BODY_ROLE_AFTER.test(after) || OWNED_AFTER.test(after))) return true;
    from = text.indexOf(name, from + 1);
  }
  return false;
}
