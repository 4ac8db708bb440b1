/**
 * The words news outlets are named with, in a module of their own so that the outlet citations
 * (outlets.ts) and the reading of names (names.ts, which outlets.ts uses) share one list. Pure.
 */

/**
 * Words an outlet's name ends in ("The Wall Street Journal", "NBC News", "The Boston Globe").
 * Those marked `paper` also name a paper again alone after "the" ("the Journal", "the Times");
 * "News" or "Today" alone do not.
 */
export const OUTLET_WORDS: Readonly<Record<string, "paper" | "name">> = {
  News: "name",
  Times: "paper",
  Post: "paper",
  Journal: "paper",
  Press: "name",
  Herald: "paper",
  Tribune: "paper",
  Gazette: "paper",
  Telegraph: "paper",
  Guardian: "paper",
  Chronicle: "paper",
  Observer: "paper",
  Globe: "paper",
  Magazine: "name",
  Network: "name",
  Radio: "name",
  Television: "name",
  TV: "name",
  Wire: "name",
  Agency: "name",
  Daily: "name",
  Review: "name",
  Mail: "name",
  Independent: "name",
  Economist: "name",
  Insider: "name",
  Examiner: "paper",
  Inquirer: "paper",
  Bulletin: "name",
  Monitor: "name",
  Courier: "paper",
  Star: "name",
  Sun: "name",
  Express: "name",
  Standard: "name",
  Dispatch: "paper",
  Register: "name",
  Report: "name",
  Today: "name",
  Newsweek: "name",
  Semanal: "name",
  Diario: "name",
  Noticias: "name",
};

/** The outlet words, lower case, as tokens are keyed. */
const OUTLET_KEYS = new Set(Object.keys(OUTLET_WORDS).map((w) => w.toLowerCase()));

/** Whether a token key ("times", "chronicle") is a word an outlet's name ends in. */
export const isOutletWord = (key: string): boolean => OUTLET_KEYS.has(key);
