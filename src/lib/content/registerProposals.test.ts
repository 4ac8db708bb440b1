import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { entitySchema } from "#schemas/entity.ts";
import { registerFileFor, registerProposals } from "./registerProposals.ts";

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
  it("proposes the names the register lacks, with their kind and the files naming them", () => {
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
    expect(proposals[0]).toEqual({
      id: "omar-garcia-harfuch",
      name: "Omar García Harfuch",
      kind: "person",
      aliases: [],
      count: 3,
      files: ["a.md", "b.md"],
    });
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

describe("registerProposals and the editors' list of strings that are not entities", () => {
  it("leaves out a name the list holds, in any spelling", () => {
    const body = "Jane Roe met Lucia Ortega in Monterrey.";
    expect(registerProposals([{ path: "a.md", body }], register).map((p) => p.name)).toContain("Lucia Ortega");
    const options = { notEntities: new Set(["lucia ortega"]) };
    expect(registerProposals([{ path: "a.md", body }], register, options).map((p) => p.name)).not.toContain(
      "Lucia Ortega",
    );
  });
});

describe("registerFileFor", () => {
  const proposal = {
    id: "lucia-ortega",
    name: "Lucía Ortega",
    kind: "person" as const,
    aliases: ["Lucia Ortega"],
    count: 2,
    files: ["content/articles/a.md"],
  };

  it("fills in what the machine knows and leaves the description to the editor", () => {
    const data = parseYaml(registerFileFor(proposal)) as Record<string, unknown>;
    expect(data).toEqual({ name: "Lucía Ortega", kind: "person", aliases: ["Lucia Ortega"] });
    expect(entitySchema.safeParse(data).success).toBe(false);
    expect(entitySchema.safeParse({ ...data, description: "A test person." }).success).toBe(true);
  });
});
