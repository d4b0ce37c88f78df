// Relationships news copy states in set phrases, read whether or not the parse gets them right:
// roles after a comma or a linking verb, a speaker at a firm, a pair of players of one country,
// marriage and survivors, a place's place, an owner's company, and names nested in names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const rels = (text: string) => extractArticle({ text }).relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}${r.former ? " (former)" : ""}`);

describe("roles in set phrases", () => {
  it("reads 'X, deputy editor of <country> magazine Y' as membership of the magazine, not of the country", () => {
    const out = rels("Marta Lindgren, deputy editor of Swedish magazine Nordic Tech Review, said the phone would sell well.");
    expect(out).toContain("person:marta-lindgren MEMBER_OF organization:nordic-tech-review");
    expect(out.some((r) => r.startsWith("person:marta-lindgren") && r.includes("place:sweden"))).toBe(false);
  });
  it("reads 'X is to become chairman and chief executive of Y' as leadership", () => {
    const out = rels("Halvard Brekke of Nordvik Shipping said little. Mr Brekke is to become chairman and chief executive of Nordvik Shipping in May.");
    expect(out).toContain("person:halvard-brekke LEADER_OF organization:nordvik-shipping");
  });
  it("reads 'the new <club> manager' and 'manager at <club>' as the club's head, 'a manager at' as a member", () => {
    expect(rels("Tomas Berg has been unveiled as the new Kestrel Rovers manager.")).toContain("person:tomas-berg LEADER_OF organization:kestrel-rovers");
    expect(rels("Anna Kowal, a manager at Brightline Logistics, said the depot would close.")).toContain("person:anna-kowal MEMBER_OF organization:brightline-logistics");
  });
  it("keeps a field's head a member: 'portfolio manager at', 'the bloc's trade chief'", () => {
    const out = rels("The deal is a sign of things to come, says Leon Farrow, portfolio manager at Ashgrove Capital.");
    expect(out).toContain("person:leon-farrow MEMBER_OF organization:ashgrove-capital");
    expect(out).not.toContain("person:leon-farrow LEADER_OF organization:ashgrove-capital");
  });
  it("reads 'said X at <firm>' as the speaker's firm, but not 'met X at <firm>'", () => {
    const said = rels("“Demand has fallen,” said Orla Quinn at Harcourt Stockbrokers in Dublin.");
    expect(said).toContain("person:orla-quinn MEMBER_OF organization:harcourt-stockbrokers");
    expect(said).toContain("organization:harcourt-stockbrokers LOCATED_IN place:dublin");
    expect(rels("Orla Quinn met Peter Vance at Harcourt Stockbrokers on Monday.").some((r) => r.includes("MEMBER_OF"))).toBe(false);
  });
  it("reads '<country>'s ambassador to <country> X' as the first country's, not the second's", () => {
    const out = rels("Norway’s ambassador to France Ola Berg said the talks would go on.");
    expect(out).toContain("person:ola-berg MEMBER_OF place:norway");
    expect(out.some((r) => r.startsWith("person:ola-berg") && r.includes("place:france"))).toBe(false);
  });
  it("gives both players of 'A and B of <country>' the country", () => {
    const out = rels("They beat Kenji Arata and Daiki Mori of Japan in straight sets.");
    expect(out).toContain("person:kenji-arata CITIZEN_OF place:japan");
    expect(out).toContain("person:daiki-mori CITIZEN_OF place:japan");
  });
});

describe("an ordinary word as the owner of a title", () => {
  it("reads 'Hornets chairman X' at a sentence's start and 'the new Hornets manager' as a club's posts", () => {
    expect(rels("Hornets chairman Alan Bright said the club would appeal.")).toContain("person:alan-bright LEADER_OF organization:hornets");
    expect(rels("Tomas Berg has been unveiled as the new Hornets manager.")).toContain("person:tomas-berg LEADER_OF organization:hornets");
  });
  it("does not make an ordinary word at a sentence's start an organisation without a title after it", () => {
    const doc = extractArticle({ text: "Hornets were seen near the school on Monday, Alan Bright said." });
    expect(doc.entities.map((e) => e.id)).not.toContain("organization:hornets");
  });
});

describe("roles said of a person by a relative clause or a description", () => {
  it("reads 'a letter to X, who was the acting director of Y' even when the parse hangs the clause on the letter", () => {
    expect(rels("In a letter to Ken Dorsey, who was the acting director of the Federal Aviation Administration and Mia Roth, the doctors said they would help.")).toContain(
      "person:ken-dorsey LEADER_OF organization:federal-aviation-administration",
    );
  });
  it("reads 'the former Minnesota governor' resolved to the person just named as that person's post", () => {
    const out = rels("Lars Holm met voters on Monday. When Holm walked in, the room went quiet. But the former Minnesota governor is eager to get their attention and their vote.");
    expect(out).toContain("person:lars-holm LEADER_OF place:minnesota (former)");
  });
});

describe("party words before a name", () => {
  it("reads 'Tory leader X' and 'Lib Dem spokesman Y' as the party's leader and member", () => {
    const out = rels("Tory leader Marcus Hale spoke first. Later, Lib Dem health spokesman Fiona Reid said the plan would fail.");
    expect(out).toContain("person:marcus-hale LEADER_OF organization:conservative-party");
    expect(out).toContain("person:fiona-reid MEMBER_OF organization:liberal-democrats");
  });
  it("does not give one person the title of the other in 'Mr A and the UK premier'", () => {
    const out = rels("Alan Marsh said he would work with George Bush in his second term. Critics said there was a cord between Mr Bush and the UK premier.");
    expect(out.filter((r) => r.startsWith("person:george-bush") && r.includes("place:united-kingdom"))).toEqual([]);
  });
});

describe("stance said with a noun", () => {
  it("reads 'X is one of the most vocal critics of Y's claims' as X opposing Y", () => {
    expect(rels("Norway is one of the most vocal critics of Russia’s claims in the Arctic.")).toContain("place:norway OPPOSES place:russia");
  });
  it("reads 'X, a fierce opponent of Y' as opposition, never membership", () => {
    const out = rels("Ola Berg, a fierce opponent of Acme Mining, spoke first.");
    expect(out).toContain("person:ola-berg OPPOSES organization:acme-mining");
    expect(out).not.toContain("person:ola-berg MEMBER_OF organization:acme-mining");
  });
});

describe("what kind of thing a name names", () => {
  it("takes a given name that is also a word, before a word that is none, for a person ('Frank Zappa'), not 'Forest Hill'", () => {
    const ids = extractArticle({ text: "Officials said Frank Zappa and Hope Vakili met at Forest Hill on Monday." }).entities.map((e) => e.id);
    expect(ids).toContain("person:frank-zappa");
    expect(ids).toContain("person:hope-vakili");
    expect(ids).not.toContain("person:forest-hill");
  });
  it("takes a name that has shares ('shares in Elan and Harlow Vexa') for an organisation", () => {
    const ids = extractArticle({ text: "Shares in Elan and Harlow Vexa plunged on Monday. Harlow Vexa later said it would cut jobs." }).entities.map((e) => e.id);
    expect(ids).toContain("organization:harlow-vexa");
    expect(ids).not.toContain("person:harlow-vexa");
  });
});

describe("one name, one entity, wherever it is typed", () => {
  it("gives an untyped occurrence of a name the kind another occurrence has", () => {
    const doc = extractArticle({ text: "Troops stayed in Varnok all winter. Officials said Syria’s Varnok would be handed back." });
    const varnok = doc.entities.filter((e) => e.name === "Varnok");
    expect(varnok.map((e) => e.kind)).toEqual(["PLACE"]);
    expect(varnok[0]!.mentions).toHaveLength(2);
  });
});

describe("a news organisation and its beat before a title", () => {
  it("reads 'CNN White House correspondent X' as working for CNN, not for the White House", () => {
    const out = rels("An official told CNN White House correspondent Ana Ruiz on Monday that the plan was dead.");
    expect(out).toContain("person:ana-ruiz MEMBER_OF organization:cnn");
    expect(out).not.toContain("person:ana-ruiz MEMBER_OF organization:white-house");
  });
  it("keeps an acronym before more words its own organisation ('an NRK Arctic Desk reporter', 'NRK Kremlin correspondent X')", () => {
    const doc = extractArticle({ text: "An NRK Arctic Desk reporter said the talks had failed. An official told NRK Kremlin correspondent Ana Ruiz the same." });
    expect(doc.entities.map((e) => e.id)).toContain("organization:nrk");
    expect(doc.relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`)).toContain("person:ana-ruiz MEMBER_OF organization:nrk");
  });
});

describe("what places and groups own", () => {
  it("reads no containment into a list of countries, and a country's company as located there, not part of it", () => {
    expect(rels("Iran, Russia and Syria have been pressuring the U.S. to leave.").filter((r) => r.includes("LOCATED_IN"))).toEqual([]);
    const out = rels("Phytopharm said Japan’s Kato Pharmaceutical would end the deal.");
    expect(out).toContain("organization:kato-pharmaceutical LOCATED_IN place:japan");
    expect(out).not.toContain("organization:kato-pharmaceutical PART_OF place:japan");
  });
  it("takes 'the group' for the one organisation the article called a group, however far back", () => {
    const out = rels(
      "The doctors, members of a recently formed group Nurses for Open Borders, have offered help. The Health and Human Services department declined. One official said no. Another said maybe. A third said nothing. Then Mia Lund, a member of the group, told reporters the offer stood.",
    );
    expect(out).toEqual(["person:mia-lund MEMBER_OF organization:nurses-for-open-borders"]);
  });
});

describe("units inside organisations", () => {
  it("reads 'X, program administrator for the Homes in Cities Project at Halden University's Berger International Center'", () => {
    const out = rels("Mara Lind, program administrator for the Homes in Cities Project at Halden University’s Berger International Center, said the figures were wrong.");
    expect(out).toContain("person:mara-lind MEMBER_OF organization:homes-in-cities-project");
    expect(out).toContain("organization:homes-in-cities-project PART_OF organization:berger-international-center");
    expect(out).toContain("organization:berger-international-center PART_OF organization:halden-university");
  });
});

describe("a renamed organisation and a seat on its board", () => {
  it("takes 'X, which is to be renamed Y' for one organisation and 'appointed to the Y board' for membership", () => {
    const doc = extractArticle({ text: "Halvor Brekke said Nordvik Shipping, which is to be renamed Nordline, would grow. Mr Brekke has been appointed to the Nordline board." });
    const org = doc.entities.find((e) => e.id === "organization:nordvik-shipping");
    expect(org?.aliases).toContain("Nordline");
    expect(doc.entities.some((e) => e.id === "organization:nordline")).toBe(false);
    expect(doc.relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`)).toContain("person:halvor-brekke MEMBER_OF organization:nordvik-shipping");
  });
});

describe("family in set phrases", () => {
  it("reads 'X, who was married to actress Y' and 'X is survived by three children A, B and C'", () => {
    const out = rels("Elliot Crane, who was married to actress Ruth Ambler, died on Friday. Crane is survived by three children Nora Crane, Peter Crane and Lena Crane.");
    expect(out.some((r) => /SPOUSE_OF/.test(r) && r.includes("person:elliot-crane") && r.includes("person:ruth-ambler"))).toBe(true);
    for (const child of ["nora-crane", "peter-crane", "lena-crane"]) {
      expect(out.some((r) => /FAMILY_OF/.test(r) && r.includes("person:elliot-crane") && r.includes(`person:${child}`))).toBe(true);
    }
  });
  it("takes given names listed after a kin noun for people, even ordinary words ('children Rose, Hope and Guy')", () => {
    const out = rels("Elliot Crane died on Friday. Besides his wife, Crane is survived by three children Rose, Hope and Guy, a painter.");
    for (const child of ["rose", "hope", "guy"]) {
      expect(out.some((r) => /FAMILY_OF/.test(r) && r.includes("person:elliot-crane") && r.includes(`person:${child}`))).toBe(true);
    }
  });
  it("does not marry people the text says never married", () => {
    expect(rels("Elliot Crane, who never married Ruth Ambler, died on Friday.").some((r) => r.includes("SPOUSE_OF"))).toBe(false);
  });
});

describe("places and owners in set phrases", () => {
  it("puts '<city>'s <street>' in the city, and not a city in a smaller place", () => {
    expect(rels("The car was found on Denver's Colfax Avenue late on Tuesday.")).toContain("place:colfax-avenue LOCATED_IN place:denver");
  });
  it("makes 'X's <company>' the owner's company, but not 'X's <brand> sedan'", () => {
    expect(rels("Rupert Hale's Hale Media Group bought the paper.")).toContain("person:rupert-hale LEADER_OF organization:hale-media-group");
    expect(rels("Police found Dana Reyes's Toyota sedan near the river.").some((r) => r.includes("LEADER_OF"))).toBe(false);
  });
});

describe("names nested in names", () => {
  it("makes '<company> Channel' part of the company and '<city> Police Department' part of the city", () => {
    const doc = extractArticle({ text: "Corvane Media launched a service. Revenue fell at Corvane Media Channel. Denver Police Department said nobody was hurt in Denver." });
    const out = doc.relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`);
    expect(out).toContain("organization:corvane-media-channel PART_OF organization:corvane-media");
    expect(out).toContain("organization:denver-police-department PART_OF place:denver");
    // The inner name is a mention of its entity, inside the outer name.
    const corvane = doc.entities.find((e) => e.id === "organization:corvane-media");
    expect(corvane?.mentions.map((m) => m.text)).toEqual(["Corvane Media", "Corvane Media"]);
  });
  it("does not make a club named for its city part of the city, nor 'X Enterprises' part of X", () => {
    const out = rels("Fans gathered in Leeds. Leeds Rovers lost. Marlow Sports signed a deal; Marlow Sports Enterprises will be renamed.");
    expect(out.some((r) => r.startsWith("organization:leeds-rovers PART_OF"))).toBe(false);
    expect(out.some((r) => r.startsWith("organization:marlow-sports-enterprises PART_OF"))).toBe(false);
  });
});

describe("membership by joining and leaving, and more set phrases", () => {
  it("makes 'X quit the <party>' a former member and 'X joined <firm>' a member; 'did not join' nothing", () => {
    expect(rels("Dora Fenwick has quit the Green Unity Party after ten years.")).toContain("person:dora-fenwick MEMBER_OF organization:green-unity-party (former)");
    expect(rels("Dora Fenwick joined Halcyon Robotics in March.")).toContain("person:dora-fenwick MEMBER_OF organization:halcyon-robotics");
    expect(rels("Dora Fenwick did not join Halcyon Robotics.").some((r) => r.includes("MEMBER_OF"))).toBe(false);
  });
  it("locates an institution named '… of <place>' in the place", () => {
    expect(rels("Portugal's economy grew. Rates were raised by the Bank of Portugal on Friday.")).toContain("organization:bank-of-portugal LOCATED_IN place:portugal");
  });
  it("reads 'was named new <org> acting secretary' and 'one of six <org> executives indicted'", () => {
    expect(rels("Dale Ortiz has been named new Harbor Transit Authority acting director.")).toContain("person:dale-ortiz LEADER_OF organization:harbor-transit-authority");
    expect(rels("The witness is Mr Pell, one of six Ravensbrook Capital executives indicted in the case.")).toContain("person:pell MEMBER_OF organization:ravensbrook-capital");
  });
  it("reads '<org>, a group co-founded by <occupation> X' as X leading it", () => {
    expect(rels("The deal is with Ardent Labs, a firm co-founded by former engineer Mira Solberg.")).toContain("person:mira-solberg LEADER_OF organization:ardent-labs");
  });
  it("does not take the next item of a list for a role: 'X, <org> officials and …'", () => {
    expect(rels("Attending are Secretary General Amal Nasser, Harbor Bank officials and ministers.").some((r) => r.includes("MEMBER_OF organization:harbor-bank"))).toBe(false);
  });
});

describe("kind words around an owner", () => {
  it("reads 'the straight-talking former head of fast-food giant <name>'s' as a former head, the name an organisation", () => {
    const doc = extractArticle({ text: "Dev Rana, the straight-talking former head of fast-food giant Burgerhaus, has died. He helped revive Burgerhaus's sales." });
    expect(doc.entities.find((e) => e.id === "organization:burgerhaus")?.kind).toBe("ORGANIZATION");
    expect(doc.relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}${r.former ? " (former)" : ""}`)).toContain("person:dev-rana LEADER_OF organization:burgerhaus (former)");
  });
});
