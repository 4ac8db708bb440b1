import { describe, expect, it } from "vitest";
import {
  bodyMemberRoleAfter,
  bodyUnitAfter,
  corporatePossessionAfter,
  makerOfProductBefore,
  memberOfBefore,
  ownsPersonName,
  partyNamed,
  teamPlayedBefore,
  tradeGiantBefore,
} from "./companyCues.ts";

describe("companyCues", () => {
  it("reads a company's possessions after a possessive", () => {
    expect(corporatePossessionAfter("’s board voted on Monday")).toBe(true);
    expect(corporatePossessionAfter("'s own investors sued")).toBe(true);
    expect(corporatePossessionAfter("’s operating system")).toBe(true);
    expect(corporatePossessionAfter("’s boarding pass")).toBe(false);
    expect(corporatePossessionAfter("’s devices were seized")).toBe(false);
    expect(corporatePossessionAfter(" board the train")).toBe(false);
  });

  it("reads a name owning a person's full name, not a given name alone", () => {
    expect(ownsPersonName("’s ", "Tavo Quillan")).toBe(true);
    expect(ownsPersonName("'s ", "Mila Drent")).toBe(true);
    expect(ownsPersonName("’s ", "Mila")).toBe(false);
    expect(ownsPersonName(" and ", "Mila Drent")).toBe(false);
    expect(ownsPersonName("’s ", undefined)).toBe(false);
  });

  it("reads a product's maker's noun after a capitalised product name", () => {
    expect(makerOfProductBefore("reported to Hyperion developer ")).toBe(true);
    expect(makerOfProductBefore("the iPhone maker ")).toBe(true);
    expect(makerOfProductBefore("the game developer ")).toBe(false);
    expect(makerOfProductBefore("Hyperion developers ")).toBe(false);
  });

  it("reads a trade's giant before a name, not any giant", () => {
    expect(tradeGiantBefore("fellow tech powerhouse ")).toBe(true);
    expect(tradeGiantBefore("the e-commerce giant ")).toBe(true);
    expect(tradeGiantBefore("a literary giant ")).toBe(false);
  });

  it("reads a body's leaders or members named by 'of', not a person's possession after", () => {
    expect(memberOfBefore("He met the leader of ", " on Monday.")).toBe(true);
    expect(memberOfBefore("Three members of ", " were held.")).toBe(true);
    expect(memberOfBefore("He became head of ", "’s security detail.")).toBe(false);
    expect(memberOfBefore("a long way of ", " on Monday.")).toBe(false);
  });

  it("reads a body's units and people owned after a name", () => {
    expect(bodyUnitAfter("’s political bureau met")).toBe(true);
    expect(bodyUnitAfter("'s armed wing fired")).toBe(true);
    expect(bodyUnitAfter("’s members voted")).toBe(true);
    expect(bodyUnitAfter("’s wingman")).toBe(false);
    expect(bodyUnitAfter(" members voted")).toBe(false);
  });

  it("reads a rank a body gives before a capitalised name", () => {
    expect(bodyMemberRoleAfter(" leader Ana Ruiz said")).toBe(true);
    expect(bodyMemberRoleAfter(" lawmaker Jo Roe")).toBe(true);
    expect(bodyMemberRoleAfter(" leader and the rest")).toBe(false);
    expect(bodyMemberRoleAfter(" leadership")).toBe(false);
  });

  it("reads a party's name by a leader's possessive, a politics' qualifier or a party's people", () => {
    expect(partyNamed("rhetoric from Ruiz’s ", " party, which rallied")).toBe(true);
    expect(partyNamed("He joined the ruling ", " party in 1998.")).toBe(true);
    expect(partyNamed("The ", " party leader spoke.")).toBe(true);
    expect(partyNamed("We went to the ", " party last night.")).toBe(false);
    expect(partyNamed("She threw a ", " party for friends.")).toBe(false);
    expect(partyNamed("He joined the ruling ", " coalition.")).toBe(false);
  });

  it("reads a plural name a game is played against, or a player moves to, as a team's", () => {
    expect(teamPlayedBefore("after an upset win over the ", "Harriers")).toBe(true);
    expect(teamPlayedBefore("Denver beat the ", "Harriers")).toBe(true);
    expect(teamPlayedBefore("He was traded to the ", "Harriers")).toBe(true);
    expect(teamPlayedBefore("She said the ", "Harriers")).toBe(false);
    expect(teamPlayedBefore("Denver beat the ", "Harrier")).toBe(false);
  });
});
