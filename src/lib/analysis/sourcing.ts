/**
 * Sourcing profile of one article: how much of it rests on named people, on anonymous sources
 * and on other outlets, each attribution linked to its sentence.
 *
 * Counted: every direct quotation (by its speaker, plus the outlet it came `via`); indirect
 * attributions to a named person ("Guillot … stated that", "Trevilla acknowledged"); to
 * unnamed sources ("according to U.S. officials", "insiders reveal", "one senior Mexican naval
 * officer told …"); to outlets ("According to The Wall Street Journal", "told WSAV", "in an
 * interview with Fox News"), registered or not (outlets.ts finds any name shaped like an
 * outlet: "according to The Wall Street Journal", "(Reuters) —"); and the article's own `citedSources` list, which has no sentence.
 * One attribution per sentence and source, so a sentence that both quotes and names someone
 * is counted once. Plain data for a compact panel.
 */
import type { Block } from "../text/sentences.ts";
import type { EntityMatcher, Mention } from "./entities.ts";
import {
  alternation,
  anonymousSource,
  ANONYMOUS_SOURCE_PLURALS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from "../text/attribution.ts";
import type { Quote } from "./quotes.ts";
import { findOutletCitations } from "./outlets.ts";

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

/** Verbs of attribution, from the one shared list, plus their -ing forms for "…, indicating". */
const REPORTING = alternation([...SPEECH_VERBS, ...SPEECH_PARTICIPLES, "indicating", "suggesting", "revealing"]);
const PERSON_THEN_VERB = new RegExp(`^(?:[^.;“”"]{0,60}?)\\b(?:${REPORTING})\\b`, "iu");
const ANON_PLURAL = new RegExp(
  `\\b((?:(?:multiple|several|some|many|current|former|senior|top|U\\.S\\.|Mexican|American|intelligence|and|other)\\s+){0,6}(?:${alternation(ANONYMOUS_SOURCE_PLURALS)}))\\s+(?:\\w+\\s+)?(?:${REPORTING})\\b`,
  "iu",
);
const ACCORDING_ANON = new RegExp(
  `\\baccording to ((?:[\\p{L}.]+\\s+){0,8}?(?:${alternation(ANONYMOUS_SOURCE_PLURALS)}))\\b`,
  "iu",
);
const OUTLET_CUE =
  /\b(?:according to|told|as quoted by|quoted by|interview with|reported by|reports?|reported|cited by)\s*$/iu;

/** The sourcing profile of one article. */
export function sourcingProfile(
  slug: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  matcher: EntityMatcher,
  citedSources: readonly string[] = [],
): SourcingProfile {
  const attributions: Attribution[] = [];
  const seen = new Set<string>();
  const add = (attribution: Attribution) => {
    const key = `${attribution.anchor ?? ""}|${attribution.kind}|${attribution.entityId ?? attribution.label.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    attributions.push(attribution);
  };
  const name = (id: string) => matcher.entities.get(id)?.name ?? id;

  for (const quote of quotes) {
    const { speaker } = quote;
    if (speaker.kind === "named" || speaker.kind === "anonymous") {
      add({
        kind: speaker.kind,
        label: speaker.name,
        ...(speaker.entity ? { entityId: speaker.entity } : {}),
        anchor: quote.anchor,
        quote: true,
      });
    }
    if (quote.via) {
      const outlet = [...matcher.entities.values()].find((e) => e.name === quote.via);
      add({ kind: "outlet", label: quote.via, ...(outlet ? { entityId: outlet.id } : {}), anchor: quote.anchor });
    }
  }

  const bySentence = new Map<string, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.anchor, [...(bySentence.get(mention.anchor) ?? []), mention]);

  for (const block of blocks) {
    if (block.kind === "heading") continue;
    for (const sentence of block.sentences) {
      const here = bySentence.get(sentence.anchor) ?? [];
      for (const mention of here) {
        const entity = matcher.entities.get(mention.entityId);
        if (!entity) continue;
        const before = sentence.text.slice(0, mention.start);
        const after = sentence.text.slice(mention.end);
        if (entity.outlet && OUTLET_CUE.test(before.replace(/\b[Tt]he\s*$/u, ""))) {
          add({ kind: "outlet", label: name(entity.id), entityId: entity.id, anchor: sentence.anchor });
        } else if (
          entity.kind === "person" &&
          PERSON_THEN_VERB.test(after) &&
          !/^\s*(?:administration|’s|'s)/u.test(after)
        ) {
          add({ kind: "named", label: name(entity.id), entityId: entity.id, anchor: sentence.anchor });
        }
      }
      for (const citation of findOutletCitations(sentence.text)) {
        // A registered outlet is counted under its entity, so the mention loop's entry is not doubled.
        const hit = matcher.find(citation.label, new Set()).find((h) => matcher.entities.get(h.entityId)?.outlet);
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
      const anonymous =
        ACCORDING_ANON.exec(sentence.text)?.[1] ??
        ANON_PLURAL.exec(sentence.text)?.[1] ??
        (() => {
          const single = anonymousSource(sentence.text);
          if (!single) return undefined;
          const rest = sentence.text.slice(single.index + single.text.length);
          return new RegExp(`^\\s+(?:\\p{L}+ly\\s+)?(?:${REPORTING})\\b`, "iu").test(rest) ? single.text : undefined;
        })();
      if (anonymous && !attributions.some((a) => a.anchor === sentence.anchor && a.kind === "anonymous")) {
        add({ kind: "anonymous", label: anonymous.trim(), anchor: sentence.anchor });
      }
    }
  }

  for (const cited of citedSources) {
    const hit = matcher.find(cited, new Set()).find((h) => matcher.entities.get(h.entityId)?.outlet);
    add({ kind: "cited", label: cited, ...(hit ? { entityId: hit.entityId } : {}) });
  }

  const counts: Record<AttributionKind, number> = { named: 0, anonymous: 0, outlet: 0, cited: 0 };
  for (const attribution of attributions) counts[attribution.kind] += 1;
  return { articleSlug: slug, counts, attributions };
}
