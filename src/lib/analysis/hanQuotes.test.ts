import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { hanNames, isHanText, quotationWords } from "./hanQuotes.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each quotation's speaker (or "unattributed") and its first six characters. */
function speakers(body: string): string[] {
  const blocks = articleSentences(body);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map(
    (q) => `${q.speaker.kind === "named" ? q.speaker.name : q.speaker.kind}: ${q.text.slice(0, 6)}`,
  );
}

// Synthetic text written for these tests: two paragraphs of a school story.
const LONG = "这个问题已经讨论了很久，大家都非常关心结果。";

describe("quotationWords", () => {
  it("counts spaced words, and two characters of unspaced text as a word", () => {
    expect(quotationWords("We will meet again soon")).toBe(5);
    expect(quotationWords("一带一路")).toBe(2);
    expect(quotationWords(LONG)).toBeGreaterThanOrEqual(8);
    expect(quotationWords("Das ist 10年 gut")).toBe(4);
  });

  it("tells Chinese text from text in other scripts", () => {
    expect(isHanText(LONG)).toBe(true);
    expect(isHanText("He said 你好 twice")).toBe(false);
  });
});

describe("hanNames", () => {
  it("keeps a name the article introduces after 的 or a job title, or before an honorific", () => {
    const names = hanNames([
      "在北京读书的王小明表示，学校很好。工程师陈立华说，桥很安全。",
      "刘芳女士认为，价格太高。公司表示，会降价。的方面说，不行。",
    ]);
    expect([...names].sort()).toEqual(["刘芳", "王小明", "陈立华"].sort());
  });

  it("keeps no name the article never introduces as a person", () => {
    expect([...hanNames(["王五说，明天下雨。"])]).toEqual([]);
  });
});

describe("Chinese quotations in findQuotes", () => {
  it("gives a quotation to the introduced person whose verb is right before or after it", () => {
    expect(speakers(`在北京大学读书的王小明表示：“${LONG}”`)).toEqual(["王小明: 这个问题已经"]);
    expect(speakers(`工程师陈立华参加了会议。\n\n“${LONG}”陈立华说。`)).toEqual(["陈立华: 这个问题已经"]);
    expect(speakers(`工程师陈立华参加了会议。\n\n“${LONG}”陈立华认真地说。`)).toEqual(["陈立华: 这个问题已经"]);
    expect(speakers(`会上，市政协委员赵立新提出“${LONG}”`)).toEqual(["赵立新: 这个问题已经"]);
    expect(speakers(`来自上海的孙丽也参加了。对此，孙丽有着自己的看法，“${LONG}”`)).toEqual(["孙丽: 这个问题已经"]);
    expect(speakers(`来自上海的孙丽也参加了。在孙丽看来，“${LONG}”`)).toEqual(["孙丽: 这个问题已经"]);
  });

  it("resolves 他/她 only to the one person the sentences before name", () => {
    expect(speakers(`来自上海的刘芳也有相同的感受。她表示：“${LONG}”`)).toEqual(["刘芳: 这个问题已经"]);
    expect(speakers(`教授赵强和学生孙丽一起参加了会议。他认为：“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
    expect(speakers(`有学生表示，会议太长。他认为：“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
    // A building after 的 is no person, and a person never introduced is no candidate to resolve to.
    expect(speakers(`新建的高楼也很漂亮。他说：“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
  });

  it("gives a quotation that ends its paragraph to the one person the sentences before have speak", () => {
    expect(speakers(`无独有偶，在广州工作的周明也有类似的经历。他表示，工作很忙。“${LONG}”`)).toEqual([
      "周明: 这个问题已经",
    ]);
    // Someone unnamed speaks there too: either may be the speaker.
    expect(speakers(`在广州工作的周明也来了。有学生表示，工作很忙。“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
    // Nobody speaks there: the sentence only describes him.
    expect(speakers(`在广州工作的周明也来了。他关注的话题是工作。“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
  });

  it("gives no name to a word that is no introduced person, and keeps a short term out", () => {
    expect(speakers(`公司表示：“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
    expect(speakers(`王五说：“${LONG}”`)).toEqual(["unattributed: 这个问题已经"]);
    expect(speakers("他们都在谈论“一带一路”的建设。")).toEqual([]);
  });
});
