import { describe, expect, it } from "vitest";
import { parseNotEntities } from "./notEntities.ts";

describe("parseNotEntities", () => {
  it("reads the names as comparable keys", () => {
    const { keys, problems } = parseNotEntities('names:\n  - "The Widget Audio’s"\n  - "Operación Río"\n');
    expect(problems).toEqual([]);
    expect([...keys]).toEqual(["widget audio", "operacion rio"]);
  });

  it("treats a missing file as an empty list", () => {
    expect(parseNotEntities(undefined).keys.size).toBe(0);
  });

  it("reports a wrong field with its file and line", () => {
    const { problems } = parseNotEntities("# list\nname:\n  - x\n");
    expect(problems[0]).toMatchObject({ file: "content/not-entities.yaml", line: 2 });
    expect(problems[0]?.message).toMatch(/allowed: names/u);
  });
});
