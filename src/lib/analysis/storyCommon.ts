/**
 * What a story's articles have in common, for its page: the people, organisations and places
 * two or more of them mention, and the days two or more of them date events to. Shown so a
 * reader sees why the articles stand together, not just the earliest headline. Pure.
 */

export interface StoryCommon {
  /** Entity ids, most widely shared first, then by id. */
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  readonly places: readonly string[];
  /** `YYYY-MM-DD` days, in date order. */
  readonly days: readonly string[];
}

export interface StoryMember {
  readonly mentions: readonly { readonly entityId: string }[];
  readonly events: readonly { readonly date: { readonly iso: string; readonly precision: string } }[];
}

/** Keys that two or more members have, most members first, then by key. */
function sharedKeys(sets: readonly ReadonlySet<string>[]): string[] {
  const counts = new Map<string, number>();
  for (const set of sets) for (const key of set) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => key);
}

export function storyCommon(
  members: readonly StoryMember[],
  kindOf: (entityId: string) => "person" | "organisation" | "place" | undefined,
): StoryCommon {
  const entities = sharedKeys(members.map((m) => new Set(m.mentions.map((mention) => mention.entityId))));
  const days = sharedKeys(
    members.map((m) => new Set(m.events.filter((e) => e.date.precision === "day").map((e) => e.date.iso))),
  ).sort();
  return {
    people: entities.filter((id) => kindOf(id) === "person"),
    organisations: entities.filter((id) => kindOf(id) === "organisation"),
    places: entities.filter((id) => kindOf(id) === "place"),
    days,
  };
}
