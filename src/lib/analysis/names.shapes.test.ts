import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("findNames and a town's police", () => {
  it("runs a town's police on to the force's own lower-case noun", () => {
    expect(names("Later the Dallas police department posted a photo of the man.")).toEqual([
      "Dallas police department (organisation)",
    ]);
  });

  it("reads a town's police before a noun as the body its officers belong to", () => {
    expect(names("A tip led Forest Hill police officers to the room.")).toEqual(["Forest Hill police (organisation)"]);
    expect(names("That night a Dallas police sergeant searched the room.")).toEqual(["Dallas police (organisation)"]);
  });

  it("keeps the force a body where a verb or a preposition follows police", () => {
    expect(names("He said Dallas police found the man.")).toEqual(["Dallas police (organisation)"]);
    expect(names("The arrests came after Ozark police called the office.")).toEqual(["Ozark police (organisation)"]);
    expect(names("The man was held by Dallas police on Tuesday.")).toEqual(["Dallas police (organisation)"]);
  });
});

describe("findNames and a place's people", () => {
  it("finds no name in a place's name with an ending for its people", () => {
    expect(names("The alert asked New Yorkers to join the search.")).toEqual([]);
    expect(names("The rally drew Vermonters and Parisians alike.")).toEqual([]);
  });

  it("keeps a team and a person whose last word only looks so", () => {
    expect(names("The Los Angeles Dodgers won again.")).toEqual(["Los Angeles Dodgers (organisation)"]);
    expect(names("The actor Peter Sellers starred in it.")).toEqual(["Peter Sellers (person)"]);
  });
});

describe("findNames and streets", () => {
  it("reads a name ending on a kind of road, set where a street stands, as a place", () => {
    expect(names("Officers went to a home in the 10700 block of Arno Drive in the suburb.")).toEqual([
      "Arno Drive (place)",
    ]);
    expect(names("The shop is on Marlow Avenue near the park.")).toEqual(["Marlow Avenue (place)"]);
  });

  it("leaves a person whose surname is a road's kind where the sentence makes them a speaker", () => {
    expect(names("Friends said Paul Drive left early.")).toEqual(["Paul Drive (person)"]);
  });
});

describe("findNames and words capitalised by grammar", () => {
  it("finds no name in a sentence's first word hyphened to a lower-case word", () => {
    expect(names("Health-care shares slid 0.9 percent.")).toEqual([]);
  });

  it("keeps a first word hyphened to a capitalised one", () => {
    expect(names("Coca-Cola said it would.")).toEqual(["Coca-Cola (organisation)"]);
  });

  it("finds no name inside a web address", () => {
    expect(names("No judge will stop me, he wrote at https://t.co/HqisrmYnqV today.")).toEqual([]);
    expect(names("He wrote at the Marlow Gazette today.")).toEqual(["Marlow Gazette (organisation)"]);
  });

  it("reads a market average as no body", () => {
    expect(names("The Dow Jones Industrial Average rose 220 points.")).toEqual([]);
    expect(names("Shares on the Marlow Stock Exchange rose.")).toEqual(["Marlow Stock Exchange (organisation)"]);
  });
});

describe("findNames and bodies named around a role", () => {
  it("ends a body's name before the beat its insider covers", () => {
    expect(names("He said CBS Sports NFL Insider Jason La Canfora has reported it.")).toEqual([
      "CBS Sports (organisation)",
      "NFL (organisation)",
      "Jason La Canfora (person)",
    ]);
  });

  it("reads a company's initialism and the business it is in as its division, not a person's name", () => {
    expect(names("He said QRX Sports has reported it.")).toEqual(["QRX Sports (organisation)"]);
    expect(names("Friends said Michael Power left early.")).toEqual(["Michael Power (person)"]);
  });

  it("reads an office named by its holder's title as a body, its head in lower case", () => {
    expect(names("He was held by the Baldwin County Sheriff's office on Wednesday.")).toEqual([
      "Baldwin County (place)",
      "Sheriff's office (organisation)",
    ]);
    expect(names("He met the Sheriff's wife on Wednesday.")).toEqual([]);
  });
});

describe("findNames and a Spanish bank's name", () => {
  it("reads a name opening on 'Banco' as a body's", () => {
    expect(names("He is the deputy governor of the Banco de la República.")).toEqual([
      "Banco de la República (organisation)",
    ]);
  });

  it("keeps a person whose surname is the word", () => {
    expect(names("Friends said Ana Banco left early.")).toEqual(["Ana Banco (person)"]);
  });
});

describe("findNames and a state's postal code", () => {
  it("reads a postal code after a town's comma as the state", () => {
    expect(names("He lives in Austin, TX, and works in Dallas.")).toContain("TX (place)");
    expect(names("Scanners such as Röntgen, MRT, CT are sold.")).not.toContain("CT (place)");
  });

  it("keeps an initialism in a list of bodies a body", () => {
    expect(names("Officials at Acme, GE and Siemens said so.")).toContain("GE (organisation)");
  });
});

describe("findNames and a role or credit before a name", () => {
  it("leaves out words that read as a trade before a person's name", () => {
    expect(names("Poet Nora Vale read the verse aloud.")).toEqual(["Nora Vale (person)"]);
    expect(names("Economist Dara Quill, at a college, counted the loans.")).toEqual(["Dara Quill (person)"]);
    expect(names("Former Springfield Cowboy Tim Rowe spoke first.")).toEqual(["Tim Rowe (person)"]);
  });

  it("leaves out a credit line's words in capitals", () => {
    expect(names("MUSIC COMPOSER Dan Roe")).toEqual(["Dan Roe (person)"]);
    expect(names("CONSULTING PRODUCER Mia Ortiz")).toEqual(["Mia Ortiz (person)"]);
    expect(names("STORY BY Ana Ruiz")).toEqual(["Ana Ruiz (person)"]);
  });

  it("reads a name no lexicon knows after one capitalised trade as a person's", () => {
    expect(names("The case was supervised by Inspector Ikenna Obasi.")).toEqual(["Ikenna Obasi (person)"]);
    expect(names("Constable Ikenna Obasi made the arrest.")).toEqual(["Ikenna Obasi (person)"]);
    // Words of the language after the trade are no one's name.
    expect(names("The Player Unknown Battlegrounds game sold well.")).toEqual([]);
  });

  it("reads a name no lexicon knows, with an age set off after it, as a person's", () => {
    expect(names("Her older brother Obinna, 22, started the fund.")).toEqual(["Obinna (person)"]);
    expect(names("On the bus, Ikenna Obasi, 38, said it hurt.")).toEqual(["Ikenna Obasi (person)"]);
    // A word of the language or a place before a number set off is no one.
    expect(names("In Lagos, 12, the count rose.")).not.toContain("Lagos (person)");
  });

  it("keeps a given name that is also a trade", () => {
    expect(names("Hunter S. Thompson wrote the piece.")).toEqual(["Hunter S. Thompson (person)"]);
  });
});

describe("findNames and a place's words in other names", () => {
  it("reads a side of the map before a name as a region's or a town's name", () => {
    expect(names("She grew up in Northern Virginia.")).toEqual(["Northern Virginia (place)"]);
    expect(names("The plant is in West Chester now.")).toEqual(["West Chester (place)"]);
  });

  it("finds no place in a party's members in a place", () => {
    expect(names("Ohio Democrats won two seats.")).toEqual([]);
  });

  it("reads a state's House as its legislature", () => {
    expect(names("The bill passed the Iowa House on Monday.")).toEqual(["Iowa House (organisation)"]);
  });

  it("reads a political action committee's initialism as a body's head", () => {
    expect(names("She founded Bright Hills PAC last year.")).toEqual(["Bright Hills PAC (organisation)"]);
  });

  it("reads a body's head after a place, then what it is of, as the body", () => {
    expect(names("The Ohio Department of Health counted the cases.")).toEqual([
      "Ohio Department of Health (organisation)",
    ]);
    expect(names("It ran in the Boston Journal of Surgery.")).toEqual(["Boston Journal of Surgery (organisation)"]);
    expect(names("“It is rare,” Ana Ruiz of the University of Otago said.")).not.toContain(
      "Ana Ruiz of the University of Otago (organisation)",
    );
  });

  it("reads a name no lexicon knows, then 'of the' and a body, as the person and the body", () => {
    expect(names("She was charged by Detective Ikenna Obasi of the Fraud Bureau of Investigations.")).toEqual([
      "Ikenna Obasi (person)",
      "Fraud Bureau of Investigations (organisation)",
    ]);
    // Words of the language before "of the" name no one: a journal's or a membership's name.
    expect(names("It ran in the Monthly Notices of the Royal Astronomical Society.")).not.toContain(
      "Monthly Notices (person)",
    );
    expect(names("He is a Voting Member of the Free Software Foundation.")).not.toContain("Voting Member (person)");
  });
});

describe("findNames and a state's short form", () => {
  it("reads a state's short form as a place with its full stop only", () => {
    expect(names("He lives in Tampa, Fla., with his aunt.")).toContain("Fla (place)");
    expect(names("Ut labore et dolore magna aliqua.")).toEqual([]);
  });
});

describe("findNames and an ampersand between two people", () => {
  it("keeps two people's full names joined by an ampersand as two people", () => {
    expect(names("REPORTING Maria Olsen & David Brenner")).toEqual(["Maria Olsen (person)", "David Brenner (person)"]);
  });

  it("keeps a firm's name joined by an ampersand whole", () => {
    expect(names("Crate & Barrel sold the lamp.")).toEqual(["Crate & Barrel (organisation)"]);
  });
});

describe("findNames and a headline's title case", () => {
  it("finds no name in a run holding a capitalised verb or preposition", () => {
    expect(names("Record Boost From Acme Shares")).toEqual([]);
    expect(names("How Long Was Tom Vale Away")).toEqual([]);
  });

  it("keeps a name's own small words", () => {
    expect(names("She visited the Museum of Fine Arts.")).toEqual(["Museum of Fine Arts (organisation)"]);
  });
});

describe("findNames and a name hyphened to a past participle", () => {
  it("reads the pair as a modifier, not the name's lower-case part", () => {
    expect(names("The new Zorbex-powered heaters warm the hall.")).not.toContain("Zorbex-powered (organisation)");
    expect(names("Buyers look for Quilnet-connected homes near the park.")).not.toContain(
      "Quilnet-connected (organisation)",
    );
  });

  it("keeps a given name's lower-case syllable", () => {
    expect(names("Officials met Lin Mei-ling on Monday.").join(" ")).toContain("Mei-ling");
  });
});

describe("findNames and a question opened by an auxiliary that is also a given name", () => {
  it("reads no given name in a yes-no question's opening 'Will'", () => {
    expect(names("Will Maria Harlow continue to lead the party, or will the others step up?")).toEqual([
      "Maria Harlow (person)",
    ]);
    expect(names("Will Dana Ostrander run again?")).toEqual(["Dana Ostrander (person)"]);
  });

  it("keeps 'Will' a given name in a statement or where no verb follows", () => {
    expect(names("Will Harlow said the vote was close.")).toEqual(["Will Harlow (person)"]);
    expect(names("Will Harlow, is that you?")).toEqual(["Will Harlow (person)"]);
  });
});

describe("findNames and a department of two fields joined by 'and'", () => {
  it("reads a plural 'Services' after one common word as the department's second field", () => {
    expect(names("Dr. Ana Reyes of the Ostrander Department of Health and Human Services said so.")).toEqual([
      "Ana Reyes (person)",
      "Ostrander Department of Health and Human Services (organisation)",
    ]);
    expect(names("The state Department of Children and Family Services said so.")).toEqual([
      "Department of Children and Family Services (organisation)",
    ]);
  });

  it("keeps a singular head after 'and' a body of its own", () => {
    expect(names("The Department of Justice and Secret Service said so.")).toEqual([
      "Department of Justice (organisation)",
      "Secret Service (organisation)",
    ]);
  });
});

describe("findNames and a body named after a person, then its town", () => {
  it("reads a holder closed by a body's head, 'of' and a town as one body", () => {
    expect(names("Experts at the Harlow Quentin University of Munich agree.")).toEqual([
      "Harlow Quentin University of Munich (organisation)",
    ]);
  });

  it("still reads a person, then the body they belong to", () => {
    expect(names("Marisol Vega of the National Action Party said so.")).toEqual([
      "Marisol Vega (person)",
      "National Action Party (organisation)",
    ]);
  });
});
