/**
 * Sourcing profile of one article: how much of it rests on named people, on anonymous sources
 * and on other outlets, each attribution linked to its sentence.
 *
 * Counted: every sentence of a direct quotation (by its speaker, plus the outlet it came `via`);
 * a named person or an unnamed source as the source of a reporting predicate, by the grammar of
 * attributionGrammar.ts ("López Obrador outright denied the claims", "U.S. officials insist",
 * "Critics, including …, worry", "according to former and current officials", "she noted" for
 * the one person, or the one source, of the nearest sentence that names any; a quotation's
 * speaker, as the quote finder named them, counts as a person named there); outlets
 * ("According to The Wall Street Journal", "told WSAV", "in an interview with Fox News"),
 * registered or not (outlets.ts); and the article's own
 * `citedSources` list, which has no sentence. Institutions and countries as speakers ("the
 * Mexican government", "Mexico said") are not people and are not counted. One attribution per
 * sentence and source, so a sentence that both quotes and names someone is counted once. Plain
 * data for a compact panel.
 */
import type { Block } from "#lib/text/sentences.ts";
import { SPEECH_VERB_RE } from "#lib/text/attribution.ts";
import {
  anonymousSpeaker,
  describesSomeone,
  groupPronounSpeaks,
  opensWithSourceNoun,
  pronounSpeaks,
  quotedAt,
  speaksAt,
  titleSpeaks,
} from "./attributionGrammar.ts";
import type { EntityMatcher, FoundEntity, Mention } from "./entities.ts";
import type { Quote } from "./quotes.ts";
import { quoteWords, withoutQuotations } from "./quoteSpans.ts";
import { bareOutletHead, findOutletCitations } from "./outlets.ts";
import { type Gender, Genders, pronounGender, reportedPronoun } from "./gender.ts";
import { writtenAsName } from "./speakers.ts";

export type AttributionKind = "named" | "anonymous" | "outlet" | "cited";

export interface Attribution {
  readonly kind: AttributionKind;
  /** Who: the entity's name, the anonymous description, or the outlet as written. */
  readonly label: string;
  readonly entityId?: string;
  /** Sentence anchor; absent for the article's `citedSources` list. */
  readonly anchor?: string;
  /** True when the attribution is a direct quotation. */
  readonly quote?: boolean;
}

export interface SourcingProfile {
  readonly articleSlug: string;
  readonly counts: Readonly<Record<AttributionKind, number>>;
  readonly attributions: readonly Attribution[];
}

const OUTLET_CUE =
  /\b(?:according to|told|as quoted by|quoted by|interview with|reported by|reports?|reported|cited by)\s*$/iu;

/** A description of one unnamed person ("a spokesperson", "the official"), not of a group. */
const SINGULAR = /^(?:an?|one|the|his|her|its)\s/iu;

/** The capitalised words just before a name: its title, as in "US President Barack Obama". */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}’'-]*\s+){1,3}$/u;

/** How a line of prose ends: a full stop, a question or exclamation mark, a colon, a closing quotation mark or bracket. */
const CLOSED = /[.!?…:;”"’)\]]\s*$/u;

/** A short label that introduces a list: "Also in the news:", "More from the region:" (not "Obama also said:"). */
const LABEL = /^(?:\S+\s+){0,7}\S+:$/u;

/**
 * The sentences that are other stories' headlines: lines of one sentence with no closing
 * punctuation, in a run right after a label that is no speech ("Also in the news:" then
 * "Governor Mark Ellis says state will sue", "…, lawyers say"). Those attributions are the other
 * stories', not this article's. Lines under "President Obama also said:" are his words, and an
 * unpunctuated line elsewhere is prose a scrape cut short: both still count.
 */
function otherHeadlines(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  let underLabel = false;
  for (const block of blocks) {
    if (block.kind === "heading") continue;
    const text = block.text.trim();
    const line = block.sentences.length === 1 ? block.sentences[0] : undefined;
    if (underLabel && line && !CLOSED.test(text)) {
      out.add(line.anchor);
      continue;
    }
    underLabel = line !== undefined && LABEL.test(text) && !SPEECH_VERB_RE.test(text);
  }
  return out;
}

/** How far back "he" or "she" looks for the person it stands for, in sentences. */
const PRONOUN_REACH = 3;

/** True when two labels name the same person ("Sheinbaum" ~ "Claudia Sheinbaum"). */
function sameName(a: string, b: string): boolean {
  const x = quoteWords(a);
  const y = quoteWords(b);
  return x.length > 0 && y.length > 0 && (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w)));
}

/** A preposition just before a name: "wrote on Truth Social", "in an interview with Milenio". */
const PLACE_BEFORE = /\b(?:on|in|at|with|via|to|from)\s+(?:the\s+)?$/iu;

/**
 * True when every time `sentence` writes `name` it stands after a preposition: a platform, an
 * outlet or a place ("Trump wrote on Truth Social: “…”"), never the subject who spoke. A
 * quotation's speaker found beyond the register under such a name is no person.
 */
function placeOnly(name: string, sentence: string): boolean {
  const at = [...sentence.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "gu"))];
  return at.length > 0 && at.every((m) => PLACE_BEFORE.test(sentence.slice(0, m.index)));
}

/**
 * The sentences a quotation covers: the one it opens in and each following one that begins
 * with the quotation's own words (a quotation of three sentences attributes all three).
 */
function quoteAnchors(quote: Quote, order: readonly { anchor: string; text: string }[]): string[] {
  const words = quoteWords(quote.text).join(" ");
  const at = order.findIndex((s) => s.anchor === quote.anchor);
  if (at < 0) return [quote.anchor];
  const anchors = [quote.anchor];
  for (const next of order.slice(at + 1)) {
    const opening = quoteWords(next.text).slice(0, 4).join(" ");
    if (opening.split(" ").length < 2 || !` ${words} `.includes(` ${opening} `)) break;
    anchors.push(next.anchor);
  }
  return anchors;
}

/**
 * Who "he" or "she" stands for: the one person of the nearest earlier sentence that names any,
 * or, where that sentence names several, the one of them it counts as a source ("Trump said
 * Sheinbaum had agreed. He added …" is Trump's). Otherwise no one: a guessed speaker is a
 * wrong count, a missed one only a miss.
 */
export function referent(
  recent: readonly { index: number; entityId: string }[],
  sourcesAt: (index: number) => readonly Attribution[],
): string | undefined {
  const last = recent.at(-1)?.index;
  if (last === undefined) return undefined;
  const people = new Set(recent.filter((r) => r.index === last).map((r) => r.entityId));
  if (people.size === 1) return [...people][0];
  const sources = new Set(
    sourcesAt(last).flatMap((a) => (a.entityId !== undefined && people.has(a.entityId) ? [a.entityId] : [])),
  );
  return sources.size === 1 ? [...sources][0] : undefined;
}

/** The sourcing profile of one article. `found` are the names the analysis found beyond the register. */
export function sourcingProfile(
  slug: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  matcher: EntityMatcher,
  citedSources: readonly string[] = [],
  found: readonly FoundEntity[] = [],
): SourcingProfile {
  const attributions: Attribution[] = [];
  const add = (attribution: Attribution) => {
    const same = attributions.some(
      (a) =>
        a.anchor === attribution.anchor &&
        a.kind === attribution.kind &&
        (attribution.kind === "anonymous" ||
          (a.entityId !== undefined && a.entityId === attribution.entityId) ||
          sameName(a.label, attribution.label)),
    );
    if (!same) attributions.push(attribution);
  };
  const foundById = new Map(found.map((f) => [f.id, f]));
  const entityOf = (id: string) => matcher.entities.get(id) ?? foundById.get(id);
  /** A person known only as a quotation's speaker ("“…,” Marsh said") is keyed by this prefix and the name. */
  const SPEAKER = "speaker:";
  const name = (id: string) => (id.startsWith(SPEAKER) ? id.slice(SPEAKER.length) : (entityOf(id)?.name ?? id));
  const entityKind = (id: string) => entityOf(id)?.kind;
  const order = blocks
    .filter((b) => b.kind !== "heading")
    .flatMap((b) => b.sentences.map((s) => ({ anchor: s.anchor, text: s.text })));
  const headlines = otherHeadlines(blocks);

  /** The people quotations name as their speakers, by sentence: the quote finder's word on who spoke there. */
  const speakersAt = new Map<string, string[]>();
  for (const quote of quotes) {
    const { speaker } = quote;
    // An institution quoted ("…,” Amtrak said) is no named person: the module comment's rule, for quotations too.
    // A name found beyond the register counts as one only as an organisation: its other kinds are guesses.
    const kind =
      speaker.kind !== "named"
        ? undefined
        : speaker.entity !== undefined
          ? entityKind(speaker.entity)
          : found.find((f) => f.name === speaker.name && f.kind === "organisation")?.kind;
    // A name found beyond the register is a person's only when written as one: "Nigeria's foreign ministry" is not.
    const institution =
      (kind !== undefined && kind !== "person") ||
      (speaker.kind === "named" && speaker.entity === undefined && !writtenAsName(speaker.name));
    const text = order.find((o) => o.anchor === quote.anchor)?.text ?? "";
    if (
      (speaker.kind === "named" && !institution && !(speaker.entity === undefined && placeOnly(speaker.name, text))) ||
      (speaker.kind === "anonymous" && describesSomeone(speaker.name))
    ) {
      if (speaker.kind === "named")
        speakersAt.set(quote.anchor, [
          ...(speakersAt.get(quote.anchor) ?? []),
          speaker.entity ?? `${SPEAKER}${speaker.name}`,
        ]);
      for (const anchor of quoteAnchors(quote, order)) {
        add({
          kind: speaker.kind,
          label: speaker.name,
          ...(speaker.entity ? { entityId: speaker.entity } : {}),
          anchor,
          quote: true,
        });
      }
    }
    if (quote.via) {
      const outlet = [...matcher.entities.values()].find((e) => e.name === quote.via);
      add({ kind: "outlet", label: quote.via, ...(outlet ? { entityId: outlet.id } : {}), anchor: quote.anchor });
    }
  }

  const bySentence = new Map<string, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.anchor, [...(bySentence.get(mention.anchor) ?? []), mention]);
  const person = (m: Mention) => entityOf(m.entityId)?.kind === "person";
  /** Person mentions of recent sentences, newest last, for "he" and "she". */
  const recent: { index: number; entityId: string }[] = [];
  /** Every person named so far, for a surname used alone. */
  const named: string[] = [];
  /** Title words written before people's names ("US President Barack Obama"), for "the president". */
  const titled = new Map<string, Set<string>>();
  /** The unnamed group that last spoke, for "they". */
  let lastGroup: { index: number; label: string } | undefined;
  /** The one unnamed person who last spoke ("a senior official said"), for "he" and "she". */
  let lastSingle: { index: number; label: string } | undefined;

  /** What the text states of people's genders ("Her husband, Samuel Oyelaran"), so "she" is never a man. */
  const genders = new Genders();
  /** The person in view at sentence `index`: who "he", "she" or "the minister" stands for (see referent). */
  const inViewAt = (index: number, gender?: Gender) =>
    referent(
      recent.filter((r) => r.index >= index - PRONOUN_REACH && genders.fits(r.entityId, gender)),
      (at) => attributions.filter((a) => a.anchor === order[at]?.anchor && a.kind === "named"),
    );
  /**
   * Where each quotation's speaker known only by a quotation is first named in full: "Brazil's
   * Celso Moura" in a list, before "Moura, speaking after a closed session, argued …".
   */
  const introducedAt = new Map<number, string[]>();
  for (const key of new Set([...speakersAt.values()].flat()))
    if (key.startsWith(SPEAKER) && name(key).includes(" ")) {
      const at = order.findIndex((o) => o.text.includes(name(key)));
      if (at >= 0) introducedAt.set(at, [...(introducedAt.get(at) ?? []), key]);
    }

  order.forEach((sentence, index) => {
    if (headlines.has(sentence.anchor)) return;
    // A bare tag the segmenter cut from its quotation ("…?” | Forte said.") is that quotation's attribution, counted with it.
    const previous = order[index - 1]?.anchor;
    const bareTag = quoteWords(sentence.text).length <= 4 && !/[“”"]/u.test(sentence.text);
    const namedSource = (who: string) => {
      const counted = attributions.some(
        (a) => a.anchor === previous && a.quote === true && (a.entityId === who || sameName(a.label, name(who))),
      );
      if (!(bareTag && counted))
        add({ kind: "named", label: name(who), ...(entityOf(who) ? { entityId: who } : {}), anchor: sentence.anchor });
    };
    const here = bySentence.get(sentence.anchor) ?? [];
    for (const mention of here) {
      const entity = entityOf(mention.entityId);
      if (!entity) continue;
      const before = sentence.text.slice(0, mention.start);
      if (entity.outlet && OUTLET_CUE.test(before.replace(/\b[Tt]he\s*$/u, ""))) {
        add({ kind: "outlet", label: name(entity.id), entityId: entity.id, anchor: sentence.anchor });
      } else if (
        entity.kind === "person" &&
        // A found "Lawyers for Ismael Zambada García" is the unnamed lawyers, counted as such below.
        !(foundById.has(entity.id) && opensWithSourceNoun(entity.name)) &&
        speaksAt(sentence.text, mention.start, mention.end)
      ) {
        namedSource(entity.id);
      }
    }
    // A surname alone ("Garcia wrote …") for a person the article named earlier in full.
    for (const word of sentence.text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
      const start = word.index;
      const end = start + word[0].length;
      if (here.some((m) => m.start < end && start < m.end)) continue;
      const folded = quoteWords(word[0]).join(" ");
      // A first name alone ("Lupita told cops") for the one person named earlier with it, too.
      const people = new Set(
        named.filter((id) => {
          const words = quoteWords(name(id));
          if (words.length === 1) return words[0] === folded;
          return words.slice(1).includes(folded) || words[0] === folded;
        }),
      );
      const [who] = people;
      if (people.size === 1 && who !== undefined && speaksAt(sentence.text, start, end)) {
        namedSource(who);
        recent.push({ index, entityId: who });
      }
    }
    const pronoun = pronounSpeaks(sentence.text);
    // A sentence whose quotation has a speaker already says who spoke: its own grammar decided.
    const quoted = attributions.some((a) => a.anchor === sentence.anchor && a.quote === true);
    if (pronoun !== undefined && !quoted) {
      // In the sentence, only one person named before the pronoun can be it ("Sheinbaum … Trump, … she replied" is neither).
      const gender = pronounGender(/^\p{L}+/u.exec(sentence.text.slice(pronoun))?.[0] ?? "");
      const before = new Set(
        here.filter((m) => person(m) && m.end <= pronoun && genders.fits(m.entityId, gender)).map((m) => m.entityId),
      );
      const inSentence = before.size === 1 ? [...before][0] : undefined;
      const earlier = inViewAt(index, gender);
      // "A senior official said … She added …": an unnamed person who spoke after the last person named is "she".
      const lastPerson = recent.at(-1)?.index ?? -1;
      const unnamed =
        before.size === 0 && lastSingle && lastSingle.index > lastPerson && lastSingle.index >= index - PRONOUN_REACH
          ? lastSingle
          : undefined;
      const who = before.size > 1 || unnamed ? undefined : (inSentence ?? earlier);
      if (unnamed) add({ kind: "anonymous", label: unnamed.label, anchor: sentence.anchor });
      if (who !== undefined) {
        namedSource(who);
        // "He said … He also stressed …": a pronoun that speaks keeps its person the one in view.
        recent.push({ index, entityId: who });
      }
    }
    // "the president said": the one person the article named with that title ("President Barack Obama").
    const title = quoted ? undefined : titleSpeaks(sentence.text);
    const holders = title === undefined ? undefined : titled.get(title);
    // Two people named with the title: "the minister" is the one of them in view ("Eze said …. The minister also warned").
    const [holder] = holders ?? [];
    const inView = holders !== undefined && holders.size > 1 ? inViewAt(index) : undefined;
    if (holders?.size === 1 && holder !== undefined) namedSource(holder);
    else if (inView !== undefined && holders?.has(inView)) namedSource(inView);
    // "Sheinbaum said she would …": the subject of what the one person a sentence names reports, outside quotations.
    const narrated = here.filter((m) => person(m) && !quotedAt(sentence.text, m.start));
    const [alone] = narrated;
    if (alone && narrated.every((m) => m.entityId === alone.entityId))
      genders.add(alone.entityId, reportedPronoun(withoutQuotations(sentence.text).slice(alone.end)));
    for (const mention of here)
      if (person(mention)) {
        genders.note(mention.entityId, sentence.text.slice(0, mention.start), sentence.text.slice(mention.end));
        for (const word of TITLE_BEFORE.exec(sentence.text.slice(0, mention.start))?.[0].split(/\s+/u) ?? [])
          if (word)
            titled.set(word.toLowerCase(), new Set([...(titled.get(word.toLowerCase()) ?? []), mention.entityId]));
        // A person named inside a quotation is the speaker's subject, not the narration's: "he" next is not them.
        if (!quotedAt(sentence.text, mention.start)) recent.push({ index, entityId: mention.entityId });
        if (!named.includes(mention.entityId)) named.push(mention.entityId);
      }
    for (const key of introducedAt.get(index) ?? [])
      if (!named.some((id) => sameName(name(id), name(key)))) named.push(key);
    // A quotation's speaker is in view, and known by name later, as a person named in the text is;
    // a name the text also gives in full is that person, not a second one.
    for (const key of speakersAt.get(sentence.anchor) ?? []) {
      const same = key.startsWith(SPEAKER) ? named.find((id) => sameName(name(id), name(key))) : undefined;
      recent.push({ index, entityId: same ?? key });
      if (!named.includes(same ?? key)) named.push(same ?? key);
    }

    for (const citation of findOutletCitations(sentence.text)) {
      // A registered outlet is counted under its entity, so the mention loop's entry is not doubled.
      // "the Journal" names again the paper the article named in full: its mention here says which.
      const again = bareOutletHead(citation.label)
        ? here.find((m) => m.start <= citation.start && m.end >= citation.end)
        : undefined;
      const hit =
        again === undefined
          ? matcher.find(citation.label, new Set()).find((h) => matcher.entities.get(h.entityId)?.outlet)
          : { entityId: again.entityId };
      const already = attributions.some(
        (a) =>
          a.anchor === sentence.anchor &&
          a.kind === "outlet" &&
          (hit ? a.entityId === hit.entityId : a.label.toLowerCase() === citation.label.toLowerCase()),
      );
      if (!already) {
        add({
          kind: "outlet",
          label: hit ? name(hit.entityId) : citation.label,
          ...(hit ? { entityId: hit.entityId } : {}),
          anchor: sentence.anchor,
        });
      }
    }
    const anonymous = anonymousSpeaker(sentence.text);
    if (anonymous) add({ kind: "anonymous", label: anonymous, anchor: sentence.anchor });
    // "They said that …": the unnamed group that spoke last, within reach.
    if (anonymous && SINGULAR.test(anonymous)) lastSingle = { index, label: anonymous };
    if (anonymous && !SINGULAR.test(anonymous)) lastGroup = { index, label: anonymous };
    else if (!anonymous && lastGroup && lastGroup.index >= index - PRONOUN_REACH && groupPronounSpeaks(sentence.text))
      add({ kind: "anonymous", label: lastGroup.label, anchor: sentence.anchor });
  });

  for (const cited of citedSources) {
    const hit = matcher.find(cited, new Set()).find((h) => matcher.entities.get(h.entityId)?.outlet);
    add({ kind: "cited", label: cited, ...(hit ? { entityId: hit.entityId } : {}) });
  }

  const counts: Record<AttributionKind, number> = { named: 0, anonymous: 0, outlet: 0, cited: 0 };
  for (const attribution of attributions) counts[attribution.kind] += 1;
  return { articleSlug: slug, counts, attributions };
}
