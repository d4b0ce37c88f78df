// Event detection: a trigger word (verb or event noun) types the event; the trigger's sentence
// is its evidence; the entities of that sentence become participants, with roles read from
// their position (the actor before the trigger is the agent, a passive "by X" is the agent,
// what follows is recipient/target), the place comes from "in/at/near PLACE", the date from
// the date expression nearest the trigger. One event per type per sentence: a sentence that
// says "arrest warrant … arrest" describes one legal action, not two.
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
  ...T("VISIT", "visit visits visited visiting toured tour trip"),
  ...T("COMMUNICATION", "letter letters wrote writes statement announced announces announcement published publishes posted posts documented reported interview speech tweeted briefing revealed disclosed leaked memo phoned call"),
  ...T("APPEAL", "urge urges urged urging beseeched beseech implored appealed pleaded plea"),
  ...T("DEMAND", "demand demands demanded demanding insists insisted insist ultimatum"),
  ...T("REJECTION", "reject rejects rejected rejecting rejection refused refuses dismissed vetoed veto spurned denied denies"),
  ...T("NEGOTIATION", "negotiation negotiations negotiate negotiated negotiating talks mediated mediation"),
  ...T("AGREEMENT", "agreed agree agrees signed sign signs ratified ratify"),
  ...T("MILITARY_ACTION", "invaded invade invades invasion attack attacks attacked strikes airstrike airstrikes airstrike bombed bombing bombardment shelling shelled offensive incursion clashes clashed raid raids"),
  ...T("TERRITORIAL_CHANGE", "annexed annex annexation annexes occupied occupation seized captured retook recaptured"),
  ...T("ABDUCTION", "abducted abduction abductions kidnapped kidnapping deported deportation deportations"),
  ...T("ABDUCTION", "taking taken took grabbing grabbed seizing removing removed", { needsAfter: HUMANS }),
  ...T("LEGAL_ACTION", "warrant warrants indicted indictment charged arrested arrest convicted sentenced sued lawsuit ruled ruling verdict trial prosecuted prosecution acquitted subpoena subpoenaed fined jailed detained lawsuit lawsuits investigation probe"),
  ...T("ELECTION", "election elections elected re-elected reelected vote voted voting ballot referendum runoff primary"),
  ...T("APPOINTMENT", "appointed appoints appoint nominated nominates nomination named tapped hired"),
  ...T("PROTEST", "protest protests protested protesters demonstration demonstrations demonstrators rally rallies marched"),
  ...T("SANCTION", "sanction sanctions sanctioned embargo tariffs tariff blacklisted"),
  ...T("DEATH", "died dies killed killing death deaths dead murdered assassinated executed"),
]);
TRIGGERS.set("called", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("calls", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("calling", { type: "APPEAL", needsAfter: /^(for|on)\b/ });
TRIGGERS.set("fighting", { type: "MILITARY_ACTION", needsSentence: /\b(troops|forces|soldiers|army)\b/ });
TRIGGERS.set("strike", { type: "MILITARY_ACTION", needsSentence: /\b(missile|drone|air|military|troops|forces)\b/ });
TRIGGERS.set("deal", { type: "AGREEMENT", needsSentence: /\b(reached|struck|signed|sealed|clinched|agreed)\b/ });
TRIGGERS.set("agreement", { type: "AGREEMENT", needsSentence: /\b(reached|struck|signed|sealed|clinched|agreed)\b/ });
TRIGGERS.set("treaty", { type: "AGREEMENT", needsSentence: /\b(reached|signed|ratified|agreed)\b/ });
TRIGGERS.set("won", { type: "ELECTION", needsSentence: /\b(election|vote|votes|primary|ballot|seat|race|runoff)\b/ });
TRIGGERS.set("resigned", { type: "OTHER" });
TRIGGERS.set("resignation", { type: "OTHER" });
TRIGGERS.set("acquired", { type: "AGREEMENT", needsSentence: /\b(company|firm|deal|billion|million|stake|shares)\b/ });
TRIGGERS.set("acquire", { type: "AGREEMENT", needsSentence: /\b(agreed|agrees|deal)\b/ });
TRIGGERS.set("buy", { type: "AGREEMENT", needsSentence: /\b(agreed|agrees|deal)\b/ });

const NOT_AFTER: Partial<Record<string, RegExp>> = {
  call: /^(phone|a)$/,
};
// A word right before the trigger that cancels it ("war crimes trial" stays; "no deal" stays; "peace talks" fine).
const CANCELLERS = /^(no|without)$/;

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
  for (const st of sentences) {
    const occ = (bySentence.get(st.sentence.index) ?? []).sort((a, b) => a.mention.start - b.mention.start);
    const lowerSentence = st.sentence.text.toLowerCase();
    const seen = new Set<EventType>();
    const toks = st.tokens;
    const firstActor = occ.find((o) => actorLike(o) && o.entity.kind !== "PLACE") ?? occ.find(actorLike);
    for (let i = 0; i < toks.length; i++) {
      const tk = toks[i]!;
      if (tk.cap && i > 0) continue; // "Supreme Court Ruling" inside a name is not a trigger
      const trig = TRIGGERS.get(tk.lower);
      if (!trig || seen.has(trig.type)) continue;
      const after = toks.slice(i + 1, i + 5).map((t) => t.lower).join(" ");
      if (trig.needsAfter && !trig.needsAfter.test(after)) continue;
      if (trig.needsSentence && !trig.needsSentence.test(lowerSentence)) continue;
      const prevWord = toks[i - 1]?.lower ?? "";
      if (NOT_AFTER[tk.lower]?.test(prevWord) || CANCELLERS.test(prevWord)) continue;
      if (occ.length === 0 && !previousAgent) continue;
      seen.add(trig.type);
      const ev = buildEvent(articleId, trig.type, tk, toks, st, occ, firstActor, previousAgent, previousPerson, datesBySentence[st.sentence.index] ?? []);
      mergeOrPush(events, ev, tk.lower, st.sentence.index, lastTrigger);
    }
    if (firstActor) previousAgent = firstActor.entity;
    const subjectPerson = occ.find((o) => o.entity.kind === "PERSON");
    if (subjectPerson) previousPerson = subjectPerson.entity;
  }
  return events;
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

  // Agent: passive "by X" after the trigger, else the nearest actor before the trigger that is not
  // the object of a preposition, else (for "it annexed", "he said") the sentence's first actor.
  let agent: ResolvedEntity | undefined;
  const byAfter = occ.find((o) => o.mention.start > trigger.end && precededBy(o.mention) === "by" && actorLike(o) && o.mention.firstToken - trigger.i <= 6);
  if (byAfter) agent = byAfter.entity;
  if (!agent) {
    const before = occ.filter((o) => o.mention.end <= trigger.start && actorLike(o) && !PREPOSITIONS.has(precededBy(o.mention)) && !o.mention.descriptive?.of);
    const pronounRight = toks.slice(Math.max(0, trigger.i - 3), trigger.i).some((t) => SUBJECT_PRONOUNS.has(t.lower));
    const nearest = before[before.length - 1];
    const pronoun = toks.slice(Math.max(0, trigger.i - 3), trigger.i).find((t) => SUBJECT_PRONOUNS.has(t.lower))?.lower;
    if (pronounRight && (!nearest || nearest.mention.lastToken < trigger.i - 4)) {
      // "he/she" is a person, "it/they" an organisation or state: the sentence's subject of that sort, else the previous sentence's.
      const wantPerson = pronoun === "he" || pronoun === "she";
      const own = occ.find((o) => o.mention.end <= trigger.start && (wantPerson ? o.entity.kind === "PERSON" : actorLike(o) && o.entity.kind !== "PERSON") && !PREPOSITIONS.has(precededBy(o.mention)));
      agent = own?.entity ?? (wantPerson ? previousPerson : previousAgent) ?? firstActor?.entity;
    }
    else agent = nearest?.entity ?? (before.length === 0 && /^(he|she|it|they)$/.test(toks[0]?.lower ?? "") ? previousAgent : undefined);
  }
  if (agent) participants.set(agent.id, "agent");

  let placeId: string | null = null;
  let placeDistance = Infinity;
  for (const o of occ) {
    if (participants.has(o.entity.id)) continue;
    const prep = precededBy(o.mention);
    if (o.entity.kind === "PLACE" && PLACE_PREPS.has(prep) && o.mention.gazetteer?.sort !== "demonym" && !followedByVerb(o.mention)) {
      // The "in PLACE" nearest to the trigger is where it happened.
      const d = Math.abs(o.mention.firstToken - trigger.i);
      if (d < placeDistance) {
        placeDistance = d;
        placeId = o.entity.id;
      }
      participants.set(o.entity.id, "place");
      continue;
    }
    let role: ParticipantRole = "participant";
    if (o.mention.start > trigger.end) {
      if (type === "MEETING" || type === "NEGOTIATION" || type === "AGREEMENT") role = "participant";
      else if (RECIPIENT_TYPES.has(type)) role = prep === "to" || prep === "for" || prep === "with" ? "recipient" : "subject";
      else if (TARGET_TYPES.has(type)) role = "target";
      else role = "subject";
    }
    participants.set(o.entity.id, role);
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
  for (let k = events.length - 1; k >= 0; k--) {
    const prev = events[k]!;
    const info = lastTrigger.get(prev);
    if (!info || prev.type !== ev.type || info.sentence === sentence) continue;
    const near = sentence - info.sentence <= 2;
    const sameAgent = agent !== undefined && agentOf(prev) === agent && near;
    const sameWord = info.word === word && (agent === undefined || agentOf(prev) === agent);
    if (!sameAgent && !sameWord) continue;
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
