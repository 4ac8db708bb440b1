/** Publication stamps and reading times set as lines of their own, in several languages; other lines kept. */
import { describe, expect, it } from "vitest";
import { isStampLine } from "./stampLine.ts";

describe("isStampLine", () => {
  it("reads a labelled stamp or reading time, whatever the language and separators", () => {
    for (const line of [
      "Stand: 03.11.2021 09:15 Uhr",
      "Stand: 9:05 Uhr Lesedauer: 3 Minuten",
      "Publiziert gestern um 18:40 Uhr",
      "Uppdaterad 09.12 | Publicerad 08.03",
      "Publié le 14/02/2022 - 10:05 UTC+1",
      "Published Mar 3, 2021 • Last updated 2 hours ago • 6 minute read",
      "12. 03. 2022, 08:30 Uhr Lesedauer: 2 Minuten",
      "Actualizado a las 11:45h.",
      "Online seit heute, 6.12 Uhr",
    ])
      expect(isStampLine(line), line).toBe(true);
  });

  it("leaves a bare date, a label over other words, and a line with no number", () => {
    for (const line of [
      "Montag, 3. Mai 2021",
      "Stand der Ermittlungen: 4 Verdächtige",
      "Updated 3 rules for renters",
      "Published in 2021 by the harbour board",
      "Stand: 5 Tote, 12 Verletzte",
      "Zuletzt aktualisiert",
    ])
      expect(isStampLine(line), line).toBe(false);
  });
});
