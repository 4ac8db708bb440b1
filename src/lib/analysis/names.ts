/**
 * Names in a sentence that nobody registered: people, organisations and places, each with
 * its offsets and kind. The register (content/entities/) is the editors' authority; this finds
 * what it lacks, so a new article's "Dmitry Peskov" is an entity even before anyone files him.
 *
 * Two steps, each doing what it is good at. Our own pass over the tokens finds the span of
 * each name, because spans depend on the text's grammar: a title or role before a name is not
 * part of it ("Kremlin spokesperson Dmitry Peskov", "Defense Minister Ricardo Trevilla"), a
 * possessive ends it ("Mexico’s government"), lower-case words join it only as connectors
 * ("Juan Ramón de la Fuente", "Joint Chiefs of Staff"). Then `compromise` (an English NLP
 * library with a lexicon of first names, surnames, places and organisation words) tags each
 * span, and the kind comes from its tags, or from the span's head word ("… Department", "…
 * cartel") or an initialism ("FBI"). A capitalised span that neither recognises is left out:
 * a name of unknown kind is not guessed into one.
 *
 * compromise tags one short span at a time and every distinct span once per process (the
 * cache), because tagging whole articles costs ~200 ms per 1,000 words; spans cost ~2 ms
 * each and repeat across articles.
 */
import { GENERATION_SUFFIXES } from "./nameVariants.ts";
import { lexiconWord, termTags } from "./termTags.ts";
import { hyphenedGivenName, pinyinName } from "./eastAsianNames.ts";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "#lib/content/dates.ts";
import { PLATFORM } from "#lib/normalize/uiText.ts";
import { LruCache } from "#lib/lruCache.ts";
import { stripAccents } from "#lib/text/fold.ts";
import { nameKey, tokenize, type Token } from "#lib/text/tokens.ts";
import { alternation, PARTY_MEMBER_NOUNS, SPEECH_VERBS } from "#lib/text/attribution.ts";
import { instrumentCodeSpans, withoutCodes, type CodeSpan } from "./instrumentCodes.ts";
import { endsOnPersonNoun, KIN_NOUNS, PERFORMER_NOUNS, PROFESSION_NOUNS } from "./personNouns.ts";
import { isOutletWord } from "./outletWords.ts";
import { siteNames } from "./siteNames.ts";
import { isUsStateCode, isUsStateName } from "./hitShapes.ts";
import { creditedInBrackets, starsAs } from "./castCredit.ts";
import { scoredOpponent, WIN_VERBS } from "./teamScore.ts";
import { companyWordCue, unmetBodyCue } from "./unmetBodyCues.ts";
import {
  bodyMemberRoleAfter,
  bodyUnitAfter,
  corporatePossessionAfter,
  makerOfProductBefore,
  memberOfBefore,
  ownsPersonName,
  partyNamed,
  teamPlayedBefore,
  tradeGiantBefore,
} from "./companyCues.ts";
import { unmetPersonCue } from "./unmetPersonCues.ts";

export type NameKind = "person" | "organisation" | "place";

/** One name in a text: offsets into the text given to `findNames`. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: NameKind;
  /**
   * The name when it is not the text as written: in "the Sinaloa and Gulf cartels" the text
   * "Sinaloa" names the "Sinaloa cartel".
   */
  readonly name?: string;
}

/** A word list, keyed as tokens are (lower case, accents folded). */
const words = (list: string) =>
  new Set(
    list
      .split(/\s+/u)
      .filter((w) => w !== "")
      .map((w) => stripAccents(w)),
  );

/** Pronouns no name holds: written capitalised inside a run, they are a title-case clause's ("… Perform Her Own Songs"). */
const CLAUSE_PRONOUNS = words("her his their its our my your him them me us");
/** Lower-case words that join the capitalised parts of one name. */
export const CONNECTORS = words(
  "of de la del los las da do dos das van von der den al el for di dei della delle degli du des",
);
/** Days and months are capitalised but are not names, and end one. */
export const TIME_WORDS = words([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS].join(" ").toLowerCase());
/**
 * Titles and roles: before a name they say who the person is, they are not the name
 * ("Secretary of State Marco Rubio", "Gen. Dan Caine", "Mr Shmyrev"). An aunt's or uncle's kin word
 * before a given name is such a title ("Aunt Marian" is the Marian the article names); other
 * family words are not (personNouns' FAMILY: "Grandma Moses", "Brother Ali" are whole names).
 */
export const TITLES = words(`
  president vice secretary minister ministers gen general lt lieutenant col colonel maj major capt captain
  sgt sergeant adm admiral cmdr commander sen senator rep representative gov governor mayor judge
  attorney director deputy chief ambassador spokesperson spokesman spokeswoman prime chancellor
  king queen pope prince princess sheriff prosecutor officer agent dr mr mrs ms miss sir dame lord
  undersecretary assistant acting interim former presidente secretario secretaria ministro ministra canciller
  fiscal general gobernador senador senadora diputado diputada alcalde sr sra don doña ceo chairman
  chairwoman chair founder co leader anchor host reporter correspondent editor analyst professor
  executive adviser advisor administrator asst supt detective librarian pastor ayatollah rabbi imam
  aunt auntie uncle congressman congresswoman councilman councilwoman councilmember assemblyman
  assemblywoman alderman alderwoman inspector counsel solicitor comptroller auditor defendant plaintiff
`);
/**
 * Titles in the plural before the names of the several people who hold them ("Officers Liu and
 * Ramos", "Senators Warren and Sanders"): a title, no part of the first name. Only titles no body's
 * name opens with ("Directors Guild", "Presidents Cup" stay out of this list).
 */
const PLURAL_TITLES = words(
  "officers detectives senators governors mayors deputies agents judges sergeants troopers reps sens",
);
/** Plural titles written short ("Reps.", "Sens."): no body's name ends on one, as "Ottawa Senators" does. */
const PLURAL_ABBREVIATIONS = words("reps sens");
/**
 * Role nouns written capitalised before a person's name that also close other names ("Business
 * Insider", "the Speaker"): a title only right before a person's name (`personFollows`).
 */
const RUN_ROLES = words("insider speaker superintendent ombudsman commissioner");
/** Words that name a department or field in a title ("Defense Minister", "Secretary of State"). */
export const ROLE_FIELDS = words(`
  state defense defence homeland security foreign affairs interior justice treasury commerce
  war navy army press public national federal border kremlin white house health energy finance
  trade labor economy economic intelligence staff seguridad defensa relaciones exteriores
  gobernación hacienda
`);
/** Words that qualify a player's position ("defensive end", "running back", "star quarterback"). */
export const POSITION_QUALIFIERS = `star|veteran|rookie|starting|backup|head|assistant|defensive|offensive|pass|running|wide|tight|middle|outside|inside|left|right|nose|free|strong|power|small|point|shooting|relief|closing|team`;
/** Positions no other common noun shares: a capitalised one before a name is the player's ("Defenseman Jonas Brodin"). */
const PLAYER_NOUNS = `quarterback|linebacker|cornerback|receiver|rusher|kicker|punter|lineman|goalie|goaltender|goalkeeper|defenseman|defender|winger|striker|midfielder|pitcher|catcher|shortstop|outfielder|infielder|slugger|batter|bowler|batsman`;
/** A player's position on a team, or a coach's role there. */
export const POSITIONS = `${PLAYER_NOUNS}|center|centre|guard|tackle|safety|end|back|coach|coordinator|captain|keeper|forward`;
/** Capitalised words that open a sentence or a clause and are not names. */
const OPENERS = words(`
  the a an in on at as and but yet so or if while when whenever after before during since despite
  although though this that these those it its he she they we i you his her their our your my
  some many most both any each every no not from for with by to of into over under about against
  according back however moreover meanwhile notably also still even only just then there here
  what who whom whose which how why where more all one two other others another such
  top senior former current late then last next first second third few several neither either
  un una en con por para al o pero que según también
  read watch related see photo video image listen share click follow sign subscribe advertisement email
  breaking update updated exclusive opinion analysis editor note get reporting editing additional
  writing reporte edición foto by via credit alleged suspected purported
`);
/**
 * Eating and drinking houses and shops whose name ends on what they are ("Rocky Hill Winery"): a
 * body's head (`ORG_HEADS`), and one an owner's possessive may open (`SHOP_HEADS`).
 */
const EATING_HOUSES =
  "winery brewery distillery steakhouse pizzeria restaurant bakery cafe café bistro tavern boutique";
/**
 * Houses that lodge guests, named as businesses ("Harbor View Hotel", "Elm Street Suites"). Not
 * "Spa": a surname ("Laura Spa") and a legal form's spelling; it joins a lodging's name only
 * after "and" (`lodgingsAnd`: "Palm Cove Resort and Spa").
 */
const LODGINGS = "hotel hotels inn suites resort resorts casino";
/** The last word of an organisation's name ("Drug Enforcement Administration", "Sinaloa Cartel"). */
export const ORG_HEADS = words(`
  department ministry agency administration command court cartel party army navy guard police economics
  office council university college school institute bureau committee committees commission congress
  senate parliament assembly news times post journal press tribune herald gazette telegraph daily
  network group company inc corp corporation ltd llc bank forces force corps service services union
  association foundation center centre embassy consulate secretariat fund organization organisation
  organisations organizations alliance coalition front cartels gang brigade battalion division
  regiment unit commission staff board authority reserve marines international exchange
  observatory laboratory museum hospital infirmary clinic library co plc studios academy
  equities securities holdings investments brokerage brokerages technologies industries airlines airways
  institution conservancy motors pac ${EATING_HOUSES} ${LODGINGS}
`);
/**
 * The last word of an event's, a law's, an award's or a market index's name ("Amsterdam Light
 * Festival", "Beijing Olympics", "Water Act", "Nobel Prize", "Dow Jones Industrial Average").
 */
const EVENT_HEADS = words(
  "show festival olympics final finals championship championships cup expo award awards prize medal trophy summit act week series tournament average",
);
/** An award's head, capitalised (`kindOf`): "… Award for Service". */
const AWARD_HEADS = new Set(["Award", "Awards", "Prize", "Medal", "Trophy"]);
/** Heads of an eating or drinking house's name an owner's possessive may open ("Marla’s Bakery"); not "Store" ("Apple’s App Store"). */
const SHOP_HEADS = words(`${EATING_HOUSES} diner deli pub grill`);

/** Whether one to three capitalised words from token `k` end on a shop's head (`SHOP_HEADS`). */
function shopAfter(tokens: readonly Token[], k: number): boolean {
  for (let end = k; end < k + 3 && end < tokens.length && isCapitalised(tokens[end] as Token); end += 1)
    if (SHOP_HEADS.has((tokens[end] as Token).key)) return true;
  return false;
}

/** A side of the map, capitalised in a region's name ("Northern Pacific") or a league division's ("Central Division"). */
export const SIDES = words("north south east west northern southern eastern western central");
/** Plural nouns for a group whose possessive opens a body's name ("People’s Liberation Army"). */
const COLLECTIVES = words("people workers children women men veterans citizens farmers teachers");
/**
 * Verbs and prepositions that title case capitalises and no name holds inside it ("From", "As",
 * "Was", "… Response To …", "Amid", "Says"): a related story's headline in a rail, not a name. Not "In":
 * a firm may hold it ("Research In Motion").
 */
const HEADLINE_WORDS = new Set([
  ...["From", "As", "With", "Was", "Were", "Is", "Are", "Into", "Over"],
  ...["To", "Amid", "Against", "Says", "Has", "Have"],
]);
/** "in" or "across" right before a word: where something is. */
const IN_PLACE_BEFORE = /(?<!\p{L})(?:in|across|throughout)\s+$/u;
/** The noun for an account on a platform, right after the platform's name: "Twitter account", "Facebook page". */
const ACCOUNT_AFTER = /^\s+(?:accounts?|pages?|feeds?|profiles?|channels?|handles?)\b/u;
/** The noun for a market's index right after its name: "the Nifty Bank index", "Nikkei futures". */
const INDEX_AFTER = /^\s+(?:index|indices|indexes|futures)\b/u;
/**
 * The noun for a scheme after a name and the initialism set off after it, "the Jobs Insurance (JI)
 * program" (read at the name and at the initialism): the name is the scheme's. Not a name right
 * before the noun: "the Red Cross program" is a body's scheme.
 */
const PROGRAMME_AFTER = /^(?:\s*\(\p{Lu}[\p{Lu}\p{N}&-]*\)|\))\s+(?:programs?|programmes?|schemes?|initiatives?)\b/u;
/** A legislature's chambers, after a state's name ("Iowa House"). */
const CHAMBERS = words("house senate assembly legislature");
/** Connectors that, after a body's head, say what the body is for or of. */
const BODY_OF = words("on for");
/** A company's legal suffix ends its name ("Broadhead Co."): never a title opening the next name. */
const CORPORATE_SUFFIXES = words("co inc corp ltd llc plc");
/** Legal forms of companies abroad, as written ("AG", "SpA", "GmbH"): in other cases the same letters are other words. */
const FOREIGN_LEGAL_FORMS = /^(?:AG|SpA|S\.p\.A|SA|S\.A|NV|N\.V|GmbH|SE|ASA|AB|Oyj|KGaA)$/u;
/** Whether a name's last word is a company's legal form ("Acme Inc", "Credit Suisse Group AG"). */
const legalForm = (token: Token | undefined): boolean =>
  token !== undefined && (CORPORATE_SUFFIXES.has(token.key) || FOREIGN_LEGAL_FORMS.test(token.raw));
/** Businesses a company's division is named for after the company's name ("GE Healthcare", "Disney Channel"). */
export const BUSINESSES = words(`
  healthcare health aviation energy power capital finance financial entertainment pictures records music media
  channel motor motors pharmaceuticals pharma research labs ventures partners software systems solutions
  communications electric foods sports studio digital publishing books games
`);
/** The first word of an organisation's name ("Department of Justice", "Fiscalía General"). */
const ORG_OPENERS = words(`
  department ministry office bureau university institute embassy consulate court council
  committee commission secretariat agency chamber
  fiscalía secretaría procuraduría guardia ejército marina gobierno departamento ministerio
  suprema corte tribunal instituto universidad partido cámara senado congreso cártel cartel
  comisión consejo banco
`);
/** Whether a word opens or ends a body's name as its head ("Bank of Mexico", "Secretaría de Marina"): the name is a body's, not a brand's. */
export const bodyHead = (key: string): boolean => ORG_OPENERS.has(key) || ORG_HEADS.has(key);
/** Single words that name an institution on their own. */
const INSTITUTIONS = words("pentagon kremlin congress senate navy army nato interpol fed");
/** Seats of government that stand for the executive they house, as "Pentagon" and "Kremlin" do. */
const SEATS = new Set(["white house", "downing street", "elysee palace", "blue house"]);
/** Lower-case words that make the name before them an organisation ("Sinaloa cartel"). */
const ORG_TAILS = words("cartel administration government gang army navy police group");
/** Heads that make a name's possessive an organisation: "Trump’s administration". */
const POSSESSIVE_HEADS = words("administration government");
/**
 * A country's own forces: after a country's possessive they name its body ("Venezuela’s navy"),
 * as after its demonym ("the Venezuelan army", "Colombian police": a country has one army).
 * "military" is not one of them: it is also an adjective ("U.S. military action"), so
 * `FORCES_HEADS` takes it only where it ends its phrase.
 */
const NATIONAL_HEADS = words("army navy police");
/**
 * Lower-case words after a noun that do not make it a modifier: a verb, a conjunction, a
 * preposition ("the Pacific remains", "the U.S. military said"; not "Pacific halibut").
 */
export const NOT_A_HEAD = new Set(
  `and or but nor of to in on at by for from with as is was are were be been being has had have will would could
  should may might can said says say that which who whom where when than then into over under across off near
  itself remains remained lies lay`.split(/\s+/u),
);
/**
 * A country's armed forces as a whole: "the U.S. military said", "the Chinese military could"
 * (the gold lists them as bodies). Only as a noun ending its phrase: before a noun "military" is
 * an adjective ("U.S. military action", "Chinese military modernization") and names no body.
 */
const FORCES_HEADS = words("military");
/** Lower-case heads of a government's department, after its field ("commerce ministry"). */
const MINISTRIES = words("ministry department");
/** Tails that make no name after a lone demonym: "Mexican cartel" is a description. */
const GENERIC_TAILS = words("cartel gang group");
/** Spanish articles. */
const ARTICLES = words("el la los las");
/**
 * Initialisms that are not entities: titles, time zones (American and Asia-Pacific ones too: "CST", "AEST",
 * "JST"), an editor's note ("NDLR"), currencies, and common nouns of things ("CGI monsters", "the bike's
 * MSRP", "agency MBS"; file and web formats, "CSS", "SVG"; devices and their parts, a car's drive, a hospital's ward, a current), which no body or
 * person is called: "the CPU", "an HDMI port", "VR headsets", "an AC adapter", "an IPS panel" name a kind of
 * thing, never an organisation. So do a trade's and a field's common nouns: an app's package and a design's
 * parts ("the entire APK", "a revamped UX"), a query language ("SQL injection"), kinds of business and of
 * work ("REIT shares", "PE shops", "PR aides", "healthcare ICT", "FOSS"), a battery's size ("AA batteries"),
 * a light ("IR out"), a disease ("C.T.E.", "PTSD", "COVID cases", "SARS"), identities ("LGBT characters", "the
 * LGBTQ community"), an office's short name, which is a person's title, no body ("POTUS", "FLOTUS"), an award
 * ("the MVP") and a contact line's labels ("TEL", "FAX"); a company officer's title ("VP analyst", "SVP of
 * sales", "the CIO"; not "SVP", also a Swiss party's initialism), a price index or a tax ("core CPI", "raise VAT"), and the mainstream media ("the MSM").
 */
const NOT_INITIALISMS = words(
  `ceo cfo tv ai gdp pm am utc gmt bst cet est et edt pst pdt ok usd id pdf faq rss usb gps dna hiv ii iii iv hd pc
  tt sigint elint humint osint imint suv dvd vod hdr vpn rgb led lcd oled ssd hvac awd rwd ecg ekg mri icu url api sms
  html xml json http https cpu gpu hdmi vr os ram hdd nfc lte ev ipo cto coo ac ips css svg ndlr
  apk ux ui sql reit reits pe pr ict foss aa ir cte ptsd adhd lgbt lgbtq lgbtqia lgbti
  covid sars mers aids copd potus flotus mvp fax tel cgi msrp mbs cst cdt mst mdt aest aedt awst acst jst kst cest
  vp evp avp cmo cio ciso cpi ppi pmi vat gst msm`,
);

/** Initialisms of countries and unions of them: places, not organisations ("U.S. lawmakers"). */
export const COUNTRY_INITIALISMS = words("us usa uk uae");

/**
 * Places and unions written with dotted initials before a name they qualify ("D.C. United", "L.A.
 * Times", "U.N. Security Council"): no given name's initials.
 */
const PLACE_INITIALS = words("us usa uk uae dc la ny nyc nj sf un eu");

/**
 * A given name's initials, then a surname, as a person is written ("P.J. Fleck", "J. Smith", "J.R.
 * Smith"): a name compromise cannot tag, since it knows neither the initials nor every surname.
 * One surname only ("A.J. Foyt Racing" is a team). Not a place's or union's initials
 * (PLACE_INITIALS), a title's ("P.M."), or a body's head after them.
 */
function initialsThenSurname(tokens: readonly Token[]): boolean {
  const [initials, surname] = tokens;
  if (tokens.length !== 2 || initials === undefined || surname === undefined) return false;
  // "P.J." keeps its periods, then a space; "J" lost its period to the gap ("J. Fleck", not "R-Tex").
  const gap = surname.start - initials.end;
  if (!(/^(?:\p{Lu}\.){2,3}$/u.test(initials.raw) ? gap === 1 : /^\p{Lu}$/u.test(initials.raw) && gap === 2))
    return false;
  if (PLACE_INITIALS.has(initials.key) || NOT_INITIALISMS.has(initials.key)) return false;
  // A word that opens a sentence is no surname: "… and Xbox One X. And" ended a sentence on a letter.
  if (OPENERS.has(surname.key)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(surname.raw) && !ORG_HEADS.has(surname.key) && !GENERIC_TAILS.has(surname.key);
}

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.raw);
const isInitialism = (token: Token) => /^\p{Lu}{2,6}$/u.test(token.exact) || /^(?:\p{Lu}\.){2,}$/u.test(token.raw);

/** Gaps allowed inside one name: a space, a hyphen, or an initial's period ("Frank M. Bradley"). */
function joins(text: string, before: Token, after: Token): boolean {
  const gap = text.slice(before.end, after.start);
  if (/^[ \u00a0]$|^[-‐‑]$/u.test(gap)) return true;
  // "Nyong'o", "O’Brien": an apostrophe inside a name, not a possessive or a contraction ("Don't").
  if (/^['’]$/u.test(gap) && /^\p{L}/u.test(after.raw) && !/^(?:s|t|ll|re|ve|d|m)$/iu.test(after.raw)) return true;
  return gap === ". " && (/^\p{Lu}$/u.test(before.raw) || TITLES.has(before.key) || nameAbbreviation(text, before));
}

/** "St." opening a name ("St. Louis"), not a street's closing a sentence ("on Main St. Ana Ruiz …", "5th St."). */
function nameAbbreviation(text: string, token: Token): boolean {
  if (!NAME_ABBREVIATIONS.has(token.raw)) return false;
  const word = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+$/u.exec(text.slice(0, token.start))?.[1];
  return word === undefined || word === "The" || !/^[\p{Lu}\p{N}]/u.test(word);
}

/** The word for a saint before their name: "St. Mary’s", "Saint John’s". */
const SAINT_WORDS = words("st saint ste");
/** Short words that open a place's or a saint's name, written with a period: "St. Louis", "Mt. Everest", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(["St", "Ste", "Mt", "Ft"]);

/**
 * Second halves of compound words that set something in a place, so the first half names the place
 * itself: "Moscow-based", "Moscow-born", "Moscow-bound", "Moscow-area" (where "Moscow-led" and
 * "Moscow-backed" name who leads or backs it, a government a capital may stand for).
 */
export const PLACED_PARTS = words(`based born bound area`);

/** Lower-case second halves of compound words that describe rather than name: "Amazon-owned", "Seattle-based". */
const DESCRIPTIVE_PARTS = new Set([
  ...PLACED_PARTS,
  ...words(`
  owned led linked backed run made style era type like wide affiliated aligned funded
  controlled dominated allied sponsored friendly related speaking language year old level class term time
  off up in out elect wing made sized focused centric
`),
]);

/**
 * A lower-case past participle hyphened to a name, which makes the pair a modifier: "Wi-Fi-enabled",
 * "Acme-powered", "fibre-connected". No name's lower-case part (a given name's syllable: "Ing-wen",
 * "Jae-in", "Yuet-ngor") ends so.
 */
const PARTICIPLE_PART = /^\p{Ll}{3,}ed$/u;

/**
 * A lower-case part joined inside one word ("Tsai Ing-wen", "Yuet-ngor", "Nyong'o"): part of the
 * name, unless it is a descriptive half ("Amazon-owned", "Acme-powered").
 */
function namePart(text: string, before: Token, after: Token): boolean {
  const gap = text.slice(before.end, after.start);
  return (
    /^[-‐‑'’]$/u.test(gap) &&
    /^\p{Ll}+$/u.test(after.raw) &&
    !DESCRIPTIVE_PARTS.has(after.key) &&
    !(/^[-‐‑]$/u.test(gap) && PARTICIPLE_PART.test(after.raw)) &&
    isCapitalised(before)
  );
}

/**
 * "Committee for a Responsible Federal Budget", "Center for an Urban Future": a body's head, "for",
 * then an article and a capitalised word go on with one body's name. `j` is the "for".
 */
function bodyForA(tokens: readonly Token[], j: number): boolean {
  const head = tokens[j - 1];
  const next = tokens[j + 2];
  return (
    tokens[j]?.raw === "for" &&
    head !== undefined &&
    isCapitalised(head) &&
    ORG_HEADS.has(head.key) &&
    /^an?$/u.test(tokens[j + 1]?.raw ?? "") &&
    next !== undefined &&
    isCapitalised(next)
  );
}

/**
 * A surname with a verb of reporting glued to it, no space between ("Madrigalreports"): a page's
 * link ran into the word after it. Only verbs no surname ends in ("said", "told" are left out:
 * "Bousaid", "Bertold").
 */
const GLUED_VERB =
  /^(\p{Lu}\p{Ll}{2,})(?:reports|reported|writes|wrote|explains|explained|argues|argued|notes|noted)$/u;

/** True when the token is followed by a possessive "’s" / "'s". */
function possessiveAfter(text: string, token: Token, next: Token | undefined): boolean {
  return next !== undefined && next.key === "s" && /^['’‘ʼ]$/u.test(text.slice(token.end, next.start));
}

/**
 * Whether a group's plural possessive, then a body's head, goes on as one body's name: "San Tomas
 * Magistrates’ Court", "the Nurses' Union". The plural is a group (`COLLECTIVES`) or people by trade
 * as compromise's lexicon knows them (its `Actor` tag: "magistrates", "nurses"); a party's members
 * ("Republicans’ Senate majority") and a chamber after them own what follows, not name it.
 */
function pluralPossessiveHead(text: string, token: Token, next: Token): boolean {
  if (!/^['’] $/u.test(text.slice(token.end, next.start)) || !isCapitalised(next)) return false;
  if (!ORG_HEADS.has(next.key) || CHAMBERS.has(next.key) || !token.key.endsWith("s")) return false;
  if (COLLECTIVES.has(token.key)) return true;
  const tags = termTags(token.key)[0];
  return tags !== undefined && tags.has("Plural") && tags.has("Actor");
}

interface Tagged {
  readonly person: boolean;
  readonly organisation: boolean;
  readonly place: boolean;
  /** The span is a demonym ("Mexican", "Latin American"), not a name. */
  readonly demonym: boolean;
  /** compromise reads the one word as an acronym ("FBI", "GRU"), not a word in capitals ("TOPICS"). */
  readonly acronym: boolean;
}

/**
 * How many spans' readings a thread keeps (`tagSpan`, `firstTags`). Tagging is the costly step of
 * reading names, and the spans that recur (names, common openers) stay cached; a build of 20,000
 * articles meets more distinct spans than it needs to keep, so the least recently used ones go.
 */
const TAG_CACHE_SIZE = 20_000;
const OPEN_CACHE_SIZE = 5_000;

const tagCache = new LruCache<string, Tagged>(TAG_CACHE_SIZE);

/** compromise's reading of a span on its own, cached per distinct span. */
function tagSpan(span: string): Tagged {
  return tagCache.getOrMake(span, readSpan);
}

/** compromise's reading of a span on its own. */
function readSpan(span: string): Tagged {
  const tags = termTags(span);
  const any = (tag: string) => tags.some((t) => t.has(tag));
  return {
    person: any("Person"),
    organisation: any("Organization"),
    place: any("Place"),
    // "Mexican", "Latin American": a demonym, with only common words before it.
    demonym:
      (tags.at(-1)?.has("Demonym") ?? false) &&
      tags
        .slice(0, -1)
        .every((t) => !t.has("ProperNoun") && !t.has("Person") && !t.has("Place") && !t.has("Organization")),
    acronym: tags.length === 1 && (tags[0]?.has("Acronym") ?? false),
  };
}

/** A U.S. party's letter and a dash right before a state's name: "(D-Conn.)", ", R–Texas,". */
const PARTY_TAG_BEFORE = /(?:^|[\s(,])[DRI]\s?[-‐‑–—]\s?$/u;

/** Parts of speech that open a clause and never begin a name: a verb, an adverb, a preposition, a conjunction. */
const CLAUSE_WORDS = ["Verb", "Adverb", "Preposition", "Conjunction"];

const openCache = new LruCache<string, ReadonlySet<string>>(OPEN_CACHE_SIZE);

/** compromise's tags of the first word of `span`, read in the span, cached per span. */
function firstTags(span: string): ReadonlySet<string> {
  return openCache.getOrMake(span, (key) => termTags(key)[0] ?? new Set<string>());
}

/** Whether tags read a word as a clause word and not as a noun (`verbs` false: not a verb either). */
function clauseWord(tags: ReadonlySet<string>, verbs: boolean): boolean {
  return (
    CLAUSE_WORDS.some((tag) => tags.has(tag)) &&
    (verbs || !tags.has("Verb")) &&
    !tags.has("Noun") &&
    !tags.has("Person")
  );
}

/**
 * Whether the first word of a capitalised run opening a sentence is an ordinary word there, not
 * part of the name after it: compromise reads it, in the run, as a verb, an adverb, a preposition
 * or a conjunction and not as a noun ("Consider Victor …", "Regarding Mexico", "Instead Mexico").
 * A word alone (`verbs` false) counts only as an adverb, a preposition or a conjunction: a
 * surname like "Quiñones" may read as a verb. The word is read alone first (cached per word,
 * so a run costs a tagging only when its first word may be a clause word), then in the run.
 */
export function opensAsWord(span: string, verbs = true): boolean {
  const word = /^\S+/u.exec(span)?.[0] ?? "";
  if (!clauseWord(firstTags(word), verbs)) return false;
  return word === span || clauseWord(firstTags(span), verbs);
}

/** Words that open a storm's name ("Hurricane Maria", "Typhoon Haiyan", "Tropical Storm Alberto"). */
const STORM_WORDS = words("hurricane typhoon cyclone storm depression");

/** Parts of speech a given name never is: "Both Trump and …", "Only Biden can", "Yesterday Trump said", "Republican Trump". */
const NOT_NAME_WORDS = [
  "Determiner",
  "Adverb",
  "Conjunction",
  "QuestionWord",
  "Date",
  "Adjective",
  "Verb",
  "Preposition",
  "Pronoun",
  "Actor",
  "Plural",
];

/**
 * Whether the first word of `span` ("Both Trump", "Even Trump") is an ordinary word there and not
 * a given name, as compromise reads it in the span: a determiner, an adverb, a conjunction, a
 * question word, a date, an adjective, a verb, a preposition, a pronoun or a role noun, and not a
 * person's name. Cached per span (`firstTags`).
 */
export function opensAsOrdinaryWord(span: string): boolean {
  const tags = firstTags(span);
  return NOT_NAME_WORDS.some((tag) => tags.has(tag)) && !tags.has("Person") && !tags.has("FirstName");
}

/** Auxiliaries that are also given names ("Will"), which open a yes–no question. */
const NAMED_AUXILIARIES = words("will");

/**
 * Whether the sentence is a yes–no question opened by an auxiliary that is also a given name:
 * "Will Warren continue to face the heat?". The auxiliary, a capitalised name of one or two
 * words, then a verb's bare form in lower case, in a sentence ending on a question mark: the
 * first word asks, it names no one ("Will Smith said …" ends on no question mark).
 */
function questionAuxiliary(text: string, tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || !NAMED_AUXILIARIES.has(first.key) || !/\?["”’']?\s*$/u.test(text)) return false;
  let k = 1;
  while (k < tokens.length && k <= 2 && isCapitalised(tokens[k] as Token)) k += 1;
  const verb = tokens[k];
  if (k === 1 || verb === undefined || !/^\p{Ll}+$/u.test(verb.raw)) return false;
  if (!/^\s+$/u.test(text.slice((tokens[k - 1] as Token).end, verb.start))) return false;
  return termTags(verb.raw).some((tags) => tags.has("Infinitive"));
}

/** The kind of a name: `before` is the text before it in its sentence. */
function kindOf(tokens: readonly Token[], span: string, before = ""): NameKind | undefined {
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  // "Pat Roe Award for Service", "Medal of Honor": an award with what it is for names no body, though a body's head closes it.
  if (tokens.some((t, k) => k > 0 && AWARD_HEADS.has(t.raw) && BODY_SUBJECT.has(tokens[k + 1]?.raw ?? "")))
    return undefined;
  if (tokens.length > 1 && (ORG_HEADS.has(last.key) || ORG_OPENERS.has(first.key))) return "organisation";
  // "Palm Cove Resort and Spa": a lodging's two heads joined by "and" (`lodgingsAnd`).
  if (
    tokens.length > 3 &&
    tokens.at(-2)?.raw === "and" &&
    LODGING_HEADS.has(last.key) &&
    ORG_HEADS.has(tokens.at(-3)?.key ?? "")
  )
    return "organisation";
  // "Marla’s Corner Bakery": an owner's possessive, then an eating house's head, is the house's name.
  if (tokens.length > 2 && SHOP_HEADS.has(last.key) && /['’]s\s/u.test(span)) return "organisation";
  // "Banca Monte dei Paschi di Siena SpA": a company's legal form closes no person's name.
  if (tokens.length > 1 && legalForm(last)) return "organisation";
  // "National Institute on Drug Abuse", "Center for Strategic Studies": a body's head, then what it is for;
  // "Ohio Department of Health", "Boston Journal of Surgery": a head after a word, then what it is of
  // (first, "Union of Myanmar" may be a country's; "Ana Ruiz of the University of Otago" is a person
  // and a body, a small word before the head).
  if (
    tokens.some(
      (t, k) =>
        k + 2 < tokens.length &&
        ORG_HEADS.has(t.key) &&
        /^\p{Lu}/u.test(t.raw) &&
        (BODY_OF.has(tokens[k + 1]?.raw ?? "") ||
          (k > 0 && tokens[k + 1]?.raw === "of" && tokens.slice(0, k).every(isCapitalised))),
    )
  )
    return "organisation";
  // "LA Auto Show", "Davis Cup Finals", "Affordable Care Act": an event's or a law's name names no
  // person, body or place, whatever words it holds.
  if (tokens.length > 1 && EVENT_HEADS.has(last.key)) return undefined;
  // "Academy Award for Best Actress", "Festival of Lights": so does such a head with what it is for or of.
  if (
    tokens.some(
      (t, k) => k > 0 && EVENT_HEADS.has(t.key) && /^\p{Lu}/u.test(t.raw) && BODY_SUBJECT.has(tokens[k + 1]?.raw ?? ""),
    )
  )
    return undefined;
  if (tokens.length === 1 && INSTITUTIONS.has(first.key)) return "organisation";
  // "Major League Soccer": a rank word before "League" opens a league's name (`titleOfBody`).
  if (tokens.length > 2 && TITLES.has(first.key) && TITLED_LEAGUES.has(tokens[1]?.key ?? "")) return "organisation";
  // "CBS Sports", "Sony Pictures": a company's initialism or known name, then a business it is in, is its division.
  if (tokens.length === 2 && BUSINESSES.has(last.key) && /^\p{Lu}/u.test(last.raw) && companyWord(first))
    return "organisation";
  // "passed the House", "Democrats in the House": "the House", capitalised alone, is a legislature's chamber.
  if (tokens.length === 1 && first.raw === "House" && /(?<!\p{L})the\s+$/iu.test(before)) return "organisation";
  // "Islamic State": a creed's adjective before a capitalised "State" is a movement calling itself a
  // state (a body, as the gold lists it), which compromise reads as an adjective and a noun; a
  // demonym's ("Palestinian State") is the country's.
  if (tokens.length === 2 && last.raw === "State" && CREED_ENDING.test(first.key) && !tagSpan(first.raw).demonym)
    return "organisation";
  if (SEATS.has(tokens.map((t) => t.key).join(" "))) return "organisation";
  // "#CollectiveBias, Inc.": a legal suffix alone, after its name's comma, is no name of its own.
  if (tokens.length === 1 && CORPORATE_SUFFIXES.has(first.key)) return undefined;
  if (platformName(tokens, span)) return "organisation";
  const tagged = tagSpan(span);
  if (tagged.demonym) return undefined;
  if ((tagged.person || tagged.place) && !tagged.organisation && outletNamed(tokens, span)) return "organisation";
  if (roleBeforeUnmet(tokens, before)) return "person";
  // "her sister Maya", "his son Barron": a one-word name after an owner's kin noun is a person's,
  // unless it reads as a place ("her husband Maplewood" is no shape of a name).
  if (tokens.length === 1 && OWNED_KIN_BEFORE.test(before) && !tagged.place) return "person";
  // "Northern Nevada", "West Lorton": a side of the map opens a region's or a town's name, never a person's.
  if (tagged.person && !tagged.organisation && tokens.length === 2 && SIDES.has(first.key)) return "place";
  if (tagged.person && !tagged.organisation) {
    // "Virginia Democrats": a party's members or a team's players, plural, name no one person
    // (a body's caucus, "Senate Democrats", reads as a body and stays one).
    if (tokens.length > 1 && last.key.endsWith("s") && LEADING_ROLES.has(last.key.slice(0, -1))) return undefined;
    return "person";
  }
  if (tagged.organisation) return "organisation";
  if (tagged.place && givenThenLandform(tokens)) return "person";
  // "Ohio Democrats": a party's members in a place name no place, as "Virginia Democrats" above name no person.
  if (tagged.place && tokens.length > 1 && partyPlural(last)) return undefined;
  // "the Iowa House", "the Utah Senate": a state's name before a chamber's is its legislature.
  if (tokens.length === 2 && CHAMBERS.has(last.key) && isUsStateName(first.raw)) return "organisation";
  // "Bank of America", "Museum of London": a body's word, "of", then a place names the body, not
  // the place ("Union of Myanmar" names a country: a union can be one).
  if (tagged.place && tokens.length > 2 && ORG_HEADS.has(first.key) && first.key !== "union" && tokens[1]?.raw === "of")
    return "organisation";
  if (tagged.place) return "place";
  if (initialsThenSurname(tokens)) return "person";
  if (tokens.length === 1 && COUNTRY_INITIALISMS.has(first.key)) return "place";
  if (tokens.length === 1 && isInitialism(first) && tagged.acronym && !NOT_INITIALISMS.has(first.key))
    return "organisation";
  // "#MethWeAreOnIt" is a hashtag, "@WeWork" a handle: words of a post, not names as the text writes them.
  if (brandNamed(tokens) && !/[#@]$/u.test(before)) return "organisation";
  return undefined;
}

/**
 * Whether a name is an outlet's: it ends in a word outlets are named with and the words before it
 * are no person's name ("San Francisco Chronicle", "Toronto Star", "Business Insider", which
 * compromise reads as a place or a person). A person's surname can be such a word ("Emily Post").
 */
function outletNamed(tokens: readonly Token[], span: string): boolean {
  const last = tokens.at(-1) as Token;
  if (tokens.length < 2 || !isOutletWord(last.key) || !isCapitalised(last)) return false;
  const before = span.slice(0, last.start - (tokens[0] as Token).start).trim();
  return !tagSpan(before).person;
}

/**
 * An honorific that only a person's name follows, capitalised, right before it: "Mr. Okonkwo",
 * "Ms Alvarez". Not "Dr" ("Dr Pepper", "Dr. Martens" are brands) nor "Miss" ("Miss Universe").
 */
const NAME_HONORIFICS = "Mr|Mrs|Ms|Ayatollah|Rabbi|Imam";
const HONORIFIC_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${NAME_HONORIFICS})\.?\s+$`, "u");

/**
 * Whether `before` ends on an honorific (`HONORIFIC_BEFORE`) that opens a person's name, not
 * one inside a work's title: the word before it is not capitalised, or opens the sentence ("But
 * Mr Mugabe refused"; not "The Marvelous Mrs. Maisel"), and the honorific and the name do not
 * fill a quotation (“Mrs Maisel” actress). `after` is the text after the name.
 */
function honorificBefore(before: string, after: string): boolean {
  const honorific = HONORIFIC_BEFORE.exec(before);
  if (honorific === null) return false;
  const opening = before.slice(0, honorific.index);
  if (/["“‘]$/u.test(opening) && QUOTE_CLOSES.test(after)) return false;
  const words = opening
    .trimEnd()
    .split(/\s+/u)
    .filter((w) => w !== "");
  return !/^\p{Lu}/u.test(words.at(-1) ?? "") || words.length === 1;
}

/** A kin noun after an owner's determiner right before a name: "her sister Maya" (not "its sister company"). */
const OWNED_KIN_BEFORE =
  /(?<!\p{L})(?:his|her|their|my|your|our)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|fiancée?|widow)\s+$/u;

/** A kin noun right before a name: "his wife Grace", "her son Barron". */
export const KIN_BEFORE =
  /(?<!\p{L})(?:wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|fiancée?|widow)\s+$/u;

/** Offices only a person holds, capitalised right before their name ("President", "Sen.", "Chancellor"). */
const OFFICE_TITLES =
  "President|Presidente|Sen|Senator|Rep|Congressman|Congresswoman|Councilman|Councilwoman|Assemblyman|Assemblywoman|Alderman|Gov|Governor|Gen|General|Adm|Admiral|Col|Colonel|Lt|Capt|Captain|Sgt|Pope|King|Queen|Prince|Princess|Mayor|Judge|Chancellor|Minister|Secretary|Chairman|Chairwoman|Speaker|Commissioner|Prof|Professor|Rev|Reverend|Sheriff|Ambassador";
/** An office's title right before a name: "Fed Chairman ", "Sen. ". */
const OFFICE_TITLE_BEFORE = new RegExp(`(?<!\\p{L})(?:${OFFICE_TITLES})\\.?\\s+$`, "u");
/**
 * Titles only a person holds, an office's or an honorific, capitalised right before a name
 * ("President Obama", "Mr. Reeves", "Dr. Ruiz"): a surname compromise reads as a person's after one
 * is that person's.
 */
export const PERSONAL_TITLE = new RegExp(
  `(?<!\\p{L})(?:${OFFICE_TITLES}|${NAME_HONORIFICS}|Dr|Sir|Dame|Lord|Sr|Sra|Pastor)\\.?\\s+$`,
  "u",
);

/** A surname's shape: a capital, then letters ending in lower case ("Merkel", "McCarthy", "O’Brien"). */
const SURNAME_SHAPE = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/**
 * Whether `token`, a lone capitalised word, is a surname because an office's title stands right
 * before it (`OFFICE_TITLE_BEFORE`; the honorifics are `honorificBefore`'s): shaped as one, no
 * title or role itself ("Mr. Speaker"), no head of a body's, an event's or a street's name
 * ("President Street"), no time word, no word compromise reads there as an ordinary word, a place
 * or a body, and not the whole of a quotation (“President Snow” is a character's name) or of a
 * line (a heading).
 */
function titledLoneSurname(token: Token, span: string, before: string, after: string): boolean {
  const title = OFFICE_TITLE_BEFORE.exec(before);
  if (title === null || !SURNAME_SHAPE.test(token.raw)) return false;
  if (/["“‘]$/u.test(before.slice(0, title.index)) && QUOTE_CLOSES.test(after)) return false;
  // "Princess Cyd", "5) Princess Cyd" alone on a line: a heading, a work's title, no one the prose names.
  if (/^[\W\d]*$/u.test(before.slice(0, title.index)) && /^\W*$/u.test(after)) return false;
  const heads = [TITLES, RUN_ROLES, ORG_HEADS, EVENT_HEADS, STREET_HEADS, TIME_WORDS];
  if (heads.some((list) => list.has(token.key))) return false;
  const tags = tagSpan(span);
  return !tags.place && !tags.organisation && !opensAsOrdinaryWord(span);
}

/** A word compromise knows on its own as a given name and not as a place ("Grace", "Ellen"; not "Virginia"). */
function givenName(token: Token): boolean {
  const tags = firstTags(token.raw);
  return tags.has("FirstName") && !tags.has("Place");
}

/** Landform nouns that are also surnames ("Ellen Marsh", "Tom Hill"); compromise reads any name ending in one as a place. */
const LANDFORM_SURNAMES = words(
  "marsh hill hills wood woods field fields brook brooks lake moor heath dale vale ford cliff grove",
);

/**
 * A given name, then a landform word: "Ellen Marsh", "Ruth Hill" are people. Only a word that
 * compromise knows on its own as a given name and not as a place counts ("Virginia Beach",
 * "Carol Stream" stay places: "Virginia" is a state, "stream" no surname here).
 */
function givenThenLandform(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && LANDFORM_SURNAMES.has((tokens[1] as Token).key) && givenName(tokens[0] as Token);
}

/** Surname prefixes written with a capital inside the name: "McConnell", "DeSantis", "LaGuardia", "VanderWal". */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Van|Von|St|Fitz)\p{Lu}/u;

/** A social platform's whole name, from the shared list ("Instagram", "Tumblr", "Truth Social"). */
const PLATFORM_NAME = new RegExp(`^${PLATFORM}$`, "iu");
/** Platforms whose name is also a letter or a common word ("X", "Threads", "Gab"): no company by the word alone. */
const WORDLIKE_PLATFORMS = words("x threads gab");

/**
 * Whether a capitalised span is a social platform's name: a company, also where it qualifies a
 * noun ("a Tumblr post", "his Instagram announcement"), as the gold lists it.
 */
function platformName(tokens: readonly Token[], span: string): boolean {
  return PLATFORM_NAME.test(span) && tokens.every(isCapitalised) && !WORDLIKE_PLATFORMS.has((tokens[0] as Token).key);
}

/**
 * A word with a capital inside it after lower-case letters, as firms write their names
 * ("WeWork", "SoftBank", "BamTech", "MarketAxess", "SpaceX"): no English word, person's or
 * place's name has that shape, except surnames with a prefix ("McConnell", "DeSantis").
 */
export function isBrandShaped(token: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(token.raw) &&
    !SURNAME_PREFIX.test(token.raw) &&
    // "ArrayLists": a plural is a term of a trade, as a firm's name is not.
    !/\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u.test(token.raw)
  );
}

/**
 * Whether a name's shape says a firm's: a brand-shaped word (`isBrandShaped`) alone ("WeWork") or
 * first, before the business it is in or a body's head ("DeltaCorp Software", "QuillWorks Group").
 * A brand-shaped word beside other words names a firm's product or a thing of code: "Acme
 * PlayBox VR", "the QuickNote Sync app", "ClassMaker Object"; so does one after another word
 * ("Acme CarLink": a maker's product).
 */
function brandNamed(tokens: readonly Token[]): boolean {
  const [first, ...rest] = tokens;
  return (
    first !== undefined &&
    isBrandShaped(first) &&
    rest.every((t) => BUSINESSES.has(t.key) || ORG_HEADS.has(t.key) || CORPORATE_SUFFIXES.has(t.key))
  );
}

/** The lodging heads (`LODGINGS`), and a spa that a lodging's name may join to them, as a set. */
const LODGING_HEADS = words(`${LODGINGS} spa`);

/**
 * "and" between two heads of one lodging house's name: "Palm Cove Resort and Spa", "Harbor Hotel
 * and Casino". Both heads capitalised, the second closing the name (no capitalised word after it).
 */
function lodgingsAnd(text: string, tokens: readonly Token[], j: number): boolean {
  const [head, and, second, after] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  if (head === undefined || and?.raw !== "and" || second === undefined) return false;
  if (!isCapitalised(head) || !isCapitalised(second) || !LODGING_HEADS.has(head.key) || !LODGING_HEADS.has(second.key))
    return false;
  if (text.slice(head.end, second.start) !== " and ") return false;
  return after === undefined || !isCapitalised(after) || text.slice(second.end, after.start) !== " ";
}

/**
 * A firm's name written with a small first letter before a capital ("eBay"), which no run of
 * capitalised words opens: one word that compromise's lexicon knows as an organisation's name and
 * as no person's or place's. A product written so ("iPhone", "iOS") it knows as no organisation.
 */
function lowerInitialBody(token: Token): boolean {
  if (!/^\p{Ll}{1,2}\p{Lu}\p{L}+$/u.test(token.raw)) return false;
  const tagged = tagSpan(token.raw);
  return tagged.organisation && !tagged.person && !tagged.place;
}

/** A party's member, as a noun: "a Virginia Democrat", "Texas Republican Ana Ruiz". */
const PARTY_MEMBERS = words(PARTY_MEMBER_NOUNS.join(" ").toLowerCase());
/** A noun's plural ("Tory" → "tories"), lower case. */
const pluralOf = (noun: string): string => (noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`);
/** The plurals of the party members' nouns ("Republicans", "Tories"). */
const PARTY_PLURALS = new Set([...PARTY_MEMBERS].map(pluralOf));

/**
 * The names of the party a plural of its members names, as name keys ("republicans" → "republican
 * party", "gop"; "democrats" → "democrat party", "democratic party"); empty for any other key.
 */
export function membersParty(key: string): string[] {
  const member = [...PARTY_MEMBERS].find((noun) => pluralOf(noun) === key);
  if (member === undefined) return [];
  // The Republican Party's own nickname, "GOP" (the Grand Old Party).
  return [`${member} party`, `${member}ic party`, ...(member === "republican" ? ["gop"] : [])];
}

/** Whether a token is a party's members as a capitalised plural ("Democrats", "Tories"; `PARTY_MEMBER_NOUNS`). */
function partyPlural(token: Token): boolean {
  return PARTY_PLURALS.has(token.key) && /^\p{Lu}\p{Ll}/u.test(token.raw);
}

/**
 * Words for a party's member, a player's position or a judge's title ("Justice Irma Villegas"),
 * capitalised before a name; none is part of it when a person's name remains.
 */
const LEADING_ROLES = new Set([...PARTY_MEMBERS, ...words(PLAYER_NOUNS.replace(/\|/gu, " ")), "justice"]);

/** Whether the words left after a leading role are a person's name: compromise's reading, or its shape. */
function personRemains(rest: readonly Token[]): boolean {
  const last = rest.at(-1) as Token;
  const span = rest.map((t) => t.raw).join(" ");
  const tagged = tagSpan(span);
  return (
    (tagged.person && !tagged.organisation) ||
    (personShaped(rest) && !ORG_HEADS.has(last.key) && !tagged.organisation && !tagged.place)
  );
}

/**
 * Whether the title word at `k` ("General", "Executive") is followed, one space on, by a
 * capitalised body's head ("General Assembly", "Executive Committee", "General Motors"): a
 * title names a person's office only before a person's name, so here it is a word of the
 * body's own name.
 */
function titleOfBody(text: string, tokens: readonly Token[], k: number): boolean {
  const title = tokens[k];
  const head = tokens[k + 1];
  return (
    title !== undefined &&
    head !== undefined &&
    TITLES.has(title.key) &&
    isCapitalised(head) &&
    (ORG_HEADS.has(head.key) || TITLED_LEAGUES.has(head.key)) &&
    text.slice(title.end, head.start) === " "
  );
}

/**
 * "Major League Baseball", "Major League Gaming": a rank word right before "League" opens a
 * league's name, never a title before a person's (no one is called "League Gaming"). Not an
 * organisation's last word (`ORG_HEADS`): "League of Legends" is a game.
 */
const TITLED_LEAGUES = words("league");

/** Drops sentence openers, and titles and roles in front of a name, and connectors after it. */
function trim(
  text: string,
  tokens: readonly Token[],
  sentenceStart: boolean,
  parts: ReadonlySet<Token> = new Set(),
): Token[] {
  let from = 0;
  let to = tokens.length;
  const at = (i: number) => tokens[i] as Token;
  // "He Jianxiong, the former director, said": a surname spelt as an opener ("He") begins a Chinese name.
  // "The We Company", "The One Foundation": after a capitalised "The", an opener that leaves only a
  // body's head word is the body's own name.
  const ownName = (i: number) =>
    i === 1 && at(0).raw === "The" && to - i === 2 && isCapitalised(at(i)) && ORG_HEADS.has(at(i + 1).key);
  while (
    from < to - 1 &&
    OPENERS.has(at(from).key) &&
    !(to - from === 2 && pinyinPair(at(from), at(from + 1))) &&
    !ownName(from)
  )
    from += 1;
  // A Spanish article before an institution's name: "La Fiscalía General" (not "Los Cuinis").
  if (from < to - 1 && ARTICLES.has(at(from).key) && ORG_OPENERS.has(at(from + 1).key)) from += 1;
  // A sentence's first word joined to a name by a connector: "Habló la Secretaría de Seguridad".
  // Not a title that opens the sentence: "Secretary of State Rubio said" is cut after its role below.
  if (sentenceStart && from === 0 && to > 2 && !isCapitalised(at(1)) && !TITLES.has(at(0).key)) {
    from = 1;
    while (from < to - 1 && !isCapitalised(at(from))) from += 1;
  }
  // A title with its role words ("Defense Minister", "Secretary of State", "Mexican Foreign
  // Secretary") is cut when a title word is in it; "National Guard" has none and stays whole.
  let lastTitle = -1;
  // "Secretaría de Seguridad" is an institution, not a title.
  for (let i = ORG_OPENERS.has(at(from).key) ? to : from; i < to - 1; i += 1) {
    const key = at(i).key;
    // "Speaker Nancy Pelosi", "Superintendent Jennifer McCormick": a role noun with a name after it.
    // "General Assembly", "Executive Committee": a title word right before a body's head is part of the body's name.
    if (titleOfBody(text, tokens, i) && (i === from || !TITLES.has(at(i - 1).key))) break;
    if (TITLES.has(key) || PLURAL_TITLES.has(key) || (RUN_ROLES.has(key) && to - i >= 3)) lastTitle = i;
    else if (ROLE_FIELDS.has(key) || CONNECTORS.has(key)) continue;
    // Only a demonym right before a title or role is part of one ("Mexican Foreign Secretary").
    else if (!(TITLES.has(at(i + 1).key) || ROLE_FIELDS.has(at(i + 1).key)) || !tagSpan(at(i).raw).demonym) break;
  }
  if (lastTitle >= 0) {
    from = lastTitle + 1;
    while (from < to - 1 && (CONNECTORS.has(at(from).key) || ROLE_FIELDS.has(at(from).key))) from += 1;
    // "Miss USA Cheslie Kryst": the pageant's title is the honorific with its place; the name follows.
    if (at(lastTitle).key === "miss" && to - from >= 3 && tagSpan(at(from).raw).place) from += 1;
  }
  // "Republican Phil Bryant", "Defenseman Jonas Brodin", "Rookie Tanner Morgan": a party's member
  // or a player's position before a person's name is no part of it ("Republican National
  // Committee" stays whole: what is left is no person's name).
  // "Virginia Democrat Jane Doe", "New York Republican Ana Ruiz": the state (or wing) a member is
  // of, then the party, before the name; no one's name holds a party's noun, so neither is part of it.
  for (const party of [from + 1, from + 2]) {
    if (party > to - 3 || !PARTY_MEMBERS.has(at(party).key)) continue;
    if (personRemains(tokens.slice(party + 1, to))) from = party + 1;
    break;
  }
  while (
    from < to - 2 &&
    LEADING_ROLES.has(at(from).key) &&
    isCapitalised(at(from + 1)) &&
    personRemains(tokens.slice(from + 1, to))
  )
    from += 1;
  from = afterLeadingRole(tokens, from, to);
  while (from < to && !isCapitalised(at(from))) from += 1;
  while (to > from && !isCapitalised(at(to - 1)) && !parts.has(at(to - 1))) to -= 1;
  // "U.S. DEA": the country before an initialism is not part of its name.
  if (to - from === 2 && (at(from).key === "us" || at(from).key === "uk") && isInitialism(at(from + 1))) from += 1;
  if (tokens.slice(from, to).every((t) => TITLES.has(t.key) || OPENERS.has(t.key))) return [];
  // "Democratic Reps. Ana Ruiz and …": an abbreviated plural title closes no one's name (the names follow it).
  if (to > from && PLURAL_ABBREVIATIONS.has(at(to - 1).key)) return [];
  return tokens.slice(from, to);
}

/**
 * Where a person's name starts after words that, read in lower case, are a role or a credit:
 * "Poet Ann Vale", "Sociologist Jo Reyes", "MUSIC COMPOSER Dan Roe", "Former Springfield Rifleman
 * Tom Bell" (ending on a noun of a person by trade in compromise's lexicon, `endsOnPersonNoun`),
 * "STORY BY Ana Ruiz" (ending on "by"). Only before a given name opening a name of two words or
 * more that reads as a person's, with no body's word in the lead ("Columbia University Mailman
 * School of Public Health" is a school), and never from a given name ("Hunter S. Thompson": "hunter" is a trade too). The
 * longest such lead wins ("CONSULTING PRODUCER Mia Ortiz" drops both words). `from` when none.
 */
function afterLeadingRole(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  // A lead needs two words after it: a shorter run has none to drop, whatever its first word is
  // (asked first: `givenName` is a tagging of its own).
  if (first === undefined || to - from < 3 || givenName(first)) return from;
  // "Saint John’s University": a saint is no role before a person's name, but part of the name.
  if (SAINT_WORDS.has(first.key)) return from;
  for (let k = Math.min(to - 3, from + 3); k >= from; k -= 1) {
    const lead = tokens.slice(from, k + 1);
    const last = lead.at(-1) as Token;
    const phrase = lead.map((t) => t.raw.toLowerCase()).join(" ");
    if (lead.some((t) => !/^\p{L}+$/u.test(t.raw) || ORG_HEADS.has(t.key))) continue;
    const next = tokens[k + 1] as Token;
    if ((last.key === "by" || endsOnPersonNoun(phrase)) && givenName(next) && personRemains(tokens.slice(k + 1, to)))
      return k + 1;
    // "Inspector Anil Maharaj": one capitalised person's noun before a name no lexicon knows.
    if (k === from && endsOnPersonNoun(phrase) && unmetName(tokens.slice(k + 1, to))) return k + 1;
  }
  return from;
}

/**
 * Whether words are a person's name compromise has never met ("Anil Maharaj", "Deqa Dhalac"): two
 * or three, shaped as a person's name (`personShaped`), none a body's head, none a word its lexicon
 * holds as a word of the language, and read as no place and no body.
 */
function unmetName(run: readonly Token[]): boolean {
  if (run.length < 2 || run.length > 3 || !personShaped(run)) return false;
  if (run.some((t) => ORG_HEADS.has(t.key) || CONNECTORS.has(t.key) || lexiconWord(t.key))) return false;
  const tagged = tagSpan(run.map((t) => t.raw).join(" "));
  return !tagged.place && !tagged.organisation;
}

/** An age set off by commas or brackets right after a name: "Ana Ruiz, 54, said", "Ana Ruiz (54)". */
const AGE_AFTER = /^(?:,\s*\d{1,3}(?=\s*[,.;)—–]|\s+(?:and|of|from|who)\s)|\s*\(\d{1,3}\))/u;

/**
 * Whether a name compromise has never met has an age set off after it (`AGE_AFTER`), as news copy
 * gives a person's: a given name alone ("Khaleel, 22,"), no word of the language nor a place's or
 * a body's name, or a full name (`unmetName`).
 */
function agedUnmet(text: string, run: readonly Token[]): boolean {
  if (!AGE_AFTER.test(text.slice((run.at(-1) as Token).end))) return false;
  if (run.length > 1) return unmetName(run);
  const word = run[0] as Token;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.raw) || lexiconWord(word.key) || ORG_HEADS.has(word.key)) return false;
  const tagged = tagSpan(word.raw);
  return !tagged.place && !tagged.organisation;
}

/** A capitalised noun of a person by trade right before a name: "… by Inspector ". */
const ROLE_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s$/u;

/**
 * Whether a name compromise has never met (`unmetName`) has a capitalised noun of a person by trade
 * in compromise's lexicon right before it ("Inspector Anil Maharaj", "Constable Deqa Dhalac"): the
 * role says the name is a person's, as a title does.
 */
function roleBeforeUnmet(tokens: readonly Token[], before: string): boolean {
  const role = ROLE_WORD_BEFORE.exec(before)?.[1];
  return role !== undefined && endsOnPersonNoun(role.toLowerCase()) && unmetName(tokens);
}

/**
 * Whether a word compromise reads only as a place's abbreviation ("Fla", "Ut"), written in a
 * capital and small letters, has no full stop after it.
 */
function shortPlaceWithoutStop(text: string, token: Token): boolean {
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(token.raw) && firstTags(token.raw).has("Abbreviation") && text[token.end] !== ".";
}

/** compromise's tags of a name's word. */
const PROPER_TAGS = ["ProperNoun", "Person", "Place", "Organization"];
/** Connectors after a body's head that say what it is of or for ("Department of …", "Center for …", "Council on …"). */
const BODY_SUBJECT = words("of for on");

/**
 * "and" inside a body's name, joining the fields its head is of or for: "Center for Health and
 * Human Rights", "Department of Energy and Climate Change". Only after a head and its "of", "for"
 * or "on" in the run so far (`i`..`j`), and only before two or more capitalised common words
 * that name no body, person or place ("… of Justice and the FBI", "… of Defense and Treasury
 * Department", "… of Defence and Russia", "… of Justice and Goldman Sachs" are two names; a
 * single word after "and" may be a company's, "… of Justice and Apple"). A single common word
 * closes the name of a body that is no government office ("Institute of Standards and
 * Technology", "Museum of Natural History and Culture"): a department or a ministry is the body
 * a company is named beside ("Department of Justice and Apple"), and a government's field after
 * "and" names another department ("… of Commerce and Treasury").
 */
function bodyAnd(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (tokens[j + 1]?.raw !== "and" || !isCapitalised(tokens[j] as Token)) return false;
  if (!headedBody(tokens, i, j)) return false;
  let end = j + 2;
  // A hyphen joins a field's words as a space does ("South-East Asian Studies").
  while (
    end < tokens.length &&
    isCapitalised(tokens[end] as Token) &&
    (end === j + 2 || /^[ -]$/u.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start)))
  )
    end += 1;
  const field = tokens.slice(j + 2, end);
  // "Health and Human Services": a plural "Services" after one common word is what the body serves, a
  // field, where a singular head ("… of Justice and Secret Service") opens a body of its own.
  // A head word closes a body's name, so only the field's last word can be one: "International" in
  // "… of Strategic and International Studies" qualifies the field ("Amnesty International" aside).
  const headless = (t: Token, k: number) =>
    !ORG_HEADS.has(t.key) ||
    (k < field.length - 1 && !ORG_OPENERS.has(t.key)) ||
    (SERVED_FIELD.has(t.key) && k === 1 && field.length === 2);
  if (field.length === 0 || field.some((t, k) => ORG_OPENERS.has(t.key) || !headless(t, k) || TIME_WORDS.has(t.key)))
    return false;
  if (field.length === 1 && !singleField(tokens, i, j, field[0] as Token)) return false;
  // Fields are common words written with capitals ("Human Rights", "International Studies");
  // a company or a person after "and" is a name of its own even in lower case ("goldman sachs").
  // A demonym before the field's last word qualifies it ("South-East Asian Studies").
  const lower = field.map((t) => t.raw.toLowerCase()).join(" ");
  const tags = termTags(lower);
  return tags.every(
    (t, k) =>
      !PROPER_TAGS.some((tag) => t.has(tag)) ||
      (k < tags.length - 1 && t.has("Demonym") && !t.has("Person") && !t.has("Place") && !t.has("Organization")),
  );
}

/** Plural heads that also name what a body serves ("Department of Health and Human Services"): `bodyAnd`. */
const SERVED_FIELD = words("services");

/**
 * Whether one capitalised word after "and" (`field`) closes the fields of the body opened at `i`
 * (`bodyAnd`): the body's head is no government office's (`MINISTRIES`, `OFFICE_HEADS`), and the
 * words on both sides of "and" are common words, in lower case no name, neither a government's field.
 */
function singleField(tokens: readonly Token[], i: number, j: number, field: Token): boolean {
  const sides = [tokens[j] as Token, field];
  // "Bureau of Engraving and Printing", "Department of Housing and Planning": two activities (gerunds)
  // are one office's fields; a company beside an office is no activity ("… of Justice and Apple").
  const activities = termTags(sides.map((t) => t.raw.toLowerCase()).join(" "));
  if (
    activities.length === 2 &&
    sides.every((t) => /^\p{Lu}\p{Ll}{2,}ing$/u.test(t.raw)) &&
    activities.every((t) => !PROPER_TAGS.some((tag) => t.has(tag)))
  )
    return true;
  const heads = tokens.slice(i, j).filter((t) => ORG_HEADS.has(t.key) || ORG_OPENERS.has(t.key));
  if (heads.some((t) => MINISTRIES.has(t.key) || OFFICE_HEADS.has(t.key))) return false;
  if (sides.some((t) => ROLE_FIELDS.has(t.key) || isInitialism(t))) return false;
  const tags = termTags(sides.map((t) => t.raw.toLowerCase()).join(" "));
  return tags.length === 2 && tags.every((t) => t.has("Noun") && !PROPER_TAGS.some((tag) => t.has(tag)));
}

/**
 * "and" between the fields that open a body's name, before its head: "Securities and Exchange
 * Commission", "Food and Drug Administration", "University and College Union", "World Travel and
 * Tourism Council". Only in one noun phrase that an article opens ("the", "a"): in a list "and"
 * joins two names. The run so far (`i`..`j`, perhaps after a country's initialism: "U.S.
 * Securities") and the words after "and" up to the head are capitalised common words, the words
 * after "and" end on a body's head (`ORG_HEADS`), and no word is a date, an initialism or a body's
 * opener. A head before "and" is one body of two ("Army and Air Force", "Senate and House
 * Committee"), unless it is a plural, a field ("Universities and Colleges …"); so is a department's
 * field (`ROLE_FIELDS`: "Treasury and Justice Department"), and a qualifier after "and" opens a
 * name of its own ("Democrats and Republican Party"). A word read as a name even in lower case (a
 * company, a person, a place: "Microsoft and Harvard University") makes two names.
 */
function fieldsAnd(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (tokens[j + 1]?.raw !== "and" || !isCapitalised(tokens[j] as Token)) return false;
  const gap = (k: number) => text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
  // One noun phrase, opened by an article: "the Securities and …", "a Food and Drug Administration
  // inquiry"; in a list ("with Big Machine, Braun and The Carlyle Group") "and" joins two names.
  let from = (tokens[i] as Token).key === "the" ? i + 1 : i;
  const opened = from > i || /(?:^|[^\p{L}])(?:the|an?)\s+$/iu.test(text.slice(0, (tokens[i] as Token).start));
  if (!opened) return false;
  if (COUNTRY_INITIALISMS.has(tokens[from]?.key ?? "")) from += 1;
  const before = tokens.slice(from, j + 1);
  let end = j + 2;
  while (end < tokens.length && isCapitalised(tokens[end] as Token) && gap(end) === " ") end += 1;
  const after = tokens.slice(j + 2, end);
  const head = after.at(-1);
  if (before.length === 0 || before.length > 3 || after.length < 2 || after.length > 4 || gap(j + 2) !== " ")
    return false;
  if (head === undefined || !ORG_HEADS.has(head.key) || gap(j + 1) !== " ") return false;
  const words = [...before, ...after];
  if (
    words.some(
      (t) => TIME_WORDS.has(t.key) || isInitialism(t) || OPENERS.has(t.key) || (t !== head && ORG_OPENERS.has(t.key)),
    )
  )
    return false;
  for (let k = from + 1; k <= j; k += 1) if (gap(k) !== " ") return false;
  const tags = termTags(words.map((t) => t.raw.toLowerCase()).join(" "));
  if (tags.length !== words.length || tags.some((t) => PROPER_TAGS.some((tag) => t.has(tag)))) return false;
  // "Treasury and Justice Department": a department's field before "and" names a department of its own.
  if (before.some((t) => ROLE_FIELDS.has(t.key))) return false;
  // "Democrats and Republican Party": a qualifier after "and" ("Republican", "Democratic") makes its own name.
  if (tags.slice(before.length, -1).some((t) => t.has("Adjective"))) return false;
  return before.every((t, k) => !ORG_HEADS.has(t.key) || (tags[k]?.has("Plural") ?? false));
}

/**
 * A comma list of fields inside a body's name, closed by "and": "Council on Energy, Environment
 * and Water", "Ministry of Agriculture, Fisheries and Food". Read only after a head and its "of",
 * "for" or "on" in the run so far (`i`..`j`, as `bodyAnd`), and only when every listed field is
 * one capitalised common word and the field after "and" is one or more (no body, person, place,
 * date or a department's field: "… of Justice, Treasury and the FBI", "… of Energy, Mexico and …",
 * "… of Justice, Treasury and Commerce" are separate names).
 * Returns the index of the list's last token, or undefined when no such list follows token `j`.
 */
function bodyList(text: string, tokens: readonly Token[], i: number, j: number): number | undefined {
  if (!isCapitalised(tokens[j] as Token) || !headedBody(tokens, i, j)) return undefined;
  const gap = (k: number) => text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
  const fields: Token[] = [];
  let k = j + 1;
  // ", Environment": one capitalised word after each comma.
  while (k < tokens.length && gap(k) === ", " && isCapitalised(tokens[k] as Token) && tokens[k + 1]?.raw !== "and")
    fields.push(tokens[k++] as Token);
  // ", Environment and" / "Environment, and": the last listed field, then "and".
  if (k >= tokens.length || gap(k) !== ", " || !isCapitalised(tokens[k] as Token)) return undefined;
  fields.push(tokens[k] as Token);
  const and = k + 1;
  if (tokens[and]?.raw !== "and" || !/^,? $/u.test(gap(and))) return undefined;
  let end = and + 1;
  while (end < tokens.length && isCapitalised(tokens[end] as Token) && (end === and + 1 || gap(end) === " ")) end += 1;
  const closing = tokens.slice(and + 1, end);
  if (closing.length === 0 || gap(and + 1) !== " ") return undefined;
  const all = [...fields, ...closing];
  // "Department of Justice, Treasury and Commerce": a department's field after the first names another department.
  if (
    all.some(
      (t) =>
        ORG_OPENERS.has(t.key) ||
        ORG_HEADS.has(t.key) ||
        TIME_WORDS.has(t.key) ||
        ROLE_FIELDS.has(t.key) ||
        isInitialism(t),
    )
  )
    return undefined;
  const lower = all.map((t) => t.raw.toLowerCase()).join(" ");
  return termTags(lower).every((tags) => !PROPER_TAGS.some((tag) => tags.has(tag))) ? end - 1 : undefined;
}

/** Whether the run `i`..`j` so far holds a body's head followed by its "of", "for" or "on" ("Council on …"). */
function headedBody(tokens: readonly Token[], i: number, j: number): boolean {
  return tokens
    .slice(i, j)
    .some(
      (t, k) =>
        isCapitalised(t) &&
        (ORG_HEADS.has(t.key) || ORG_OPENERS.has(t.key)) &&
        BODY_SUBJECT.has(tokens[i + k + 1]?.raw ?? ""),
    );
}

/** Fields of study a body is "for" or "of", which its name may narrow with "on" (`bodyOn`). */
const RESEARCH_FIELDS = words("research studies study action policy");

/**
 * "on" inside a body's name, after its head and before its capitalised subject: "National
 * Institute on Drug Abuse", "Council on Foreign Relations". Elsewhere "on" ends a name ("Trump on
 * Monday", "the Acme Company on Elm Street").
 */
function bodyOn(tokens: readonly Token[], j: number): boolean {
  const head = tokens[j] as Token;
  const after = tokens[j + 2];
  // "Centre for Research on Energy and Clean Air": a body's field of study, after its "for" or "of", goes on with "on".
  const field = RESEARCH_FIELDS.has(head.key) && BODY_SUBJECT.has(tokens[j - 1]?.raw ?? "");
  return (
    tokens[j + 1]?.raw === "on" &&
    isCapitalised(head) &&
    (ORG_HEADS.has(head.key) || field) &&
    after !== undefined &&
    isCapitalised(after) &&
    !TIME_WORDS.has(after.key) &&
    !streetAfter(tokens, j + 2)
  );
}

/** Whether the capitalised words from token `k` end on a kind of road: "on Main Street" places a body, it does not close its name. */
function streetAfter(tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (end + 1 < tokens.length && isCapitalised(tokens[end + 1] as Token)) end += 1;
  return end > k && STREET_HEADS.has((tokens[end] as Token).key);
}

/**
 * Whether a person's name of two or three capitalised words starts at token `k` and ends the run
 * there (compromise reads it as a person): "… European Union Gordon Sondland and …".
 */
function personFollows(text: string, tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (
    end < tokens.length &&
    end - k < 3 &&
    /^\p{Lu}\p{Ll}/u.test((tokens[end] as Token).raw) &&
    (end === k || /^ $/u.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start)))
  )
    end += 1;
  if (end - k < 2) return false;
  const next = tokens[end];
  if (next !== undefined && isCapitalised(next) && joins(text, tokens[end - 1] as Token, next)) return false;
  const run = tokens.slice(k, end);
  if (run.some((t) => ORG_HEADS.has(t.key) || TITLES.has(t.key) || TIME_WORDS.has(t.key))) return false;
  const span = text.slice((tokens[k] as Token).start, (tokens[end - 1] as Token).end);
  const tagged = tagSpan(span);
  return tagged.person && !tagged.organisation && !tagged.place;
}

/**
 * Whether `beat`, the last word of a body's name before a role noun, is the beat the role covers
 * ("CBS Sports NFL Insider Jason La Canfora": the NFL is what the insider covers): an initialism
 * after a capitalised word that is none, and no country's ("Acme USA Director" keeps its country).
 * The body's name ends before it.
 */
function beatBeforeRole(before: Token, beat: Token): boolean {
  return isInitialism(beat) && !COUNTRY_INITIALISMS.has(beat.key) && isCapitalised(before) && !isInitialism(before);
}

/** Whether a word is a company's initialism ("CBS", "GE") or a name compromise knows only as a company's ("Sony"). */
function companyWord(token: Token): boolean {
  if (isInitialism(token)) return !COUNTRY_INITIALISMS.has(token.key);
  const tags = firstTags(token.raw);
  return tags.has("Organization") && !tags.has("Person") && !tags.has("Place");
}

/** Heads of an office named after the one who holds it. */
const OFFICE_HEADS = words("office department bureau");

/**
 * An office named after its holder's title, with a possessive inside its name: "Attorney
 * General's Office", "Prosecutor's Office", "Governor's Office". A possessive otherwise ends a
 * name, and the title words alone are no name. Returns the index of the head ("Office") when
 * the capitalised title words from `i` make one.
 */
function officeOf(text: string, tokens: readonly Token[], i: number): number | undefined {
  let j = i;
  while (j < tokens.length && j - i < 3 && TITLES.has((tokens[j] as Token).key) && isCapitalised(tokens[j] as Token)) {
    const next = tokens[j + 1];
    if (possessiveAfter(text, tokens[j] as Token, next)) {
      const head = tokens[j + 2];
      const spaced = head !== undefined && /^ $/u.test(text.slice((next as Token).end, head.start));
      // "the Baldwin County Sheriff's office": an office's head is often written in lower case.
      return spaced && OFFICE_HEADS.has(head.key) && (isCapitalised(head) || head.raw === "office") ? j + 2 : undefined;
    }
    if (next === undefined || !/^ $/u.test(text.slice((tokens[j] as Token).end, next.start))) return undefined;
    j += 1;
  }
  return undefined;
}

/**
 * The last token of an office's name that goes on to say where it serves: "Attorney’s Office
 * for the Western District of New York", "Prosecutor's Office of Sinaloa". Only a connector
 * ("for", "of", then perhaps "the") followed by capitalised words continues it.
 */
function officeScope(text: string, tokens: readonly Token[], head: number): number {
  let last = head;
  for (let k = head + 1; k < tokens.length; k += 1) {
    const word = tokens[k] as Token;
    if (!joins(text, tokens[k - 1] as Token, word)) break;
    if (isCapitalised(word) && !TIME_WORDS.has(word.key)) last = k;
    else if (!CONNECTORS.has(word.raw) && !(word.raw === "the" && CONNECTORS.has((tokens[k - 1] as Token).raw))) break;
  }
  return last;
}

/**
 * Names in `text` (one sentence), in order, not overlapping. `text` should be one sentence:
 * its first word is capitalised by grammar, so a lone first word counts only when compromise
 * recognises it. `familyNames` holds the name keys of surnames of register people the article
 * named: a given name neither reading knows before one of them ("Melania Trump" after "Donald
 * Trump") makes a relative's name, a person.
 */
export function findNames(sentence: string, familyNames: ReadonlySet<string> = new Set()): NameSpan[] {
  const codes = instrumentCodeSpans(sentence);
  const names = readNames(sentence, familyNames).filter(
    (span) => !instrumentName(sentence, span, codes) && !gluedWord(sentence, span),
  );
  // "Match.com", "Parse.ly": a site's name as its address is a body's where no name was read in it (`siteNames`).
  const sites = siteNames(sentence).filter(
    (site) => !names.some((span) => site.start < span.end && span.start < site.end),
  );
  if (sites.length === 0) return names;
  return [...names, ...sites.map((site): NameSpan => ({ ...site, kind: "organisation" }))].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * The names `findNames` leaves out because a market code follows them (`instrumentName`): "Dow
 * Jones Industrial Average .DJI", "Brent LCOc1". Name keys; an article that gives a name its
 * code names the instrument by it wherever else it writes it.
 */
export function instrumentNames(sentence: string): Set<string> {
  const codes = instrumentCodeSpans(sentence);
  if (codes.length === 0) return new Set();
  return new Set(
    readNames(sentence)
      .filter((span) => instrumentName(sentence, span, codes))
      .map((span) => nameKey(span.text)),
  );
}

/**
 * Whether a name stands right before a market code, one space apart, so that it names the
 * index, future or currency the code stands for ("the Nasdaq Composite .IXIC", "Brent LCOc1"),
 * not a body. A body's name by its head ("London Metal Exchange CMAL3": the exchange, then its
 * contract's code) stays a name.
 */
function instrumentName(text: string, span: NameSpan, codes: readonly CodeSpan[]): boolean {
  const code = codes.find((c) => c.start === span.end + 1 && text[span.end] === " ");
  if (code === undefined) return false;
  // "Toyota RAV4 Prime", "TOYOTA RAV4 PRIME": a capitalised word after the code goes on with a model's
  // name, which a market code never does; the name before it is its maker's.
  const next = /^ (\p{Lu}[\p{L}]*)/u.exec(text.slice(code.end))?.[1];
  if (next !== undefined && !TIME_WORDS.has(next.toLowerCase())) return false;
  const tokens = tokenize(span.text);
  return !(tokens.length > 1 && ORG_HEADS.has((tokens.at(-1) as Token).key));
}

/**
 * Whether a one-word name is written against letters of a script without capitals, with no
 * space or one ("IPアドレス", "KeyCDNの", "SMB プロトコル"): inside unspaced text a Latin word is
 * set off by its script alone, and its capitals are how the borrowed word is spelled ("IP",
 * "DOM", "SATA"), not the mark of a name they are in English prose. A name of two words or more still reads as one by
 * its spaced capitals ("Dana Whitcombe氏", `withoutCaselessLetters`).
 */
function gluedWord(text: string, span: NameSpan): boolean {
  if (/\s/u.test(span.text)) return false;
  return /\p{Lo}[^\S\n]?$/u.test(text.slice(0, span.start)) || /^[^\S\n]?\p{Lo}/u.test(text.slice(span.end));
}

/**
 * The text with each letter of a script that has no capitals (Han, kana, Hangul, Arabic, …) made
 * an ideographic space, offsets kept. A name is read by its capitals, so such letters never open
 * one; but Japanese and Korean write a particle or the next word with no space after a Latin
 * name ("Dana Whitcombe氏によると", "Quillboxの分析"), and read as one word with it they would
 * carry the clause into the name. The ideographic space is no gap a name joins across
 * (`joins`), so two Latin names either side of one particle stay two.
 */
function withoutCaselessLetters(text: string): string {
  return text.replace(/\p{Lo}+/gu, (run) => "\u3000".repeat(run.length));
}

/** `findNames` before market codes are read: names whose words a code follows are still in it. */
function readNames(sentence: string, familyNames: ReadonlySet<string> = new Set()): NameSpan[] {
  // "the Dow Jones Industrial Average .DJI", "(NYSE: ACME)": market codes name nothing, and end a name.
  const text = withoutCaselessLetters(withoutCodes(sentence));
  const tokens = tokenize(text);
  if (isShouted(tokens)) return [];
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!isCapitalised(first) || TIME_WORDS.has(first.key)) {
      if (lowerInitialBody(first))
        candidates.push({ start: first.start, end: first.end, text: first.raw, kind: "organisation" });
      i += 1;
      continue;
    }
    // "Will Warren win …?": a question's opening auxiliary is no given name (`questionAuxiliary`).
    if (i === 0 && questionAuxiliary(text, tokens)) {
      i = 1;
      continue;
    }
    // "The Attorney General's Office": an opener before the title is not part of the name.
    const from = OPENERS.has(first.key) && officeOf(text, tokens, i) === undefined ? i + 1 : i;
    const office = officeOf(text, tokens, from);
    if (office !== undefined) {
      const start = (tokens[from] as Token).start;
      const last = officeScope(text, tokens, office);
      const head = tokens[last] as Token;
      candidates.push({ start, end: head.end, text: text.slice(start, head.end), kind: "organisation" });
      i = last + 1;
      continue;
    }
    // Grow the run over capitalised words and connectors; a possessive or a time word ends it.
    let end = i;
    let j = i;
    const parts = new Set<Token>();
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      if (possessiveAfter(text, tokens[j] as Token, next)) {
        // "People’s Liberation Army", "Children’s Hospital": a group's possessive opens a body's name.
        const after = tokens[j + 2];
        // "Marla’s Bakery", "Jo’s Pizzeria": an owner's possessive opens an eating house's name too.
        if (after === undefined || !isCapitalised(after)) break;
        // "St. Mary’s College", "Saint John’s University": a saint's possessive opens the name of what is named after them.
        const saint = j > i && SAINT_WORDS.has((tokens[j - 1] as Token).key);
        if (!COLLECTIVES.has((tokens[j] as Token).key) && !shopAfter(tokens, j + 2) && !saint) break;
        if (text.slice(next.end, after.start) !== " ") break;
        parts.add(next);
        end = j + 1;
        j += 1;
        continue;
      }
      if (pluralPossessiveHead(text, tokens[j] as Token, next)) {
        end = j + 1;
        j += 1;
        continue;
      }
      // "covered Peru for The Guardian": a capitalised "The" after a connector opens another name (a
      // title's or an outlet's); inside one name the article is written small ("Museum of the City").
      if (next.raw === "The" && CONNECTORS.has((tokens[j] as Token).key) && j > i) break;
      if (!joins(text, tokens[j] as Token, next) || TIME_WORDS.has(next.key)) {
        const listed = bodyList(text, tokens, i, j);
        if (listed === undefined) break;
        end = listed;
        j = listed;
        continue;
      }
      // A title after a name starts the next one: "Joint Chiefs of Staff | Chairman Dan Caine".
      // Not after a connector ("Office of the Director of …") or in a Spanish body's name.
      const prev = (tokens[j] as Token).key;
      // "European Union Gordon Sondland": a body's name ends on its head word, then a person's begins;
      // so it does before the person's titles ("… Police Department Detective Lt. Ana Ruiz").
      let titled = j + 1;
      while (
        titled < tokens.length - 1 &&
        TITLES.has((tokens[titled] as Token).key) &&
        isCapitalised(tokens[titled] as Token)
      )
        titled += 1;
      if (j > i && ORG_HEADS.has(prev) && isCapitalised(tokens[j] as Token) && personFollows(text, tokens, titled))
        break;
      // "CBS Sports NFL Insider Jason La Canfora", "Indiana House Speaker Brian Bosma": a role
      // noun between a body and a person's name ends the body's name too.
      const role = RUN_ROLES.has(next.key) && personFollows(text, tokens, j + 2);
      if (
        (TITLES.has(next.key) || role) &&
        isCapitalised(next) &&
        !titleOfBody(text, tokens, j + 1) &&
        !CONNECTORS.has(prev) &&
        prev !== "the" &&
        !CORPORATE_SUFFIXES.has(next.key) &&
        !seniorSuffix(tokens, j + 1) &&
        !titleSurname(text, tokens, i, j + 1)
      ) {
        const before = tokens.slice(i, j + 1);
        const named = before.some((t) => !TITLES.has(t.key) && !ROLE_FIELDS.has(t.key) && !OPENERS.has(t.key));
        if (named && !before.some((t) => ORG_OPENERS.has(t.key))) {
          if (j > i && beatBeforeRole(tokens[j - 1] as Token, tokens[j] as Token)) end = j - 1;
          break;
        }
      }
      if (namePart(text, tokens[j] as Token, next)) parts.add(next);
      if (isCapitalised(next) || parts.has(next)) end = j + 1;
      else if (
        !CONNECTORS.has(next.raw) &&
        !(next.raw === "the" && CONNECTORS.has(prev)) &&
        !bodyForA(tokens, j) &&
        !bodyOn(tokens, j) &&
        !bodyAnd(text, tokens, i, j) &&
        !fieldsAnd(text, tokens, i, j) &&
        !lodgingsAnd(text, tokens, j)
      )
        break;
      j += 1;
    }
    let run = trim(text, tokens.slice(i, end + 1), i === 0, parts);
    i = end + 1;
    // "Why Can’t Taylor Swift Perform Her Own Songs?": a headline in title case goes on past the
    // name into its clause; a pronoun is in no name, so the name ends before it (and before the
    // verb that takes it).
    const pronounAt = run.findIndex((t, k) => k >= 2 && CLAUSE_PRONOUNS.has(t.key) && /^\p{Lu}\p{Ll}/u.test(t.raw));
    if (pronounAt >= 2) {
      const verbAt = pronounAt - 1;
      const cut = verbAt >= 2 && firstTags((run[verbAt] as Token).raw).has("Verb") ? verbAt : pronounAt;
      run = run.slice(0, cut);
      end = tokens.indexOf(run.at(-1) as Token);
    }
    // "the official Harbor Gazette Twitter account": the platform's name closes no name; the words
    // before it are the account's holder, and the platform is read on its own.
    const platform = run.at(-1);
    if (
      run.length >= 2 &&
      platform !== undefined &&
      !WORDLIKE_PLATFORMS.has(platform.key) &&
      PLATFORM_NAME.test(platform.raw) &&
      ACCOUNT_AFTER.test(text.slice(platform.end))
    ) {
      run = run.slice(0, -1);
      end = tokens.indexOf(run.at(-1) as Token);
      i = end + 1;
    }
    // "the Central Division", "the Mid-American Conference West Division": a league's division named
    // by its side of the map is a standing in a table, no body (the gold leaves it out); the
    // conference before it is one, and a name after it is read on its own ("… Division on Wisconsin").
    const side = run.findIndex((t, k) => SIDES.has(t.key) && isCapitalised(t) && run[k + 1]?.key === "division");
    if (side >= 0) {
      i = tokens.indexOf(run[side + 1] as Token) + 1;
      run = run.slice(0, side);
      if (run.length > 0) end = tokens.indexOf(run.at(-1) as Token);
    }
    if (run.length === 0) continue;
    // "a Virginia Democrat", "an Oklahoma Republican": a party's member described by their state is
    // no one's name (a name after them was cut off by `trim`); the state is a place the text names.
    if (run.length >= 2 && PARTY_MEMBERS.has((run.at(-1) as Token).key)) {
      const state = text.slice((run[0] as Token).start, (run.at(-2) as Token).end);
      if ((tagSpan(state).place || isUsStateName(state)) && !tagSpan(state).organisation)
        candidates.push({ start: (run[0] as Token).start, end: (run.at(-2) as Token).end, text: state, kind: "place" });
      continue;
    }
    // "after Republicans dropped their objections": a party's members, plural and capitalised, are
    // how the text names the party (a body, as the gold lists it); one member is no one's name.
    if (run.length === 1 && partyPlural(run[0] as Token)) {
      const only = run[0] as Token;
      candidates.push({ start: only.start, end: only.end, text: only.raw, kind: "organisation" });
      continue;
    }
    const atStart = run[0] === tokens[0] || /["“‘'(:—–-]\s*$/u.test(text.slice(0, (run[0] as Token).start));
    // "Consider Victor Muller Ferreira", "Regarding Mexico": an opening verb or adverb is capitalised by grammar.
    if (atStart && run.length > 1 && opensAsWord(text.slice((run[0] as Token).start, (run.at(-1) as Token).end)))
      run = run.slice(1);
    // "Tested by: Jane Roe RRP: £20": a person's name, then the next field's all-caps label and its colon.
    if (run.length > 2 && isInitialism(run.at(-1) as Token) && personShaped(run.slice(0, -1))) {
      const label = run.at(-1) as Token;
      if (text.startsWith(":", label.end)) {
        run = run.slice(0, -1);
        end = tokens.indexOf(run.at(-1) as Token);
      }
    }
    // "liked Dana Ruiz OK", "Ruiz OK'd it": "OK" is the word (all right, approved), never a name's last part.
    if (run.length > 1 && (run.at(-1) as Token).raw === "OK") {
      run = run.slice(0, -1);
      end = tokens.indexOf(run.at(-1) as Token);
    }
    // "the Honda I own", "Maria Lopez I think": "I" before a lower-case word is the pronoun opening
    // a clause, unless a lone given name comes before it as a regnal numeral ("Elizabeth I ruled").
    const pronoun = run.at(-1) as Token;
    if (run.length > 1 && pronoun.raw === "I" && /^ \p{Ll}/u.test(text.slice(pronoun.end))) {
      const before = run.slice(0, -1);
      if (before.length > 1 || !tagSpan((before[0] as Token).raw).person) {
        run = before;
        end = tokens.indexOf(run.at(-1) as Token);
      }
    }
    let last = run.at(-1) as Token;
    const tail = tokens[end + 1];
    let kind: NameKind | undefined;
    let bodyName: string | undefined;
    // "Sinaloa cartel", "Trump administration", "U.S. government": a lower-case head makes an organisation.
    // "Juarez drug cartel": one lower-case word may come before the head.
    // "Juarez drug cartel": one lower-case word may come before the head; "Trump’s
    // administration": so may a possessive, when the head makes it a body of government.
    const possessive = possessiveAfter(text, last, tail);
    const headAt = possessive ? end + 2 : tail?.key === "drug" && tokens[end + 2]?.key === "cartel" ? end + 2 : end + 1;
    const head = tokens[headAt];
    const governs =
      !possessive ||
      (head !== undefined &&
        (POSSESSIVE_HEADS.has(head.key) ||
          (NATIONAL_HEADS.has(head.key) && tagSpan(text.slice((run[0] as Token).start, last.end)).place)));
    const joined = possessive ? head !== undefined && /^ $/u.test(text.slice((tail as Token).end, head.start)) : true;
    // "pro-Trump group", "anti-cartel unit": a name hyphened to a prefix is a modifier, and the head
    // belongs to the whole modifier, not to the name — no body called "Trump group".
    const prefixed = /\p{Ll}-$/u.test(text.slice(0, (run[0] as Token).start));
    if (
      head &&
      tail &&
      governs &&
      joined &&
      !prefixed &&
      !isCapitalised(head) &&
      ORG_TAILS.has(head.key) &&
      (possessive || joins(text, last, tail))
    ) {
      if (GENERIC_TAILS.has(head.key) && tagSpan(text.slice((run[0] as Token).start, last.end)).demonym) {
        i = headAt + 1;
        continue;
      }
      // "Donald Trump’s administration" is the body "Trump administration" names: a person's full
      // name before the possessive gives the body its surname's name, as the text's other forms do.
      const owner = text.slice((run[0] as Token).start, last.end);
      if (
        possessive &&
        run.length > 1 &&
        POSSESSIVE_HEADS.has(head.key) &&
        tagSpan(owner).person &&
        !tagSpan(owner).organisation
      )
        bodyName = `${last.raw} ${head.raw}`;
      last = head;
      kind = "organisation";
      i = headAt + 1;
      // "the Dallas police department": the force's own noun ends its name.
      const own = tokens[headAt + 1];
      if (own !== undefined && forceBodyAfter(text, head, own)) {
        last = own;
        i = headAt + 2;
      }
    }
    // "the Communist party", "the Democratic Progressive party": a party's name, its head in lower case.
    if (kind === undefined && !possessive && !prefixed && partyAfter(text, tokens, run, end)) {
      last = tail as Token;
      kind = "organisation";
      i = end + 2;
    }
    // "Netanyahu’s Likud party", "the ruling Fidesz party": one word no lexicon knows, named a party
    // by the words around it (`partyNamed`).
    if (
      kind === undefined &&
      !possessive &&
      !prefixed &&
      run.length === 1 &&
      /^\p{Lu}[\p{L}-]+$/u.test(last.raw) &&
      !lexiconWord(last.key) &&
      partyNamed(text.slice(0, last.start), text.slice(last.end)) &&
      !tagSpan(last.raw).demonym
    )
      kind = "organisation";
    // "the U.S. military said": a country's (or a demonym's) forces, "military" ending its phrase.
    if (kind === undefined && !possessive && !prefixed && tail !== undefined && forcesAfter(text, tokens, run, end)) {
      last = tail;
      kind = "organisation";
      i = end + 2;
    }
    // "China’s commerce ministry": a country's ministry of a field, written in lower case.
    const field = tokens[end + 2];
    const ministry = tokens[end + 3];
    if (
      kind === undefined &&
      possessive &&
      joined &&
      field !== undefined &&
      ministry !== undefined &&
      !isCapitalised(field) &&
      ROLE_FIELDS.has(field.key) &&
      MINISTRIES.has(ministry.raw) &&
      /^ $/u.test(text.slice(field.end, ministry.start)) &&
      tagSpan(text.slice((run[0] as Token).start, last.end)).place
    ) {
      last = ministry;
      kind = "organisation";
      i = end + 4;
    }
    // "Hurricane Maria", "Tropical Storm Alberto": a storm's name is no person's, body's or place's
    // ("Storm Prediction Center", "Hurricane Center" are bodies: a head word ends them).
    const storm = run[0]?.key === "tropical" ? 1 : 0;
    if (run.length === storm + 2 && STORM_WORDS.has(run[storm]?.key ?? "") && !ORG_HEADS.has((run.at(-1) as Token).key))
      continue;
    // "(D–Conn.)", "R-Texas": a lawmaker's party and state label; the state says whom they represent,
    // it is no place the text tells of (and "Conn" no place's name).
    if (PARTY_TAG_BEFORE.test(text.slice(0, (run[0] as Token).start))) continue;
    // "IQ.LIGHT", "ID.3", "TL;DR": capitals glued by a stop or a semicolon to more capitals or a digit, no
    // space between, are a product's code or an abbreviation, no body's name ("CNN.com" stays: an address).
    if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(last.raw) && /^[.;][\p{Lu}\p{N}]/u.test(text.slice(last.end)))
      continue;
    // "MQ-9", "RC-135": a model number, not an organisation.
    if (tail && /^\p{N}/u.test(tail.raw) && /^[-‐‑]$/u.test(text.slice(last.end, tail.start))) continue;
    const start = (run[0] as Token).start;
    const spanText = text.slice(start, last.end);
    kind ??= kindOf(run, spanText, text.slice(0, start));
    // "Khaleel, 22, started …", "Deqa Dhalac, 38, said": an age set off after a name no lexicon knows is a person's.
    if (kind === undefined && agedUnmet(text, run)) kind = "person";
    // "Boost From Acme", "Jo Vale Steps In As Chair": a capitalised verb or preposition no name holds
    // inside the run is a headline's title case; its words are a headline, no one name.
    if (run.slice(1).some((t) => HEADLINE_WORDS.has(t.raw))) continue;
    // "the Nifty Bank index rose", "Nikkei futures": a market's index named by the words before the noun is
    // a figure, no body, even when its name opens on an exchange's or a bank's.
    if (kind === "organisation" && last === run.at(-1) && INDEX_AFTER.test(text.slice(last.end))) continue;
    // "the Old-Age and Disability Insurance (OADI) program": a programme's name (and its initialism)
    // before the noun "program" is a scheme a body runs, no body.
    if (kind === "organisation" && last === run.at(-1) && PROGRAMME_AFTER.test(text.slice(last.end))) continue;
    // "Fla.", "Va.": a state's short form, in capitals and small letters, is one with its full stop;
    // without it ("Ut enim ad minim", Indonesian "Ia" for "he") the word is no place's name.
    if (kind === "place" && run.length === 1 && shortPlaceWithoutStop(text, last)) continue;
    // "Raven Klaasen of South Africa and Michael Venus of New Zealand": a player and their country.
    if (kind !== "person" && last === run.at(-1) && personOfPlace(text, run, candidates.at(-1))) kind = "person";
    // "Brazil star Neymar", "rapper Drake": one word after a star's or a performer's noun is a
    // person known by one name.
    if (
      kind === undefined &&
      run.length === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(last.raw) &&
      MONONYM_BEFORE.test(text.slice(0, start)) &&
      !opensAsOrdinaryWord(spanText)
    )
      kind = "person";
    // "Chancellor Merkel met", "Sen. Marlowe voted": one word after a title only a person holds is
    // that person's surname, though no lexicon knows it; not a word of the language compromise
    // reads there, nor a title, a body's head or a place ("President Street").
    if (
      kind === undefined &&
      run.length === 1 &&
      titledLoneSurname(last, spanText, text.slice(0, start), text.slice(last.end))
    )
      kind = "person";
    // "Soelistyo, head of the rescue agency, said": one word set off by a role only a person holds,
    // with where or of what it is held, is a person known by one name.
    if (
      kind === undefined &&
      run.length === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(last.raw) &&
      BARE_ROLE_AFTER.test(text.slice(last.end)) &&
      !opensAsOrdinaryWord(spanText)
    )
      kind = "person";
    // "… defeated Gael Tamsen 7-5, 6-2": a name scored in sets is a player's (before the score is
    // taken for a model number).
    const afterRun = text.slice(last.end);
    if (kind === undefined && personShaped(run) && (SETS_AFTER.test(afterRun) || WON_IN_SETS_AFTER.test(afterRun)))
      kind = "person";
    // "Atlanta beat Miami 5-3": a place's name scored in a game is its team's (`scoredOpponent`); so
    // is a one-word name that reads as a person's when the other side is a place ("Houston beat Dallas
    // 108-101"). Not a name shaped as a person's ("… beat Dallas Whitby 18-10": snooker scores players).
    const opponent =
      last === run.at(-1) && (run.length === 1 || !personShaped(run))
        ? scoredOpponent(text, { start, end: last.end })
        : undefined;
    const team =
      opponent !== undefined &&
      (kind === "place" || (kind === "person" && run.length === 1 && tagSpan(opponent).place));
    if (team) kind = "organisation";
    // "Intel Core i7", "NVIDIA GTX 1080": a maker's name with a model number names a product. Its
    // first word, read alone as a company's name ("Intel", "Boeing 777"), still names the maker.
    if (!team && kind !== "person" && last === run.at(-1) && modelNumberAfter(text, last, tail, tokens[end + 2])) {
      const maker = makerOfModel(run);
      if (maker !== undefined) candidates.push({ ...maker, text: maker.raw, kind: "organisation" });
      continue;
    }
    // "the Hazel Hen supercomputer", "the new MEB platform": a machine's or a model's name (`thingNamed`).
    if (last === run.at(-1) && thingNamed(run, spanText, text.slice(0, start), text.slice(last.end))) continue;
    // "in KeyBank Center", "San Francisco's Moscone Center": a venue, no body (the gold lists no building).
    if (kind === "organisation" && last === run.at(-1) && venueNamed(run, text.slice(0, start))) continue;
    // "ST. LOUIS, MO (KTVI)", "Austin, TX,": a state's postal code after a town's comma, its clause
    // breaking after it, is the state ("Röntgen, MRT, CT haben" is a list of scans); so is one after
    // "in" closing its clause ("a gold find in WA.").
    if (
      run.length === 1 &&
      kind === "organisation" &&
      isUsStateCode(last.raw) &&
      (TOWN_COMMA_BEFORE.test(text.slice(0, start)) || IN_PLACE_BEFORE.test(text.slice(0, start))) &&
      STATE_CLOSES.test(text.slice(last.end))
    )
      kind = "place";
    // "New Yorkers", "Parisians": the people of a place, a group, no one's name and no body.
    if (last === run.at(-1) && placePeople(spanText)) continue;
    // "the 10700 block of Arno Drive": a street's name ends on its kind of road, a place.
    if (kind !== "place" && last === run.at(-1) && streetNamed(run, text.slice(0, start))) kind = "place";
    // "Health-care shares slid": a sentence's first word, hyphened to a lower-case word, is a
    // compound capitalised by grammar, no name.
    if (run.length === 2 && run[0] === tokens[0] && lowerCompound(text, run[0] as Token, last)) continue;
    // "https://t.co/HqisrmYnqV": capitals inside a web address are part of it, no name.
    if (ADDRESS_BEFORE.test(text.slice(0, start))) continue;
    // A name of two words or more neither reading knows ("Lotfi Azzouz"), that the sentence shows to be a person's.
    if (kind === undefined && personShaped(run) && shownAsPerson(text.slice(0, start), text.slice(last.end)))
      kind = "person";
    // "Another villager, Lipolelo Potobere, said", "Saphina Ndali is a mother of two": a name no reading
    // knows, spoken of as someone (`unmetPersonCue`).
    if (kind === undefined && unmetName(run) && unmetPersonCue(text.slice(0, start), text.slice(last.end)))
      kind = "person";
    // "the militant group Jaish-e-Mohammed", "Robocorp, an automation vendor,": a name no reading knows,
    // named as a body (`unmetBodyCue`); one word only when it is no word of the language.
    if (
      kind === undefined &&
      run.every((t) => isCapitalised(t) || CONNECTORS.has(t.key)) &&
      isCapitalised(last) &&
      // One word: no word of the language, and no initialism, which bodyInitialisms.ts reads.
      (run.length > 1 || (!lexiconWord(last.key) && /\p{Ll}/u.test(last.raw))) &&
      (unmetBodyCue(text.slice(0, start), text.slice(last.end)) ||
        (run.length === 1 && companyWordCue(text.slice(last.end))))
    )
      kind = "organisation";
    // "… a gatecrashing Uma Thurman who provides …": "who" takes a person, with or without a comma; not
    // a capitalised adjective's group ("Great Feminists who …").
    if (
      kind === undefined &&
      personShaped(run) &&
      /^\s+who\s+\p{Ll}/u.test(text.slice(last.end)) &&
      !firstTags((run[0] as Token).raw).has("Adjective")
    )
      kind = "person";
    // "Elio (Timothée Chalamet)", "Claes Bang stars as Christian": a cast credit names a performer.
    if (
      kind === undefined &&
      personShaped(run) &&
      (creditedInBrackets(text, start, last.end, candidates.at(-1)) || starsAs(text.slice(last.end)))
    )
      kind = "person";
    // "under Xi Jinping", "Moon Jae-in": a Chinese or Korean name, surname first, known by its form.
    if (kind === undefined && surnameFirst(text, run)) kind = "person";
    // "Mr. Okonkwo said": an honorific before one capitalised word makes it a person's surname.
    if (
      kind === undefined &&
      run.length === 1 &&
      honorificBefore(text.slice(0, start), text.slice(last.end)) &&
      /^\p{Lu}\p{Ll}/u.test(last.raw)
    )
      if (!opensAsOrdinaryWord(spanText)) kind = "person";
    // "his wife Grace", "daughter Ivanka": a kin noun, then a word known on its own as a given name.
    if (kind === undefined && run.length === 1 && KIN_BEFORE.test(text.slice(0, start)) && givenName(last))
      kind = "person";
    if (kind === undefined && run.length === 2 && personShaped(run) && familyNames.has(last.key)) {
      if (!opensAsOrdinaryWord(spanText) && !ORG_HEADS.has((run[0] as Token).key)) kind = "person";
    }
    // "Elon Musk’s SpaceX": a given name and a surname owning a named thing; a place or a body
    // owning one reads as such to compromise or by its head, so what is left unread is a person.
    if (kind === undefined && ownerOfName(text, run, tokens[end + 2]) && possessiveAfter(text, last, tail))
      kind = "person";
    // "a 21-year-old East Flatbush resident", "a Queens native": the name before the noun for who
    // lives in or comes from somewhere, or for a part of a town ("the Ravi Nagar area"), is the
    // place's, whatever compromise reads in its words.
    if (kind === "person" && last === run.at(-1) && RESIDENT_AFTER.test(text.slice(last.end))) kind = "place";
    // A lone capitalised word opening a sentence is a name only when compromise says so.
    const opener =
      atStart &&
      run.length === 1 &&
      last === run[0] &&
      !tagSpan(spanText).person &&
      !tagSpan(spanText).place &&
      !tagSpan(spanText).organisation &&
      !isInitialism(run[0]) &&
      // "WeWork declined to comment": a firm's shape says it is a name wherever it stands.
      !(kind === "organisation" && isBrandShaped(run[0])) &&
      // "Soelistyo, head of the agency, said": so does a role set off after it.
      !(kind === "person" && BARE_ROLE_AFTER.test(text.slice(last.end)));
    // "instructions by Waite for the Major Arcana": no person's name holds "for"; the name ends before it,
    // and is read as one only when it is shaped as a person's or compromise reads it so. A person's noun
    // before "for" is no name ("Lawyers for Ana Ruiz"): what follows it is read alone.
    const forAt = kind === "person" ? run.findIndex((t) => t.raw === "for") : -1;
    if (forAt >= 1 && last === run.at(-1)) {
      const holder = run.slice(0, forAt);
      const name = holder.at(-1) as Token;
      if (personShaped(holder) || surnameAlone(holder) || tagSpan(text.slice(start, name.end)).person) {
        candidates.push({ start, end: name.end, text: text.slice(start, name.end), kind });
        continue;
      }
      if (forAt !== 1 || !actorNoun(run[0] as Token)) continue;
      const rest = run.slice(forAt + 1).filter((t, k) => k > 0 || t.raw !== "the");
      const restStart = rest[0]?.start;
      if (restStart === undefined || !isCapitalised(rest[0] as Token)) continue;
      const restText = text.slice(restStart, last.end);
      const restKind = kindOf(rest, restText, text.slice(0, restStart));
      if (restKind !== undefined) candidates.push({ start: restStart, end: last.end, text: restText, kind: restKind });
      continue;
    }
    // "a “Friend of Roger”", "the Friends of Marco": a person's noun before "of" is no name's word; the
    // name is what follows (a body named so, "Friends of the Earth", reads as one and is not cut).
    const ofAt = kind === "person" ? run.findIndex((t) => t.raw === "of") : -1;
    if (ofAt === 1 && run.length > 2 && last === run.at(-1) && actorNoun(run[0] as Token)) {
      const rest = run.slice(2);
      const restStart = (rest[0] as Token).start;
      const restText = text.slice(restStart, last.end);
      const restKind = kindOf(rest, restText, text.slice(0, restStart));
      if (restKind !== undefined) candidates.push({ start: restStart, end: last.end, text: restText, kind: restKind });
      continue;
    }
    // "Jamie Werner of Ngātiwai": an English person's name has no "of"; what follows says where they are from.
    // "Smith of the Green party": so does a surname alone that compromise reads as a person's.
    const of = run.findIndex((t) => t.raw === "of");
    const holder = of >= 1 ? run.slice(0, of) : [];
    // "Ana Ruiz of the University of Otago": a name shaped as a person's, then "of the" and a body's
    // name, is the person and the body they work for, whether or not compromise knows the given name.
    // Read whole as a body's name ("Cowie Massy of the Homicide Bureau"), the holder's words must
    // be no words of the language ("Monthly Notices of the …", "Voting Member of the …").
    const affiliation =
      last === run.at(-1) && (kind !== "organisation" || !run.slice(0, of).some((t) => lexiconWord(t.key)))
        ? memberOfBody(text, run, of)
        : undefined;
    if (affiliation !== undefined) {
      const [person, body] = affiliation;
      candidates.push(person, body);
      continue;
    }
    if (kind === "person" && of >= 1 && last === run.at(-1) && (personShaped(holder) || surnameAlone(holder))) {
      const name = run[of - 1] as Token;
      candidates.push({ start, end: name.end, text: text.slice(start, name.end), kind });
      // "… of the Labour party": the party they belong to, its head in lower case.
      const body = run.slice(of + 1);
      const party = partyHead(text, last, tail);
      if (party !== undefined && body.length > 0 && body.every((t) => t.raw === "the" || isCapitalised(t))) {
        const first = body.find((t) => isCapitalised(t)) as Token;
        if (!tagSpan(text.slice(first.start, last.end)).demonym) {
          candidates.push({
            start: first.start,
            end: party.end,
            text: text.slice(first.start, party.end),
            kind: "organisation",
          });
          i = end + 2;
        }
      }
      continue;
    }
    // "Marisol Vega of the National Action Party": a person, then the body they belong to.
    // "Tsai Ing-wen of the Democratic Progressive party": so does a name written surname first.
    const eastAsian = of >= 2 && surnameFirst(text, holder);
    // "Ludwig Maximilian University of Munich": a holder closed by a body's head is a body named after
    // a person, with its town after "of": one body, no member of it.
    const headed = ORG_HEADS.has((holder.at(-1) ?? last).key);
    if (kind === "organisation" && of >= 2 && last === run.at(-1) && !headed && (personShaped(holder) || eastAsian)) {
      const name = run[of - 1] as Token;
      const body = run.slice(of + 1).find((t) => isCapitalised(t));
      if (body !== undefined && (eastAsian || tagSpan(text.slice(start, name.end)).person)) {
        candidates.push({ start, end: name.end, text: text.slice(start, name.end), kind: "person" });
        // "… of the Democratic Progressive party": a member's party, its head in lower case, is part of its name.
        const party = partyHead(text, last, tail) ?? last;
        if (party === tail) i = end + 2;
        candidates.push({ start: body.start, end: party.end, text: text.slice(body.start, party.end), kind });
        continue;
      }
    }
    // "As Alexis Madrigalreports,": a page that glued a link's name to the verb after it; the name ends where the verb begins.
    const glued = kind === "person" && run.length > 1 ? GLUED_VERB.exec(last.raw)?.[1] : undefined;
    if (glued !== undefined) {
      const end = last.start + glued.length;
      candidates.push({ start, end, text: text.slice(start, end), kind });
      continue;
    }
    // Kept untyped for now: a plural head after a list may still make it a name.
    candidates.push({
      start,
      end: last.end,
      text: spanText,
      kind: opener ? undefined : kind,
      ...(bodyName === undefined ? {} : { name: bodyName }),
    });
  }
  const spans = companyByContext(
    text,
    tokens,
    shareListKind(text, tokens, joinAmpersands(text, distributePluralHeads(text, tokens, candidates))),
  ).filter(
    (span): span is NameSpan =>
      span.kind !== undefined &&
      // “War & Peace”, “Glasgow”, “DWTS.”: a body's or a place's name that fills a quotation on its
      // own is a work's title (a show, a film, a song). A person's stays: a nickname, a name quoted;
      // but not in a list of quoted titles (“Mary Poppins” and “Bambi”): a film named for its hero.
      !(
        wholeQuotation(text, span.start, span.end) &&
        (span.kind !== "person" || quotedListItem(text, span.start, span.end))
      ),
  );
  // "Dave Skylark (James Franco)": the name a performer's credit follows in brackets is the part
  // the performer plays, a character, fiction; the performer is the person.
  return withCampus(text, spans).filter((span, k) => {
    const next = spans[k + 1];
    return !(
      span.kind === "person" &&
      next?.kind === "person" &&
      creditedInBrackets(text, next.start, next.end, { end: span.end, kind: span.kind })
    );
  });
}

/**
 * A university's campus after its system's name and a comma, set off by a second comma or closing
 * the sentence: "the University of Oregon, Elm Falls, said", "… at the University of Oregon, Elm
 * Falls." Not before "and" or "or" (", Elm Falls, and Rice": a list of names).
 */
const CAMPUS_AFTER = /^, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?=,(?! (?:and|or)\b)|\.(?:\s|$)|$)/u;
/**
 * A campus after "at": "the University of Oregon at Elm Falls". One to three capitalised words
 * that end the run of capitals; the caller rules out a time word or a body's head ("at Elm College").
 */
const CAMPUS_AT = /^ at (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’-]|\s+\p{Lu})/u;
/** A university system's name: "University of Oregon", "State University of New York". */
const UNIVERSITY_OF = /\bUniversity of \p{Lu}/u;

/**
 * "University of Oregon, Elm Falls", "University of Oregon at Elm Falls": a campus of a university
 * system is named by the system's name, a comma or "at", and the campus's town, one body (the
 * campus) and not the system; the town's words then name no place or person of their own (a town
 * that is also a given name, "Austin", is no person there).
 */
function withCampus(text: string, spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  let skipUntil = -1;
  for (const span of spans) {
    if (span.start < skipUntil) continue;
    const system = span.kind === "organisation" && UNIVERSITY_OF.test(span.text);
    const at = system ? CAMPUS_AT.exec(text.slice(span.end)) : null;
    const campus =
      at !== null && tokenize(at[1] ?? "").every((t) => !TIME_WORDS.has(t.key) && !ORG_HEADS.has(t.key))
        ? at
        : system
          ? CAMPUS_AFTER.exec(text.slice(span.end))
          : null;
    // "the University of Toronto, Canada": a country after the comma places the university; no campus is a country.
    const country = campus !== null && termTags((campus[1] ?? "").toLowerCase()).every((t) => t.has("Country"));
    if (campus === null || country) {
      out.push(span);
      continue;
    }
    const end = span.end + campus[0].length;
    skipUntil = end;
    out.push({ start: span.start, end, text: text.slice(span.start, end), kind: "organisation" });
  }
  return out;
}

/** A place's possessive right before a name: "San Francisco's ". */
const PLACE_POSSESSIVE_BEFORE = /(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2})['’]s $/u;

/**
 * What a hall is built for, said between its name and "Center": "Blossom Music Center", "Hihiaua
 * Cultural Centre". A research body names its field instead ("Johnson Space Center").
 */
const VENUE_USES = words(
  "music cultural culture arts convention conference exhibition events community civic performing",
);

/** A capitalised word and its comma right before a name: "Austin, ", "ST. LOUIS, ". */
const TOWN_COMMA_BEFORE = /\p{Lu}[\p{L}.]*,\s+$/u;
/** After a town's state, its clause breaks or a dateline's bracket follows: "Austin, TX, said", "ST. LOUIS, MO (KTVI)". */
const STATE_CLOSES = /^(?:\s*[,;:()—–.]|\s*$)/u;

/** Endings that make the people of a place of its name: "New Yorkers", "Brooklynites", "Parisians". */
const PLACE_PEOPLE_ENDING = /(?:ers|ites|ians)$/u;

/**
 * Whether a name is a place's name with an ending for its people ("New Yorkers", "Vermonters",
 * "Parisians"): a group, no one's name. Every word before the ending must read as a place, none
 * as an abbreviation: "Los Angeles Dodgers" and "New York Rangers" end on no place's name.
 */
function placePeople(span: string): boolean {
  const ending = PLACE_PEOPLE_ENDING.exec(span);
  if (ending === null) return false;
  const stem = span.slice(0, ending.index);
  if (!/\p{Ll}$/u.test(stem)) return false;
  const tags = termTags(stem);
  return tags.length > 0 && tags.every((t) => t.has("Place") && !t.has("Abbreviation"));
}

/** The kinds of road a street's name ends on ("Arno Drive", "Elm Street", "Sunset Boulevard"). */
const STREET_HEADS = words("street avenue boulevard drive road parkway square plaza");

/**
 * Whether a name of two words or more is a street's: it ends on a capitalised kind of road
 * (`STREET_HEADS`) after a name that is no body's ("Arno Drive", "Fifth Avenue", "St. Anne's Square"). A place, not a
 * person compromise reads in it ("Arno") nor a body, where the sentence sets it as a street
 * (`STREET_BEFORE`): "Paul Drive said" is a person.
 */
function streetNamed(run: readonly Token[], before: string): boolean {
  const last = run.at(-1) as Token;
  return (
    run.length > 1 &&
    /^\p{Lu}\p{Ll}/u.test(last.raw) &&
    STREET_HEADS.has(last.key) &&
    !run.some((t) => bodyHead(t.key)) &&
    STREET_BEFORE.test(before)
  );
}

/** Where a street's name stands: after a preposition of place or a house number ("block of ", "on ", "at 12 "). */
const STREET_BEFORE = /(?:(?<!\p{L})(?:of|on|at|in|along|near|off|onto|down|up|across|to|from)\s+(?:the\s+)?|\d\s+)$/u;

/** Whether two words are a lower-case compound hyphened to a capitalised first word: "Health-care", "Long-term". */
function lowerCompound(text: string, first: Token, second: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}*$/u.test(first.raw) &&
    /^[-‐‑]$/u.test(text.slice(first.end, second.start)) &&
    /^\p{Ll}/u.test(second.raw)
  );
}

/** A web address running right up to a name: "https://t.co/", "www.example.com/News". */
const ADDRESS_BEFORE = /(?:https?:\/\/|www\.)\S*$/iu;

/**
 * Whether a two-word name ending in "Center" or "Centre", or a three-word one that says what the
 * hall is for (`VENUE_USES`), is a building where things happen: right
 * after a bare "in" or "at" ("in KeyBank Center", "at Moscone Center") or a place's possessive
 * ("San Francisco's Moscone Center"). A body named so takes "the" or a longer name ("the Carter
 * Center", "at NASA's Goddard Space Flight Center", "Tufts University's Feinstein International
 * Center"), which this leaves alone.
 */
function venueNamed(run: readonly Token[], before: string): boolean {
  const head = run.at(-1) as Token;
  const use = run.length === 3 && VENUE_USES.has((run[1] as Token).key);
  if ((run.length !== 2 && !use) || (head.key !== "center" && head.key !== "centre") || !isCapitalised(run[0] as Token))
    return false;
  if (/(?<!\p{L})(?:in|at) $/u.test(before)) return true;
  const owner = PLACE_POSSESSIVE_BEFORE.exec(before)?.[1];
  return owner !== undefined && tagSpan(owner).place && !tagSpan(owner).organisation;
}

/** The lower-case "party" one space after a member's party's name ("of the Labour party"), if there is one. */
function partyHead(text: string, last: Token, tail: Token | undefined): Token | undefined {
  return tail?.raw === "party" && text.slice(last.end, tail.start) === " " ? tail : undefined;
}

/** A capitalised word compromise reads alone as a noun of a person by their tie or trade ("Friend", "Friends"), not a name. */
function actorNoun(token: Token): boolean {
  const tags = firstTags(token.raw);
  return tags.has("Actor") && tags.has("Noun") && !tags.has("Person") && !tags.has("FirstName");
}

/**
 * Whether a run before "of" is one surname compromise reads as a person's, and no title, body's
 * word or place ("Smith of the Green party"; not "Bank of America", "Prince of Wales").
 */
function surnameAlone(holder: readonly Token[]): boolean {
  const only = holder[0];
  if (holder.length !== 1 || only === undefined || !/^\p{Lu}\p{Ll}+$/u.test(only.raw)) return false;
  if (TITLES.has(only.key) || ORG_HEADS.has(only.key) || ORG_OPENERS.has(only.key)) return false;
  const tagged = tagSpan(only.raw);
  return tagged.person && !tagged.organisation && !tagged.place;
}

/** The ending of a word naming a creed: "Communist", "Democratic", "Conservative", "Liberal", "Republican". */
const CREED_ENDING = /(?:ist|ic|ive|al|an)$/u;

/**
 * Whether a lower-case "party" one space after a run (`tokens[end + 1]`) heads a political
 * party's name: every word of the run (three at most) capitalised and ending as a creed's
 * adjective does, and the run no demonym ("the Communist party", not "a Mexican party", "the
 * Christmas party" or "a Super Bowl party").
 */
function partyAfter(text: string, tokens: readonly Token[], run: readonly Token[], end: number): boolean {
  const head = tokens[end + 1];
  const last = run.at(-1) as Token;
  if (head?.raw !== "party" || text.slice(last.end, head.start) !== " " || run.length > 3) return false;
  if (!run.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.raw) && CREED_ENDING.test(t.key))) return false;
  return !tagSpan(text.slice((run[0] as Token).start, last.end)).demonym;
}

/**
 * Whether the lower-case word after a run (`tokens[end + 1]`) is `FORCES_HEADS`'s noun heading a
 * country's forces: one space after a country, its initialism or its demonym, and followed by
 * the sentence's end, punctuation, or a word that is no noun it modifies (`NOT_A_HEAD`).
 */
function forcesAfter(text: string, tokens: readonly Token[], run: readonly Token[], end: number): boolean {
  const first = run[0] as Token;
  const last = run.at(-1) as Token;
  const head = tokens[end + 1];
  if (head === undefined || isCapitalised(head) || !FORCES_HEADS.has(head.key)) return false;
  if (!/^\s$/u.test(text.slice(last.end, head.start).replace(/^\./u, ""))) return false;
  const after = tokens[end + 2];
  const ends = after === undefined || /\S/u.test(text.slice(head.end, after.start)) || NOT_A_HEAD.has(after.raw);
  if (!ends) return false;
  const span = text.slice(first.start, last.end);
  const tagged = tagSpan(span);
  return (run.length === 1 && COUNTRY_INITIALISMS.has(first.key)) || tagged.demonym || tagged.place;
}

/** Lower-case nouns after "police" that are the force's own noun: "the Dallas police department". */
const FORCE_BODY_NOUNS = words("department dept force service");

/** Whether `own` is a lower-case force noun right after a town's "police" (`FORCE_BODY_NOUNS`), one space apart. */
function forceBodyAfter(text: string, police: Token, own: Token): boolean {
  return (
    police.key === "police" &&
    own.raw === own.key &&
    FORCE_BODY_NOUNS.has(own.key) &&
    text.slice(police.end, own.start) === " "
  );
}

/** The tags compromise gives a lower-case word it does not know: a noun, or a gerund for one ending in "-ing". */
const UNKNOWN_WORD_TAGS = new Set(["Noun", "Singular", "Gerund", "Verb", "PresentTense"]);

/**
 * Whether two words are a Chinese name (`pinyinName`) whose given name compromise does not know: a
 * word it knows as more than an unknown noun ("Shaman" a role, "Human") is English, not pinyin.
 */
function pinyinPair(surname: Token, given: Token): boolean {
  return pinyinName(surname.raw, given.raw) && [...firstTags(given.key)].every((tag) => UNKNOWN_WORD_TAGS.has(tag));
}

/** Whether a run is a Chinese or Korean name written surname first (`pinyinName`, `hyphenedGivenName`). */
function surnameFirst(text: string, run: readonly Token[]): boolean {
  const [surname, given, part] = run;
  if (surname === undefined || given === undefined || text.slice(surname.end, given.start) !== " ") return false;
  if (run.length === 2) return pinyinPair(surname, given);
  return (
    run.length === 3 &&
    part !== undefined &&
    /^[-‐‑]$/u.test(text.slice(given.end, part.start)) &&
    hyphenedGivenName(surname.raw, given.raw, part.raw)
  );
}

/**
 * Whether two single words around an "&" are ordinary words or a day's, not a firm's name:
 * "Plug & Charge", "Bits & Bytes" (each an ordinary word alone), "Sun & Mon" (a weekday on a
 * side: a schedule). "Crate & Barrel", "Black & Decker", "Marks & Spencer" keep a side that is
 * no ordinary word.
 */
function ordinaryPair(left: Candidate, right: Candidate): boolean {
  if (/\s/u.test(left.text) || /\s/u.test(right.text)) return false;
  const weekday = (word: string) => firstTags(word).has("WeekDay");
  return (
    weekday(left.text) || weekday(right.text) || (opensAsOrdinaryWord(left.text) && opensAsOrdinaryWord(right.text))
  );
}

/**
 * Whether a span is a person's name in full, a given name first: two people's names joined by "&"
 * in a credit ("Ana Ruiz & Tom Vale") stay two people; no firm's name pairs two such names.
 */
function fullPersonName(span: Candidate): boolean {
  const first = /^\S+/u.exec(span.text)?.[0] ?? "";
  return (
    span.kind === "person" &&
    /\s/u.test(span.text) &&
    firstTags(first).has("FirstName") &&
    !firstTags(first).has("Place")
  );
}

/**
 * Names joined by an ampersand are one firm's name: "Johnson & Johnson", "Ernst & Young",
 * "Simon & Schuster". English joins two people with "and"; "&" between capitalised names is a
 * company's, so neither side is a person (nor the surname of one the article named). Spaced
 * only: "TT&C" is a term's initials.
 */
function joinAmpersands(text: string, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (
      last !== undefined &&
      /^\s+&\s+$/u.test(text.slice(last.end, span.start)) &&
      !ordinaryPair(last, span) &&
      !(fullPersonName(last) && fullPersonName(span)) &&
      // "Founder & Creative Director", "Parent Coach & Life Coach": two titles one person holds.
      !(endsOnPersonNoun(last.text.toLowerCase()) && endsOnPersonNoun(span.text.toLowerCase()))
    ) {
      out[out.length - 1] = {
        start: last.start,
        end: span.end,
        text: text.slice(last.start, span.end),
        kind: "organisation",
      };
    } else out.push(span);
  }
  return out;
}

/**
 * A role a body gives, between its name and a person's: "Snapchat CEO Evan Spiegel", a team's
 * "Wild coach Bruce Boudreau", "Vanderbilt athletic director Malcolm Turner".
 */
export const BODY_ROLE_AFTER =
  /^ (?:CEO|chief executive|chief executive officer|founder|co-founder|cofounder|spokesman|spokeswoman|spokesperson|chairman|chairwoman|press secretary|analyst|economist|strategist|(?:head )?coach|athletic director|general manager) \p{Lu}/u;
/**
 * A firm's spokesperson, shares, parts or accounts after its name: "a WeWork spokesperson",
 * "Acme's shares", "Acme shares", "Acme's chief executive", "Acme's quarterly revenue"; and a
 * pollster's poll ("a fresh Gallup poll"). A person has no revenue, headquarters nor poll.
 */
export const BODY_PART_AFTER =
  /^(?:['’]s)? (?:(?:quarterly|annual|fourth-quarter|third-quarter|second-quarter|first-quarter) )?(?:spokes(?:person|man|woman)|shares|stock|shareholders|subsidiary|parent company|board of directors|chief executive|headquarters|revenues?|earnings|profits?|market value|poll|survey)\b|^['’]s (?:\p{Ll}+ )?(?:division|subsidiary|unit)\b/u;
/**
 * A listed company's ticker in brackets after its name: "(NYSE: ACME)", "(Nasdaq:AAPL)", or the
 * ticker with the day's move, "(ATVI 0.34%)", "(AMZN -1.2%)"; the name may keep its web address's
 * ending before it ("Amazon.com (AMZN 3.60%)"). A bare "(ACME)" is left out: it may define an
 * initialism. A person, a place or a product has no ticker.
 */
export const TICKER_AFTER =
  /^(?:\.com)?\s*\((?:(?:[A-Z][A-Za-z]*\s){0,2}[A-Z][A-Za-z]*:\s?[A-Z]{1,6}(?:\.[A-Z]{1,3})?|[A-Z]{1,6}\s+[-+−]?\d+(?:\.\d+)?%)\)/u;
/**
 * What a firm bought is a company: "Meetup, which it acquired in 2017", "Mojang, which Microsoft
 * bought", "Acme, which was bought out by a fund".
 */
const ACQUIRED_AFTER =
  /^,\s+(?:which|that)\s+(?:(?:it|\p{Lu}[\p{L}.&-]*)\s+(?:later\s+)?(?:acquired|bought|purchased)|(?:was|had been|has been)\s+(?:later\s+)?(?:acquired|bought(?:\s+out)?|purchased|taken\s+over)\s+by)\b/u;
/**
 * Who compiles market data or polls: "analysts surveyed by Refinitiv", "according to data from
 * MarketAxess"; and whose research a figure comes from: "Analysis from PricewaterhouseCoopers
 * suggests", "a recent report from Activiate", "estimates from Newzoo" (a person's report is "by"
 * them, not "from" them).
 */
const DATA_SOURCE_BEFORE =
  /\b(?:surveyed|polled|compiled) by (?:the )?$|\bdata (?:from|by|compiled by|provided by) (?:the )?$|\b(?:analysis|analyses|report|reports|projections?|forecasts?|estimates) from (?:the )?$/iu;
/** What is bought or held is a company: "acquisition of WhatsApp", "a stake in Mojang". */
const BOUGHT_BEFORE =
  /\b(?:acquisition|buyout|takeover|purchase) of (?:the )?$|\b(?:shares|stake) (?:of|in) (?:the )?$/iu;
/** Where a thing is sold at a price is a seller: "Get it on Amazon for $243.97", "at Walmart for $199". */
const SOLD_AT_BEFORE = /(?<!\p{L})(?:on|at|from)\s+$/u;
const PRICE_AFTER = /^\s+for\s+(?:US|C|A)?[$£€]\s?\d/u;
/**
 * A buy button's label opening its line, then the shop alone: "See it now: Acme", "Buy it at Acme",
 * "Check price at Acme"; and a thing back "in stock on Acme". The name that ends the line is who
 * sells it, a body.
 */
const SELLER_LABEL_BEFORE =
  /^(?:(?:See|Buy|Shop|View|Check)(?:\s+(?:it|this|them|one|deal|price))?(?:\s+(?:now|today|here))?(?:\s*:|\s+(?:at|on|from))|.*\bin\s+stock\s+(?:at|on|from))\s+$/u;
const LINE_END_AFTER = /^[.!]?\s*$/u;
/**
 * A common noun of a kind of body right before a name, in lower case, after a word that
 * qualifies it (lower case, or a demonym): "energy company Burisma", "the ad agency Broadhead",
 * "Taiwanese publication DigiTimes".
 */
const BODY_NOUNS = `company|firm|corporation|conglomerate|startup|start-up|agency|airline|carrier|bank|retailer|manufacturer|maker|automaker|carmaker|chipmaker|planemaker|drugmaker|supplier|publisher|publication|newspaper|magazine|journal|tabloid|broadcaster|website|insurer|chain|lab|laboratory|charity|nonprofit|think tank|consultancy|studio|developer|group`;
const BODY_NOUN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:\p{Ll}+|\p{Lu}\p{Ll}+(?:ese|an|ian|ish|i))\s+(?:${BODY_NOUNS})\s+$`,
  "u",
);
/** Whether the text ends on a kind of body's noun after a word that qualifies it ("the journal ", "energy company "). */
export const bodyNounBefore = (before: string): boolean => BODY_NOUN_BEFORE.test(before);
/**
 * The same kind of body given after the name: in an appositive whose head it is ("Wistron, an
 * Apple supplier, said", "Acme, a Texas-based company that …", set off by a dash as well: "Acme – a
 * charity that …"), or right after it ("the Argus
 * Leader newspaper"). The noun must end the appositive's phrase: "Smith, a company spokesman"
 * describes a person.
 */
const BODY_NOUN_AFTER = new RegExp(
  String.raw`^(?:(?:,|\s[-–—])\s+(?:an?|the)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?|\s+)(?:${BODY_NOUNS})(?=\s*$|[,.;:)—–]|\s+(?:that|which|based|in|with|from|whose|and|owned|known|founded|co-founded)\b)`,
  "u",
);
/**
 * A source credit, alone in its brackets or its line: "(Via Chortle)", "Via: Acme". What a post is
 * passed on "via" is the site that had it; a person so credited reads as one and keeps that kind.
 */
const VIA_BEFORE = /(?:^|[([]\s*)via:?\s+$/iu;
const VIA_CLOSES = /^\s*[)\]]?\s*[.!]?\s*$/u;
/** A singer's label, named after its kind: "her former label Vellum", "the record label Vellum" (not an eco-label). */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:record|music|former)\s+label\s+$/u;
/** A person's role, then where they hold it: "vice president of programs at Blue Origin", "a doctor at the …", "engineers at Acme". */
const ROLE_AT_BEFORE = new RegExp(
  `(?<!\\p{L})(?:president|director|executive|officer|chief|manager|head|founder|engineer|developer|scientist|researcher|professor|analyst|economist|doctor|spokes(?:man|woman|person)|chair(?:man|woman)?|partner|fellow|lawyer|employee|staffer|student)s?\\b[^.;:!?"“”]{0,60}\\bat\\s+(?:the\\s+)?$`,
  "iu",
);
/**
 * A role only a company gives, then "of": "CEO of Acme", "the co-founder of Globex" (a president's
 * or a mayor's "of" may be a country's or a town's).
 */
const COMPANY_ROLE_OF_BEFORE =
  /(?<![\p{L}-])(?:CEO|CFO|COO|CTO|chief\s+(?:executive|operating|financial|technology)(?:\s+officer)?|co-?founder|founder|chair(?:man|woman)|shareholders?|employees?)\s+of\s+(?:the\s+)?$/iu;

/** A name of several words ending in an event's head ("Dubai Air Show"): where people are, not whom they work for. */
const eventNamed = (name: string): boolean => {
  const parts = name.trim().split(/\s+/u);
  return parts.length > 1 && EVENT_HEADS.has((parts.at(-1) as string).toLowerCase());
};

/**
 * An untyped name whose place in the sentence says it is an organisation: the name before a
 * role a company or government office gives ("Snapchat CEO Evan Spiegel", "White House press
 * secretary Josh Earnest") or after one "of" ("CEO of Acme"), a listed company's ticker ("Amazon.com (AMZN 3.60%)"), what an acquisition or a stake is of ("$19 billion acquisition
 * of WhatsApp"), or where a thing is sold at a price ("on Amazon for $58") or a buy button sends
 * the reader ("See it now: Amazon"). Not a sentence's
 * first word, which is capitalised by grammar.
 */
function companyByContext(text: string, tokens: readonly Token[], spans: Candidate[]): Candidate[] {
  return spans.map((span, k) =>
    span.kind === undefined &&
    span.start !== (tokens[0] as Token).start &&
    // "REIT shares", "PR aides": a common noun's initialism (`NOT_INITIALISMS`) is no body, whatever follows it.
    !NOT_INITIALISMS.has(span.text.replace(/\./gu, "").toLowerCase()) &&
    (BODY_ROLE_AFTER.test(text.slice(span.end, span.end + 40)) ||
      TICKER_AFTER.test(text.slice(span.end, span.end + 40)) ||
      BODY_PART_AFTER.test(text.slice(span.end, span.end + 40)) ||
      ACQUIRED_AFTER.test(text.slice(span.end, span.end + 50)) ||
      DATA_SOURCE_BEFORE.test(text.slice(0, span.start)) ||
      BOUGHT_BEFORE.test(text.slice(0, span.start)) ||
      (SOLD_AT_BEFORE.test(text.slice(0, span.start)) && PRICE_AFTER.test(text.slice(span.end, span.end + 20))) ||
      (SELLER_LABEL_BEFORE.test(text.slice(0, span.start)) && LINE_END_AFTER.test(text.slice(span.end))) ||
      BODY_NOUN_BEFORE.test(text.slice(0, span.start)) ||
      LABEL_BEFORE.test(text.slice(0, span.start)) ||
      (VIA_BEFORE.test(text.slice(0, span.start)) && VIA_CLOSES.test(text.slice(span.end))) ||
      COMPANY_ROLE_OF_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
      (ROLE_AT_BEFORE.test(text.slice(Math.max(0, span.start - 120), span.start)) && !eventNamed(span.text)) ||
      // companyCues.ts: "Apple’s Steve Jobs", "Acme’s board", "Minecraft developer Mojang", "tech giant Acme",
      // "the leader of Hamas", "Hamas’s political bureau", "Hamas leader Ismail Haniyeh", "a win over the Clippers";
      // not a name a demonym or an adjective opens ("a member of the British Realm").
      (companyCue(text, span, spans[k + 1]) && !qualifierOpened(span.text)))
      ? { ...span, kind: "organisation" }
      : bodyNamedAfter(text, span)
        ? { ...span, kind: "organisation" }
        : span,
  );
}

/**
 * Whether a name opens on a demonym, or on an adjective with no body's head nor "of" in it ("British
 * Realm"): a description more than a name ("Hermetic Order of the Golden Dawn" is a body's name).
 */
function qualifierOpened(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] ?? "";
  if (tagSpan(first).demonym) return true;
  return firstTags(first).has("Adjective") && !words.some((w) => w === "of" || ORG_HEADS.has(nameKey(w)));
}

/** Whether companyCues.ts reads an untyped name as a body's; `next` is the name after it, if any. */
function companyCue(text: string, span: Candidate, next: Candidate | undefined): boolean {
  return (
    ownsPersonName(text.slice(span.end, next?.start ?? span.end), next?.kind === "person" ? next.text : undefined) ||
    corporatePossessionAfter(text.slice(span.end, span.end + 40)) ||
    makerOfProductBefore(text.slice(Math.max(0, span.start - 60), span.start)) ||
    tradeGiantBefore(text.slice(Math.max(0, span.start - 60), span.start)) ||
    memberOfBefore(text.slice(Math.max(0, span.start - 40), span.start), text.slice(span.end)) ||
    bodyUnitAfter(text.slice(span.end, span.end + 40)) ||
    bodyMemberRoleAfter(text.slice(span.end, span.end + 40)) ||
    teamPlayedBefore(text.slice(Math.max(0, span.start - 40), span.start), span.text)
  );
}

/**
 * Whether `BODY_NOUN_AFTER` says an untyped name is a body's. A sentence's first word may be the
 * name ("Wistron, an Apple supplier, said"), unless it reads as an ordinary word ("Yesterday, a
 * bank said"); a demonym is no name ("the European planemaker").
 */
function bodyNamedAfter(text: string, span: Candidate): boolean {
  return (
    span.kind === undefined &&
    BODY_NOUN_AFTER.test(text.slice(span.end, span.end + 80)) &&
    !tagSpan(span.text).demonym &&
    !opensAsWord(span.text, false)
  );
}

/**
 * A kind of body in the plural, then the words that give examples of it: "networks like ",
 * "publishers such as ", "startups including ", "sites like Hacker News, " (the list going on,
 * its first names perhaps not read as names: "firms such as eBay, Acme and Globex").
 */
const BODIES_SUCH_AS_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:companies|firms|startups|start-ups|corporations|businesses|brands|retailers|publishers|publications|newspapers|outlets|networks|sites|websites|platforms|services|apps|agencies|banks|charities|nonprofits|labels|studios|insurers|airlines|carriers)(?:,)?\s+(?:such as|like|including)\s+(?:[\p{L}\p{N}.&'’-]+(?:\s+[\p{L}\p{N}.&'’-]+){0,3},\s+)*$`,
  "u",
);

/**
 * In "competitors such as Walmart, Kroger and Costco" the names of one list are things of one
 * kind: an untyped name in an unbroken list (", ", " and ", ", and ", " or ") whose other
 * names, two or more, are all organisations or all people takes that kind; in a list of three or
 * more, one organisation and the rest untyped ("Uber, Lyft and Postmates") makes each a body.
 * Not a sentence's first word, which is capitalised by grammar.
 */
function shareListKind(text: string, tokens: readonly Token[], spans: Candidate[]): Candidate[] {
  const out = [...spans];
  const gap = (a: Candidate, b: Candidate) => text.slice(a.end, b.start);
  const joined = (a: Candidate, b: Candidate) => /^(?:, |,? and |,? or )$/u.test(gap(a, b));
  // "Macy’s, Kellogg’s, NBC and Fox": a possessive that owns nothing in a list is part of a shop's
  // name, named for its founder; not when the list's last name owns a noun ("Trump’s, Pelosi’s and
  // CNN’s staff" are owners sharing the owned thing).
  const shopJoined = (a: Candidate, b: Candidate) => /^['’]s(?:, |,? and |,? or )$/u.test(gap(a, b));
  const owns = (c: Candidate) => /^['’]s\s+\p{L}/u.test(text.slice(c.end));
  let from = 0;
  while (from < out.length) {
    let to = from;
    while (to + 1 < out.length && joined(out[to] as Candidate, out[to + 1] as Candidate)) to += 1;
    let shops = to;
    while (
      shops + 1 < out.length &&
      (joined(out[shops] as Candidate, out[shops + 1] as Candidate) ||
        shopJoined(out[shops] as Candidate, out[shops + 1] as Candidate))
    )
      shops += 1;
    // A one-word "person" with such a possessive, in a list of three or more, is the shop: its kind comes from the list.
    if (shops - from >= 2 && !owns(out[shops] as Candidate)) {
      to = shops;
      for (let k = from; k < to; k += 1) {
        const c = out[k] as Candidate;
        if (c.kind === "person" && !/\s/u.test(c.text) && shopJoined(c, out[k + 1] as Candidate))
          out[k] = { ...c, kind: undefined };
      }
    }
    const list = out.slice(from, to + 1);
    const kinds = new Set(list.flatMap((c) => (c.kind ? [c.kind] : [])));
    const typed = list.filter((c) => c.kind !== undefined).length;
    const [kind] = kinds;
    // "driving for Uber or Lyft or Postmates": in a list of three or more, one body is enough to type the rest;
    // people stay at two (a list of surnames compromise half knows is common, and a wrong person costs more).
    // Not after "the": "the Oscars, Golden Globes and SAG" lists awards, names a firm is not given with an article.
    const bare = !/(?:^|[^\p{L}])the\s+$/iu.test(text.slice(0, (list[0] as Candidate).start));
    // Not after an owner's possessive, nor with a name owning a thing: in "Bezos’s Blue Origin and Elon
    // Musk’s SpaceX" the names are what someone owns, or an owner, no plain pair.
    const plain =
      !/['’]s\s+$/u.test(text.slice(0, (list[0] as Candidate).start)) &&
      !list.some((c) => /^['’]s?(?!\p{L})/u.test(text.slice(c.end)));
    // "Paul Edelstein and Lutz Kilian": a person's full name and, joined by "and", another name shaped
    // as a given name and a surname that no reading types are two people (one surname alone stays untyped).
    const fullName = (c: Candidate) =>
      personShaped(tokens.filter((t) => t.start >= c.start && t.end <= c.end)) && /\s/u.test(c.text);
    const people =
      plain &&
      list.length === 2 &&
      kind === "person" &&
      typed === 1 &&
      / and $/u.test(gap(list[0] as Candidate, list[1] as Candidate)) &&
      list.every(fullName);
    const enough = typed >= 2 || (kind === "organisation" && typed >= 1 && list.length >= 3 && bare) || people;
    // "networks like Outbrain, Taboola and their ilk", "publishers such as Acme": a kind of body, plural,
    // then "such as", "like" or "including" says what each name of the list after it is.
    if (kinds.size <= 1 && kind !== "person" && BODIES_SUCH_AS_BEFORE.test(text.slice(0, (list[0] as Candidate).start)))
      for (let k = from; k <= to; k += 1) {
        const span = out[k] as Candidate;
        if (span.kind === undefined && span.start !== (tokens[0] as Token).start)
          out[k] = { ...span, kind: "organisation" };
      }
    else if (kinds.size === 1 && enough && (kind === "organisation" || kind === "person"))
      for (let k = from; k <= to; k += 1) {
        const span = out[k] as Candidate;
        if (span.kind === undefined && span.start !== (tokens[0] as Token).start) out[k] = { ...span, kind };
      }
    from = to + 1;
  }
  return out;
}

/** Units of time: a number before one counts a span ("told the Assembly 18 months ago"), it is no model. */
const TIME_UNITS = words(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades",
);

/**
 * A model number right after a name, set off by one space: letters and digits mixed ("i7",
 * "4790k") or a number that is not a year nor a day before a month ("1080", not "2019", not
 * "7 October") nor a count of time ("18 months").
 */
function modelNumberAfter(text: string, last: Token, tail: Token | undefined, next: Token | undefined): boolean {
  if (!tail || text.slice(last.end, tail.start) !== " ") return false;
  if (/^(?:\p{L}+\p{N}|\p{N}+\p{L})[\p{L}\p{N}]*$/u.test(tail.raw)) return true;
  return (
    /^\p{N}+$/u.test(tail.raw) &&
    !/^(?:19|20)\d\d$/u.test(tail.raw) &&
    !(next && (TIME_WORDS.has(next.key) || TIME_UNITS.has(next.key)))
  );
}

/**
 * The maker in a product's name before its model number: the name's first word when compromise
 * reads that word alone as a company's and as no person's or place's ("Intel" of "Intel Core i7",
 * "Boeing" of "Boeing 777"). A product line's own word ("Xbox 360", "Galaxy S10") is no maker.
 */
function makerOfModel(run: readonly Token[]): Token | undefined {
  const first = run[0];
  if (first === undefined || !isCapitalised(first)) return undefined;
  const tagged = tagSpan(first.raw);
  return tagged.organisation && !tagged.person && !tagged.place ? first : undefined;
}

/** Kinds of machines, platforms and models a name after a determiner can be the name of. */
const THING_NOUNS = `supercomputer|computer|platform|chip|chipset|processor|engine|console|version|edition|model|variant|trim|sets|rocket|telescope|satellite|spacecraft`;
/** A determiner, then up to two lower-case modifiers, right before the name: "the ", "a performance ", "the new ". */
const THING_DETERMINER_BEFORE = /(?<!\p{L})(?:the|a|an|its|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
/** One of those kinds right after the name, ending its noun phrase. */
const THING_NOUN_AFTER = new RegExp(String.raw`^\s(?:${THING_NOUNS})(?![\p{L}-])(?!\s+of\b)`, "u");

/**
 * Whether a name is the name of a thing: between a determiner and a noun of a machine's, a
 * platform's or a model's kind ("the Hazel Hen supercomputer", "the new MEB platform", "a
 * performance GT version"). Only a person's name (a machine named for someone) or capitals
 * compromise knows as no body's: a maker's name in that place ("the IBM platform", "the Intel
 * chip") is its maker's, and a body's head makes it a body ("the Acme Labs platform").
 */
function thingNamed(run: readonly Token[], span: string, before: string, after: string): boolean {
  if (!THING_DETERMINER_BEFORE.test(before) || !THING_NOUN_AFTER.test(after)) return false;
  if (run.some((t) => ORG_HEADS.has(t.key) || CORPORATE_SUFFIXES.has(t.key))) return false;
  const tags = tagSpan(span);
  if (tags.organisation || tags.place) return false;
  return (run.length === 1 && /^\p{Lu}{2,6}$/u.test((run[0] as Token).raw)) || (tags.person && personShaped(run));
}

/**
 * Person-role nouns: before a name ("director Bong Joon Ho") or heading its appositive (", a
 * professor at …"): titles, the shared performers, professions and kin (./personNouns.ts), and
 * the roles of office and standing only this reader needs ("spokesman", "founder", "head",
 * "general counsel"); before a name, also an age ("22-year-old").
 */
const PERSON_ROLES = [
  ...TITLES,
  ...PERFORMER_NOUNS,
  ...PROFESSION_NOUNS,
  ...KIN_NOUNS,
  ..."priest creator star director professor fellow member founder skipper economist researcher scientist pastor cleric bishop activist student mp head".split(
    " ",
  ),
  ..."historian curator architect designer photographer journalist diver swimmer sprinter golfer boxer".split(" "),
  // "Berlin truck terrorist Anis Amri", "the suspect, Lotfi Azzouz,": who someone is to a crime.
  ..."suspect terrorist gunman victim".split(" "),
  "spokes(?:man|woman|person)",
  ..."secretary official executive manager partner owner analyst counsel".split(" "),
  // "22-year-old Sunil Tripathi": an age right before a name; only a person is written so.
  String.raw`\d{1,3}-year-old`,
].join("|");
/**
 * A role right before the name, unless an indefinite article introduces it: "a former Army Green
 * Beret" describes what someone was, with a common noun in capitals, and names no one. A title may
 * be abbreviated with its period ("Rep. Steny Hoyer", "Lt. Ana Ruiz").
 */
const ROLE_BEFORE = new RegExp(`(?<!(?<!\\p{L})an?\\s+)(?<!\\p{L})(?:${PERSON_ROLES})\\.?\\s+$`, "iu");
/**
 * A team, then a player's position, right before the name: "Pittsburgh center Maurkice Pouncey",
 * "Browns defensive end Myles Garrett". The capitalised team before the position is what makes a
 * word such as "center" or "end" a position rather than a common noun ("the medical center").
 */
const POSITION_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}.'’-])\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:${POSITION_QUALIFIERS})\\s+){0,2}(?:${POSITIONS})\\s+$`,
  "u",
);
/** A verb of making a work, then "by": who made it ("written by …", "directed by …", "illustrated by …"). */
const MADE_BY_BEFORE =
  /(?<!\p{L})(?:written|directed|illustrated|painted|composed|photographed|drawn|translated|narrated|authored|co-written|co-directed|sung)\s+by\s+$/u;
/** A line that is a work's title in title case, then "by" and its maker closing it: "A Book of Magic by …". */
const TITLE_BY_BEFORE =
  /^(?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|a|an|the|of|and|in|on|to|for|with|at|from))*\s+by\s+$/u;
const SAID_BEFORE = new RegExp(`(?<!\\p{L})(?:${alternation(SPEECH_VERBS)})\\s+$`, "u");
/** Roles a company also holds in an appositive ("Big Machine, owner of her masters"): they show no person alone. */
const SHARED_ROLES = new Set(["owner", "partner", "member", "star"]);
/** The roles only a person holds. */
const PEOPLES_ROLES = PERSON_ROLES.split("|")
  .filter((role) => !SHARED_ROLES.has(role))
  .join("|");
/**
 * A role, then a comma, right before the name, and a comma or the sentence's end right after it:
 * "The priest, Fidelis Okafor, is acting as …", "… and member, Jane Adeyemi." — the name is set off
 * as the role's holder.
 */
const ROLE_COMMA_BEFORE = new RegExp(`(?<!\\p{L})(?:${PEOPLES_ROLES})\\s*,\\s+$`, "iu");
const SET_OFF_AFTER = /^(?:\s*,|[.;!?]|\s*$)/u;
/**
 * ", Head of Research at …", ", director of the institute": a person's role with no article,
 * then whom it is held at or of.
 */
const BARE_ROLE_AFTER = new RegExp(`^,\\s*(?:${PEOPLES_ROLES})\\s+(?:of|at|for)\\s`, "iu");
/** Whether a person's role, set off by a comma, follows a name: ", head of the agency". */
export const roleSetOffAfter = (after: string): boolean => BARE_ROLE_AFTER.test(after);
/**
 * The noun for who lives in or comes from a place, right after its name: "a Queens resident"; or
 * the noun for a part of a town or country: "the Ravi Nagar area", "the Elmwood neighborhood".
 */
const RESIDENT_AFTER = /^\s+(?:residents?|natives?|area|neighbou?rhood|locality|suburb)\b/u;
/** ", 43,", ", who …", ", a professor at …", ", the Labour MP for …": an appositive that describes a person. */
const APPOSITIVE_AFTER = new RegExp(
  `^,\\s*(?:\\d{1,3},|who\\s|(?:a|an|the|former)\\s+(?:[^,.;]{0,40}\\s)?(?:${PERSON_ROLES})(?!\\p{L}))`,
  "iu",
);

/**
 * A title word that is a given name's surname: "Steve King", "Amy Judge", "Tom Major". A title
 * after a name starts the next one ("… Chairman Dan Caine"), but one that closes the run, right
 * after a word compromise knows as a given name (titles before it aside: "Rep. Steve King"; or a
 * second given name: "Billie Jean King", "Martin Luther King"), opens no name: it is the person's
 * surname, and a generational suffix may close it ("Martin Luther King Jr."). Not after a body's
 * name ("Google CEO"), nor before another capitalised word or a connector ("Mary Queen of Scots"
 * is left as it was).
 */
function titleSurname(text: string, tokens: readonly Token[], i: number, k: number): boolean {
  const given = tokens[k - 1];
  let after = tokens[k + 1];
  // "King Jr.": a generational suffix closes the name; what follows it decides, as after a surname.
  if (after !== undefined && GENERATION_SUFFIXES.has(after.key) && joins(text, tokens[k] as Token, after))
    after = tokens[k + 2] !== undefined && joins(text, after, tokens[k + 2] as Token) ? tokens[k + 2] : undefined;
  const lead = tokens.slice(i, k - 1);
  // Titles, then at most one more given name before the last ("Billie Jean", "Martin Luther").
  const firstGiven = lead.findIndex((t) => !TITLES.has(t.key));
  const leadFits = firstGiven === -1 || (firstGiven === lead.length - 1 && givenName(lead[firstGiven] as Token));
  return (
    k - 1 >= i &&
    leadFits &&
    given !== undefined &&
    givenName(given) &&
    /^\p{Lu}\p{Ll}+$/u.test((tokens[k] as Token).raw) &&
    (after === undefined ||
      !joins(text, tokens[k] as Token, after) ||
      !(isCapitalised(after) || CONNECTORS.has(after.key)))
  );
}

/**
 * Whether the token at `k` is "Sr." closing a person's name ("J. David Cox Sr., who …"): no
 * capitalised word follows it, as one follows the Spanish title ("Sr. Pérez").
 */
function seniorSuffix(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  return tokens[k]?.key === "sr" && (after === undefined || !isCapitalised(after));
}

/**
 * Two to four words, each capitalised then lower case (or a connector): the shape of a person's name.
 * A middle initial with its period may stand between the first and the last word ("Steny H. Hoyer").
 * The last word is no brand-shaped one (`isBrandShaped`: "Acme CarLink" is a product's name).
 */
function personShaped(run: readonly Token[]): boolean {
  const named = run.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.raw));
  // Written with its period: "Plan B Ventures" holds a letter, no initial.
  const initial = (t: Token, k: number) =>
    k > 0 && k < run.length - 1 && /^\p{Lu}$/u.test(t.raw) && (run[k + 1] as Token).start - t.end === 2;
  return (
    run.length >= 2 &&
    run.length <= 4 &&
    named.length >= 2 &&
    run.every((t, k) => named.includes(t) || CONNECTORS.has(t.key) || initial(t, k)) &&
    // "Acme CarLink": a brand-shaped last word is a product's, no surname (a given name may be: "JaMarcus").
    !isBrandShaped(run.at(-1) as Token)
  );
}

/**
 * A player's stat line, then the team they played for: "… rushed for 112 yards on 30 carries for
 * Acme State". A team's own line names no team it played for ("Wake Forest rushed for 300 yards").
 */
const PLAYER_STATS_AFTER =
  /^\s+(?:rushed|ran|threw|passed|caught|had|scored|added|recorded|collected|finished with)\b[^.;:!?]{0,80}?\b(?:yards?|touchdowns?|carries|catches|receptions|passes|tackles|sacks|points|rebounds|assists|goals|saves|interceptions)\b[^.;:!?]{0,40}?\bfor\s+(?:the\s+)?\p{Lu}/u;

/** A state or country after a town and its comma, then a stop or a comma: "…, Maine,", "…, Ill.,". */
const TOWN_STATE_AFTER = /^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?[,.;:]/u;

/** A person's given name right after "and": the partner listed after a name ("… and Michael Venus"). */
const PARTNER_AFTER = /^\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;

/**
 * A run "Given Surname of the Body" ("Ana Ruiz of the University of Otago") read as the person and
 * the body they belong to: the words before "of" are two or three shaped as a person's name, with
 * no body's head, title or connector among them, that compromise reads as no place and no body;
 * "the" follows "of"; and the words after it read on their own as a body's name. Undefined otherwise.
 */
function memberOfBody(text: string, run: readonly Token[], of: number): [Candidate, Candidate] | undefined {
  const holder = of >= 2 ? run.slice(0, of) : [];
  const body = run.slice(of + 2);
  if (holder.length > 3 || !personShaped(holder) || run[of + 1]?.raw !== "the" || body.length === 0) return undefined;
  if (!isCapitalised(body[0] as Token)) return undefined;
  if (holder.some((t) => ORG_HEADS.has(t.key) || TITLES.has(t.key) || CONNECTORS.has(t.key))) return undefined;
  const start = (holder[0] as Token).start;
  const holderEnd = (holder.at(-1) as Token).end;
  const holderText = text.slice(start, holderEnd);
  const read = tagSpan(holderText);
  if (read.place || read.organisation) return undefined;
  const bodyStart = (body[0] as Token).start;
  const bodyText = text.slice(bodyStart, (body.at(-1) as Token).end);
  if (kindOf(body, bodyText, text.slice(0, bodyStart)) !== "organisation") return undefined;
  return [
    { start, end: holderEnd, text: holderText, kind: "person" },
    { start: bodyStart, end: bodyStart + bodyText.length, text: bodyText, kind: "organisation" },
  ];
}

/**
 * Whether a run "Given Surname of Place" is a person and where they are from, though compromise
 * reads it whole as a place: the holder is shaped as a person's name and holds no body's head,
 * title or place; what follows "of" is a place; and the sentence shows a person: the holder opens
 * on a given name, or holds no word compromise's lexicon has as a word of the language (a name it
 * has never met) and the place is a town with its state after it ("Deqa Dhalac of South Portland,
 * Maine, was elected"), a person is listed right before or after it ("defeated Ana Ruiz and Yuki Sato of
 * Japan", "… of South Africa and Michael Venus"), or sets are scored after it. ("the Great Wall of
 * China" shows none.)
 */
function personOfPlace(text: string, run: readonly Token[], previous: Candidate | undefined): boolean {
  const of = run.findIndex((t) => t.raw === "of");
  const holder = of >= 2 ? run.slice(0, of) : [];
  const place = run.slice(of + 1);
  if (holder.length < 2 || holder.length > 3 || !personShaped(holder) || place.length === 0) return false;
  if (holder.some((t) => ORG_HEADS.has(t.key) || TITLES.has(t.key) || CONNECTORS.has(t.key))) return false;
  const holderText = text.slice((holder[0] as Token).start, (holder.at(-1) as Token).end);
  const placeText = text.slice((place[0] as Token).start, (place.at(-1) as Token).end);
  if (!tagSpan(placeText).place || tagSpan(holderText).place || tagSpan(holderText).organisation) return false;
  const after = text.slice((run.at(-1) as Token).end);
  const start = (run[0] as Token).start;
  const partnerBefore = previous?.kind === "person" && /^\s+and\s+$/u.test(text.slice(previous.end, start));
  const partner = PARTNER_AFTER.exec(after)?.[1];
  return (
    tagSpan((holder[0] as Token).raw).person ||
    // "Deqa Dhalac of South Portland, Maine,": a given name no lexicon knows, as many are, where the
    // place is a town with its state, as a story says where someone lives; the holder's words are
    // then no words of the language either ("the Gulf of Mexico, …" is).
    (!holder.some((t) => lexiconWord(t.key)) && TOWN_STATE_AFTER.test(after)) ||
    partnerBefore ||
    (partner !== undefined && tagSpan(partner).person) ||
    SETS_AFTER.test(after) ||
    WON_IN_SETS_AFTER.test(after)
  );
}

/**
 * Whether a run is two words shaped as a given name and a surname (neither a body's head, a
 * place word or a title) and a capitalised name follows its possessive ("Elon Musk’s SpaceX").
 */
function ownerOfName(text: string, run: readonly Token[], owned: Token | undefined): boolean {
  return (
    run.length === 2 &&
    personShaped(run) &&
    run.every((t) => !ORG_HEADS.has(t.key) && !TITLES.has(t.key) && !CONNECTORS.has(t.key)) &&
    owned !== undefined &&
    isCapitalised(owned) &&
    !TIME_WORDS.has(owned.key) &&
    !tagSpan(text.slice((run[0] as Token).start, (run[1] as Token).end)).place &&
    // "Super Lucky’s Tale": a title made of ordinary words is no one's name.
    run.every((t) => !firstTags(t.raw).has("Adjective") && !clauseWord(firstTags(t.raw), true))
  );
}

/** An opening quotation mark right before a name, not after "so-called" (“the so-called “Islamic State”” names a body). */
const QUOTE_OPENS = /(?<!so-called\s*)["“‘]$/iu;
/** A closing quotation mark right after it, perhaps after a comma or a stop; not a possessive ("’s"). */
const QUOTE_CLOSES = /^[,.!?]?["”’](?!\p{L})/u;

/** Whether the words from `start` to `end` are all a quotation holds: “Fargo,” “War & Peace”. */
function wholeQuotation(text: string, start: number, end: number): boolean {
  return QUOTE_OPENS.test(text.slice(0, start)) && QUOTE_CLOSES.test(text.slice(end));
}

/** Between two quotations of one list: the closing mark, a comma or "and"/"or", the next opening mark. */
const LIST_GAP = String.raw`[,.!?]?["”’],?\s+(?:(?:and|or)\s+)?["“‘]`;
const LISTED_AFTER = new RegExp(`^${LIST_GAP}`, "u");
const LISTED_BEFORE = new RegExp(`${LIST_GAP}$`, "u");

/**
 * Whether the quotation that the words from `start` to `end` fill (`wholeQuotation`) is an item of a
 * list of quotations ("“Mary Poppins” and “Bambi”", "“Fargo,” “Lost” or “Emma”"): titles of works
 * listed together, where a name fills one as a film or a song is named for its hero.
 */
function quotedListItem(text: string, start: number, end: number): boolean {
  return LISTED_AFTER.test(text.slice(end)) || LISTED_BEFORE.test(text.slice(0, start));
}

/**
 * Right before a person known by one name: a team's or a country's "star" ("Brazil star ",
 * "Chelsea star "), or a performer's or an artist's noun in lower case ("rapper ", "singer ",
 * "director ", "painter "): a name after it is a person's, one word or the surname alone.
 */
const ARTIST_NOUNS = "director filmmaker novelist poet painter photographer songwriter composer musician".split(" ");
export const MONONYM_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}.'’-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|My|Your)\s)\p{Lu}[\p{L}.'’-]*\s+(?:pop\s+|rock\s+|soccer\s+|football\s+|tennis\s+)?star|(?<!\p{L})(?:${[...PERFORMER_NOUNS, ...ARTIST_NOUNS, "rapper", "comedian", "DJ"].join("|")}))\s+$`,
  "u",
);

/**
 * One set of tennis (or of a game scored so): a six or a seven against fewer, perhaps with its
 * tie-break in brackets: "6-3", "7-6 (5)", "6-7(4)".
 */
const SET_SCORE = String.raw`(?:[67]-[0-7]|[0-5]-[67])(?!\d)(?:\s*\(\d{1,2}\))?`;
/** Two sets or more in a row: "6-3, 6-4", "6-7 (4), 6-4, 7-5". */
const SETS = String.raw`${SET_SCORE}(?:,\s*(?:and\s+)?${SET_SCORE})+`;
/** A player's name as written after the verb: capitalised words, with "van de" and the like between. */
const PLAYER = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * Sets right after the name, or after the partner's ("… defeated Ana Ruiz 6-3, 6-4", "… Ana Ruiz
 * and Eva Lind 7-6 (5), 6-4"): only players are scored by the set, so the name is a person's.
 * A team's name is read as a place or a body before this is asked.
 */
const SETS_AFTER = new RegExp(String.raw`^(?:\s+and\s+${PLAYER})?(?:\s+of\s+\p{Lu}\p{L}+)?\s+${SETS}`, "u");
/** The winner's side of the same: "Ana Ruiz defeated Eva Lind 6-3, 6-4", "… and Eva Lind beat …". */
const WON_IN_SETS_AFTER = new RegExp(
  String.raw`^(?:\s+and\s+${PLAYER})?\s+(?:${WIN_VERBS})\s+${PLAYER}(?:\s+and\s+${PLAYER})?(?:\s+of\s+\p{Lu}\p{L}+)?\s+${SETS}`,
  "u",
);

/**
 * The sentence shows a person: a role, a team's position or a speech verb right before the name, an
 * appositive of a person after it, or the name set off as a role's holder ("The priest, …,", ", Head
 * of Research at …").
 */
function shownAsPerson(before: string, after: string): boolean {
  return (
    PLAYER_STATS_AFTER.test(after) ||
    MADE_BY_BEFORE.test(before) ||
    (TITLE_BY_BEFORE.test(before) && /^\s*[.,;]?\s*$/u.test(after)) ||
    ROLE_BEFORE.test(before) ||
    POSITION_BEFORE.test(before) ||
    SAID_BEFORE.test(before) ||
    APPOSITIVE_AFTER.test(after) ||
    BARE_ROLE_AFTER.test(after) ||
    (ROLE_COMMA_BEFORE.test(before) && SET_OFF_AFTER.test(after))
  );
}

/**
 * A sentence set in capitals ("MADURO-LINKED GANG’S EXPANSION EMERGES AS FOCUS"): a headline or
 * a teaser left in the body, where capitals say nothing about names; its initialisms are lost
 * with it, which costs less than taking its words for names.
 */
function isShouted(tokens: readonly Token[]): boolean {
  const worded = tokens.filter((t) => /\p{L}{3,}/u.test(t.raw));
  const upper = worded.filter((t) => !/\p{Ll}/u.test(t.raw));
  return upper.length >= 3 && upper.length * 3 >= worded.length * 2;
}

type Candidate = Omit<NameSpan, "kind"> & { readonly kind: NameKind | undefined };

/** Plural heads shared by a list of names: "the Sinaloa, Gulf and Northeast cartels". */
const PLURAL_HEADS: Readonly<Record<string, string>> = { cartels: "cartel", gangs: "gang" };

/**
 * In "the Sinaloa, Beltrán-Leyva and Northeast cartels" each name is a cartel: the names of
 * the list become organisations named with the head in the singular. Only an unbroken list
 * (names joined by ", ", " and ", ", and ") right before the plural head counts.
 */
function distributePluralHeads(text: string, tokens: readonly Token[], spans: Candidate[]): Candidate[] {
  const out = [...spans];
  for (let k = out.length - 1; k >= 0; k -= 1) {
    const last = out[k] as Candidate;
    const next = tokens.find((t) => t.start >= last.end);
    const head = next ? PLURAL_HEADS[next.key] : undefined;
    if (!next || head === undefined || !/^ $/u.test(text.slice(last.end, next.start))) continue;
    let first = k;
    while (
      first > 0 &&
      /^(?:, |,? and |,? y )$/u.test(text.slice((out[first - 1] as Candidate).end, (out[first] as Candidate).start))
    )
      first -= 1;
    for (let m = first; m <= k; m += 1) {
      const span = out[m] as Candidate;
      // "the Mexican and Colombian cartels" describes cartels, it does not name them.
      if (tagSpan(span.text).demonym) continue;
      out[m] = { ...span, kind: "organisation", name: `${span.text} ${head}` };
    }
    k = first;
  }
  return out;
}

/** Words that end a noun phrase after its head: prepositions, conjunctions, relative pronouns. */
const PHRASE_ENDERS = words(`
  with without of in on at for to from by and or but nor that which who whose than as into onto via per
`);
/** A word that counts the noun phrase it opens: "a", "an", a number or a quantity ("30", "8GB"). */
const COUNTING = /^(?:an?|\p{N}(?:[\p{N}.,]*\p{N})?\p{L}{0,3}|two|three|four|five|six|seven|eight|nine|ten)$/iu;

/**
 * Whether the words before a noun make a counted phrase of it: a counting word, perhaps "of"
 * ("8GB of RAM"), then up to three modifiers, none a function word ("a deal with the FBI"
 * counts a deal, not the FBI).
 */
function countedBefore(before: string): boolean {
  const ws = before.trimEnd().split(/\s+/u).slice(-5);
  for (let k = ws.length - 1; k >= 0 && ws.length - 1 - k <= 3; k -= 1) {
    const modifiers = ws.slice(k + 1);
    const modifier = (w: string) =>
      /^[\p{L}\p{N}][\p{L}\p{N}.\-/]*$/u.test(w) && !OPENERS.has(w) && !PHRASE_ENDERS.has(w) && !CONNECTORS.has(w);
    if (!modifiers.every(modifier)) return false;
    const word = ws[k] as string;
    if (COUNTING.test(word) || (word === "of" && COUNTING.test(ws[k - 1] ?? ""))) return true;
  }
  return false;
}
/**
 * An owner's determiner or an ordinal after "the", with up to two lower-case modifiers, before a
 * phrase's head: "its cancelled IPO", "the seventh EV to use" — a thing owned or ranked in a series
 * is a common noun's referent; a name is neither ("their NBA debut" keeps NBA: a modifier).
 */
const OWNED_OR_RANKED_BEFORE =
  /(?:^|\s)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|next))\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** A year ("in 2019 NATO"): a date, not a quantity. */
const YEAR_BEFORE = /(?:^|\s)(?:19|20)\d\d\s+$/u;

/**
 * Whether the last lower-case words before an initialism spell it: their initials exactly ("a
 * circularly disposed antenna array (CDAA)"), or with at most two words the initialism leaves out
 * between its first and last letters ("interest rate on excess reserves (IOER)": "rate"), as
 * writers shorten a long term.
 */
function spellsLoosely(words: readonly string[], key: string): boolean {
  const initials = words.map((w) => w[0] ?? "").join("");
  if (initials.endsWith(key)) return true;
  for (let n = key.length + 1; n <= Math.min(words.length, key.length + 2); n += 1) {
    const tail = initials.slice(-n);
    if (tail[0] !== key[0]) continue;
    // The initialism's letters in order among the tail's initials, the first and the last fixed.
    let at = 0;
    for (const letter of tail) if (letter === key[at]) at += 1;
    if (at === key.length && tail.at(-1) === key.at(-1)) return true;
  }
  return false;
}

/**
 * Initialisms the sentence uses as common nouns, not names: one defined by lower-case words
 * whose initials it takes ("a circularly disposed antenna array (CDAA)"), one that renames a
 * common noun ("dinitrophenol, known as DNP", "a file format known as Named Binary Tag
 * (NBT)"), and one counted or measured as the head of its noun phrase ("an 8-core CPU
 * running", "8GB of RAM", "30 FPS with"), owned or ranked there ("its cancelled IPO", "the
 * seventh EV to use") — a name is not counted, owned or ranked; one spelled out in
 * lower-case words right after it ("HDR (high dynamic range)"), and one a sentence says there is
 * none or a lack of ("Still no VR") — a name is not lacked. A name used as a modifier
 * ("a DEA agent", "two FBI officials") is still a name. Keys as tokens are keyed.
 */
export function termInitialisms(text: string): Set<string> {
  const tokens = tokenize(text);
  const terms = new Set<string>();
  tokens.forEach((token, i) => {
    if (!isInitialism(token)) return;
    const before = text.slice(0, token.start);
    const next = tokens[i + 1];
    const gap = next ? text.slice(token.end, next.start) : "";
    // Nothing after it in its phrase: the end of the text, punctuation, or a word that ends a noun phrase.
    const head =
      next === undefined ||
      /[,.;:!?)—–]/u.test(gap) ||
      PHRASE_ENDERS.has(next.key) ||
      (/^\p{Ll}+ing$/u.test(next.raw) && gap === " ");
    const counted = head && (countedBefore(before) || OWNED_OR_RANKED_BEFORE.test(before)) && !YEAR_BEFORE.test(before);
    const renames = /\p{Ll},?\s+(?:also\s+)?known\s+as\s+(?:\p{Lu}[\p{L}-]*\s+){0,5}\(?$/u.test(before);
    // "a circularly disposed antenna array (CDAA)", "hypersensitivity pneumonitis, or HP", and in
    // quotation marks: "so-called “personally identifiable information” (PII)".
    // "Robotic process automation (RPA) came …": the term may open the sentence with a capital.
    const expansion =
      /^\s*["“‘']?(\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{L}-]*){1,7})["”’']?\s+\($/u.exec(before)?.[1] ??
      /((?:\p{Ll}[\p{L}-]*\s+){1,7}\p{Ll}[\p{L}-]*)["”’']?\s+\($/u.exec(before)?.[1] ??
      /((?:\p{Ll}[\p{L}-]*\s+){1,7}\p{Ll}[\p{L}-]*),\s+or\s+$/u.exec(before)?.[1];
    const spelled =
      expansion !== undefined &&
      spellsLoosely(
        expansion
          .trim()
          .toLowerCase()
          .split(/[\s-]+/u),
        token.key,
      );
    // "HDR (high dynamic range lighting)": spelled out in lower-case words right after it.
    const after = /^\s*\(((?:\p{Ll}[\p{L}]*[\s-]+){1,7}\p{Ll}[\p{L}]*)\)/u.exec(text.slice(token.end))?.[1];
    const spelledAfter =
      after !== undefined &&
      after
        .split(/[\s-]+/u)
        .slice(0, token.key.length)
        .map((w) => w[0])
        .join("") === token.key;
    // "no VR", "its lack of VR": denied or missing as a thing, at the head of its phrase.
    const lacked = (head || /^(?:is|was|are|were)$/u.test(next.key)) && /(?:^|\s)(?:no|lack of)\s+$/iu.test(before);
    // "EGFR mutations", "an ALK rearrangement", "the EML4-ALK fusion gene", "HER-positive": a gene's or a
    // protein's symbol, named by what it undergoes or makes, is a term of biology.
    const gene = GENE_AFTER.test(text.slice(token.end));
    if (counted || renames || spelled || spelledAfter || lacked || gene) terms.add(token.key);
  });
  return terms;
}

/** What a gene undergoes or makes, right after its symbol (perhaps hyphened to another's: "ALK4-EML gene"). */
const GENE_AFTER =
  /^(?:\d{0,2}-[\p{Lu}\d]{2,8})?(?:\s+(?:fusion\s+)?(?:mutations?|mutants?|rearrangements?|genes?|fusions?|amplifications?|deletions?|inhibitors?|proteins?|receptors?|alterations?)(?![\p{L}])|-(?:positive|negative|mutated|mutant)(?![\p{L}]))/iu;
