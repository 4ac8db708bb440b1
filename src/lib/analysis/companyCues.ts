/**
 * Cues that a capitalised name no reading types is a company's, read off the words around it
 * (names.ts asks them in `companyByContext`, for an untyped name that does not open its sentence):
 *
 * - it owns a person named in full: "Apple’s Steve Jobs", "Acme’s Jo Roe said" — whom a person
 *   works for or plays for is written so; a person owning a person is written with a kin or a role
 *   noun ("Roe’s wife Ana"), not a bare name (`ownsPersonName`);
 * - it owns what only a company has: "Acme’s board", "Acme’s investors", "Acme’s operating system"
 *   (`CORPORATE_POSSESSION_AFTER`; a person has no board, investors or share price);
 * - a product named with a capital, then the noun of who makes it, stands right before it:
 *   "Minecraft developer Mojang", "iPhone maker Apple", "Hyperion publisher Zorblat"
 *   (`MAKER_OF_PRODUCT_BEFORE`: a person who makes a thing is "the developer of", or a full name
 *   compromise reads as a person's, which no cue here overrides);
 * - a trade's "giant" or "powerhouse" stands right before it: "tech giant Apple", "fellow tech
 *   powerhouse Acme" (`TRADE_GIANT_BEFORE`: only a trade's word, not "literary giant").
 *
 * And cues of any body, a movement's or a party's as much as a firm's:
 *
 * - its leaders or members are named by "of": "the leader of Hamas", "members of Ennahda"
 *   (`memberOfBefore`; not a possessive after it, "head of Roe’s security", a person's);
 * - it owns a body's parts: "Hamas’s political bureau", "Fidesz’s youth wing", "Ennahda’s members"
 *   (`BODY_UNIT_AFTER`);
 * - one of its people is named right after it by a rank a body gives: "Hamas leader Ismail Haniyeh",
 *   "Likud lawmaker Jo Roe" (`BODY_MEMBER_ROLE_AFTER`);
 * - it is a political party's name, "party" after it in lower case, said so by the words around:
 *   a leader's possessive or a politics' qualifier before ("Netanyahu’s Likud party", "the ruling
 *   Fidesz party"), or a party's people or seats after ("the Ennahda party leader") — not any
 *   "X party", which may be a celebration (`partyNamed`);
 * - it is a team a game is won or lost against, or a player moves to: "an upset win over the
 *   Clippers", "beat the Raiders", "traded to the Rockets" (`TEAM_PLAYED_BEFORE`; a plural name
 *   after "the", as teams are called).
 */

/** "’s board", "’s own investors", "’s operating system": what a company owns and a person does not. */
const CORPORATE_POSSESSION_AFTER =
  /^['’]s?\s+(?:own\s+)?(?:board|investors|operating\s+system|app\s+store|stock\s+price|share\s+price|market\s+(?:cap|capitalization|capitalisation))(?![\p{L}-])/u;

/** Whether the text after a name says a company owns something only a company has. */
export function corporatePossessionAfter(after: string): boolean {
  return CORPORATE_POSSESSION_AFTER.test(after);
}

/** A possessive, then one space: what a name owning the next name ends on. */
const POSSESSIVE_GAP = /^['’]s?\s$/u;

/**
 * Whether a name owns the person named next ("Apple’s Steve Jobs"): `gap` is the text between
 * the two, `person` the next name's text when it was read as a person's. A full name only (two
 * words or more): "Acme’s Jo" may be a kin's given name.
 */
export function ownsPersonName(gap: string, person: string | undefined): boolean {
  return person !== undefined && POSSESSIVE_GAP.test(gap) && /\S\s+\S/u.test(person.trim());
}

/**
 * A product's name, written with a capital (a word, or a brand such as "iPhone"), then the noun of
 * the firm that makes or sells it, right before the name: "Minecraft developer ", "iPhone maker ".
 */
const MAKER_OF_PRODUCT_BEFORE =
  /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}-]*\s+(?:maker|developer|publisher|manufacturer|supplier)\s+$/u;

/** Whether a product's maker's noun stands right before a name ("Minecraft developer "). */
export function makerOfProductBefore(before: string): boolean {
  return MAKER_OF_PRODUCT_BEFORE.test(before);
}

/** A trade's word, then "giant" or "powerhouse", right before a name: "tech giant ", "e-commerce behemoth ". */
const TRADE_GIANT_BEFORE =
  /(?:^|[^\p{L}-])(?:tech|technology|internet|software|search|e-commerce|ecommerce|retail|media|telecom|telecoms|chip|oil|energy|pharmaceutical|pharma|banking|gaming|auto|streaming|social\s+media)\s+(?:giant|powerhouse|behemoth|titan)\s+$/iu;

/** Whether a trade's "giant" stands right before a name ("tech giant "). */
export function tradeGiantBefore(before: string): boolean {
  return TRADE_GIANT_BEFORE.test(before);
}

/** A body's leader, head or members, then "of", right before a name: "the leader of ", "members of the ". */
const MEMBER_OF_BEFORE =
  /(?<![\p{L}-])(?:leaders?|head|chief|founders?|co-founders?|members?|commanders?|fighters|militants)\s+of\s+(?:the\s+)?$/iu;

/** Whether a body's leader or members are named right before a name, it owning nothing after ("’s"). */
export function memberOfBefore(before: string, after: string): boolean {
  return MEMBER_OF_BEFORE.test(before) && !/^['’]/u.test(after);
}

/** "’s political bureau", "’s armed wing", "’s members": the parts and people only a body has. */
const BODY_UNIT_AFTER =
  /^['’]s?\s+(?:political\s+bureau|politburo|central\s+committee|(?:military|armed|political|youth|student|women['’]s)\s+wing|members|membership|rank\s+and\s+file|ranks|fighters|militants)(?![\p{L}-])/u;

/** Whether the text after a name says it owns a body's parts or people. */
export function bodyUnitAfter(after: string): boolean {
  return BODY_UNIT_AFTER.test(after);
}

/** A rank a body gives, then a capitalised name: " leader Ismail", " lawmaker Jo". */
const BODY_MEMBER_ROLE_AFTER = /^ (?:leader|chief|commander|lawmaker|legislator|MP|official|militant|fighter) \p{Lu}/u;

/** Whether one of a body's people is named right after a name by the rank it gives them. */
export function bodyMemberRoleAfter(after: string): boolean {
  return BODY_MEMBER_ROLE_AFTER.test(after);
}

/** Before a party's name: a leader's possessive ("Netanyahu’s "), or "the" and a politics' qualifiers ("the ruling "). */
const PARTY_NAME_BEFORE =
  /(?:\p{Lu}[\p{L}.-]*['’]s?\s+|(?:^|[^\p{L}])the\s+(?:(?:ruling|opposition|governing|nationalist|conservative|liberal|centrist|populist|socialist|communist|islamist|religious|separatist|right-wing|left-wing|far-right|far-left|hard-right|hard-left|centre-right|centre-left|center-right|center-left)\s+)+)$/iu;
/** After a party's name: "party" in lower case, then perhaps who or what it has ("party leader"). */
const PARTY_AFTER = /^\s+party(?![\p{L}-])/u;
const PARTY_PEOPLE_AFTER =
  /^\s+party\s+(?:leader|leaders|lawmakers?|legislators?|members?|candidates?|MPs?|chair(?:man|woman)?|spokes(?:man|woman|person)|government|coalition|congress|headquarters)(?![\p{L}-])/u;

/** Whether a name no lexicon knows is a party's: "party" after it, and a cue of politics around (see above). */
export function partyNamed(before: string, after: string): boolean {
  if (!PARTY_AFTER.test(after)) return false;
  return PARTY_NAME_BEFORE.test(before) || PARTY_PEOPLE_AFTER.test(after);
}

/** A game won or lost against, or a player's move to, right before "the" and a team's plural name. */
const TEAM_PLAYED_BEFORE =
  /(?<![\p{L}-])(?:(?:win|wins|victory|victories|loss|losses|defeat|defeats|game|games|series|matchup|rivalry)\s+(?:over|against|to)|beat|beats|beating|defeated|defeats|routed|swept|edged|lost\s+to|losing\s+to|traded\s+to|signed\s+with|drafted\s+by|played\s+for|plays\s+for|playing\s+for)\s+the\s+$/iu;

/** Whether a plural name ("Clippers") is a team's by the game or the move before it (`TEAM_PLAYED_BEFORE`). */
export function teamPlayedBefore(before: string, name: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(name) && TEAM_PLAYED_BEFORE.test(before);
}
