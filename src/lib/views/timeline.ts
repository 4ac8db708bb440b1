/**
 * Timeline display: each event's `<time datetime>` values and a reader's label that shows the
 * date's precision ("September 2025" is not "3 September 2025"), plus the geometry of a small
 * build-time SVG axis. Dates are read from their ISO parts, never through `Date` in local
 * time, so the page says what the source says on any build machine.
 */
import { formatIsoDate, formatIsoMonth, isRealDay } from "#lib/content/dates.ts";
import type { EventDate, TimelineEvent } from "#lib/analysis/index.ts";

export interface DateDisplay {
  /** `datetime` of the start (or only) `<time>`: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly datetime: string;
  /** `datetime` of a range's end. */
  readonly endDatetime?: string;
  /** The date as shown: "3 September 2025", "August 2025", "2019"; a range's start only. */
  readonly label: string;
  /** A range's end as shown. */
  readonly endLabel?: string;
  /** "day", "month", "year" or "years": what the source pins down. */
  readonly precision: string;
}

/** How an event date is shown and marked up. */
export function dateDisplay(date: EventDate): DateDisplay {
  const [year] = date.iso.split("-");
  switch (date.precision) {
    case "day":
      return { datetime: date.iso, label: formatIsoDate(date.iso), precision: "day" };
    case "month":
      return { datetime: date.iso, label: formatIsoMonth(date.iso), precision: "month" };
    case "range":
      return {
        datetime: year ?? date.iso,
        endDatetime: date.end ?? year ?? date.iso,
        label: year ?? date.iso,
        endLabel: date.end ?? "",
        precision: "years",
      };
    default:
      return { datetime: year ?? date.iso, label: year ?? date.iso, precision: "year" };
  }
}

/** True for ISO values a `<time datetime>` accepts here: YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return false;
  return isRealDay(
    Number(match[1]),
    match[2] === undefined ? 1 : Number(match[2]),
    match[3] === undefined ? 1 : Number(match[3]),
  );
}

/** Events grouped by the year they start in, oldest first (events are already chronological). */
export function eventsByYear<E extends TimelineEvent>(events: readonly E[]): { year: string; events: E[] }[] {
  const groups: { year: string; events: E[] }[] = [];
  for (const event of events) {
    const year = event.date.iso.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** A year as a number with the date's position inside it (the middle of its month or day). */
function position(iso: string, precision: EventDate["precision"]): number {
  const [y, m, d] = iso.split("-").map(Number);
  const year = y ?? 0;
  if (precision === "year" || precision === "range" || m === undefined) return year + 0.5;
  if (d === undefined) return year + (m - 0.5) / 12;
  return year + (m - 1) / 12 + (d - 0.5) / 365;
}

export interface AxisGeometry {
  readonly width: number;
  readonly height: number;
  readonly ticks: readonly { x: number; label: string }[];
  /** One mark per event: a dot, or a bar for a range. */
  readonly marks: readonly { x: number; x2?: number; derived: boolean; label: string }[];
}

/**
 * A horizontal year axis with a mark per event, in SVG user units. Decorative summary only:
 * the list next to it carries the dates, precision and links.
 */
export function timelineAxis(events: readonly TimelineEvent[], width = 720, height = 64): AxisGeometry {
  if (events.length === 0) return { width, height, ticks: [], marks: [] };
  const starts = events.map((e) => Number(e.date.iso.slice(0, 4)));
  const ends = events.map((e) => Number(e.date.end ?? e.date.iso.slice(0, 4)));
  const first = Math.min(...starts);
  const last = Math.max(...ends) + 1;
  const pad = 16;
  const x = (value: number) => pad + ((value - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const ticks = [];
  const step = Math.max(1, Math.ceil((last - first) / 10));
  for (let year = first; year <= last; year += step) ticks.push({ x: x(year), label: String(year) });
  const marks = events.map((event) => {
    const display = dateDisplay(event.date);
    const label = display.endLabel ? `${display.label}–${display.endLabel}` : display.label;
    return event.date.precision === "range"
      ? {
          x: x(Number(event.date.iso.slice(0, 4))),
          x2: x(Number(event.date.end ?? event.date.iso) + 1),
          derived: false,
          label,
        }
      : { x: x(position(event.date.iso, event.date.precision)), derived: event.derived === true, label };
  });
  return { width, height, ticks, marks };
}
