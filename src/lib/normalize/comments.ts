/**
 * A reader comment thread after the article: a comments label ("Comments (3)", "Leave a
 * comment", "Join the conversation", "3 Responses to “…”") followed closely by what only
 * comments have — when each commenter wrote, under or beside their name ("2 hours ago", "hace 3
 * horas", "carlos_m · March 4, 2025 at 9:12 pm", "Ana says:"), or a "Reply" control. Everything from the label on is the thread: readers' words, not the article's.
 * Both marks are required, so a sentence about comments, or a label alone, cuts nothing.
 */
import { MONTH_PATTERN } from "#lib/content/dates.ts";
import { TIME_AGO } from "#lib/text/clockTime.ts";
import { isLinkOnlyLine } from "./linkDensity.ts";
import { wordCount } from "./lines.ts";
import { VOCABULARY_ON } from "./vocabulary.ts";

/** The label a page sets over its comment thread. */
const COMMENTS_LABEL =
  /^[[(]?\s*(?:\d+\s+|top(?:\s+rated)?\s+|reader\s+)?(?:comments?|comentarios?|commentaires?|coment[aá]rios?|kommentare?)(?:\s*\(\d+\))?\s*[\])]?\s*:?$|^(?:leave|post|add|write)\s+a\s+(?:comment|reply)$|^join\s+the\s+(?:conversation|discussion)$|^(?:discussion|conversation)(?:\s+(?:about|on)\s+this\s+(?:post|article|story))?$|^(?:show|view|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^\d+\s+(?:responses?|repl(?:y|ies)|thoughts?|comments?)\s+(?:to|on)\s+\S.{0,150}$|^(?:deja|escribe)\s+(?:un|tu)\s+comentario$|^laisser\s+un\s+commentaire$/iu;

/**
 * A comment form's heading in the languages blog platforms print it: "Leave a Reply", "Lascia un
 * commento", "Deixe uma resposta", "Tinggalkan Balasan", "Schreibe einen Kommentar".
 */
const LEAVE_A_REPLY =
  "(?:(?:leave|post|add|write)\\s+a\\s+(?:comment|reply)|lascia\\s+(?:un\\s+commento|una\\s+risposta)|deixe\\s+(?:um\\s+coment[aá]rio|uma\\s+resposta|seu\\s+coment[aá]rio)|deja\\s+una\\s+respuesta|laisser\\s+une\\s+r[ée]ponse|(?:hinterlasse|schreibe)\\s+einen\\s+kommentar|tinggalkan\\s+(?:balasan|komentar)|laat\\s+een\\s+reactie\\s+achter)";

/**
 * The form's heading with its own "Cancel reply" control set beside it ("Leave a Reply Cancel
 * reply", "Lascia un commento Annulla risposta", "Tinggalkan Balasan Batalkan balasan"): only a
 * reply form has that control, so the line alone starts the thread.
 */
const REPLY_FORM = new RegExp(
  `^${LEAVE_A_REPLY}\\s*(?:cancel\\s+reply|annulla\\s+risposta|cancelar\\s+resposta|cancelar\\s+respuesta|annuler\\s+la\\s+r[ée]ponse|antworten\\s+abbrechen|batalkan\\s+balasan|reactie\\s+annuleren)$`,
  "iu",
);

/** The form's heading alone, which like any comments label needs a comment's mark after it. */
const FORM_HEADING = new RegExp(`^${LEAVE_A_REPLY}$`, "iu");

/** When a comment was written, relative to now: "2 hours ago", "hace 3 horas", "just now", "2 days ago at 07:52 am". */
const RELATIVE_TIME =
  `(?:${TIME_AGO}|` +
  "(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|just\\s+now|yesterday|hace\\s+\\d+\\s+\\p{L}+|il\\s+y\\s+a\\s+\\d+\\s+\\p{L}+|vor\\s+\\d+\\s+\\p{L}+|h[aá]\\s+\\d+\\s+\\p{L}+)(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?";

/**
 * A comment's clock as German blog platforms print it: the day with its ordinal dot, the month's
 * name, the year, "um" and the time ("28. April 2024 um 10:17 Uhr").
 */
const GERMAN_STAMP = "\\d{1,2}\\.\\s+\\p{L}+\\s+\\d{4}\\s+um\\s+\\d{1,2}:\\d{2}(?:\\s+Uhr)?";

/**
 * When a comment was written, as a clock: a day with its year and a time ("March 4, 2025 at 9:12
 * pm", "4 March 2025, 21:12", "2025-03-04 21:12"). A page clock of the article has the same shape,
 * which is why a comments label must come first.
 */
const STAMP_TIME = `(?:(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)|${GERMAN_STAMP})`;

/** A comment's day, its year stated, as a thread sets it before the commenter's handle ("March 4, 2025 ana_r:"). */
const STAMP_DAY = `(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4})`;

/**
 * What stands under or beside a commenter's name: when they wrote ("2 hours ago", "Ana R. ·
 * 3 hours ago", "carlos_m · March 4, 2025 at 9:12 pm"), the name as a blog prints it ("Ana
 * says:", and as its German, Spanish, Portuguese, French and Dutch pages do: "Ana sagt:", "Ana dice:"), the day before the handle ("March 4, 2025 ana_r:"), or the control to answer them ("Reply").
 */
const COMMENT_MARK = new RegExp(
  `^(?:[^!?]{1,40}\\s[·•|—-]\\s)?(?:${RELATIVE_TIME}|${STAMP_TIME})$|^${STAMP_DAY}\\s+[\\p{L}\\d_.-]{2,30}:$|^\\S[^.!?]{0,40}\\s(?:says|said|wrote|sagt|schrieb|dice|disse|dit|zegt|schreef)\\s?:$|^(?:reply|responder|r[ée]pondre|antworten)$`,
  "iu",
);

/** How many blocks after the label the first comment's mark may come. */
const MARK_WITHIN = 6;

/**
 * How many blocks after the label a comment form may take (its fields, its notes on allowed
 * formats) before the comments under it, when their reply controls show they are comments.
 */
const FORM_WITHIN = 30;

/**
 * The control to answer a comment, which only a thread sets under each comment, its count of
 * likes or replies before it as some widgets print it ("12 Reply", "36 146Reply").
 */
const REPLY_CONTROL = /^(?:\d[\d\s.,]*[kKmM]?\s*)?(?:reply|responder|r[ée]pondre|antworten)$/iu;

/** Comments' reply controls, two or more, in the blocks: a thread, whatever form stands over it. */
const repliedTo = (blocks: ReadonlyArray<readonly string[]>): boolean =>
  blocks.flat().filter((line) => REPLY_CONTROL.test(line)).length >= 2;

/**
 * What only a comment box prints: its gate on the reader's acts ("You must be logged in to
 * report a comment.") and its form's promise on the e-mail field ("Your email address will not
 * be published."), and the gate in the other languages the corpus has ("Regístrate o inicia sesión
 * para comentar", "Connectez-vous pour commenter"). Like the reply form's cancel control, it starts the thread by itself: an
 * article's text comes before its comment box.
 */
const COMMENT_BOX_NOTE =
  /\byou\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post|report|recommend|reply\s+to|flag|like|leave)\s+(?:a\s+|this\s+)?(?:comment|reply)\b|\byour\s+e-?mail(?:\s+address)?\s+will\s+not\s+be\s+published\b|^(?:reg[ií]strate|inicia\s+sesi[oó]n|inscrivez-vous|connectez-vous|fa[çc]a\s+login|cadastre-se)(?:\s+(?:o|ou)\s+(?:reg[ií]strate|inicia\s+sesi[oó]n|inscrivez-vous|connectez-vous|fa[çc]a\s+login|cadastre-se))?\s+(?:para|pour)\s+(?:comentar|commenter)\b/iu;

/** Most words of a line that holds a comment box's note; a paragraph that tells of one runs longer. */
const MAX_NOTE_WORDS = 25;

/** Words in blocks. */
const wordsIn = (blocks: ReadonlyArray<readonly string[]>): number =>
  blocks.reduce((sum, lines) => sum + lines.reduce((n, line) => n + wordCount(line), 0), 0);

/**
 * More of the page's words stand above block `i` than below it: the article is above, as under
 * a comment box at the page's end, not a toolbar's "sign in to comment" over the article.
 */
const articleAbove = (blocks: ReadonlyArray<readonly string[]>, i: number): boolean =>
  i > 0 && wordsIn(blocks.slice(0, i)) > wordsIn(blocks.slice(i + 1));

/** A comment box's note on a short line of its own: the box, wherever its label stands. */
const isBoxNote = (lines: readonly string[]): boolean =>
  lines.length === 1 && wordCount(lines[0] ?? "") <= MAX_NOTE_WORDS && COMMENT_BOX_NOTE.test(lines[0] ?? "");

/** Words a control or tab label has at most ("Top", "Latest", "Ready for more?"). */
const MAX_CONTROL_WORDS = 4;

/**
 * A comment section with no comments in it yet: only its controls and tabs follow the label to
 * the end of the page — short labels, no sentence of anyone's.
 */
function isEmptyThread(after: ReadonlyArray<readonly string[]>): boolean {
  return (
    after.length > 0 &&
    after.every((lines) => lines.every((line) => wordCount(line) <= MAX_CONTROL_WORDS || isLinkOnlyLine(line)))
  );
}

/** Fewest reply controls, and fewest stamps, that make a thread without a label. */
const MIN_UNLABELLED_CONTROLS = 3;
const MIN_UNLABELLED_STAMPS = 2;

/** Most blocks between one comment's mark and the next in a thread (a widget's menu of controls between). */
const MAX_MARK_GAP = 40;

/** A comment's stamp, printed once or twice ("3/09/15 8:12am 3/09/15 8:12am": its visible and its hover text). */
function isCommentStamp(line: string): boolean {
  const half = /^(.{6,40}?)\s+\1$/u.exec(line)?.[1];
  return COMMENT_MARK.test(half ?? line) && !REPLY_CONTROL.test(half ?? line);
}

/**
 * Where a thread with no label over it starts: a chain of comments' marks — reply controls
 * under each comment and the stamps by their writers' names, each mark within a widget's
 * length of the next — with three reply controls and two stamps or more. Only a thread sets a
 * control to answer someone again and again beside a clock of when each wrote; an article
 * that mentions a reply, or a live blog's clocks, has no such chain. The thread starts at its
 * first mark, after at least one block of the article.
 */
function unlabelledThreadStart(blocks: ReadonlyArray<readonly string[]>): number | undefined {
  const marks = blocks
    .map((lines, i) => ({
      i,
      control: lines.some((line) => REPLY_CONTROL.test(line)),
      stamp: lines.some(isCommentStamp),
    }))
    .filter((m) => m.control || m.stamp);
  for (let a = 0; a < marks.length; a++) {
    let controls = 0;
    let stamps = 0;
    for (let b = a; b < marks.length; b++) {
      const mark = marks[b];
      const before = marks[b - 1];
      if (mark === undefined || (b > a && before !== undefined && mark.i - before.i > MAX_MARK_GAP)) break;
      if (mark.control) controls++;
      if (mark.stamp) stamps++;
      const start = marks[a]?.i ?? 0;
      if (controls >= MIN_UNLABELLED_CONTROLS && stamps >= MIN_UNLABELLED_STAMPS && start > 0) return start;
    }
  }
  return undefined;
}

/**
 * Where the comment thread starts among the blocks after a headline (each block given as its
 * lines' texts), or undefined when there is none.
 */
export function commentThreadStart(blocks: ReadonlyArray<readonly string[]>): number | undefined {
  if (!VOCABULARY_ON) return undefined;
  for (let i = 0; i < blocks.length; i++) {
    const label = blocks[i];
    if (label === undefined || label.length !== 1) continue;
    if (REPLY_FORM.test(label[0] ?? "") || (isBoxNote(label) && articleAbove(blocks, i))) return i;
    if (!COMMENTS_LABEL.test(label[0] ?? "") && !FORM_HEADING.test(label[0] ?? "")) continue;
    const after = blocks.slice(i + 1);
    const marked = after.slice(0, MARK_WITHIN).some((lines) => lines.some((line) => COMMENT_MARK.test(line)));
    if (marked || isEmptyThread(after) || repliedTo(after.slice(0, FORM_WITHIN))) return i;
  }
  return unlabelledThreadStart(blocks);
}
