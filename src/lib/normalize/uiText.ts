/**
 * Interface text a page prints around an article, recognized by what it is rather than by one
 * site's wording: short lines that address the reader (share, follow, subscribe, sign up,
 * comment, accept cookies), copyright and reading-time notices, ad-slot labels — in the
 * languages the corpus has (English, Spanish, French, Portuguese, German, Czech). Article
 * sentences report in the third person; interface text speaks to "you", gives an order, or
 * names a control. Every recognizer is limited to short lines, so a long sentence that merely
 * mentions a newsletter or cookies is never taken.
 */
import { wordCount } from "./lines.ts";
import { familySiteName } from "./outlets.ts";
import type { RemovalReason } from "./types.ts";

/** Share buttons' labels, in several languages. */
const SHARE = "(?:share|partager|compartir|compartilh(?:e|ar)|teilen|condividi|sdílet|deel)";
/** Follow prompts. */
const FOLLOW = "(?:follow|suivez|suivre|s[ií]guenos|siga(?:-nos)?|folgen\\s+sie|folge|sledujte)";
/**
 * Platforms a follow prompt names: the site's accounts elsewhere (also read by promo.ts's
 * in-paragraph prompt, and by the name reader, analysis/names.ts, as companies' names).
 */
export const PLATFORM =
  "(?:x|twitter|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|bluesky|snapchat|pinterest|flipboard|tumblr|reddit|gab|truth\\s+social)";
/** An account's handle after its platform, in parentheses or not: "Twitter (@NYTopinion)", "Twitter @janedoe". */
const HANDLE = "(?:\\s*\\(@\\w{1,30}\\)|\\s+@\\w{1,30})?";
/**
 * A follow prompt naming the site's accounts by platform, with its full stop: "Follow Newsbeat
 * on Instagram, Facebook, Twitter and YouTube.", "Please follow …", "Like us on Facebook.". Every name after "on"
 * is a platform and nothing follows them, so "Follow the money." or a sentence that goes on
 * past the names is never one.
 */
const FOLLOW_ON_PLATFORMS = new RegExp(
  `^(?:please\\s+)?(?:(?:like|find)\\s+us|${FOLLOW}\\s+(?:us|[\\p{L}\\p{N}&'’.-]+(?:\\s+[\\p{L}\\p{N}&'’.-]+){0,5}))\\s+on\\s+${PLATFORM}${HANDLE}(?:\\s*(?:,|\\band\\b|&|\\bor\\b)\\s*(?:and\\s+)?${PLATFORM}${HANDLE})*\\s*[.!]?$`,
  "iu",
);
/** Subscription and sign-up prompts. */
const SUBSCRIBE =
  "(?:subscribe|sign\\s+up|s['’]abonner|abonnez-vous|inscrivez-vous|abonnieren|registrieren|suscr[ií]b(?:e|ete|irse)|reg[ií]strate|assine|inscreva-se|předplaťte)";
/** The reader addressed: interface text speaks to "you". */
const YOU =
  /\b(?:you|your|you['’]re|vous|votre|vos|t[uú]|tus?|usted|su\s+correo|voc[eê]|seu|sua|sie|ihr(?:e|en)?|dein(?:e|en)?)\b/iu;
/** Things interface text is about. */
const UI_NOUN =
  /\b(?:newsletters?|inbox|e-?mail(?:s)?|cookies?|notifications?|alerts?|app|browser|account|subscription|comments?|lettre\s+d['’]information|navigation|bolet[ií]n|correo|boletim|navegaç[aã]o|kommentare?|konto)\b/iu;

/** The site naming its own newsletters: "our newsletters page", "our daily newsletter". */
const OUR_NEWSLETTERS = /\bour\s+(?:[\p{L}-]+\s+){0,2}newsletters?\b/iu;

/** A subscription verb anywhere in a line. */
const SUBSCRIBE_WORD = new RegExp(`\\b${SUBSCRIBE}\\b`, "iu");

/**
 * Text that speaks to the reader about the page's services: "you", a subscription verb or a
 * thing interface text is about (newsletter, inbox, alerts). A newsletter box's pitch does; an
 * article's lede reports in the third person.
 */
export function addressesReader(text: string): boolean {
  return YOU.test(text) || UI_NOUN.test(text) || SUBSCRIBE_WORD.test(text);
}

/**
 * A site's banner that the reader's browser is not served: "IE 11 is not supported", "Your
 * browser is no longer supported", then at most its advice to switch browsers. The banner speaks
 * of the reader's browser; a story saying a browser is unsupported names who dropped it.
 */
const UNSUPPORTED_BROWSER =
  /^(?:(?:ie|internet\s+explorer)(?:\s*\d{1,2})?|your\s+(?:web\s+)?browser|this\s+browser)\s+is\s+(?:not|no\s+longer)\s+supported\.?(?:\s+[^.!?]*\b(?:another|a\s+different|a\s+modern|a\s+newer|an?\s+up-to-date)\s+(?:web\s+)?browser[.!]?)?$/iu;

/**
 * An offer to put the post on the reader's own site: "Embed this video", "To embed this post, copy
 * the code below and paste into your website or blog."
 */
const EMBED_OFFER =
  /^(?:to\s+)?embed\s+this\s+(?:post|article|story|video|clip|graphic|chart|map|audio|podcast|gallery)\b[^!?]{0,100}$/iu;

const LINE_PATTERNS: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  // "Share", "Share this article: Facebook | X", "Partager sur Facebook", "Compartilhe".
  [new RegExp(`^${SHARE}\\b[^.!?]{0,80}$`, "iu"), "navigation"],
  // "Follow us on X and Facebook", "Suivez-nous", "Síguenos en Twitter".
  [
    new RegExp(
      `^${FOLLOW}(?:[- ]?(?:us|nous|nos|uns))?\\b(?:.*\\b(?:us|nous|nos|uns|on|sur|en|auf|no|na|${PLATFORM})\\b)?[^.!?]{0,60}$`,
      "iu",
    ),
    "navigation",
  ],
  [FOLLOW_ON_PLATFORMS, "navigation"],
  // A link's label closed by an arrow, a few words: "More news >", "Ask Jane A Question >", "See all »".
  [/^(?=(?:\S+\s+){0,5}\S+\s*[>»›→]$)[^.!?<>]{1,50}[^\s.!?]\s*[>»›→]$/u, "navigation"],
  // Share buttons named as what a click does: "Click to share on Reddit (Opens in new window)",
  // "Click to email this to a friend", "Click to copy URL", "Submit to Stumbleupon (Opens in new window)".
  [
    /^(?:(?:click|tap)\s+(?:here\s+)?to\s+(?:share|print|e-?mail|tweet|pin|post|copy)\b[^.!?]{0,60}|[^.!?]{1,40}\(opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\))$/iu,
    "navigation",
  ],
  // "Find us on Facebook", "Connect with us": a follow prompt by another verb.
  [/^find\s+us\s+on\b[^.!?]{0,40}$|^connect\s+with\s+us(?:\s+on\b[^.!?]{0,40})?[:.!]?$/iu, "navigation"],
  // A form's field label marked as required, left by a sign-up or comment box: "Email (required)",
  // "Name(required)". A field, not a sentence: a few words and the mark.
  [/^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}\s?\(required\)$/iu, "navigation"],
  // A sign-up form's own state and promise, left by a scraper that read its hidden messages:
  // "Thanks for signing up!", "There was a problem registering.", "You can opt-out at any time."
  // A line alone, with nothing said of any other service.
  [
    /^you\s+(?:can|may)\s+(?:opt[-\s]?out|unsubscribe)\s+(?:at\s+any\s+time|anytime)\s*[.!]?$|^(?:thanks|thank\s+you)\s+for\s+(?:signing\s+up|subscribing|registering)\s*[.!]*$|^there\s+was\s+an?\s+(?:problem|error)\s+(?:registering|signing\s+(?:you\s+)?up|with\s+your\s+(?:submission|sign-?up|subscription))\s*[.!]?$/iu,
    "promo",
  ],
  [new RegExp(`^${SUBSCRIBE}\\b[^.!?]{0,80}[.!]?$`, "iu"), "promo"],
  // The same prompt as what a click does: "Click here to subscribe to The Paradigm Newsletter".
  [new RegExp(`^(?:click|tap)\\s+(?:here\\s+)?to\\s+${SUBSCRIBE}\\b[^.!?]{0,80}[.!]?$`, "iu"), "promo"],
  // A call to join the site's mailing list, after a question that offers more of what it sends:
  // "Want more deals? Join the IGN Deals Newsletter.", "Join our mailing list", "Want more
  // updates from Sam? Sign up for his newsletter, Weekly Sam."
  [
    /^(?:want\s+more\b[^.!?]{0,30}\?\s*)?(?:join|sign\s+up\s+for|subscribe\s+to)\s+(?:the|our|his|her|their)\s+(?:[\p{L}\p{N}&'’.-]+\s+){0,4}(?:newsletters?|mailing\s+list|e-?mail\s+list)(?:,\s+\p{Lu}[^.!?]{0,40})?[.!]?$/iu,
    "promo",
  ],
  // A newsletter's own name offered with the site's name for it: "Get Data Sheet, Harbour Wire's
  // technology newsletter", "Sign up for Morning Tide, our daily newsletter". An offer with no verb
  // of reporting, the newsletter last.
  [
    /^(?:get|sign\s+up\s+for|subscribe\s+to|try)\s+\p{Lu}[^.!?,]{0,40},\s+(?:our|the|[\p{Lu}][^.!?,]{0,30}['’]s?)\s+(?:[\p{L}-]+\s+){0,3}newsletter[.!]?$/iu,
    "promo",
  ],
  // A save button's label and its note: "Save this story for later.", "Save article", "To
  // revisit this article, visit My Profile, then View saved stories." (misspelt or not).
  [
    /^save\s+(?:this\s+)?(?:story|article)(?:\s+for\s+later)?[.!]?$|^to\s+revisi?t\s+this\s+(?:article|story),\s+(?:visit|go\s+to)\b[^.!?]{0,60}\bsaved\s+(?:stories|articles)[.!]?$/iu,
    "navigation",
  ],
  // A donation ask: "Will you support Harbour Wire's explanatory journalism?", "Can you support our journalism?".
  [
    /^(?:will|would|can|could)\s+you\s+support\s+(?:our|(?:[^\s.!?]+\s+){0,2}[^\s.!?]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}journalism\?$/iu,
    "promo",
  ],
  // A call to read the site's other coverage, its logo's name after "on" (or lost with the
  // image, leaving "Get more newson"): "Get more news on Tidewater Post", "Get the latest stories on".
  [/^get\s+(?:more|the\s+latest)\s+(?:news|stories|updates|coverage)(?:\s*on\b[^.!?]{0,40})?$/iu, "promo"],
  // A wiki's tagline under each entry's title, naming the wiki the entry is from: "From Harbourpedia,
  // the free encyclopedia", "From Tidewiki, the sailing wiki".
  [
    /^from\s+[\p{L}\p{N}'’ .-]{1,30},\s+the\s+(?:[\p{L}'’-]+\s+){0,3}(?:encyclop(?:a)?edia|wiki|dictionary)$/iu,
    "navigation",
  ],
  // A call to comment, perhaps after the question it asks: "Tell us what you think...", "Did the
  // council get it right? Let us know in the comments.", "Sound off below!". A question alone is
  // the article's; asked with no call to answer it stays.
  [
    /^(?:[^.!?]{3,120}\?\s+)?(?:tell\s+us|let\s+us\s+know|sound\s+off|share\s+your\s+thoughts)\s+(?:what\s+you\s+think|below|in\s+the\s+comments)(?:\s+(?:below|section))?\s*(?:[.!?]|\.{3}|…)?$/iu,
    "promo",
  ],
  // A call for tips: "Got a tip for us? Let us know", "Have a news tip?".
  [/^(?:got|have)\s+a\s+(?:news\s+)?tip\b[^.!]{0,40}$/iu, "promo"],
  // A consent banner's buttons: "I Accept", "Accept all", "I agree".
  [/^(?:i\s+)?(?:accept|agree|consent)(?:\s+all)?(?:\s+cookies)?$/iu, "notice"],
  // App prompts: "Get the app", "Download the Valley Courier app for breaking news alerts",
  // "Send yourself a link to download the app."
  [
    /^(?:send\s+(?:yourself|me)\s+a\s+link\s+to\s+)?(?:download|get|install|open)\s+(?:the|our)?\s*(?:[\p{L}&'’.]+\s+){0,4}app\b[^.!?]{0,60}[.!]?$/iu,
    "promo",
  ],
  // Paywall prompts: "Already a subscriber? Log in", "You have reached your limit of free articles".
  [
    /^already\s+(?:a\s+)?(?:subscriber|member|registered)\b.{0,40}$|^you(?:['’]ve|\s+have)\s+(?:reached|read|used)\s+(?:your|the|all)\b.{0,40}\b(?:free\s+)?(?:articles?|stories|limit)\b.{0,30}$/iu,
    "promo",
  ],
  // A prompt to keep receiving the site's news: "Stay up to date with Harbour Wire.", "Stay informed".
  [
    /^(?:stay\s+(?:up\s+to\s+date|informed|connected|in\s+touch)|keep\s+up(?:\s+to\s+date)?)(?:\s+with\b[^.!?]{0,40})?[.!]?$/iu,
    "promo",
  ],
  // A widget's state when the page was saved, or a form's check on a field: "Please wait...",
  // "This feature is temporarily unavailable. Please try again later.", "Something went wrong.",
  // "Invalid email address format. Please try again!", "Please enter a valid email address".
  [
    /^(?:please\s+wait(?:\.{3}|…|[.!])?|(?:(?:this\s+(?:feature|service|content|video|widget)\s+is\s+(?:temporarily\s+|currently\s+)?unavailable|something\s+went\s+wrong|an?\s+(?:unexpected\s+)?error\s+(?:has\s+)?occurred|invalid\s+e-?mail(?:\s+address)?(?:\s+format)?|please\s+(?:enter|provide)\s+a\s+valid\s+e-?mail(?:\s+address)?)[.!]?(?:\s+please\s+try\s+again(?:\s+later)?[.!]?)?))$/iu,
    "notice",
  ],
  // A sign-up form's confirmation: "You have successfully subscribed. Thank you!", "You're now signed up".
  [
    /^you(?:['’]ve|\s+have|['’]re|\s+are)\s+(?:now\s+)?(?:succe?ss?fully\s+)?(?:subscribed|signed\s+up|registered)\b.{0,40}$/iu,
    "promo",
  ],
  // Ad-slot labels in other languages ("Advertisement" itself is ./chrome.ts).
  [
    /^(?:publicit[ée]|publicidad|publicidade|anuncio|anzeige|werbung|reklama|реклама|pubblicit[àa]|iklan|광고|広告|广告)$/iu,
    "promo",
  ],
  // Reading time: "Lecture 3 min.", "Lesezeit: 4 Minuten", "4 Min.", "Tiempo de lectura: 3 min",
  // "Tempo de leitura: 1 minuto", "Время чтения: 5 минут".
  [
    /^(?:(?:temps\s+de\s+)?lecture|(?:tiempo\s+de\s+)?lectura|(?:tempo\s+de\s+)?leitura|tempo\s+di\s+lettura|lesezeit|leestijd|reading\s+time|время\s+чтения)\s*:?\s*\d{1,3}\s*(?:min(?:\.|utes?|uten|utos?|uti|uto)?|мин(?:\.|ут[аы]?)?)\.?$|^\d{1,3}\s*min\.?$/iu,
    "notice",
  ],
  // A news-flash banner's or a kicker's label alone on its line, the story it tags elsewhere:
  // "BREAKING NEWS", "Exclusive", "Developing story", "Just in". A label run into a headline
  // ("EXCLUSIVE: …") is the headline's kicker (headline.ts), not this.
  [/^(?:breaking(?:\s+news)?|exclusive|developing(?:\s+story)?|just\s+in|news\s+alert)$/iu, "navigation"],
  // A page's stamp labels whose times a script was to fill in, left empty: "Posted: / Updated:".
  // Two labels and no date between or after them; one label alone may head the date line below.
  [
    /^(?:posted|updated|published|last\s+updated|modified)\s*:?\s*[/|·•,-]?\s*(?:posted|updated|published|last\s+updated|modified)\s*:?$/iu,
    "notice",
  ],
  // A share box's label: "Spread the news:", "Share the love", "Social Share".
  [/^(?:(?:spread|share)\s+the\s+(?:news|word|love)|social\s+shar(?:e|ing))\s*[:!]?$/iu, "navigation"],
  // A share plugin's prompt and a share box's label over the page's own address: "Please follow
  // and like us:", "Read or Share this story: https://…". The address is the article's own, so
  // nothing of the article is in the line.
  [/^(?:please\s+)?(?:follow\s+(?:and|&)\s+like|like\s+(?:and|&)\s+follow)\s+us\s*[:!.)]*$/iu, "navigation"],
  [
    /^(?:read\s+(?:or|and)\s+)?share\s+this\s+(?:story|article|post|page)\s*:\s*(?:https?:\/\/|www\.)\S+$/iu,
    "navigation",
  ],
  // Print and text-size controls.
  [
    /^(?:print(?:\s+this)?(?:\s+(?:article|page|story))?|printer[-\s]friendly(?:\s+version)?|(?:(?:increase|decrease|reset|change|adjust)\s+)?(?:text|font)\s+size|order\s+(?:a\s+)?reprints?(?:\s+of\s+this\s+(?:article|page|story))?|imprimer(?:\s+cet\s+article)?|imprimir|drucken)$/iu,
    "navigation",
  ],
  // View counters: "Visto 314 veces", "Viewed 1,024 times", "2.3K views", "This story has been shared 44,976 times."
  [
    /^this\s+(?:story|article|post)\s+has\s+been\s+(?:shared|viewed|read)\s+[\d.,]+\s*[kKmM]?\s+times\.?$|^(?:(?:visto|viewed|seen|read|le[ií]do|lu|gelesen)\s+[\d.,]+\s*(?:veces|times|fois|mal)|[\d.,]+\s*[kKmM]?\s+(?:views|reads|visitas|lecturas|vues))$/iu,
    "notice",
  ],
  // A share box's own words: "Sharing is caring!", "All sharing options for:", its button's
  // label glued on ("Share All sharing options"; with the headline it shares after the colon,
  // SHARE_OPTIONS_FOR), its box's label "Social Sharing" or "Services to share this page.", "Copy link
  // URLCopied!", "Copy this link https://…", "Like this story? Share it with a friend!", and a
  // like button's label over its counter, "Like this:" / "Like Loading...", as a share box sets
  // it (a colon and nothing after: prose that goes "like this:" has words before it).
  [
    /^like\s+this:$|^like\s+loading(?:\.{3}|…)$|^(?:share\s+)?(?:all\s+)?sharing\s+(?:is\s+caring|options)\b[^.?]{0,40}[!:.]?$|^social\s+sharing$|^(?:services|options|tools)\s+(?:to|for)\s+shar(?:e|ing)\s+this\s+(?:page|article|story|post)\.?$|^copy\s+(?:this\s+|the\s+)?link\b\s*(?:url\s*copied!?|https?:\/\/\S+)?$|^(?:like|enjoy(?:ed)?|love)\s+this\s+(?:story|article|post)\?\s*share\b[^.?]{0,40}[.!]?$/iu,
    "navigation",
  ],
  // A widget still loading when the page was saved: "Loading...", "Loading comments…".
  [/^loading(?:\s+(?:comments|more|content|video))?\s*(?:\.{3}|…)$/iu, "notice"],
  // The same placeholder naming its box, with no dots: "Loading Photo Gallery", "Loading video".
  [/^loading\s+(?:(?:photo|image|video)\s+)?(?:gallery|slideshow|photos?|images?|video|player|comments)$/iu, "notice"],
  // A comment box's combined button: "View/Post Comments", "Read or post comments".
  [/^(?:view|read|see)\s*(?:\/|\s(?:or|and|&)\s)\s*(?:post|add|leave|write)\s+comments?$/iu, "navigation"],
  // A comment box's prompts and counters: "0 replies", "Want to join the discussion?", "Post
  // limit reached. Please try again in a minute."
  [
    /^\d+\s+(?:repl(?:y|ies)|responses?)$|^want\s+to\s+join\s+the\s+(?:discussion|conversation)\?$|^(?:comment|post)\s+limit\s+reached\b[^?]{0,50}$/iu,
    "navigation",
  ],
  // A comment box's gate and state: "Log in to comment", "Please sign in or register to reply.",
  // "You must be logged in to post a comment" (./chrome.ts), "Comments are closed.", "Be the first
  // to comment".
  [
    /^(?:please\s+)?(?:log\s*in|sign\s*in|register)(?:\s+(?:or|and|\/)\s+(?:register|sign\s*up|create\s+an\s+account))?\s+to\s+(?:comment|reply|post\s+a\s+comment|leave\s+a\s+comment|join\s+the\s+(?:discussion|conversation))[.!]?$|^comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off)\b[^.!?]{0,40}[.!]?$|^be\s+the\s+first\s+to\s+(?:comment|reply)[.!]?$/iu,
    "navigation",
  ],
  // A comment box's sort order and its paging: "Sort by Newest", "Sort by: Best", "Newest
  // first", "Show more replies", "View 3 more replies", "Load more comments", "Report this comment".
  [
    /^sort(?:\s+comments)?\s+by\s*:?\s*(?:newest|oldest|best|top|latest|popular|most\s+\p{L}+)(?:\s+first)?$|^(?:newest|oldest|latest)\s+first$|^(?:show|view|load|see|hide)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?(?:repl(?:y|ies)|comments?)$|^report\s+(?:this\s+)?(?:comment|reply|abuse)$/iu,
    "navigation",
  ],
  // A post embedded from a social network, by its own furniture: "Replying to @x and @y",
  // "Retweeted by Ana Ruiz", "Ana Ruiz Retweeted".
  [
    /^replying\s+to\s+@\w{1,30}(?:(?:\s*,\s*|\s+and\s+)@?\w{1,30})*$|^retweeted\s+by\s+[^.!?]{1,40}$|^[^.!?]{1,40}\s+retweeted$/iu,
    "embed",
  ],
  // A widget's text whose number or name was never filled in, the template's placeholder opening
  // or closing the line: "%d bloggers like this:", "Connecting to %s". Prose that writes one
  // ("Use %d for integers.") has it inside a sentence.
  [/^%[ds]\s[^.!?]{0,60}:?$|^[^.!?%]{1,60}\s%[ds]$/u, "navigation"],
  // A control's own label alone on its line: "Tweet", "Google+", "Get short URL", a comment
  // counter "(42) Comments". ("Shares" and "Close" stay: as plain labels they still mark a
  // header's edge or a run of labels for the readers that come after this one; the body drops
  // them alone, LONE_CONTROL_LABEL.) The counter glued to its word, "11Comments", too.
  [/^(?:tweet|google\+|get\s+short\s+url|\(\d[\d,]*\)\s*comments?|\d[\d,]*comments?)$/iu, "navigation"],
  // A list's, a picture's or a teaser's toggle and an author box's links: "Show less", "View
  // all", "Expand", "Enlarge image", "CONTINUE
  // READING Show less" (a teaser's two buttons run together), "View author archive", "Get author
  // RSS feed", "Hide articles", "Read comments - Join the discussion". A button's words alone on
  // their line; prose that goes "show less" has a subject and more words.
  [
    /^(?:(?:continue\s+reading\s+)?(?:show|view|see)\s+(?:less|more|all)(?:\s+\d{1,4})?|keep\s+reading|expand|collapse|(?:\[\s*\+\s*\]\s*)?enlarge(?:\s+(?:this\s+)?(?:image|photo|picture))?|view\s+(?:the\s+)?author(?:['’]s)?\s+(?:archive|page|profile)|get\s+(?:the\s+)?author(?:['’]s)?\s+rss(?:\s+feed)?|(?:hide|show)\s+(?:articles|stories)|read\s+(?:the\s+)?comments\s*[-–—|:]\s*join\s+the\s+(?:discussion|conversation))$/iu,
    "navigation",
  ],
  // An old-browser banner, whole or broken over its lines: "You are using an outdated browser.",
  // "Please upgrade your browser", "and improve your visit to our site.". The site speaks of the
  // reader's browser; a story about browsers names one or says who uses it.
  [
    /^(?:you(?:['’]re|\s+are)\s+using\s+an?\s+(?:outdated|old(?:er)?|unsupported|out-of-date)\s+(?:version\s+of\s+(?:your\s+)?)?(?:web\s+)?browser|(?:please\s+)?(?:upgrade|update)\s+(?:to\s+a\s+(?:modern|newer)\s+|your\s+)(?:web\s+)?browser|(?:and\s+|to\s+)?improve\s+your\s+(?:visit|experience|browsing\s+experience)\s+(?:to|on|of)\s+(?:our|this)\s+(?:site|website))(?:\s+(?:to|for|and)\s+[^.!?,;]{1,50})?[.!]?$/iu,
    "notice",
  ],
  // A divider drawn with one character set over and over ("==========", "__________"): it parts
  // the page's items; it holds no words.
  [/^([=_~*#-])\1{3,}$/u, "navigation"],
  // A footer's policy links, each a line: "Terms of Service", "Privacy Notice", "Contact Us".
  [
    /^(?:terms\s+(?:of\s+(?:use|service|sale)|(?:&|and)\s+conditions)|privacy\s+(?:policy|notice|statement|settings)|cookie\s+(?:policy|statement|notice)|contact\s+us|about\s+us)$/iu,
    "navigation",
  ],
  // An icon font's glyph printed as its name ("chevron_left", "phone_iphone", "insert_chart"):
  // lower-case words joined by underscores, an identifier no sentence or headline is written in.
  [/^\p{Ll}+(?:_\p{Ll}+)+$/u, "navigation"],
  // Comment counters and prompts in other languages.
  [
    /^(?:commentaires?|comentarios?|coment[aá]rios?|kommentare?|komentáře)(?:\s*\(\d+\))?$|^(?:comment(?:er)?|comentar|comente|kommentieren)(?:\s+\S+){0,3}$/iu,
    "navigation",
  ],
];

/**
 * A control's label that the line readers leave as a plain line, since it still marks a header's
 * edge or makes a run of labels for the readers after them: a share counter's "Shares", a box's
 * "Close" button, a caption toggle's "Caption". Alone inside the article's body (body.ts) it is
 * never the article's text: no paragraph is that one word.
 */
export const LONE_CONTROL_LABEL = /^(?:shares|close|caption)$/iu;

/**
 * A copyright line's opening: "© 2025 …", "Copyright 2025 …", "(c) …", "[© Provided by …". One
 * pattern for ingest (here) and the timeline's page notes (dates/furniture.ts).
 */
export const COPYRIGHT_OPENING = /^\s*[([]?\s*(?:©|Copyright\b|\(c\)\s)/iu;
/**
 * The rights a publisher reserves, in the languages pages print it: "All rights reserved" (and
 * its common slip "All right reserved"), "Tous droits réservés", "Tutti i diritti riservati",
 * "Todos os direitos reservados", "Все права защищены", "版权所有", and the ban on copying a
 * page's articles without permission that Korean, Japanese and Russian footers print in its
 * place ("무단 전재 … 금지", "無断転載", "Любое воспроизведение материалов … воспрещается").
 */
const RIGHTS_RESERVED = new RegExp(
  [
    "\\ball\\s+rights?\\s+reserved\\b",
    "\\btous\\s+droits\\s+r[ée]serv[ée]s\\b",
    "\\btodos\\s+los\\s+derechos\\s+reservados\\b",
    "\\btodos\\s+os\\s+direitos\\s+reservados\\b",
    "\\btutti\\s+i\\s+diritti\\s+riservati\\b",
    "\\balle\\s+rechte\\s+vorbehalten\\b",
    "\\balle\\s+rechten\\s+voorbehouden\\b",
    "\\bwszelkie\\s+prawa\\s+zastrze[żz]one\\b",
    "\\bv[šs]echna\\s+pr[áa]va\\s+vyhrazena\\b",
    "\\bt[üu]m\\s+haklar[ıi]\\s+sakl[ıi]d[ıi]r\\b",
    "\\bhak\\s+cipta\\s+dilindungi\\b",
    "все\\s+права\\s+защищены",
    "воспроизведение\\s+материалов[^.!?]{0,60}(?:запрещено|воспрещается)",
    "版權所有|版权所有|無断転載|무단\\s*전재",
  ].join("|"),
  "iu",
);
const COPYRIGHT = new RegExp(`${COPYRIGHT_OPENING.source}|${RIGHTS_RESERVED.source}`, "iu");
const DATED_COPYRIGHT = new RegExp(`${COPYRIGHT_OPENING.source}.{0,12}\\b(?:19|20)\\d{2}\\b`, "iu");

/**
 * A page's copyright notice: the rights phrase, or the copyright sign with a year ("© 2019 The
 * Daily Ledger"). A photo's bare credit ("© AFP") names no year and reserves no rights.
 */
export function isCopyrightNotice(text: string): boolean {
  return wordCount(text) <= 30 && COPYRIGHT.test(text) && (RIGHTS_RESERVED.test(text) || DATED_COPYRIGHT.test(text));
}

/** Thanks addressed to the reader: "Thanks for reading Border Notes!", "Thank you for subscribing." */
const THANKS_READER = /^(?:thanks|thank\s+you)\s+for\s+(?:reading|subscribing|being\s+a\s+(?:reader|subscriber))\b/iu;
const SUBSCRIBE_ORDER = new RegExp(`^${SUBSCRIBE}\\b`, "iu");

/**
 * A call to subscribe addressed to the reader, as a platform sets it after a post: every
 * sentence thanks the reader or tells them to subscribe ("Thanks for reading X! Subscribe for
 * free to receive new posts and support my work."). A report of subscriptions is neither.
 */
function isSubscribeCall(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/u);
  return (
    sentences.some((s) => SUBSCRIBE_ORDER.test(s)) &&
    sentences.every((s) => SUBSCRIBE_ORDER.test(s) || THANKS_READER.test(s))
  );
}

/** The reader speaking in a consent box: "I agree that X can send me …". */
const READER_CONSENTS = /\b(?:I\s+(?:agree|consent|accept|(?:want|would\s+like)\s+to\s+receive)|send\s+me)\b/iu;
/** What a sign-up form's fine print is about: the list, the mailbox, the policies a reader accepts. */
const SERVICE_TERM =
  /\b(?:newsletters?|inbox|unsubscribe|subscription|spam|e-?mail\s+address|notifications|privacy\s+(?:policy|notice|statement)|terms\s+(?:of\s+(?:use|service)|(?:&|and)\s+conditions)|sign(?:ing)?\s+up|registering|promotional\s+(?:content|e-?mails?|offers|messages)|(?:updates|offers)\s+from\s+(?:our\s+|selected\s+)?(?:partners|sponsors))\b/iu;
/** Most words of a sentence that stands in fine print without addressing anyone ("No spam, we promise.", "Privacy Policy."). */
const MAX_ASIDE_WORDS = 5;
/** Most words of a sign-up form's fine print; a consent paragraph runs long. */
const MAX_FINE_PRINT_WORDS = 70;

/**
 * The site speaking of its own service: "we", "our", an order opening the line ("Enter your
 * email"), the act of signing up, the way out of it. Advice in an article ("If you cancel your
 * subscription, call the bank") speaks to the reader about someone else's service.
 */
const SITE_SPEAKS =
  /\b(?:we|we['’](?:ll|re|ve)|our|us|unsubscribe|by\s+(?:signing\s+up|registering|subscribing|submitting|clicking))\b|^(?:enter|get|sign\s+up|subscribe|join)\b/iu;
/**
 * The form's own message on what it did with the reader's account, or asks of it: "An email …
 * has just been sent to your email address.", "Please activate your subscription …". Only the
 * site sends to, or asks the reader to confirm, the reader's own address.
 */
const FORM_MESSAGE =
  /\b(?:has|have)\s+(?:just\s+)?been\s+sent\s+to\s+your\b|\bplease\s+(?:activate|confirm|verify)\s+your\b|\byou\s+(?:may|will|might)\s+(?:also\s+)?(?:occasionally\s+|periodically\s+)?receive\s+promotional\b/iu;
/** A reporting verb: the line tells what someone said, so it is the article's (one test for every chrome rule). */
export const REPORTED = /\b(?:said|says|told|according\s+to)\b/iu;

/** A quotation mark: a line that quotes someone is an article's, never interface text. */
const QUOTATION_MARK = /["“”]/u;

/** Whether `text` neither reports a saying nor quotes one, as interface text never does. */
function speaksForNoOne(text: string): boolean {
  return !REPORTED.test(text) && !QUOTATION_MARK.test(text);
}

/**
 * A sign-up form's fine print: every sentence speaks to the reader (or is a short aside or a
 * policy link), one of them names what the form is about, and the site speaks of its own
 * service ("By signing up, you agree to our Privacy Policy.", "No spam, we promise. You can
 * unsubscribe at any time.") or tells the reader what it did with their account
 * (`FORM_MESSAGE`). An article reports what others did in the third person; a
 * sentence about a newsletter, or advice about someone else's subscription, stays.
 */
function isSignUpFinePrint(text: string): boolean {
  if (wordCount(text) > MAX_FINE_PRINT_WORDS || !SERVICE_TERM.test(text)) return false;
  if (REPORTED.test(text) || !(SITE_SPEAKS.test(text) || READER_CONSENTS.test(text) || FORM_MESSAGE.test(text)))
    return false;
  // "Please refer to our privacy policy …": an order is spoken to the reader too.
  const toReader = (s: string) => YOU.test(s) || READER_CONSENTS.test(s) || /^please\s/iu.test(s);
  const sentences = text.split(/(?<=[.!?])\s+/u);
  return (
    sentences.some((s) => toReader(s) && SERVICE_TERM.test(s)) &&
    sentences.every((s) => toReader(s) || wordCount(s) <= MAX_ASIDE_WORDS)
  );
}

/**
 * A copyright sign with its year inside a footer line: "The contents of this site are ©2019 …",
 * "IPSO Regulated Copyright ©2019 …". The sign is never prose; unlike a notice that opens with
 * it, this one does not close the article (articleSpan.ts), since a caption may carry it too.
 */
const INNER_COPYRIGHT = /©\s*(?:19|20)\d{2}\b/u;

/**
 * A market-data or form-service notice any finance page or form prints: "Quotes delayed at
 * least 15 minutes.", "This site is protected by reCAPTCHA …".
 */
const SERVICE_NOTICE =
  /^(?:all\s+)?(?:market\s+data\s+and\s+)?quotes\s+(?:are\s+)?delayed\b|\bprotected\s+by\s+recaptcha\b/iu;

/**
 * A publisher's disclaimer of the views "expressed" on its pages: "The views and investment tips
 * expressed by experts on this site are their own", "Opinions expressed do not necessarily
 * reflect those of the publisher". It speaks for the site, not the story; a sentence reporting
 * that someone disclaimed a view ("…, the ministry said") stays, and so does a person's view
 * that is simply their own. A dot inside a word ("example.com") does not end the sentence.
 */
const DISCLAIMER =
  /\b(?:views?|opinions?)\b(?:[^.!?]|\.(?=\S)){0,80}\b(?:expressed|stated|published)\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:are\s+(?:their|his|her|its|the\s+authors?['’]?s?|the\s+writers?['’]?s?)\s+own|do(?:es)?\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:those|the\s+views?|the\s+opinions?)\s+of)\b/iu;

/** The sign (or the word and the sign) straight before a year: "© 2019", "Copyright © 2019", "Copyright 2019". */
const YEAR_COPYRIGHT_OPENING = /^\s*[([]?\s*(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:19|20)\d{2}\b/iu;

/** What a comment's row of controls holds: its buttons, their counts, when it was written. */
const CONTROL_WORD =
  /^(?:like[sd]?|unlike|reply|replies|share|report|flag|upvote|downvote|edit|delete|permalink|hide|\d[\d,.]*[kmhdwy]?|\d+\s*(?:mins?|hrs?)|ago|[·•|—–-])$/iu;
/** Buttons a comment's row names; a row is such a row when it names two (a count or a time beside them). */
const CONTROL_BUTTON =
  /^(?:like[sd]?|unlike|reply|replies|share|report|flag|upvote|downvote|edit|delete|permalink|hide)$/iu;

/**
 * A comment's row of controls: every word a button, a count or a time, two buttons at least
 * ("Like Reply 3", "Reply · Like · 2h", "Reply Report"). A sentence has words of its own.
 */
export function isControlRow(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  return (
    tokens.length <= 10 &&
    tokens.every((t) => CONTROL_WORD.test(t)) &&
    tokens.filter((t) => CONTROL_BUTTON.test(t)).length >= 2
  );
}

/**
 * A post that repeats another account's ("RT @borderwire: Crossing reopens …"): as a line of the
 * page it is a social feed's entry, not the article's text; a sentence that reports a retweet
 * writes it in words.
 */
const RETWEET = /^RT\s+@\w{1,15}\b/u;

/**
 * A company's registration, as a publisher's footer states it: "Registered in England and Wales.
 * Company number 1234567.", "Company registration number: 04083233".
 */
const COMPANY_REGISTRATION =
  /\b(?:company|registration|registered)\s+(?:registration\s+)?(?:number|no\.?|n[°º])\s*:?\s*[A-Z]{0,3}\s?\d{5,}\b|^registered\s+(?:in\s+england(?:\s+(?:and|&)\s+wales)?|office)\b/iu;

/**
 * The site's cut of a sale: "we may earn an affiliate commission", "may get a share of the sale",
 * a few words naming who earns it between: "may earn Harbour Wire a commission".
 */
const SALE_CUT =
  /\b(?:may|might|could|can)\s+(?:earn|receive|get|collect)\s+(?:[\p{L}\p{N}&.'’-]+\s+){0,3}?(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commissions?|share\s+of\s+(?:the\s+)?(?:sales?|revenue))\b/iu;
/**
 * The purchase the cut comes from, made through the page's links: "products purchased through
 * affiliate links", "If you buy something through this post".
 */
const PURCHASE_THROUGH_LINKS =
  /\b(?:purchas(?:e|ed|es|ing)|buy(?:ing)?|bought)\b[^.!?]{0,40}\b(?:through|via|from)\s+(?:one\s+of\s+)?(?:(?:our|the|these|this|affiliate)\s+)*(?:links?|post|page|site|article)\b/iu;
/** The same purchase told as the reader's click on the site's links: "we include links …. If you click on one and make a purchase". */
const IF_YOU_BUY = /\bif\s+you\s+(?:buy|purchase|click)\b/iu;
const WE_LINK = /\bwe\b[^.!?]{0,40}\blinks?\b/iu;

/**
 * An affiliate disclosure: the site tells the reader it may earn from what they buy through its
 * links ("AppleInsider has affiliate partnerships and may earn commission on products purchased
 * through affiliate links.", "If you buy something through this post, IGN may get a share of the
 * sale."). A report that someone earns commissions names no purchase through this page's links,
 * or says who said so.
 */
function isAffiliateDisclosure(text: string): boolean {
  const purchase = PURCHASE_THROUGH_LINKS.test(text) || (IF_YOU_BUY.test(text) && WE_LINK.test(text));
  return SALE_CUT.test(text) && purchase && !REPORTED.test(text);
}

/** An e-mail address. */
const EMAIL_ADDRESS = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/u;
/** The site speaking of itself: "we", "us", "our". */
const WE = /\b(?:we|we['’](?:d|ll|re)|us|our)\b/iu;

/**
 * The site asking for the reader's mail at its address: "We’d like to hear what you think about
 * this or any of our articles. … And here's our email: letters@nytimes.com.", "if you have a news
 * tip, correction or comment, let us know at: community@space.com". A story that prints an
 * address reports who gave it ("…, the department said") or quotes them.
 */
function isReaderMailCall(text: string): boolean {
  return (
    (EMAIL_ADDRESS.test(text) && YOU.test(text) && WE.test(text) && speaksForNoOne(text)) || CORRECTIONS_TO.test(text)
  );
}

/**
 * The same call as an order with the address after it, nothing else on the line: "Report typos
 * and corrections to: corrections@example.com.", "Send tips to tips@example.com". A story that
 * prints an address says more around it.
 */
const CORRECTIONS_TO =
  /^(?:please\s+)?(?:report|send|e-?mail)\s+(?:(?:any\s+)?(?:typos|corrections|errors|mistakes|tips|news\s+tips|feedback)(?:,?\s+(?:and|or)\s+|,\s+)?){1,3}\s*to\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu;

/** What a comment policy asks of commenters, or says the site does to their comments. */
const COMMENT_RULE =
  /\b(?:respectful|civil|courteous|on[-\s]topic|off[-\s]topic|abusive|guidelines|moderat(?:e|ed|es|ion|ors?)|reserve\s+the\s+right)\b/iu;

/**
 * A comment section's policy: the site (we, our) asks the reader (you, please) to keep comments
 * civil, or says what it removes ("As you comment, please be respectful of other commenters …
 * We reserve the right to remove …"). A story about a forum's rules reports them in the third person.
 */
function isCommentPolicy(text: string): boolean {
  return (
    /\bcomment(?:s|ers?|ing)?\b/iu.test(text) &&
    /\b(?:please|you|your)\b/iu.test(text) &&
    WE.test(text) &&
    COMMENT_RULE.test(text) &&
    speaksForNoOne(text)
  );
}

/**
 * A comment section's notice told of the comments themselves, with no "we" or "you": "All
 * comments must follow the Harbour Wire comment policy and will be moderated before posting.",
 * "Please note that Harbour Wire does not endorse the opinions expressed in comments." The
 * comments are bound in the present by a modal to a rule or to moderation, or their opinions
 * are disowned: how a site speaks of its own comment box. Every sentence must be such a notice,
 * so a story that tells of one ("…, the editor said") or goes on to report stays. Read as a note
 * in the body (./pageNotes.ts), not as furniture: the line still closes the run of prose that
 * ./articleSpan.ts reads the article's end from, as the comment box it stands for does.
 */
const COMMENTS_BOUND =
  /^(?:all\s+|reader\s+)?comments\s+(?:must|should|will\s+be|are|may\s+be)\s+[^.!?"“”]{0,80}\b(?:moderated|reviewed|approved|screened|follow|comply|abide)\b[^!?"“”]{0,80}[.!]?$/iu;
const COMMENTS_DISOWNED =
  /^(?:please\s+note(?:\s+that)?\s+)?[^.!?"“”]{1,60}\bdo(?:es)?\s+not\s+(?:necessarily\s+)?endorse\s+the\s+(?:opinions?|views?|content)\s+(?:expressed|posted|shared)\s+in\s+(?:the\s+|these\s+|its\s+|reader\s+)?comments\b[^!?"“”]{0,40}[.!]?$/iu;

export function isCommentNotice(text: string): boolean {
  if (!speaksForNoOne(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+/u);
  return sentences.every((s) => COMMENTS_BOUND.test(s) || COMMENTS_DISOWNED.test(s));
}

/**
 * A magazine's subscription offer, priced by issues: "Get Motor Cycle Monthly delivered through
 * your letterbox every month. 12 issues for £11.99." Spoken to the reader or as an order; a
 * history of a magazine's prices is neither.
 */
const ISSUES_OFFER = /\b\d{1,3}\s+issues\s+for\s+(?:just\s+|only\s+)?[$€£]\s?\d/iu;
const isSubscriptionOffer = (text: string): boolean =>
  ISSUES_OFFER.test(text) && (YOU.test(text) || /^(?:get|subscribe|try|order)\b/iu.test(text));

/**
 * A seller's health disclaimer, in the words the law or the trade fixes: "*These statements have
 * not been evaluated by the Food and Drug Administration. These products are not intended to
 * diagnose, treat, cure, or prevent any disease.", "+Results vary depending on starting point …
 * The testimonials featured may have used more than one product". The seller speaks of "these
 * statements" or "this product", or sets "results vary" beside its testimonials; a story about
 * supplements says the FDA does not review them, or reports who said so.
 */
const HEALTH_DISCLAIMER =
  /^\W{0,2}(?:th(?:ese|is)\s+(?:statements?|products?|claims?)\s+(?:have|has)\s+not\s+been\s+evaluated\s+by\s+the\s+(?:U\.?S\.?\s+)?(?:food\s+(?:and|&)\s+drug\s+administration|fda)\b|results\s+(?:may\s+)?vary(?:\s*[.!]|\s+depending\b|\s+from\s+person)(?=.*\btestimonials?\b))/iu;

/** The reader's click, in the corpus's languages: "Click", "Tap", "Clique", "Cliquez", "Haga clic". */
const CLICK = "(?:click|tap|clique|clica|cliquez|klicken\\s+sie|ha(?:z|ga)\\s+clic)";
/**
 * The page's own picture as the thing clicked, where it stands: "on the image above", "na foto do
 * Adauto", "na imagem ao lado", "sur l'image ci-dessous".
 */
const ON_PICTURE =
  "(?:(?:on\\s+)?(?:the|this)\\s+(?:image|photo|picture)|n[ao]s?\\s+(?:imagem|imagens|foto|fotos|figura)|sur\\s+(?:l['’]\\s*image|la\\s+photo)|en\\s+la\\s+(?:imagen|foto))(?:\\s+(?:d[oae]|of)\\s+[\\p{L}-]+)?(?:\\s+(?:above|below|acima|abaixo|ao\\s+lado|ci-dessus|ci-dessous|arriba|abajo))?";
/** What the click promises the reader will see or learn: "and see", "e veja", "e saiba", "pour découvrir". */
const AND_SEE =
  "(?:(?:and|to)\\s+(?:see|read|watch|find\\s+out|learn|discover)|e\\s+(?:veja|saiba|confira|conhe[çc]a|leia|assista|descubra)|para\\s+(?:ver|saber|ler|conferir|assistir)|(?:et|pour)\\s+(?:voyez|voir|d[ée]couvr(?:ez|ir)|lisez|lire)|y\\s+(?:mira|ve|lee|descubre|conoce))";
/**
 * A teaser box's prompt: the box's picture is the link to another page, and the line tells the
 * reader to click it, or just to click and see ("Clique na imagem acima e veja como está o
 * ranking …", "Clique na imagem acima", "Clique e saiba os horários da TV …", "Click the photo
 * above to read more"). A how-to's step clicks a control of the program it teaches ("Click the
 * Apps tab to see …"), not the page's picture, and a report of a click is not an order.
 */
const CLICK_THE_PICTURE = new RegExp(
  `^${CLICK}\\s+(?:${ON_PICTURE}(?:\\s+${AND_SEE}\\b|\\s*[.!]?$)|${AND_SEE}\\b)`,
  "iu",
);

/**
 * A follow prompt under a platform's label: "On Twitter: Follow Jane Roe and get more science
 * coverage at RoeScience." The label names the platform, the line orders the reader to follow.
 */
const FOLLOW_UNDER_LABEL = new RegExp(`^on\\s+${PLATFORM}\\s*:\\s*${FOLLOW}\\b`, "iu");

/**
 * A note on the story's place in the site's series: "This story is part of a special series that
 * explores water issues.", "The article is part of our project on …". The site speaks of its own
 * story, not of the news.
 */
const SERIES_NOTE =
  /^(?:this|the)\s+(?:story|article|report|piece|post)\s+is\s+(?:a\s+)?part\s+of\s+(?:a|an|our|the)\s+(?:[\p{L}-]+\s+){0,3}(?:series|project|package|collection|coverage)\b/iu;

/**
 * A magazine's or paper's note on where the story ran in print, marked or not with a footnote's
 * sign: "*This article appears in the September 5, 2016 issue of Harbor Monthly.", "A version of
 * this article appeared in print on March 4, 2025, on Page A1 …". The site speaks of its own copy.
 */
const PRINT_NOTE =
  /^[*†]?\s*(?:a\s+version\s+of\s+)?this\s+(?:story|article|report|piece|post|column|essay|review|interview)\s+(?:appears|appeared|ran|will\s+appear)\s+in\s+(?:print\b|the\s+(?:[^.!?]{0,40}\s)?(?:print\s+)?(?:issue|edition)\b)/iu;

/**
 * The placeholder an embedded post leaves when the page is saved without its script: "Tweet may
 * have been deleted", "[Post may have been deleted (opens in a new tab)]".
 */
const DELETED_EMBED = /^\[?\s*(?:tweet|post|video|content)\s+may\s+have\s+been\s+(?:deleted|removed)\b/iu;

/**
 * The label an embedded post leaves where the page's script would draw it: the platform's name
 * and "content" alone on the line ("Twitter content", "Instagram content"), or the note that it
 * can be seen where it came from ("This content can also be viewed on the site it originates from.").
 */
const EMBED_LABEL = new RegExp(
  `^${PLATFORM}\\s+content$|^this\\s+content\\s+(?:can\\s+)?(?:also\\s+)?be\\s+viewed\\s+on\\s+the\\s+site\\s+it\\s+originates\\s+from\\.?$`,
  "iu",
);

/** True when `text` is only an embedded post's placeholder (DELETED_EMBED, EMBED_LABEL). */
export const isEmbedPlaceholder = (text: string): boolean =>
  wordCount(text) <= 12 && (DELETED_EMBED.test(text) || EMBED_LABEL.test(text));

/**
 * A row of share buttons each named with what a click opens, run together on one line: "Share
 * on Facebook (opens in a new window)  Share on Flipboard (opens in a new window)". Every piece
 * is a short label closed by the note; prose has a sentence between.
 */
const OPENS_IN_NEW_WINDOW_ROW = /^(?:\s*[^.!?()]{1,40}\(opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)){2,}\s*$/iu;

/**
 * The site's terms for republishing its story: "Please read before republishing", "To
 * republish, copy the HTML …", "You are free to republish this story under …". The site speaks
 * to the reader of its own copy; a story about a paper that would not republish a cartoon
 * reports it in the third person.
 */
const REPUBLISH_NOTICE =
  /^(?:please\s+read\s+(?:this\s+)?before\s+republishing|to\s+republish\b|(?:you\s+(?:are\s+free|may|can)|feel\s+free)\s+to\s+republish\b|republish\s+(?:this|our)\s+(?:story|article)\b)/iu;

/**
 * A newsletter's pitch: its last sentence orders the reader to get or join the site's newsletter,
 * after at most a tagline of a few words ("Harbour news never sleeps. Get the Harbour Daily
 * newsletter and don't miss a moment."). A story tells of a newsletter in the third person; a
 * paragraph of the article that closes on such an order keeps its own sentences (./promo.ts cuts
 * the order out of it).
 */
const NEWSLETTER_ORDER =
  /^(?:get|join|sign\s+up\s+for|subscribe\s+to)\s+(?:the|our)\s+(?:[\p{L}\p{N}&'’.-]+\s+){0,4}newsletters?\b/iu;
/** Most words of the tagline before a newsletter's order. */
const MAX_TAGLINE_WORDS = 5;

/** An order to the reader that opens a newsletter's pitch: "Get …", "Keep up with …", "Stay informed …". */
const PITCH_VERB =
  /^(?:get|keep\s+up|stay\s+(?:up\s+to\s+date|informed|on\s+top)|catch\s+up|sign\s+up|subscribe|join)\b/iu;
/**
 * The pitch's close: the newsletter named by its title, capitalised, as the sentence's last words
 * ("… in the Balance of Power newsletter.", "… with the Harbour Daily newsletter!"). Case-sensitive,
 * so "… the school's newsletter" told of in a story is none.
 */
const NAMED_NEWSLETTER_CLOSE =
  /\s(?:in|with|from|to|for|via)\s+(?:the|our)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+(?:(?:of|and|the|on|&)\s+){0,2}){1,5}[Nn]ewsletter\s*[.!]?$/u;

/**
 * An order to the reader that closes on a newsletter's name: "Keep up with the latest daily buzz
 * with the Harbour Daily newsletter!" (`NEWSLETTER_ORDER` reads the name right after the verb).
 */
const closesOnNamedNewsletter = (order: string): boolean =>
  PITCH_VERB.test(order) && NAMED_NEWSLETTER_CLOSE.test(order) && !/[!?.]\s/u.test(order.trim());

function isNewsletterPitch(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/u);
  const order = sentences.at(-1) ?? "";
  if (sentences.length > 2 || !(NEWSLETTER_ORDER.test(order) || closesOnNamedNewsletter(order))) return false;
  return sentences.length === 1 || wordCount(sentences[0] ?? "") <= MAX_TAGLINE_WORDS;
}

/** What `text` is when it is interface text, or undefined. */
/**
 * A share box's label with the headline it shares after its colon: "Share All sharing options
 * for: <headline>". The box's own words open the line, which no sentence does.
 */
const SHARE_OPTIONS_FOR = /^(?:share\s+)?all\s+sharing\s+options\s+for\s*:\s+\S/iu;

export function uiTextReason(text: string): RemovalReason | undefined {
  const words = wordCount(text);
  if (isSignUpFinePrint(text)) return "promo";
  if (words <= 60 && RETWEET.test(text)) return "embed";
  if (words <= 40 && COMPANY_REGISTRATION.test(text) && !REPORTED.test(text)) return "notice";
  if (isControlRow(text)) return "navigation";
  if (words <= 80 && SERVICE_NOTICE.test(text)) return "notice";
  if (words <= 80 && DISCLAIMER.test(text) && !REPORTED.test(text)) return "notice";
  // A footer that opens with its year of copyright may run on through the site's terms ("© 2019
  // Condé Nast. All rights reserved. Use of this site constitutes acceptance of our User
  // Agreement …"); no caption or sentence opens with the sign and a year.
  if (words <= 120 && YEAR_COPYRIGHT_OPENING.test(text)) return "notice";
  if (words <= 80 && isCommentPolicy(text)) return "notice";
  // "PEOPLE is part of the Dotdash Meredith publishing family. We've updated our Privacy Policy …": the owner's footer.
  if (words <= 80 && familySiteName(text) !== undefined && !REPORTED.test(text)) return "notice";
  if (words <= 80 && HEALTH_DISCLAIMER.test(text) && speaksForNoOne(text)) return "notice";
  if (words <= 60 && CLICK_THE_PICTURE.test(text) && !QUOTATION_MARK.test(text)) return "promo";
  if (words <= 80 && REPUBLISH_NOTICE.test(text) && !REPORTED.test(text)) return "notice";
  if (words <= 80 && OPENS_IN_NEW_WINDOW_ROW.test(text)) return "navigation";
  if (words > 45) return undefined;
  if (SHARE_OPTIONS_FOR.test(text)) return "navigation";
  if (isReaderMailCall(text)) return "promo";
  if (words <= 30 && isNewsletterPitch(text) && speaksForNoOne(text)) return "promo";
  if (words <= 30 && isSubscriptionOffer(text)) return "promo";
  if ((COPYRIGHT.test(text) || INNER_COPYRIGHT.test(text)) && words <= 30) return "notice";
  if (words <= 30 && isSubscribeCall(text)) return "promo";
  if (isAffiliateDisclosure(text)) return "notice";
  if (words <= 30 && FOLLOW_UNDER_LABEL.test(text) && !QUOTATION_MARK.test(text)) return "navigation";
  if (words <= 30 && SERIES_NOTE.test(text) && !REPORTED.test(text)) return "notice";
  if (PRINT_NOTE.test(text)) return "notice";
  if (isEmbedPlaceholder(text)) return "embed";
  // A cookie or browser notice speaks to the reader and may run to two sentences.
  if (/\bcookies?\b/iu.test(text) && YOU.test(text)) return "notice";
  // An old-browser banner naming the browser the site no longer serves: "IE 11 is not supported.
  // For an optimal experience visit our site on another browser."
  if (words <= 30 && UNSUPPORTED_BROWSER.test(text)) return "notice";
  // A call for readers' material: "Please share your videos, pictures and stories at iReport".
  if (
    words <= 40 &&
    !QUOTATION_MARK.test(text) &&
    /\b(?:share|send|submit|upload|tell\s+us)\b[^.!?]*\byour\s+(?:own\s+)?(?:videos?|photos?|pictures?|stories|story|experiences?|tips?)\b/iu.test(
      text,
    )
  )
    return "promo";
  // The follow prompt's pattern is whole-line and names only platforms, so a long account name may pass.
  if (FOLLOW_ON_PLATFORMS.test(text)) return "navigation";
  if (words <= 30 && EMBED_OFFER.test(text)) return "navigation";
  if (words > 15) return undefined;
  // "Get the day's top stories in your inbox. Enter your email": a prompt about a newsletter or
  // account; or the site pointing to its own newsletters ("For more newsletters, check out our
  // newsletters page."). A quotation is an article's, never a prompt's: "The Reason You Can Set
  // Your Alert Sound to “Hummus”" is a headline.
  if (YOU.test(text) && UI_NOUN.test(text) && !QUOTATION_MARK.test(text)) return "promo";
  if (OUR_NEWSLETTERS.test(text) && !REPORTED.test(text)) return "promo";
  if (words > 12) return undefined;
  for (const [pattern, reason] of LINE_PATTERNS) if (pattern.test(text)) return reason;
  return undefined;
}
