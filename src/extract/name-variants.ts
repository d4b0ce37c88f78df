// Rule mergeNameVariants: one organisation written two ways in one article becomes one entity —
// - an acronym of its name: "UKIP" (UK Independence Party: a word in capitals keeps all its
//   letters), "DHS" (Department of Homeland Security), "PG&E" (Pacific Gas and Electric: signs and
//   digits in the acronym are left out, as "4" for "for" in "D4CC");
// - the same words in the other order: "Homeland Security Department" / "Department of Homeland Security";
// - its name without the word for its sort or legal form: "Sports Entertainment" / "Sports
//   Entertainment Enterprises", "Coty" / "Coty Inc.".
// A person written with a short form of the given name ("Pat Carlineo" / "Patrick Carlineo") is
// one person too (data/nicknames.tsv).
// Only when exactly one organisation (or person) of the article fits; the longer name is kept, the short
// form becomes one of its aliases and its mentions move with it.
import { readFileSync } from "node:fs";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import type { SentenceTree } from "./syntax.ts";
import { LEGAL_FORM_WORDS } from "./titles.ts";

const SORT_WORDS = LEGAL_FORM_WORDS;
const BODY_WORDS = new Set(["department", "ministry", "office", "agency"]);

let fullForms: Map<string, string[]> | undefined;
/** The full given names a short form stands for ("pat" → patricia, patrick). */
function fullFormsOf(given: string): readonly string[] {
  if (!fullForms) {
    fullForms = new Map();
    for (const line of readFileSync(new URL("./data/nicknames.tsv", import.meta.url), "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [full, ...short] = line.split("\t");
      for (const s of short) fullForms.set(s, [...(fullForms.get(s) ?? []), full!]);
    }
  }
  return fullForms.get(given) ?? [];
}

function letters(s: string): string {
  return s.toUpperCase().replace(/[^\p{Lu}]/gu, "");
}

/** The acronyms a name may be written as. */
function acronymsOf(name: string): string[] {
  const words = (withoutSortWord(name) ?? name).replace(/^the\s+/i, "").split(/[\s-]+/).filter(Boolean);
  const capital = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capital.length < 2) return [];
  const initials = capital.map((w) => w[0]!).join("");
  const keepCaps = capital.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]!)).join("");
  return [...new Set([initials, keepCaps].map(letters))];
}

/** The key two orderings share: "Homeland Security Department" and "Department of Homeland Security". */
function bodyKey(name: string): string | undefined {
  const words = name.replace(/^the\s+/i, "").split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length >= 3 && BODY_WORDS.has(lower[0]!) && lower[1] === "of") return `${lower[0]}|${lower.slice(2).join(" ")}`;
  if (lower.length >= 2 && BODY_WORDS.has(lower[lower.length - 1]!)) return `${lower[lower.length - 1]}|${lower.slice(0, -1).join(" ")}`;
  return undefined;
}

function withoutSortWord(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !SORT_WORDS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  return words.slice(0, -1).join(" ").replace(/,$/, "");
}

const RENAME_WORDS = new Set(["renamed", "rebranded", "formerly", "previously", "now", "later", "known", "called"]);
const RENAME_LINKS = new Set([",", "which", "that", "is", "was", "will", "to", "be", "been", "as", "known", "called", "also", "has"]);

/**
 * Rule renamed: an organisation's name, then (within a clause) "renamed", "formerly", "known as"…
 * and another organisation's name right after: both names are one organisation's. The earlier
 * name is kept; the other becomes its alias.
 */
function renamed(tree: SentenceTree, into: Map<ResolvedEntity, ResolvedEntity>): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const a = tree.entity[i];
    if (a?.kind !== "ORGANIZATION" || tree.isReference[i] || tree.entity[i + 1] === a) continue;
    let j = i + 1;
    let said = false;
    while (j < tree.tokens.length && j - i <= 8) {
      const w = tree.tokens[j]!.form.toLowerCase();
      if (RENAME_WORDS.has(w) && w !== "now" && w !== "later") said = true;
      if (!RENAME_WORDS.has(w) && !RENAME_LINKS.has(w)) break;
      j++;
    }
    const b = tree.entity[j];
    if (!said || b?.kind !== "ORGANIZATION" || b === a || tree.isReference[j] || into.has(a) || into.has(b)) continue;
    into.set(b, a);
  }
}

export function mergeNameVariants(resolution: Resolution, trees: readonly SentenceTree[]): void {
  const orgs = resolution.entities.filter((e) => e.kind === "ORGANIZATION");
  const into = new Map<ResolvedEntity, ResolvedEntity>();
  const only = (xs: ResolvedEntity[], self: ResolvedEntity) => {
    const others = [...new Set(xs)].filter((x) => x !== self);
    return others.length === 1 ? others[0] : undefined;
  };
  // Acronyms.
  const byAcronym = new Map<string, ResolvedEntity[]>();
  for (const e of orgs) for (const a of acronymsOf(e.name)) byAcronym.set(a, [...(byAcronym.get(a) ?? []), e]);
  for (const e of orgs) {
    if (!/^[\p{Lu}\d&.-]{2,8}$/u.test(e.name) || letters(e.name).length < 2) continue;
    const target = only(byAcronym.get(letters(e.name)) ?? [], e);
    if (target) into.set(e, target);
  }
  // Word orders of a public body.
  const byBody = new Map<string, ResolvedEntity[]>();
  for (const e of orgs) {
    const k = bodyKey(e.name);
    if (k) byBody.set(k, [...(byBody.get(k) ?? []), e]);
  }
  for (const list of byBody.values()) {
    if (list.length !== 2) continue;
    // "Department of …" is the name in full.
    const [a, b] = list as [ResolvedEntity, ResolvedEntity];
    const full = / of /.test(a.name) ? a : b;
    const other = full === a ? b : a;
    if (!into.has(other)) into.set(other, full);
  }
  // A name and the same name with its sort word.
  const byName = new Map(orgs.map((e) => [e.name.toLowerCase(), e]));
  for (const e of orgs) {
    const short = withoutSortWord(e.name);
    const s = short ? byName.get(short.toLowerCase()) : undefined;
    if (s && s !== e && !into.has(s)) into.set(s, e);
  }
  // Short forms of a given name, same surname: "Pat Carlineo" into "Patrick Carlineo".
  const persons = resolution.entities.filter((e) => e.kind === "PERSON");
  const byFullName = new Map<string, ResolvedEntity[]>();
  for (const p of persons) byFullName.set(p.name.toLowerCase(), [...(byFullName.get(p.name.toLowerCase()) ?? []), p]);
  for (const p of persons) {
    const words = p.name.split(/\s+/);
    if (words.length !== 2) continue;
    const candidates = fullFormsOf(words[0]!.toLowerCase()).flatMap((full) => byFullName.get(`${full} ${words[1]!.toLowerCase()}`) ?? []);
    const target = only(candidates, p);
    if (target && !into.has(target)) into.set(p, target);
  }
  // A name the text says the organisation takes or had: "Sports Entertainment Enterprises, which
  // is to be renamed CFX", "Altria, formerly Philip Morris", "Meta, previously known as Facebook".
  for (const tree of trees) renamed(tree, into);
  if (into.size === 0) return;
  const final = (e: ResolvedEntity): ResolvedEntity => {
    let x = e;
    for (let i = 0; i < 8 && into.has(x); i++) x = into.get(x)!;
    return x;
  };
  for (const [from] of into) {
    const to = final(from);
    if (to === from) continue;
    for (const m of from.mentions) {
      to.mentions.push(m);
      resolution.byMention.set(m, to);
    }
    for (const m of from.references) {
      to.references.push(m);
      resolution.byMention.set(m, to);
    }
    for (const a of from.aliases) to.aliases.add(a);
    to.roles.push(...from.roles);
    to.mentions.sort((a, b) => a.start - b.start);
  }
  for (const e of resolution.entities) for (const r of e.roles) if (r.of && into.has(r.of)) r.of = final(r.of);
  resolution.entities = resolution.entities.filter((e) => !into.has(e) || final(e) === e);
  // The trees were built before the names were typed: their tokens now point at the kept entity.
  for (const tree of trees) {
    tree.entity.forEach((e, i) => {
      if (e && into.has(e)) tree.entity[i] = final(e);
    });
    for (const [k, group] of tree.group) tree.group.set(k, group.map((e) => (into.has(e) ? final(e) : e)));
  }
}
