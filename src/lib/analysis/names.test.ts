import { describe, expect, it } from "vitest";
import { findNames, termInitialisms } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("findNames", () => {
  it("cuts a role noun and what it qualifies off a person's name, and ends a body's name there", () => {
    expect(names("House Speaker Nancy Pelosi said so.")).toEqual(["Nancy Pelosi (person)"]);
    expect(names("State Superintendent Jennifer McCormick said so.")).toEqual(["Jennifer McCormick (person)"]);
    expect(names("Harbor News Insider Jason Miller reported it.")).toEqual([
      "Harbor News (organisation)",
      "Jason Miller (person)",
    ]);
    // Without a person's name after it the role noun closes a name ("Business Insider") or names no one.
    expect(names("The Speaker said no.")).toEqual([]);
  });

  it("ends a Latin name where a script without capitals runs on with no space (a Japanese particle)", () => {
    expect(names("Dana Whitcombe氏によると、予算は守られる。")).toEqual(["Dana Whitcombe (person)"]);
    expect(names("Harbor PressとQuillbox Labsが提携した。")).toEqual([
      "Harbor Press (organisation)",
      "Quillbox Labs (organisation)",
    ]);
    // Offsets are kept: the span is the sentence's own text.
    const [span] = findNames("昨日Dana Whitcombe氏は述べた。");
    expect(span?.text).toBe("Dana Whitcombe");
    expect(span?.start).toBe(2);
    // One Latin word against such letters is a borrowed word, whatever its capitals.
    expect(names("QBXアドレスを調べた。")).toEqual([]);
    expect(names("Quillboxの分析では増えた。")).toEqual([]);
    expect(names("QBX の設定と QBZ プロトコルを調べた。")).toEqual([]);
    // Letters with capitals are untouched.
    expect(names("Dana Žemaitė spoke for Quillbox Labs.")).toEqual([
      "Dana Žemaitė (person)",
      "Quillbox Labs (organisation)",
    ]);
  });

  it("reads a rank word before 'League' as a league's name, not a title before a person", () => {
    expect(names("The firm bought Major League Quidditch last year.")).toEqual([
      "Major League Quidditch (organisation)",
    ]);
    // A rank before a person's name is still cut off.
    expect(names("Major Dana Pereira led the unit.")).toEqual(["Dana Pereira (person)"]);
  });

  it("reads where a study, a report or estimates come from as a body; a person's report is by them", () => {
    expect(names("Analysis from Quillbox suggests that viewing time is rising.")).toEqual(["Quillbox (organisation)"]);
    expect(names("A recent report from Quillbox anticipates that revenue will grow.")).toEqual([
      "Quillbox (organisation)",
    ]);
    expect(names("She read it to Quillbox on the phone.")).toEqual([]);
  });

  it("reads a name with a listed company's ticker after it as a body", () => {
    expect(names("Investors bought Quillbox (QBX 1.20%) and sold bonds.")).toEqual(["Quillbox (organisation)"]);
    expect(names("Investors bought Quillbox.com (QBX 0.5%) and sold bonds.")).toEqual(["Quillbox (organisation)"]);
    // A bare bracketed initialism may define one: no ticker.
    expect(names("Investors met Quillbox (QB) on Monday.")).not.toContain("Quillbox (organisation)");
  });

  it("reads no body in an identity's initialism", () => {
    expect(names("The show added more LGBT characters this season.")).toEqual([]);
    expect(names("The LGBTQ community marched.")).toEqual([]);
  });

  it("reads where people hold their role, in the singular or the plural, as a body; not an event they attend", () => {
    expect(names("The tool is a framework for developers at Quillbox.")).toEqual(["Quillbox (organisation)"]);
    expect(names("Engineers at Quillbox wrote it.")).toEqual(["Quillbox (organisation)"]);
    expect(names("Two employees at Quillbox said so.")).toEqual(["Quillbox (organisation)"]);
    expect(names("An executive announced the deal at the Quillford Air Show.")).toEqual([]);
  });

  it("reads a name no lexicon knows as a person after an abbreviated title or a crime's noun", () => {
    expect(names("“It raises questions,” said Rep. Dorvan K. Pellish, the ranking member.")).toEqual([
      "Dorvan K. Pellish (person)",
    ]);
    expect(names("Officers shot the truck terrorist Talvo Renquist in a suburb.")).toEqual(["Talvo Renquist (person)"]);
    expect(names("She said the victim Talvo Renquist was 34.")).toEqual(["Talvo Renquist (person)"]);
    // A letter without its period is no middle initial: a firm's name after a speech verb stays unread.
    expect(names("A spokesman said Plan B Ventures would reopen.")).toEqual([]);
  });

  it("ends a person's name before 'for', and reads no person's noun before 'of' as a name", () => {
    expect(names("She drew it from notes by Orla Menzies for the Major Arcana, freely.")).toEqual([
      "Orla Menzies (person)",
    ]);
    expect(names("Staff said she was a “Friend of Roger,” with special protection.")).toEqual(["Roger (person)"]);
    expect(names("In court, Lawyers for Maria Lopez argued the case.")).toEqual(["Maria Lopez (person)"]);
    // A body's name with "for" or "of" is still whole.
    expect(names("She works at the Center for Strategic Studies.")).toEqual([
      "Center for Strategic Studies (organisation)",
    ]);
  });

  it("cuts titles and roles off the name", () => {
    expect(names("Kremlin spokesperson Dmitry Peskov and Defense Minister Ricardo Trevilla spoke.")).toEqual([
      "Dmitry Peskov (person)",
      "Ricardo Trevilla (person)",
    ]);
    expect(names("It was Secretary of State Marco Rubio, with Gen. Dan Caine.")).toEqual([
      "Marco Rubio (person)",
      "Dan Caine (person)",
    ]);
    // A title that opens the sentence is cut with its role words, not read as a sentence's first word.
    expect(names("Secretary of State Rubio said the talks went well.")).toEqual(["Rubio (person)"]);
  });

  it("reads a given name's initials and a surname as a person, not a place's initials or a team", () => {
    expect(names("Coach P.J. Fleck said Morgan has made progress this week.")).toEqual([
      "P.J. Fleck (person)",
      "Morgan (person)",
    ]);
    expect(names("Coach J. Fleck said it.")).toEqual(["J. Fleck (person)"]);
    expect(names("Minnesota coach J.R. Smith said it.")).toEqual(["Minnesota (place)", "J.R. Smith (person)"]);
    expect(names("D.C. United said it.")).toEqual(["D.C. United (organisation)"]);
    expect(names("The L.A. Times reported it.")).toEqual(["L.A. Times (organisation)"]);
    expect(names("He met P.M. Modi on Monday.")).toEqual([]);
    expect(names("It was the A.J. Foyt Racing team.")).toEqual([]);
    expect(names("She met Ty Bell (R-Tex.) there.")).toEqual(["Ty Bell (person)"]);
    // A sentence that ends on a letter: the next sentence's first word is no surname.
    const xbox = "It will be more powerful than the One X. And you have the benefit of upgrading it.";
    expect(names(xbox).filter((n) => n.includes(". And"))).toEqual([]);
    const atmos = "Atmos works on the One X, as it did on the One S. The company's app sets it up.";
    expect(names(atmos).filter((n) => n.includes(". The"))).toEqual([]);
  });

  it("reads no person, body or place in a storm's name", () => {
    expect(names("Hurricane Maria killed thousands in Puerto Rico.")).toEqual(["Puerto Rico (place)"]);
    expect(names("Officials said Tropical Storm Alberto weakened.")).toEqual([]);
    expect(names("The Storm Prediction Center said so.")).toEqual(["Storm Prediction Center (organisation)"]);
  });

  it("reads a finance house by its head word as a firm, not a person", () => {
    expect(names("A report from Kotak Institutional Equities said the rally would last.")).toEqual([
      "Kotak Institutional Equities (organisation)",
    ]);
    expect(names("Analysts at Motilal Oswal Securities expect a rise.")).toEqual([
      "Motilal Oswal Securities (organisation)",
    ]);
  });

  it("reads names joined by an ampersand as one firm, not two people", () => {
    expect(names("Johnson & Johnson said profits would rise.")).toEqual(["Johnson & Johnson (organisation)"]);
    expect(names("The lawyers at Ernst & Young and Jane Roe met.")).toEqual([
      "Ernst & Young (organisation)",
      "Jane Roe (person)",
    ]);
  });

  it("reads a site's name written as its address as a body's, whatever its words read as", () => {
    expect(names("They met on Lovebird.com and stayed.")).toEqual(["Lovebird.com (organisation)"]);
  });

  it("reads two titles around an ampersand as one person's titles, no firm", () => {
    expect(names("Said Lena Vos, Founder & Creative Director, in a note.")).toEqual(["Lena Vos (person)"]);
    expect(names("As Dara Quinn, Sleep Coach & Family Therapist, puts it, rest helps.")).toEqual([
      "Dara Quinn (person)",
    ]);
  });

  it("reads two ordinary words or a weekday around an ampersand as no firm", () => {
    expect(names("The museum is shut on Sun & Mon in winter.")).toEqual([]);
    expect(names("Plug & Charge, which pays at the charger, comes next year.")).toEqual([]);
    expect(names("She played the Dungeons & Dragons set all night.")).toEqual([]);
    // A side that is no ordinary word keeps the firm: "Barrel", "Decker", "Spencer".
    expect(names("He shopped at Crate & Barrel and Black & Decker.")).toEqual([
      "Crate & Barrel (organisation)",
      "Black & Decker (organisation)",
    ]);
    expect(names("Sales rose at Marks & Spencer.")).toEqual(["Marks & Spencer (organisation)"]);
  });

  it("leaves the next field's all-caps label and colon out of a person's name", () => {
    expect(names("Reviewed by: Jane Roberts RRP: £19.99 More info: example.com")).toEqual(["Jane Roberts (person)"]);
    // Without a colon after them the letters are not a label, and this rule leaves them.
    expect(names("The panel heard from Ann Booth MP last week.")).toEqual(["Ann Booth MP (person)"]);
  });

  it("leaves the pronoun I out of a name before it, but keeps a lone given name's numeral", () => {
    expect(names("The manual covers the Honda I own.")).toEqual(["Honda (organisation)"]);
    expect(names("He met Maria Lopez I think on Tuesday.")).toEqual(["Maria Lopez (person)"]);
    expect(names("Queen Elizabeth I ruled England for decades.")).toEqual(["Elizabeth I (person)", "England (place)"]);
  });

  it("ends a name at a possessive, curly or straight, and keeps the offsets", () => {
    const text = "Later, Lucia Ortega’s office and Tomás Beltrán's aides met.";
    const spans = findNames(text);
    expect(spans.map((s) => s.text)).toEqual(["Lucia Ortega", "Tomás Beltrán"]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("keeps the possessive inside an office named after its holder's title", () => {
    expect(names("The Attorney General's Office and the Prosecutor’s Office opened inquiries.")).toEqual([
      "Attorney General's Office (organisation)",
      "Prosecutor’s Office (organisation)",
    ]);
    // A person's possessive still ends the name, and a title before a person's name is still cut.
    expect(names("Attorney General Ana Ruiz's office and the Governor's aides met.")).toEqual(["Ana Ruiz (person)"]);
  });

  it("reads organisations from their head word, a lower-case head or an acronym", () => {
    expect(names("Agents of the FBI, the Drug Enforcement Administration and the Sinaloa cartel met.")).toEqual([
      "FBI (organisation)",
      "Drug Enforcement Administration (organisation)",
      "Sinaloa cartel (organisation)",
    ]);
  });

  it("makes no body of a name hyphened to a prefix before a lower-case head", () => {
    expect(names("The pro-Trump group rallied.")).not.toContain("Trump group (organisation)");
  });

  it("does not make names of openers, days, demonyms, words in capitals or model numbers", () => {
    expect(names("However, on Tuesday the Mexican cartel bosses saw TOPICS and MQ-9 drones.")).toEqual([]);
  });
});

describe("findNames for names no reading knows", () => {
  it("makes a person of a work's maker after 'by', and of a name 'who' takes", () => {
    expect(names("The score was composed by Ilka Voss in a week.")).toContain("Ilka Voss (person)");
    expect(names("A Garden of Small Things by Édith Varo.")).toContain("Édith Varo (person)");
    expect(names("It is a fearless Tamsin Oduya who steals the film.")).toContain("Tamsin Oduya (person)");
    // Not a capitalised adjective's group, nor a body's owner.
    expect(names("Great Thinkers who agree are rare.")).toEqual([]);
    expect(names("The firm was bought by Orrin Lake, it said.")).not.toContain("Orrin Lake (person)");
  });

  it("makes a person of a name the sentence shows to be a person's: a role or a speech verb before it, a person's appositive after it", () => {
    const person = (text: string, name: string) => expect(names(text)).toContain(`${name} (person)`);
    person("“It is a threat,” said Lotfi Azzouz, the country director for a rights group.", "Lotfi Azzouz");
    person("Ajmi Lourimi, a member of the party’s general secretariat, said he believed it.", "Ajmi Lourimi");
    person("The film’s director Bong Joon Ho spoke backstage.", "Bong Joon Ho");
    person("Former security chief Emmerson Mnangagwa, who was ousted, returned.", "Emmerson Mnangagwa");
  });

  it("makes a person of a name set off after a role and its comma, or before a bare role of or at a body", () => {
    const person = (text: string, name: string) => expect(names(text)).toContain(`${name} (person)`);
    person("The priest, Tavita Okonjo, is acting as a go-between.", "Tavita Okonjo");
    person("Ravindu Pelsarn, Head of Research at Mirelle Capital, said so.", "Ravindu Pelsarn");
    person("Tavita Okonjo, director of the festival, chose the works.", "Tavita Okonjo");
  });

  it("makes a person of a name scored in sets, winner or loser, and of a name after a historian's or a diver's role", () => {
    const person = (text: string, name: string) => expect(names(text)).toContain(`${name} (person)`);
    person("Velko Tarasz defeated Oriel Manduca 7-5, 6-2 in the opener.", "Velko Tarasz");
    person("Velko Tarasz defeated Oriel Manduca 7-5, 6-2 in the opener.", "Oriel Manduca");
    person("Canada won after Velko Tarasz edged Oriel Manduca 7-6 (5), 6-7 (4), 7-5.", "Oriel Manduca");
    for (const name of ["Kell Ardosi", "Velko Tarasz", "Oriel Manduca", "Dario Vent"])
      person("Kell Ardosi and Velko Tarasz beat Oriel Manduca and Dario Vent 6-4, 6-4.", name);
    person("On behalf of the city, art historian Oriel Manduca went in search of stories.", "Oriel Manduca");
    person("Lakeside diver Oriel Manduca won the event.", "Oriel Manduca");
  });

  it("makes a body of a party's members as a capitalised plural, not of one member or a state's members", () => {
    expect(names("The bill passed after Republicans dropped their objections.")).toEqual([
      "Republicans (organisation)",
    ]);
    expect(names("Both Republicans and Democrats agree.")).toEqual([
      "Republicans (organisation)",
      "Democrats (organisation)",
    ]);
    expect(names("He is a Republican.")).toEqual([]);
    expect(names("Virginia Democrats met.")).not.toContain("Virginia Democrats (organisation)");
    expect(names("Die-hard republicans stayed home.")).toEqual([]);
  });

  it("makes a body of 'the House' alone, not of a house or a longer name's word", () => {
    expect(names("The bill passed the House on Friday.")).toEqual(["House (organisation)"]);
    expect(names("The House voted 220-210.")).toEqual(["House (organisation)"]);
    expect(names("They sold the house on Friday.")).toEqual([]);
    expect(names("He spoke at the White House.")).not.toContain("House (organisation)");
    expect(names("The Sydney Opera House reopened.")).not.toContain("House (organisation)");
  });

  it("reads a title word that closes a given name as the person's surname, not the start of a name", () => {
    expect(names("We condemn the words of Rep. Laura King (R-Ohio) today.")).toEqual(["Laura King (person)"]);
    expect(names("Her neighbour Amy Judge said so.")).toEqual(["Amy Judge (person)"]);
    // Not after a body's name, before another name, or before a connector.
    expect(names("Former Quillbox CEO Dana Whitcombe spoke.")).toEqual([
      "Quillbox (organisation)",
      "Dana Whitcombe (person)",
    ]);
    expect(names("Mary Queen of Scots was there.")).not.toContain("Mary Queen (person)");
  });

  it("cuts a judge's title and an abbreviated title off the name; 'Neither' opens no name", () => {
    expect(names("Justice Irma Villegas wrote for the majority.")).toEqual(["Irma Villegas (person)"]);
    expect(names("It was prepared by Associate Supt. Earl R. Tamsin.")).toEqual(["Earl R. Tamsin (person)"]);
    expect(names("Neither Johnson could be reached.")).toEqual(["Johnson (person)"]);
    // Not a body named for justice.
    expect(names("The Justice Department said so.")).toEqual(["Justice Department (organisation)"]);
  });

  it("reads Italian and French particles inside a name, and a company's legal form as closing a body's name", () => {
    expect(names("Shares of Banca Quillara dei Paschi di Velle SpA rose 8 percent.")).toEqual([
      "Banca Quillara dei Paschi di Velle SpA (organisation)",
    ]);
    expect(names("Shares of Tessaro Holding AG rose.")).toEqual(["Tessaro Holding AG (organisation)"]);
    // A legal form only as written: "Spa", "Sa" closing a person's name are surnames.
    expect(names("Laura Spa said so.")).toEqual(["Laura Spa (person)"]);
    expect(names("Luca Sa said so.")).toEqual(["Luca Sa (person)"]);
  });

  it("reads a name neither reading knows as a person's after an age or a general counsel's role", () => {
    expect(names("They wrongly named 22-year-old Tavish Qorrin as the bomber.")).toEqual(["Tavish Qorrin (person)"]);
    expect(names("He complained to general counsel Brannoc Vesh about it.")).toEqual(["Brannoc Vesh (person)"]);
    // An age before a body's name makes no person of it.
    expect(names("The 150-year-old Quillford Gazette closed.")).toEqual(["Quillford Gazette (organisation)"]);
  });

  it("keeps a closing 'Sr.' in a person's name, and reads the Spanish title 'Sr.' before one as no part of it", () => {
    expect(names("Union President J. David Cox Sr., who represents them, spoke.")).toContain(
      "J. David Cox Sr (person)",
    );
    expect(names("J. David Cox Sr. said so.")).toContain("J. David Cox Sr (person)");
    expect(names("Juan Lopez Sr. Pérez Gómez dijo.")).toEqual(["Juan Lopez (person)", "Pérez Gómez (person)"]);
  });

  it("makes a team (a body) of a place's name scored in a game, never of a player's", () => {
    const body = (text: string, name: string) => expect(names(text)).toContain(`${name} (organisation)`);
    body("Atlanta beat Miami 5-3 on Saturday night.", "Atlanta");
    body("Atlanta beat Miami 5-3 on Saturday night.", "Miami");
    // A one-word name read as a person's, against a place: the other side is a team, so this one is.
    body("In the NBA, Houston beat Dallas 108-101 on Friday.", "Houston");
    body("In the NBA, Houston beat Dallas 108-101 on Friday.", "Dallas");
    expect(names("Officials in Miami said 5-3 was the vote.")).toContain("Miami (place)");
    expect(names("Ronnie Ostrander beat Dallas Whitby 18-10 in the final.")).not.toContain(
      "Dallas Whitby (organisation)",
    );
  });

  it("makes a person of a lone surname no lexicon knows after a title only a person holds", () => {
    expect(names("Chancellor Vellgrath met President Osmundo in Paris.")).toEqual([
      "Vellgrath (person)",
      "Osmundo (person)",
      "Paris (place)",
    ]);
    expect(names("Regional Fed President Quarnby dissented, and Sen. Talmire voted no.")).toEqual([
      "Quarnby (person)",
      "Talmire (person)",
    ]);
    expect(names("He thanked Gov. O’Dellagh for her help.")).toEqual(["O’Dellagh (person)"]);
    // a title, a street's or an event's head, or an ordinary word after the title is no surname
    expect(names("The Secretary General spoke.")).not.toContainEqual(expect.stringMatching(/\(person\)$/u));
    expect(names("They met on President Street.")).not.toContain("Street (person)");
    expect(names("General Electric fell and General Mills rose.")).not.toContainEqual(
      expect.stringMatching(/\(person\)$/u),
    );
    // a character's name filling a quotation
    expect(names("She played “President Vantor” on stage.")).not.toContain("Vantor (person)");
    // a heading that is only the title and the word: a work's title
    expect(names("Princess Vantor")).toEqual([]);
  });

  it("makes a person of one word after a team's star or a performer's noun, not after 'The star'", () => {
    expect(names("Brazil star Veyrao was among the fans.")).toContain("Veyrao (person)");
    expect(names("The rapper Dravo headlined.")).toContain("Dravo (person)");
    expect(names("The star Sirius is bright.")).not.toContain("Sirius (person)");
    // an artist's noun: a film's director, a painter
    expect(names("It is a fine debut from video essayist turned director Velkora.")).toContain("Velkora (person)");
    expect(names("The show was hung by the painter Orvano last spring.")).toContain("Orvano (person)");
    expect(names("The Director Orvano Fund paid.")).not.toContain("Orvano (person)");
  });

  it("reads a body's name on over 'for a' and 'for an' when a capitalised word follows", () => {
    expect(names("Ann Roe, director at the Committee for a Balanced Harbor Fund, spoke.")).toContain(
      "Committee for a Balanced Harbor Fund (organisation)",
    );
    expect(names("The Institute for an Honest Ledger hosted it.")).toEqual([
      "Institute for an Honest Ledger (organisation)",
    ]);
    expect(names("The Committee voted for a change.")).not.toContain("Committee for a (organisation)");
  });

  it("reads an academy's name with its comma list of fields, and a center named for what it is for", () => {
    expect(names("They met at the American Academy of Soils, Crops and Irrigation in May.")).toContain(
      "American Academy of Soils, Crops and Irrigation (organisation)",
    );
    expect(names("She directs the Center for Soil and Water Research at the school.")).toContain(
      "Center for Soil and Water Research (organisation)",
    );
  });

  it("ends a person's name where a verb of reporting glued to the surname begins", () => {
    expect(names("As Dana Whitlockreports, the firm ignored regulators.")).toEqual(["Dana Whitlock (person)"]);
    expect(names("As Dana Whitlockwrote last year, it rained.")).toEqual(["Dana Whitlock (person)"]);
    // A verb some surnames end in is left alone.
    expect(names("Dana Bousaid spoke.")).toEqual(["Dana Bousaid (person)"]);
  });

  it("leaves a state and a party's member out of the name after them", () => {
    expect(names("He met Virginia Democrat Jane Doe on Monday.")).toContain("Jane Doe (person)");
    expect(names("He met Virginia Democrat Jane Doe on Monday.")).not.toContain("Virginia Democrat Jane Doe (person)");
    expect(names("The Texas Republican Party met.")).toEqual(["Texas Republican Party (organisation)"]);
    // With no name after it, a state and a party's member describe someone: the state is a place.
    expect(names("“It is done,” said Senator Ann Roe, a Virginia Democrat.")).toEqual([
      "Ann Roe (person)",
      "Virginia (place)",
    ]);
    expect(names("An Oklahoma Republican disagreed.")).not.toContain("Oklahoma Republican (person)");
  });

  it("ends a name where a title-case headline's clause begins, at its pronoun", () => {
    expect(names("Why Can’t Dara Velsen Sing Her Own Songs? It’s Complicated")).toEqual(["Dara Velsen (person)"]);
    expect(names("Mark My Words Foundation gave money.").map((n) => n.replace(/ \(.*/u, ""))).toEqual([
      "Mark My Words Foundation",
    ]);
  });

  it("does not make a person of a name a single score or a model's number follows", () => {
    const none = (text: string, name: string) => expect(names(text)).not.toContain(`${name} (person)`);
    none("Varnholt Rovers beat Oriel Athletic 6-2 on Saturday.", "Oriel Athletic");
    none("The Zorvex Prime 6-2 costs less than its rival.", "Zorvex Prime");
  });

  it("does not make a person of a name a role's comma comes before in a list, nor after a role a company holds", () => {
    const none = (text: string, name: string) => expect(names(text)).not.toContain(`${name} (person)`);
    none("The priest, Tavita Okonjo and Bram Velsen all came.", "Tavita Okonjo");
    none("The label's owner, Vorra Machine, said so.", "Vorra Machine");
    none("Vorra Machine, owner of her masters, said so.", "Vorra Machine");
  });

  it("does not make a person of a role an indefinite article introduces", () => {
    expect(names("Joe Kent, a former Army Green Beret, has been appointed.")).not.toContain(
      "Army Green Beret (person)",
    );
    expect(names("He met former President Vicente Fox.")).toContain("Vicente Fox (person)");
  });

  it("does not make a person of an unknown body described by an appositive that is no person's", () => {
    expect(names("It was condemned by Amnestia Internacional, a London-based rights group.")).not.toContain(
      "Amnestia Internacional (person)",
    );
  });

  it("keeps lower-case parts joined inside a name, but not a describing half", () => {
    expect(names("Lupita Nyong'o's dress was stolen.").map((n) => n.replace(/ \(.*/u, ""))).toEqual(["Lupita Nyong'o"]);
    expect(
      names("Former chief executive Donald Tsang Yam-kuen and Tsai Ing-wen’s party spoke.").map((n) =>
        n.replace(/ \(.*/u, ""),
      ),
    ).toEqual(["Donald Tsang Yam-kuen", "Tsai Ing-wen"]);
    expect(findNames("It sold the Seattle-based fleet.").map((n) => n.text)).toEqual(["Seattle"]);
  });
});

describe("findNames and a plural head after a list", () => {
  it("makes each name of the list an organisation named with the head", () => {
    const spans = findNames(
      "Members of the Sinaloa, Gulf Clan and Norte cartels were sent, not the Mexican and Cuban cartels.",
    );
    expect(spans.map((s) => [s.text, s.name, s.kind])).toEqual([
      ["Sinaloa", "Sinaloa cartel", "organisation"],
      ["Gulf Clan", "Gulf Clan cartel", "organisation"],
      ["Norte", "Norte cartel", "organisation"],
    ]);
  });
});

describe("findNames and model numbers", () => {
  it("does not make an organisation of a maker's name with a model number; its maker's word alone is one", () => {
    expect(names("It runs on an Intel Core i7 chip and an NVIDIA GTX 1080 card.")).toEqual([
      "Intel (organisation)",
      "NVIDIA (organisation)",
    ]);
    expect(names("The fleet flies one Boeing 777 now.")).toEqual(["Boeing (organisation)"]);
  });

  it("makes no maker of a product line's own word before its number", () => {
    expect(names("He kept an Xbox 360 beside a Galaxy S10.")).toEqual([]);
  });

  it("keeps a name before a year or a day of a month", () => {
    expect(names("Sales at Intel 2019 fell; the Hamas 7 October attack.")).toContain("Intel (organisation)");
  });
});

describe("findNames and a person's origin", () => {
  it("ends a person's name before 'of' and where they are from", () => {
    expect(names("Conservation department ranger Jamie Werner of Ngātiwai attended.")).toEqual([
      "Jamie Werner (person)",
    ]);
  });

  it("splits a person from the body named after 'of' ('Marisol Vega of the National Action Party')", () => {
    expect(names("Senator Marisol Vega of the National Action Party voted against it.")).toEqual([
      "Marisol Vega (person)",
      "National Action Party (organisation)",
    ]);
    expect(names("The bill goes to the Chamber of Deputies next.")).toEqual(["Chamber of Deputies (organisation)"]);
  });

  it("splits a name written surname first from its party ('Tsai Ing-wen of the Democratic Progressive party')", () => {
    expect(names("Taiwan’s president, Tsai Ing-wen of the Democratic Progressive party, faces an election.")).toEqual([
      "Taiwan (place)",
      "Tsai Ing-wen (person)",
      "Democratic Progressive party (organisation)",
    ]);
    expect(names("Taiwan’s president, Tsai Ing-wen of the Democratic Progressive, faces an election.")).toContain(
      "Democratic Progressive (organisation)",
    );
    // A body's own name with "of the" stays whole.
    expect(names("He spoke at the Council of the European Union on Monday.")).toEqual([
      "Council of the European Union (organisation)",
    ]);
  });
});

describe("findNames and names written surname first", () => {
  it.each([
    ["the repression seen under Xi Jinping, most of all in Xinjiang.", "Xi Jinping (person)"],
    ["a meeting with his Chinese counterpart, Xi Jinping, in Chile", "Xi Jinping (person)"],
    ["The premier, Li Keqiang, spoke first.", "Li Keqiang (person)"],
    ["Police arrested Cheuk Hau-yip on Monday.", "Cheuk Hau-yip (person)"],
    // A surname spelt as a sentence opener ("He") still opens the name.
    ["He Jianxiong, the former director, said so.", "He Jianxiong (person)"],
  ])("reads a Chinese or Korean name with no title as a person: %s", (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ["The Long Shaman tour began.", "Long Shaman"],
    ["A new Sun Valley resort opened.", "Sun Valley"],
    ["It was a Big Co-op store.", "Big Co-op"],
    ["He Shaman went home.", "He Shaman"],
  ])("leaves English words and places alone: %s", (text, span) => {
    expect(names(text).filter((n) => n.startsWith(span) && n.endsWith("(person)"))).toEqual([]);
  });

  it("keeps dropping the pronoun before a place", () => {
    expect(names("He Beijing said.")).toEqual(["Beijing (place)"]);
  });
});

describe("findNames, continued", () => {
  it("keeps 'of' inside a body's name", () => {
    expect(findNames("She spoke at the University of Texas and the Bank of Mexico.").map((s) => s.text)).toEqual([
      "University of Texas",
      "Bank of Mexico",
    ]);
  });
});

describe("findNames and demonyms of more than one word", () => {
  it("does not make a name of a demonym of two words before a generic head", () => {
    expect(names("Washington designated several Latin American cartels and a Latin American gang.")).toEqual([
      "Washington (place)",
    ]);
  });
});

describe("findNames and a company's cues (companyCues.ts)", () => {
  it.each([
    ["Analysts praised Zorblat’s Maria Lopez and Vexora’s John Miller.", ["Zorblat", "Vexora"]],
    ["Critics said Quillox’s board acted too late.", ["Quillox"]],
    ["The flaw was reported to Hyperion developer Zorblat last year.", ["Zorblat"]],
    ["Fellow tech giant Vexora also entered the market.", ["Vexora"]],
    ["He was named head of Drevalo’s political bureau, as members of Quennit watched.", ["Drevalo", "Quennit"]],
    ["The raid was led by Drevalo commander Maria Lopez.", ["Drevalo"]],
    ["Ruiz’s Quennit party won, and the ruling Drevalo party lost.", ["Quennit", "Drevalo"]],
    ["After a loss to the Harriers, he was traded to the Vexors.", ["Harriers", "Vexors"]],
    ["He was a member of the Hermetic Order of the Silver Key.", ["Hermetic Order of the Silver Key"]],
  ])("types an untyped name as a body: %s", (text, bodies) => {
    for (const body of bodies) expect(names(text)).toContain(`${body} (organisation)`);
  });

  it.each([
    // A name owning a given name alone may be a kin's.
    ["Dinner was at Quillan’s Mila place.", "Quillan"],
    // A person's possessions are no company's.
    ["The police searched Quillan’s devices.", "Quillan"],
    // A noun of who makes things, after a lower-case word, is no product's maker.
    ["The plan came from a literary giant Quillan admired.", "Quillan"],
    // A name a demonym opens is no body's here.
    ["It was fitting for a member of the British Realm.", "British Realm"],
    // A family named in the plural, no game or move before it.
    ["She said the Quillans were lovely neighbours.", "Quillans"],
    // A party in the other sense: no politics said around it.
    ["We went to the Quennit party last night.", "Quennit"],
    // A person's possession after "head of": the person, not a body.
    ["He became head of Quillan’s security detail.", "Quillan"],
  ])("does not here: %s", (text, name) => {
    expect(names(text)).not.toContain(`${name} (organisation)`);
  });
});

describe("findNames and a list of names", () => {
  it("gives an untyped name the kind every other name of its list has", () => {
    expect(names("It takes business from competitors such as Walmart, Kroger and Costco.")).toContain(
      "Kroger (organisation)",
    );
  });

  it("does not when the list mixes kinds or has one other name", () => {
    expect(names("It takes business from Walmart and Kroger.")).not.toContain("Kroger (organisation)");
  });

  it.each([
    ["Those ads ran back when driving for Uber or Lyft or Postmates seemed fun.", ["Lyft", "Postmates"]],
    ["Rivals such as Uber, Lyft and Postmates cut pay.", ["Lyft", "Postmates"]],
  ])("types a list of three or more by its one body: %s", (text, bodies) => {
    for (const body of bodies) expect(names(text)).toContain(`${body} (organisation)`);
  });

  it.each([
    // Two names: one body says too little.
    ["Funds went to Chime and Uber.", "Chime"],
    // After "the", a list of awards or events, not firms.
    ["He was snubbed by the Oscars, Golden Globes and SAG this year.", "Golden Globes"],
  ])("does not type the rest by one body here: %s", (text, name) => {
    expect(names(text)).not.toContain(`${name} (organisation)`);
  });

  it("reads a possessive that owns nothing in a list as a shop's name, a body", () => {
    const found = names("Our clients include Dillard’s, Hershey’s, CBS and Fox among many others.");
    for (const body of ["Dillard", "Hershey", "CBS", "Fox"]) expect(found).toContain(`${body} (organisation)`);
    expect(found.some((n) => n.endsWith("(person)"))).toBe(false);
  });

  it("not when the list's last name owns a noun: owners sharing it", () => {
    expect(names("We met Trump’s, Pelosi’s and CNN’s staff.")).not.toContain("Pelosi (organisation)");
    expect(names("We met Trump’s, Pelosi’s and CNN’s staff.")).not.toContain("Trump (organisation)");
  });
});

describe("termInitialisms", () => {
  it("reads an initialism counted or measured as its phrase's head as a common noun", () => {
    expect([
      ...termInitialisms("It features an 8-core CPU running at 2.3Ghz and 12GB of GDDR5 RAM, at 30 FPS."),
    ]).toEqual(["cpu", "ram", "fps"]);
    expect([...termInitialisms("It has an upgraded AMD Polaris GPU with 6 teraflops.")]).toEqual(["gpu"]);
  });

  it("reads an initialism defined by lower-case words, or renaming a common noun, as a common noun", () => {
    expect([...termInitialisms("It is a circularly disposed antenna array (CDAA) in Cuba.")]).toEqual(["cdaa"]);
    expect([...termInitialisms('It keeps so-called "shared trace records" (STR) like names.')]).toEqual(["str"]);
    expect([...termInitialisms("It keeps so-called “shared trace records” (STR) like names.")]).toEqual(["str"]);
    expect([...termInitialisms("The tablets held dinitrophenol, known as DNP, a toxic chemical.")]).toEqual(["dnp"]);
    expect([...termInitialisms("It uses a file format known as Named Binary Tag (NBT), which nests.")]).toEqual([
      "nbt",
    ]);
  });

  it("reads an initialism spelled out in lower-case words after it, or said to be lacking, as a common noun", () => {
    expect([...termInitialisms("It renders in 4K with HDR (high dynamic range lighting) at 30 frames.")]).toEqual([
      "hdr",
    ]);
    expect([...termInitialisms("Still no VR. Its lack of GPS is odd.")]).toEqual(["vr", "gps"]);
    expect([...termInitialisms("The Marine Stewardship Council (MSC) has no NATO ties.")]).toEqual([]);
  });

  it("reads an initialism owned or ranked at the head of its phrase as a common noun", () => {
    expect([...termInitialisms("It broke rules related to its cancelled IPO.")]).toEqual(["ipo"]);
    expect([...termInitialisms("The Vizzion is the seventh EV to use the platform.")]).toEqual(["ev"]);
    expect([...termInitialisms("Their SUV, a hybrid, sold well.")]).toEqual(["suv"]);
  });

  it("reads a gene's symbol, named by what it undergoes or makes, as a term", () => {
    expect([...termInitialisms("Tumours with TRBX mutations and QLN rearrangements respond.")]).toEqual([
      "trbx",
      "qln",
    ]);
    expect([...termInitialisms("It targets the VRK2-PLM fusion gene and VRK-positive cells.")]).toEqual(["plm", "vrk"]);
    expect([...termInitialisms("The FDA approved it and the WHO listed it.")]).toEqual([]);
  });

  it("not a name an owner's word or an ordinal only modifies through it, nor 'our' before a body", () => {
    expect([...termInitialisms("It was their NBA debut, the first FBI report.")]).toEqual([]);
    expect([...termInitialisms("Our NHS is great.")]).toEqual([]);
  });

  it("keeps a name used as a modifier, after a function word or in a credit", () => {
    expect([...termInitialisms("A DEA agent and two FBI officials met.")]).toEqual([]);
    expect([...termInitialisms("He struck a deal with the FBI. In 2019 NATO and the EU met.")]).toEqual([]);
    expect([...termInitialisms("Aug. 12 (UPI) -- Mexico sent 26 people.")]).toEqual([]);
    expect([...termInitialisms("The Marine Stewardship Council (MSC) label.")]).toEqual([]);
  });
});

describe("findNames and a country's own forces", () => {
  it("names a country's army, navy or police after its demonym or possessive", () => {
    expect(names("Across the border, the Venezuelan army moved tanks.")).toEqual(["Venezuelan army (organisation)"]);
    expect(names("On Monday Venezuela's navy stepped up patrols.")).toEqual(["Venezuela's navy (organisation)"]);
    expect(names("On Monday Colombian police arrested him.")).toEqual(["Colombian police (organisation)"]);
  });

  it("not after a person's possessive", () => {
    expect(names("On Monday Trump's army of lawyers arrived.")).not.toContain("Trump's army (organisation)");
  });

  it("names a country's military where the noun ends its phrase", () => {
    expect(names("Two soldiers died, the US military said on Wednesday.")).toEqual(["US military (organisation)"]);
    expect(names("The U.S. military in al-Tanf has warned them.")).toEqual(["U.S. military (organisation)"]);
    expect(names("He said the Chinese military could yet be called in.")).toEqual(["Chinese military (organisation)"]);
    expect(names("It was a request to the Mexican military, which refused.")).toEqual([
      "Mexican military (organisation)",
    ]);
    // the forces' possessive names the forces, and the command it owns is a body of its own
    expect(names("Meanwhile the U.S. military’s Northern Command is watching the border.")).toEqual([
      "U.S. military (organisation)",
      "Northern Command (organisation)",
    ]);
  });

  it("not 'military' as an adjective, after a body or a person, nor hyphened or possessed", () => {
    expect(names("He warned of U.S. military action in Venezuela.")).toEqual(["U.S. (place)", "Venezuela (place)"]);
    expect(names("Analysts watch Chinese military modernization closely.")).toEqual([]);
    expect(names("The Pentagon military said nothing.")).toEqual(["Pentagon (organisation)"]);
    expect(names("He met Buck Cullen military said.")).not.toContain("Buck Cullen military (organisation)");
    expect(names("He said a pro-US military was needed.")).toEqual(["US (place)"]);
    expect(names("He said China's military is growing.")).toEqual(["China (place)"]);
  });
});

describe("findNames and an organisation its place in the sentence shows", () => {
  it("types a name before a body's role, or what an acquisition is of", () => {
    expect(names("It did not work on Snapchat CEO Evan Spiegel.")).toEqual([
      "Snapchat (organisation)",
      "Evan Spiegel (person)",
    ]);
    expect(names("He brokered the $19 billion acquisition of WhatsApp.")).toEqual(["WhatsApp (organisation)"]);
  });

  it("not a sentence's first word", () => {
    expect(names("Snapchat CEO Evan Spiegel spoke.")).toEqual(["Evan Spiegel (person)"]);
  });

  it("types what has a chief executive, revenue or a poll, and what a firm acquired", () => {
    expect(names("Analysts said Zorblax's chief executive would step down.")).toEqual(["Zorblax (organisation)"]);
    expect(names("In March, Quillio's quarterly revenue fell by half.")).toEqual(["Quillio (organisation)"]);
    expect(names("A fresh Pollworth poll shows less support.")).toEqual(["Pollworth (organisation)"]);
    expect(names("It laid off staff at Brindle, which it acquired in 2017.")).toEqual(["Brindle (organisation)"]);
  });

  it("types a name an appositive calls a group or a studio founded by someone", () => {
    expect(names("It is a deal between the league and Vantor, a group co-founded by a striker.")).toContain(
      "Vantor (organisation)",
    );
    expect(names("The game is made by Clavy, a studio based in Oslo.")).toEqual([
      "Clavy (organisation)",
      "Oslo (place)",
    ]);
  });

  it("types a team before its coach, and what owns a division", () => {
    expect(names("Hours before the game, Loons coach Ada Brill felt calm.")).toEqual([
      "Loons (organisation)",
      "Ada Brill (person)",
    ]);
    expect(names("Later on, Vellum’s music division sent some demos.")).toEqual(["Vellum (organisation)"]);
  });

  it("types what was bought out, and a singer's label", () => {
    expect(names("Her songs came out on Vellum, which was bought out by a fund this year.")).toEqual([
      "Vellum (organisation)",
    ]);
    expect(names("In a post, her former label Vellum, which owns her songs, said no.")).toContain(
      "Vellum (organisation)",
    );
  });

  it("not a person whose group is described", () => {
    expect(names("She spoke with Jones, a group member, on Friday.")).not.toContain("Jones (organisation)");
  });

  it("types where a thing is sold at a price as a seller", () => {
    expect(names("Grab the headset on Amazon for $49.99 while it lasts.")).toEqual(["Amazon (organisation)"]);
    expect(names("The blender is at Zelvo for $80 this week.")).toEqual(["Zelvo (organisation)"]);
  });

  it("not without a price, nor a person a thing is bought from", () => {
    expect(names("The blender is at Zelvo this week.")).not.toContain("Zelvo (organisation)");
    expect(names("She bought a ticket from Jones for $20.")).not.toContain("Jones (organisation)");
  });

  it("types the shop a buy button's label names, and where a thing is back in stock, as a seller", () => {
    expect(names("See it now: Zelvo")).toEqual(["Zelvo (organisation)"]);
    expect(names("Buy it at Zelvo")).toEqual(["Zelvo (organisation)"]);
    expect(names("Check price at Zelvo")).toEqual(["Zelvo (organisation)"]);
    expect(names("The blue edition is back in stock on Zelvo.")).toEqual(["Zelvo (organisation)"]);
  });

  it("not a name the label does not end with, nor a label inside a sentence", () => {
    expect(names("See it now: Zelvo has the blue one")).not.toContain("Zelvo (organisation)");
    expect(names("You should see it at Zelvo")).not.toContain("Zelvo (organisation)");
    expect(names("The stock at Zelvo fell.")).not.toContain("Zelvo (organisation)");
  });
});

describe("findNames and a player's stat line", () => {
  it("types a two-word name whose stat line names the team they played for", () => {
    expect(names("Tre Quenby rushed for 87 yards on 19 carries for Ridge State.")).toContain("Tre Quenby (person)");
  });

  it("not a team's own stat line", () => {
    expect(names("Wake Forest rushed for 300 yards on 41 carries.")).not.toContain("Wake Forest (person)");
  });
});

describe("findNames and the words that end an organisation's name", () => {
  it("takes a trailing 'International' and a lower-case 'group' as an organisation's", () => {
    expect(names("He spoke for Amnesty International in Tunis.")).toContain("Amnesty International (organisation)");
    expect(names("He talked about the Islamic State group.")).toEqual(["Islamic State group (organisation)"]);
  });

  it("not a demonym's group", () => {
    expect(names("He talked about an Asian group.")).toEqual([]);
  });
});

describe("findNames and a sentence's opening word", () => {
  it("leaves an opening verb, participle or adverb out of the name after it", () => {
    expect(names("Consider Lorenzo Ibarra Quesada, a clerk who kept the books.")).toEqual([
      "Lorenzo Ibarra Quesada (person)",
    ]);
    expect(names("Regarding Guatemala, the envoys said little.")).toEqual(["Guatemala (place)"]);
    expect(names("Instead Peru moved on.")).toEqual(["Peru (place)"]);
  });

  it("keeps a first name that is also a word", () => {
    expect(names("Mark Kelly spoke.")).toEqual(["Mark Kelly (person)"]);
  });
});

describe("findNames and a lawmaker's party label", () => {
  it("reads the state of '(D–Conn.)' or ', R–Texas,' as the label it is, not as a place named", () => {
    expect(names("Sen. Nora Whitfield (D–Conn.) and Rep. Ty Bell, R–Texas, objected.")).toEqual([
      "Nora Whitfield (person)",
      "Ty Bell (person)",
    ]);
    expect(names("She moved to Texas and met Ty Bell (R-Tex.) there.")).toEqual(["Texas (place)", "Ty Bell (person)"]);
  });
});

describe("findNames for bodies", () => {
  it("ends a body's name on its head when a person's name follows", () => {
    expect(names("He met the U.S. Ambassador to the European Union Gordon Sondland there.")).toEqual([
      "U.S. (place)",
      "European Union (organisation)",
      "Gordon Sondland (person)",
    ]);
  });

  it("keeps 'on' or 'for' after a body's head inside its name", () => {
    expect(names("The National Institute on Drug Abuse estimated it.")).toEqual([
      "National Institute on Drug Abuse (organisation)",
    ]);
  });

  it("reads a name ending on a kind of eating or drinking house as a business, an owner's possessive opening it", () => {
    expect(names("We dined at Copper Kettle Steakhouse, then Blue Heron Winery and Marla’s Bakery.")).toEqual([
      "Copper Kettle Steakhouse (organisation)",
      "Blue Heron Winery (organisation)",
      "Marla’s Bakery (organisation)",
    ]);
    // Not a store: "Apple’s App Store" is a service, "Photo Gallery" a page's section.
    expect(names("He bought it on Orchard’s App Store today.")).not.toContain("Orchard’s App Store (organisation)");
  });

  it("ends a body's name at its head before 'on' and a street, which places it", () => {
    expect(names("We bought fudge at the Old Mill Candy Company on Birch Avenue yesterday.")).toEqual([
      "Old Mill Candy Company (organisation)",
      "Birch Avenue (place)",
    ]);
  });

  it("keeps where an office serves inside its name", () => {
    expect(names("The U.S. Attorney’s Office for the Western District of New York said so.")).toEqual([
      "U.S. (place)",
      "Attorney’s Office for the Western District of New York (organisation)",
    ]);
  });

  it("reads a company's legal suffix and an observatory's or hospital's head, and initials spaced", () => {
    expect(names("The ad agency Broadhead Co. made it.")).toEqual(["Broadhead Co (organisation)"]);
    expect(names("It was seen by the W. M. Keck Observatory in Hawaii.")).toEqual([
      "W. M. Keck Observatory (organisation)",
      "Hawaii (place)",
    ]);
    expect(names("She works at the Aberdeen Royal Infirmary now.")).toEqual([
      "Aberdeen Royal Infirmary (organisation)",
    ]);
  });

  it("reads a creed's adjective before a capitalised State as a body, a demonym's not", () => {
    expect(names("The town was held by Islamic State until March.")).toEqual(["Islamic State (organisation)"]);
    expect(names("They want a Palestinian State beside it.")).not.toContain("Palestinian State (organisation)");
  });

  it("never reads a device's or a part's initialism as a body, and still reads a body's", () => {
    expect(names("The new CPU and an HDMI port support VR headsets, and the OS is updated.")).toEqual([]);
    expect(names("A spokesman for the OAS said so.")).toEqual(["OAS (organisation)"]);
  });

  it("cuts an adviser's or administrator's title off the name", () => {
    expect(names("It was National Security Adviser John Bolton and NASA Administrator Jim Bridenstine.")).toEqual([
      "John Bolton (person)",
      "NASA (organisation)",
      "Jim Bridenstine (person)",
    ]);
  });
});

describe("findNames from the words around a name", () => {
  it("reads a name after a lower-case kind of body, or where a person holds a role, as an organisation", () => {
    expect(names("They asked about the Ukrainian energy company Vorlana and more.")).toEqual([
      "Vorlana (organisation)",
    ]);
    expect(names("said Brent Sherwood, vice president of programs at Blue Quasar.")).toEqual([
      "Brent Sherwood (person)",
      "Blue Quasar (organisation)",
    ]);
  });

  it("reads a country's ministry of a field written in lower case", () => {
    expect(names("Officials said China's commerce ministry would reply.")).toEqual([
      "China's commerce ministry (organisation)",
    ]);
  });

  it("reads a seat of government as the executive it houses", () => {
    expect(names("Some White House advisers disagree.")).toEqual(["White House (organisation)"]);
  });
});

describe("termInitialisms after a spelled-out term", () => {
  it("reads an initialism given as another name of lower-case words with 'or' as a term", () => {
    expect([...termInitialisms("The diagnosis was hypersensitivity pneumonitis, or HP.")]).toEqual(["hp"]);
  });
});

describe("findNames for a possessive owner", () => {
  it("reads a given name and surname owning a named thing as a person, not a title of ordinary words", () => {
    // What he owns is a firm by its shape ("SpaceX": a capital inside the word).
    expect(names("Rivals include Elon Musk’s SpaceX now.")).toEqual(["Elon Musk (person)", "SpaceX (organisation)"]);
    expect(names("Super Lucky’s Tale is a game.")).toEqual([]);
  });
});

describe("findNames for a firm by its shape or its place in the sentence", () => {
  it.each([
    // A capital inside a word after lower-case letters is a firm's name, wherever the word stands.
    ["WeWork declined to comment on the report.", ["WeWork (organisation)"]],
    [
      "He led deals for Marvel Entertainment, Lucasfilm and BamTech.",
      ["Marvel Entertainment (organisation)", "Lucasfilm (organisation)", "BamTech (organisation)"],
    ],
    // Surnames with a prefix keep their capital inside; a plural term, a hashtag and a handle are no firms.
    ["Senate leader Mitch McConnell spoke.", ["Mitch McConnell (person)"]],
    ["He stored them in ArrayLists.", []],
    // A firm's name with a small first letter, known to compromise's lexicon as a firm's; a product so written is none.
    ["She sold the deck on eBay last week.", ["eBay (organisation)"]],
    ["She bought an iPhone on Tuesday.", []],
    // Beside other words the shape names a product or a thing of code, not the firm.
    ["The car comes with Zorbix CarLink as standard.", []],
    ["Games for the QuillStation VR headset sold well.", []],
    ["The loader builds a ClassMaker Object first.", []],
    // The business a brand-shaped firm is in, or a body's head, keeps it a firm's name.
    ["Shares of DeltaCorp Software rose.", ["DeltaCorp Software (organisation)"]],
    ["Many shared the hashtag #MethWeAreOnIt and the account @GabSeguridadMX.", []],
    // A firm's spokesperson, its shares, its analyst, and who surveys or supplies data.
    ["The deal was confirmed by a Zorbix spokesperson.", ["Zorbix (organisation)"]],
    ["Analysts surveyed by Refinitiv were expecting $2.52 a share.", ["Refinitiv (organisation)"]],
    [
      "“Cuts failed,” Commerzbank analyst Carsten Fritsch said.",
      ["Commerzbank (organisation)", "Carsten Fritsch (person)"],
    ],
    ["The Fed’s ability to help is in question.", ["Fed (organisation)"]],
  ])("%s → %j", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("findNames and a player named after a team and a position", () => {
  it("makes a person of a name no reading knows after a team and a position", () => {
    expect(names("It suspended Pittsburgh center Maurkice Pouncey for two games.")).toContain(
      "Maurkice Pouncey (person)",
    );
    expect(names("They praised Steelers defensive end Maurkice Pouncey on Sunday.")).toContain(
      "Maurkice Pouncey (person)",
    );
  });

  it("not after a position word with no team before it ('the medical center')", () => {
    expect(names("She visited the medical center Maurkice Pouncey built.")).toEqual([]);
  });
});

describe("findNames and a given name before a landform word", () => {
  it("reads a given name and a landform surname as a person, not a place", () => {
    expect(names("Ellen Marsh said the plan was late.")).toEqual(["Ellen Marsh (person)"]);
    expect(names("He met Ruth Marsh and Kate Hill.")).toEqual(["Ruth Marsh (person)", "Kate Hill (person)"]);
    expect(names("Acme’s Ruth Grove chaired the talks.")).toContain("Ruth Grove (person)");
  });

  it("keeps a place whose first word is no given name on its own, or whose last is no surname", () => {
    expect(names("He lives in Virginia Beach.")).toEqual(["Virginia Beach (place)"]);
    expect(names("He drove to Carol Stream.")).toEqual(["Carol Stream (place)"]);
    expect(names("They went to Lake Placid.")).toEqual(["Lake Placid (place)"]);
    expect(names("They camped at Elk Grove.")).toEqual(["Elk Grove (place)"]);
  });
});

describe("findNames and a kind of body named before a name", () => {
  it("types the name after a body noun qualified by a lower-case word or a demonym", () => {
    expect(names("It cited hit-or-miss Taiwanese publication DigiTimes.")).toEqual(["DigiTimes (organisation)"]);
    expect(names("It cited the Chinese newspaper Global Times.")).toContain("Global Times (organisation)");
    expect(names("It cited the supply chain supplier Wistron.")).toEqual(["Wistron (organisation)"]);
  });

  it("not after a capitalised word that is no demonym, nor without a body noun", () => {
    expect(names("It cited Taiwanese Wistron.")).toEqual([]);
    expect(names("It cited Wistron in a note.")).toEqual([]);
  });

  it("types the name an appositive or the next word gives a body noun, first word of its sentence or not", () => {
    expect(names("Wistron, an Apple supplier, said it would move.")).toEqual([
      "Wistron (organisation)",
      "Apple (organisation)",
    ]);
    expect(names("Airbus, the European planemaker, said.")).toEqual(["Airbus (organisation)"]);
    expect(names("Shares fell at Kroger, the grocery chain, on Monday.")).toContain("Kroger (organisation)");
    expect(names("Blorvak, a Texas-based company that makes pumps, said.")).toContain("Blorvak (organisation)");
  });

  it("not when the body noun describes a person, nor a demonym or an ordinary word before it", () => {
    expect(names("Bloggs, a lab technician, said.")).toEqual([]);
    expect(names("Jane Smith, a company spokeswoman, said.")).toEqual(["Jane Smith (person)"]);
    expect(names("Yesterday, a bank said it would.")).toEqual([]);
    expect(names("It hired the European planemaker.")).toEqual([]);
  });

  it("reads a firm's name ending in 'Technologies' or 'Industries' as an organisation", () => {
    expect(names("Wistron and Global Lighting Technologies are suppliers.")).toContain(
      "Global Lighting Technologies (organisation)",
    );
  });
});

describe("findNames and a party's members or a team's players", () => {
  it("makes no person of a place before a plural party or position noun", () => {
    expect(names("Since then, Virginia Democrats won a majority.")).toEqual([]);
  });

  it("keeps a person whose surname ends in -s", () => {
    expect(names("He met Tom Roberts on Monday.")).toEqual(["Tom Roberts (person)"]);
    expect(names("She met Serena Williams on Monday.")).toEqual(["Serena Williams (person)"]);
  });
});

describe("findNames and a company's legal suffix", () => {
  it("makes no body of the suffix alone after its name's comma", () => {
    expect(names("This shop has been compensated by #CollectiveBias, Inc. and its advertiser.")).toEqual([]);
  });

  it("keeps the suffix inside the company's name", () => {
    expect(names("Shares of Blorvak Inc. rose on Monday.")).toEqual(["Blorvak Inc (organisation)"]);
  });
});

describe("findNames and initialisms that are common nouns", () => {
  it("makes no body of a time zone, a format, a device's or a car's term", () => {
    expect(names("It ended at 2 a.m. local time (0100 GMT) on Wednesday.")).toEqual([]);
    expect(names("The car could just as easily be AWD, with HVAC and RGB lighting.")).toEqual([]);
    expect(names("It is now available on DVD and VOD.")).toEqual([]);
    expect(names("The standards (XML, JSON, HTTPS) are open.")).toEqual([]);
    expect(names("It comes with an AC adapter and a curved IPS panel.")).toEqual([]);
    // The letters inside a longer name, and a body's initialism, are still names.
    expect(names("The FBI seized a charger from AC Widgets Inc.")).toEqual([
      "FBI (organisation)",
      "AC Widgets Inc (organisation)",
    ]);
  });

  it("makes no body of a trade's, a field's or a disease's initialism", () => {
    expect(names("The patches are smaller than the entire APK, with a revamped UX.")).toEqual([]);
    expect(names("If you are vulnerable to SQL injection, the FOSS tools help.")).toEqual([]);
    expect(names("Phone and REIT shares rose as PE shops and PR aides bought in.")).toEqual([]);
    expect(names("It needs two AA batteries and has an IR port.")).toEqual([]);
    expect(names("The study found C.T.E. in the brains of 110 players.")).toEqual([]);
    // A body's initialism beside them is still one.
    expect(names("A spokesman for the OAS said REIT shares were mispriced.")).toEqual(["OAS (organisation)"]);
  });

  it("still reads a body's initialism as an organisation", () => {
    expect(names("It is under investigation by the FBI and the EPA.")).toEqual([
      "FBI (organisation)",
      "EPA (organisation)",
    ]);
  });
});

describe("findNames and a thing's name", () => {
  it("makes no name of a machine's, a platform's or a model's name between a determiner and its kind", () => {
    expect(names("The run took the Hazel Hen supercomputer a week.")).toEqual([]);
    expect(names("It is built on the new QXB platform next year.")).toEqual([]);
    expect(names("A performance ZT version will follow.")).toEqual([]);
    expect(names("Fans prefer the UCS sets for their detail.")).toEqual([]);
  });

  it("keeps a maker's known name, a body's by its head, and a name not before such a noun", () => {
    expect(names("He bought the IBM platform last year.")).toContain("IBM (organisation)");
    expect(names("They chose the Velto Labs platform for it.")).toContain("Velto Labs (organisation)");
    expect(names("The data came from the QXB on Monday.")).toContain("QXB (organisation)");
    expect(names("She met Hazel Hen at the model show.")).toContain("Hazel Hen (person)");
  });
});

describe("findNames and a body named by an opener and its head", () => {
  it("keeps an opener after a capitalised 'The' that leaves only a body's head as the body's name", () => {
    expect(names("Its parent company, The We Company, announced the plan.")).toEqual(["We Company (organisation)"]);
    expect(names("He said The One Foundation’s board met.")).toContain("One Foundation (organisation)");
  });

  it("still cuts an opener that begins a sentence or follows no 'The'", () => {
    expect(names("That Company filed on Monday.")).toEqual([]);
    expect(names("It said We Company was late.")).not.toContain("We Company (organisation)");
  });
});

describe("findNames and a player of a country", () => {
  it("reads 'Given Surname of Place' as a person where the sentence shows one", () => {
    expect(names("They beat Tarek Olumide of South Africa and Michael Brand of New Zealand in the final.")).toEqual([
      "Tarek Olumide (person)",
      "Michael Brand (person)",
    ]);
    expect(names("Lena Vos rallied to defeat Ana Ruiz and Tarek Olumide of Japan 6-7 (4), 7-6 (5), 6-4.")).toContain(
      "Tarek Olumide (person)",
    );
  });

  it("leaves a landmark of a country, and a name no person stands beside, as it was read", () => {
    expect(names("She visited the Great Wall of China.")).not.toContain("Great Wall (person)");
    expect(names("Tarek Olumide of Japan won.")).not.toContain("Tarek Olumide (person)");
  });

  it("reads a name no lexicon knows, of a town with its state, as a person and where they live", () => {
    expect(names("Ikenna Obasi of East Lansing, Michigan, was elected.")).toContain("Ikenna Obasi (person)");
    expect(names("They sailed the Gulf of Mexico, Texas, and beyond.")).not.toContain("Gulf (person)");
  });
});

describe("findNames and an award's name", () => {
  it("makes no body of an award's name, with what it is for or not", () => {
    expect(names("In 2008 she won the Lagos Film Academy Award for Best Actress in a Leading Role.")).toEqual([]);
    expect(names("He won the Harbor Poetry Prize last year.")).toEqual([]);
  });

  it("keeps a body whose head comes after the award word, and a body for a field", () => {
    expect(names("She sits on the Harbor Awards Committee this year.")).toContain(
      "Harbor Awards Committee (organisation)",
    );
    expect(names("He joined the Harbor Center for Strategic Studies last year.")).toContain(
      "Harbor Center for Strategic Studies (organisation)",
    );
  });
});

describe("findNames and capitals glued into a code", () => {
  it("makes no body of capitals glued by a stop or a semicolon to more capitals or a digit", () => {
    expect(names("The car has the ZQ.LIGHT headlamps up front.")).toEqual([]);
    expect(names("Its first model, the KV.3, sold well.")).toEqual([]);
    expect(names("Here's the TL;DR version for you.")).toEqual([]);
  });

  it("keeps a body's initialism before an address or a sentence's stop", () => {
    expect(names("The story ran on ZNN.com on Monday.")).toContain("ZNN (organisation)");
    expect(names("The report went to the ZNN. It ran on Monday.")).toContain("ZNN (organisation)");
  });
});

describe("findNames and a title in quotation marks", () => {
  it("makes no body or place of a name that fills a quotation on its own: a work's title", () => {
    expect(names("She was on a previous episode of “DWTS.”")).toEqual([]);
    expect(names("He directed a BBC adaptation of “War & Peace” last year.")).toEqual(["BBC (organisation)"]);
    expect(names("A demo came in called “Glasgow” at last.")).toEqual([]);
  });

  it("keeps a person's name quoted, a body after 'so-called', and a name inside a longer quotation", () => {
    expect(names("“He wanted to work with ‘Nellie Wall,’ but I came,” she said.")).toContain("Nellie Wall (person)");
    expect(names("It fought the so-called “Amnesty International” in court.")).toContain(
      "Amnesty International (organisation)",
    );
    expect(names("“We met Amnesty International in Glasgow,” he said.")).toEqual([
      "Amnesty International (organisation)",
      "Glasgow (place)",
    ]);
  });

  it("makes no person of a name that fills one of a list of quoted titles", () => {
    expect(names("The service streams classics, including “Tilda Marsh” and “Brambles.”")).toEqual([]);
    expect(names("Her hits include “Lost Roads,” “Danny Fenwick” and “Home.”")).toEqual([]);
    expect(names("They sang “Home,” “Jolene Carter,” and “Fire” on stage.")).toEqual([]);
    expect(names("They sang “Home” and “Jolene Carter” on stage.")).toEqual([]);
  });

  it("keeps a person's quoted name outside a list, and a quoted nickname", () => {
    expect(names("He wanted to work with “Nellie Wall” and her band.")).toContain("Nellie Wall (person)");
  });
});

describe("findNames and a given name after a kin noun", () => {
  it("makes a person of a lone given name after 'wife', 'son' and the like", () => {
    expect(names("Robert Mugabe, his wife Grace and two aides are held.")).toEqual([
      "Robert Mugabe (person)",
      "Grace (person)",
    ]);
    expect(names("It kept his family, including wife Grace, safe.")).toEqual(["Grace (person)"]);
  });

  it("not a word no reading knows as a given name, nor a given name after another noun", () => {
    expect(names("He met the mother Superior.")).toEqual([]);
    expect(names("She and her husband Maplewood left.")).not.toContain("Maplewood (person)");
  });
});

describe("findNames and a party's member or a player's position before a name", () => {
  it("cuts the capitalised party noun or position off a person's name", () => {
    expect(names("It came after Republican Phil Bryant won in a landslide.")).toEqual(["Phil Bryant (person)"]);
    expect(names("Defenseman Jonas Brodin had scored earlier.")).toEqual(["Jonas Brodin (person)"]);
    expect(names("Quarterback Tanner Morgan started.")).toEqual(["Tanner Morgan (person)"]);
  });

  it("keeps it when what is left is no person's name", () => {
    expect(names("The Republican National Committee said so.")).toEqual([
      "Republican National Committee (organisation)",
    ]);
    expect(names("He met Democrat Party leaders.")).toEqual(["Democrat Party (organisation)"]);
    expect(names("He visited Center Parcs Europe.")).not.toContain("Parcs Europe (place)");
    expect(names("He wrote Star Trek Beyond in 2016.")).not.toContain("Trek Beyond (person)");
  });
});

describe("findNames and an event's or a law's name", () => {
  it("makes no person, body or place of a name ending in an event's or a law's head", () => {
    expect(names("It was shown at the LA Auto Show this week.")).toEqual([]);
    expect(names("He won the inaugural Davis Cup Finals.")).toEqual([]);
    expect(names("Lights come on at Amsterdam Light Festival.")).toEqual([]);
    expect(names("He ran before the 2008 Beijing Olympics.")).toEqual([]);
  });

  it("keeps a body or a place whose name holds no such head at its end", () => {
    expect(names("The Cup Foundation said so.")).toEqual(["Cup Foundation (organisation)"]);
    expect(names("He flew to Amsterdam for the show.")).toEqual(["Amsterdam (place)"]);
  });
});

describe("findNames and a group's possessive opening a body's name", () => {
  it("keeps 'People’s' and 'Children's' inside the name they open", () => {
    expect(names("Meanwhile, the People’s Liberation Army took to the streets.")).toEqual([
      "People’s Liberation Army (organisation)",
    ]);
    expect(names("He went to Boston Children's Hospital on Monday.")).toEqual([
      "Boston Children's Hospital (organisation)",
    ]);
  });

  it("keeps a group's plural possessive before a body's head inside the name ('Magistrates’ Court')", () => {
    expect(names("She will appear at the Port Dalby Magistrates’ Court on Friday.")).toEqual([
      "Port Dalby Magistrates’ Court (organisation)",
    ]);
    expect(names("The Harlow Teachers' Union voted to strike.")).toEqual(["Harlow Teachers' Union (organisation)"]);
    // A party's members own the chamber's majority; they do not name it.
    expect(names("The Republicans’ Senate majority held.")).not.toContain("Republicans’ Senate (organisation)");
  });

  it("not before a lower-case word, nor another name's possessive", () => {
    expect(names("People’s lives matter, he said.")).toEqual([]);
    expect(names("Mexico’s Congress voted.")).toEqual(["Mexico (place)", "Congress (organisation)"]);
  });
});

describe("findNames and a social platform's name", () => {
  it("names a platform a company, also where it qualifies a noun", () => {
    expect(names("In a Tumblr post at the time she described it.")).toEqual(["Tumblr (organisation)"]);
    expect(names("In his initial Instagram announcement, he smiled.")).toEqual(["Instagram (organisation)"]);
    expect(names("He wrote on Truth Social that it was over.")).toEqual(["Truth Social (organisation)"]);
  });

  it("not a platform whose name is a letter or a common word, nor one opening the sentence", () => {
    expect(names("He posted on X that it was over.")).toEqual([]);
    expect(names("She said Threads was quiet.")).toEqual([]);
    expect(names("Instagram removed the post.")).toEqual([]);
    expect(names("She keeps a tumblr of old photos.")).toEqual([]);
  });
});

describe("findNames and a party's name with its head in lower case", () => {
  it("keeps 'party' after a creed's adjective", () => {
    expect(names("It was the mouthpiece of the Communist party, he said.")).toEqual(["Communist party (organisation)"]);
    expect(names("He joined the Conservative party in 1990.")).toEqual(["Conservative party (organisation)"]);
    expect(names("He left the Republican party last year.")).toEqual(["Republican party (organisation)"]);
  });

  it("not after a holiday, an event, a demonym or a lower-case word", () => {
    expect(names("He said the Christmas party was fun.")).toEqual([]);
    expect(names("It was a Super Bowl party, he said.")).toEqual([]);
    expect(names("She backed a Mexican party in the vote.")).toEqual([]);
    expect(names("He said the royal party arrived.")).toEqual([]);
  });
});

describe("findNames and a newspaper named '… Daily'", () => {
  it("ends a newspaper's name on 'Daily'", () => {
    expect(names("On Monday, the People’s Daily warned.")).toEqual(["People’s Daily (organisation)"]);
    expect(names("He reads China Daily every day.")).toEqual(["China Daily (organisation)"]);
  });

  it("not the lower-case adverb, nor a lone 'Daily' opening a sentence", () => {
    expect(names("He said the paper is printed daily in Beijing.")).toEqual(["Beijing (place)"]);
    expect(names("Daily briefings resumed.")).toEqual([]);
  });
});

describe("findNames and an honorific before a lone surname", () => {
  it("reads one capitalised word after Mr, Mrs or Ms as a person's surname", () => {
    expect(names("Mr. Okonkwo said the plan failed.")).toEqual(["Okonkwo (person)"]);
    expect(names("But Mr Mugabe refused to step down.")).toEqual(["Mugabe (person)"]);
    expect(names("He said Mrs. Adeyemi had left.")).toEqual(["Adeyemi (person)"]);
  });

  it("not after Dr or Miss, nor an ordinary word after the honorific", () => {
    expect(names("He said Dr Pepper sales rose.")).toEqual([]);
    expect(names("She was crowned Miss Universe.")).toEqual([]);
    expect(names("He said Mr. Big was a hit.")).toEqual([]);
    expect(names("He greeted Mr. President warmly.")).toEqual([]);
    expect(names("She starred in The Marvelous Mrs. Maisel on Amazon.")).toEqual([]);
    expect(names("But “Mrs Maisel” actress Alex Borstein disagreed.")).toEqual(["Alex Borstein (person)"]);
  });
});

describe("findNames and a league's divisions", () => {
  it("reads no body from a division named by its side of the map, and keeps the conference before it", () => {
    expect(names("The Hawks sit at the foot of the Central Division.")).toEqual([]);
    expect(names("It ended their hopes in the Big East Conference North Division this year.")).toEqual([
      "Big East Conference (organisation)",
    ]);
    // the name after the division is read on its own, not glued to it by "on"
    expect(names("Ohio keeps a two-point edge in the North Division on Michigan.")).toEqual([
      "Ohio (place)",
      "Michigan (place)",
    ]);
  });

  it("keeps a division that is a department's, not a side's", () => {
    expect(names("The Justice Department's Criminal Division declined to comment.")).toContain(
      "Criminal Division (organisation)",
    );
  });
});

describe("findNames and a surname of a party", () => {
  it("reads one surname before 'of the … party' as the person and the party as a body", () => {
    expect(names("They met Smith of the Green party on Friday.")).toEqual([
      "Smith (person)",
      "Green party (organisation)",
    ]);
    expect(names("She debated Ann Corbett of the Labour party.")).toEqual([
      "Ann Corbett (person)",
      "Labour party (organisation)",
    ]);
  });

  it("keeps no place a person is from, and no demonym's party", () => {
    expect(names("They met Smith of Boston on Friday.")).toEqual(["Smith (person)"]);
    expect(names("They met Jones of the Mexican party.")).toEqual(["Jones (person)"]);
  });
});

describe("findNames and a venue", () => {
  it("reads no body from a two-word centre after a bare 'in' or 'at' or a place's possessive", () => {
    expect(names("The hosts won 3-2 before 12,000 fans in Harborview Center.")).toEqual([]);
    expect(names("They spoke in the hall of Chicago's Lakeshore Center on Friday.")).toEqual(["Chicago (place)"]);
  });

  it("keeps a centre that is a body: after 'the', a longer name, or a body's possessive", () => {
    expect(names("He works at the Carter Center now.")).toEqual(["Carter Center (organisation)"]);
    expect(names("She is a fellow at Harvard's Belfer Center.")).toContain("Belfer Center (organisation)");
  });

  it("reads no body from a three-word centre that says what the hall is for, after 'in' or 'at'", () => {
    expect(names("The band plays at Lakeview Music Center on May 3.")).toEqual([]);
    expect(names("Carvers gather at Tawhiri Cultural Centre every week.")).toEqual([]);
  });

  it("keeps a three-word centre that names a field of work, or that takes 'the'", () => {
    expect(names("She is an engineer at Marlow Space Center.")).toEqual(["Marlow Space Center (organisation)"]);
    expect(names("They met at the Lakeview Music Center.")).toEqual(["Lakeview Music Center (organisation)"]);
  });
});

describe("findNames and a body named for a place", () => {
  it("reads a body's word, 'of' and a place as the body", () => {
    expect(names("She works for Bank of America.")).toEqual(["Bank of America (organisation)"]);
    expect(names("The Museum of London reopened.")).toEqual(["Museum of London (organisation)"]);
  });

  it("leaves a place named with 'of' a place", () => {
    expect(names("The ship sailed into the Gulf of Mexico.")).not.toContainEqual(
      expect.stringContaining("(organisation)"),
    );
  });
});

describe("findNames and 'and' inside a body's name", () => {
  it("joins the fields a body is for or of", () => {
    expect(names("She is a fellow at the Marlow Center for Health and Human Rights.")).toEqual([
      "Marlow Center for Health and Human Rights (organisation)",
    ]);
    expect(names("The Department of Energy and Climate Change said so.")).toEqual([
      "Department of Energy and Climate Change (organisation)",
    ]);
  });

  it("joins one common word after 'and' to a body that is no government office", () => {
    expect(names("Engineers at the Marlow Institute of Standards and Technology built it.")).toEqual([
      "Marlow Institute of Standards and Technology (organisation)",
    ]);
    expect(names("She toured the Harbor Museum of River History and Culture on Sunday.")).toEqual([
      "Harbor Museum of River History and Culture (organisation)",
    ]);
    // A department or a ministry is named beside a company; a government's field names another department.
    expect(names("The Department of Justice and Apple settled.")).toEqual(["Department of Justice (organisation)"]);
    expect(names("The Institute of Commerce and Treasury met.")).not.toContainEqual(
      expect.stringContaining("and Treasury"),
    );
  });

  it("keeps a second body, a company or a place after 'and' a name of its own", () => {
    expect(names("The Department of Justice and Goldman Sachs settled.")).toEqual([
      "Department of Justice (organisation)",
      "Goldman Sachs (organisation)",
    ]);
    expect(names("The Bank of England and Bank of Japan acted.")).toEqual([
      "Bank of England (organisation)",
      "Bank of Japan (organisation)",
    ]);
    expect(names("The Ministry of Defence and Russia agreed.")).toEqual([
      "Ministry of Defence (organisation)",
      "Russia (place)",
    ]);
  });
});

describe("findNames and 'and' between the fields before a body's head", () => {
  it("joins the fields that open one body's name", () => {
    expect(names("The firm faces a probe by the Securities and Exchange Commission.")).toEqual([
      "Securities and Exchange Commission (organisation)",
    ]);
    expect(names("Regulators at the U.S. Food and Drug Administration agreed.")).toEqual([
      "U.S. Food and Drug Administration (organisation)",
    ]);
    expect(names("She sits on the Ways and Means Committee.")).toEqual(["Ways and Means Committee (organisation)"]);
  });

  it("keeps two bodies, a list and a qualified name apart", () => {
    expect(names("The Army and Air Force agreed.")).toEqual(["Army (organisation)", "Air Force (organisation)"]);
    expect(names("Officials from the Treasury and Justice Department met.")).toEqual([
      "Justice Department (organisation)",
    ]);
    expect(names("Fans of the Democrats and Republican Party met.")).toContainEqual("Republican Party (organisation)");
    expect(names("She thanked Harlow, Braun and Carlyle Group on Monday.")).not.toContainEqual(
      expect.stringContaining(" and Carlyle"),
    );
    expect(names("Deals between Microsoft and Harvard University grew.")).toEqual([
      "Microsoft (organisation)",
      "Harvard University (organisation)",
    ]);
  });
});

describe("findNames and a comma list inside a body's name", () => {
  it("joins the listed fields a body is of, for or on", () => {
    expect(names("An analyst at the Harrow Council on Soil, Forests and Water said so.")).toEqual([
      "Harrow Council on Soil, Forests and Water (organisation)",
    ]);
    expect(names("The Department of Health, Education, and Welfare was split.")).toEqual([
      "Department of Health, Education, and Welfare (organisation)",
    ]);
  });

  it("keeps a body, a place or a company in the list a name of its own", () => {
    expect(names("The Department of Energy, Apple and Google signed.")).toEqual([
      "Department of Energy (organisation)",
      "Apple (organisation)",
      "Google (organisation)",
    ]);
    expect(names("The Ministry of Energy, Peru and Chile met.")).toContainEqual("Ministry of Energy (organisation)");
    expect(names("The Department of Justice, Treasury and Commerce met.")).toContainEqual(
      "Department of Justice (organisation)",
    );
    // No capitalised field after "and": no list, the body's name ends at its first field.
    expect(names("The Council on Energy, Justice, and a panel met.")).toEqual(["Council on Energy (organisation)"]);
  });

  it("needs a body's head and its 'of', 'for' or 'on' before the list", () => {
    expect(names("Beth Ray, Tom Ash and Jim Bell spoke.")).toEqual([
      "Beth Ray (person)",
      "Tom Ash (person)",
      "Jim Bell (person)",
    ]);
  });
});

describe("findNames and an outlet's name", () => {
  it("reads a place's name and an outlet word as the outlet", () => {
    expect(names("He told the Toronto Star.")).toEqual(["Toronto Star (organisation)"]);
    expect(names("He told the Philadelphia Inquirer.")).toEqual(["Philadelphia Inquirer (organisation)"]);
    expect(names("The Kansas City Star says so.")).toEqual(["Kansas City Star (organisation)"]);
  });

  it("leaves a person whose surname is an outlet word a person", () => {
    expect(names("Mary Sun said so.")).toEqual(["Mary Sun (person)"]);
  });
});

describe("findNames and a title word inside a body's name", () => {
  it("keeps a title word before a body's head as part of the body's name", () => {
    expect(names("The league's General Council met on Monday.")).toEqual(["General Council (organisation)"]);
    expect(names("The party's Executive Committee voted.")).toEqual(["Executive Committee (organisation)"]);
    expect(names("Cars were sold to General Motors that year.")).toEqual(["General Motors (organisation)"]);
  });

  it("still cuts a title before a person's name", () => {
    expect(names("Attorney General Dana Orrin said so.")).toEqual(["Dana Orrin (person)"]);
    expect(names("Secretary General Piet Halvorsen spoke.")).toEqual(["Piet Halvorsen (person)"]);
  });
});

describe("findNames and a body's name before a count of time", () => {
  it("reads a number of months after a name as a span of time, not a model number", () => {
    expect(names("He told the General Assembly 18 months ago that he would go.")).toEqual([
      "General Assembly (organisation)",
    ]);
  });
});

describe("findNames and more heads of bodies", () => {
  it("reads an institution and a conservancy as bodies", () => {
    expect(names("She is president of the Harlow Institution.")).toEqual(["Harlow Institution (organisation)"]);
    expect(names("He works for Open Water Conservancy now.")).toEqual(["Open Water Conservancy (organisation)"]);
  });
});

describe("termInitialisms and a shortened lower-case definition", () => {
  it("reads an initialism that leaves a word of its lower-case definition out as a term", () => {
    expect([...termInitialisms("The board kept the fee on idle cash deposits (FICD) at 2%.")]).toEqual(["ficd"]);
  });

  it("does not read a bracketed initialism whose letters the words before do not give", () => {
    expect([...termInitialisms("The rules were written by a panel of local judges (QRX) in May.")]).toEqual([]);
  });
});

describe("findNames and a lone body's name by its context", () => {
  const kinds = (text: string) => findNames(text).map((n) => `${n.text} (${n.kind})`);

  it("reads a body after a role only a company gives and 'of'", () => {
    expect(kinds("He quit his job as CEO of Zentrix last spring.")).toContain("Zentrix (organisation)");
    expect(kinds("She met the co-founder of Brivo at a dinner.")).toContain("Brivo (organisation)");
  });

  it("reads a body where a student is at it", () => {
    expect(kinds("He was a graduate student at Quellon when he wrote it.")).toContain("Quellon (organisation)");
  });

  it("reads the rest of a list of bodies whose first name it did not read", () => {
    expect(kinds("Web firms such as eZapp, Zentrix, and Brivo added servers.")).toEqual(
      expect.arrayContaining(["Zentrix (organisation)", "Brivo (organisation)"]),
    );
  });

  it("does not make a country a body after a president's 'of'", () => {
    expect(kinds("He met the president of Brazil on Monday.")).toContain("Brazil (place)");
  });
});

describe("findNames and 'OK' after a name", () => {
  it("ends the name before the word", () => {
    expect(findNames("She thought Dana Ruiz OK for the job.").map((n) => n.text)).toEqual(["Dana Ruiz"]);
  });
});

describe("findNames and a university's campus", () => {
  it("reads a system's name, a comma and the campus's town as the campus", () => {
    expect(names("Researchers at the University of Oregon, Elm Falls, built a chair.")).toEqual([
      "University of Oregon, Elm Falls (organisation)",
    ]);
    expect(names("She teaches at the University of Oregon, Elm Falls.")).toEqual([
      "University of Oregon, Elm Falls (organisation)",
    ]);
  });

  it("reads a system's name, 'at' and the campus's town as the campus, not a person", () => {
    expect(names("Chemists at the University of Oregon at Elm Falls built a chair.")).toEqual([
      "University of Oregon at Elm Falls (organisation)",
    ]);
    expect(names("A study by the University of Oregon at Dallas found so.")).toEqual([
      "University of Oregon at Dallas (organisation)",
    ]);
    // Another body after "at" is no campus.
    expect(names("He left the University of Oregon at Rice Institute's invitation.")).toContainEqual(
      "University of Oregon (organisation)",
    );
  });

  it("leaves a list, a clause and a sentence's next name apart", () => {
    expect(names("Teams from the University of Oregon, Elm Falls, and Rice Institute met.")).toContainEqual(
      "University of Oregon (organisation)",
    );
    expect(names("She left the University of Oregon, where she taught.")).toEqual([
      "University of Oregon (organisation)",
    ]);
    expect(names("At the University of Oregon, Dana Pereira said no.")).toContainEqual(
      "University of Oregon (organisation)",
    );
  });
});

describe("findNames and a lodging house's name", () => {
  it("reads a name ending on a lodging head as a business, two heads joined by 'and' as one", () => {
    expect(
      names("Current properties include Palm Cove Resort and Spa in Phoenix and Tidewater Casino in Reno."),
    ).toEqual(expect.arrayContaining(["Palm Cove Resort and Spa (organisation)", "Tidewater Casino (organisation)"]));
    expect(names("She stayed at the Quillmark Hotel last week.")).toEqual(["Quillmark Hotel (organisation)"]);
  });

  it("joins no lower-case heads and no capitalised words after the second head", () => {
    expect(names("The hotel and spa industry grew.")).toEqual([]);
    expect(names("They met at Palm Cove Resort and Spa Director Jane Roe's office.")).not.toContainEqual(
      "Palm Cove Resort and Spa (organisation)",
    );
  });
});
