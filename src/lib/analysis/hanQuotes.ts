/**
 * Quotations in Chinese text and who said them. Chinese writes no spaces between words, so the
 * English grammar (capitalised names, "said" clauses) reads nothing there; this module reads the
 * few shapes Chinese news uses, and only those:
 *
 * - `马素湘说：“…”`, `马素湘表示，“…”`, `委员张近东提出“…”`, `卢宇有着自己的看法，“…”`: a
 *   speech verb (or a stated view) right before the quotation, its subject right before the verb;
 * - `“…”卢宇说。`, `“…”卢宇恳切地说。`: the subject and verb right after it;
 * - `在李博灏看来，“…”`: "in X's view";
 * - a quotation that opens a sentence and ends its paragraph, after sentences that name one person
 *   and give them a speech verb (`…的李博灏也有着类似的经历。他表示，…。“…”`).
 *
 * A subject is a person's name (two to four Han characters, after a description ending in 的 or a
 * job title: `在法国留学的卢宇`, `委员张近东`) or 他/她 when the sentences before name exactly one
 * person. A name counts only when the article introduces it as a person somewhere (after 的 or a
 * title, or before an honorific such as 先生, 教授): a word before a verb ("公司表示") is no name.
 * Anything else stays unattributed: never a guessed speaker. Pure.
 */
import { UNSPACED_CLASS } from "#lib/text/unspacedScripts.ts";
import { quoteSpans } from "./quoteSpans.ts";

/** Letters of scripts written without spaces between words: Han, hiragana, katakana. */
const UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, "gu");
const HAS_UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, "u");
const HAN = /\p{Script=Han}/gu;

/**
 * How many words a quotation has, for the quotation/term threshold of quotes.ts: space-separated
 * words, and for text without spaces one word per two characters (the average length of a Chinese
 * word), so “一带一路” is a short term and a sentence of Chinese is a quotation.
 */
export function quotationWords(text: string): number {
  const spaced = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w) && !HAS_UNSPACED.test(w));
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return spaced.length + Math.ceil(unspaced / 2);
}

/** Whether a text is written in Chinese: Han characters make at least half its letters. */
export function isHanText(text: string): boolean {
  if (!/\p{Script=Han}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han * 2 >= letters;
}

/** The most common Chinese surnames, one character each. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯邓曹彭曾肖萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮";
/** Surnames of two characters. */
const COMPOUND_SURNAMES = new Set(
  "欧阳 司马 诸葛 上官 慕容 东方 皇甫 令狐 司徒 夏侯 尉迟 公孙 长孙 宇文 轩辕 端木 独孤 南宫 西门".split(" "),
);

/**
 * Characters a name seldom holds and common nouns often do ("公司", "国家", "官员", "他们"):
 * a span with one is no name.
 */
const NOT_IN_NAMES =
  /[的了是在和与及也都就还对把被这那个们人者员家司部局会院校省市县区村委党府军警方面界内外层众章台此其该各每某些]/u;

/** Job titles and descriptions written right before a name: `委员张近东`, `教授王明`. */
const TITLES =
  "工程师|科学家|委员|代表|主席|总理|部长|局长|主任|院长|校长|教授|博士|硕士|研究员|学者|专家|记者|作者|编辑|总裁|董事长|经理|总监|创始人|发言人|律师|医生|老师|学生|同学|留学生|研究生|本科生|选手|球员|教练|演员|导演|歌手|作家|市长|省长|县长|书记|秘书长|大使|外长|议员|法官|检察官|队长|负责人|所长|社长|会长|首相|总统|网友|居民|村民|市民|志愿者|主持人";
/** Honorifics and titles written right after a name: `王明先生`, `李华教授`. */
const HONORIFICS = "先生|女士|小姐|教授|博士|老师|同学|医生|律师|院士|主任|委员|代表";

/** Verbs (and one noun of a stated view) that attribute words to their subject. */
const VERBS =
  "表示|说道|说|认为|指出|谈到|谈及|提到|声称|称|坦言|直言|透露|强调|介绍|回忆|解释|补充|提出|写道|问道|答道|回答|告诉记者|对记者说|聊起|感叹|呼吁|有着?自己的看法";
/** Verbs that take their topic as an object ("卢宇聊起两会话题"): no break needed after them. */
const TOPIC_VERBS = "聊起|谈起|谈到|谈及|提到";
/** Adverbs between a subject and its verb: `卢宇还认为`, `他也表示`. */
const ADVERBS =
  "也|还|则|又|就|更|曾|便|都|亦|再|仍|同样|随后|接着|最后|当时|近日|日前|后来|进一步|一再|再次|多次|也曾";

const PRONOUN = /^[他她]$/u;
/** A verb after its subject and adverbs, then a break (group 1: the subject and adverbs). */
const SUBJECT_VERB = new RegExp(
  `(\\p{Script=Han}{1,14}?)(?:(?:${VERBS})(?=[，。；：！？,.;:!?\\s“]|$)|(?:${TOPIC_VERBS}))`,
  "gu",
);
/** The clause right before a quotation: subject, verb, then a colon, a comma or nothing. */
const BEFORE = new RegExp(
  `(?:^|[，。；：！？,.;:!?\\s”])([^，。；：！？,.;:!?\\s“”]{1,30}?)(?:${VERBS})\\s*[：:，,]?\\s*$`,
  "u",
);
/** "In X's view," right before a quotation or anywhere in a sentence. */
const IN_VIEW = /在(\p{Script=Han}{2,6})看来/gu;
/** The clause right after a quotation: subject, adverbs, verb, and the clause's end. */
const AFTER = new RegExp(`^\\s*[，,]?\\s*(\\p{Script=Han}{1,12}?)(?:${VERBS})(?=[，。；：！？,.;:!?\\s“]|$)`, "u");
const INTRODUCED_BEFORE = new RegExp(`(?:的|${TITLES})$`, "u");
/**
 * Where a person is introduced without speaking: after a job title, or after 的 closing a
 * description only a person has (what they study or do, their school, where they come from):
 * `在法国留学的卢宇`, `剑桥大学的李博灏`, `来自上海的刘芳`. Not after any 的: "新建的高楼" is a building.
 */
const PERSON_INTRODUCER = new RegExp(
  `(?:${TITLES}|(?:留学|读书|就读|工作|学习|生活|任教|执教|毕业|大学|学院|中学|小学|学校|来自\\p{Script=Han}{1,10}?)的)(?=\\p{Script=Han})`,
  "gu",
);
/** What may follow a name introduced without speaking: an adverb, a verb of being, a conjunction, a break. */
const AFTER_INTRODUCED = new RegExp(`^(?:${ADVERBS}|是|在|和|与|的|[，。、；：,;:])`, "u");
/** Honorifics and titles a span before a verb may end on: "刘芳女士认为" is 刘芳's. */
const HONORIFIC_END = new RegExp(`(?:${HONORIFICS})$`, "u");
const INTRODUCED_AFTER = new RegExp(`^(?:${HONORIFICS})`, "u");
const ADVERB_END = new RegExp(`(?:${ADVERBS})$`, "u");

/** Whether `name` has the shape of a Chinese name: a surname, then one to three characters, no common-noun character. */
function nameShaped(name: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  if (NOT_IN_NAMES.test(name)) return false;
  if (COMPOUND_SURNAMES.has(name.slice(0, 2))) return name.length >= 3;
  return SURNAMES.includes(name.slice(0, 1)) && name.length <= 3;
}

/** Whether the article introduces `name` as a person: after 的 or a job title, or before an honorific. */
function introduced(texts: readonly string[], name: string): boolean {
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (INTRODUCED_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
      if (INTRODUCED_AFTER.test(text.slice(at + name.length, at + name.length + 3))) return true;
    }
  }
  return false;
}

/**
 * The subjects a span before a verb may end on, adverbs stripped ("卢宇还" → "卢宇", "卢宇恳切地" →
 * "卢宇"): "他"/"她" when the span is one, else its last two to four characters, longest first.
 */
function subjectCandidates(span: string): string[] {
  const forms: string[] = [];
  const queue = [span];
  while (queue.length > 0 && forms.length < 12) {
    const form = queue.shift() as string;
    if (forms.includes(form)) continue;
    forms.push(form);
    const adverb = ADVERB_END.exec(form);
    if (adverb && adverb.index > 0) queue.push(form.slice(0, adverb.index));
    const honorific = HONORIFIC_END.exec(form);
    if (honorific && honorific.index > 0) queue.push(form.slice(0, honorific.index));
    // A manner adverb of two or three characters and 地: "恳切地", "毫不犹豫地" is longer than a name.
    if (form.endsWith("地")) for (const length of [3, 4]) if (form.length > length) queue.push(form.slice(0, -length));
  }
  const out: string[] = [];
  for (const form of forms) {
    if (PRONOUN.test(form)) out.push(form);
    for (let length = 4; length >= 2; length -= 1) if (form.length >= length) out.push(form.slice(-length));
  }
  return out;
}

/** The names the article introduces as people (see the module comment), found where they speak. */
export function hanNames(texts: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  const consider = (span: string) => {
    for (const candidate of subjectCandidates(span))
      if (!names.has(candidate) && nameShaped(candidate) && introduced(texts, candidate)) names.add(candidate);
  };
  for (const text of texts) {
    if (!/\p{Script=Han}/u.test(text)) continue;
    for (const m of text.matchAll(SUBJECT_VERB)) consider(m[1] ?? "");
    for (const m of text.matchAll(IN_VIEW)) consider(m[1] ?? "");
    // Introduced without speaking (`…的李博灏也有着类似的经历`): one length of name only, or none.
    for (const m of text.matchAll(PERSON_INTRODUCER)) {
      const at = m.index + m[0].length;
      const fits = [2, 3, 4].filter((length) => {
        const name = text.slice(at, at + length);
        return name.length === length && nameShaped(name) && AFTER_INTRODUCED.test(text.slice(at + length));
      });
      if (fits.length === 1) names.add(text.slice(at, at + (fits[0] as number)));
    }
  }
  return names;
}

/** Sentences of a block (start, end), quotations kept whole: a closing mark after 。！？ ends one too. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const spans = quoteSpans(text);
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const span = spans.find((s) => s.open === i);
    if (span) {
      i = span.close;
      if (/[。！？!?]/u.test(text[span.close - 1] ?? "") && span.closed) {
        out.push({ start, end: span.close + 1 });
        start = span.close + 1;
      }
      continue;
    }
    if (/[。！？!?]/u.test(text[i] ?? "")) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (text.slice(start).trim() !== "") out.push({ start, end: text.length });
  return out;
}

/** The text with quotations blanked, offsets kept. */
function outside(text: string): string {
  let out = text;
  for (const s of quoteSpans(text))
    out =
      out.slice(0, s.open) +
      "　".repeat(Math.min(s.close + 1, text.length) - s.open) +
      out.slice(Math.min(s.close + 1, text.length));
  return out;
}

/** What one subject span names: a name, a pronoun, or someone unknown (undefined). */
function readSubject(span: string, names: ReadonlySet<string>): string | undefined {
  for (const candidate of subjectCandidates(span)) {
    if (PRONOUN.test(candidate)) return candidate;
    if (names.has(candidate)) return candidate;
  }
  return undefined;
}

/** A person joined to another by a conjunction: `赵强和孙丽`, `与王明`. */
const JOINED_PERSON = /[和与跟同及](?=\p{Script=Han}{2})/gu;

/**
 * The names a sentence holds (outside quotations); whether someone the module cannot name speaks
 * there (`有学生表示`, `王五说` with 王五 never introduced) or is there (`学生孙丽一起…`: a person
 * after a title, name unread; `…和孙丽`: someone joined to another by a name not known); and
 * whom the sentence has speak.
 */
function sentencePeople(
  text: string,
  names: ReadonlySet<string>,
): { named: Set<string>; unknown: boolean; speaksAs: Set<string> } {
  const named = new Set<string>();
  const sorted = [...names].sort((a, b) => b.length - a.length);
  let rest = text;
  for (const name of sorted) {
    if (rest.includes(name)) {
      named.add(name);
      rest = rest.split(name).join("　".repeat(name.length));
    }
  }
  let unknown = false;
  const speaksAs = new Set<string>();
  for (const m of [...text.matchAll(SUBJECT_VERB), ...text.matchAll(IN_VIEW)]) {
    const subject = readSubject(m[1] ?? "", names);
    if (subject === undefined) unknown = true;
    else speaksAs.add(subject);
  }
  // What `rest` still holds after an introducer or a conjunction, in the shape of a name: someone unknown.
  for (const m of [...rest.matchAll(PERSON_INTRODUCER), ...rest.matchAll(JOINED_PERSON)]) {
    const at = m.index + m[0].length;
    if ([2, 3].some((length) => nameShaped(rest.slice(at, at + length)))) unknown = true;
  }
  return { named, unknown, speaksAs };
}

/**
 * Who 他/她 at `at` in block `blockAt` is: the one person named in its sentence before it, else
 * in the nearest of the three sentences before that names anyone (its paragraph's, then the
 * paragraph before's); undefined when that sentence names two, or someone unnamed speaks there.
 */
function pronounAt(
  texts: readonly string[],
  blockAt: number,
  at: number,
  names: ReadonlySet<string>,
): string | undefined {
  const pieces: string[] = [];
  for (let b = blockAt; b >= Math.max(0, blockAt - 1); b -= 1) {
    const text = texts[b] ?? "";
    const masked = outside(text);
    const sentences = sentencesOf(text).filter((s) => b !== blockAt || s.start < at);
    for (const s of sentences.reverse())
      pieces.push(masked.slice(s.start, b === blockAt ? Math.min(s.end, at) : s.end));
  }
  for (const piece of pieces.slice(0, 4)) {
    const { named, unknown } = sentencePeople(piece, names);
    if (named.size === 1 && !unknown) return [...named][0];
    if (named.size > 0 || unknown) return undefined;
  }
  return undefined;
}

/** A subject read: a name as is, a pronoun resolved (see pronounAt). */
function resolve(
  subject: string | undefined,
  texts: readonly string[],
  blockAt: number,
  at: number,
  names: ReadonlySet<string>,
) {
  if (subject === undefined) return undefined;
  return PRONOUN.test(subject) ? pronounAt(texts, blockAt, at, names) : subject;
}

/** Where a quotation lies: its first part's block and opening mark, its last part's block and closing mark. */
export interface HanQuotation {
  readonly firstBlock: number;
  readonly open: number;
  readonly lastBlock: number;
  readonly close: number;
}

/**
 * The speaker of a Chinese quotation in `texts` (the article's blocks, by index), from the shapes
 * the module comment lists; undefined when the text does not say who it is. `names` is
 * `hanNames(texts)`.
 */
export function hanSpeaker(texts: readonly string[], q: HanQuotation, names: ReadonlySet<string>): string | undefined {
  const first = texts[q.firstBlock] ?? "";
  const last = texts[q.lastBlock] ?? "";
  // After it: "”卢宇说。", "”卢宇恳切地说。".
  const after = AFTER.exec(last.slice(q.close + 1));
  if (after) {
    const speaker = resolve(readSubject(after[1] ?? "", names), texts, q.lastBlock, q.close + 1, names);
    if (speaker !== undefined) return speaker;
    if (after[0].trim() !== "") return undefined;
  }
  if (q.open < 0) return undefined;
  const masked = outside(first);
  const before = masked.slice(0, q.open);
  // Before it: "马素湘说：“", "委员张近东提出“", "在李博灏看来，“".
  const view = /在(\p{Script=Han}{2,6})看来[，,]?\s*$/u.exec(before);
  const lead = view ?? BEFORE.exec(before);
  if (lead) {
    const at = lead.index + lead[0].indexOf(lead[1] ?? "");
    return resolve(readSubject(lead[1] ?? "", names), texts, q.firstBlock, at, names);
  }
  // A quotation that opens a sentence and ends its paragraph, after sentences of one speaker.
  const opensSentence = /(?:^|[。！？!?”])\s*$/u.test(before);
  const endsParagraph = last.slice(q.close + 1).trim() === "";
  if (!opensSentence || !endsParagraph || before.trim() === "") return undefined;
  const people = new Set<string>();
  let spoke: string | undefined;
  for (const s of sentencesOf(first).filter((x) => x.end <= q.open)) {
    const piece = masked.slice(s.start, s.end);
    const { named, unknown, speaksAs } = sentencePeople(piece, names);
    if (unknown) return undefined;
    for (const name of named) people.add(name);
    for (const subject of speaksAs) {
      const who = resolve(subject, texts, q.firstBlock, s.start + piece.indexOf(subject), names);
      if (who === undefined) return undefined;
      people.add(who);
      spoke = who;
    }
  }
  return people.size === 1 && spoke !== undefined ? spoke : undefined;
}

/**
 * Verbs of saying, thinking or hoping that take their clause with no break after them ("卢宇还认为两会应该
 * …", "李博灏希望能够学有所用"): each a word of its own, never the tail of a longer one.
 */
const CLAUSE_VERBS = "认为|表示|希望|指出|强调|透露|坦言|直言|呼吁|声称|提出|建议|相信|觉得";
/** A subject, its adverbs and a verb that attributes: VERBS before a break, TOPIC_VERBS or CLAUSE_VERBS. */
const SOURCE_VERB = new RegExp(
  `(\\p{Script=Han}{1,14}?)(?:(?:${VERBS})(?=[，。；：！？,.;:!?\\s“]|$)|(?:${TOPIC_VERBS}|${CLAUSE_VERBS}))`,
  "gu",
);
/** Quantifiers before a noun of people: "一些学子", "不少专家", "部分网友". */
const GROUP_QUANTIFIER = "一些|不少|许多|很多|部分|有些|有的|多名|多位|众多|一批";
/** An unnamed group at the end of a subject span: a quantifier, then one of TITLES in the plural sense. */
const GROUP_SUBJECT = new RegExp(`(?:${GROUP_QUANTIFIER})(?:${TITLES}|学子|人士|业内人士|分析人士|家长|民众)$`, "u");

/** One source a Chinese sentence gives outside its quotations: a person by name, or an unnamed group. */
export interface HanSource {
  /** The block's index in `texts`. */
  readonly block: number;
  /** Offset of the subject in the block's text. */
  readonly at: number;
  readonly kind: "named" | "anonymous";
  /** The name, or the group's words ("一些学子"). */
  readonly label: string;
}

/**
 * The sources Chinese prose gives outside quotations (eval/README.md, "Sourcing"): a subject then a
 * verb of saying, thinking or hoping (`卢宇表示，…`, `他认为：`, `李博灏希望能够…`, `卢宇聊起两会话题`), or
 * `在李博灏看来`. The subject is a name the article introduces as a person (`hanNames`), or 他/她 for
 * the one person the sentences before name (as quotations' speakers are read), or a quantified
 * group of people (`还有一些学子表示`: anonymous). Anyone else (`公司表示`, a name never introduced, a
 * pronoun with two people before it) gives nothing. Words inside quotations are the quotation's
 * speaker's and are not read here. Pure.
 */
export function hanSources(texts: readonly string[], names: ReadonlySet<string>): HanSource[] {
  const out: HanSource[] = [];
  texts.forEach((text, block) => {
    if (!isHanText(text)) return;
    const masked = outside(text);
    const matches = [...masked.matchAll(SOURCE_VERB), ...masked.matchAll(IN_VIEW)].sort((a, b) => a.index - b.index);
    for (const m of matches) {
      const span = m[1] ?? "";
      if (span.trim() === "" || /\s/u.test(span)) continue;
      const at = m.index + m[0].indexOf(span);
      const group = GROUP_SUBJECT.exec(span);
      if (group) {
        out.push({ block, at: at + group.index, kind: "anonymous", label: group[0] });
        continue;
      }
      const subject = readSubject(span, names);
      const who = resolve(subject, texts, block, at + span.lastIndexOf(subject ?? ""), names);
      if (who !== undefined) out.push({ block, at, kind: "named", label: who });
    }
  });
  return out;
}
