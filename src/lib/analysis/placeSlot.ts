/**
 * Whether a name stands where a place stands: right after "in", "near" or "outside" ("a gala in
 * Beverly Hills on December 4", "told a reporter in Khan Younis that …", "based in São José dos
 * Campos"), or right after a settlement's noun ("the party town Van Vieng"). The name reader takes
 * such a name for a person's when its first word is a given name ("Beverly", "Khan", "José");
 * a person is seldom the object of "in" as a name alone: "in Ana Ruiz's view" owns something,
 * and "faith in", "a role in", "starred in" govern people or works, so those are left out.
 *
 * Used over every mention of a found person (entities.ts `dropThings`): a "person" the article
 * only ever writes in such a slot names a place, not anyone. Pure.
 */

/** A locative preposition, or a settlement's noun, right before the name. */
const SLOT_BEFORE =
  /(?:^|[^\p{L}])(?:(?:(\p{L}+)\s+)?(?:in|near|outside)|(?:town|city|village|hamlet|suburb)(?:\s+of)?)\s+$/u;
/** Words before "in" that govern a person or a work: "faith in", "a role in", "starred in". */
const GOVERNS_PERSON = new Set(
  `believe believes believed believing faith trust confidence interest interested invest invested investing role
  roles part parts star stars starred starring cameo appears appeared appearing played plays playing character`.split(
    /\s+/u,
  ),
);

export function placeSlot(text: string, start: number, end: number): boolean {
  const before = SLOT_BEFORE.exec(text.slice(0, start));
  if (before === null) return false;
  if (before[1] !== undefined && GOVERNS_PERSON.has(before[1].toLowerCase())) return false;
  // "in Ana Ruiz's view": an owner, a person.
  return !/^['’]/u.test(text.slice(end));
}
