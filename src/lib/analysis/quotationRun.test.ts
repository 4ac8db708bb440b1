import { describe, expect, it } from "vitest";
import {
  announcesQuotation,
  opensParagraphOfQuotation,
  opensQuotationRun,
  paragraphRunStep,
  quotationRunStep,
} from "./quotationRun.ts";

describe("opensQuotationRun", () => {
  it.each([
    "She continued, “I wore it at least four times.",
    "He put it this way: “We were not ready.",
    "Ruiz recalled, “It was dark.",
  ])("reads %j as a tag opening a quotation it does not close", (sentence) => {
    expect(opensQuotationRun(sentence)).toBe(true);
  });

  it.each([
    // Closed in the sentence.
    "She said, “No.”",
    // No tag before the mark: who speaks, the quote finder decides.
    "“I wore it at least four times.",
    "He called it a “mistake.",
    // Straight marks do not say which way they face.
    'She continued, "I wore it four times.',
  ])("reads %j as no open run", (sentence) => {
    expect(opensQuotationRun(sentence)).toBe(false);
  });
});

describe("quotationRunStep", () => {
  it("goes on, closes, or ends the run at a new quotation", () => {
    expect(quotationRunStep("So I wore it home.")).toBe("inside");
    expect(quotationRunStep("It is not even a light tag!”")).toBe("closes");
    expect(quotationRunStep("It was late.” She left.")).toBe("closes");
    expect(quotationRunStep("“Another one,” he said.")).toBe("other");
  });
});

describe("announcesQuotation (S6)", () => {
  it.each(["When asked about it, Vance said the following.", "She told reporters:", "He wrote the following:"])(
    "reads %j as announcing a quotation set out after it",
    (sentence) => {
      expect(announcesQuotation(sentence)).toBe(true);
    },
  );

  it.each(["Her answer: no.", "He said the plan would follow.", "The following day he left."])(
    "reads %j as announcing nothing",
    (sentence) => {
      expect(announcesQuotation(sentence)).toBe(false);
    },
  );
});

describe("paragraphRunStep (S6)", () => {
  it("goes on into a paragraph that opens with the quotation's mark, and reads the rest as inside it", () => {
    expect(opensParagraphOfQuotation("“But I do say it.")).toBe(true);
    expect(paragraphRunStep("“But I do say it.")).toBe("inside");
    expect(paragraphRunStep("“I don’t need that.”")).toBe("closes");
  });

  it("ends the run at a paragraph of prose", () => {
    expect(opensParagraphOfQuotation("The ferry closed in May.")).toBe(false);
    expect(paragraphRunStep("The ferry closed in May.")).toBe("other");
  });
});
