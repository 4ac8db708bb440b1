import { describe, expect, it } from "vitest";
import { writersKin } from "./writersKin.ts";

describe("writersKin", () => {
  it("reads a family word capitalised as a name, or after “my” or “our”, with its pronoun", () => {
    expect(writersKin("From: Grandpa")).toEqual([{ name: "Grandpa", gender: "male" }]);
    expect(writersKin("Mom called on Sunday.")).toEqual([{ name: "Mom", gender: "female" }]);
    expect(writersKin("From: Mother in Law:")).toEqual([{ name: "Mother in Law", gender: "female" }]);
    expect(writersKin("Then my aunt and our grandfather arrived.")).toEqual([
      { name: "my aunt", gender: "female" },
      { name: "our grandfather", gender: "male" },
    ]);
  });

  it("reads no one else's kin, no title before a name and no family word inside another word", () => {
    expect(writersKin("Ruiz’s mother and her brother arrived.")).toEqual([]);
    expect(writersKin("Mother Teresa and Brother Anthony spoke.")).toEqual([]);
    expect(writersKin("The Momentum group met Sonny.")).toEqual([]);
  });
});
