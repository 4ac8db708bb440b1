/**
 * Dated events: sentences that carry a date, with the date's precision and an ISO value for
 * `<time datetime>`.
 *
 * Absolute dates are read by dates/absoluteDates.ts. Relative dates are kept only when the
 * article itself fixes them: "the day after the strike" resolves against the nearest earlier
 * day-precise date whose sentence or paragraph mentions that strike, and "later that year"
 * against the nearest earlier year in the same paragraph; such events are `derived` and say
 * which sentence they derive from. Dates relative to the publication ("on Tuesday", "earlier
 * today", "last year", "Sept. 2") are resolved against the article's own `published` date
 * (content/relativeDates.ts), marked `derived` with `relativeTo: "published"`; an article
 * without a date keeps them unresolved, and so does a quotation in a paragraph that tells of
 * another year ("“Last month they attacked us,” he said in a 2019 interview"), whose words
 * count from when the speaker spoke; so does one that a later day the page stamps (an update, an
 * embedded post: dates/laterStamp.ts) would count otherwise. Page furniture never becomes an event
 * (dates/furniture.ts): a sentence that is nothing but a date (a dateline, a page clock) is the
 * publication date; a byline, a photo caption, a page note or a teaser is not the article's
 * telling, and a headline's line (no closing punctuation), on its own or glued after a paragraph's
 * prose, has no date of this article.
 * A question states no happening (dates/nonEvents.ts), and a block that is one link stands for
 * another page.
 */
import { findRelativeDates, relativeDateSpans } from "#lib/content/relativeDates.ts";
import { sentenceDates, type EventDate, type SentenceDates } from "#lib/dates/absoluteDates.ts";
import { addDays, addMonths } from "#lib/dates/calendar.ts";
import {
  datelineEnd,
  dayDatelineEnd,
  isDateline,
  isOnClockLine,
  isFurniture,
  isPresentTenseDay,
  isFurnitureSentence,
  isProseAside,
  isGluedCaption,
  isGluedHeadline,
  isHeadlineLine,
  isListingLine,
  isStampDate,
  isVerblessCaption,
  isVerblessLabel,
} from "#lib/dates/furniture.ts";
import { datedListItems } from "#lib/dates/datedList.ts";
import { isDatedEntryHeading } from "#lib/dates/entryHeading.ts";
import { isComparisonBase, isNonEventDate, isQuestion, isSpanStart } from "#lib/dates/nonEvents.ts";
import { isCountedFromOtherTime, isFramedInOtherYear } from "#lib/dates/nested.ts";
import { laterStampDay } from "#lib/dates/laterStamp.ts";
import { thatYear } from "#lib/dates/thatYear.ts";
import { isAttributiveYear, isOpeningTime } from "#lib/dates/attributiveYear.ts";
import { spanEndDay } from "#lib/dates/daySpan.ts";
import { opensPluperfect, PAST, toldInClause } from "#lib/dates/direction.ts";
import { dayStatedOtherwise } from "#lib/dates/apposedDay.ts";
import { countedDays, daysFromHappening, fallsOn, shiftsTime, weekdaysBesideCounted } from "#lib/dates/countedDays.ts";
import { restatedDay, type StatedDay } from "#lib/dates/restatedDay.ts";
import { quotedDate } from "#lib/dates/quotedSpeech.ts";
import {
  authorBioStart,
  commentThreadFrom,
  embeddedPostDays,
  isOnRailLine,
  railBlocks,
} from "#lib/dates/blockContext.ts";
import type { Block, Sentence } from "#lib/text/sentences.ts";
import { quotedAt } from "./attributionGrammar.ts";

export type { EventDate };

export interface TimelineEvent {
  readonly date: EventDate;
  readonly sentence: string;
  readonly anchor: string;
  readonly articleSlug: string;
  /** True when the date was worked out from another sentence ("the day after the strike"). */
  readonly derived?: boolean;
  /** Anchor of the sentence the derived date comes from. */
  readonly derivedFrom?: string;
  /** Set when the derived date was counted from the article's publication date. */
  readonly relativeTo?: "published";
}

export interface EventOptions {
  /** The article's publication date, `YYYY-MM-DD`; relative dates resolve only against it. */
  readonly published?: string | undefined;
  /** The article's byline: a paragraph about its author is no telling (dates/blockContext.ts). */
  readonly byline?: string | undefined;
  /**
   * The latest later day the page's furniture states (dates/laterStamp.ts); read from the blocks
   * when absent. A relative date that counts differently from it and from `published` is left out.
   */
  readonly laterStamp?: string | undefined;
  /** Reads a sentence's absolute dates; one reader shared with the later-stamp scan reads each once. */
  readonly datesOf?: SentenceDates | undefined;
  /**
   * The body's table rows, each one sentence (text/sentences.ts `articleText`): a chronology's row
   * ("Nov. 18; The Senate returned to vote") dates its fact as a paragraph would, anchored to the row.
   */
  readonly tableRows?: readonly Block[] | undefined;
}

/** Years between a story's time and the publication from which a paragraph that dates nothing keeps the story's. */
const LONG_BEFORE = 10;

/** A season named with its year: "the spring of 1986", "summer 2014", "in autumn 2019". */
const SEASON_OF_YEAR = /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d{4}\b/iu;

/** Whether a heading's first sentence is a dated entry ("Nov. 18: Senate returns to vote"): dates/entryHeading.ts. */
function isEntryHeading(block: Block, datesOf: SentenceDates, published: string | undefined): boolean {
  const [first] = block.sentences;
  if (first === undefined) return false;
  const spans = [...datesOf(first), ...findRelativeDates(first.text, published)];
  return isDatedEntryHeading(first.text, spans);
}

/** Events of one article in document order. */
export function findEvents(slug: string, blocks: readonly Block[], options: EventOptions = {}): TimelineEvent[] {
  const events: (TimelineEvent & { blockIndex: number; blockText: string; route: string })[] = [];
  const rail = railBlocks(blocks);
  const comments = commentThreadFrom(blocks);
  const posted = embeddedPostDays(blocks);
  const datesOf = options.datesOf ?? sentenceDates();
  const later = options.laterStamp ?? laterStampDay(blocks, options.published, datesOf);
  /** Whether a relative date reads the same counted from `day` (if any) as from publication. */
  const sameFrom = (day: string | undefined, sentence: string, relative: { start: number; end: number; iso: string }) =>
    day === undefined ||
    findRelativeDates(sentence, day).some(
      (r) => r.start === relative.start && r.end === relative.end && r.iso === relative.iso,
    );
  /** Whether a relative date reads the same counted from the later stamp's day as from publication. */
  const sameFromLater = (sentence: string, relative: { start: number; end: number; iso: string }) =>
    sameFrom(later, sentence, relative);
  /**
   * The year of the last day or month a paragraph stated ("in November 2016"): the story told
   * then goes on in the next paragraph ("But by December, …"), and only there. A bare year ("since 2011", "the
   * 2016 film") names no moment the telling stands at, and is not carried.
   */
  let yearsBefore = new Set<string>();
  /** The last day or month the previous paragraph stated, and its sentence: where its telling stands. */
  let momentBefore: { iso: string; anchor: string } | undefined;
  /**
   * Events at a comparison's base the text dates ("up from $34,410 in October 2015"): a figure of that
   * time, where the telling does not stand, so no later month is read in its year (dates/nonEvents.ts).
   */
  const bases = new WeakSet<object>();
  /** Sentences whose month was read in the story's time, not the publication's. */
  const storyMonths = new Set<string>();
  /** The days the article states with their year, for a yearless day that restates one (dates/restatedDay.ts). */
  const stated: StatedDay[] = [];
  const orderOf = new Map<string, number>();
  for (const sentence of blocks.flatMap((b) => b.sentences)) {
    const order = orderOf.size;
    orderOf.set(sentence.anchor, order);
    for (const { date } of datesOf(sentence))
      if (date.precision === "day") stated.push({ iso: date.iso, anchor: sentence.anchor, order });
  }
  /** The sentences told so far, latest last: where a count of days ("two days later") counts from. */
  const told: { text: string; anchor: string; blockIndex: number }[] = [];
  /** The blocks told so far, in order: "the paragraph before" is the last of them. */
  const toldBlocks: number[] = [];
  /** The body's first paragraph: only it may open on a dateline of the day alone (dates/furniture.ts). */
  const lede = blocks.find((b) => b.kind === "paragraph")?.blockIndex;
  const listed = datedListItems(blocks, options.published);
  for (const block of blocks) {
    // A heading is a title, not the telling, unless it is a dated entry of a chronology or a live blog.
    const entry = block.kind === "heading" && isEntryHeading(block, datesOf, options.published);
    // A paragraph wholly in brackets is the writer's aside, not a credit (dates/furniture.ts `isProseAside`).
    if (
      (block.kind === "heading" && !entry) ||
      block.blockIndex >= comments ||
      (isFurniture(block) && !isProseAside(block))
    )
      continue;
    // A list of links is a list of other pages: a date in one is that page's, however the headline reads.
    if (block.linkOnly === true) continue;
    const bio = authorBioStart(block, options.byline) ?? Infinity;
    // The items of a dated list are their days' happenings, read with the list's year (dates/datedList.ts);
    // the sentence an item opens is read for nothing else.
    const itemsHere = listed.filter((item) => item.blockIndex === block.blockIndex);
    // A headline's dates are its own story's ("on Monday" too), not this article's telling, and so are a rail's;
    // the entries of a chronology set as paragraphs ("Nov. 4 – The firm files suit", "Nov. 6 – …") are written
    // as such lines, without their full stops.
    if ((rail.has(block.blockIndex) || isHeadlineLine(block)) && itemsHere.length === 0) continue;
    const published = options.published?.slice(0, 4);
    /** Years the paragraph has stated so far. */
    const yearsTold = new Set<string>();
    const itemsOf = (sentence: Sentence) =>
      itemsHere.filter(
        (item) => item.start >= sentence.start && item.start < Math.max(sentence.end, sentence.start + 1),
      );
    for (const sentence of block.sentences) {
      const items = itemsOf(sentence);
      if (items.length > 0) {
        if (sentence.end <= bio)
          for (const item of items)
            events.push({
              sentence: sentence.text,
              anchor: sentence.anchor,
              articleSlug: slug,
              blockIndex: block.blockIndex,
              blockText: block.text,
              date: { iso: item.iso, precision: "day", label: item.label },
              route: "datedList",
              ...(item.derived ? { derived: true, relativeTo: "published" as const } : {}),
            });
        continue;
      }
      if (
        sentence.end > bio ||
        isFurnitureSentence(sentence.text) ||
        isQuestion(sentence.text) ||
        isGluedHeadline(block, sentence) ||
        isGluedCaption(block, sentence)
      )
        continue;
      // A dateline's day is the filing day, a date on a line of its own is a page clock, and some
      // dates name no happening (dates/nonEvents.ts).
      const lead =
        datelineEnd(sentence.text) ||
        (block.blockIndex === lede && sentence === block.sentences[0] ? dayDatelineEnd(sentence.text) : 0);
      const read = datesOf(sentence);
      const unresolved = findRelativeDates(sentence.text, options.published);
      const clock = [...read, ...unresolved];
      const isEvent = (
        span: { start: number; end: number },
        year: boolean,
        date?: { iso: string; precision: string },
      ) =>
        span.start >= lead &&
        !(date && isPresentTenseDay(sentence.text, span, date, options.published)) &&
        !isOnClockLine(sentence.text, span, clock) &&
        !isListingLine(sentence.text, span) &&
        !isOnRailLine(sentence.text, span) &&
        !isStampDate(sentence.text, span) &&
        !isNonEventDate(sentence.text, span, year);
      // "Last year, the troupe staged the 2004 comedy": the year names the comedy, and the opening time dates the clause.
      // Found only for a year that may name a thing (`isAttributiveYear` asks after its own checks).
      const placed = () => [...read, ...relativeDateSpans(sentence.text)];
      const dates = read.filter(
        (d) => isEvent(d, d.date.precision === "year", d.date) && !isAttributiveYear(sentence.text, d, placed),
      );
      /**
       * A date the sentence measures a figure against, or one a span runs from up to the telling's time ("the
       * cheapest since October 2009"): told, but not where the telling stands.
       */
      const measured = (d: { start: number; end: number }) =>
        isComparisonBase(sentence.text, d) || isSpanStart(sentence.text, d);
      const base = {
        sentence: sentence.text,
        anchor: sentence.anchor,
        articleSlug: slug,
        blockIndex: block.blockIndex,
        blockText: block.text,
      };
      /** The years the telling stands in at `at`: told earlier in the paragraph or the sentence, else the last paragraph's. */
      const earlier = new Set(yearsTold);
      const standsIn = (at: number) => {
        const years = new Set(earlier);
        for (const d of dates)
          if (d.start < at && !measured(d) && /^\d{4}/u.test(d.date.iso)) years.add(d.date.iso.slice(0, 4));
        return years.size > 0 ? years : yearsBefore;
      };
      for (const d of dates) if (!measured(d) && /^\d{4}/u.test(d.date.iso)) yearsTold.add(d.date.iso.slice(0, 4));
      const outerDates = (inner: { start: number }) =>
        [...read.map((d) => ({ start: d.start, end: d.end, iso: d.date.iso })), ...unresolved].filter(
          (d) => d.start !== inner.start,
        );
      /**
       * "In November 2016 … But by December, …": a month named without its year, in a telling that
       * stands at a day or month of another year, is that year's when it comes later in it (not
       * earlier: "In November 2016 … In March" may be the next year's, unless "In March, it had …").
       */
      const momentAt = (at: number) =>
        [
          ...(momentBefore ? [momentBefore] : []),
          ...events
            .filter(
              (e) =>
                e.blockIndex === block.blockIndex && !e.derived && !bases.has(e) && /^\d{4}-\d{2}/u.test(e.date.iso),
            )
            .map((e) => ({ iso: e.date.iso, anchor: e.anchor })),
          ...dates
            .filter((d) => d.start < at && !measured(d) && /^\d{4}-\d{2}/u.test(d.date.iso))
            .map((d) => ({ iso: d.date.iso, anchor: sentence.anchor })),
        ].at(-1);
      const storyMonth = new Map<(typeof unresolved)[number], string>();
      const readInStory = (relative: (typeof unresolved)[number]) => {
        const years = [...standsIn(relative.start)];
        const moment = momentAt(relative.start);
        const [year] = years;
        if (!relative.yearInferred || relative.precision !== "month" || years.length !== 1 || year === undefined)
          return relative;
        if (year === relative.iso.slice(0, 4) || moment?.iso.slice(0, 4) !== year) return relative;
        // An earlier month is the next year's, unless its clause is told in the past perfect ("In March, he had
        // become chairman"): before the moment, in its year (dates/direction.ts).
        if (
          relative.iso.slice(5, 7) < moment.iso.slice(5, 7) &&
          !opensPluperfect(sentence.text, relative.start, relative.end)
        )
          return relative;
        const iso = `${year}-${relative.iso.slice(5, 7)}`;
        // "January 20, 2017 … ¶ In October, we laid out plans", written in January 2017: a month told in the past
        // lies on or before publication, so a moment ahead of it is not where this telling stands.
        if (
          options.published !== undefined &&
          iso > options.published.slice(0, 7) &&
          toldInClause(sentence.text, relative.start, relative.end)
        )
          return relative;
        const read = { ...relative, iso, route: "storyMonth" };
        storyMonth.set(read, moment.anchor);
        storyMonths.add(sentence.anchor);
        return read;
      };
      const statedDates = [...read.map((d) => ({ start: d.start, iso: d.date.iso })), ...unresolved];
      /** "On June 3" after "on 3 June 2019": the day the article stated, or unresolved (dates/restatedDay.ts). */
      const restate = (relative: (typeof unresolved)[number]): (typeof unresolved)[number][] => {
        if (!relative.yearInferred || relative.precision !== "day") return [relative];
        const reading = restatedDay(relative.iso, orderOf.get(sentence.anchor) ?? 0, stated);
        if (reading === undefined) return [];
        if (reading.keep) return [relative];
        const { start, end, precision, label } = relative;
        const read = { start, end, precision, label, iso: reading.stated.iso, route: "restatedDay" };
        storyMonth.set(read, reading.stated.anchor);
        storyMonths.add(sentence.anchor);
        return [read];
      };
      /** The times the sentence states outside its quotation marks: when a quotation's speaker spoke. */
      const outside = [
        ...read.map((d) => ({ start: d.start, end: d.end, iso: d.date.iso })),
        ...unresolved.map(({ start, end, iso }) => ({ start, end, iso })),
      ].filter((d) => !quotedAt(sentence.text, d.start));
      /** "“Yesterday was the worst day,” she said on Monday": counted from the speech (dates/quotedSpeech.ts). */
      const fromSpeech = (relative: (typeof unresolved)[number]): (typeof unresolved)[number][] => {
        if (!quotedAt(sentence.text, relative.start)) return [relative];
        const unread = relativeDateSpans(sentence.text).some(
          (s) => !quotedAt(sentence.text, s.start) && !outside.some((o) => s.start < o.end && s.end > o.start),
        );
        const iso = quotedDate(
          relative.iso,
          outside,
          unread,
          (day) =>
            findRelativeDates(sentence.text, day).find((r) => r.start === relative.start && r.end === relative.end)
              ?.iso,
        );
        if (iso === undefined) return [];
        if (iso === relative.iso) return [relative];
        const read = { ...relative, iso, route: `${relative.route ?? "relative"}@speech` };
        storyMonth.set(read, sentence.anchor);
        return [read];
      };
      /**
       * The year counted from publication that opens the sentence ("Last year, …", dates/attributiveYear.ts): the
       * year its clause is told in. One later in the sentence may be a forecast's horizon ("growth next year, down
       * from the 2.9% it estimated in July"), a base ("compared to a year ago") or a thing's ("last year’s
       * shutdown"), and frames no month.
       */
      const countedYearsBefore = (at: number) =>
        unresolved
          .filter((u) => u.precision === "year" && u.end <= at && !u.yearInferred && isOpeningTime(sentence.text, u))
          .map((u) => u.iso);
      // "Two days later, on Tuesday, …": the weekday names the counted day, not one counted from publication.
      // The sentence's count of days, read once for its weekday here and for the day it counts to below.
      const count = countedDays(sentence.text);
      const besideCount = weekdaysBesideCounted(sentence.text, count);
      const relatives = unresolved
        .map(readInStory)
        .flatMap(restate)
        .filter(
          (relative) =>
            !read.some((d) => relative.start < d.end && relative.end > d.start) &&
            !(relative.precision === "day" && besideCount.some((name) => relative.label.includes(name))) &&
            isEvent(relative, false, relative) &&
            // "posted this morning, 14 Oct. 15": the text states the day; the relative word only restates it.
            !dayStatedOtherwise(sentence.text, relative, statedDates) &&
            // A quotation's "last month" counts from when its speaker spoke: where the paragraph tells of
            // another year, that is not the publication's time. Where the sentence itself says when ("in a
            // 2019 interview"), the date is counted from then (`fromSpeech`).
            !(
              quotedAt(sentence.text, relative.start) &&
              outside.length === 0 &&
              [...yearsTold].some((year) => year !== published)
            ) &&
            // "In 2019 … In March, …": the paragraph tells of another year, so the month is not this one;
            // a year told after the month ("appointed in February to report by the end of 2020") does not frame it.
            // So does a year the sentence counts before the month ("Last year, … four shows in October").
            !(
              relative.yearInferred &&
              [...standsIn(relative.start), ...countedYearsBefore(relative.start)].some(
                (year) => year !== relative.iso.slice(0, 4),
              )
            ) &&
            // "A year ago, NASA announced that … next year": counted from the announcement (dates/nested.ts).
            !isCountedFromOtherTime(sentence.text, relative, outerDates(relative), options.published ?? "") &&
            // "In 1998, the plant closed on Friday": a sentence opening on another year is set in it (dates/nested.ts).
            !(
              relative.precision === "day" &&
              isFramedInOtherYear(
                sentence.text,
                relative,
                outerDates(relative).filter(
                  (d) => !unresolved.some((u) => u.start === d.start && u.precision !== "year"),
                ),
              )
            ) &&
            // A page changed after publication ("posted Tuesday", added by an update) may count from either day.
            sameFromLater(sentence.text, relative) &&
            // An embedded post's "today" counts from the day it was posted (dates/blockContext.ts): kept where
            // that day reads it as publication does.
            sameFrom(posted.get(block.blockIndex), sentence.text, relative),
        )
        .flatMap(fromSpeech);
      const spans = [...dates, ...relatives].sort((a, b) => a.start - b.start);
      // An entry heading has its clause and verb (dates/entryHeading.ts): no dateline, label or caption.
      if (
        !entry &&
        spans.length > 0 &&
        (isDateline(sentence.text, spans) || isVerblessLabel(block, spans) || isVerblessCaption(sentence.text, spans))
      )
        continue;
      // "beginning this week …, confirmed on Monday": the sentence stands at the finer date, and a
      // coarser one that holds it places it again, no more precisely.
      const finer = [...dates.map((d) => d.date), ...relatives];
      const holdsFiner = (date: { iso: string; precision: string }) =>
        date.precision !== "range" &&
        finer.some((other) => other.precision !== "range" && other.iso.startsWith(`${date.iso}-`));
      for (const d of dates) {
        if (holdsFiner(d.date)) continue;
        const event = { ...base, date: d.date, route: `stated-${d.date.precision}` };
        if (measured(d)) bases.add(event);
        events.push(event);
      }
      /** "paid the fee this morning … to the league this morning": one sentence dates its happening once. */
      const listed = (iso: string) =>
        events.some((e) => e.anchor === sentence.anchor && e.date.iso === iso && e.derived === true);
      // "…, 18 years after Washington invaded … in the wake of the September 11, 2001 attacks": the count dates
      // its own clause's happening, which the finer date beside it does not place.
      for (const relative of relatives.filter((r) => /\bafter$/u.test(r.label) || !holdsFiner(r))) {
        const { iso, precision, label } = relative;
        if (listed(iso)) continue;
        const from = storyMonth.get(relative);
        events.push({
          ...base,
          date: { iso, precision, label },
          route: relative.route ?? "relative",
          derived: true,
          ...(from === undefined ? { relativeTo: "published" as const } : { derivedFrom: from }),
        });
      }

      // "between October 11 and 13", "Oct. 11-13, 2019": a span of days is listed as its first and its last day
      // (dates/daySpan.ts), the last read as the first was.
      for (const first of [...dates.map((d) => ({ start: d.start, iso: d.date.iso })), ...relatives]) {
        const end = spanEndDay(sentence.text, first.start, first.iso);
        const opened = events.find((e) => e.anchor === sentence.anchor && e.date.iso === first.iso);
        if (end === undefined || opened === undefined || opened.date.precision !== "day" || listed(end)) continue;
        if (events.some((e) => e.anchor === sentence.anchor && e.date.iso === end)) continue;
        events.push({ ...opened, date: { iso: end, precision: "day", label: opened.date.label }, route: "spanEnd" });
      }

      // "Two days later, …", "The next day, …": counted from the day the last dated sentence told, in this
      // paragraph or the one before, where that sentence dates one day and the count's own has no date;
      // "The next year, …" from the one year it told.
      const hasDates = (text: string) => datesOf({ text }).length > 0 || relativeDateSpans(text).length > 0;
      // "Two days later, on Tuesday, …" dates its day by the count, where the weekday it names agrees.
      const onlyCountedWeekdays =
        besideCount.length > 0 &&
        read.length === 0 &&
        relativeDateSpans(sentence.text).every((span) =>
          besideCount.some((name) => sentence.text.slice(span.start, span.end).includes(name)),
        );
      // A state told in the present ("Four years later, the technology has the same limits") is no happening.
      if (count && PAST.test(sentence.text) && (!hasDates(sentence.text) || onlyCountedWeekdays)) {
        // The last sentence the telling stood at a day in: one with a date, or one a count dated; a count no
        // rule could date ("Three days after the walkout, …" whose walkout no sentence dated) moves the telling
        // to a day unknown, from which nothing counts.
        const last = told.findLast(
          (t) => hasDates(t.text) || events.some((e) => e.anchor === t.anchor) || shiftsTime(t.text),
        );
        const from = events.filter((e) => e.anchor === last?.anchor);
        const [source] = from;
        const near =
          last !== undefined && (last.blockIndex === block.blockIndex || last.blockIndex === toldBlocks.at(-1));
        if (
          near &&
          count.unit === "day" &&
          source?.date.precision === "day" &&
          from.every((e) => e.date.iso === source.date.iso) &&
          fallsOn(addDays(source.date.iso, count.days), besideCount)
        )
          events.push({
            ...base,
            date: { iso: addDays(source.date.iso, count.days), precision: "day", label: count.label },
            route: "countedDays",
            derived: true,
            derivedFrom: source.anchor,
          });
        // "Seven months later, …": from the one month (or a day of it) the last dated sentence told.
        const month = source?.date.iso.slice(0, 7);
        if (
          near &&
          count.unit === "month" &&
          source !== undefined &&
          month !== undefined &&
          /^\d{4}-\d{2}$/u.test(month) &&
          from.every((e) => e.date.precision !== "range" && e.date.iso.slice(0, 7) === month)
        )
          events.push({
            ...base,
            date: {
              iso: addMonths(Number(month.slice(0, 4)), Number(month.slice(5, 7)), count.days),
              precision: "month",
              label: count.label,
            },
            route: "countedMonths",
            derived: true,
            derivedFrom: source.anchor,
          });
        // "The next year, …", "16 years later": from the one year the last dated sentence told.
        const year = source?.date.iso.slice(0, 4);
        if (
          near &&
          count.unit === "year" &&
          source !== undefined &&
          from.every((e) => e.date.precision !== "range" && e.date.iso.slice(0, 4) === year)
        )
          events.push({
            ...base,
            date: { iso: String(Number(year) + count.days), precision: "year", label: count.label },
            route: "countedYears",
            derived: true,
            derivedFrom: source.anchor,
          });
      }
      // "In 2009 we opened a page and a year later started a forum": a count of years after the one year the sentence
      // states before it, told in the past, with no other date in the sentence, counts from that year.
      if (count?.unit === "year" && relatives.length === 0 && PAST.test(sentence.text.slice(count.end))) {
        const before = dates.filter((d) => d.end <= count.start && !measured(d));
        const years = new Set(before.map((d) => (d.date.precision === "range" ? "" : d.date.iso.slice(0, 4))));
        const [year] = years;
        const [from] = before;
        if (
          from !== undefined &&
          years.size === 1 &&
          year !== undefined &&
          /^\d{4}$/u.test(year) &&
          read.every((d) => d.end <= count.start) &&
          !listed(String(Number(year) + count.days))
        )
          events.push({
            ...base,
            date: { iso: String(Number(year) + count.days), precision: "year", label: count.label },
            route: "countedYearsInSentence",
            derived: true,
            derivedFrom: sentence.anchor,
          });
      }
      // "The day after the strike", "three days after Carlson’s suit was filed": counted from the last day told of
      // that happening (its noun in the day's sentence or paragraph); a loose count ("some days after") is none.
      const happening = daysFromHappening(sentence.text);
      if (happening && dates.every((d) => d.date.precision !== "day")) {
        const noun = happening.noun.toLowerCase();
        const source = [...events].reverse().find(
          (e) =>
            e.date.precision === "day" &&
            // A day the text states, or one counted from publication ("on July 6"), not one counted from another sentence.
            e.derivedFrom === undefined &&
            // The paragraph without this sentence: its own noun names no happening told before.
            (e.sentence.toLowerCase().includes(noun) ||
              e.blockText.replace(sentence.text, "").toLowerCase().includes(noun)),
        );
        if (source && source.anchor !== sentence.anchor) {
          const iso = addDays(source.date.iso, happening.days);
          events.push({
            ...base,
            date: { iso, precision: "day", label: happening.label },
            route: "daysFromHappening",
            derived: true,
            derivedFrom: source.anchor,
          });
        }
      }
      // "Later that year", "In October of that year": the year of the paragraph's last dated sentence, where it
      // names one year (dates/thatYear.ts); a sentence whose years no event took ("by 1995", a horizon) dates none.
      const pointsBack = thatYear(sentence.text);
      if (pointsBack && dates.length === 0 && relatives.length === 0) {
        const last = told.findLast((t) => t.blockIndex === block.blockIndex && hasDates(t.text));
        const source = events.filter((e) => e.anchor === last?.anchor && !e.derived);
        const years = new Set(
          datesOf({ text: last?.text ?? "" }).map((d) => (d.date.precision === "range" ? "" : d.date.iso.slice(0, 4))),
        );
        const [year] = years;
        const [from] = source;
        if (from !== undefined && years.size === 1 && year !== undefined && /^\d{4}$/u.test(year)) {
          const { month, label } = pointsBack;
          events.push({
            ...base,
            date:
              month === undefined
                ? { iso: year, precision: "year", label }
                : { iso: `${year}-${String(month).padStart(2, "0")}`, precision: "month", label },
            route: "thatYear",
            derived: true,
            derivedFrom: from.anchor,
          });
        }
      }
      told.push({ text: sentence.text, anchor: sentence.anchor, blockIndex: block.blockIndex });
    }
    toldBlocks.push(block.blockIndex);
    // A paragraph that dates nothing moves the telling nowhere when the story stands long before the publication
    // (an archive's, a history's: "… dated March 18 1986, … ¶ Mrs Thatcher had not … ¶ However in early April she
    // acquiesced", in a 2014 article); a recent one may as well be back in the news's own time.
    const longBefore = [...yearsBefore].every(
      (year) => options.published !== undefined && Number(options.published.slice(0, 4)) - Number(year) >= LONG_BEFORE,
    );
    if (yearsBefore.size > 0 && longBefore && !events.some((e) => e.blockIndex === block.blockIndex)) continue;
    // A month read in the story's time ("But by December") is where the telling stands too.
    const moment = events.findLast(
      (e) =>
        e.blockIndex === block.blockIndex &&
        !bases.has(e) &&
        (!e.derived || storyMonths.has(e.anchor)) &&
        (e.date.precision === "day" || e.date.precision === "month"),
    );
    // A season of its year ("in the spring of 1986") is a time the telling stands in, as a month is, though it fixes
    // no month to count a later one from.
    const season = events.findLast(
      (e) =>
        e.blockIndex === block.blockIndex &&
        !e.derived &&
        !bases.has(e) &&
        e.date.precision === "year" &&
        SEASON_OF_YEAR.test(e.date.label),
    );
    yearsBefore = new Set(moment ? [moment.date.iso.slice(0, 4)] : season ? [season.date.iso] : []);
    // Only a day or month the paragraph states moves the story on into the next one: a month read in the story's
    // time keeps that paragraph out of the publication's year, but fixes none of its months ("In March 2015 … ¶ In
    // June, … ¶ In October, …": the October may be the story's or the news's, and is left unresolved).
    momentBefore = moment && !moment.derived ? { iso: moment.date.iso, anchor: moment.anchor } : undefined;
  }
  return events.map((event) => {
    const { blockIndex, blockText, route, ...rest } = event;
    ROUTES.set(rest, route);
    return rest;
  });
}

/** How each event's date was read (`eventRoute`): kept beside the events, not in them, so their shape stays. */
const ROUTES = new WeakMap<TimelineEvent, string>();

/**
 * The route by which `event` got its date: `stated-day|month|year|range` (a date written with its year),
 * a relative finder's name (content/relativeDates.ts: "weekdays", "monthDays", "countedBack", …, with
 * "@speech" when counted from a quotation's telling), "storyMonth", "restatedDay", "datedList", "spanEnd",
 * "countedDays|Months|Years", "daysFromHappening", "thatYear". For measuring each route's precision (eval).
 */
export const eventRoute = (event: TimelineEvent): string | undefined => ROUTES.get(event);

/**
 * Events of an article with its standfirst and key points (`front`, ../text/sentences.ts
 * `frontBlocks`): the front's own words are the article's too, so a date only they state
 * ("adjourned until July") is an event, anchored to them; a date the body also states is
 * listed once, at its place in the body. Events of the body's table rows (`tableRows`) come last.
 */
export function findArticleEvents(
  slug: string,
  front: readonly Block[],
  body: readonly Block[],
  options: EventOptions = {},
): TimelineEvent[] {
  const datesOf = options.datesOf ?? sentenceDates();
  const read = {
    ...options,
    datesOf,
    laterStamp: options.laterStamp ?? laterStampDay(body, options.published, datesOf),
  };
  const events = findEvents(slug, body, read);
  const told = new Set(events.map((e) => e.date.iso));
  const rows = options.tableRows ? findEvents(slug, options.tableRows, read) : [];
  return [...findEvents(slug, front, read).filter((e) => !told.has(e.date.iso)), ...events, ...rows];
}

/** Chronological order (by ISO start, then article and position), for a corpus timeline. */
export function sortEvents<E extends TimelineEvent>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.date.iso.localeCompare(b.event.date.iso) || a.index - b.index)
    .map(({ event }) => event);
}
