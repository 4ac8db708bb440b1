/**
 * The words of attribution, in one place: the verbs that report speech and the nouns that
 * describe an unnamed source. Quotes (who said it), sourcing (how an article attributes) and
 * the normalizer (a lede attributes, a standfirst does not) all read these lists, so they
 * cannot drift apart.
 */
import { SPANISH_TAG_VERBS } from "./spanishSpeech.ts";

/** Finite forms of verbs that report speech or writing ("said", "told", "warned"). */
export const SPEECH_VERBS: readonly string[] = [
  "said",
  "says",
  "say",
  "stated",
  "states",
  "declared",
  "declares",
  "added",
  "adds",
  "noted",
  "notes",
  "wrote",
  "writes",
  "asked",
  "asks",
  "explained",
  "explains",
  "insisted",
  "insists",
  "warned",
  "warns",
  "told",
  "tells",
  "argued",
  "argues",
  "continued",
  "remarked",
  "replied",
  "responded",
  "confirmed",
  "confirms",
  "acknowledged",
  "acknowledges",
  "announced",
  "announces",
  "claimed",
  "testified",
  "emphasized",
  "emphasised",
  "stressed",
  "posted",
  "tweeted",
  "recalled",
  "admitted",
  "maintained",
  "maintains",
  "contended",
  "cautioned",
  "vowed",
  "pledged",
  "reaffirmed",
  "asserted",
  "asserts",
  "suggested",
  "suggests",
  "indicated",
  "indicates",
  "revealed",
  "reveals",
  "reveal",
  "reported",
  "reports",
  "criticized",
  "expressed",
  "advocated",
  "anticipated",
  "ruled",
  // Raised voices ("“Hands!” an officer shouted"): speech, louder.
  "shouted",
  "shouts",
  "yelled",
  "yells",
  "screamed",
  "chanted",
  // Spanish, for the articles in Spanish the desk reads.
  "dijo",
  "dijeron",
  "afirmó",
  "agregó",
  "añadió",
  "señaló",
  "explicó",
  "aseguró",
  "declaró",
  "indicó",
  "sostuvo",
  "expresó",
  "advirtió",
  "subrayó",
  "destacó",
  "comentó",
];

/** Participles that introduce a quotation inside a clause ("…, saying, “…”"). */
export const SPEECH_PARTICIPLES: readonly string[] = [
  "saying",
  "stating",
  "declaring",
  "adding",
  "noting",
  "writing",
  "asking",
  "explaining",
  "insisting",
  "warning",
  "arguing",
  "telling",
  "calling",
  "describing",
];

/**
 * Speech acts with a message of their own ("urged Mexico to …", "denied the claims", "condemned
 * the intervention"): a quotation in their clause is the subject's, and a sentence with one
 * attributes what it reports to the subject, so the sourcing profile counts them.
 */
export const STATEMENT_VERBS: readonly string[] = [
  "urged",
  "urges",
  "demanded",
  "promised",
  "threatened",
  "accused",
  "denounced",
  "condemned",
  "praised",
  "lamented",
  "conceded",
  "predicted",
  "reiterated",
  "recounted",
  "denied",
  "pleaded",
  "boasted",
  "joked",
  "quipped",
  "lauded",
  "blamed",
  // A cause named, blame's neutral kin ("Oza attributed the rally to the ruling").
  "attributed",
  "attributes",
  // Pleading in words ("He begged lawmakers not to …", "she implored the court").
  "begged",
  "implored",
  // Owning up to a deed is a statement of it ("Webb confessed to the kidnapping").
  "confessed",
  // Commands and pleas carry their words ("“Nobody goes in,” she ordered", "Sokolov begged").
  "ordered",
  "begged",
  "implored",
];

/**
 * Reporting verbs the sourcing profile counts beyond SPEECH_VERBS: present forms that agree
 * with a plural subject ("U.S. officials insist", "experts suggest"), and verbs of voicing a
 * view ("voiced concerns", "decried the action"). Kept apart from SPEECH_VERBS so quotation
 * attribution and the normalizer, which read that list, are unchanged by them.
 */
export const REPORTING_VERBS: readonly string[] = [
  "insist",
  "argue",
  "assert",
  "emphasize",
  "emphasise",
  "emphasizes",
  "emphasises",
  "suggest",
  "anticipate",
  "anticipates",
  "warn",
  "stress",
  "stresses",
  "claim",
  "claims",
  "confirm",
  "denies",
  "voiced",
  "debated",
  "decried",
  "hailed",
  "criticised",
  "alerted",
  "accuse",
  "tell",
  "divulged",
  "described",
  // Stating and keeping a position ("he defended his decision").
  "defended",
  "defends",
  // Present forms that agree with a plural subject ("analysts note", "critics contend", "officials acknowledge").
  "note",
  "contend",
  "acknowledge",
  "caution",
  "allege",
  "alleged",
  // Past forms of voicing a view or answering that news copy uses for people ("Sheinbaum questioned
  // whether …", "Vigil estimated that …", "the minister assured that …", "Harfuch countered that …").
  "questioned",
  "assured",
  "clarified",
  "complained",
  "disputed",
  "countered",
  "retorted",
  "speculated",
  "estimated",
  "affirmed",
  "signaled",
  "signalled",
  "mentioned",
  // Attacking or opposing in words, as news copy reports it ("lawmakers slammed her", "critics oppose the deal").
  "slammed",
  "blasted",
  "pilloried",
  "lambasted",
  "excoriated",
  // Laying blame in words, present forms ("a large proportion of the population still blames those in power").
  "blame",
  "blames",
  "oppose",
  "opposes",
  // "Shamir opposed the peace talks"; "residents opposed to the plan" is a state (attributionGrammar's ACT_AFTER).
  "opposed",
  // Giving a reason or an account ("Noem cited the backlash as proof", "researchers detail how …").
  "cited",
  "detailed",
  "detail",
  // Saying without saying it outright ("the governor hinted that …").
  "hinted",
  "hints",
  // Present forms of describing, as a feature reports a view ("Islanders describe her as stubborn").
  "describe",
  "describes",
  // Praising in words, and words called out together ("GOP leaders touted the plan", "Teachers chanted, “…”").
  "touted",
  "touts",
  "chanted",
  // Stressing a point ("a point that experts highlight", "analysts highlight the risk").
  "highlight",
  // Granting, explaining or grumbling, and a judgement made, in the forms a plural subject or an
  // inverted tag takes ("officials concede the budget is short", "…, contends the union's lawyer",
  // "critics reckon …", "residents complain that …"). Not "forecast", a noun as often ("raised
  // their forecast").
  "concede",
  "concedes",
  "contends",
  "cautions",
  "explain",
  "admit",
  "admits",
  "complain",
  "complains",
  "reckon",
  "reckons",
  // The other forms of verbs the lists above hold in some forms only, so a plural subject, a
  // singular one and a past read alike ("Farmers in the watershed dispute that", "Others question
  // whether …", "the senator decries …"). Not forms that name a deed as often as a statement
  // ("defend", "maintain", "respond", "recount", "report", "state"), nor "advise" (counsel given).
  "affirms",
  "assures",
  "condemns",
  "confesses",
  "decries",
  "demands",
  "denounces",
  "disputes",
  "laments",
  "mentions",
  "praises",
  "promises",
  "questions",
  "reaffirms",
  "reiterates",
  "remarks",
  "retorts",
  "speculates",
  "testifies",
  "threatens",
  "vows",
  "accuses",
  "alleges",
  "clarifies",
  "criticizes",
  "criticises",
  "expresses",
  "boasts",
  // Verbs of telling, grumbling and supposing the lists lacked in every form ("a source confided
  // that …", "residents grumbled", "researchers theorize that …", "doctors recommend …").
  "confided",
  "confides",
  "disclosed",
  "discloses",
  "grumbled",
  "grumbles",
  "griped",
  "bemoaned",
  "bemoans",
  "fumed",
  "theorized",
  "theorizes",
  "theorised",
  "theorises",
  "hypothesized",
  "hypothesised",
  "posited",
  "surmised",
  "recommends",
  "recommended",
  "objected",
  "commented",
  // An answer given ("To which she replies: …"); "replied" is a speech verb already.
  "replies",
  // A comparison drawn or a message sent by phone, as "tweeted" is one: "the climatologist likened the
  // threshold to a speed limit", "she texted to say they were there".
  "likened",
  "likens",
  "texted",
  // Pleading, laying down terms, scolding and panning in words, in the forms the lists lacked ("the author
  // implores his readers to …", "she stipulates that …", "the singer scolded her label", "reviewers
  // panned the show", "he insinuated that …").
  "implores",
  "stipulates",
  "stipulated",
  "scolded",
  "scolds",
  "panned",
  "insinuated",
  "insinuates",
];

/**
 * The plural present of verbs the lists above hold in other forms only ("Farmers in the watershed
 * dispute that", "Others question whether …", "residents demand answers", "doctors recommend …"),
 * so a group is read by the same verbs as one person. Never after a negation: "did not mention",
 * "did not condemn" is silence, not a statement (the grammar reads them so; see attributionGrammar.ts).
 */
export const PLURAL_PRESENT_VERBS: readonly string[] = [
  "ask",
  "affirm",
  "announce",
  "assure",
  "condemn",
  "confess",
  "declare",
  "decry",
  "demand",
  "denounce",
  "deny",
  "dispute",
  "lament",
  "mention",
  "praise",
  "promise",
  "question",
  "reaffirm",
  "reiterate",
  "remark",
  "retort",
  "speculate",
  "testify",
  "threaten",
  "urge",
  "vow",
  "criticize",
  "criticise",
  "boast",
  "grumble",
  "gripe",
  "bemoan",
  "theorize",
  "theorise",
  "hypothesize",
  "hypothesise",
  "posit",
  "liken",
  "recommend",
  "stipulate",
  "implore",
  // Speech as a group's habit or account ("funeral directors talk openly about …"); never "talks",
  // which is a noun as often as a verb.
  "talk",
];

/** Participles that report inside a clause without opening a quotation ("…, citing …", "with officials asserting …"). */
export const REPORTING_PARTICIPLES: readonly string[] = [
  "emphasizing",
  "emphasising",
  "asserting",
  "urging",
  // Urging as a demand ("the US lawyers are demanding the FBI summon him").
  "demanding",
  "advocating",
  "citing",
  "stressing",
  "indicating",
  "suggesting",
  "revealing",
  // "Mr Obama was speaking to the BBC": giving an interview is speaking on the record.
  "speaking",
  "admitting",
  // A view held as a clause goes on ("has US officials wondering if …").
  "wondering",
  // A forecast held ("analysts surveyed by Refinitiv were expecting $2.52 a share", "forecasters
  // are predicting heavy rain").
  "expecting",
  "predicting",
  // "market watchers are anticipating higher growth", "economists are forecasting a recession".
  "anticipating",
  "forecasting",
  // Speech acts carried on after the clause ("…, publicly threatening them with tariffs",
  // "…, complaining about his use of jargon and questioning his claims", "…, even recommending a
  // lawyer"): the subject's own words, as "urging" is.
  "threatening",
  "complaining",
  "questioning",
  "recommending",
  // A view voiced as it goes on, the progressive of "expressed" ("staffers are expressing shock").
  "expressing",
  // Accusing, blaming, praising, criticising, pleading and hinting carried on after the clause ("…, accusing
  // the label of …", "…, blaming the weather", "…, insinuating that …"), as "urging" is.
  "accusing",
  "blaming",
  "praising",
  "criticizing",
  "criticising",
  "imploring",
  "insinuating",
];

/**
 * Verbs of saying in Spanish, French and Portuguese that tag a quotation after it, verb first
 * ("«…», dice el fiscal", "«…», sostenía Horrach", "«…», a ajouté Laurent Fabius", "“…”,
 * acrescentou o comandante"): the tenses Spanish copy tags quotations with beyond
 * SPEECH_VERBS' preterites, French's compound past and present, Portuguese's preterite and
 * present. Only quotations read them: "dice" is an English word too, and the normalizer reads
 * SPEECH_VERBS without case.
 */
export const ROMANCE_QUOTATION_VERBS: readonly string[] = [
  "dice",
  "dicen",
  "decía",
  "afirma",
  "afirmaba",
  "asegura",
  "aseguraba",
  "explica",
  "explicaba",
  "señala",
  "señalaba",
  "sostiene",
  "sostenía",
  "agrega",
  "añade",
  "añadía",
  "indica",
  "subraya",
  "advierte",
  "comenta",
  "declara",
  "reconoce",
  "reconoció",
  "manifestó",
  "insistió",
  "insiste",
  "precisó",
  "puntualizó",
  "enfatizó",
  "recalcó",
  "respondió",
  "admitió",
  "reiteró",
  "aseveró",
  "concluyó",
  // Spanish's compound perfect, more preterites and presents (spanishSpeech.ts).
  ...SPANISH_TAG_VERBS,
  // French: the compound past (one person or several) and the present.
  "a déclaré",
  "a ajouté",
  "a affirmé",
  "a expliqué",
  "a indiqué",
  "a souligné",
  "a précisé",
  "a estimé",
  "a répondu",
  "a reconnu",
  "a confié",
  "a insisté",
  "a poursuivi",
  "a raconté",
  "a averti",
  "a rappelé",
  "a martelé",
  "a commenté",
  "a dit",
  "ont déclaré",
  "ont affirmé",
  "ont indiqué",
  "ont expliqué",
  "ont ajouté",
  "ont précisé",
  "affirme",
  "explique",
  "ajoute",
  "souligne",
  "précise",
  "estime",
  "raconte",
  "confie",
  "déclare",
  "poursuit",
  "rappelle",
  "martèle",
  "témoigne",
  // Portuguese: the preterite and the present.
  "disse",
  "disseram",
  "afirmou",
  "afirmaram",
  "declarou",
  "explicou",
  "acrescentou",
  "completou",
  "ressaltou",
  "destacou",
  "falou",
  "contou",
  "comentou",
  "garantiu",
  "avaliou",
  "respondeu",
  "admitiu",
  "concluiu",
  "observou",
  "lembrou",
  "reforçou",
  "diz",
  "dizem",
  "conta",
  "avalia",
  "ressalta",
  "acrescenta",
];

/**
 * German verbs of saying whose particle stands apart, after the subject: "„…“, fügte Merkel
 * hinzu" ("Merkel added"). Without the particle "fügte" is no verb of saying ("fügte sich": complied).
 */
export const GERMAN_SEPARATED_PARTICLES: Readonly<Record<string, string>> = {
  fügte: "hinzu",
  fügt: "hinzu",
  fügten: "hinzu",
};

/**
 * Verbs of saying in German, Czech and Indonesian that tag a quotation, after it verb first
 * ("„…“, sagte Allendorf", "\"…,\" zdůrazňuje Rice", "“…,” kata Jokowi") or before it ("Umar
 * berkata, “…”"): the past and present of the common ones (Czech in both genders). None is an
 * English word, so only quotations read them, as ROMANCE_QUOTATION_VERBS.
 */
export const GERMAN_CZECH_INDONESIAN_QUOTATION_VERBS: readonly string[] = [
  // German: preterite and present; the separable "fügte … hinzu" only with its particle after the
  // name (GERMAN_SEPARATED_PARTICLES).
  "sagte",
  "sagten",
  "sagt",
  "erklärte",
  "erklärt",
  "betonte",
  "betont",
  "meinte",
  "schrieb",
  "warnte",
  "kritisierte",
  "ergänzte",
  "ergänzt",
  ...Object.keys(GERMAN_SEPARATED_PARTICLES),
  // Czech: past (masculine, feminine, plural) and present.
  "řekl",
  "řekla",
  "řekli",
  "říká",
  "uvedl",
  "uvedla",
  "uvedli",
  "uvádí",
  "dodal",
  "dodala",
  "dodává",
  "prohlásil",
  "prohlásila",
  "napsal",
  "napsala",
  "píše",
  "tvrdí",
  "tvrdil",
  "tvrdila",
  "zdůraznil",
  "zdůraznila",
  "zdůrazňuje",
  "vysvětlil",
  "vysvětlila",
  "vysvětluje",
  "poznamenal",
  "poznamenala",
  "přidává",
  // Indonesian: the verbs and the short tags ("ujarnya": said he or she).
  "berkata",
  "mengatakan",
  "menegaskan",
  "menandaskan",
  "menambahkan",
  "menjelaskan",
  "menyatakan",
  "mengungkapkan",
  "kata",
  "katanya",
  "ujar",
  "ujarnya",
  "tutur",
  "tuturnya",
  "imbuhnya",
];

/**
 * Nouns that end as adverbs do and head a subject of speech ("a Tillman ally said", "the family
 * said", "the assembly voted"): between a subject and its verb, an "-ly" word is an adverb
 * ("Ruiz quickly added") unless it is one of these.
 */
export const LY_NOUNS: readonly string[] = ["ally", "family", "assembly"];

/**
 * More verbs that tag a quotation as a speech verb does, in the present that features and
 * reviews write in and the past: "“…,” she concedes", "“…,” Ortiz replies", "“…,” he complained",
 * "“…,” she sings".
 * Only quotations read them, as RECOLLECTION_VERBS: the normalizer and the sourcing profile keep
 * their own lists.
 */
export const TAG_VERBS: readonly string[] = [
  "admits",
  "claims",
  "concedes",
  "concluded",
  "concludes",
  "observed",
  "observes",
  "replies",
  "responds",
  "countered",
  "complained",
  "complains",
  "reasoned",
  "reflected",
  "whispered",
  "continues",
  "predicts",
  "jokes",
  // A remark made on something is words said: "“…,” she commented", "“…,” comments Ortiz".
  "commented",
  "comments",
  // Speaking on after words of one's own: "“…,” she went on" (as "continued" is a speech verb).
  "went on",
  "goes on",
  // Joining a talk with words of one's own: "“…,” another student chimed in".
  "chimed in",
  "chimes in",
  // Words sung are the singer's: "“…,” she sings" (lyrics a character sings in a film or a show).
  "sings",
  "sang",
  // Speech in a manner, as a tag after the words: "“…,” he snaps", "“…,” Ruiz muttered" (interview
  // copy and features tag words so; "“…,” he snaps" left a short answer uncounted).
  "snaps",
  "snapped",
  "quips",
  "scoffed",
  "scoffs",
  "murmured",
  "murmurs",
  "muttered",
  "mutters",
  "exclaimed",
  "exclaims",
  "blurted",
];

/**
 * Verbs of remembering and musing that tag a quotation as a speech verb does: "“…,” she
 * remembered", "“…?” he wondered", "Cook remembered Jobs rehearsing there and “…”" (the words
 * are the subject's own account). Only quotations read them: sourcing and the normalizer read
 * SPEECH_VERBS, and a memory told without quotation marks is no statement.
 */
export const RECOLLECTION_VERBS: readonly string[] = [
  "remembered",
  "remembers",
  "recalls",
  "reminisced",
  "reminisces",
  "mused",
  "muses",
  "wondered",
  "wonders",
];

/**
 * Verbs whose object is someone heard or remembered speaking: in "Cook recalled Jobs saying,
 * “…”" the words are the object's (Jobs), not the subject's.
 */
export const PERCEPTION_VERBS: readonly string[] = [
  ...RECOLLECTION_VERBS,
  "recalled",
  "heard",
  "hears",
  "saw",
  "watched",
];

/**
 * Verbs of thinking and fearing: a person or group that "worries", "believes" or "doubts"
 * something is a source of that view, so the sourcing profile counts them; quotations do not.
 */
export const COGNITION_VERBS: readonly string[] = [
  "worry",
  "worries",
  "worried",
  "fear",
  "fears",
  "feared",
  "believe",
  "believes",
  "believed",
  "doubt",
  "doubts",
  "doubted",
  "considered",
  "concerned",
  "wonder",
  "wonders",
  "wondered",
  "think",
  "thinks",
  // "Trump thought voters would …"; "thought to be" and "was thought" are passives (attributionGrammar).
  "thought",
  "regard",
  "regards",
  // A forecast or a consensus is a view held ("economists expect inflation to ease", "most researchers agree").
  "expect",
  "expects",
  "predict",
  "predicts",
  "agree",
  "agrees",
  "agreed",
  // A hypothesis held ("scientists have suspected that …", "his doctor assumed he had …").
  "suspect",
  "suspects",
  "suspected",
  "assumed",
  // A forecast or an estimate held, and dissent ("analysts had expected earnings of …", "Western
  // officials estimate that …", "others disagreed"); "is expected to", "are estimated to" are passives.
  "expected",
  "estimate",
  "estimates",
  "disagree",
  "disagrees",
  "disagreed",
];

/**
 * Speech through a platform the subject turned to: "fans took to social media to complain", "the
 * minister turned to Twitter last month to describe …" (not "took to the streets to protest": a march).
 */
export const TURNED_TO_PLATFORM =
  "(?:took|takes|turned|turns) to (?!the streets)(?:[\\p{L}\\d’'.-]+ ){1,5}?to (?:say|write|post|air|complain|critici[sz]e|describe|announce|argue|express|share|vent|voice|warn|accuse|defend|deny|claim|slam|blast|praise|thank|ask|call|apologi[sz]e|respond|question|mock|urge|insist|explain|reveal|condemn|dismiss|reject)";

/**
 * Multi-word predicates that state a position (regular-expression sources, lower case): "has
 * made it clear that …", "sounded alarms", "remained adamant that …", "declined to comment".
 */
export const STANCE_PHRASES: readonly string[] = [
  // "has made it very clear", "made it abundantly clear": the intensifier changes nothing.
  "ma(?:de|kes?) it (?:(?:very|quite|perfectly|abundantly|crystal|absolutely|unmistakably|plain(?:ly)?) )?clear",
  // "pointed it out" too: the object between the verb and its particle.
  "point(?:s|ed)?(?: (?:it|this|that))? out",
  "sounded (?:the )?alarms?",
  "voic(?:e|es|ed) (?:concerns?|support|opposition|frustration|anger|doubts?|fears?|outrage|skepticism|scepticism)",
  // Holding or pressing a view as a clause ("critics maintain that …", "fans feel that …",
  // "opponents charge that …", "supporters counter that …"); without "that" these name deeds.
  "maintain(?:s|ed)? that",
  "(?:feel|feels|felt) that",
  "charg(?:e|es|ed) that",
  "counter(?:s)? that",
  // In every form: "researchers also raise questions about …", "critics raise concerns".
  "rais(?:e|es|ed) (?:concerns?|alarms?|questions|doubts)",
  // A view held on: "many fans remain skeptical about …", as "is skeptical" is one (below).
  "remain(?:s|ed)? (?:firm|adamant|convinced|unconvinced|skeptical|sceptical|doubtful|confident|optimistic)",
  "(?:has|have|had) been (?:\\p{L}+ )?vocal",
  // A conclusion drawn is a view reached, as "concluded that" is: "Makarov drew the opposite conclusion"
  // (not "drew a crowd", "drew the curtains").
  "dr(?:ew|aws) (?:the|a|an|his|her|their|its|that|this|similar|opposite|same) (?:[\\p{Ll}-]+ )?conclusions?",
  // "did not immediately provide any other details": a refusal, however soon; "declined to answer" one too.
  "declined to (?:immediately )?(?:comment|provide|give|discuss|elaborate|say|answer)",
  // A refusal to be asked at all, or to say which: "King declined to be interviewed about the
  // incident", "spokespeople wouldn't specify which one" (not "declined to be named", a name
  // withheld by someone who speaks, nor "did not respond", silence).
  "declined to be (?:interviewed|questioned)",
  "(?:could|would|did)n[’']t (?:immediately )?specify",
  "(?:could|would|did) not (?:immediately )?specify",
  // A refusal in other words: "refused to say whether …", "didn't say whether …".
  "refus(?:e|es|ed) to (?:comment|say|discuss|elaborate|confirm|answer|name|disclose|reveal)",
  "(?:could|would|did)n[’']t (?:immediately )?(?:comment|provide|give|discuss|elaborate|say|confirm)",
  "(?:could|would|did) not (?:immediately )?(?:comment|provide|give|discuss|elaborate|say|confirm)",
  "call(?:s|ed)? (?:for|on)",
  // A statement made to someone, as "told … that" is: "a spokesman informs us that the basement
  // is closed", "she informed the court that …" (not "informed residents of the change", nor
  // "well-informed"; a letter that informs is a document, which the subject's grammar leaves out).
  "inform(?:s|ed)? (?:(?:us|me|him|her|them|reporters|the \\p{Ll}+|\\p{Lu}[\\p{L}’'-]+) )?that",
  // Words chosen, with their manner or as a tag: "Tory whips put it bluntly:", "as Mosca put it,"
  // (not "put it on the table", "put it off").
  'puts? it(?=\\s*(?:[,.:;”"]|$)|\\s+(?:\\p{Ll}+ly|this way|that way|another way|simply|best|succinctly|more \\p{Ll}+)(?!\\p{L}))',
  // A demand made loudly: "users have been clamoring for a cheaper model" (not "clamoring at the gate", a noise).
  "clamou?r(?:s|ed|ing)? for",
  "(?:is|was|were) quoted as saying",
  // A memory told with its clause, as "recalled" is a verb of speech: "Luhn recalls that Scott checked
  // her in" (not "recalls the day", a memory with nothing stated).
  "(?:recalls?|remembers?) that",
  // Someone urged in other words: "she encouraged attendees to help elect Democrats", "encouraged her
  // to speak" (a person or people told to do something; not "encouraged growth to continue").
  "encourag(?:e|es|ed|ing) (?:him|her|them|us|me|you|(?:the |all |other )?\\p{Ll}+s|\\p{Lu}[\\p{L}’'-]+) to(?= \\p{Ll})",
  // A view held and owned ("Trump and Lighthizer recognize that such concessions …").
  "recogni[sz](?:e|es|ed) that",
  // A thought come to or a thing known, with its clause ("she realized that she had to write it",
  // "officials knew that the dam was weak"; not "realized a profit", "knew the man").
  "reali[sz](?:e|es|ed) that",
  "(?:knew|knows) (?:full well |all along |in (?:his|her|their|my|our) (?:bones|heart|gut) )?that",
  // A view stated or a statement made without a verb of speech ("he is confident the deal will pass", "issued a plea").
  "(?:is|are|was|were) (?:confident|adamant|convinced|optimistic|skeptical|sceptical)",
  // A view held, in the words of Indian and British copy: "experts are of the view that …".
  "(?:is|are|was|were) of the (?:view|opinion)",
  // Released or shared as well as issued: "released a statement on Monday saying …", "shared a joint statement".
  "(?:issu|releas|shar)(?:ed|es) (?:an? )?(?:joint |brief |written )?(?:statement|plea|warning|appeal)",
  // A message sent is a statement made: "Trump sent a similar message ahead of the vote", "sends a clear message".
  "sen(?:t|ds) (?:an?|the|this|that|his|her|their|its) (?:[\\p{Ll}-]+ )?message",
  // A finding stated, with its clause: "researchers found in a review of the data that …", "found no
  // evidence that …"; not a thing found and the relative clause on it ("they discovered a
  // fingerprint that matched one on file": an article or a possessive, a word or two, then "that").
  "(?:found|concluded|discovered|determined|noticed)(?: (?!(?:an?|the|this|these|those|his|her|their|its|one|another) (?:[\\p{L}’'-]+ )?(?!(?:evidence|proof|signs?|indications?) )[\\p{L}’'-]+ that(?!\\p{L}))[^,.;:“”\"]{1,60}?)? that",
  // … and without its "that": "they found their galaxies were consistent with reality" (a clause, its
  // own subject and a form of "be"; not "found survivors who were trapped", "found the car, which was …").
  "found (?:(?!(?:that|which|who|whom|whose|where|when|what|how|it)(?!\\p{L}))[\\p{L}\\d’'-]+ ){1,6}(?:was|were|is|are)(?!\\p{L})",
  // A view argued or summed up, a threat made light of, an idea disputed: "she makes a convincing
  // case for …", "he once summed up the danger with a metaphor", "the senator played down that
  // threat", "experts have challenged the idea that …" (not "played down the stretch", a game).
  "ma(?:de|kes?) (?:an?|the|his|her|their|its) (?:[\\p{Ll}-]+ )?case (?:for|that|against)",
  "sum(?:s|med)? (?:it )?up",
  "play(?:s|ed)? down(?! the stretch)",
  "downplay(?:s|ed)?",
  "challeng(?:e|es|ed) the (?:idea|notion|claim|view|assumption|premise|narrative)",
  // A view given as one's own: "the analyst shared her perspective on these findings" (not "shared her office").
  // … or another's view taken up as one's own ("a resident shared that sentiment", "shared those concerns").
  "shar(?:e|es|ed) (?:his|her|their|its|my|our) (?:own )?(?:perspectives?|views?|thoughts|take|insights?|opinions?)",
  "shar(?:e|es|ed) (?:that|this|the|those|these|similar|such) (?:[\\p{Ll}-]+ )?(?:sentiments?|concerns?|views?|fears?|frustrations?)",
  // A view opposed or a remark joined: "she pushed back on the claim", "others chimed in" (not
  // "pushed back the deadline", a deed).
  "push(?:es|ed|ing)? back (?:on|against)",
  // … and with nothing after it but its manner, before a colon that gives the words: "Samantha is
  // politely pushing back a bit:" (not "pushed back the deadline", "pushed back his chair").
  "push(?:es|ed|ing)? back(?=\\s*(?:[,.:;]|$)|\\s+(?:a bit|hard|firmly|again)(?=\\s*[,.:;]|$))",
  "chim(?:e|es|ed|ing) in",
  // Wonder or a reading given aloud: "the chief executive marveled at its ability to …", "analysts
  // offered a few theories", "she provided an explanation" (not "provided a loan", "offered a discount").
  "marvel(?:l?ed|s)? (?:at|that)",
  "(?:offer|provid)(?:s|ed)? (?:an?|some|several|a few|two|three|their|his|her|its) (?:[\\p{Ll}-]+ )?(?:theor(?:y|ies)|explanations?|views?|thoughts|insights?|assessments?|predictions?|forecasts?|opinions?)",
  // A claim or a report opposed, or an idea put forward, by what the object is: "rejected the claim
  // that …", "dismissed the allegations", "dismissed the report as …", "shrugged off the criticism",
  // "floated the idea of …" (not "rejected the offer", "dismissed the staff", deeds).
  "(?:reject|dismiss|shrug(?:ged)? off|disput|refut|deni)(?:s|es|ed|ged)? (?:the|this|that|these|those|such|any|all|his|her|their|its) (?:[\\p{Ll}-]+ )?(?:claims?|ideas?|notions?|suggestions?|allegations?|accusations?|characteri[sz]ations?|criticisms?|premises?|assertions?|reports?|concerns?|speculation|rumou?rs?)",
  "dismiss(?:es|ed)? (?:the|this|that|these|those|his|her|their|its|it|them) (?:[\\p{L}’'-]+ ){0,4}?as (?!part|well|soon|long|much|many)",
  "float(?:s|ed)? (?:the|an?) (?:[\\p{Ll}-]+ )?(?:idea|proposal|possibility|notion|prospect)",
  // A view echoed, a claim stood by or pressed: "echoed those concerns", "stood by her comments",
  // "doubled down on his claim", "cast doubt on the figures", "took issue with the report", "spoke out
  // against" (not "stood by the door"). Not "welcomed the deal" nor "hit back at": investors welcome
  // a deal by buying, a team hits back with a goal.
  "echo(?:es|ed)? (?:the|those|these|that|this|his|her|their|such|similar) (?:[\\p{Ll}-]+ )?(?:concerns?|views?|sentiments?|calls?|criticisms?|warnings?|comments?|remarks?|words|claims?|fears?)",
  "st(?:ood|ands) by (?:his|her|their|its|the|those|these) (?:[\\p{Ll}-]+ )?(?:comments?|remarks?|statements?|claims?|words|account|decision|assessment|reporting)",
  "doubl(?:es|ed) down on",
  "cast(?:s|ing)? doubt (?:on|over)",
  "t(?:ook|akes) issue with",
  "sp(?:eaks|oke|oken) out (?:against|on|about|in favou?r|for)",
  // An apology or thanks given: "apologized for the remarks", "thanked the volunteers for …".
  "apologi[sz](?:es|ed)(?!\\p{L})",
  "thank(?:s|ed) (?:[\\p{L}’'-]+ ){1,4}?for",
  // A view given on something: "critics have weighed in on the ruling" (not "weighed in at 90 kilograms").
  "weigh(?:s|ed|ing)? in(?= on | with |\\s*[.,;])",
  // A comparison drawn is a view stated: "the author draws a parallel between …" (not "drew a crowd").
  "dr(?:aw|aws|ew|awn|awing) (?:an?|the) (?:[\\p{Ll}-]+ )?(?:parallel|comparison|distinction|analogy|contrast)s?",
  // A claim taken back is a statement made ("she withdrew the allegations"; not "withdrew the troops").
  "withdr(?:ew|aws|awn) (?:the|this|that|these|those|his|her|their|its|all) (?:[\\p{Ll}-]+ )?(?:claims?|allegations?|accusations?|charges|remarks?|comments?|statements?|complaints?)",
  // A verdict or a state declared of someone: "commentators pronounced him guilty" (not "was pronounced dead", a passive).
  "pronounc(?:e|es|ed) (?:[\\p{L}’'-]+ ){1,3}?(?:guilty|innocent|dead|fit|unfit|cured)(?!\\p{L})",
  // A forecast stated with its clause: "economists project that …" (not "projects", which is most often the noun).
  "project(?:ed)? that",
  // Verbs of saying, reasoning and guessing that name a deed or a sight as often without their clause:
  // "she observed that the river was low", "he repeated that …", "the mayor answered that …",
  // "residents protested that …", "he reasoned that …", "she mused that …" (not "observed the
  // eclipse", "repeated the mistake", "answered the phone", "protested the ruling": a march).
  "(?:observ(?:e|es|ed)|repeat(?:s|ed)?|answer(?:s|ed)?|protest(?:s|ed)?|reason(?:s|ed)?|guess(?:es|ed)?|mus(?:e|es|ed)|relat(?:e|es|ed)) that",
  // A claim put forward with its clause: "researchers propose that the lake formed later". Not
  // "proposed a tax" or "first proposed the idea of …": a deed the article reports, not a source
  // it cites (held-out and dev gold count neither).
  "propos(?:e|es|ed) that",
  // Evidence cited: "he pointed to a similar tax holiday in 2004", "critics point to the cost" (not
  // "pointed to the sky" or "the door", a gesture at a thing).
  "point(?:s|ed)? to (?!(?:the )?(?:sky|skies|door|window|ceiling|floor|ground|map|screen|sign|exit|wall|north|south|east|west|left|right)(?!\\p{L}))(?:an?|the|this|that|these|those|his|her|their|its|[\\p{Ll}-]+s|\\d)(?!\\p{L})",
  // Told to remember or told what to do: "she reminded voters that …", "he reminded them to vote" (not
  // "it reminded him of home", a likeness).
  "remind(?:s|ed)? (?:(?:[\\p{L}’'-]+ ){1,3}?)(?:that|to(?= \\p{Ll}))(?!\\p{L})",
  // Counsel given in words, as "urged" is: "doctors advised patients to stay home", "he advised
  // against the deal" (not "is advised by Goldman", a passive, nor "advised the company on the sale").
  "(?<!(?:is|are|was|were|be|been|being|get|got|gets) )advis(?:e|es|ed) (?:(?:[\\p{L}’'-]+ ){1,3}?to(?= \\p{Ll})|against|that)(?!\\p{L})",
  // A view stated of someone or something: "Johnson was openly critical of the father" (as "is
  // skeptical" is one).
  "(?:is|are|was|were|has been|have been|had been) (?:\\p{Ll}+ly )?(?:critical|complimentary|dismissive|supportive) of",
  // Speaking to the press or for others is speech on the record, as "was speaking to the BBC" is ("Lee
  // spoke to reporters in June", "both spoke with candor", "he spoke on behalf of the family"): the
  // words after "to"/"with" in lower case. Not with a person or the writer ("spoke with Fire Chief Dale
  // Ruiz outside City Hall", "she spoke with us"), a talk whose words the text does not give as anyone's
  // statement (SRC2 took back "spoke to/with" for these, stop 68); nor a name in capitals, which may be
  // a person as well as an outlet ("spoke with WIRED" went uncounted in a newspaper-page gold); nor
  // "spoke of", "spoke at the rally": a topic or a place.
  "sp(?:oke|eaks) (?:(?:to|with)(?= (?!(?:us|me|him|her|them|each|one)(?!\\p{L}))(?!(?:the|a|an) \\p{Lu})\\p{Ll})|on behalf of(?!\\p{L}))",
  // A statement made by its noun, as "issued a statement" is: "made the argument that …", "has made this
  // point", "made the announcement on Friday", "made similar comments" (not "made a point of visiting",
  // a habit, nor "made a call", a telephone's).
  "ma(?:de|kes?) (?:an?|the|this|that|these|those|his|her|their|its|similar|such) (?:[\\p{Ll}-]+ )?(?:argument|point(?! of)|announcement|statement|claims?|remarks|comments|prediction|promise|pledge|plea|accusations?|allegations?|admission|apology|confession|observation|assertion)(?!\\p{L})",
  TURNED_TO_PLATFORM,
];

/**
 * Verbs that put a speaker's words on something without reporting speech as such ("called
 * for “…”", "describes as “…”"), and the statement verbs: enough to attribute a quotation in
 * their clause to its subject. The naming ones are not counted as attributions in the sourcing
 * profile.
 */
export const NAMING_VERBS: readonly string[] = [
  "called",
  "calls",
  "call",
  "calling",
  "described",
  "describes",
  "describing",
  "dubbed",
  "termed",
  "labeled",
  "labelled",
  "branded",
  // Verbs that carry a speaker's words without reporting speech ("rejected it as “…”").
  "underscored",
  "highlighted",
  "identified",
  "identifies",
  "characterized",
  "characterised",
  "dismissed",
  "rejected",
  ...STATEMENT_VERBS,
];

/** Nouns that describe a source without naming them ("a senior official", "two sources"). */
export const ANONYMOUS_SOURCE_NOUNS: readonly string[] = [
  "officials?",
  "sources?",
  "officers?",
  "representatives?",
  // The trade's short form of "representative" ("the singer's rep told …", "a rep for the band said").
  "reps?",
  "spokes(?:man|woman|person)",
  "diplomats?",
  "aides?",
  "analysts?",
  "insiders?",
  "experts?",
  "critics?",
  "general",
  "people",
  "persons?",
  "academics?",
  "lawmakers?",
  "politicians?",
  // One of the people a story reaches on the ground or in a case ("one resident said", "a witness told").
  "residents?",
  "witness(?:es)?",
  "associates?",
  "journalists?",
  "employees?",
  // One of the people a story reaches by their part in it ("one user quipped", "his doctor assumed", "a staff member recalled").
  "users?",
  "doctors?",
  "members?",
  // One who runs a firm, unnamed ("one neo-bank CEO told me", "a senior executive said").
  "executives?",
  "CEOs?",
];

/**
 * The nouns of unnamed groups ("U.S. officials said", "according to sources", "critics worry",
 * "Mexican authorities say", "Trump's national security team has been vocal").
 */
export const ANONYMOUS_SOURCE_PLURALS: readonly string[] = [
  "officials",
  "representatives",
  "insiders",
  "experts",
  "analysts",
  "sources",
  "critics",
  "advocates",
  "leaders",
  "authorities",
  "counterparts",
  "agencies",
  "team",
  "lawmakers",
  "politicians",
  "academics",
  "others",
  // Unnamed groups news style cites by role ("organizers say", "scientists think", "elders say").
  "organizers",
  "organisers",
  "scientists",
  "researchers",
  "forecasters",
  "elders",
  "staff",
  // People a story reaches on the ground or in a case ("residents told …", "witnesses said", "prosecutors say").
  "residents",
  "witnesses",
  "diplomats",
  "aides",
  "prosecutors",
  "investigators",
  "activists",
  "observers",
  "people",
  // People who speak for others or from their trade ("lawyers for the families say", "farmers say",
  // "some members of Congress have called for", "agents said").
  "lawyers",
  "attorneys",
  "farmers",
  "ranchers",
  "members",
  "relatives",
  "families",
  "workers",
  "doctors",
  "soldiers",
  "agents",
  "negotiators",
  // People who speak for or against a side, or whom a story reaches where they live ("supporters
  // argue", "Mexican senators criticized", "many parents fear", "locals say").
  "supporters",
  "allies",
  "opponents",
  "senators",
  "legislators",
  "parents",
  "students",
  "teachers",
  "neighbors",
  "neighbours",
  "locals",
  "villagers",
  "survivors",
  "owners",
  "shopkeepers",
  "merchants",
  "vendors",
  "drivers",
  "migrants",
  "journalists",
  "employees",
  // The people who run a company, speaking for it ("executives of both companies announced …").
  "executives",
  // People who campaign, doubt, watch a market or arrange its deals ("campaigners say", "skeptics
  // point out", "market watchers cautioned", "bankers involved in the deal said").
  "campaigners",
  "skeptics",
  "sceptics",
  "watchers",
  "bankers",
  // Holders of an office the text does not name one by one ("Governors of New Mexico and Arizona
  // asked …", "finance ministers warned", "regulators said"): people, not the body they sit in.
  "governors",
  "mayors",
  "ministers",
  "regulators",
  "judges",
  "commanders",
  "ambassadors",
  "envoys",
  "inspectors",
  // People of markets, meetings and investigations ("investors worry", "economists polled by Reuters
  // expect", "delegates complained", "detectives believe", "engineers argue", "islanders describe").
  "investors",
  "traders",
  "economists",
  "shareholders",
  "delegates",
  "detectives",
  "engineers",
  "islanders",
  // People who advise, protest or post ("White House advisers say", "protesters believe", "Twitter users argue").
  "advisers",
  "advisors",
  "protesters",
  "protestors",
  "demonstrators",
  "users",
  "officers",
  // The plurals of UNNAMED_PERSON_NOUNS not above, and a family speaking as one ("passengers said",
  // "the victim's family said", "fans complained").
  "family",
  "passengers",
  "customers",
  "shoppers",
  "motorists",
  "nurses",
  "patients",
  "friends",
  "colleagues",
  "victims",
  "voters",
  "volunteers",
  "commenters",
  "fans",
  "viewers",
  "citizens",
  "consumers",
  // People at an event or a scene, and people whose trade is to comment or to rescue ("attendees
  // said", "onlookers recalled", "pundits argue", "firefighters said", "teammates say").
  "attendees",
  "participants",
  "onlookers",
  "bystanders",
  "eyewitnesses",
  "mourners",
  "commentators",
  "pundits",
  "scholars",
  "staffers",
  "spokespeople",
  "firefighters",
  "paramedics",
  "rescuers",
  "deputies",
  "troopers",
  "players",
  "teammates",
  "coaches",
  // People who keep a place or tend the hurt ("security guards at the plant said", "medics treating the wounded said").
  "guards",
  "medics",
  // The people who wrote a study or a book ("the authors wrote"): its people, not the document.
  "authors",
  // Police officers by their common name ("cops said", "the cops yelled at her to …"): no ending
  // or lexicon class marks it. Not "men" or "women", which as often stand for people the text
  // names ("both men tweeted") or are what a preposition or a verb takes ("allegations from more
  // women", "do not like women criticizing …").
  "cops",
];

/**
 * A party's member named as a noun, capitalised as the party is: "a Virginia Democrat", "one
 * Tory". Who someone is, not their name: the words before a name ("Republican Phil Bryant") are
 * no part of it, and "an Arizona Republican said" is an unnamed source.
 */
export const PARTY_MEMBER_NOUNS: readonly string[] = [
  "Republican",
  "Democrat",
  "Tory",
  "Conservative",
  "Liberal",
  "Libertarian",
  "Socialist",
];

/**
 * One person a story reaches by their part in it ("a bystander said", "one woman told …",
 * "another passenger recalled"): a source only with an indefinite determiner, since "the woman
 * said" is most often someone the story has named (the pronoun and title passes decide who).
 */
export const UNNAMED_PERSON_NOUNS: readonly string[] = [
  "man",
  "woman",
  "guy",
  "neighbou?r",
  "bystander",
  "eyewitness",
  "passenger",
  "customer",
  "shopper",
  "motorist",
  "student",
  "teacher",
  "nurse",
  "patient",
  "farmer",
  "shopkeeper",
  "vendor",
  "parent",
  "mother",
  "father",
  "friend",
  "relative",
  "colleague",
  "survivor",
  "victim",
  "protest[eo]r",
  "demonstrator",
  "voter",
  "worker",
  "driver",
  "volunteer",
  "villager",
  "migrant",
  "soldier",
  "investigator",
  "prosecutor",
  "researcher",
  "scientist",
  "economist",
  "activist",
  "observer",
  "trader",
  "investor",
  "engineer",
  // One of a crowd or an audience, or one who served ("one fan wrote", "a veteran said").
  "fan",
  "veteran",
  // Kin owned by someone unnamed ("…,” said one miner’s wife", "a victim’s brother told …").
  "wife",
  "husband",
  "son",
  "daughter",
  "sister",
  "brother",
  "widow",
  "widower",
  "cousin",
];

/** `words` as a regular-expression alternation, longest first so "says" wins over "say". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}

/** Any speech verb as a whole word, in lower case ("States" in "United States" is no verb). */
export const SPEECH_VERB_RE = new RegExp(`(?<!\\p{L})(?:${alternation(SPEECH_VERBS)})(?!\\p{L})`, "u");

/**
 * A word between a description's determiner and its noun ("a former", "one of the"): not a
 * preposition save "of", which would make the noun the object of another ("an email to
 * employees said" is the email's, a document's; "a letter from residents").
 */
const MODIFIER_WORD = String.raw`(?!(?:to|for|from|by|with|about|at|in|on|into|against|over|under|toward|towards)\s)[\p{L}\d.’'-]+`;

/**
 * The core of a description of an unnamed source: indefinite ("a former intelligence
 * official", "two unnamed Pentagon officials") or definite with a source noun as its head
 * ("the official", "the spokesperson"; three words before it only when none is a preposition or a
 * conjunction: "the senior law enforcement official", not "the share of young people").
 * Case-insensitive, so names are added by `anonymousSource`.
 */
const ANONYMOUS_CORE = new RegExp(
  `\\b(?:(?:an?|one|another|two|three|four|several|multiple|some|many|unnamed|his|her|their|its)\\s+(?:${MODIFIER_WORD}\\s+){0,5}?|the\\s+(?:(?:[\\p{Ll}.’'-]+\\s+){0,2}?|(?:(?!(?:of|to|for|from|by|with|about|at|in|on|and|or|who|that)\\s)[\\p{Ll}.’'-]+\\s+){3}))(?<noun>${alternation(ANONYMOUS_SOURCE_NOUNS)})\\b(?:\\s+familiar with(?:\\s+[\\p{L}-]+){1,4}?(?=\\s+(?:${alternation(SPEECH_VERBS)})\\b|,|$))?`,
  "giu",
);
/**
 * Plurals with an agent's ending (AGENT_ENDING) that name things or deeds ("papers", "factors",
 * "fees", "rumors", "events"), or a kind of company, an institution ("insurers", "lenders",
 * "retailers", "tech giants"), or the dead, whose sayings are a tradition, not a source ("our
 * ancestors tell us"). Matched as whole words, case aside.
 */
const NON_AGENT_PLURALS = `
  papers numbers letters orders matters quarters computers powers borders markers meters metres
  chapters layers filters centers centres theaters theatres towers waters answers offers
  containers chambers corners banners barriers posters stickers tankers trailers thrillers
  teasers vouchers waivers registers scanners printers clusters characters charters cancers
  fibers fingers flowers gears hammers headers ledgers levers lockers manners monsters
  parameters rivers shelters shoulders triggers trousers wonders weathers blockbusters burgers
  covers insurers lenders retailers carriers suppliers providers manufacturers producers
  exporters importers refiners publishers broadcasters distributors wholesalers brokers shippers
  partners competitors underwriters sponsors contractors bidders employers miners drillers
  homebuilders streamers issuers developers operators bottlers grocers airliners jetliners
  factors sectors indicators reactors motors doors floors colors colours errors mirrors
  corridors sensors processors vectors tractors rumors rumours favors favours honors honours
  labors labours flavors flavours vapors vapours behaviors behaviours tumors tumours terrors
  horrors humors humours conductors detectors elevators escalators generators calculators
  incubators accelerators ventilators radiators compressors connectors transistors monitors
  meteors interiors exteriors majors fees trees degrees committees decrees guarantees knees bees
  levees tees jamborees rupees chimpanzees events incidents accidents contents talents currents
  patents percents giants rodents ingredients nutrients coefficients gradients solvents vents
  tents cents scents rents extents intents consents accents dissents presents represents
  prevents invents laments restaurants plants grants ants chants pants slants implants variants
  elephants pendants warrants covenants remnants constants stimulants sealants lubricants
  pollutants reagents newspapers semiconductors subcontractors advertisers
  ancestors forebears forefathers
  twists wrists gists mists fists assists exists insists persists resists consists subsists desists
  medians meridians radians humans
`
  .trim()
  .split(/\s+/u);
/** Companies by what they make: "automakers", "chipmakers" (not "lawmakers", "policymakers"). */
const COMPANY_MAKERS = `
  auto car chip drug phone steel plane aircraft truck tire tyre toy handset smartphone appliance
  equipment cement game vehicle device drink beer wine book
`
  .trim()
  .split(/\s+/u);
/**
 * Singulars with an agent's ending that name no one: the plurals' singulars, "-ist" words that are
 * not trades ("a list", "a twist"), and adverbs in "-er" that may close a noun phrase ("went a step
 * further", "a year later", "a day sooner").
 */
const NON_AGENT_SINGULARS = [
  ...NON_AGENT_PLURALS.map((word) => word.replace(/s$/u, "")),
  ..."list twist wrist gist mist fist assist exist insist persist resist consist subsist desist median human".split(
    " ",
  ),
  ..."further farther rather together whether however never ever over under after later sooner longer".split(" "),
];
/** Both cases of a word's first letter. */
const anyCase = (word: string) => `[${word[0]?.toUpperCase() ?? ""}${word[0] ?? ""}]${word.slice(1)}`;
/** Not one of `words`, as a whole word, nor a company by what it makes, where this stands after a word. */
const notOneOf = (words: readonly string[], makers: string) =>
  `(?<!(?<![\\p{L}-])(?:${words.map(anyCase).join("|")}|(?:${COMPANY_MAKERS.map(anyCase).join("|")})${makers}))`;
/**
 * The endings of agent nouns, the people named by what they do: "-er"/"-or" ("commuter",
 * "donor"), "-ee" ("retiree"), "-ist"/"-ian" ("dentist", "physician", plural too: "therapists warn"), "-man" ("fireman"; not "abdomen", "specimen"), "-ent"/"-ant"
 * ("tenant", "immigrant"; not "-ment": "statement"). Plural (true) or singular.
 */
const agentEnding = (plural: boolean) =>
  plural
    ? String.raw`(?:ers|ors|ees|ists|ians|(?<!(?:abdo|acu|sta|speci|regi|albu|bitu|ceru|ger))men|(?<!m)ents|ants)`
    : String.raw`(?:er|or|ee|ist|ian|(?<!(?:hu|abdo|acu|sta|speci|regi|albu|bitu|ceru|ger))man|(?<!m)ent|ant)`;
/**
 * The tail of a plural agent noun after its first letter, whatever its trade ("commuters",
 * "shareholders", "co-workers", "donors", "retirees", "firemen", "tenants", "immigrants"): read
 * by its ending, so a group of people the word lists never met is still known for what it is.
 * The caller says how the word may begin (sourcing's groups: lower case, or opening the sentence).
 */
export const AGENT_PLURAL_TAIL = `[\\p{Ll}-]{2,}${agentEnding(true)}${notOneOf(NON_AGENT_PLURALS, "makers")}`;
/** Finite verbs that report speech, a statement or a view. */
const FINITE_REPORTING = alternation([...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS, ...COGNITION_VERBS]);
/**
 * Where a singular noun phrase ends: before a comma, a relative or a place ("who", "at", "from"), a
 * participle saying who engaged the person or where they work ("hired by", "working at"), or a
 * reporting verb; or at the end of the text, where a tag's subject is read alone ("one respondent").
 */
const NOUN_PHRASE_END = `(?=\\s*[,;]|\\s*$|\\s+(?:who|from|at|in|of|for|with|on|near|inside|outside|close|familiar|based)(?!\\p{L})|\\s+(?:hired|retained|employed|appointed|commissioned|contracted|engaged)\\s+by\\s|\\s+(?:working|living|stationed|serving)\\s+(?:in|at|for|on|with|near)\\s|(?:\\s+(?:has|have|had|was|is|also|later|then|\\p{Ll}+ly)){0,2}\\s+(?:${FINITE_REPORTING})(?!\\p{L}))`;
/**
 * One person by what they do, read by the ending as AGENT_PLURAL_TAIL reads plurals ("a firefighter",
 * "one commuter", "an employee", "a physician"), where the noun phrase ends (NOUN_PHRASE_END):
 * "a former official" is not "a former": the next word goes on with the phrase.
 */
const AGENT_SINGULAR = `\\p{Ll}[\\p{Ll}-]{2,}${agentEnding(false)}${notOneOf(NON_AGENT_SINGULARS, "maker")}${NOUN_PHRASE_END}`;
/**
 * One person by their age alone, where the noun phrase ends as AGENT_SINGULAR's does: "a
 * 20-year-old said", "a 45-year-old from the town told …" ("a 20-year-old student" is the student).
 */
const AGE_NOUN = `\\d{1,3}-year-old${NOUN_PHRASE_END}`;
/**
 * One unnamed person by their part in the story, with an indefinite determiner (UNNAMED_PERSON_NOUNS,
 * AGENT_SINGULAR, AGE_NOUN), or "that" after "as" pointing back to them ("as that tweeter in Sydney
 * suggested": a demonstrative, for "as" takes no clause opened by "that"; "this" is left out, as
 * "as this reporter noted" is the writer). Not an owner: in "one driver’s wife" the wife speaks, a
 * noun further on.
 */
const UNNAMED_PERSON = new RegExp(
  `(?:\\b(?:an?|one|another)|(?<=(?<!\\p{L})as\\s+)that)\\s+(?:${MODIFIER_WORD}\\s+){0,3}?(?<noun>${alternation(UNNAMED_PERSON_NOUNS)}|${AGENT_SINGULAR}|${AGE_NOUN})\\b(?![’']s(?!\\p{L}))`,
  "giu",
);
/**
 * A lawmaker's seat written as initials, a noun for one person: "an MP", "a Labour MEP", "one MSP".
 */
export const MEMBER_INITIALS: readonly string[] = ["MP", "MEP", "MSP", "MLA", "MPP"];
/**
 * One person named by a capitalised noun of where they are from, read by its ending: "a Cumbrian",
 * "a Texan", "a New Yorker", "a Londoner", "a Brooklynite", "a Yorkshireman" (after an indefinite
 * determiner, where the noun phrase ends: never a name, which takes no "a"). Of "-er" only "-ner"
 * and "-ker": "an Uber", "a Tinder" are brands.
 */
export const DEMONYM_PERSON = String.raw`\p{Lu}\p{Ll}+(?:ian|an|ner|ker|ite|man|woman)`;
/**
 * One unnamed person by a capitalised noun: a party member, perhaps with their state or wing
 * before the noun ("an Arizona Republican", "one New Mexico Democrat", "a veteran Tory"), a
 * lawmaker by the seat's initials ("an MP who asked not to be named", "a Conservative MP"), or
 * someone by where they are from ("a Cumbrian who had come to watch"), where the noun phrase
 * ends: "a Republican strategist" is the strategist (UNNAMED_PERSON), "a Democrat Ana Ruiz" a
 * name. Case-sensitive on the noun, which a party's name, initials and a place capitalise. The
 * words before it are no relative or conjunction ("a man who met Tory" is the man).
 */
const PARTY_MEMBER = new RegExp(
  `(?<!\\p{L})(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?!(?:who|whom|which|that|and|or|but)\\s)${MODIFIER_WORD}\\s+){0,3}?(?<member>${[...PARTY_MEMBER_NOUNS, ...MEMBER_INITIALS].join("|")}|${DEMONYM_PERSON})(?![\\p{L}’'])(?:${NOUN_PHRASE_END}|(?=\\s*[:.!?]))`,
  "gu",
);
/**
 * What a source speaks for: "for the State Department", "at the U.S. Embassy", "for the
 * Universities and Colleges Employers’ Association" (case-sensitive).
 */
const SOURCE_OF =
  /^\s+(?:for|at|of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:and|of|for|the)\s+)?\p{Lu}[\p{L}.’'-]*){0,6}/u;

/**
 * What follows "official" when it is an adjective of a record or a page, not a person: "(her
 * official) ABC bio", "(his official) Twitter account", "(its official) website", "(the official)
 * Social Security Administration website" (a body's name of up to four words). Case-sensitive: the
 * words between are a name's.
 */
const OFFICIAL_THING =
  /^\s+(?:\p{Lu}[\p{L}&.-]*\s+){0,4}(?:bio|biography|web\s?site|site|page|account|profile|statement|records?|documents?|photos?|portrait|residence|title|duties|capacity|channels?|figures|data|tally|results|estimates?|list|transcript|blog|handle|feed|biography)(?!\p{L})/u;

/**
 * Every description of an unnamed source in `text`, in order, with what it speaks for: the
 * first need not be the one that speaks ("killing four officers, a senior official said").
 */
export function anonymousSources(text: string): { index: number; text: string }[] {
  // A capitalised head noun belongs to a name ("a transcript reviewed by Business Insider"), not a
  // description; a role's initials ("one neo-bank CEO") are no name. A firm has one chief: "the
  // CEO", "its CEO" is someone the text may name, so only an indefinite one is unnamed.
  // Of two descriptions from one determiner, the longer is the whole noun phrase: "a veteran Tory", not "a veteran".
  return [...text.matchAll(ANONYMOUS_CORE), ...text.matchAll(UNNAMED_PERSON), ...text.matchAll(PARTY_MEMBER)]
    .sort((a, b) => a.index - b.index || b[0].length - a[0].length)
    .filter((m) => {
      const noun = m.groups?.["noun"] ?? "";
      if (m.groups?.["member"] !== undefined) return true;
      // "her official ABC bio", "its official website": "official" is an adjective of a thing there.
      if (/^official$/iu.test(noun) && OFFICIAL_THING.test(text.slice(m.index + m[0].length))) return false;
      if (!/^(?:CEOs?|executives?)$/iu.test(noun)) return !/^\p{Lu}/u.test(noun);
      return /^(?:an?|one|another|two|three|four|several|multiple|some|many|unnamed)\s/iu.test(m[0]);
    })
    .map((core) => {
      const end = core.index + core[0].length;
      const of = /familiar with/iu.test(core[0]) ? undefined : SOURCE_OF.exec(text.slice(end));
      // "in El Paso." at a sentence's end: the full stop is the sentence's ("U.S." keeps its own).
      const source = text.slice(core.index, end + (of?.[0].length ?? 0)).replace(/(?<=\p{Ll}{2})\.$/u, "");
      return { index: core.index, text: source };
    });
}

/** The first description of an unnamed source in `text`, with what it speaks for. */
export function anonymousSource(text: string): { index: number; text: string } | undefined {
  return anonymousSources(text)[0];
}

/** Words that mark a description of a source rather than a name ("unnamed", "official"). */
export const ANONYMOUS_LABEL =
  /\b(?:unnamed|anonymous|former|source|official|officer|representative|spokes\w*|insider)\b/iu;
