import { describe, expect, it } from "vitest";
import { commentThreadStart } from "./comments.ts";

const ARTICLE = ["Gunmen killed four people in Celaya on Saturday, officials said."];

describe("commentThreadStart", () => {
  it.each([
    ["a count label and a relative time", [["Comments (2)"], ["Ana P. · 3 hours ago", "They heard the shots."]]],
    ["a count label and a clock beside the name", [["Comments (2)"], ["carlos_m · March 4, 2025 at 9:12 pm"]]],
    ["a blog's responses label and its 'says:'", [["3 Responses to “Four killed in Celaya”"], ["Ana says:"]]],
    ["a reply label and a clock under the name", [["Leave a Reply"], ["Ana", "4 March 2025, 21:12"]]],
    ["a thoughts label and an ISO clock", [["2 thoughts on “Four killed”"], ["2025-03-04 21:12"]]],
    ["an Italian form heading and a reply control", [["Lascia un commento"], ["Ana", "Rispondi"], ["Reply"]]],
    [
      "a count label, a comment form and the comments' reply controls",
      [
        ["View comments (2)"],
        ["Your name *"],
        ["Comment *"],
        ["Allowed HTML tags: <em> <strong> <blockquote>"],
        ["Lines and paragraphs break automatically."],
        ["Web page addresses turn into links automatically."],
        ["Leave this field blank"],
        ["Anonymous"],
        ["They heard the shots from the market."],
        ["reply"],
        ["Ana"],
        ["The road was closed all night."],
        ["reply"],
      ],
    ],
  ])("finds a thread after %s", (_, thread) => {
    expect(commentThreadStart([ARTICLE, ...thread])).toBe(1);
  });

  it.each([
    "Leave a Reply Cancel reply",
    "Lascia un commento Annulla risposta",
    "Deixe uma resposta Cancelar resposta",
    "Tinggalkan Balasan Batalkan balasan",
  ])("reads the reply form %j, its cancel control beside it, as the thread's start", (form) => {
    expect(commentThreadStart([ARTICLE, [form], ["Devi essere connesso per inviare un commento."]])).toBe(1);
  });

  it.each([
    ["a label alone", [["Comments"], ["The mayor said the vote was held on March 4, 2025 at 9:12 pm."]]],
    ["a page clock with its label", [["Comments"], ["Published March 4, 2025 at 9:12 pm"]]],
    ["a clock without a comments label", [["Ana · March 4, 2025 at 9:12 pm"], ["They heard the shots."]]],
    ["a form heading alone", [["Lascia un commento"], ["Il sindaco ha detto che il voto si terrà domani."]]],
    ["a sentence about cancelling a reply", [["She did not leave a reply and cancelled the meeting."]]],
    [
      "a label over the article's text, one reply control far below",
      [
        ["View comments (2)"],
        ...["vote", "budget", "bridge", "market", "school", "road", "park"].map((s) => [
          `The mayor spoke of the ${s}.`,
        ]),
        ["Reply"],
        ["Officials agreed."],
      ],
    ],
  ])("finds none with %s", (_, thread) => {
    expect(commentThreadStart([ARTICLE, ...thread])).toBeUndefined();
  });
});
