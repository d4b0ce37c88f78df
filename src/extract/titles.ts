// Role vocabulary: the words that introduce a person ("Attorney General Pam Bondi"), what kind
// of link the title implies (head of a state/organisation, office-holder, or just a descriptor),
// and the head words that mark organisation and place names ("… Court", "Ministry of …").

export type TitleSort = "head" | "member" | "honorific" | "descriptor" | "spouse-of-head";

const HEAD = [
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan", "supreme leader",
  "president-elect", "vice president", "crown prince", "pope", "dictator", "ceo", "chief executive", "chief executive officer",
  "chairman", "chairwoman", "chairperson", "chair", "director", "director-general", "director general", "secretary-general",
  "secretary general", "head", "leader", "founder", "co-founder", "boss", "governor", "mayor", "commander-in-chief",
  "managing director", "executive director", "rector", "dean", "chief",
];
const MEMBER = [
  "minister", "foreign minister", "defence minister", "defense minister", "finance minister", "interior minister",
  "health minister", "economy minister", "justice minister", "energy minister", "deputy prime minister", "secretary",
  "secretary of state", "foreign secretary", "home secretary", "defence secretary", "defense secretary", "treasury secretary",
  "commerce secretary", "press secretary", "attorney general", "solicitor general", "senator", "sen", "representative", "rep",
  "congressman", "congresswoman", "lawmaker", "legislator", "sens", "reps", "mp", "mep", "deputy", "ambassador", "envoy", "special envoy",
  "spokesman", "spokeswoman", "spokesperson", "official", "adviser", "advisor", "national security adviser", "aide",
  "general", "gen", "admiral", "adm", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
  "commander", "cmdr", "brig", "pvt", "cpl", "supt", "insp", "det", "judge", "justice", "chief justice", "prosecutor", "chief prosecutor", "attorney", "lawyer", "economist",
  "analyst", "executive", "chief financial officer", "cfo", "coo", "cto", "vice chairman", "deputy director", "speaker",
  "house speaker", "majority leader", "minority leader", "chief of staff", "commissioner", "inspector", "sheriff",
  "detective", "officer", "reporter", "correspondent", "editor", "professor", "prof", "researcher", "scientist", "coach",
  "striker", "midfielder", "manager", "bishop", "archbishop", "cardinal", "rabbi", "imam", "negotiator", "diplomat",
  "counterpart", "foreign policy chief", "mission chief", "economy minister", "spokesman", "member", "vice-president",
];
const HONORIFIC = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "rev", "reverend", "sheikh", "prince", "princess"];
const DESCRIPTOR = [
  "journalist", "activist", "writer", "author", "novelist", "actor", "actress", "singer", "artist", "businessman",
  "businesswoman", "entrepreneur", "billionaire", "dissident", "opposition leader", "candidate", "challenger",
  "incumbent", "rival", "investor", "student", "farmer", "resident", "teacher", "doctor", "nurse", "soldier",
  "blogger", "photographer", "filmmaker", "film-maker", "player", "athlete", "survivor", "witness", "victim", "producer",
  "composer", "poet", "painter", "playwright", "musician", "dancer", "comedian", "designer", "architect", "chef", "pianist",
  "violinist", "conductor", "screenwriter", "tennis player", "footballer", "cyclist", "runner", "swimmer", "boxer",
];

const TITLE_SORT = new Map<string, TitleSort>();
for (const t of DESCRIPTOR) TITLE_SORT.set(t, "descriptor");
for (const t of HONORIFIC) TITLE_SORT.set(t, "honorific");
for (const t of MEMBER) TITLE_SORT.set(t, "member");
for (const t of HEAD) TITLE_SORT.set(t, "head");
TITLE_SORT.set("first lady", "spouse-of-head");
TITLE_SORT.set("first gentleman", "spouse-of-head");
let maxTitleWords = 1;
for (const t of TITLE_SORT.keys()) maxTitleWords = Math.max(maxTitleWords, t.split(/[ ]/).length);
// The longest title each first word starts, so a word that starts none is rejected by one probe
// instead of a joined phrase per length (matchTitle runs at every word of every sentence).
const TITLE_WORDS_BY_FIRST_WORD = new Map<string, number>();
for (const t of TITLE_SORT.keys()) {
  const words = t.split(/[ ]/);
  TITLE_WORDS_BY_FIRST_WORD.set(words[0]!, Math.max(TITLE_WORDS_BY_FIRST_WORD.get(words[0]!) ?? 0, words.length));
}

/** Longest title starting at words[i] (lowercased, dots stripped); returns its word count. */
export function matchTitle(lowerWords: readonly string[], i: number): { title: string; sort: TitleSort; length: number } | null {
  const first = lowerWords[i];
  // (A "word" holding a space could start a title in its middle: those take the long way.)
  const longest = first === undefined || first.includes(" ") ? maxTitleWords : (TITLE_WORDS_BY_FIRST_WORD.get(first) ?? 0);
  for (let len = Math.min(longest, lowerWords.length - i); len >= 1; len--) {
    const phrase = lowerWords.slice(i, i + len).join(" ");
    const sort = TITLE_SORT.get(phrase);
    if (sort) return { title: phrase, sort, length: len };
  }
  return null;
}
// Abbreviated titles as news copy writes them ("Sen. Elizabeth Warren"), in full for the role.
const TITLE_IN_FULL: Record<string, string> = {
  sen: "senator", sens: "senator", rep: "representative", reps: "representative", gen: "general", lt: "lieutenant", col: "colonel", maj: "major", capt: "captain",
  sgt: "sergeant", adm: "admiral", prof: "professor",
};
export function titleInFull(title: string): string {
  return TITLE_IN_FULL[title] ?? title;
}

export function titleSort(title: string): TitleSort | undefined {
  return TITLE_SORT.get(title.toLowerCase().replace(/\./g, ""));
}

// Titles that can stand alone as a descriptive reference ("the U.S. president", "the first lady").
export const DESCRIPTIVE_TITLES = new Set([
  "president", "prime minister", "chancellor", "first lady", "first gentleman", "king", "queen", "pope", "premier",
  "vice president", "secretary-general", "secretary general", "supreme leader", "foreign minister", "defence minister",
  "defense minister", "secretary of state", "attorney general", "crown prince", "emir",
]);

/** Last words that make a capitalised phrase an organisation ("Fox News Digital", "Supreme Court"). */
export const ORG_SUFFIXES = new Set(
  (
    "court tribunal agency ministry party news press digital bank inc corp corporation company co ltd llc plc group university " +
    "college school council commission committee department office association union fund institute foundation times post " +
    "journal herald tribune telegraph gazette network service services authority board bureau army navy police parliament " +
    "assembly senate congress federation league organization organisation alliance coalition movement front brigade " +
    "hospital airlines airways motors holdings technologies systems labs laboratories pharmaceuticals energy capital partners " +
    "trust exchange reserve cabinet guard forces force church club fc industries international media broadcasting radio " +
    "television tv channel magazine review studios bancorp financial insurance securities ventures airline railways " +
    "commission cooperative co-op secretariat directorate regiment battalion corps division command biotech pharma " +
    "therapeutics bio logistics freight foods motors robotics software solutions steel oil gas mining resources " +
    "semiconductor semiconductors electronics telecom communications entertainment pictures records brands stores " +
    "markets retail petroleum chemicals automotive aerospace dynamics analytics health healthcare medical shipping lines " +
    "transport construction engineering properties realty hotels resorts games networks platforms payments finance " +
    "investments consulting appeals administration management brokers stockbrokers pharmaceutical animation studio " +
    "associates advisors advisers consultants enterprises trading protection center centre project programme initiative " +
    // Legal forms abroad ("Siemens AG", "Nestlé SA") and football clubs ("Manchester United").
    "ag sa se nv gmbh spa ab asa oyj united rovers wanderers hotspur albion athletic"
  ).split(" "),
);
/** First words that make "X of Y" an organisation ("Ministry of Defence", "Bank of Japan"). */
export const ORG_HEADS = new Set(
  "ministry department bank university court office council commission institute college church academy federation union league house school board administration agency"
    .split(" "),
);
/** Last words that make a capitalised phrase a place ("Donetsk Region", "Red Square"). */
export const PLACE_SUFFIXES = new Set(
  (
  "province region oblast county city river sea ocean island islands mountains mountain valley peninsula strait gulf bay square district state territory airport port lake desert coast village town street avenue road boulevard highway bridge " +
    "beach springs heights falls hills harbour harbor borough township parish canyon lane area"
  ).split(" "),
);
/** Kin words for SPOUSE_OF / FAMILY_OF cues ("her husband", "his daughter"). */
export const SPOUSE_WORDS = new Set(["husband", "wife", "spouse", "widow", "widower", "partner"]);
export const FAMILY_WORDS = new Set(
  "son daughter father mother brother sister sibling cousin uncle aunt nephew niece grandson granddaughter grandfather grandmother stepson stepdaughter"
    .split(" "),
);

/** Lower-case nouns after a name that make it an organisation ("the Teamsters union", "the Wagner group"). */
export const ORG_NOUNS_AFTER = new Set(
  "union party group company firm agency ministry movement militia network bank coalition alliance".split(" "),
);
/** Lower-case nouns before a name that make it an organisation ("its rival Redline Freight", "the drugmaker Helix"). */
export const ORG_NOUNS_BEFORE = new Set(
  "company firm startup start-up maker drugmaker automaker carmaker chipmaker carrier retailer lender insurer bank competitor subsidiary conglomerate broadcaster newspaper airline manufacturer developer distributor supplier operator group charity insurer agency regulator watchdog club team giant chain rival publisher studio label network outlet miner exporter utility".split(" "),
);

/**
 * Titles that a nationality does not make an office of the state: "the Romanian director Radu
 * Jude" is a Romanian citizen, not the head of Romania; "German Economy Minister" is an office.
 */
export const NON_STATE_TITLES = new Set(
  ("director managing-director executive-director ceo chief-executive chief-executive-officer chairman chairwoman chairperson chair " +
    "founder co-founder boss dean rector manager coach executive editor professor prof chief-financial-officer cfo coo cto analyst " +
    "economist lawyer attorney researcher scientist reporter correspondent striker midfielder head chief")
    .split(" ")
    .map((t) => t.replace(/-/g, " ")),
);

/** Words for an organisation's legal form or sort at the end of its name ("Coty Inc.", "Sports Entertainment Enterprises"): the same organisation written longer. */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(
  "co co. company inc inc. corp corp. corporation group holdings plc ltd ltd. llc sa ag nv se gmbh enterprises industries international limited incorporated".split(" "),
);
