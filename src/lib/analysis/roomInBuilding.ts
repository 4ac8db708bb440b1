/**
 * A body's name after a room's noun and a preposition of place: "a windowless cell beneath the Pentagon",
 * "the vault beneath the Kremlin". A room is part of a building, so the name there is the
 * building's, not the body that works in it: a register organisation named after its seat is no
 * mention of that body here (`entities.ts`, `unfitHit`). A room that is a workplace ("an office in
 * the Pentagon", "the halls of Congress") is left out: there the words commonly mean the body.
 */

/** Rooms and spaces inside a building that are no one's workplace. */
const ROOM_NOUNS = [
  "cell",
  "basement",
  "bunker",
  "vault",
  "corridor",
  "hallway",
  "cellar",
  "dungeon",
  "closet",
  "attic",
  "lobby",
  "cafeteria",
  "courtyard",
  "stairwell",
  "tunnel",
  "elevator",
  "room",
];

/** A room's noun (or its plural), a preposition of place and "the", right before the name. */
const ROOM_BEFORE = new RegExp(
  String.raw`\b(?:${ROOM_NOUNS.join("|")})s?\s+(?:in|inside|beneath|under|underneath|below|within)\s+the\s+$`,
  "iu",
);

/** Whether the name starting at `start` of `text` stands after a room's noun as the building it is in. */
export function roomInBuilding(text: string, start: number): boolean {
  return ROOM_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
