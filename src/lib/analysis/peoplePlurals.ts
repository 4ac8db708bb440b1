/**
 * Plural nouns of people by what they are or do, from compromise's lexicon: the words it tags
 * both `Actor` (a person by role, trade, rank or tie) and `Plural` ("pilots", "surgeons",
 * "mechanics", "veterans", "youths", "clerics"). The sourcing grammar reads them as a group that
 * can speak, beside attribution.ts's own plurals and the agent endings ("-ers", "-ists"), so a
 * group no hand-written list met is still known for what it is (issue 16).
 *
 * Why a library's class and not a longer list: the lexicon already sorts some thousand person
 * nouns by meaning; the hand-written lists kept missing the ones no ending marks. Left out: words
 * that name no one who speaks in news copy (spirits, deities, fiction, babies, slang), teams by
 * their nickname ("hosts", "champions", "cowboys", "patriots"), companies ("affiliates",
 * "landlords"), and the lexicon's misformed plurals ("chairmans", "citizenses", "monarches").
 * Pure, computed once.
 */
import nlp from "#lib/text/nlp.ts";

/** Actor plurals that are no group of speaking people (see the module comment). */
const NOT_SPEAKERS = new Set(
  `
  anybodies nobodies somebodies apparitions babies beingses boogeymans ghosts gods goddesses deities
  icons idols pawns phrases populations phantoms spirits souls minions villains superheroes
  superhumans heroes heroines wizards witches sorceresses oracles prophets apostles martyrs mummies
  offsprings progenies prodigies stepchilds grandchilds hosts champions cowboys patriots outlaws
  rogues affiliates landlords grooms mimes dorks dudes punks tramps sissies incels misfits maniacs
  hobos fellas chums pals bros daddies mommies vips pornstars showgirls geishas divas sweethearts
  playmates humans kins parentals excellencies nemeses pariahs clowns burglars saints forebears
  `
    .trim()
    .split(/\s+/u),
);

/** The lexicon's misformed plurals: "-mans", a doubled "-ses", "-childs", "-arches"/"-seaches". */
const MISFORMED = /(?:mans|seses|childs|arches|eaches)$/u;
/**
 * The endings the grammar already reads a plural of people by (attribution.ts's agent endings and
 * attributionGrammar.ts's trades): such words stay with that reading, and its exclusions of
 * companies and things ("employers", "brokers", "ancestors") hold.
 */
const READ_BY_ENDING = /(?:ers|ors|ees|men|ents|ants|ists|ians)$/u;

/**
 * People named by the view they hold, which the lexicon does not tag as actors and no agent
 * ending marks: "deficit hawks have warned", "doves argue", "cynics say", "moderates worry". As
 * the lexicon's words, they are read lower case or opening the sentence only, so a team by its
 * nickname ("the Hawks said") stays no group.
 */
const VIEW_HOLDERS = ["hawks", "doves", "cynics", "moderates"];

type Lexicon = Record<string, string | readonly string[] | undefined>;

function peoplePlurals(): readonly string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const words: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    const all = [tags ?? []].flat();
    if (!all.includes("Actor") || !all.includes("Plural")) continue;
    if (
      !/^\p{Ll}[\p{Ll}-]+s$/u.test(word) ||
      MISFORMED.test(word) ||
      READ_BY_ENDING.test(word) ||
      NOT_SPEAKERS.has(word)
    )
      continue;
    words.push(word);
  }
  return [...new Set([...words, ...VIEW_HOLDERS])].sort();
}

/** Lower-case plural nouns of people (see the module comment), sorted. */
export const PEOPLE_PLURALS: readonly string[] = peoplePlurals();
