import { describe, expect, it } from "vitest";
import { registerProposals } from "./registerProposals.ts";

const register = [
  {
    id: "cia",
    name: "Central Intelligence Agency",
    kind: "organisation" as const,
    aliases: ["CIA"],
    description: "Agency.",
  },
];

describe("registerProposals", () => {
  it("proposes recurring capitalised names the register lacks, with the files naming them", () => {
    const proposals = registerProposals(
      [
        {
          path: "a.md",
          body: "The CIA briefed Omar García Harfuch on Tuesday. Officials met Omar García Harfuch again.",
        },
        { path: "b.md", body: "Later, Omar García Harfuch spoke to the CIA." },
      ],
      register,
    );
    expect(proposals[0]).toEqual({ name: "Omar García Harfuch", count: 3, files: ["a.md", "b.md"] });
    expect(proposals.map((proposal) => proposal.name)).not.toContain("CIA");
  });

  it("proposes nothing once the register covers the name", () => {
    const covered = [
      ...register,
      {
        id: "omar-garcia-harfuch",
        name: "Omar García Harfuch",
        kind: "person" as const,
        aliases: [],
        description: "D.",
      },
    ];
    expect(registerProposals([{ path: "a.md", body: "Omar García Harfuch spoke." }], covered)).toEqual([]);
  });
});
