import { describe, expect, it } from "vitest";
import {
  copyrightHolderName,
  creditLineOutlet,
  holderPublication,
  datelineCredit,
  datelineOutlet,
  fullestSpelling,
  isCompanyName,
  isSyndicatedPublisher,
  knownOutlet,
  outletName,
  outletOfUrl,
  placelessDatelineOutlet,
  printedSpelling,
  roleCreditOutlet,
  selfNamedPublication,
  splitBylineOutlet,
  syndicationOutlet,
} from "./outlets.ts";

describe("outlets", () => {
  it.each([
    ["MEXICO CITY (Reuters) - Mexico sent 26 prisoners", "Reuters"],
    ["MEXICO CITY (AP) — Mexico and the United States agreed", "The Associated Press"],
    ["Aug. 12 (UPI) -- Mexico has transferred 26 people", "UPI"],
    ["CIUDAD DE MÉXICO, 12 ago (Reuters) -", "Reuters"],
  ])("reads the agency a dateline credits: %s", (text, outlet) => expect(datelineOutlet(text)).toBe(outlet));
  it.each([
    ["— Reuters", "Reuters"],
    ["(AFP)", "AFP"],
    ["-- AP", "The Associated Press"],
    ["Source: AFP", "AFP"],
    ["Fuente: EFE", "EFE"],
  ])("reads the outlet a wire credit line names: %s", (text, outlet) => expect(creditLineOutlet(text)).toBe(outlet));
  it("takes no credit line from a quotation's signature or an unknown name", () => {
    expect(creditLineOutlet("— Mark Twain")).toBeUndefined();
    expect(creditLineOutlet("(pictured)")).toBeUndefined();
    expect(creditLineOutlet("Source: Bureau of Land Management")).toBeUndefined();
  });
  it("reads a known outlet a lede opens on in brackets with no place before it", () => {
    expect(placelessDatelineOutlet("(CNN) — Jane Roe said on Tuesday the ferry would run.")).toBe("CNN");
    expect(placelessDatelineOutlet("(AP) -- The ferry will run on Tuesday.")).toBe("The Associated Press");
    expect(placelessDatelineOutlet("(Updated) — The ferry will run on Tuesday.")).toBeUndefined();
    expect(placelessDatelineOutlet("Officials (CNN) — said the ferry would run.")).toBeUndefined();
  });
  it("never takes an outlet the article reports from as the publisher", () => {
    expect(datelineOutlet("The strike killed four men, reports NBC News (NBC) - officials said")).toBeUndefined();
    expect(datelineOutlet("Officials said (in a statement) - that the plan")).toBeUndefined();
  });
  it("knows outlets by name, alias and domain only", () => {
    expect(knownOutlet("CNN")).toBe("CNN");
    expect(knownOutlet("associated press")).toBe("The Associated Press");
    expect(knownOutlet("World News")).toBeUndefined();
    // An alias, in any case and spacing, is its outlet's name.
    expect(knownOutlet("  VICE   news ")).toBe("Vice");
    expect(knownOutlet("Excelsior")).toBe("Excélsior");
    expect(knownOutlet("deutsche presse-agentur")).toBe("DPA");
    expect(outletOfUrl("https://www.nytimes.com/2025/12/04/us/x.html")).toBe("The New York Times");
    expect(outletOfUrl("https://mirror.example.net/x")).toBeUndefined();
  });
  it("writes an outlet as the site does, and never a domain as a name", () => {
    expect(outletName("the Guardian")).toBe("The Guardian");
    expect(outletName("http://www.nytimes.com")).toBe("The New York Times");
    expect(outletName("mirror.example.net")).toBeUndefined();
    expect(outletName("The Example Ledger")).toBe("The Example Ledger");
    // A site that brands itself by its domain writes it with capitals.
    expect(outletName("Express.co.uk")).toBe("Express.co.uk");
    expect(outletName("CNN.com")).toBe("CNN");
  });
  it("keeps a declared name as given: a brand in small letters, a known name in the page's own case", () => {
    // Found in text, a domain in small letters is an address; declared as the site's name, a brand.
    expect(outletName("harborlive.com")).toBeUndefined();
    expect(outletName("harborlive.com", { declared: true })).toBe("harborlive.com");
    expect(outletName("USA TODAY")).toBe("USA Today");
    expect(outletName("USA TODAY", { declared: true })).toBe("USA TODAY");
    expect(outletName("Washington Post", { declared: true })).toBe("The Washington Post");
    expect(outletName("cnn.com", { declared: true })).toBe("CNN");
  });
  it("takes a trailing outlet credit off a byline, and refuses a date as a byline", () => {
    expect(splitBylineOutlet("Ana Ruiz and Tom Field, CNN")).toEqual({
      byline: "Ana Ruiz and Tom Field",
      outlet: "CNN",
    });
    expect(splitBylineOutlet("Ana Ruiz, Tom Field")).toEqual({ byline: "Ana Ruiz, Tom Field" });
    // A known outlet's desk after the comma is the outlet's credit; a role or another outlet is not.
    expect(splitBylineOutlet("Tom Field, CNN Business")).toEqual({ byline: "Tom Field", outlet: "CNN" });
    expect(splitBylineOutlet("Tom Field, Senior Writer")).toEqual({ byline: "Tom Field, Senior Writer" });
    expect(splitBylineOutlet("Tom Field, CNN Business and Markets Desk")).toEqual({
      byline: "Tom Field, CNN Business and Markets Desk",
    });
    expect(splitBylineOutlet("April 28, 2019 at 6:01 am")).toEqual({});
  });
  it("reads an agency set under the name on a line of its own, and no CMS account as a byline", () => {
    expect(splitBylineOutlet("Tom Field\n      \n      Associated Press")).toEqual({
      byline: "Tom Field",
      outlet: "The Associated Press",
    });
    expect(splitBylineOutlet("admin")).toEqual({});
    expect(splitBylineOutlet("jdadmin")).toEqual({});
    expect(splitBylineOutlet("Regan")).toEqual({ byline: "Regan" });
    expect(splitBylineOutlet("bellecarter")).toEqual({ byline: "bellecarter" });
  });
  it("drops a credit's trailing comma", () => {
    expect(splitBylineOutlet("Ana Ruiz,")).toEqual({ byline: "Ana Ruiz" });
  });
});

describe("syndicationOutlet", () => {
  it.each([
    ["This article originally appeared on The Coastal Tribune: Co-ops sue over export ban", "The Coastal Tribune"],
    ["This story was first published by Desert Weekly.", "Desert Weekly"],
    ["This story was originally published by The Border Ledger on March 4, 2025, 5:40 PM.", "The Border Ledger"],
    // A print note names the publication whose issue carries the story.
    ["*This article appears in the September 5, 2016 issue of Harbor Monthly.", "Harbor Monthly"],
    ["*\\*This article appears in the September 5, 2016 issue of* Harbor *Monthly*.", "Harbor Monthly"],
    ["A version of this story appeared in the March issue of The Valley Review.", "The Valley Review"],
    // A sentence of the article about where something appeared names no publisher of this copy.
    ["The video first appeared on social media on Monday, police said.", undefined],
    ["The photo appeared in the latest issue of the newsletter.", undefined],
    ["The essay originally ran in a student magazine.", undefined],
  ])("%j: %s", (text, outlet) => {
    expect(syndicationOutlet(text)).toBe(outlet);
  });
});

describe("isSyndicatedPublisher", () => {
  it("reads a wire agency declared on a host site that names itself as the story's agency", () => {
    expect(isSyndicatedPublisher("Associated Press", "Harbour Post", "https://www.harbourpost.com/news/a.php")).toBe(
      true,
    );
  });

  it.each([
    // The agency's own site publishes its own story.
    ["Reuters", "Reuters", "https://www.reuters.com/article/x"],
    ["The Associated Press", "AP News", "https://apnews.com/x"],
    // A publisher no list knows is the page's own (a parent company, the site itself).
    ["Harbour Media Group", "Harbour Post", "https://www.harbourpost.com/x"],
    // No address or no other name: nothing says the page is elsewhere.
    ["Associated Press", "Harbour Post", undefined],
    ["Associated Press", undefined, "https://www.harbourpost.com/x"],
  ] as const)("keeps %j as publisher (site %j, %j)", (publisher, site, url) => {
    expect(isSyndicatedPublisher(publisher, site, url)).toBe(false);
  });
});

describe("copyright notices", () => {
  it.each([
    ["Copyright © 2022, Chicago Tribune", "Chicago Tribune"],
    ["Copyright © 2022, Los Angeles Times | Terms of Service | Privacy Policy", "Los Angeles Times"],
    ["© 2025 The Daily Ledger. All rights reserved.", "The Daily Ledger"],
    ["© 2022 quillfeed.com", undefined],
    ["Copyright © 2000-2022 Quillfeed.com, LLC.", "Quillfeed.com"],
    // A limited partnership is a company: it owns the page, and names no publication unless known as one.
    ["©2015 Quill Portal L.P. All Rights Reserved", undefined],
    // A page script's clock where the range's last year belongs.
    ["© 1996-Thu Dec 15 06:14:35 EST 2016 Harbour Geographic Society.", "Harbour Geographic Society"],
  ])("reads the publication in %j", (text, outlet) => {
    const holder = copyrightHolderName(text);
    expect(holder === undefined ? undefined : holderPublication(holder)).toBe(outlet);
  });

  it("takes no group that publishes many titles for the outlet", () => {
    expect(holderPublication("Condé Nast")).toBeUndefined();
    expect(holderPublication("NBC UNIVERSAL")).toBeUndefined();
  });
});

describe("selfNamedPublication", () => {
  it.each([
    ["The Verge homepage", "The Verge"],
    ["Emma Stone is a staff writer at WIRED, covering science.", "WIRED"],
    ["Jane Doe covers education for the Los Angeles Times. She has won awards.", "Los Angeles Times"],
    ["Valentina reviews consumer electronics for Ars Technica, testing gadgets.", "Ars Technica"],
    ["The best of The New Yorker, every day, in your in-box.", "The New Yorker"],
    ["Keep me up to date on all that D Magazine has to offer.", "D Magazine"],
    ["About CBC News", "CBC News"],
    ["About Quillfeed.com", "Quillfeed.com"],
    ["Advertise on Quillfeed", "Quillfeed"],
    ["Advertise with The Harbor Ledger", "The Harbor Ledger"],
    ["How Do I Whitelist Observer?", "Observer"],
    ["PEOPLE is part of the Dotdash Meredith publishing family. We've updated our Privacy Policy.", "PEOPLE"],
    ["The Harbor Post is part of the Quayside family of brands.", "The Harbor Post"],
    ["Laura Roe is Opinion Editor of the Harbor Ledger.", "The Harbor Ledger"],
  ])("reads the page's own name in %j", (text, outlet) => {
    expect(selfNamedPublication(text)).toBe(outlet);
  });

  it.each([
    "The president is a reporter's dream, she said.",
    "Smith said the best of the team left, all that he has to offer.",
    "Go to homepage",
    "The council covers the costs for residents.",
    "About Us",
    "About the author",
    "About Jane Doe",
    "Advertise with us",
    "About 40 people attended the meeting.",
    "The river is part of the Harbor family of brands.",
    "Quillgram is part of the social network family.",
    "Laura Roe is Opinion Editor of Harbor County's school board.",
    // A contributor's note listing posts at several publications names where else they write.
    "Jane Doe is a contributing editor at Harbour Magazine, senior writer at Sports Desk, and the founder of Tidewater.",
    "Jane Doe is a staff writer at WIRED and the host of the Harbour Wire podcast.",
  ])("reads no publication in %j", (text) => {
    expect(selfNamedPublication(text)).toBeUndefined();
  });
});

describe("printedSpelling", () => {
  it("gives a domain's bare name when the page prints it so more often", () => {
    const texts = ["Advertise on Quillfeed", "Quillfeed attracts a broad audience.", "About Quillfeed.com"];
    expect(printedSpelling("Quillfeed.com", texts)).toBe("Quillfeed");
  });

  it("gives the name with the spaces the page prints", () => {
    const texts = ['"The Harbor Ledger" is a trademark of TheHarborLedger.com, Inc.', "Jane Doe, The Harbor Ledger"];
    expect(printedSpelling("TheHarborLedger.com", texts)).toBe("The Harbor Ledger");
  });

  it("keeps the domain when the page names itself no other way", () => {
    expect(printedSpelling("quillfeed.com", ["© 2022 quillfeed.com", "Visit quillfeed.com/news"])).toBe(
      "quillfeed.com",
    );
  });

  it("reads a hyphenated domain", () => {
    expect(printedSpelling("Harbor-Ledger.com", ["Harbor-Ledger staff", "Harbor-Ledger reports"])).toBe(
      "Harbor-Ledger",
    );
  });

  it("leaves a name that is no domain alone", () => {
    expect(printedSpelling("The Harbor Ledger", ["Harbor Ledger"])).toBe("The Harbor Ledger");
  });
});

describe("roleCreditOutlet", () => {
  it.each([
    ["Senior Politics Editor, The Huffington Post", "The Huffington Post"],
    ["Staff Writer, Los Angeles Times", "Los Angeles Times"],
    ["Reporter, Reuters", "Reuters"],
    ["Staff writer, the Harbour Gazette", "The Harbour Gazette"],
    // A wire's own role opens with the wire.
    ["AP Auto Writer", "The Associated Press"],
    ["Associated Press Writer", "The Associated Press"],
    ["Reuters Correspondent", "Reuters"],
  ])("reads the publication after the role in %j", (role, outlet) => {
    expect(roleCreditOutlet(role)).toBe(outlet);
  });

  it.each([
    "Senior Correspondent, The Hague",
    "Reporter, Mexico City",
    "Staff Writer",
    "Fan of the Harbour Post",
    "Senior Editor, Politics, The Harbour Post",
    "Washington Correspondent",
    "Harbour Post Senior Writer",
    "AP",
  ])("reads none in %j", (role) => {
    expect(roleCreditOutlet(role)).toBeUndefined();
  });
});

describe("fullestSpelling", () => {
  it("gives the whole name that begins with the short one", () => {
    expect(fullestSpelling("Ars", ["Ars", "Ars Technica"])).toBe("Ars Technica");
  });

  it.each([
    ["Ars", ["Arsenal News"]],
    ["Quill", ["The Quill"]],
  ])("keeps %j among %j", (name, names) => {
    expect(fullestSpelling(name, names)).toBe(name);
  });
});

describe("datelineCredit", () => {
  it("keeps a known agency's dateline whatever the copyright", () => {
    expect(datelineCredit("Reuters", "Harbour Portal Inc")).toBe("Reuters");
  });

  it("keeps an unknown credit when no copyright names another holder", () => {
    expect(datelineCredit("KHBR", undefined)).toBe("KHBR");
    expect(datelineCredit("Harbour Wire", "Harbour Wire Media LLC")).toBe("Harbour Wire");
  });

  it("drops a station's credit on a page whose copyright another holder signs", () => {
    expect(datelineCredit("KHBR", "Quill Portal Inc")).toBeUndefined();
  });
});

describe("isCompanyName", () => {
  it("reads a group's name as a company's, also before the country its national arm names", () => {
    expect(isCompanyName("Harbour Publishing Group")).toBe(true);
    expect(isCompanyName("Harbour Publishing Group UK")).toBe(true);
    expect(isCompanyName("Harbour Weekly")).toBe(false);
    expect(isCompanyName("Harbour Weekly UK")).toBe(false);
  });
});
