// Event detection: a trigger word (verb or event noun) types the event; the trigger's sentence
// is its evidence; the entities of that sentence become participants, with roles read from
// their position (the actor before the trigger is the agent, a passive "by X" is the agent,
// what follows is recipient/target), the place comes from "in/at/near PLACE", the date from
// the date expression nearest the trigger. One event per type per sentence: a sentence that
// says "arrest warrant … arrest" describes one legal action, not two. Only what is told as having
// happened counts: not the negated, hypothetical or intended ("did not meet", "could impose
// sanctions", "plans to visit"), not how something was said ("said in a statement"), and not an
// event told again ("condemned the shelling").
import type { EventType, ExtractedEventT, ParticipantRole } from "./document.ts";
import type { DateMention } from "./dates.ts";
import type { RawMention, SentenceTokens } from "./entities.ts";
import { eventId } from "./ids.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import type { Token } from "./tokens.ts";

interface Trigger {
  type: EventType;
  /** Optional check on the words after the trigger (lowercased). */
  needsAfter?: RegExp;
  /** Optional check on the whole sentence (lowercased). */
  needsSentence?: RegExp;
  /** Not a trigger when the previous word matches ("war crimes" is no event). */
  notAfter?: RegExp;
}

const T = (type: EventType, words: string, extra: Omit<Trigger, "type"> = {}): Array<[string, Trigger]> =>
  words.split(" ").map((w) => [w, { type, ...extra }]);

const HUMANS = /^(?:\S+\s){0,2}(children|child|kids|people|civilians|hostages|prisoners|women|men|boys|girls|residents|citizens|orphans|minors)\b/;

// Verb and noun forms that make an event. Deliberately excludes "said": nearly every sentence of
// news has it, and an event per quote would drown the graph.
const TRIGGERS = new Map<string, Trigger>([
  ...T("MEETING", "meet meets met meeting meetings summit summits hosted hosts"),
  // Not "tour": a "tour operator" makes no visit; "toured" does.
  ...T("VISIT", "visit visits visited visiting toured trip"),
  ...T("COMMUNICATION", "letter letters wrote writes statement report announced announces announcement published publishes posted documented reported interview speech tweeted briefing revealed disclosed leaked memo phoned call"),
  ...T("APPEAL", "urge urges urged urging beseeched beseech implored appealed pleaded plea"),
  ...T("DEMAND", "demand demands demanded demanding insists insisted insist ultimatum"),
  ...T("REJECTION", "reject rejects rejected rejecting rejection refused refuses dismissed vetoed veto spurned denied denies"),
  ...T("NEGOTIATION", "negotiation negotiations negotiate negotiated negotiating talks mediated mediation"),
  ...T("AGREEMENT", "agreed agree agrees signed sign signs ratified ratify"),
  ...T("MILITARY_ACTION", "invaded invade invades invasion attack attacks attacked airstrike airstrikes bombed bombing bombardment shelling shelled offensive incursion clashes clashed raid raids"),
  ...T("TERRITORIAL_CHANGE", "annexed annex annexation annexes occupied occupation seized captured retook recaptured"),
  ...T("ABDUCTION", "abducted abduction abductions kidnapped kidnapping deported deportation deportations"),
  ...T("ABDUCTION", "taking taken took grabbing grabbed seizing removing removed", { needsAfter: HUMANS }),
  ...T("LEGAL_ACTION", "warrant warrants indicted indictment charged arrested arrest convicted sentenced sued lawsuit ruled ruling verdict trial prosecuted prosecution acquitted subpoena subpoenaed fined jailed detained lawsuit lawsuits investigation probe"),
  ...T("ELECTION", "election elections elected re-elected reelected vote voted voting ballot referendum runoff"),
  ...T("APPOINTMENT", "appointed appoints appoint nominated nominates nomination tapped hired"),
  ...T("PROTEST", "protest protests protested protesters demonstration demonstrations demonstrators rally rallies marched"),
  ...T("SANCTION", "sanction sanctions sanctioned embargo tariffs tariff blacklisted"),
  ...T("DEATH", "died dies killed killing death deaths dead murdered assassinated executed"),
]);
TRIGGERS.set("called", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("calls", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("calling", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("fighting", { type: "MILITARY_ACTION", needsSentence: /\b(troops|forces|soldiers|army)\b/ });
TRIGGERS.set("strike", { type: "MILITARY_ACTION", needsSentence: /\b(missile|drone|air|military|troops|forces)\b/ });
TRIGGERS.set("strikes", { type: "MILITARY_ACTION", needsSentence: /\b(missile|missiles|drone|drones|air|military|troops|forces|killed)\b/ });
// "primary" is a school as often as a vote; "named" is "a man named …" as often as an appointment.
TRIGGERS.set("primary", { type: "ELECTION", needsSentence: /\b(vote|votes|voters|election|candidate|candidates|ballot|nomination)\b/ });
TRIGGERS.set("named", { type: "APPOINTMENT", needsAfter: /^(?:\S+\s){0,4}?(as|to)\b/ });
TRIGGERS.set("deal", { type: "AGREEMENT", needsSentence: /\b(reached|struck|signed|sealed|clinched|agreed)\b/ });
TRIGGERS.set("agreement", { type: "AGREEMENT", needsSentence: /\b(reached|struck|signed|sealed|clinched|agreed)\b/ });
TRIGGERS.set("treaty", { type: "AGREEMENT", needsSentence: /\b(reached|signed|ratified|agreed)\b/ });
TRIGGERS.set("won", { type: "ELECTION", needsSentence: /\b(election|vote|votes|primary|ballot|seat|race|runoff)\b/ });
// "opened a probe into …" is an inquiry; "launched a probe" may be a spacecraft.
TRIGGERS.set("probe", { type: "LEGAL_ACTION", needsAfter: /^(into|of)\b/ });
// A trial is a court's only with a court nearby: "a vaccine trial" is research.
TRIGGERS.set("trial", { type: "LEGAL_ACTION", needsSentence: /\b(court|judge|jury|prosecut\w*|charges?|charged|defendants?|accused|verdict|testif\w*|lawyers?|attorneys?|murder|fraud|guilty|trials? chamber|tribunal)\b/ });
// "demand was high", "demand for oil": the market's demand is no one's demand.
TRIGGERS.set("demand", { type: "DEMAND", needsAfter: /^(that|the|a|an|his|her|their|its|to|full|an end|immediate)\b/ });
// A stock-market rally is no protest.
TRIGGERS.set("rally", { type: "PROTEST", needsSentence: /\b(supporters|protesters|crowds?|thousands|hundreds|marched|demonstrators|people|voters|police|campaign|chanting|chanted|placards|opposition)\b/ });
TRIGGERS.set("rallies", { type: "PROTEST", needsSentence: /\b(supporters|protesters|crowds?|thousands|hundreds|marched|demonstrators|people|voters|police|campaign|chanting|chanted|placards|opposition)\b/ });
TRIGGERS.set("resigned", { type: "OTHER" });
TRIGGERS.set("resignation", { type: "OTHER" });
TRIGGERS.set("acquired", { type: "AGREEMENT", needsSentence: /\b(company|firm|deal|billion|million|stake|shares)\b/ });
TRIGGERS.set("acquire", { type: "AGREEMENT", needsSentence: /\b(agreed|agrees|deal)\b/ });
TRIGGERS.set("buy", { type: "AGREEMENT", needsSentence: /\b(agreed|agrees|deal)\b/ });

// "Mr. Trump attacked elite universities" is words: an attack needs arms, casualties or a state nearby.
const ATTACK_WORDS = new Set(["attack", "attacks", "attacked"]);
const ARMED_CONTEXT = /\b(army|troops|forces|military|militants?|militias?|rebels?|gunmen|soldiers|missiles?|drones?|rockets?|bombs?|killed|wounded|injured|dead|shelling|airstrikes?|artillery|camps?|bases?|civilians|refugees?|terror\w*|armed|weapons?|explosi\w+|police)\b/;
const COURT_WORDS = /\b(court|courts|ruling|verdict|judge|conviction|sentence|circuit|tribunal)\b/;
// "reported revenue of $31 billion" is a financial figure, not a communication worth a node.
const FIGURES = /^(?:net |a |an |record |higher |lower |strong |weak |solid |\S+ly |quarterly |annual )?(revenue|revenues|profit|profits|loss|losses|sales|earnings|income|growth|deficit|surplus|results)\b/;
const NOT_AFTER: Partial<Record<string, RegExp>> = {
  call: /^(phone|a)$/,
};
// A word right before the trigger that cancels it ("war crimes trial" stays; "no deal" stays; "peace talks" fine).
const CANCELLERS = /^(no|without)$/;

// Event nouns. Governed by one of these prepositions they refer back to an event ("an inquiry into
// the shelling", "talks about the merger", "calls for talks") rather than report a new one; time
// prepositions ("during their meeting", "after the invasion") still report one.
const EVENT_NOUNS = new Set(
  (
    "meeting meetings summit summits visit trip tour letter letters statement report announcement interview speech briefing memo call " +
    "negotiation negotiations talks mediation deal agreement treaty invasion attack attacks strike strikes airstrike airstrikes " +
    "bombing bombardment shelling offensive incursion clashes raid raids fighting annexation occupation abduction abductions " +
    "kidnapping deportation deportations warrant warrants indictment arrest lawsuit lawsuits ruling verdict trial prosecution " +
    "investigation probe election elections vote ballot referendum runoff primary nomination protest protests demonstration " +
    "demonstrations rally rallies sanction sanctions embargo tariff tariffs death deaths killing resignation rejection demand demands " +
    "appeal plea ultimatum veto grabbing taking seizing removing"
  ).split(" "),
);
const REFERRING_PREPS = new Set(["into", "about", "over", "on", "against", "for", "to", "with", "from", "by", "toward", "towards", "than", "like", "despite"]);
const HYPOTHETICAL = new Set([
  "any", "possible", "potential", "future", "next", "upcoming", "proposed", "planned", "further", "eventual",
  // "would discuss new sanctions", "threatened sanctions": talked of, not done.
  "discuss", "discussed", "discussing", "consider", "considered", "considering", "debate", "debated", "weigh", "weighed",
  "weighing", "mull", "mulled", "threaten", "threatened", "threatening", "seek", "sought", "seeking",
  // "commanders it accused of organizing attacks": alleged, not reported as fact.
  "accused", "accusing", "alleged", "allegedly",
]);
// Words that put what follows out of the world of facts: "did not meet", "could impose sanctions".
const NEGATIONS = /^(?:not|never|n[o']t|\S+n['’]t)$/;
const MAYBE_MODALS = new Set(["could", "might", "may", "should", "can", "must"]);
const FUTURE_MODALS = new Set(["will", "would", "shall", "'ll"]);
// Auxiliaries and adverbs allowed between such a word and the verb: "would not immediately meet".
const AUX_OR_ADVERB = /^(?:be|been|have|has|had|is|are|was|were|also|still|yet|then|soon|now|again|later|not|never|immediately|\S+ly)$/;
// "threatened to sanction", "plans to visit", "refused to meet": an intention, an offer or a refusal, not the act.
const INTENT_BEFORE_TO = new Set([
  "threatened", "threatens", "threaten", "plans", "planned", "planning", "plan", "intends", "intended", "hopes", "hoped", "wants",
  "wanted", "expected", "expects", "set", "due", "refused", "refuses", "declined", "declines", "vowed", "vows", "promised", "promises",
  "proposed", "proposes", "offered", "offers", "sought", "seeks", "seeking", "aims", "aimed", "likely", "unlikely", "ready", "prepared", "willing",
]);
const COPULAS = new Set(["was", "is", "were", "are", "be", "been", "being"]);
const ORDINALS = new Set(["first", "second", "third", "last", "latest", "previous", "recent", "final", "earlier", "new", "own"]);
// Meeting, talks and a visit told in one sentence are one encounter ("talks hosted by …").
const ENCOUNTER = new Set<EventType>(["MEETING", "NEGOTIATION", "VISIT"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "any", "further", "new", "possible", "future", "such"]);

const PREPOSITIONS = new Set(["in", "to", "of", "from", "at", "on", "with", "for", "against", "by", "into", "over", "about", "than", "near", "toward", "towards", "through", "after", "before", "during", "across", "including"]);
const PLACE_PREPS = new Set(["in", "at", "near", "outside", "inside"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "who", "which"]);

const LABELS: Record<EventType, string> = {
  MEETING: "Meeting", VISIT: "Visit", COMMUNICATION: "Communication", APPEAL: "Appeal", DEMAND: "Demand",
  REJECTION: "Rejection", NEGOTIATION: "Negotiation", AGREEMENT: "Agreement", MILITARY_ACTION: "Military action",
  TERRITORIAL_CHANGE: "Territorial change", ABDUCTION: "Abduction", LEGAL_ACTION: "Legal action", ELECTION: "Election",
  APPOINTMENT: "Appointment", PROTEST: "Protest", SANCTION: "Sanction", DEATH: "Death", OTHER: "Event",
};

const RECIPIENT_TYPES = new Set<EventType>(["COMMUNICATION", "APPEAL", "DEMAND", "VISIT"]);
const TARGET_TYPES = new Set<EventType>(["MILITARY_ACTION", "TERRITORIAL_CHANGE", "ABDUCTION", "LEGAL_ACTION", "SANCTION", "REJECTION", "DEATH"]);

interface Occurrence {
  mention: RawMention;
  entity: ResolvedEntity;
}

function actorLike(o: Occurrence): boolean {
  return o.entity.kind !== "PLACE" || o.mention.gazetteer?.sort === "country" || o.mention.gazetteer?.sort === "demonym";
}

export function detectEvents(
  articleId: string,
  sentences: SentenceTokens[],
  resolution: Resolution,
  datesBySentence: DateMention[][],
): ExtractedEventT[] {
  const bySentence = new Map<number, Occurrence[]>();
  for (const [m, e] of resolution.byMention) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ mention: m, entity: e });
    bySentence.set(m.sentence, list);
  }
  const events: ExtractedEventT[] = [];
  let previousAgent: ResolvedEntity | undefined;
  let previousPerson: ResolvedEntity | undefined;
  const lastTrigger = new Map<ExtractedEventT, { word: string; sentence: number }>();
  // Stems of the words that made each kind of event so far: "shelled" makes a later "the shelling" a reference.
  const told = new Map<EventType, Set<string>>();
  for (const st of sentences) {
    const occ = (bySentence.get(st.sentence.index) ?? []).sort((a, b) => a.mention.start - b.mention.start);
    const lowerSentence = st.sentence.text.toLowerCase();
    const seen = new Set<EventType>();
    const toks = st.tokens;
    const firstActor = occ.find((o) => actorLike(o) && o.entity.kind !== "PLACE") ?? occ.find(actorLike);
    // Tokens covered by a name, marked once (a per-token search over every name is quadratic in a long sentence).
    const named = new Uint8Array(toks.length);
    for (const o of occ) for (let k = o.mention.firstToken; k <= o.mention.lastToken && k < toks.length; k++) named[k] = 1;
    const insideName = (t: Token) => named[t.i] === 1;
    const sentenceTest = new Map<RegExp, boolean>();
    const sentenceHas = (re: RegExp) => {
      let hit = sentenceTest.get(re);
      if (hit === undefined) sentenceTest.set(re, (hit = re.test(lowerSentence)));
      return hit;
    };
    // The trigger at token i, if the words around it make it one (before the one-per-type rule).
    const triggerAt = (i: number): Trigger | undefined => {
      const tk = toks[i]!;
      if (tk.cap && i > 0) return undefined; // "Supreme Court Ruling" inside a name is not a trigger
      if (insideName(tk)) return undefined; // "Summit Holdings", "Election Commission"
      let trig = TRIGGERS.get(tk.lower);
      // "would appeal to the Fifth Circuit", "appealed the ruling": an appeal in court is a legal action.
      if (/^appeal(s|ed|ing)?$/.test(tk.lower) && sentenceHas(COURT_WORDS) && toks[i + 1]?.lower !== "for") trig = { type: "LEGAL_ACTION" };
      if (!trig) return undefined;
      if (tk.lower === "reported" && FIGURES.test(toks.slice(i + 1, i + 4).map((t) => t.lower).join(" "))) return undefined;
      if (mannerOfSaying(toks, i)) return undefined;
      if (notReported(toks, i, occ) || (EVENT_NOUNS.has(tk.lower) && objectOfUnreported(toks, i, occ))) return undefined;
      if (EVENT_NOUNS.has(tk.lower) && refersBack(toks, i)) return undefined;
      const after = toks.slice(i + 1, i + 5).map((t) => t.lower).join(" ");
      if (trig.needsAfter && !trig.needsAfter.test(after)) return undefined;
      if (trig.needsSentence && !sentenceHas(trig.needsSentence)) return undefined;
      if (ATTACK_WORDS.has(tk.lower) && !sentenceHas(ARMED_CONTEXT) && !occ.some((o) => o.mention.gazetteer?.sort === "country" || o.mention.gazetteer?.sort === "demonym")) return undefined;
      const prevWord = toks[i - 1]?.lower ?? "";
      if (NOT_AFTER[tk.lower]?.test(prevWord) || CANCELLERS.test(prevWord)) return undefined;
      return trig;
    };
    const candidates: Array<{ i: number; trig: Trigger }> = [];
    for (let i = 0; i < toks.length; i++) {
      const trig = triggerAt(i);
      if (trig) candidates.push({ i, trig });
    }
    // "Putin's invasion of Ukraine has resulted in Russia taking children", "documented the grabbing
    // of children": a definite event noun in a sentence whose verb reports another event names
    // something told elsewhere, not a new event.
    const verbal = (i: number) => !EVENT_NOUNS.has(toks[i]!.lower) || (/ing$/.test(toks[i]!.lower) && !DETERMINERS.has(toks[i - 1]?.lower ?? ""));
    const verbalTypes = new Set(candidates.filter((c) => verbal(c.i)).map((c) => c.trig.type));
    for (const { i, trig } of candidates) {
      const tk = toks[i]!;
      if (seen.has(trig.type)) continue;
      if (ENCOUNTER.has(trig.type) && [...seen].some((t) => ENCOUNTER.has(t))) continue;
      if (EVENT_NOUNS.has(tk.lower) && [...verbalTypes].some((t) => t !== trig.type) && definiteReference(toks, i, occ)) continue;
      // "urged both governments to agree a ceasefire": the infinitive is what was asked for, not an event.
      if (seen.size > 0 && toks[i - 1]?.lower === "to" && !EVENT_NOUNS.has(tk.lower)) continue;
      if (occ.length === 0 && !previousAgent) continue;
      // "The United Nations condemned the shelling", "said the ruling protects…": "the" and a word
      // already told as this kind of event in an earlier sentence name that event again.
      // So does "the vote was orderly": a kind of event already told, then described — unless it is
      // one still to come ("The runoff is scheduled for December 14").
      if (EVENT_NOUNS.has(tk.lower) && !verbalTypes.has(trig.type) && /^(the|this|that)$/.test(toks[i - 1]?.lower ?? "") && told.has(trig.type)) {
        if (told.get(trig.type)!.has(stem(tk.lower))) continue;
        if (COPULAS.has(toks[i + 1]?.lower ?? "") && !/^(scheduled|set|due|expected|planned|slated|to|likely|going)$/.test(toks[i + 2]?.lower ?? "")) continue;
      }
      seen.add(trig.type);
      told.set(trig.type, (told.get(trig.type) ?? new Set<string>()).add(stem(tk.lower)));
      const ev = buildEvent(articleId, trig.type, tk, toks, st, occ, firstActor, previousAgent, previousPerson, datesBySentence[st.sentence.index] ?? []);
      mergeOrPush(events, ev, tk.lower, st.sentence.index, lastTrigger);
    }
    if (firstActor) previousAgent = firstActor.entity;
    const subjectPerson = occ.find((o) => o.entity.kind === "PERSON");
    if (subjectPerson) previousPerson = subjectPerson.entity;
  }
  return events;
}

/**
 * Told as not having happened: negated ("did not meet", "has never visited"), hypothetical ("could
 * impose sanctions"), intended ("threatened to sanction", "refused to meet"), or a future with no
 * named doer ("technical teams would meet in Vienna", "tallies will be published"). A named actor's
 * stated plan ("the company would appeal") is kept: it is news about that actor.
 */
function notReported(toks: Token[], i: number, occ: Occurrence[]): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && AUX_OR_ADVERB.test(toks[k]!.lower) && !NEGATIONS.test(toks[k]!.lower)) k--;
  // The negation may sit among the auxiliaries: "has not yet signed", "did not meet".
  for (let j = k; j < i; j++) if (j >= 0 && NEGATIONS.test(toks[j]!.lower)) return true;
  for (let j = Math.max(0, i - 4); j < i; j++) if (NEGATIONS.test(toks[j]!.lower) && toks.slice(j + 1, i).every((t) => AUX_OR_ADVERB.test(t.lower))) return true;
  const w = toks[k]?.lower ?? "";
  if (MAYBE_MODALS.has(w)) return true;
  if (w === "to" && INTENT_BEFORE_TO.has(toks[k - 1]?.lower ?? "")) return true;
  if (FUTURE_MODALS.has(w)) {
    // The doer is the few words before the modal: a name, a pronoun or "the company" standing for one.
    let s = k - 1;
    // "the company was disappointed and would appeal": a coordinated verb shares the earlier subject.
    while (s >= 0 && k - s <= 8 && !SPEECH_VERBS.has(toks[s]!.lower) && toks[s]!.lower !== "that" && !/[,;—–]/.test(toks[s + 1]!.gap)) s--;
    const subject = toks.slice(s + 1, k);
    const named = occ.some((o) => o.mention.firstToken > s && o.mention.lastToken < k);
    const standsFor = subject.some((t, n) => /^(he|she|it|they|we|i|who|which)$/.test(t.lower) || (SPEAKER_BODIES.has(t.lower) && subject[n - 1]?.lower === "the"));
    if (!named && !standsFor) return true;
  }
  return false;
}

/** "shelled"/"shelling", "ruled"/"ruling", "vote"/"voted": one stem for a word's verb and noun forms. */
const stem = (w: string) => w.replace(/(?:ings?|ed|es|s|e|d)$/, "");

const CLAUSE_OPENERS = new Set(["which", "who", "whom", "whose", "after", "before", "when", "while", "but", "although", "though", "because", "whereas", "where"]);

/**
 * Token range [start, end] of the clause around token i, and its relative opener if it is one:
 * clauses end at ";", dashes and brackets, and at a comma followed by a subordinating word.
 */
function clauseOf(toks: Token[], i: number): [number, number, string | undefined] {
  // A one-word bracket ("the International Energy Agency (IEA) said") is a short form, not an aside.
  const shortForm = (k: number) =>
    (/\(\s*$/.test(toks[k]!.gap) && /^\s*\)/.test(toks[k + 1]?.gap ?? "")) || (/^\s*\)/.test(toks[k]!.gap) && /\(\s*$/.test(toks[k - 1]?.gap ?? ""));
  const breaksBefore = (k: number) => {
    // The brackets of a short form do not break; a dash in the same gap still does ("(AP) —").
    const gap = shortForm(k) ? toks[k]!.gap.replace(/[()]/g, "") : toks[k]!.gap;
    if (/[;—–()]|\s-\s/.test(gap)) return true;
    if (!/,/.test(gap)) return false;
    const w = toks[k]!.lower;
    return CLAUSE_OPENERS.has(w) || (w === "after" && toks[k + 1]?.lower === "which");
  };
  let start = i;
  while (start > 0 && !breaksBefore(start)) start--;
  // "Pichai, who was born in Chennai, later travelled …": a relative clause closed by a comma
  // before the trigger is an aside; the clause goes on before it. Its names are left out by the caller.
  while (start > 0 && /,/.test(toks[start]!.gap) && /^(who|which|whom|whose)$/.test(toks[start]!.lower)) {
    let close = start + 1;
    while (close < i && !/,/.test(toks[close]!.gap)) close++;
    if (close >= i) break;
    start--;
    while (start > 0 && !breaksBefore(start)) start--;
  }
  let end = i;
  while (end + 1 < toks.length && !breaksBefore(end + 1)) end++;
  const w = toks[start]!.lower;
  const opener = start > 0 && /,/.test(toks[start]!.gap) && (w === "which" || w === "who" || w === "whom") ? w : undefined;
  return [start, end, opener];
}

/** Token ranges of comma-closed relative clauses between start and the trigger: ", who was born in Chennai,". */
function relativeAsides(toks: Token[], start: number, trigger: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = start + 1; k < trigger; k++) {
    if (!/,/.test(toks[k]!.gap) || !/^(who|which|whom|whose)$/.test(toks[k]!.lower)) continue;
    let close = k + 1;
    while (close < trigger && !/,/.test(toks[close]!.gap)) close++;
    if (close < trigger) out.push([k, close - 1]);
    k = close - 1;
  }
  return out;
}

const TIME_PREPS = new Set(["during", "after", "before", "since", "at", "until", "ahead"]);
/** "the shelling", "Putin's invasion", "its merger" — but not "during their meeting" or "a letter". */
function definiteReference(toks: Token[], i: number, occ: Occurrence[]): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && !toks[k]!.cap && !DETERMINERS.has(toks[k]!.lower) && !TIME_PREPS.has(toks[k]!.lower) && !REFERRING_PREPS.has(toks[k]!.lower)) k--;
  if (k < 0) return false;
  const w = toks[k]!;
  const possessiveName = w.possessive && occ.some((o) => o.mention.lastToken === k);
  const definite = possessiveName || /^(the|its|their|his|her|this|that)$/.test(w.lower);
  if (!definite) return false;
  return !TIME_PREPS.has(toks[possessiveName ? occ.find((o) => o.mention.lastToken === k)!.mention.firstToken - 1 : k - 1]?.lower ?? "");
}

const GENERIC_STATES = /^(compulsory|mandatory|obligatory|optional|illegal|legal|banned|forbidden|prohibited|allowed|permitted|common|rare|routine|frequent|customary)$/;

/**
 * Words that only say how something was said, not a communication of its own: "said in a statement"
 * (wire copy's attribution), '"…," she wrote' and "wrote that …" (reported speech, like "said"),
 * "announced sanctions" (the announcement is the sanction), "38 percent of the vote" (a share, not a vote),
 * and an activity named in general ("since voting became compulsory").
 */
function mannerOfSaying(toks: Token[], i: number): boolean {
  const w = toks[i]!.lower;
  const before = (n: number) => toks[i - n]?.lower ?? "";
  if (w === "statement" && /^(a|an)$/.test(before(1)) && before(2) === "in" && SPEECH_VERBS.has(before(3))) return true;
  if (/^(wrote|writes)$/.test(w)) {
    const next = toks[i + 1];
    if (next && (next.lower === "that" || /["“:]/.test(next.gap))) return true;
    // '"…," she wrote' / '"…," Kowalski wrote': the quote closes just before the writer.
    if ([i, i - 1, i - 2].some((k) => k > 0 && /[,.!?]?\s*["”]\s*$/.test(toks[k]!.gap) && /["”]/.test(toks[k]!.gap))) return true;
  }
  if (/^(announced|announces|unveiled|unveils|declared|declares)$/.test(w)) {
    let k = i + 1;
    while (k < toks.length && k - i <= 3 && (DETERMINERS.has(toks[k]!.lower) || ORDINALS.has(toks[k]!.lower) || /^(more|tougher|broad|fresh|full|formal)$/.test(toks[k]!.lower))) k++;
    const noun = TRIGGERS.get(toks[k]?.lower ?? "");
    if (noun && noun.type !== "COMMUNICATION" && EVENT_NOUNS.has(toks[k]!.lower)) return true;
  }
  // "since voting became compulsory", "protests are banned": the activity under a rule, not one occurrence.
  if (!DETERMINERS.has(before(1)) && /^(is|are|was|were|became|becomes|remains|remained|has been|had been)$/.test(toks[i + 1]?.lower ?? "") && GENERIC_STATES.test(toks[i + 2]?.lower ?? "")) return true;
  if (/^(vote|votes)$/.test(w) && before(1) === "the" && before(2) === "of" && /^(percent|per|%|share|majority|half|third|quarter|cent)$/.test(before(3))) return true;
  return false;
}

/** An event noun in the object of an unreported verb: "could impose new sanctions", "has not signed the energy treaty". */
function objectOfUnreported(toks: Token[], i: number, occ: Occurrence[]): boolean {
  // Up to three words back, not across punctuation, a name or a preposition.
  for (let k = i - 1; k > 0 && i - k <= 3 && !toks[k]!.cap && !PREPOSITIONS.has(toks[k]!.lower) && !/[,;:—–()"“”]/.test(toks[k + 1]!.gap); k--) {
    if (notReported(toks, k, occ)) return true;
  }
  return false;
}

/** "an inquiry into the shelling": the event noun after a determiner and a referring preposition. */
function refersBack(toks: Token[], i: number): boolean {
  let k = i - 1;
  // Skip determiners and modifiers back to the governing word: "into the recent shelling".
  while (k >= 0 && i - k <= 4 && (DETERMINERS.has(toks[k]!.lower) || ORDINALS.has(toks[k]!.lower) || (toks[k]!.lower.includes("-") && !toks[k]!.cap) || /^\d{4}$/.test(toks[k]!.text) || (!toks[k]!.cap && /(?:al|ed|ary|ic|ful|ive)$/.test(toks[k]!.lower) && !REFERRING_PREPS.has(toks[k]!.lower)))) k--;
  // "any peace negotiations", "the next meeting": talked of, not reported.
  if (toks.slice(Math.max(0, i - 3), i).some((t) => HYPOTHETICAL.has(t.lower))) return true;
  if (k < 0) return false;
  // "It was their first face-to-face meeting": a copula names an event already told.
  if (COPULAS.has(toks[k]!.lower) && k < i - 1) return true;
  return REFERRING_PREPS.has(toks[k]!.lower);
}

function buildEvent(
  articleId: string,
  type: EventType,
  trigger: Token,
  toks: Token[],
  st: SentenceTokens,
  occ: Occurrence[],
  firstActor: Occurrence | undefined,
  previousAgent: ResolvedEntity | undefined,
  previousPerson: ResolvedEntity | undefined,
  dates: DateMention[],
): ExtractedEventT {
  const participants = new Map<string, ParticipantRole>();
  const precededBy = (m: RawMention) => {
    // Skip articles, titles and qualifiers back to the governing word: "in the Crimean Peninsula",
    // "to Russian President Vladimir Putin".
    let k = m.firstToken - 1;
    while (k >= 0 && (toks[k]!.cap || toks[k]!.lower === "the" || toks[k]!.lower === "a" || toks[k]!.lower === "an")) {
      if (toks[k + 1] && !toks[k + 1]!.joinedToPrev && toks[k]!.cap) break;
      k--;
    }
    return k >= 0 ? toks[k]!.lower : "";
  };
  const followedByVerb = (m: RawMention) => /ing$/.test(toks[m.lastToken + 1]?.lower ?? "");

  // Only the clause of the trigger takes part: "…, after which the ICC issued a warrant" does not
  // make the Associated Press a party to the warrant. Mentions that only qualify another name
  // ("of Albania" in a title, "Russian" in "Russian Defence Ministry") are not participants.
  const [cs, ce, opener] = clauseOf(toks, trigger.i);
  const qualifiers = new Set<RawMention>();
  for (const o of occ) {
    if (o.mention.title?.of) qualifiers.add(o.mention.title.of);
    if (o.mention.partOf) qualifiers.add(o.mention.partOf);
    if (o.mention.affiliation) qualifiers.add(o.mention.affiliation);
  }
  const asides = relativeAsides(toks, cs, trigger.i);
  const inClause = occ.filter(
    (o) =>
      o.mention.firstToken >= cs &&
      o.mention.lastToken <= ce &&
      !qualifiers.has(o.mention) &&
      !asides.some(([a, b]) => o.mention.firstToken >= a && o.mention.lastToken <= b) &&
      !isAttribution(toks, o.mention),
  );
  // "Ukraine, which Putin's forces invaded": the relative pronoun stands for the name before the comma.
  const antecedent = opener !== undefined ? [...occ].reverse().find((o) => o.mention.lastToken === cs - 1 && !qualifiers.has(o.mention)) : undefined;

  // Agent: passive "by X" after the trigger, else the nearest actor before the trigger that is not
  // the object of a preposition, else (for "it annexed", "he said") the sentence's first actor.
  let agent: ResolvedEntity | undefined;
  // "Hebestreit said the two men had agreed": the speaker reports the event and takes no part in it
  // ("The IEA said in a report": a statement or report is the speaker's own).
  const reportedFrom = type === "COMMUNICATION" ? -1 : lastSpeechVerb(toks, cs, trigger.i);
  const passive = /ed$|en$/.test(trigger.lower) && toks.slice(Math.max(cs, trigger.i - 4), trigger.i).some((t) => /^(was|were|been|is|are|being)$/.test(t.lower));
  const byAgent = inClause.find(
    (o) => precededBy(o.mention) === "by" && actorLike(o) && (o.mention.start > trigger.end ? o.mention.firstToken - trigger.i <= 6 : passive),
  );
  if (byAgent) agent = byAgent.entity;
  let agentOcc: Occurrence | undefined = byAgent;
  if (!agent) {
    const reporting = reportedFrom;
    const before = inClause.filter((o) => o.mention.end <= trigger.start && o.mention.lastToken > reporting && actorLike(o) && !PREPOSITIONS.has(precededBy(o.mention)) && !o.mention.descriptive?.of);
    const window = toks.slice(Math.max(cs, trigger.i - 3), trigger.i);
    const pronoun = [...window].reverse().find((t) => SUBJECT_PRONOUNS.has(t.lower))?.lower;
    const nearest = before[before.length - 1];
    if (pronoun && (pronoun === "who" || pronoun === "which") && antecedent && !nearest) {
      agent = antecedent.entity;
    } else if (pronoun && (!nearest || nearest.mention.lastToken < trigger.i - 4)) {
      // "he/she" is a person, "it/they" an organisation or state: the sentence's subject of that sort, else the previous sentence's.
      const wantPerson = pronoun === "he" || pronoun === "she";
      const own = [...inClause, ...occ].find((o) => o.mention.end <= trigger.start && (wantPerson ? o.entity.kind === "PERSON" : actorLike(o) && o.entity.kind !== "PERSON") && !PREPOSITIONS.has(precededBy(o.mention)) && !qualifiers.has(o.mention));
      agent = own?.entity ?? (wantPerson ? previousPerson : previousAgent) ?? firstActor?.entity;
    } else {
      agentOcc = nearest;
      agent = nearest?.entity ?? (before.length === 0 && /^(he|she|it|they)$/.test(toks[0]?.lower ?? "") ? previousAgent : undefined);
    }
  }
  if (!agent && opener) {
    // "The IG Metall union, which represents …, criticized the deal and demanded …": the relative
    // clause ran on into the main one, whose subject is the name before the relative pronoun.
    const head = [...occ].reverse().find((o) => o.mention.lastToken < cs && cs - o.mention.lastToken <= 3 && actorLike(o) && !qualifiers.has(o.mention));
    if (head) agent = head.entity;
  }
  if (agent) participants.set(agent.id, "agent");
  // "Albania and Bhutan signed", "Kowalski and his wife later visited": coordinated subjects are agents too.
  if (agentOcc && agentOcc.mention.end <= trigger.start) {
    let head = agentOcc.mention;
    for (let k = inClause.indexOf(agentOcc) - 1; k >= 0; k--) {
      const o = inClause[k]!;
      const between = toks.slice(o.mention.lastToken + 1, head.firstToken).map((t) => t.lower);
      const gap = toks[head.firstToken]!.gap;
      const coordinated =
        (between.length === 0 && /^\s*,\s*$/.test(gap)) ||
        (between.length >= 1 && between.length <= 3 && between[0] === "and" && between.slice(1).every((w) => /^(his|her|their|its|wife|husband|partner|spouse)$/.test(w)));
      if (!coordinated || !actorLike(o)) break;
      participants.set(o.entity.id, "agent");
      head = o.mention;
    }
  }

  let placeId: string | null = null;
  let placeDistance = Infinity;
  const symmetric = type === "MEETING" || type === "NEGOTIATION" || type === "AGREEMENT";
  for (const o of inClause) {
    if (participants.has(o.entity.id)) continue;
    const prep = precededBy(o.mention);
    const after = o.mention.start > trigger.end;
    const isPlace = o.entity.kind === "PLACE" && o.mention.gazetteer?.sort !== "demonym" && !followedByVerb(o.mention);
    // "in the resort of Sharm el-Sheikh", "the Sudanese city of El Fasher": the place noun's "of" names where it happened.
    const placeNounOf = prep === "of" && PLACE_NOUNS_BEFORE_OF.has(toks[o.mention.firstToken - 2]?.lower ?? "");
    // "visited Thimphu": the destination of a visit is where it happened.
    const visited = type === "VISIT" && after && isPlace && (prep === "visited" || prep === trigger.lower || prep === "to");
    if (isPlace && (PLACE_PREPS.has(prep) || visited || placeNounOf)) {
      // The "in PLACE" nearest to the trigger is where it happened.
      const d = Math.abs(o.mention.firstToken - trigger.i);
      if (d < placeDistance) {
        placeDistance = d;
        placeId = o.entity.id;
      }
      participants.set(o.entity.id, "place");
      continue;
    }
    let role: ParticipantRole | undefined;
    if (after) {
      if (symmetric) role = "participant";
      else if (RECIPIENT_TYPES.has(type)) role = prep === "to" || prep === "for" || prep === "with" ? "recipient" : "subject";
      else if (TARGET_TYPES.has(type)) role = "target";
      else role = "subject";
    } else if (symmetric && o.entity.kind !== "PLACE" && !(reportedFrom >= 0 && o.mention.lastToken < reportedFrom)) {
      // "their meeting", "talks between X and Y": everyone named before a symmetric event takes part.
      role = "participant";
    }
    if (role) participants.set(o.entity.id, role);
  }
  if (antecedent && !participants.has(antecedent.entity.id)) {
    participants.set(antecedent.entity.id, symmetric ? "participant" : TARGET_TYPES.has(type) ? "target" : "subject");
  }

  // Nearest date expression to the trigger.
  let best: DateMention | undefined;
  for (const d of dates) {
    const dist = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end;
    const bestDist = best ? (best.start >= trigger.end ? best.start - trigger.end : trigger.start - best.end) : Infinity;
    if (dist < bestDist) best = d;
  }

  const names = new Map<string, string>();
  for (const o of occ) names.set(o.entity.id, o.entity.name);
  const agentName = agent ? names.get(agent.id) ?? agent.name : undefined;
  const other = [...participants].find(([, r]) => r === "target" || r === "recipient" || r === "subject");
  let name = LABELS[type];
  if (agentName) name += ` by ${agentName}`;
  if (other) name += `${agentName ? "," : ""} ${type === "MILITARY_ACTION" || type === "LEGAL_ACTION" || type === "SANCTION" ? "against" : "involving"} ${names.get(other[0])}`;
  if (placeId) name += ` in ${names.get(placeId)}`;
  if (best?.date) name += ` (${best.date})`;

  return {
    id: eventId(articleId, type, trigger.start),
    type,
    name,
    date: best?.date ?? null,
    dateText: best?.text ?? null,
    placeId,
    participants: [...participants].map(([entityId, role]) => ({ entityId, role })),
    evidence: [{ start: st.sentence.start, end: st.sentence.end, text: st.sentence.text }],
  };
}

/**
 * The same event told twice — a sub-head then its paragraph ("Trump urges ceasefire" / "Donald Trump
 * has urged a ceasefire"), or "the letter" picked up again — becomes one event with two evidence
 * sentences: same type and agent within two sentences, or same trigger word with no new agent.
 */
function mergeOrPush(
  events: ExtractedEventT[],
  ev: ExtractedEventT,
  word: string,
  sentence: number,
  lastTrigger: Map<ExtractedEventT, { word: string; sentence: number }>,
): void {
  const agentOf = (e: ExtractedEventT) => e.participants.find((p) => p.role === "agent")?.entityId;
  const agent = agentOf(ev);
  // Only the last few dozen events: an article retelling an event further back than that is not
  // news copy, and an unbounded look-back is quadratic in the number of events.
  for (let k = events.length - 1; k >= Math.max(0, events.length - 48); k--) {
    const prev = events[k]!;
    const info = lastTrigger.get(prev);
    if (!info || prev.type !== ev.type || info.sentence === sentence) continue;
    const near = sentence - info.sentence <= 2;
    const sameAgent = agent !== undefined && agentOf(prev) === agent && near;
    const sameWord = info.word === word && (agent === undefined || agentOf(prev) === agent);
    // "Farmers protested … Police said the demonstration was peaceful": no one named either time.
    const unnamed = agent === undefined && agentOf(prev) === undefined && sentence - info.sentence <= 1;
    if (!sameAgent && !sameWord && !unnamed) continue;
    prev.evidence.push(...ev.evidence);
    for (const p of ev.participants) if (!prev.participants.some((q) => q.entityId === p.entityId)) prev.participants.push(p);
    if (!prev.date && ev.date) {
      prev.date = ev.date;
      prev.dateText = ev.dateText;
    }
    if (!prev.placeId && ev.placeId) prev.placeId = ev.placeId;
    info.sentence = sentence;
    return;
  }
  events.push(ev);
  lastTrigger.set(ev, { word, sentence });
}

const PLACE_NOUNS_BEFORE_OF = new Set(["resort", "city", "town", "port", "village", "region", "province", "district", "capital", "island", "enclave", "suburb", "county", "state"]);
// Verbs of reporting: what follows them is what someone said happened.
const SPEECH_VERBS = new Set(["said", "says", "told", "added", "stated", "claimed", "reported", "reports", "insisted", "noted", "warned", "argued", "wrote"]);

/** Token index of the last reporting verb in [from, to), or -1: actors before it are speakers. */
function lastSpeechVerb(toks: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from && k >= to - 12; k--) {
    // "the court said it had issued a warrant": the pronoun is the speaker, who stays the agent.
    if (/^(he|she|it|they|we|i)$/.test(toks[k]!.lower)) return -1;
    if (SPEECH_VERBS.has(toks[k]!.lower)) {
      // "Whitfield said the company would appeal": a spokesperson speaks for the body, still the agent.
      const j = toks[k + 1]?.lower === "that" ? k + 2 : k + 1;
      return toks[j]?.lower === "the" && SPEAKER_BODIES.has(toks[j + 1]?.lower ?? "") ? -1 : k;
    }
  }
  return -1;
}
const SPEAKER_BODIES = new Set(["company", "firm", "group", "government", "ministry", "bank", "union", "agency", "party", "court", "organisation", "organization", "department", "administration", "club", "university"]);

/**
 * A source of the report, not a party to the event: "according to the Gaza Health Ministry",
 * a dateline's "(AP)" or "(Reuters)", "Reuters reported".
 */
function isAttribution(toks: Token[], m: RawMention): boolean {
  let k = m.firstToken - 1;
  if (k >= 0 && toks[k]!.lower === "the") k--;
  if (k >= 1 && toks[k]!.lower === "to" && toks[k - 1]!.lower === "according") return true;
  if (m.gazetteer?.sort !== "media") return false;
  if (/\(\s*$/.test(toks[m.firstToken]!.gap) && /^\s*\)/.test(toks[m.lastToken + 1]?.gap ?? ")")) return true;
  return /^(reported|reports|reporting)$/.test(toks[m.lastToken + 1]?.lower ?? "");
}
