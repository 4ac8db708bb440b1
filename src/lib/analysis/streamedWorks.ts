/**
 * A work a sentence says streams or is out to rent: "Ingrid Goes West is currently streaming on
 * Hulu", "Quill Road is available to rent on …". The subject of such a predicate is a film's, a
 * show's or a record's title: a service streams things, and a body or a person is not "available
 * to rent". The entity finder drops a name the article once writes so (a title is the work's
 * wherever the article writes it), at the cost of a person who streams live ("… is streaming on
 * Twitch"), a miss rather than an invented entity. Pure.
 */

/** The predicate right after the name: "is (currently) streaming on", "is available to (digitally) rent". */
const STREAMED_AFTER =
  /^["”’']?\s+(?:is|are)\s+(?:(?:currently|now|also|still)\s+)?(?:streaming\s+on|available\s+to\s+(?:\p{Ll}+\s+)?(?:stream|rent|buy|watch))\b/u;
/** Only quotation marks or brackets before the name: it opens the sentence, as its subject. */
const SUBJECT_BEFORE = /^[\s"“‘'([]*$/u;

/** Whether the name at `start`–`end` of `text` (one sentence) is the subject of a streaming predicate, as above. */
export function streamedWork(text: string, start: number, end: number): boolean {
  return SUBJECT_BEFORE.test(text.slice(0, start)) && STREAMED_AFTER.test(text.slice(end));
}
