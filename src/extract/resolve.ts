// Entity resolution inside one article: decide which mentions name the same entity.
// Rules, in order: gazetteer names go to their canonical entry (demonyms to their country);
// multi-word person names form clusters (middle initials ignored); a lone surname or first name
// joins the matching cluster — when two people share it (Melania and Donald Trump) the one
// mentioned in the last three sentences wins, else the more prominent one (more mentions and
// titles); a lone surname with no full name in the article may map to a well-known person;
// descriptive references ("the U.S. president", "the first lady") go to the person holding
// that role (a first lady being the spouse of a president). Aliases keep every surface form.
// A short form defined in brackets stands for its name for the whole article, ahead of the
// gazetteer; organisations are named without their legal form ("Apple Inc." → Apple).
import type { EntityKind } from "./document.ts";
import type { RawMention, TitleInfo } from "./entities.ts";
import { lookupExact, WELL_KNOWN_LEADERS, WELL_KNOWN_PEOPLE } from "./gazetteer.ts";
import { entityId } from "./ids.ts";
import { isCommonWord, isFirstName, isLastName } from "./lexicon.ts";
import { ORG_SUFFIXES, titleInFull } from "./titles.ts";

export interface EntityRole {
  title: string;
  sort: TitleInfo["sort"];
  of?: ResolvedEntity;
  /** The qualifier was a nationality word ("Romanian director"), not the state's name. */
  viaDemonym?: boolean;
  /** "former President": no longer held, so no current LEADER_OF / MEMBER_OF. */
  former?: boolean;
  /** The owner was referred to ("its", "the union's"), not named, in the title's sentence. */
  byReference?: boolean;
  sentence: number;
}

export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  /** The spans that name the entity ("Vladimir Putin", "Putin", "Russia"): the document's mentions. */
  mentions: RawMention[];
  /**
   * Spans that point at the entity without naming it: nationality words ("Russian" → Russia) and
   * descriptions ("the U.S. president"). The parse still maps their tokens to the entity (so
   * titles, events and relationships can use them), but they are not names, so the document
   * does not list them as mentions (news NER conventions count neither as an entity mention).
   */
  references: RawMention[];
  roles: EntityRole[];
  /** Name tokens for person matching ("vladimir", "putin"). */
  nameTokens: string[];
  fromGazetteer: boolean;
}

export interface KinLink {
  a: ResolvedEntity;
  b: ResolvedEntity;
  spouse: boolean;
  sentence: number;
}

export interface Resolution {
  entities: ResolvedEntity[];
  byMention: Map<RawMention, ResolvedEntity>;
  /** Names found but not typed here (no lexicon or shape evidence): name-kinds.ts types them from their contexts. */
  untyped: RawMention[];
  kin: KinLink[];
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\bOf\b/g, "of");
}

function personTokens(text: string): string[] {
  // Drop middle initials ("Donald J. Trump") so name forms compare equal.
  const parts = text.replace(/’/g, "'").split(/\s+/).filter(Boolean);
  if (parts.length <= 2) return parts;
  return parts.filter((p, i) => i === 0 || i === parts.length - 1 || !/^\p{Lu}\.?$/u.test(p));
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|The)\s+/, "");
}

// Legal forms are left out of an organisation's canonical name, so "Apple Inc." in one article
// and "Apple" in the next are one node; "Group", "Holdings" and the like are part of the name.
const LEGAL_FORM = /(?<!&)(?:,?\s+(?:Inc|Corp|Ltd|LLC|PLC|plc|AG|SA|S\.A|SE|NV|N\.V|GmbH|SpA|S\.p\.A|AB|ASA|Oyj|Co))\.?$/;
function organizationName(text: string): string {
  const bare = stripArticle(text);
  const stripped = bare.replace(LEGAL_FORM, "").replace(/\s*[&,]$/, "");
  return stripped.length >= 2 && /\p{L}/u.test(stripped) ? stripped : bare;
}

/** "MARIA LOPEZ" in an AP byline is named Maria Lopez. */
function personName(tokens: string[]): string {
  const name = tokens.join(" ");
  return /\p{Ll}/u.test(name) ? name : titleCase(name.toLowerCase());
}

export function resolveMentions(mentions: RawMention[]): Resolution {
  const byId = new Map<string, ResolvedEntity>();
  const byMention = new Map<RawMention, ResolvedEntity>();
  const order: ResolvedEntity[] = [];

  const getOrCreate = (kind: EntityKind, name: string, fromGazetteer: boolean): ResolvedEntity => {
    const id = entityId(kind, name);
    let e = byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: new Set([name]), mentions: [], references: [], roles: [], nameTokens: kind === "PERSON" ? personTokens(name).map((t) => t.toLowerCase()) : [], fromGazetteer };
      byId.set(id, e);
      order.push(e);
    }
    return e;
  };
  // Mentions are kept in text order as they are attached (binary insertion), so "where was this
  // entity last seen" is a binary search, not a scan of every mention for every lone surname.
  const titled = new Map<ResolvedEntity, number>();
  const attach = (m: RawMention, e: ResolvedEntity, alias = true) => {
    byMention.set(m, e);
    const list = e.mentions;
    if (list.length === 0 || list[list.length - 1]!.start <= m.start) list.push(m);
    else list.splice(firstStartingAfter(list, m.start), 0, m);
    if (m.title) titled.set(e, (titled.get(e) ?? 0) + 1);
    if (alias) e.aliases.add(m.text);
  };

  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);

  // Surnames of the people named in full: a lone "Wagner" or "Austin" in an article about Gustav
  // Wagner or Lloyd Austin is that person, not the Wagner Group or the Texas city.
  const surnames = new Set<string>();
  for (const m of sorted) {
    if (m.kind !== "PERSON" || m.gazetteer || m.descriptive) continue;
    const toks = personTokens(m.text);
    if (toks.length >= 2) surnames.add(toks[toks.length - 1]!);
  }
  const isSurnameUse = (m: RawMention) =>
    m.gazetteer !== undefined &&
    m.firstToken === m.lastToken &&
    m.gazetteer.sort !== "country" &&
    m.gazetteer.sort !== "demonym" &&
    !(m.gazetteer.kind === "PLACE" && ["in", "at", "near", "from", "to", "outside"].includes(m.prevWord ?? "")) &&
    surnames.has(m.text.replace(/’/g, "'"));

  // 1. Names with known identity: gazetteer entries, typed organisations and places, full person names.
  const persons: ResolvedEntity[] = [];
  const personSet = new Set<ResolvedEntity>();
  const byFirstLast = new Map<string, ResolvedEntity>();
  const firstWordOfOrg = new Map<string, ResolvedEntity>();
  // Short forms defined in brackets ("the Federal Reserve (Fed)") and their later bare uses wait
  // until the name they stand for is resolved.
  const defined = new Map<string, RawMention>();
  for (const m of sorted) if (m.abbreviates && !defined.has(m.text)) defined.set(m.text, m);
  const shortForms: RawMention[] = [];
  for (const m of sorted) {
    if (m.descriptive) continue;
    const definition = defined.get(m.text);
    if (m.abbreviates || (definition && definition.start < m.start && m.firstToken === m.lastToken)) {
      shortForms.push(m);
      continue;
    }
    if (isSurnameUse(m)) {
      delete m.gazetteer;
      m.kind = null;
      continue;
    }
    if (m.gazetteer) {
      // compromise's lexicon is lower-case: "NASA" as written, not "Nasa" (the id is the same).
      const name = m.gazetteer.sort === "lexicon" && /^\p{Lu}{2,6}$/u.test(m.text) ? m.text : m.gazetteer.canonical;
      attach(m, getOrCreate(m.gazetteer.kind, name, true));
    } else if (m.kind === "ORGANIZATION") {
      // "Shares of Northwind fell" after "Northwind Logistics": the short name of the firm already named.
      const named = m.firstToken === m.lastToken ? firstWordOfOrg.get(m.text) : undefined;
      const e = named ?? getOrCreate(m.kind, organizationName(m.text), false);
      const words = e.name.split(" ");
      if (words.length > 1 && !firstWordOfOrg.has(words[0]!)) firstWordOfOrg.set(words[0]!, e);
      attach(m, e);
    } else if (m.kind === "PLACE") {
      attach(m, getOrCreate(m.kind, stripArticle(m.text), false));
    } else if (m.kind === "PERSON") {
      const toks = personTokens(m.text);
      if (toks.length < 2) continue;
      const first = toks[0]!.toLowerCase();
      const last = toks[toks.length - 1]!.toLowerCase();
      let e = byFirstLast.get(`${first} ${last}`);
      if (!e) {
        e = getOrCreate("PERSON", personName(toks), false);
        if (!personSet.has(e)) {
          persons.push(e);
          personSet.add(e);
          const key = `${e.nameTokens[0]} ${e.nameTokens[e.nameTokens.length - 1]}`;
          if (!byFirstLast.has(key)) byFirstLast.set(key, e);
        }
      }
      attach(m, e);
    }
  }

  for (const m of shortForms) {
    const full = (m.abbreviates ?? defined.get(m.text)!.abbreviates)!;
    const e = byMention.get(full);
    if (e) {
      attach(m, e);
      continue;
    }
    // The name it stood for was not resolved here: the short form is read like any other word.
    delete m.abbreviates;
    if (m.gazetteer) attach(m, getOrCreate(m.gazetteer.kind, m.gazetteer.canonical, true));
  }

  // 1b. Unknown words that repeat a name already typed ("El Fasher" again), or an acronym of one ("RSF").
  // Both looked up in maps built once (first entity in order wins), not by scanning every entity.
  const bySurface = new Map<string, ResolvedEntity>();
  const byAcronym = new Map<string, ResolvedEntity>();
  for (const e of order) {
    if (e.kind === "PERSON") continue;
    for (const a of [e.name, ...e.aliases]) if (!bySurface.has(a)) bySurface.set(a, e);
    if (e.kind === "ORGANIZATION") {
      const acr = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
      if (!byAcronym.has(acr)) byAcronym.set(acr, e);
    }
  }
  for (const m of sorted) {
    if (byMention.has(m) || m.descriptive || m.kind !== null) continue;
    const hit = bySurface.get(m.text) ?? (/^\p{Lu}{2,6}$/u.test(m.text) ? byAcronym.get(m.text) : undefined);
    if (hit) attach(m, hit);
  }

  // 2. Lone words: surname or first name of a person in the article, else a known name.
  // Sentences follow text order, so the last mention starting before `before` has the latest sentence.
  const lastSeen = (e: ResolvedEntity, before: number): number => {
    let lo = 0;
    let hi = e.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e.mentions[mid]!.start < before) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : e.mentions[lo - 1]!.sentence;
  };
  const prominence = (e: ResolvedEntity) => e.mentions.length + 2 * e.roles.length + (titled.get(e) ?? 0);
  // Persons by their first and last name token, kept up to date as lone names create persons.
  const byNameToken = new Map<string, ResolvedEntity[]>();
  const indexPerson = (p: ResolvedEntity) => {
    for (const t of new Set([p.nameTokens[0], p.nameTokens[p.nameTokens.length - 1]])) {
      if (t === undefined) continue;
      const list = byNameToken.get(t) ?? [];
      list.push(p);
      byNameToken.set(t, list);
    }
  };
  persons.forEach(indexPerson);
  // Unnamed-founder organisations by their first word ("Acme" for "Acme Robotics"); step 2 creates none.
  const orgByFirstWord = new Map<string, ResolvedEntity>();
  for (const e of order) {
    const words = e.name.split(" ");
    if (e.kind === "ORGANIZATION" && !e.fromGazetteer && words.length > 1 && !orgByFirstWord.has(words[0]!)) orgByFirstWord.set(words[0]!, e);
  }
  for (const m of sorted) {
    if (byMention.has(m) || m.descriptive) continue;
    if (m.kind !== null && m.kind !== "PERSON") continue;
    const word = m.text.replace(/’/g, "'");
    const lower = word.toLowerCase();
    const lowerTokens = personTokens(word).map((t) => t.toLowerCase());
    const candidates =
      lowerTokens.length === 1
        ? byNameToken.get(lower) ?? []
        : (byNameToken.get(lowerTokens[lowerTokens.length - 1]!) ?? []).filter((p) => p.nameTokens.join(" ").endsWith(lowerTokens.join(" ")));
    let chosen: ResolvedEntity | undefined;
    if ((m.weak && candidates.length === 0) || m.work) continue;
    // A lone word may also be the short form of an organisation named after its founder
    // ("Brandt" for "Brandt Biotech"): whichever of the two was mentioned last wins.
    const orgShort = m.kind === null && lowerTokens.length === 1 ? orgByFirstWord.get(word) : undefined;
    if (orgShort && lastSeen(orgShort, m.start) >= Math.max(-1, ...candidates.map((p) => lastSeen(p, m.start))) && lastSeen(orgShort, m.start) >= 0) {
      attach(m, orgShort);
      continue;
    }
    if (candidates.length === 1) chosen = candidates[0];
    else if (candidates.length > 1) {
      // Prefer surname matches over first-name matches, then a title that fits, then recency, then prominence.
      let pool = candidates.filter((p) => p.nameTokens[p.nameTokens.length - 1] === lower);
      if (pool.length === 0) pool = candidates;
      if (m.title) {
        const t = m.title.title;
        const fitting = pool.filter((p) => p.mentions.some((x) => x.title?.title === t));
        if (fitting.length) pool = fitting;
      }
      const recent = pool
        .map((p) => ({ p, s: lastSeen(p, m.start) }))
        .filter((x) => x.s >= 0 && m.sentence - x.s <= 2)
        .sort((a, b) => b.s - a.s || prominence(b.p) - prominence(a.p));
      chosen = recent[0]?.p ?? [...pool].sort((a, b) => prominence(b) - prominence(a))[0];
    }
    if (!chosen) {
      // A lone word that is the first word of an organisation named in the article ("Acme" for "Acme Robotics").
      const org = orgByFirstWord.get(word);
      if (org && m.kind === null) {
        attach(m, org);
        continue;
      }
      const known = WELL_KNOWN_PEOPLE[word];
      const listedWithOrg = m.coordinated && byMention.get(m.coordinated)?.kind === "ORGANIZATION" && lowerTokens.length === 1;
      if (known) chosen = getOrCreate("PERSON", known, true);
      else if (m.kind === null && listedWithOrg && !isFirstName(lower)) {
        // "Microsoft and Apple": listed with a company, a word no one in the article is named by.
        attach(m, getOrCreate("ORGANIZATION", word, false));
        continue;
      }
      else if (m.kind === "PERSON" || (m.kind === null && (isLastName(lower) || (m.title !== undefined)))) {
        chosen = getOrCreate("PERSON", word, false);
      } else if (m.kind === null && ORG_SUFFIXES.has(lower)) {
        continue;
      } else if (m.kind === null && lowerTokens.length === 1 && !m.possessive && !isCommonWord(lower) && (m.prevWord === "in" || m.prevWord === "near" || m.prevWord === "outside")) {
        // ("a study in Nature" is a journal: an ordinary word is not taken for a place.)
        // "voters in Temuco": a capitalised unknown word after "in" is a place far more often than not.
        attach(m, getOrCreate("PLACE", word, false));
        continue;
      } else if (m.kind === null && lowerTokens.length > 1 && isFirstName(lowerTokens[0]!)) {
        chosen = getOrCreate("PERSON", word, false);
      }
      if (chosen && !personSet.has(chosen)) {
        persons.push(chosen);
        personSet.add(chosen);
        indexPerson(chosen);
      }
    }
    if (chosen) attach(m, chosen);
  }

  // 3. Roles from titles ("Russian President Vladimir Putin" → President of Russia). Owners named by
  // reference ("Its founder, …", "the bloc's foreign policy chief, …") go to the organisation or
  // country last named, tracked in text order as the loop goes.
  const recent = new RecentOwners();
  for (const m of sorted) {
    const e = byMention.get(m);
    if (e && (e.kind === "ORGANIZATION" || e.kind === "PLACE")) recent.note(m, e);
    if (e?.kind !== "PERSON") continue;
    for (const title of [m.title, ...(m.moreTitles ?? [])]) {
      if (!title) continue;
      const of = title.of ? byMention.get(title.of) : title.ofRef ? recent.owner(title.ofRef, m.sentence, byId) : undefined;
      const viaDemonym = title.of?.gazetteer?.sort === "demonym";
      const former = title.former === true;
      addRole(e, {
        title: former ? `former ${titleInFull(title.title)}` : titleInFull(title.title),
        sort: title.sort,
        ...(of ? { of } : {}),
        ...(viaDemonym ? { viaDemonym } : {}),
        ...(former ? { former } : {}),
        // "Its president", "Union president": the sentence refers to the owner without naming it.
        ...(of && !title.of && title.ofRef ? { byReference: true } : {}),
        sentence: m.sentence,
      });
    }
  }

  // 4. Kin cues: "her husband X" links X to the nearest other person before it.
  const kin: KinLink[] = [];
  sorted.forEach((m, at) => {
    const e = byMention.get(m);
    if (!e || !m.kin) return;
    // Walk back from the kin mention over this sentence and the one before (sorted is in text order).
    const before: RawMention[] = [];
    for (let k = at - 1; k >= 0 && sorted[k]!.sentence >= m.sentence - 1; k--) {
      const x = sorted[k]!;
      if (x.start < m.start && byMention.get(x)?.kind === "PERSON" && byMention.get(x) !== e && !x.descriptive) before.unshift(x);
    }
    // "Ceylan thanked the founder, Purivatra, and dedicated the award to his wife, Ebru Ceylan":
    // "his" is the one sharing her surname, else the sentence's subject, else the nearest person.
    const last = e.nameTokens[e.nameTokens.length - 1];
    const sameSurname = before.filter((x) => byMention.get(x)!.nameTokens.at(-1) === last);
    const subject = before.find((x) => x.sentence === m.sentence);
    const pick = sameSurname.length ? sameSurname[sameSurname.length - 1] : subject ?? before[before.length - 1];
    const other = pick ? byMention.get(pick) : undefined;
    if (other) kin.push({ a: other, b: e, spouse: m.kin.spouse, sentence: m.sentence });
  });

  // 5. Descriptive references. Role holders are indexed by title so each reference looks at the few
  // persons holding that title, in the order persons were found.
  const personRank = new Map(persons.map((p, i) => [p, i]));
  const holdersOf = new Map<string, Set<ResolvedEntity>>();
  const noteHolder = (p: ResolvedEntity, title: string) => {
    const set = holdersOf.get(title) ?? new Set();
    set.add(p);
    holdersOf.set(title, set);
  };
  for (const p of persons) for (const r of p.roles) noteHolder(p, r.title);
  for (const m of sorted) {
    if (!m.descriptive) continue;
    const d = m.descriptive;
    const of = d.of ? byMention.get(d.of) : undefined;
    const holds = (p: ResolvedEntity, title: string) =>
      p.roles.some((r) => r.title === title && (!of || !r.of || r.of === of));
    let pool = [...(holdersOf.get(d.title) ?? [])]
      .filter((p) => personRank.has(p) && holds(p, d.title))
      .sort((a, b) => personRank.get(a)! - personRank.get(b)!);
    if (pool.length === 0 && d.sort === "spouse-of-head") {
      // A first lady is the spouse of a head of state.
      pool = kin
        .filter((k) => k.spouse)
        .flatMap((k) => (holds(k.a, "president") || holds(k.a, "prime minister") ? [k.b] : holds(k.b, "president") || holds(k.b, "prime minister") ? [k.a] : []));
    }
    if (pool.length === 0) continue;
    const chosen =
      pool
        .map((p) => ({ p, s: lastSeen(p, m.start) }))
        .sort((a, b) => b.s - a.s || prominence(b.p) - prominence(a.p))[0]?.p ?? pool[0]!;
    attach(m, chosen, false);
    addRole(chosen, { title: d.title, sort: d.sort, ...(of ? { of } : {}), sentence: m.sentence });
    noteHolder(chosen, d.title);
  }

  countriesOfHeadsOfState(persons, sorted, byMention, byId);

  for (const e of order) {
    e.mentions.sort((a, b) => a.start - b.start);
    const names = e.mentions.filter((m) => !m.demonym && !m.descriptive);
    if (names.length < e.mentions.length) {
      e.references = e.mentions.filter((m) => m.demonym || m.descriptive);
      e.mentions = names;
    }
  }
  // A continent or region named only by its adjective ("Asian nations", "European leaders") is
  // no entity of the article; a country so named is kept (nationality relations point at it).
  const entities = order.filter((e) => e.mentions.length > 0 || (e.references.length > 0 && lookupExact(e.name)?.sort === "country" && e.references.some((m) => m.demonym)) || e.references.some((m) => m.descriptive));
  const kept = new Set(entities);
  for (const e of order) {
    if (kept.has(e)) continue;
    for (const m of [...e.mentions, ...e.references]) byMention.delete(m);
  }
  for (const e of entities) {
    // A role's country can only be an entity that is itself in the output.
    e.roles = e.roles.filter((r) => !r.of || kept.has(r.of));
  }
  const untyped = sorted.filter((m) => !byMention.has(m) && m.kind === null && !m.descriptive && !m.weak);
  return { entities, byMention, kin, untyped };
}

/** Index of the first mention in `list` (sorted by start) that starts after `start`. */
function firstStartingAfter(list: RawMention[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addRole(e: ResolvedEntity, role: EntityRole): void {
  const existing = e.roles.find((r) => r.title === role.title && (r.of === role.of || !role.of || !r.of));
  if (existing) {
    if (!existing.of && role.of) existing.of = role.of;
    return;
  }
  e.roles.push(role);
}

export function formatRoleTitle(title: string): string {
  return titleCase(title);
}

// What a reference noun may stand for: "the bank's" only a bank, "the company's" any organisation.
const OWNER_NAME: Record<string, RegExp> = {
  bank: /\bbank\b/i, party: /\bparty\b/i, court: /\b(?:court|tribunal)\b/i,
  ministry: /\b(?:ministry|department)\b/i, university: /\b(?:university|college|institute)\b/i,
};
// Named by the gazetteer's canonical name: "the bloc" is the European Union, "the alliance" NATO.
const OWNER_BY_NAME: Record<string, string> = { bloc: "European Union", alliance: "NATO" };

/**
 * The organisations and countries named so far, in text order, for owners named by reference.
 * Only the last few sentences count: a reference further back is too often to something else.
 */
class RecentOwners {
  private orgs: Array<{ e: ResolvedEntity; sentence: number }> = [];
  private firstOrgOf = new Map<number, ResolvedEntity>();
  private country: { e: ResolvedEntity; sentence: number } | undefined;

  note(m: RawMention, e: ResolvedEntity): void {
    if (e.kind === "ORGANIZATION") {
      if (!this.firstOrgOf.has(m.sentence) && !m.partOf) this.firstOrgOf.set(m.sentence, e);
      this.orgs.push({ e, sentence: m.sentence });
      if (this.orgs.length > 8) this.orgs.shift();
    } else if (m.gazetteer?.sort === "country" || m.gazetteer?.sort === "demonym") {
      if (lookupExact(e.name)?.sort === "country") this.country = { e, sentence: m.sentence };
    }
  }

  owner(ref: string, sentence: number, byId: Map<string, ResolvedEntity>): ResolvedEntity | undefined {
    if (ref === "its" || ref === "their") {
      // "The European Union welcomed the outcome. Its foreign policy chief, …": the previous sentence's subject.
      return this.firstOrgOf.get(sentence) ?? this.firstOrgOf.get(sentence - 1);
    }
    if (ref === "country") return this.country && sentence - this.country.sentence <= 3 ? this.country.e : undefined;
    const named = OWNER_BY_NAME[ref];
    if (named) return byId.get(entityId("ORGANIZATION", named));
    const fits = OWNER_NAME[ref];
    for (let k = this.orgs.length - 1; k >= 0; k--) {
      const o = this.orgs[k]!;
      if (sentence - o.sentence > 3) break;
      if (!fits || fits.test(o.e.name)) return o.e;
    }
    return undefined;
  }
}

// Titles that, named with no country, are a state's head or government.
const STATE_HEAD_TITLES = new Set(["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader"]);

/**
 * "President Gabriel Boric", "Chancellor Olaf Scholz": a head of state or government named with
 * no country. The country comes, in order, from the same title qualified by a country in this or
 * the previous sentence ("the German chancellor"); from the short, dated list of well-known
 * leaders, when the article names that country; or from the one country the article is plainly
 * about (named at least three times and three times as often as any other). Past titles never.
 */
function countriesOfHeadsOfState(
  persons: ResolvedEntity[],
  sorted: RawMention[],
  byMention: Map<RawMention, ResolvedEntity>,
  byId: Map<string, ResolvedEntity>,
): void {
  const open = persons.flatMap((p) => p.roles.filter((r) => !r.of && !r.former && r.sort === "head" && STATE_HEAD_TITLES.has(r.title)).map((r) => ({ p, r })));
  if (open.length === 0) return;
  const isCountry = (e: ResolvedEntity | undefined) => e !== undefined && e.kind === "PLACE" && lookupExact(e.name)?.sort === "country";
  // Countries qualifying a title, by sentence and title ("German chancellor" → Germany).
  // A title on another person's name ("Russian President Vladimir Putin") qualifies that person's
  // office only: it lends no country to "President Donald Trump" in the same sentence.
  const qualified = new Map<string, { country: ResolvedEntity; holder: ResolvedEntity | undefined }>();
  const counts = new Map<ResolvedEntity, number>();
  for (const m of sorted) {
    const e = byMention.get(m);
    if (isCountry(e) && !m.descriptive) counts.set(e!, (counts.get(e!) ?? 0) + 1);
    const t = m.descriptive ?? m.title;
    const of = t?.of ? byMention.get(t.of) : undefined;
    if (t && !t.former && isCountry(of)) qualified.set(`${m.sentence}|${t.title}`, { country: of!, holder: m.descriptive ? undefined : e });
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  const dominant = top && top[1] >= 3 && top[1] >= 3 * (next?.[1] ?? 0) ? top[0] : undefined;
  for (const { p, r } of open) {
    const known = WELL_KNOWN_LEADERS[p.name]?.find((l) => l.title === r.title);
    const lend = (q: { country: ResolvedEntity; holder: ResolvedEntity | undefined } | undefined) => (q && (q.holder === undefined || q.holder === p) ? q.country : undefined);
    const byContext = lend(qualified.get(`${r.sentence}|${r.title}`)) ?? lend(qualified.get(`${r.sentence - 1}|${r.title}`));
    const knownCountry = known ? byId.get(entityId("PLACE", known.country)) : undefined;
    // A well-known leader of another country is never the dominant country's.
    const of = byContext ?? (known ? knownCountry : dominant);
    if (of && of.mentions.length > 0) r.of = of;
  }
}
