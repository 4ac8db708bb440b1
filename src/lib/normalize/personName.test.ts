/** A person's name as a credit prints it on its own line. */
import { describe, expect, it } from "vitest";
import { isPersonName } from "./personName.ts";

describe("isPersonName", () => {
  it.each(["Jane Roe", "T.C. Vale", "Ana de Souza", "Robert (Bob) Vale", "Richard (R.J.) Vale"])(
    "reads %j as a person's name",
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );
  it.each(["Jane", "(Bob) Vale", "Robert (Bob)", "Robert (the builder) Vale", "Harbor Post (Opinion)"])(
    "does not read %j as one",
    (name) => {
      expect(isPersonName(name)).toBe(false);
    },
  );
});
