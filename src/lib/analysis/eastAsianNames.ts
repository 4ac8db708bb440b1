/**
 * A Chinese or Korean person's name written surname first ("Xi Jinping", "Li Keqiang", "Moon
 * Jae-in"): compromise knows few of them, and with no title before it ("under Xi Jinping", "his
 * counterpart, Xi Jinping,") such a name was read as nothing. The name is known by its form:
 *
 * - a common Chinese surname in pinyin, then a given name of exactly two pinyin syllables written
 *   as one word ("Jinping" = jin·ping, "Jianxiong" = jian·xiong). Both conditions together: an
 *   English word seldom splits into two pinyin syllables, and never after one of these surnames;
 * - a short surname, then a given name of two short parts joined by a hyphen, the second in lower
 *   case ("Jae-in", "Hau-yip", "Jong-un"), as Korean and Cantonese romanisations write it. An
 *   English prefix before the hyphen ("Co-op", "Ex-wife", "Self-made") is no given name.
 *
 * Callers use it only for a run no other reading typed: what compromise or a head word reads as a
 * place or a body stays one.
 */

/** Common Chinese surnames in pinyin (the hundred or so most borne), lower case. */
const CHINESE_SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
  tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
  yao jin fu qian tan xi wen bai kong mao qin shi dai cui jia fan fang zou xiong meng hou lei long duan hao
  shao wan gu lai qiu yin gong yan bo hua geng ji kang ling mu ning ou qi rao tao wei xing yi zhan zhong`.split(/\s+/u),
);

/** One pinyin syllable (without tone marks): an initial and a final, or a final alone. */
const INITIAL = `zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]`;
const FINAL = `iang|iong|uang|ang|eng|ian|iao|ing|ong|uai|uan|ai|an|ao|ei|en|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|u|v`;
const SYLLABLE = `(?:(?:${INITIAL})(?:${FINAL})|[bpmfwy]o|a|ai|an|ang|ao|e|ei|en|eng|er|ou)`;
const TWO_SYLLABLES = new RegExp(`^${SYLLABLE}${SYLLABLE}$`, "u");

/** English prefixes written before a hyphen with a capital at a sentence's or a title's start. */
const ENGLISH_PREFIXES = new Set(
  "co ex re pre non anti self post pro mid semi well half all up out off de un bi tri multi over under".split(" "),
);

/** Whether `surname` and `given` (one word) make a Chinese name: a common surname, two pinyin syllables. */
export function pinyinName(surname: string, given: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    CHINESE_SURNAMES.has(surname.toLowerCase()) &&
    TWO_SYLLABLES.test(given.toLowerCase())
  );
}

/**
 * Whether `surname` and a given name of two parts (`first`-`second`) make a Korean or Cantonese
 * name: a surname of two to five letters, a capitalised first part and a lower-case second part of
 * two to four letters each ("Moon Jae-in", "Cheuk Hau-yip").
 */
export function hyphenedGivenName(surname: string, first: string, second: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{1,4}$/u.test(surname) &&
    /^\p{Lu}\p{Ll}{1,3}$/u.test(first) &&
    /^\p{Ll}{2,4}$/u.test(second) &&
    !ENGLISH_PREFIXES.has(first.toLowerCase())
  );
}

/**
 * Whether a person's full name as written is a Chinese or Korean name in surname-first order
 * ("Kim Yong-hyun", "Li Keqiang"): then its first word is the surname the article calls them by
 * ("Kim"), as "Moon" is Moon Jae-in's. Only the two forms above (a hyphened given name's second part
 * may have five letters here: "Lee Jae-myung"); a name of other words says nothing.
 */
export function writtenSurnameFirst(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length !== 2) return false;
  const [surname = "", given = ""] = words;
  const parts = given.split(/[-‐‑]/u);
  // A second part of up to five letters too, as Korean names write it ("Jae-myung").
  const [first = "", second = ""] = parts;
  if (parts.length === 2) return /^\p{Ll}{2,5}$/u.test(second) && hyphenedGivenName(surname, first, second.slice(0, 4));
  return parts.length === 1 && pinyinName(surname, given);
}
