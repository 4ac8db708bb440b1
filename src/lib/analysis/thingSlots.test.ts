import { describe, expect, it } from "vitest";
import { thingSlot } from "./thingSlots.ts";

const slot = (text: string, name: string) => thingSlot(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("thingSlot", () => {
  it("takes the object of a verb of using", () => {
    expect(slot("I traced it using Firefox's TraceLog dumping for an hour.", "TraceLog")).toBe(true);
    expect(slot("They avoided using a Harlow Trust structure for the sale.", "Harlow Trust")).toBe(true);
    expect(slot("The service uses QueueWorks to hold jobs.", "QueueWorks")).toBe(true);
  });

  it("not a body named by its head, nor an owner before a possessive", () => {
    expect(slot("The team used the Ridgeway Observatory in Chile.", "Ridgeway Observatory")).toBe(false);
    expect(slot("I got far by using Dana Orrin’s book on habits.", "Dana Orrin")).toBe(false);
  });

  it("not a name qualifying a noun after an article, nor a subject", () => {
    expect(slot("She wrote a Tumblr post about it.", "Tumblr")).toBe(false);
    expect(slot("QueueWorks uses a queue.", "QueueWorks")).toBe(false);
  });
});
