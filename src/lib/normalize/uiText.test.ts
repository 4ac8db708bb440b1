import { describe, expect, it } from "vitest";
import { uiTextReason } from "./uiText.ts";

describe("uiTextReason: copyright notices", () => {
  it.each([
    "© 2025 The Daily Ledger. All rights reserved.",
    "Copyright 2025 The Associated Press",
    "(Copyright 2025 Harbour Wire)",
    "[© Provided by Harbour Wire]",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it.each([
    "Copyright (C) EnterMedia.co.kr. All right reserved.",
    "Tutti i diritti riservati.",
    "Todos os direitos reservados.",
    "© Harbour Wire. Все права защищены.",
    "Любое воспроизведение материалов сайта без разрешения редакции воспрещается.",
    "엔터미디어의 모든 기사(콘텐츠)는 저작권법의 보호를 받으며, 무단 전재 복사 배포 등을 금지합니다",
    "Hak cipta dilindungi undang-undang.",
  ])("reads the rights notice %j as a notice, in any language", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it("reads a long footer that opens with its year of copyright as a notice", () => {
    const footer =
      "© 2019 Harbour Media. All rights reserved. Use of this site constitutes acceptance of our User Agreement (updated 5/25/18) and Privacy Policy and Cookie Statement (updated 5/25/18) and Your California Privacy Rights. Harbour Wire may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers. The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.";
    expect(uiTextReason(footer)).toBe("notice");
  });

  it.each([
    "The court ruled on the copyright claim on Monday.",
    "Copyright law in 2019 was rewritten after a long fight in parliament, and the publishers who had lobbied for it said the new rules would protect reporters, photographers and the small outlets that paid them, while critics said the changes would mostly help the largest firms and would do little for readers.",
    "The label said it had reserved all rights to the recordings, the lawyer told the court.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a call to comment", () => {
  it.each([
    "Tell us what YOU think...",
    "Did the council get it right? Let us know in the comments.",
    "Are you surprised the pier is closing? Tell us below.",
    "Sound off below!",
  ])("reads %j as a promo", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Did the council get it right?",
    "Tell us what you think about the pier, the mayor said, and we will listen.",
    "Residents let us know in the comments that they opposed the plan, the council said.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: reading time in other languages", () => {
  it.each([
    "Tempo de leitura: 1 minuto",
    "Tempo de leitura: 2 minutos",
    "Tempo di lettura: 3 minuti",
    "Время чтения: 5 минут",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it("keeps a sentence about time spent reading", () => {
    expect(uiTextReason("Tempo de leitura caiu 20 minutos por dia entre os jovens.")).toBeUndefined();
  });
});

describe("uiTextReason: a widget's unfilled placeholder", () => {
  it.each(["%d bloggers like this:", "%d blogger menyukai ini:", "Connecting to %s"])(
    "reads %j as a control",
    (line) => {
      expect(uiTextReason(line)).toBe("navigation");
    },
  );

  it.each(["Use %d to print an integer.", "The rate rose 5% during the year", "Prices fell 3 % s"])(
    "keeps %j",
    (line) => {
      expect(uiTextReason(line)).toBeUndefined();
    },
  );
});

describe("uiTextReason: advertisement labels in other languages", () => {
  it.each(["Iklan", "Реклама", "광고", "広告"])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });
});

describe("uiTextReason: a sign-up form's prompts and confirmation", () => {
  it.each([
    "Stay up to date with Harbour Wire.",
    "Stay informed",
    "You have successfully subscribed. Thank you!",
    "You're now signed up.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Stay up to date with the latest wildfire maps as crews work through the night to contain the blaze.",
    "You have subscribed to a service that the regulator says broke the law, the lawyer told the court.",
    "Residents were told to stay informed through the county's radio station.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a wiki's tagline under an entry's title", () => {
  it.each(["From Harbourpedia, the free encyclopedia", "From Tidewiki, the sailing wiki"])(
    "reads %j as navigation",
    (line) => {
      expect(uiTextReason(line)).toBe("navigation");
    },
  );

  it.each(["From Lisbon, the first encyclopedia was carried to Goa in 1560.", "From Paris, the view of the city"])(
    "keeps %j",
    (line) => {
      expect(uiTextReason(line)).toBeUndefined();
    },
  );
});

describe("uiTextReason: a call to the site's other coverage", () => {
  it.each(["Get more news on Harbour Wire", "Get more newson", "Get the latest stories on"])(
    "reads %j as a promotion",
    (line) => {
      expect(uiTextReason(line)).toBe("promo");
    },
  );

  it.each(["Get more news from the council meeting, the mayor said.", "Get more sleep, doctors advise"])(
    "keeps %j",
    (line) => {
      expect(uiTextReason(line)).toBeUndefined();
    },
  );
});

describe("uiTextReason: a sign-up form's fine print", () => {
  it.each([
    "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.",
    "No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.",
    "Enter your email address to subscribe to Harbour Wire and receive notifications of new posts by email.",
    "Get this delivered to your inbox, and more info about our products and services. Privacy Policy.",
    "I agree that Harbour Wire can send me the Morning Brief newsletter.",
    "You will also receive a complimentary subscription to our Morning Brief newsletter. You may unsubscribe at any time.",
    "A confirmation message has been sent to your email address. Please confirm your subscription by opening the link in it.",
    "Please verify your email address to finish setting up your subscription.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "The council said residents who signed up for the newsletter would be told of road closures.",
    "Regulators said the company kept sending email to users who tried to unsubscribe. You can read the ruling online.",
    "If you cancel your subscription before the renewal date, you should get a refund from the bank.",
    "You can unsubscribe from the retailer's marketing emails at any time by writing to its head office, the regulator said.",
    "The bank said a new card has been sent to your address if your subscription to its alerts service lapsed.",
    "A ballot has been sent to every household on the newsletter's list, and voting closes on Friday.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: share boxes, loading widgets and comment boxes", () => {
  it.each([
    ["Sharing is caring!", "navigation"],
    ["All sharing options for:", "navigation"],
    ["Share All sharing options", "navigation"],
    ["Share All sharing options for: The harbour ferry fare rises again, and riders are tired of it", "navigation"],
    ["Social Sharing", "navigation"],
    ["Services to share this page.", "navigation"],
    ["Copy Link URLCopied!", "navigation"],
    ["Copy this link https://example.com/news/story-1", "navigation"],
    ["Like this story? Share it with a friend!", "navigation"],
    ["Loading...", "notice"],
    ["Loading comments…", "notice"],
    ["0 replies", "navigation"],
    ["Want to join the discussion?", "navigation"],
    ["Post limit reached. Please try again in a minute.", "navigation"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "Sharing is caring, the charity's director said of the food bank's new rules.",
    "Loading the trucks took most of the night.",
    "Copy this link into a browser, the notice told staff, and nothing else happened.",
    "Like this story, the last one ended in court.",
    "Social sharing of the photos drew complaints from parents, the principal said.",
    "Sharing options for the new ferry pass were discussed. The council voted no.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a footer's policy links and notices", () => {
  it.each([
    ["Terms of Service", "navigation"],
    ["Privacy Notice", "navigation"],
    ["Contact Us", "navigation"],
    ["The contents of this site are ©2019 Harbour Wire Publishing, a subsidiary of Harbour Holdings.", "notice"],
    ["Regulated Copyright ©2019 Harbour Newspapers.", "notice"],
    ["Quotes delayed at least 15 minutes. Market data provided by a vendor.", "notice"],
    ["All quotes delayed a minimum of 15 minutes.", "notice"],
    ["This site is protected by reCAPTCHA Privacy Policy | Terms of Service", "notice"],
    [
      "Disclaimer: The views and investment tips expressed by market experts on HarbourWire.com are their own and not those of the website or its management.",
      "notice",
    ],
    ["Opinions expressed in this column do not necessarily reflect those of the publisher.", "notice"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "The terms of service changed in March, the company said.",
    "Regulators said the quotes delayed by the outage were honoured on Monday.",
    "Privacy is the main worry of the parents who spoke to the council.",
    "The views in the report do not necessarily reflect those of the government, the ministry said.",
    "Her views on trade are her own, and she has kept them since the 1990s.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a share counter", () => {
  it("reads the counter as a notice and keeps a sentence about sharing", () => {
    expect(uiTextReason("This story has been shared 44,976 times.")).toBe("notice");
    expect(uiTextReason("This story has been shared widely since Monday, the agency said.")).toBeUndefined();
  });
});

describe("uiTextReason: a control's own label", () => {
  it.each(["Tweet", "Google+", "Get short URL", "(42) Comments"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["Tweet storms and short URLs", "The post drew 42 comments within an hour."])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a form's required field and a follow prompt by 'connect'", () => {
  it.each([
    "Email (required)",
    "Name(required)",
    "Zip Code (required)",
    "Connect with us",
    "Connect With Us on Instagram",
  ])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each([
    "A permit (required) costs 40 pesos at the gate.",
    "Residents said they wanted to connect with us before the vote, the mayor said.",
    "Connect with us, the campaign's slogan, ran on every bus in the city.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a comment box's gate, sort order, paging and rows of controls", () => {
  it.each([
    "Log in to comment",
    "Please sign in or register to reply.",
    "Comments are closed.",
    "Be the first to comment",
    "Sort by Newest",
    "Sort by: Best",
    "Newest first",
    "Show more replies",
    "View 3 more replies",
    "Load more comments",
    "Report this comment",
    "Like Reply 3",
    "Reply · Like · 2h",
    "Reply Report",
  ])("reads %j as a control", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each([
    "Log in to the portal was blocked for three days, the agency said.",
    "Comments are closed until the hearing ends, the judge told reporters on Monday.",
    "She was the first to comment on the ruling.",
    "Sort by date and you will see the pattern.",
    "Like",
    "Reply",
    "Like 3",
    "Like the mayor, he did not reply.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a social post's furniture", () => {
  it.each([
    ["RT @borderwire: Crossing reopens to trucks after inspection", "embed"],
    ["Replying to @borderwire and @anaruiz", "embed"],
    ["Retweeted by Ana Ruiz", "embed"],
    ["Ana Ruiz Retweeted", "embed"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "RT, the Russian broadcaster, said the report was false.",
    "The post was retweeted by the governor within minutes, according to the campaign.",
    "He was replying to a question from @borderwire about the crossing, the spokesman said.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a company's registration in a footer", () => {
  it.each([
    "Registered in England and Wales. Company number 1234567.",
    "Company registration number: 04083233",
    "Harbour Media Ltd, registered office: 1 Quay Street. Registered number 07229415.",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it.each([
    "The company, registered in Delaware, said its number of users rose to 12 million.",
    "Registration number 1234567 was issued to the firm in 2019, the regulator said.",
    "Voters registered in record numbers this year.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: an icon's glyph name", () => {
  it.each(["chevron_left", "phone_iphone", "insert_chart"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["chevron", "left_Side", "snake_case is how the code names it."])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a follow prompt naming platforms, with its full stop", () => {
  it.each([
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Follow BBC News on Twitter and Instagram.",
    "Follow us on X.",
    "Like us on Facebook!",
    "Follow the desk on Truth Social and Gab.",
    "Follow us on Tumblr and Reddit.",
    "Follow her on Twitter @anaruiz.",
    "Please follow Peso Watch on Twitter and Facebook.",
  ])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each([
    "Follow the money.",
    "Follow the latest developments on our live blog.",
    "Follow Trump on Twitter, where he posted the video.",
    "Like many on Twitter.",
    "Supporters follow him on Twitter and Facebook, the survey found.",
    "Fans follow her on Tumblr, where she posts drafts.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: an offer to embed the post", () => {
  it.each(["Embed this video", "To embed this post, copy the code below and paste into your website or blog."])(
    "reads %j as navigation",
    (line) => {
      expect(uiTextReason(line)).toBe("navigation");
    },
  );

  it("keeps a sentence about embedding", () => {
    expect(
      uiTextReason("Publishers embed this kind of video in most of their stories, the survey found."),
    ).toBeUndefined();
  });
});

describe("uiTextReason: a link's label closed by an arrow", () => {
  it.each(["More news >", "Ask Ana A Question >", "See all stories »", "Next ›"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["a > b", "The peso held near 17 per dollar on Thursday, traders said, as the bank met >"])(
    "keeps %j",
    (line) => {
      expect(uiTextReason(line)).toBeUndefined();
    },
  );
});

describe("uiTextReason: a subscribe prompt worded as a click", () => {
  it.each(["Click here to subscribe to The Paradigm Newsletter", "Tap to sign up for our morning briefing."])(
    "reads %j as a promo",
    (line) => {
      expect(uiTextReason(line)).toBe("promo");
    },
  );

  it.each([
    "Click here to subscribe, the email said, and thousands did before the scam was found.",
    "Readers who clicked to subscribe were charged twice, the company said.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a like button's label", () => {
  it.each(["Like this:", "Like Loading..."])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["It went like this: the guards left at noon.", "Like this, the plan failed.", "Like this one:"])(
    "keeps %j",
    (line) => {
      expect(uiTextReason(line)).toBeUndefined();
    },
  );
});

describe("uiTextReason: an affiliate disclosure", () => {
  it.each([
    "AppleInsider has affiliate partnerships and may earn commission on products purchased through affiliate links.",
    "Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission. For more information, go here.",
    "If you buy something through this post, IGN may get a share of the sale. For more, learn more.",
    "When you purchase through links on our site, we may earn an affiliate commission.",
    "A note for readers: if you buy something through one of our affiliate links we may earn a commission.",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it.each([
    "Influencers who post affiliate links may earn a commission only if they disclose it.",
    "Retailers may earn a commission on purchases made through the app, the company said.",
    "Drivers can earn a commission on every fare, and if you buy a pass it lasts a month.",
    "Brokers may receive a share of the sale under the new rules.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a call to join the site's newsletter", () => {
  it.each([
    "Want more deals? Join the IGN Deals Newsletter.",
    "Join our mailing list",
    "Join the Morning Brief newsletter!",
    "For more newsletters, check out our newsletters page.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Join the club.",
    "Thousands joined the newsletter's founders at the rally.",
    "Want more? Join the protest, organizers urged residents.",
    "Our newsletter reached 2 million readers last year, the editor said.",
    "The mayor criticised the city's newsletter in a speech.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: the site's calls to its readers at the article's end", () => {
  it.each([
    ["Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "navigation"],
    [
      "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips. And here's our email: letters@nytimes.com.",
      "promo",
    ],
    [
      "Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.",
      "promo",
    ],
    [
      "As you comment, please be respectful of other commenters and other viewpoints. Our goal with article comments is to provide a space for civil, informative and constructive conversations. We reserve the right to remove any comment we deem to be defamatory, rude, insulting to others, hateful, off-topic or reckless to the community. See our full terms of use here.",
      "notice",
    ],
    [
      "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
      "promo",
    ],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "Follow the money on offshore accounts, investigators urged, and the trail leads to Panama.",
    "If you have information about the shooting, email the sheriff's office at tips@county.gov or call our hotline, the department said on Tuesday.",
    "“If you see anything, write to us at help@shelter.org,” the director wrote on Monday.",
    "Anyone with information can write to tips@county.gov or call the hotline.",
    "The forum's moderators removed comments that were abusive, the company said in a statement.",
    "Commenters on the forum called the new guidelines unfair and said they would leave.",
    "The magazine printed 12 issues for $4 each in 1950 before it folded.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a teaser box's prompt to click its picture", () => {
  it.each([
    "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da F1.",
    "Clique na foto do Adauto e veja as colunas sobre Formula 1 que ele escreve para o site!",
    "Clique na imagem acima",
    "Clique na imagem ao lado e veja todas as datas e horários dos treinos",
    "Clique e saiba os horários da TV do GP do Brasil. Conheça a pista e as estatísticas.",
    "Click the photo above to read more of her columns.",
    "Click on the image below and see the full standings",
    "Cliquez sur l'image ci-dessous pour découvrir le classement",
    "Haga clic en la imagen y conoce el calendario",
  ])("reads %j as a promo", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    // A how-to's step clicks the program's own controls.
    "Click the Apps tab to see all installed apps.",
    "Click Settings, then Privacy, to see who can view your posts.",
    "Clique no botão Configurações para ver as opções.",
    // A report of a click, or a quoted prompt.
    "Readers who clicked the image above saw a fake login page, the company said.",
    '"Click the photo to see more," the fake message read.',
    "Clique na imagem, disse o hacker, e veja o que acontece com a conta.",
    // A click that leads nowhere on the page.
    "Click the photo and the app opens its editor with twelve filters.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a seller's health disclaimer", () => {
  it.each([
    "*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.",
    "This product has not been evaluated by the FDA.",
    "+Results vary depending on starting point, goals and effort. Exercise and proper diet are necessary to achieve and maintain weight loss. The testimonials featured may have used more than one product.",
    "Results may vary. Testimonials are from real customers.",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it.each([
    // A story about supplements, or one that reports the label.
    "Supplements have not been evaluated by the Food and Drug Administration before they reach shelves.",
    "These products have not been evaluated by the FDA, the agency said in its warning letter.",
    '"These statements have not been evaluated by the Food and Drug Administration," the label reads.',
    "Results vary depending on the dose, and the trial will run for another year.",
    "Results vary widely between hospitals, the study found, and testimonials from patients were mixed.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a news-flash banner's or kicker's label alone", () => {
  it.each(["BREAKING NEWS", "Breaking", "EXCLUSIVE", "Developing story", "Just in"])(
    "reads %j as navigation",
    (line) => {
      expect(uiTextReason(line)).toBe("navigation");
    },
  );

  it.each([
    "EXCLUSIVE: Mayor resigns over port contract",
    "The exclusive deal was signed on Monday.",
    "Breaking news travels fast in the border towns, residents said.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a widget's state, a form's field check and an app link", () => {
  it.each([
    ["Please wait...", "notice"],
    ["This feature is temporarily unavailable. Please try again later.", "notice"],
    ["Something went wrong. Please try again.", "notice"],
    ["Invalid email address format. Please try again!", "notice"],
    ["Please enter a valid email address", "notice"],
    ["Send yourself a link to download the app.", "promo"],
    ["Keep up with Harbour Wire.", "promo"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "Please wait for the ferry, the harbour master told the crowd.",
    "Something went wrong with the pumps on Tuesday, engineers said.",
    "The ministry said the service is temporarily unavailable in three provinces.",
    "Keep up with the repairs was all the mayor asked of the crews before winter.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: the site's notes on a story and an embed's placeholder", () => {
  it.each([
    ["On Twitter: Follow Ana Ruiz and get more harbour and shipping coverage at HarborDesk.", "navigation"],
    ["On Instagram: follow our photo desk.", "navigation"],
    ["This story is part of a special series that explores water issues.", "notice"],
    ["The article is part of our Coastlines project.", "notice"],
    ["*This article appears in the September 5, 2016 issue of Harbor Monthly.", "notice"],
    ["A version of this article appeared in print on March 4, 2025, on Page A1 of the New York edition.", "notice"],
    ["Tweet may have been deleted", "embed"],
    ["[Post may have been deleted (opens in a new tab)]", "embed"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "On Twitter, the mayor said she would follow the council's advice.",
    "The strike is part of a series of protests that began in May.",
    "The story is part of a series, the editor said.",
    "This story ran in the Harbor Post, the mayor's office said, without her consent.",
    "The article appeared in the March issue, according to the editors.",
    "The tweet may have been deleted by the account's owner, police said.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: the site's republishing terms, newsletter pitches, save and donation asks", () => {
  it.each([
    ["Please read before republishing", "notice"],
    [
      "To republish, copy the HTML, which includes our tracking pixel, all paragraph styles and hyperlinks, the author byline and credit to the Harbour Wire.",
      "notice",
    ],
    ["You are free to republish this story under a Creative Commons license.", "notice"],
    ["Want more updates from Jo? Sign up for her newsletter, Harbour Notes.", "promo"],
    ["Harbour news never sleeps. Get the Harbour Daily newsletter and don't miss a moment.", "promo"],
    ["Save this story for later.", "navigation"],
    ["To revisit this article, visit My Profile, then View saved stories.", "navigation"],
    ["To revist this article, visit My Profile, then View saved stories.", "navigation"],
    ["Will you support Harbour Wire’s explanatory journalism?", "promo"],
    ["Things you buy through our links may earn Harbour Wire a commission.", "notice"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "The paper refused to republish the cartoons, its editor said.",
    "Newspapers across the region chose to republish the letter in full on Monday.",
    "The mayor's office sends a weekly newsletter to every household in the district.",
    "The bank cut its rate for a third time on Thursday. Get the full story in tomorrow's edition.",
    "Readers can get the newsletter free, the company said.",
    "She decided to save the story for her memoir.",
    "To revisit this article, we went back to the harbour in May.",
    "Will you support the measure, the senator asked the governor.",
    "Shoppers may earn a commission on goods sold through the app, the company said.",
  ])("leaves the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: an embed's placeholder label and a run-together row of share buttons", () => {
  it.each([
    ["Twitter content", "embed"],
    ["Instagram content", "embed"],
    ["This content can also be viewed on the site it originates from.", "embed"],
    ["Share on Facebook (opens in a new window)  Share on Flipboard (opens in a new window)", "navigation"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "Twitter content moderation changed after the sale.",
    "The content can be viewed on the museum's site until June.",
    "The page (opens in a new window) was slow. The second link (opens in a new tab) was not.",
  ])("leaves the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a prompt to the reader, not a headline that quotes", () => {
  it("takes a short line about the reader's inbox or alerts as a prompt", () => {
    expect(uiTextReason("Get the day's top stories in your inbox")).toBe("promo");
    expect(uiTextReason("Turn on your alerts for breaking news")).toBe("promo");
  });

  it("leaves a headline that speaks to the reader and quotes", () => {
    expect(uiTextReason("The Odd Reason You Can Set Your Alert Sound to “Chirp” on Quillchat")).toBeUndefined();
  });
});

describe("uiTextReason: toggles, author-box links, dividers, corrections addresses, old-browser banners", () => {
  it.each([
    "Show less",
    "View All",
    "SEE MORE",
    "CONTINUE READING Show less",
    "Expand",
    "Enlarge image",
    "View author archive",
    "Get author RSS feed",
    "Hide Articles",
    "READ COMMENTS - JOIN THE DISCUSSION",
    "==========",
    "__________",
    "Report typos and corrections to: corrections@harbourwire.example.",
    "Send tips to tips@harbourwire.example",
    "You are using an outdated browser.",
    "Please upgrade your browser",
    "and improve your visit to our site.",
    "Please update your browser to view this page.",
  ])("reads %j as the page's own", (line) => {
    expect(uiTextReason(line)).toBeDefined();
  });

  it.each([
    "The mayor would show less patience next time, aides said.",
    "View all the evidence before you decide, the judge told the jury.",
    "Expand the ferry service to weekends, the petition asks.",
    "Readers can send corrections to the editor, who reviews each one.",
    "Improve your visit to our site by booking ahead, the museum's director said.",
    "Most people are using an outdated browser without knowing it, the study found.",
    "== Results ==",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a glued comment counter and a newsletter offered by its name", () => {
  it.each([
    "11Comments",
    "1Comment",
    "Get Data Sheet, Harbour Wire’s technology newsletter",
    "Sign up for Morning Tide, our daily newsletter",
  ])("reads %j as the page's own", (line) => {
    expect(uiTextReason(line)).toBeDefined();
  });

  it.each([
    "11 commentators signed the letter.",
    "Get Ada Brook, the council's clerk, to read the newsletter aloud, residents said.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a sign-up form's state, consent and promise", () => {
  it.each([
    "Thanks for signing up!",
    "There was a problem registering.",
    "You can opt-out at any time.",
    "Please refer to our privacy policy for contact information.",
    "By submitting above you agree to the Harbour Wire privacy policy.",
    "You may occasionally receive promotional content from the Harbour Wire.",
    "I want to receive updates from partners and sponsors.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Thanks for signing up so many volunteers, the coach told the parents.",
    "There was a problem registering the boats before the race, the harbourmaster said.",
    "You can opt out of the data scheme by writing to your doctor, the health board said.",
    "Partners and sponsors of the festival were told of the change on Monday.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a newsletter's pitch that closes on its name", () => {
  it.each([
    "Keep up with the week's harbour news with the Harbour Daily newsletter!",
    "Get insight from our reporters along the coast in the State of the Port newsletter.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Get the kids to school early, the principal wrote in the school's newsletter.",
    "Keep up the pressure, the union urged members in the Dockers Monthly newsletter. Talks resume Friday.",
    "Join the queue with everyone else, said a notice in the Tenants Association newsletter.",
  ])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});
