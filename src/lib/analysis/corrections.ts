/**
 * Applies editors' corrections (src/schemas/corrections.ts) to one article's mentions, quotes
 * and events, before anything is derived from them, so a corrected speaker or a dropped
 * mention is right everywhere: entity pages, quotes, sourcing, coverage. Corrected items carry
 * the editor's note so pages can say an editor changed them. Corrections that match nothing
 * are returned as problems rather than ignored, so a stale correction is noticed.
 */
import type { Corrections } from "#schemas/corrections.ts";
import { formatIsoDate } from "#lib/content/dates.ts";
import type { Entity } from "#schemas/entity.ts";
import type { Mention } from "./entities.ts";
import type { Quote } from "./quotes.ts";
import { UNATTRIBUTED } from "./speakers.ts";
import type { TimelineEvent } from "./timeline.ts";

/** Marks an item an editor changed; `note` is their reason, when they gave one. */
export interface Corrected {
  readonly corrected?: { readonly note?: string };
}

export interface CorrectionProblem {
  /** Which list and item: "quotes[0]". */
  readonly where: string;
  readonly message: string;
}

const mark = (note: string | undefined): Corrected => ({ corrected: note === undefined ? {} : { note } });

/** Drops mentions an editor marked as not about the entity. */
export function correctMentions(
  mentions: readonly Mention[],
  fixes: Corrections["mentions"],
): { mentions: Mention[]; problems: CorrectionProblem[] } {
  const problems: CorrectionProblem[] = [];
  let kept = [...mentions];
  (fixes ?? []).forEach((fix, index) => {
    const before = kept.length;
    kept = kept.filter((m) => !(m.anchor === fix.anchor && m.entityId === fix.entity));
    if (kept.length === before) {
      problems.push({
        where: `mentions[${index}]`,
        message: `no mention of "${fix.entity}" in sentence ${fix.anchor}`,
      });
    }
  });
  return { mentions: kept, problems };
}

/** Sets the speaker an editor gave, or drops what is not a quotation. */
export function correctQuotes(
  quotes: readonly Quote[],
  fixes: Corrections["quotes"],
  register: ReadonlyMap<string, Entity>,
): { quotes: (Quote & Corrected)[]; problems: CorrectionProblem[] } {
  const problems: CorrectionProblem[] = [];
  let kept: (Quote & Corrected)[] = [...quotes];
  (fixes ?? []).forEach((fix, index) => {
    const where = `quotes[${index}]`;
    const target = kept.find(
      (q) => q.anchor === fix.anchor && (fix.startsWith === undefined || q.text.startsWith(fix.startsWith)),
    );
    if (!target) {
      const opening = fix.startsWith ? ` with "${fix.startsWith}"` : "";
      problems.push({ where, message: `no quotation opens in sentence ${fix.anchor}${opening}` });
      return;
    }
    if (fix.notAQuote) {
      kept = kept.filter((q) => q !== target);
      return;
    }
    let speaker: Quote["speaker"];
    if (fix.speaker !== undefined) {
      const entity = register.get(fix.speaker);
      if (!entity) {
        problems.push({ where, message: `unknown entity "${fix.speaker}": use an id from content/entities/` });
        return;
      }
      speaker = { name: entity.name, kind: "named", entity: entity.id };
    } else if (fix.anonymous !== undefined) speaker = { name: fix.anonymous, kind: "anonymous" };
    else speaker = UNATTRIBUTED;
    kept = kept.map((q) => (q === target ? { ...q, speaker, ...mark(fix.note) } : q));
  });
  return { quotes: kept, problems };
}

/** Re-dates or drops timeline events. */
export function correctEvents(
  events: readonly TimelineEvent[],
  fixes: Corrections["events"],
): { events: (TimelineEvent & Corrected)[]; problems: CorrectionProblem[] } {
  const problems: CorrectionProblem[] = [];
  let kept: (TimelineEvent & Corrected)[] = [...events];
  (fixes ?? []).forEach((fix, index) => {
    const target = kept.find((e) => e.anchor === fix.anchor);
    if (!target) {
      problems.push({ where: `events[${index}]`, message: `no dated event in sentence ${fix.anchor}` });
      return;
    }
    if (fix.remove) {
      kept = kept.filter((e) => e !== target);
      return;
    }
    const iso = fix.date ?? target.date.iso;
    const date = { iso, precision: "day" as const, label: formatIsoDate(iso) };
    // A corrected date is the editor's, not derived from another sentence.
    const { derived, derivedFrom, ...rest } = target;
    kept = kept.map((e) => (e === target ? { ...rest, date, ...mark(fix.note) } : e));
  });
  return { events: kept, problems };
}
