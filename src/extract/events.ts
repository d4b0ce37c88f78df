// Events read from the sentence's structure. A predicate — a verb or an event noun of the trigger
// lexicon (event-triggers.ts) — makes an event when it is told as having happened or as coming
// (factuality.ts). Its participants are its arguments in the dependency tree, each given the role
// its slot has for the event's type: the subject is the agent of an attack and the subject of a
// death; the object is the target of an arrest and the recipient of an appeal; a passive's
// by-phrase is the agent; "in/at" a place is where. Arguments that are pronouns or descriptions
// count as the entity they stand for (references.ts). A noun that is the object of a light verb
// ("paid a visit", "took a stake", "launched an attack") is the event, with the verb's subject.
// The same event told again in a later sentence ("the deal", a headline and its paragraph) is one
// event with several evidence sentences. Each rule is a named function below.
import type { EventSubtype, EventType, ParticipantRole } from "../vocabulary.ts";
import { EVENT_TYPE_TABLE } from "../vocabulary.ts";
import type { Dateline } from "./dateline.ts";
import type { DateMention } from "./dates.ts";
import type { ExtractedEventT } from "./document.ts";
import { asOffice, chooseSense } from "./event-senses.ts";
import { lexiconLemma, nounSenses, objectSense, type TriggerSense, verbSenses } from "./event-triggers.ts";
import { type Factuality, factualityOf, isReported } from "./factuality.ts";
import { eventId } from "./ids.ts";
import type { ResolvedEntity } from "./resolve.ts";
import { ancestors, baseRel, caseMarker, conjuncts, dependents, isPassive, lemmaOf, type SentenceTree, subtree, tokenEndingAt } from "./syntax.ts";
import { matchTitle } from "./titles.ts";

/** Verbs that lend their subject and prepositions to an event noun they take as object. */
const LIGHT_VERBS = new Set(
  (
    "take make pay hold give launch stage conduct carry issue sign reach strike seal complete file lodge open begin start " +
    "face win lose suffer receive get have mount wage deliver post record announce unveil report confirm clinch agree " +
    "finalise finalize secure land do attend join impose place slap announce order"
  ).split(" "),
);
// Verbs whose subject makes or takes part in the event noun they govern: "hosted the meeting", "wrote a letter".
const MAKING_VERBS = new Set(
  "host craft write draft pen compose prepare organise organize arrange attend join lead chair broker mediate convene co-host cohost send deliver".split(" "),
);
// Verbs of telling whose object is the content told, not an event: "announced sanctions" — the
// sanction is the news; the announcement is how it was told.
const TELLING_VERBS = new Set(["announce", "unveil", "report", "confirm", "reveal", "disclose", "declare"]);
// Verbs whose subject is a cause told elsewhere: "the invasion has resulted in…", "the attack prompted…".
const CONSEQUENCE_VERBS = new Set("result lead cause prompt trigger spark bring force drive mean make create".split(" "));
// Nouns that stand for their owner in an argument: "Russian forces attacked" is Russia acting.
const GROUP_NOUNS = new Set(
  (
    "force troop army military government administration official authority police soldier fighter militant rebel " +
    "spokesman spokeswoman spokesperson representative lawyer attorney prosecutor regime leadership cabinet " +
    "ministry embassy navy unit subsidiary delegation camp office minister leader commander member delegate negotiator " +
    "envoy diplomat chief head executive director board management owner shareholder investor campaign " +
    // Unnamed people of a country: "Ukrainian children", "Palestinian civilians".
    "child civilian people citizen resident refugee migrant worker student prisoner hostage national"
  ).split(" "),
);
// Nouns that are the organisation a name before them names: "the IG Metall union", "the Wolves side".
const ORGANIZATION_HEADS = new Set(
  (
    "union company firm group party bank club team side carrier airline retailer agency ministry department government " +
    "administration council court organisation organization university charity board league federation association " +
    "network channel newspaper broadcaster studio label alliance coalition movement campaign conglomerate corporation"
  ).split(" "),
);
// Nouns that name the place after "of": "the Sudanese city of El Fasher".
const PLACE_HEADS = new Set("city town village region province state port district capital island county resort suburb enclave municipality area".split(" "));
// Prepositions that put an event somewhere.
const PLACE_CASES = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "on", "from", "off"]);

interface Slots {
  /** The subject of an active predicate (or a noun's possessor/by-phrase: its doer). */
  subject: number[];
  /** The subject of a passive predicate: what undergoes it. */
  patient: number[];
  /** A passive's by-phrase. */
  agent: number[];
  object: number[];
  indirect: number[];
  /** Prepositional arguments by preposition. */
  obliques: Array<{ case: string; token: number }>;
  /** The tree the slots are in (a light verb's noun has the verb's subject). */
  tree: SentenceTree;
}

/** An event already told in the article, with what later tellings are compared on. */
interface Told {
  event: ExtractedEventT;
  /** The last sentence that told it. */
  sentence: number;
  agent?: string;
  lemma: string;
  heading: boolean;
}

interface Candidate {
  tree: SentenceTree;
  /** The trigger token. */
  p: number;
  sense: TriggerSense;
  nominal: boolean;
  factuality: Factuality;
  slots: Slots;
}

/** Detects the article's events; `dates` are each sentence's date expressions (by tree order). */
export function detectEvents(articleId: string, trees: readonly SentenceTree[], dates: readonly DateMention[][], dateline: Dateline | undefined): ExtractedEventT[] {
  const events: Told[] = [];
  for (const [ti, tree] of trees.entries()) {
    const candidates = triggersOf(tree);
    const claimed = claimDates(tree, candidates, dates[ti] ?? []);
    for (const c of candidates) {
      const built = buildEvent(articleId, c, claimed.get(c.p), ti === dateline?.sentence ? dateline.city : undefined);
      if (!built) continue;
      const agent = built.participants.find((x) => x.role === "agent")?.entityId;
      const definite = c.nominal && isDefinite(tree, c.p);
      if (mergeTold(events, built, tree.index, agent, definite, lemmaOf(tree, c.p), tree.isHeading)) continue;
      events.push({ event: built, sentence: tree.index, ...(agent ? { agent } : {}), lemma: lemmaOf(tree, c.p), heading: tree.isHeading });
    }
  }
  return events.map((e) => e.event);
}

/** Every predicate of the sentence that makes a reported event, light verbs folded into their nouns. */
function triggersOf(tree: SentenceTree): Candidate[] {
  const out: Candidate[] = [];
  const absorbed = new Set<number>();
  const nounEvents = new Map<number, Candidate>();
  // Nouns first, so a light verb can hand them its arguments and stay silent itself.
  for (let i = 0; i < tree.tokens.length; i++) {
    const t = tree.tokens[i]!;
    // "paid tribute to …": a word the tagger calls an adjective but the parse makes an object is a noun.
    const noun = (t.upos === "NOUN" && !verbTaggedNoun(tree, i)) || (t.upos === "ADJ" && baseRel(t.deprel) === "obj");
    if (!noun || tree.mention[i]) continue;
    // "election campaign": a noun modifying another noun is not an event of its own.
    if (t.deprel === "compound") continue;
    const sense = chooseSense(nounSenses(lexiconLemma(t.form, t.lemma, "noun")), tree, i);
    if (!sense) continue;
    const factuality = factualityOf(tree, i);
    if (!isReported(factuality)) continue;
    const slots = nounSlots(tree, i);
    const verb = t.head;
    if (verb >= 0 && baseRel(t.deprel) === "obj" && LIGHT_VERBS.has(lemmaOf(tree, verb))) {
      // "paid a visit to Hanoi", "took a majority stake in X": the verb's subject and prepositions are the noun's.
      const v = verbSlots(tree, verb);
      slots.subject.push(...v.subject);
      slots.patient.push(...v.patient);
      slots.agent.push(...v.agent);
      slots.indirect.push(...v.indirect);
      slots.obliques.push(...v.obliques);
      absorbed.add(verb);
    } else if (verb >= 0 && baseRel(t.deprel) === "obj" && TELLING_VERBS.has(lemmaOf(tree, verb))) {
      const v = verbSlots(tree, verb);
      slots.subject.push(...v.subject);
      absorbed.add(verb);
    } else if (verb >= 0 && baseRel(t.deprel) === "obj" && slots.subject.length === 0 && slots.agent.length === 0 && MAKING_VERBS.has(lemmaOf(tree, verb))) {
      // "hosted the meeting", "crafted a letter": whoever makes the event takes part in it
      // (not whoever condemns, welcomes or reports it).
      const v = verbSlots(tree, verb);
      slots.subject.push(...v.subject);
    }
    const c: Candidate = { tree, p: i, sense, nominal: true, factuality, slots };
    nounEvents.set(i, c);
    out.push(c);
  }
  for (let i = 0; i < tree.tokens.length; i++) {
    const t = tree.tokens[i]!;
    if ((t.upos !== "VERB" && !verbTaggedNoun(tree, i)) || absorbed.has(i) || tree.mention[i]) continue;
    // "Talks …, hosted by Saudi Arabia, collapsed", "the deal, announced on Monday": a participle
    // describing an event noun tells more of that event — its doer and places are the noun's.
    // ("a letter demanding an inquiry" is a demand of its own: what a message asks for is asked by its writer.)
    const described = t.deprel === "acl:relcl" || (t.deprel === "acl" && !asksInMessage(tree, i, nounEvents.get(t.head))) ? nounEvents.get(t.head) : undefined;
    if (described) {
      const v = verbSlots(tree, i);
      described.slots.agent.push(...v.agent);
      described.slots.obliques.push(...v.obliques);
      continue;
    }
    const lemma = lexiconLemma(t.form, t.lemma, "verb");
    const particle = dependents(tree, i, "compound:prt").map((k) => tree.tokens[k]!.form.toLowerCase())[0];
    let senses = verbSenses(lemma, particle);
    // "meet with", "call on", "call for": a preposition of the verb's argument completes it.
    if (!particle) {
      for (const o of dependents(tree, i, "obl")) {
        const phrasal = verbSenses(lemma, caseMarker(tree, o));
        if (phrasal !== verbSenses(lemma) && phrasal.length) senses = phrasal;
      }
    }
    let sense = chooseSense(senses, tree, i);
    // CAMEO's verb-object patterns: "impose sanctions", "take hostages".
    for (const o of dependents(tree, i, "obj")) {
      const byObject = objectSense(lemma, tree.tokens[o]!.form.toLowerCase()) ?? objectSense(lemma, lemmaOf(tree, o));
      if (byObject && !nounEvents.has(o)) sense = byObject;
    }
    if (eventPronounObject(tree, i, nounEvents)) continue;
    if (!sense) continue;
    // An object that is itself an event of the same type ("signed a deal", "rejected the
    // accusations") is that event, done by the verb's subject.
    const sameObject = dependents(tree, i, "obj").map((o) => nounEvents.get(o)).find((c) => c?.sense.type === sense!.type);
    if (sameObject) {
      if (sameObject.slots.subject.length === 0 && sameObject.slots.agent.length === 0) {
        const v = verbSlots(tree, i);
        sameObject.slots.subject.push(...v.subject);
        sameObject.slots.patient.push(...v.patient);
        sameObject.slots.obliques.push(...v.obliques);
      }
      continue;
    }
    const factuality = factualityOf(tree, i);
    if (!isReported(factuality)) continue;
    const slots = verbSlots(tree, i);
    if (sense.type === "APPEAL" || sense.type === "DEMAND") addressedInThatClause(tree, i, slots);
    if (sense.type === "AGREEMENT" || sense.type === "APPEAL" || sense.type === "DEMAND") sense = foldAgreedAct(tree, i, sense, slots);
    out.push({ tree, p: i, sense, nominal: false, factuality, slots });
  }
  // "Russia's invasion of Ukraine has resulted in Russia taking children": a definite event noun
  // that is the subject of a sentence whose verb reports another event names one told elsewhere.
  const verbTypes = new Set(out.filter((c) => !c.nominal).map((c) => c.sense.type));
  // "said in a statement", "told reporters in an interview": the noun is how the verb's event was told.
  const verbAt = new Map(out.filter((c) => !c.nominal).map((c) => [c.p, c]));
  for (const c of out) {
    if (!c.nominal || baseRel(tree.tokens[c.p]!.deprel) !== "obl") continue;
    const v = verbAt.get(tree.tokens[c.p]!.head);
    if (v && v.sense.type === c.sense.type && c.sense.type === "COMMUNICATION") c.factuality = "referred";
  }
  return out
    .filter((c) => c.factuality !== "referred")
    .filter((c) => !(c.nominal && verbTypes.size > 0 && !verbTypes.has(c.sense.type) && baseRel(tree.tokens[c.p]!.deprel) === "nsubj" && isDefinite(tree, c.p) && CONSEQUENCE_VERBS.has(lemmaOf(tree, tree.tokens[c.p]!.head))))
    .sort((a, b) => a.p - b.p);
}

/**
 * "Venezuela demands that Morocco withdraw", "insists that Lima pay": the one a demand's
 * that-clause asks to act is who it is made of, whatever the parse made of the clause.
 */
function addressedInThatClause(tree: SentenceTree, v: number, slots: Slots): void {
  if (slots.object.length || slots.indirect.length || tree.tokens[v + 1]?.form.toLowerCase() !== "that") return;
  const k = v + 2;
  const e = tree.entity[k];
  if (!e || tree.isReference[k]) return;
  const m = tree.mention[k];
  slots.indirect.push(m ? tree.mentionHead.get(m) ?? k : k);
}

/**
 * "Venezuela demands that Morocco withdraw": after a proper noun the tagger often takes a verb in -s
 * for a plural noun. A bare "-s" noun (no determiner, no copula) with a named subject of its own
 * is the verb of its clause.
 */
function verbTaggedNoun(tree: SentenceTree, i: number): boolean {
  const t = tree.tokens[i]!;
  if (t.upos !== "NOUN" || !/[^s]s$/i.test(t.form) || dependents(tree, i, "det", "cop", "nmod:poss", "amod").length > 0) return false;
  return dependents(tree, i, "nsubj").some((s) => tree.entity[s] !== undefined || tree.tokens[s]!.upos === "PROPN" || tree.tokens[s]!.upos === "PRON");
}

/** "a letter demanding an inquiry", "a statement urging calm": an active participle of asking on a message noun. */
function asksInMessage(tree: SentenceTree, v: number, message: Candidate | undefined): boolean {
  if (message?.sense.type !== "COMMUNICATION" || tree.tokens[v]!.xpos !== "VBG") return false;
  // "a statement calling Davis an icon": naming someone something asks nothing; "calling for
  // talks", "calling on Israel to stop" ask.
  if (dependents(tree, v, "obj").length > 0 && dependents(tree, v, "xcomp").length > 0) return false;
  if (lemmaOf(tree, v) === "call" && !dependents(tree, v, "obl").some((o) => /^(for|on|upon)$/.test(caseMarker(tree, o))) && !dependents(tree, v, "xcomp").length) return false;
  const sense = chooseSense(verbSenses(lexiconLemma(tree.tokens[v]!.form, tree.tokens[v]!.lemma, "verb")), tree, v);
  return sense?.type === "DEMAND" || sense?.type === "APPEAL";
}

/**
 * "agreed to acquire Brandt Biotech", "urged them to resume talks": the act agreed or asked for
 * has not happened, but its arguments say what the agreement or appeal is about. An agreement to
 * buy is an agreement of the buying kind (an ACQUISITION).
 */
function foldAgreedAct(tree: SentenceTree, v: number, sense: TriggerSense, slots: Slots): TriggerSense {
  let out = sense;
  for (const x of dependents(tree, v, "xcomp")) {
    const t = tree.tokens[x]!;
    if (t.upos !== "VERB") continue;
    const act = verbSlots(tree, x);
    slots.object.push(...act.object);
    for (const o of act.obliques) slots.obliques.push(o);
    if (sense.type === "AGREEMENT" && !sense.subtype) {
      const actSense = chooseSense(verbSenses(lexiconLemma(t.form, t.lemma, "verb")), tree, x);
      if (actSense?.type === "AGREEMENT" && actSense.subtype) out = { ...sense, subtype: actSense.subtype };
    }
  }
  return out;
}

/**
 * "crafted a letter … to deliver it to Putin": a verb whose object is "it" standing for an event
 * noun earlier in the sentence adds its recipients and places to that event (and its subject,
 * when the event has none). Returns whether the verb was such a continuation.
 */
function eventPronounObject(tree: SentenceTree, v: number, nounEvents: Map<number, Candidate>): boolean {
  const it = dependents(tree, v, "obj").find((o) => /^(it|this)$/i.test(tree.tokens[o]!.form) && !tree.entity[o]);
  if (it === undefined) return false;
  let event: Candidate | undefined;
  for (const [k, c] of nounEvents) if (k < it && (!event || k > event.p)) event = c;
  if (!event) return false;
  const slots = verbSlots(tree, v);
  event.slots.obliques.push(...slots.obliques);
  if (event.slots.subject.length === 0) event.slots.subject.push(...slots.subject);
  return true;
}

/** The arguments of a verb, with subjects inherited through coordination and control. */
function verbSlots(tree: SentenceTree, v: number): Slots {
  const slots: Slots = { subject: [], patient: [], agent: [], object: [], indirect: [], obliques: [], tree };
  const passive = isPassive(tree, v);
  for (const c of tree.children[v]!) {
    const rel = tree.tokens[c]!.deprel;
    const base = baseRel(rel);
    if (rel === "nsubj:pass") slots.patient.push(...conjuncts(tree, c));
    else if (base === "nsubj") slots.subject.push(...listedSubjects(tree, c));
    else if (rel === "obl:agent" || (base === "obl" && passive && caseMarker(tree, c) === "by")) slots.agent.push(...conjuncts(tree, c));
    else if (base === "obj") slots.object.push(...conjuncts(tree, c));
    // "the island, which it seized": a relative pronoun the parse hangs as a bare oblique is the object.
    else if (base === "obl" && !passive && caseMarker(tree, c) === "" && /^(which|that|whom)$/i.test(tree.tokens[c]!.form)) slots.object.push(c);
    else if (base === "iobj") slots.indirect.push(...conjuncts(tree, c));
    else if (base === "obl" || rel === "nmod") for (const k of conjuncts(tree, c)) slots.obliques.push({ case: caseMarker(tree, c), token: k });
  }
  if (slots.subject.length === 0 && slots.patient.length === 0) inheritSubject(tree, v, slots, passive);
  // "met President Olga Horvath of Bhutan": when the parse loses the object, the name right after the verb.
  if (!passive && slots.object.length === 0 && !slots.obliques.some((o) => argumentEntities(tree, o.token).length > 0)) {
    const o = nameAfter(tree, v);
    if (o !== undefined) slots.object.push(o);
  } else if (!passive && !slots.object.some((o) => argumentEntities(tree, o).length > 0)) {
    // "fined Google 2.4 billion euros", "handed Putin a letter": a name right after the verb and
    // before a second object is the first object, whatever the parse made of it.
    const o = firstOfTwoObjects(tree, v);
    if (o !== undefined) slots.object.push(o);
  }
  // Not past a subject the parse gives: a relative pronoun ("workers who have been laid off" names
  // no one) or a name the mention stage could not type ("Horvath wrote a letter … demanding").
  const hasSubject = slots.subject.concat(slots.patient).some((k) => tree.tokens[k]!.upos === "PROPN" || (tree.tokens[k]!.upos === "PRON" && /^(who|which|that)$/i.test(tree.tokens[k]!.form)));
  if (!hasSubject && !slots.subject.concat(slots.patient).some((k) => argumentEntities(tree, k).length > 0)) {
    const s = subjectBefore(tree, v);
    if (s !== undefined) (passive ? slots.patient : slots.subject).push(s);
  }
  return slots;
}

/**
 * A subject and the names coordinated with it. "German Chancellor Friedrich Merz, French President
 * Emmanuel Macron and Polish Prime Minister Donald Tusk held talks": with a title before each name
 * the parser hangs the names in many ways (descriptors of the last, a list under a nationality
 * word). A subject phrase of titles and names joined by commas and "and", with no preposition or
 * verb in it, has every person it names for subject.
 */
function listedSubjects(tree: SentenceTree, s: number): number[] {
  // "Mark Rutte, the secretary general of NATO and a former Dutch prime minister, joined …": a
  // title joined to a person's name is a second role of that person, not a second subject.
  const person = tree.entity[s]?.kind === "PERSON";
  const out = conjuncts(tree, s).filter((k) => k === s || !person || tree.entity[k] || tree.tokens[k]!.upos !== "NOUN" || !matchTitle([lemmaOf(tree, k)], 0));
  const span = subtree(tree, s);
  if (!span.some((k) => /^(and|&)$/i.test(tree.tokens[k]!.form)) || span.some((k) => /^(ADP|VERB|AUX)$/.test(tree.tokens[k]!.upos))) return out;
  const persons: number[] = [];
  for (const k of span) {
    const m = tree.mention[k];
    if (!m || m.possessive || tree.isReference[k] || tree.entity[k]?.kind !== "PERSON" || tree.mention[k - 1] === m) continue;
    persons.push(tree.mentionHead.get(m) ?? k);
  }
  return persons.length >= 2 ? persons : out;
}

/** The name starting right after a verb, over a determiner and title words: "met President Olga Horvath". */
function nameAfter(tree: SentenceTree, v: number): number | undefined {
  for (let k = v + 1; k < tree.tokens.length && k - v <= 4; k++) {
    const e = tree.entity[k];
    // "said the company would appeal": a description right after the verb is the next clause's subject, not a lost object.
    if (e && tree.isReference[k]) return undefined;
    if (e) {
      const m = tree.mention[k];
      // "met Putin's envoy", "told Nordic Radio's morning show": a possessor owns the object, it is not it.
      if (m?.possessive) return undefined;
      return m ? tree.mentionHead.get(m) ?? k : k;
    }
    const t = tree.tokens[k]!;
    if (t.upos !== "DET" && !(t.upos === "PROPN" || t.upos === "NOUN") ) return undefined;
    if (t.upos === "NOUN" && !matchTitle([t.form.toLowerCase()], 0)) return undefined;
  }
  return undefined;
}

function firstOfTwoObjects(tree: SentenceTree, v: number): number | undefined {
  const m = tree.mention[v + 1];
  if (!m || !tree.entity[v + 1] || tree.isReference[v + 1] || m.possessive) return undefined;
  let end = v + 1;
  while (end + 1 < tree.tokens.length && tree.mention[end + 1] === m) end++;
  const next = tree.tokens[end + 1];
  return next && (next.upos === "DET" || next.upos === "NUM") ? tree.mentionHead.get(m) ?? v + 1 : undefined;
}

/**
 * When the parse gives a verb no subject (news constructions the treebank rarely has: "Charlie
 * Bell, the former head of X, has died"), the name or reference right before it in its clause:
 * scanning left over auxiliaries, adverbs and a comma-closed apposition, never into a
 * prepositional phrase or past another verb.
 */
function subjectBefore(tree: SentenceTree, v: number): number | undefined {
  let depth = 0;
  for (let k = v - 1; k >= 0 && v - k <= 40; k--) {
    const t = tree.tokens[k]!;
    if (t.form === ";" || t.form === ":" || t.form === "—" || t.form === "–") return undefined;
    if (t.upos === "VERB" && depth === 0 && baseRel(t.deprel) !== "amod") return undefined;
    if (t.form === ",") {
      depth = depth === 0 ? 1 : 0;
      continue;
    }
    if (depth > 0) continue;
    const e = tree.entity[k] ?? (tree.group.get(k) ? tree.group.get(k)![0] : undefined);
    if (!e) continue;
    const m = tree.mention[k];
    const head = m ? tree.mentionHead.get(m) ?? k : k;
    // "resulted in Russia taking children": a name right before a gerund is its subject, whatever its preposition.
    const adjacent = tree.tokens[v]!.xpos === "VBG" && (m ? tokenEndingAt(tree, m.end) : k) === v - 1;
    if (dependents(tree, head, "case").length > 0 && !adjacent) continue;
    return head;
  }
  return undefined;
}

/** "X met A and visited B", "urged Vietnam to push back", "a man arrested by police". */
function inheritSubject(tree: SentenceTree, v: number, slots: Slots, passive: boolean): void {
  const rel = tree.tokens[v]!.deprel;
  const h = tree.tokens[v]!.head;
  if (h < 0) return;
  const into = passive ? slots.patient : slots.subject;
  if (baseRel(rel) === "conj") {
    const up = verbSlots(tree, h);
    into.push(...(isPassive(tree, h) ? up.patient : up.subject));
  } else if (baseRel(rel) === "xcomp") {
    const objects = dependents(tree, h, "obj", "iobj");
    if (objects.length) into.push(...objects.flatMap((o) => conjuncts(tree, o)));
    else {
      const up = verbSlots(tree, h);
      into.push(...up.subject, ...up.patient);
    }
  } else if (rel === "acl") {
    // A participle modifying a noun: "the man arrested" (passive sense), "troops guarding the base";
    // "took the step of crafting": the gerund's doer is whoever took the step.
    const participle = tree.tokens[v]!.xpos;
    const ofGerund = participle === "VBG" && dependents(tree, v, "mark").some((m) => tree.tokens[m]!.form.toLowerCase() === "of");
    // "wrote a letter demanding an inquiry": what a letter or statement demands, its writer demands.
    const message = participle === "VBG" && nounSenses(lexiconLemma(tree.tokens[h]!.form, tree.tokens[h]!.lemma, "noun")).some((x) => x.type === "COMMUNICATION");
    if (participle === "VBN") slots.patient.push(h);
    else if (message && dependents(tree, h, "nmod:poss").length) slots.subject.push(...dependents(tree, h, "nmod:poss"));
    else if ((ofGerund || (message && baseRel(tree.tokens[h]!.deprel) === "obj")) && tree.tokens[h]!.head >= 0) slots.subject.push(...verbSlots(tree, tree.tokens[h]!.head).subject);
    else slots.subject.push(h);
  } else if (baseRel(rel) === "advcl" && dependents(tree, v, "mark").every((m) => tree.tokens[m]!.form.toLowerCase() === "to")) {
    // "…, citing security concerns", "travelled to Brussels to meet X": the clause shares the main subject.
    const up = verbSlots(tree, h);
    slots.subject.push(...up.subject);
  }
}

/** The person named right after the comma that closes a noun phrase: "the commissioner, Margrethe Vestager". */
function nameAfterComma(tree: SentenceTree, n: number): ResolvedEntity | undefined {
  const span = subtree(tree, n);
  const last = span[span.length - 1]!;
  if (tree.tokens[last + 1]?.form !== ",") return undefined;
  const e = tree.entity[last + 2];
  return e?.kind === "PERSON" && !tree.isReference[last + 2] ? e : undefined;
}

/** ", including Senator Maria Lopez" right after a noun phrase, however the parse hung it: the first person named. */
function includedAfter(tree: SentenceTree, n: number): ResolvedEntity | undefined {
  const span = subtree(tree, n);
  let k = span[span.length - 1]! + 1;
  if (tree.tokens[k]?.form !== "," || tree.tokens[k + 1]?.form.toLowerCase() !== "including") return undefined;
  for (k += 2; k < tree.tokens.length && k <= span[span.length - 1]! + 6; k++) {
    const e = tree.entity[k];
    if (e) return tree.isReference[k] ? undefined : e;
    if (tree.tokens[k]!.upos !== "PROPN" && !matchTitle([tree.tokens[k]!.form.toLowerCase()], 0)) return undefined;
  }
  return undefined;
}

/** The arguments of an event noun: its possessor or by-phrase does it, "of" what it concerns. */
function nounSlots(tree: SentenceTree, n: number): Slots {
  const slots: Slots = { subject: [], patient: [], agent: [], object: [], indirect: [], obliques: [], tree };
  for (const c of tree.children[n]!) {
    const rel = tree.tokens[c]!.deprel;
    if (rel === "nmod:poss") slots.subject.push(...conjuncts(tree, c));
    else if (rel === "amod" && tree.entity[c]) slots.subject.push(c);
    // "the New York trial", "the Alaska meeting": a place before the noun is where it happened.
    else if (rel === "compound" && tree.entity[c]) slots.obliques.push({ case: tree.entity[c]!.kind === "PLACE" ? "compound-place" : "compound", token: c });
    else if (baseRel(rel) === "nmod" || baseRel(rel) === "obl") {
      const cm = caseMarker(tree, c);
      for (const k of conjuncts(tree, c)) {
        if (cm === "by") slots.agent.push(k);
        else slots.obliques.push({ case: cm, token: k });
      }
    } else if (rel === "acl" || rel === "acl:relcl") {
      // "talks held in Oslo", "the deal announced on Monday": the clause's prepositions are the noun's.
      for (const o of dependents(tree, c, "obl")) slots.obliques.push({ case: caseMarker(tree, o), token: o });
      for (const a of dependents(tree, c, "obl:agent")) slots.agent.push(a);
    }
  }
  // "The attack killed 12": a noun subject of its clause keeps the clause's places and dates.
  return slots;
}

/** The entities an argument stands for: the name or reference itself, else the owner of a group noun. */
function argumentEntities(tree: SentenceTree, i: number): ResolvedEntity[] {
  const group = tree.group.get(i);
  if (group) return group;
  const direct = tree.entity[i];
  if (direct) return [direct];
  const t = tree.tokens[i]!;
  // "Mr Bell": the form of address heads the parse, the name hangs on it.
  for (const f of dependents(tree, i, "flat")) if (tree.entity[f]) return [tree.entity[f]!];
  // "his wife, Kimberly", "the company Coty": an apposed name is what the noun names (the parse
  // may call the noun an adjective: "Northwind's chief executive, Laura Whitfield,").
  for (const a of dependents(tree, i, "appos", "flat", "list")) if (tree.entity[a]) return [tree.entity[a]!];
  if (t.upos !== "NOUN") return [];
  const lemma = lemmaOf(tree, i);
  const named = (k: number) => conjuncts(tree, k).map((c) => tree.entity[c]).filter((e): e is ResolvedEntity => e !== undefined);
  // "to meet the EU's competition commissioner, Margrethe Vestager": a title whose apposed name
  // the parse hung elsewhere is still named by the name right after its comma.
  const apposed = nameAfterComma(tree, i);
  if (apposed && matchTitle([lemma], 0)) return [apposed];
  // "the IG Metall union", "the city of El Fasher".
  if (ORGANIZATION_HEADS.has(lemma)) for (const c of dependents(tree, i, "compound")) if (tree.entity[c]?.kind === "ORGANIZATION") return [tree.entity[c]!];
  if (PLACE_HEADS.has(lemma)) {
    // "the Sudanese city of El Fasher": the place named after "of" (or apposed), not the qualifier.
    for (const c of [...dependents(tree, i, "nmod", "appos", "flat"), ...dependents(tree, i, "compound")]) {
      if (baseRel(tree.tokens[c]!.deprel) === "nmod" && caseMarker(tree, c) !== "of") continue;
      if (tree.entity[c]?.kind === "PLACE") return [tree.entity[c]!];
    }
  }
  // "supporters of the senator, including Maria Lopez": the people named as
  // included are the ones who act (a title may head the parse: the name hangs on it).
  for (const c of dependents(tree, i, "nmod")) {
    if (caseMarker(tree, c) !== "including") continue;
    const ents = [c, ...dependents(tree, c, "conj", "flat", "appos")].flatMap((k) => named(k));
    if (ents.length) return [...new Set(ents)];
  }
  const included = includedAfter(tree, i);
  if (included) return [included];
  if (!GROUP_NOUNS.has(lemma)) return [];
  // "Russian forces", "Kremlin officials", "Putin's government", "the foreign ministers of Armenia and Azerbaijan".
  for (const rel of ["nmod:poss", "amod", "compound", "nmod"]) {
    for (const c of dependents(tree, i, rel)) {
      if (rel === "nmod" && caseMarker(tree, c) !== "of") continue;
      const ents = named(c);
      if (ents.length) return ents;
    }
  }
  return [];
}

// What each syntactic slot is, for each kind of event. "subject" is the active subject.
type Slot = "subject" | "patient" | "agent" | "object" | "indirect" | "with" | "to" | "against" | "of" | "on" | "for" | "from" | "between" | "compound" | "about" | "over" | "in";
type RoleMap = Partial<Record<Slot, ParticipantRole>>;
const DEFAULT_ROLES: RoleMap = { subject: "agent", agent: "agent", patient: "target", object: "target", indirect: "recipient", against: "target", with: "participant", between: "participant", of: "target", compound: "target" };
const ROLES: Partial<Record<EventType, RoleMap>> = {
  MEETING: { subject: "agent", agent: "agent", patient: "participant", object: "participant", with: "participant", between: "participant", against: "participant", compound: "participant", of: "participant" },
  NEGOTIATION: { subject: "participant", agent: "participant", object: "participant", with: "participant", between: "participant", compound: "participant", of: "participant" },
  VISIT: { subject: "agent", agent: "agent", object: "recipient", patient: "recipient", to: "recipient", with: "participant", of: "agent" },
  COMMUNICATION: { subject: "agent", agent: "agent", object: "recipient", indirect: "recipient", to: "recipient", patient: "recipient", with: "recipient", about: "subject", over: "subject", against: "target", of: "agent", for: "recipient" },
  APPEAL: { subject: "agent", agent: "agent", object: "recipient", indirect: "recipient", on: "recipient", to: "recipient", patient: "recipient", for: "subject", of: "agent" },
  DEMAND: { subject: "agent", agent: "agent", object: "recipient", indirect: "recipient", patient: "recipient", from: "recipient", on: "recipient", of: "agent", for: "subject" },
  REJECTION: { subject: "agent", agent: "agent", object: "target", patient: "target", of: "target", against: "target", compound: "target" },
  AGREEMENT: { subject: "participant", agent: "participant", object: "participant", patient: "participant", with: "participant", between: "participant", compound: "participant", of: "participant" },
  // "appealed to the Fifth Circuit": the court appealed to is addressed.
  LEGAL_ACTION: { subject: "agent", agent: "agent", object: "target", patient: "target", against: "target", of: "target", compound: "target", indirect: "target", for: "target", to: "recipient" },
  ELECTION: { subject: "agent", agent: "agent", object: "subject", patient: "subject", of: "subject", compound: "subject", for: "subject" },
  APPOINTMENT: { subject: "agent", agent: "agent", object: "subject", patient: "subject", of: "subject", compound: "subject", from: "participant", to: "participant", with: "participant" },
  DEATH: { subject: "subject", patient: "subject", object: "subject", of: "subject", agent: "agent", compound: "subject" },
  PROTEST: { subject: "agent", agent: "agent", object: "target", against: "target", over: "subject", of: "agent" },
  SANCTION: { subject: "agent", agent: "agent", object: "target", patient: "target", on: "target", against: "target", compound: "target", of: "target", indirect: "target" },
  MILITARY_ACTION: { subject: "agent", agent: "agent", object: "target", patient: "target", on: "target", against: "target", of: "target", compound: "target" },
  TERRITORIAL_CHANGE: { subject: "agent", agent: "agent", object: "target", patient: "target", of: "target", compound: "target", from: "target" },
  ABDUCTION: { subject: "agent", agent: "agent", object: "target", patient: "target", of: "target" },
};
// Intransitive predicates whose subject undergoes them: "Bell died", "resigned", "shares fell".
const UNDERGOER_SUBJECT_TYPES = new Set<EventType>(["DEATH"]);
const UNDERGOER_SUBJECT_SUBTYPES = new Set<EventSubtype>(["RESIGNATION"]);

// Buying and investing have a doer and a thing bought: "Coty took a majority stake in X", "sold it to Y".
const TRANSFER_ROLES: RoleMap = { subject: "agent", agent: "agent", object: "target", patient: "target", in: "target", of: "target", compound: "target", to: "recipient", from: "participant", with: "participant", for: "target" };

function roleFor(c: Candidate, slot: Slot, intransitive: boolean): ParticipantRole | undefined {
  const type = c.sense.type;
  if (type === "AGREEMENT" && (c.sense.subtype === "ACQUISITION" || c.sense.subtype === "INVESTMENT" || c.sense.subtype === "MERGER")) return TRANSFER_ROLES[slot];
  // A meeting's possessor or compound ("their meeting", "the Trump-Putin summit") are its parties.
  if ((type === "MEETING" || type === "NEGOTIATION") && c.nominal && slot === "subject") return "participant";
  if (slot === "subject" && intransitive) {
    if (UNDERGOER_SUBJECT_TYPES.has(type) || (c.sense.subtype && UNDERGOER_SUBJECT_SUBTYPES.has(c.sense.subtype))) return "subject";
    // "Mr Bell took over as chief executive", "the stock added 2%": no one else in the act.
    if (type === "APPOINTMENT" || type === "OTHER") return "subject";
  }
  const map = ROLES[type] ?? DEFAULT_ROLES;
  return map[slot] ?? (type === "OTHER" || type === "COMMUNICATION" ? undefined : DEFAULT_ROLES[slot]);
}

function slotOfCase(cm: string): Slot | "place" | undefined {
  switch (cm) {
    case "with":
    case "to":
    case "against":
    case "of":
    case "on":
    case "for":
    case "from":
    case "between":
    case "about":
    case "over":
    case "compound":
      return cm;
    case "into":
      return "to";
    case "in":
    case "at":
    case "near":
    case "outside":
    case "inside":
    case "across":
    case "throughout":
      return "place";
    default:
      return undefined;
  }
}

/** A date expression a predicate claims; `reported`: lent by the dated statement that reports it. */
type ClaimedDate = DateMention & { reported?: boolean };

function buildEvent(articleId: string, c: Candidate, date: ClaimedDate | undefined, datelinePlace: ResolvedEntity | undefined): ExtractedEventT | undefined {
  const { tree, p, sense, slots } = c;
  const type = sense.type;
  const participants = new Map<string, ParticipantRole>();
  const names = new Map<string, string>();
  const add = (e: ResolvedEntity, role: ParticipantRole) => {
    names.set(e.id, e.name);
    const had = participants.get(e.id);
    // A stronger role wins over "participant"; the first role given otherwise stays.
    if (!had || (had === "participant" && role !== "participant")) participants.set(e.id, role);
  };
  const intransitive = slots.object.length === 0 && slots.indirect.length === 0;
  let placeId: string | null = null;
  const take = (tokens: number[], slot: Slot) => {
    const role = roleFor(c, slot, intransitive);
    if (!role) return;
    for (const k of tokens) for (const e of argumentEntities(tree, k)) add(e, role);
  };
  take(slots.subject, "subject");
  take(slots.agent, "agent");
  take(slots.patient, "patient");
  take(slots.object, "object");
  take(slots.indirect, "indirect");
  for (const o of slots.obliques) {
    // "the Crimea annexation", "the Ukraine invasion": a place before a seizure or an attack is what is taken or hit.
    const slot = o.case === "compound-place" ? (type === "TERRITORIAL_CHANGE" || type === "MILITARY_ACTION" ? "compound" : "place") : slotOfCase(o.case);
    const ents = argumentEntities(tree, o.token);
    if (slot === "place" || (sense.type === "VISIT" && (slot === "to" || o.case === ""))) {
      for (const e of ents) {
        if (e.kind === "PERSON") continue;
        if (e.kind === "PLACE" || PLACE_CASES.has(o.case)) {
          add(e, "place");
          if (placeId === null && (e.kind === "PLACE" || o.case === "at")) placeId = e.id;
        }
      }
      continue;
    }
    // "said on CNBC", "published in The Lancet", "wrote in the Washington Post": the medium.
    if ((o.case === "on" || o.case === "in") && sense.type === "COMMUNICATION" && ents.some((e) => e.kind === "ORGANIZATION")) {
      for (const e of ents) if (e.kind === "ORGANIZATION") add(e, "instrument");
      continue;
    }
    if (slot) take([o.token], slot);
  }
  // A visit's object that is a place is where it happened ("visited Thimphu").
  if (sense.type === "VISIT") {
    for (const k of slots.object) for (const e of argumentEntities(tree, k)) if (e.kind === "PLACE") {
      participants.set(e.id, "place");
      placeId ??= e.id;
    }
  }
  // "was unveiled as the new Wolves manager": the organisation of the office appoints, unless someone else is named.
  if (sense.type === "APPOINTMENT") {
    const office = asOffice(tree, p) ?? slots.object.find((o) => !tree.entity[o]);
    if (office !== undefined) {
      const org = officeOwner(tree, office);
      if (org) add(org, [...participants.values()].includes("agent") ? "participant" : "agent");
    }
  }
  // "met X of Bhutan in Thimphu": the parse may hang the place on a name; "in/at" a place after
  // the trigger, before any other verb, is where it happened.
  if (placeId === null) {
    for (let k = p + 1; k + 1 < tree.tokens.length; k++) {
      const t = tree.tokens[k]!;
      if (t.upos === "VERB" || t.form === ";") break;
      if (!/^(in|at)$/i.test(t.form)) continue;
      let j = k + 1;
      while (j < tree.tokens.length && tree.tokens[j]!.upos === "DET") j++;
      const e = tree.entity[j];
      if (e?.kind === "PLACE" && !participants.has(e.id) && !tree.isReference[j]) {
        add(e, "place");
        placeId = e.id;
        break;
      }
    }
  }
  // "were published in The Lancet two days ago": the parse may lose the medium's preposition; "in/on"
  // an organisation right after a communication's verb is where it was told.
  if (type === "COMMUNICATION" && !c.nominal && ![...participants.values()].includes("instrument")) {
    const k = p + 1;
    if (/^(in|on)$/i.test(tree.tokens[k]?.form ?? "")) {
      let j = k + 1;
      while (j < tree.tokens.length && tree.tokens[j]!.upos === "DET") j++;
      const e = tree.entity[j];
      const m = tree.mention[j];
      let end = j;
      while (m && end + 1 < tree.tokens.length && tree.mention[end + 1] === m) end++;
      // "on Senate letterhead": a name that modifies the noun after it is not the medium.
      const modifier = /^(NOUN|PROPN)$/.test(tree.tokens[end + 1]?.upos ?? "");
      if (e?.kind === "ORGANIZATION" && !modifier && !participants.has(e.id) && !tree.isReference[j]) add(e, "instrument");
    }
  }
  if (placeId === null && datelinePlace && !c.nominal) {
    placeId = datelinePlace.id;
    if (!participants.has(datelinePlace.id)) add(datelinePlace, "place");
  }
  // "technical teams would meet in Vienna": a plan with no named doer is no news about anyone.
  // ("the runoff is scheduled for December 14" is kept: a dated event still to come).
  if (c.factuality === "planned" && !c.nominal && ![...participants.values()].some((r) => r !== "place")) return undefined;
  // An event no one is named in is kept when the sentence says who or what it concerns
  // ("hundreds of farmers protested", "the runoff is scheduled for December 14").
  // (A date lent by the statement that reports the event says nothing of whom it concerns.)
  if (participants.size === 0 && !(date?.date && !date.reported && (c.nominal || slots.subject.length + slots.patient.length > 0)) && !peopleDoIt(tree, slots)) return undefined;
  const trigger = tree.tokens[p]!;
  const agentId = [...participants].find(([, r]) => r === "agent")?.[0];
  const other = [...participants].find(([, r]) => r === "target" || r === "recipient" || r === "subject" || r === "participant")?.[0];
  let name = EVENT_TYPE_TABLE[type].label;
  if (agentId) name += ` by ${names.get(agentId)}`;
  if (other && other !== agentId) name += `${agentId ? "," : ""} ${type === "MILITARY_ACTION" || type === "LEGAL_ACTION" || type === "SANCTION" ? "against" : "involving"} ${names.get(other)}`;
  if (placeId && placeId !== agentId && placeId !== other) name += ` in ${names.get(placeId)}`;
  if (date?.date) name += ` (${date.date})`;
  return {
    id: eventId(articleId, type, trigger.start),
    type,
    subtype: sense.subtype ?? null,
    factuality: c.factuality === "planned" ? "planned" : "asserted",
    name,
    date: date?.date ?? null,
    dateText: date?.text ?? null,
    placeId,
    participants: [...participants].map(([entityId, role]) => ({ entityId, role })),
    evidence: [{ start: tree.start, end: tree.end, text: tree.text }],
  };
}

// Unnamed people who can do something newsworthy: "hundreds of farmers protested".
const CROWD_NOUNS = new Set(
  "people protester demonstrator farmer worker student resident villager citizen activist supporter fan voter striker employee nurse doctor teacher driver miner refugee migrant".split(" "),
);

/** The subject is a crowd of people ("hundreds of farmers", "protesters"): the sentence says who did it, though it names no one. */
function peopleDoIt(tree: SentenceTree, slots: Slots): boolean {
  return slots.subject.some((s) => {
    const heads = [s, ...dependents(tree, s, "nmod").filter((n) => caseMarker(tree, n) === "of")];
    // ("The nurses said": a group told of before, whose statement the sentence does not name anyone in.)
    const definite = dependents(tree, s, "det", "nmod:poss").some((d) => tree.tokens[d]!.upos !== "DET" || /^(the|these|those)$/i.test(tree.tokens[d]!.form));
    return !definite && heads.some((h) => tree.tokens[h]!.upos === "NOUN" && /s$/i.test(tree.tokens[h]!.form) && CROWD_NOUNS.has(lemmaOf(tree, h)));
  });
}

/** "the Wolves manager", "chief executive of Renault", "Nissan's chief operating officer": whose office it is. */
function officeOwner(tree: SentenceTree, office: number): ResolvedEntity | undefined {
  for (const c of dependents(tree, office, "compound", "nmod:poss", "nmod", "amod")) {
    if (baseRel(tree.tokens[c]!.deprel) === "nmod" && !["of", "at", "for", "with"].includes(caseMarker(tree, c))) continue;
    const e = tree.entity[c];
    if (e && e.kind !== "PERSON") return e;
  }
  return undefined;
}

/**
 * Which date expression belongs to which predicate: the one inside the predicate's part of the
 * tree (the nearest trigger above the date's words); a predicate that claims none takes the
 * sentence's nearest unclaimed date.
 */
function claimDates(tree: SentenceTree, candidates: readonly Candidate[], dates: readonly DateMention[]): Map<number, ClaimedDate> {
  const out = new Map<number, ClaimedDate>();
  if (dates.length === 0 || candidates.length === 0) return out;
  const triggers = new Set(candidates.map((c) => c.p));
  const used = new Set<DateMention>();
  for (const d of dates) {
    const tok = tree.tokens.findIndex((t) => t.start >= d.start && t.start < d.end);
    if (tok < 0) continue;
    let h = tok;
    let steps = 0;
    while (h >= 0 && !triggers.has(h) && steps++ < tree.tokens.length) h = tree.tokens[h]!.head;
    if (h >= 0 && triggers.has(h) && !out.has(h)) {
      out.set(h, d);
      used.add(d);
    }
  }
  // "Helix said on Monday it had agreed to acquire Brandt": what a dated statement reports as done
  // is dated by the statement, when nothing else dates it.
  const byTrigger = new Map(candidates.map((c) => [c.p, c]));
  for (const c of candidates) {
    if (out.has(c.p) || c.nominal) continue;
    const up = ancestors(tree, c.p);
    const k = up.findIndex((a) => byTrigger.get(a)?.sense.type === "COMMUNICATION" && out.has(a));
    if (k < 0) continue;
    const through = [c.p, ...up.slice(0, k)];
    if (through.some((x) => baseRel(tree.tokens[x]!.deprel) === "ccomp")) out.set(c.p, { ...out.get(up[k]!)!, reported: true });
  }
  for (const c of candidates) {
    if (out.has(c.p)) continue;
    const t = tree.tokens[c.p]!;
    let best: DateMention | undefined;
    let bestDist = Infinity;
    for (const d of dates) {
      const dist = d.start >= t.end ? d.start - t.end : t.start - d.end;
      if (dist < bestDist && !used.has(d)) [best, bestDist] = [d, dist];
    }
    if (best) out.set(c.p, best);
  }
  return out;
}

function isDefinite(tree: SentenceTree, n: number): boolean {
  return (
    dependents(tree, n, "det").some((d) => /^(the|this|that|these|those)$/.test(tree.tokens[d]!.form.toLowerCase())) ||
    dependents(tree, n, "nmod:poss").length > 0
  );
}

/**
 * The same event told again: "the deal" after a deal, a headline and the paragraph that tells it,
 * the same doer doing the same kind of thing in the next sentences. Merged into the earlier event
 * (evidence added, participants, date and place completed); returns whether it was merged.
 */
function mergeTold(
  events: Told[],
  ev: ExtractedEventT,
  sentence: number,
  agent: string | undefined,
  definite: boolean,
  lemma: string,
  heading: boolean,
): boolean {
  const ids = (e: ExtractedEventT) => new Set(e.participants.map((p) => p.entityId));
  for (let k = events.length - 1; k >= 0 && k >= events.length - 24; k--) {
    const prev = events[k]!;
    if (prev.event.type !== ev.type || prev.sentence === sentence) continue;
    // "The runoff is scheduled for December 14" after Sunday's vote: an event still to come is
    // another event than one that has happened, however it is named.
    if (prev.event.factuality !== ev.factuality) continue;
    const gap = sentence - prev.sentence;
    const shared = [...ids(ev)].some((id) => ids(prev.event).has(id));
    const sameAgent = agent !== undefined && prev.agent === agent;
    const conflictingAgent = agent !== undefined && prev.agent !== undefined && prev.agent !== agent;
    const toldAgain = definite && gap <= 5 && !conflictingAgent && (shared || agent === undefined);
    const fromHeading = (heading || prev.heading) && gap <= 3 && shared && !conflictingAgent;
    const continued = sameAgent && gap <= 2 && (prev.lemma === lemma || ev.type === "COMMUNICATION");
    if (!toldAgain && !fromHeading && !continued) continue;
    const p = prev.event;
    p.evidence.push(...ev.evidence);
    for (const x of ev.participants) if (!p.participants.some((q) => q.entityId === x.entityId)) p.participants.push(x);
    if (!p.date && ev.date) {
      p.date = ev.date;
      p.dateText = ev.dateText;
    }
    if (!p.placeId && ev.placeId) p.placeId = ev.placeId;
    prev.sentence = sentence;
    prev.heading = heading;
    return true;
  }
  return false;
}
