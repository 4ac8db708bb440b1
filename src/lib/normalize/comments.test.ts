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
    ["a count label and a German blog's 'sagt:'", [["Kommentare (2)"], ["Ana sagt:"]]],
    ["a count label and a German clock under the name", [["Kommentare"], ["Ana"], ["4. März 2025 um 21:12 Uhr"]]],
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

describe("commentThreadStart: a thread with no label over it", () => {
  /** One comment as a widget prints it: its name, its stamp twice, its text, its controls. */
  const comment = (name: string, stamp: string, text: string, likes: string) => [
    [name],
    [`${stamp} ${stamp}`],
    ["Edit"],
    ["Flag"],
    [text],
    [`${likes}Reply`],
  ];
  const thread = [
    ...comment("reed_k", "3/09/15 8:12am", "I tried this and it saved me a lot.", "12 "),
    ...comment("Mira Lane", "3/09/15 8:40am", "Same here, cash only works for me.", "4"),
    ...comment("harbor77", "3/10/15 9:02am", "Good advice for anyone starting out.", ""),
  ];

  it("starts at the first comment's mark, after the article", () => {
    const blocks = [ARTICLE, ["The council will vote on the plan next week."], ...thread];
    expect(commentThreadStart(blocks)).toBe(3);
  });

  it("starts at a German blog's first 'sagt:', its clocks and 'Antworten' controls marking the thread", () => {
    const german = (name: string, stamp: string, text: string) => [[`${name} sagt:`], [stamp], [text], ["Antworten"]];
    const blocks = [
      ARTICLE,
      ["The council will vote on the plan next week."],
      ...german("Ana", "4. März 2025 um 21:12 Uhr", "Endlich passiert etwas."),
      ...german("Ben", "4. März 2025 um 21:40 Uhr", "Das glaube ich erst, wenn ich es sehe."),
      ...german("Cem", "5. März 2025 um 08:02 Uhr", "Gut so."),
    ];
    expect(commentThreadStart(blocks)).toBe(2);
  });

  it.each([
    ["two reply controls only", [ARTICLE, ...thread.slice(0, 12)]],
    [
      "a live blog's clocks with no reply control",
      [ARTICLE, ["3/09/15 8:12am"], ["Polls opened."], ["3/09/15 9:12am"], ["Queues grew."], ["3/09/15 10:12am"]],
    ],
    [
      "an article that tells of replies",
      [ARTICLE, ["Reply"], ["She wrote back on 3/09/15 8:12am."], ["Reply"], ["Reply"], ["Then nothing."]],
    ],
  ])("finds none with %s", (_, blocks) => {
    expect(commentThreadStart(blocks)).toBeUndefined();
  });
});

describe("commentThreadStart: a comment box's note starts the thread", () => {
  it.each([
    "You must be logged in to report a comment.",
    "All fields are required. Your email address will not be published.",
  ])("%j", (note) => {
    expect(commentThreadStart([ARTICLE, ["Sign in here"], [note], ["Name:"], ["Email:"]])).toBe(2);
  });

  it("keeps a paragraph that tells of such a note", () => {
    const told =
      "The site's notice, which told readers that you must be logged in to post a comment, was removed after the regulator wrote to the company last spring about its rules on anonymous posts.";
    expect(commentThreadStart([ARTICLE, [told], ["Officials agreed."]])).toBeUndefined();
  });
});

describe("commentThreadStart: a comment box's gate in other languages, under the article only", () => {
  const article = [
    ["Las autoridades cerraron el puerto el sábado tras el temporal, según informó la capitanía."],
    ["Los pescadores esperan volver al mar el lunes, cuando mejore el tiempo en toda la costa."],
  ];
  it("starts the thread at the gate under the article", () => {
    expect(
      commentThreadStart([...article, ["Regístrate o inicia sesión para comentar"], ["Siguiente artículo:"]]),
    ).toBe(2);
  });
  it("leaves a toolbar's gate over the article", () => {
    expect(commentThreadStart([["Cerrar"], ["Inicia sesión para comentar"], ...article])).toBeUndefined();
  });
});
