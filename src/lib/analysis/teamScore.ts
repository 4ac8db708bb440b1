/**
 * A name scored in a game: "Atlanta beat Miami 5-3", "Houston edged Dallas 108-101", "Denver
 * lost to Utah 4-1". A city's or a country's name written so names its team, not the place (a
 * place wins no game), so the register's place is not linked there and the name is a body's.
 *
 * The score must follow the loser's name at once, one game's figures ("5-3", "108–101"); sets of
 * tennis ("6-3, 6-4") score players, which `names.ts` reads as people. Who the team is (the
 * Braves) is not said, so the name stays as written.
 */

/** Verbs of winning a game, the winner before them and the loser after ("beat", "rallied past"). */
export const WIN_VERBS = String.raw`defeated|beat|edged|downed|outlasted|upset|stunned|routed|topped|ousted|eliminated|overcame|blanked|(?:cruised|rallied|got|eased|battled|slipped|held on) past`;
/** Verbs of losing one, the loser before them ("fell to"). */
const LOSS_VERBS = String.raw`lost to|fell to|tied|drew with`;
/** A team's name as written: one to three capitalised words, perhaps after "the". */
const TEAM = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
/** One game's score, not the first of a run of tennis sets ("6-3, 6-4"). */
const GAME_SCORE = String.raw`\d{1,3}[-–]\d{1,3}(?![\d–-])(?!\s*,\s*\d{1,2}[-–]\d)`;
const VERB = `(?:${WIN_VERBS}|${LOSS_VERBS})`;

const FIRST_SIDE = new RegExp(String.raw`^\s+${VERB}\s+(${TEAM})\s+${GAME_SCORE}`, "u");
const SECOND_SIDE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${TEAM})\s+${VERB}\s+(?:the\s+)?$`, "u");
const SECOND_SIDE_AFTER = new RegExp(String.raw`^\s+${GAME_SCORE}`, "u");

/**
 * The other side's name when `text.slice(start, end)` is one side of a game with its score (see
 * above), else undefined: "Miami" for "Atlanta" in "Atlanta beat Miami 5-3".
 */
export function scoredOpponent(
  text: string,
  span: { readonly start: number; readonly end: number },
): string | undefined {
  const first = FIRST_SIDE.exec(text.slice(span.end));
  if (first) return first[1]?.replace(/^the\s+/u, "");
  if (!SECOND_SIDE_AFTER.test(text.slice(span.end))) return undefined;
  return SECOND_SIDE_BEFORE.exec(text.slice(0, span.start))?.[1]?.replace(/^the\s+/u, "");
}

/** Whether a name is one side of a game with its score (`scoredOpponent`). */
export function scoredTeam(text: string, span: { readonly start: number; readonly end: number }): boolean {
  return scoredOpponent(text, span) !== undefined;
}
