// Typed relationships, each with the sentence that supports it. Sources, in order of trust:
// kin cues found during resolution ("her husband …" → SPOUSE_OF); titles ("Russian President
// Vladimir Putin" → LEADER_OF Russia, "Attorney General" of a state → MEMBER_OF); gazetteer
// facts that the article itself exercises (the Kremlin PART_OF Russia, Kyiv LOCATED_IN Ukraine —
// only when both ends are mentioned, with the sentence that mentions the first); "Boston-based X"
// and "X, … based in Munich" (LOCATED_IN); past titles give citizenship, not office; and a few verb
// patterns for SUPPORTS / OPPOSES / ALLY_OF. Symmetric types are emitted once, ids sorted.
import { isSymmetric, type RelationshipType } from "../vocabulary.ts";
import type { ExtractedRelationshipT, SpanT } from "./document.ts";
import type { SentenceTokens } from "./entities.ts";
import { lookupExact } from "./gazetteer.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import { NON_STATE_TITLES } from "./titles.ts";

const SUPPORT_VERBS = /^(supports|supported|backs|backed|endorsed|endorses|endorse|support|back|defended|defends)$/;
const OPPOSE_VERBS = /^(opposes|opposed|oppose|condemned|condemns|criticized|criticised|criticizes|criticises|denounced|denounces|blamed|blames|accused|accuses|sued|sues)$/;

export function detectRelationships(sentences: SentenceTokens[], resolution: Resolution): ExtractedRelationshipT[] {
  const out = new Map<string, ExtractedRelationshipT>();
  const spanOf = (i: number): SpanT => {
    const s = sentences[i]!.sentence;
    return { start: s.start, end: s.end, text: s.text };
  };
  const add = (type: RelationshipType, a: ResolvedEntity, b: ResolvedEntity, sentence: number) => {
    if (a.id === b.id) return;
    let [src, dst] = [a.id, b.id];
    if (isSymmetric(type) && dst < src) [src, dst] = [dst, src];
    const key = `${type}|${src}|${dst}`;
    const ev = spanOf(sentence);
    const existing = out.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === ev.start)) existing.evidence.push(ev);
      return;
    }
    out.set(key, { type, sourceId: src, targetId: dst, evidence: [ev] });
  };

  for (const k of resolution.kin) add(k.spouse ? "SPOUSE_OF" : "FAMILY_OF", k.a, k.b, k.sentence);

  for (const e of resolution.entities) {
    if (e.kind !== "PERSON") continue;
    for (const r of e.roles) {
      // "Scholz's spokesman": an office held for a person is not membership of that person.
      if (!r.of || r.of.kind === "PERSON") continue;
      if (r.former) {
        // "former German Chancellor Angela Merkel": no longer its leader, still its citizen.
        if (r.of.kind === "PLACE" && r.viaDemonym) add("CITIZEN_OF", e, r.of, r.sentence);
        continue;
      }
      // "the Romanian director Radu Jude": a nationality before a non-state title is citizenship.
      const nationalityOnly = r.of.kind === "PLACE" && r.viaDemonym && NON_STATE_TITLES.has(r.title);
      if (r.sort === "descriptor" || nationalityOnly) {
        if (r.of.kind === "PLACE") add("CITIZEN_OF", e, r.of, r.sentence);
      } else if (r.sort === "head") add("LEADER_OF", e, r.of, r.sentence);
      else if (r.sort === "member") add("MEMBER_OF", e, r.of, r.sentence);
    }
  }

  // "Jane Doe of Acme Corp": a person named with an organisation works for it.
  for (const [m, e] of resolution.byMention) {
    if (!m.affiliation || e.kind !== "PERSON") continue;
    const org = resolution.byMention.get(m.affiliation);
    if (org && org.kind === "ORGANIZATION") add("MEMBER_OF", e, org, m.sentence);
  }

  // Gazetteer facts, exercised only when the article names both ends.
  const byName = new Map<string, ResolvedEntity>();
  for (const e of resolution.entities) if (e.kind === "PLACE") byName.set(e.name, e);
  for (const e of resolution.entities) {
    const withCountry = e.mentions.find((m) => m.gazetteer?.country);
    if (withCountry) {
      const country = byName.get(withCountry.gazetteer!.country!);
      if (country) {
        // Prefer a sentence that names both; else the first mention's sentence.
        const countrySentences = new Set(country.mentions.map((c) => c.sentence));
        const both = e.mentions.find((m) => countrySentences.has(m.sentence));
        add(e.kind === "ORGANIZATION" ? "PART_OF" : "LOCATED_IN", e, country, (both ?? withCountry).sentence);
      }
    }
    // "Russian Defence Ministry" → PART_OF Russia.
    for (const m of e.mentions) {
      if (!m.partOf) continue;
      const parent = resolution.byMention.get(m.partOf);
      // "European Broadcasting Union" is not part of the continent.
      if (parent && parent.kind === "PLACE" && m.partOf.gazetteer?.sort !== "continent" && lookupExact(parent.name)?.sort !== "continent") add("PART_OF", e, parent, m.sentence);
    }
  }

  // "Boston-based Helix Pharmaceuticals", "the Munich-headquartered firm Brandt": the place a
  // named organisation is based in (the tokenizer keeps "Boston" and drops "-based").
  const occurrences = [...resolution.byMention].sort(([a], [b]) => a.start - b.start);
  for (let k = 0; k < occurrences.length; k++) {
    const [m, place] = occurrences[k]!;
    if (place.kind !== "PLACE") continue;
    const st = sentences[m.sentence]!.sentence;
    const after = st.text.slice(m.end - st.start, m.end - st.start + 16);
    if (!/^-(?:based|headquartered)\b/.test(after)) continue;
    // The organisation named right after it, or after one common noun ("Boston-based drugmaker Helix").
    for (let j = k + 1; j < occurrences.length && j <= k + 2; j++) {
      const [o, org] = occurrences[j]!;
      if (o.sentence !== m.sentence || o.firstToken > m.lastToken + 3) break;
      if (org.kind === "ORGANIZATION") {
        add("LOCATED_IN", org, place, m.sentence);
        break;
      }
    }
  }

  // Verb patterns: the nearest entity before the verb and the first after it, within a short window.
  const bySentence = new Map<number, Array<{ first: number; last: number; e: ResolvedEntity }>>();
  for (const [m, e] of resolution.byMention) {
    if (m.descriptive && m.sentence < 0) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ first: m.firstToken, last: m.lastToken, e });
    bySentence.set(m.sentence, list);
  }
  for (const st of sentences) {
    const occ = (bySentence.get(st.sentence.index) ?? []).sort((a, b) => a.first - b.first);
    if (occ.length < 2) continue;
    // Names near token i, found by binary search on their first token rather than a scan of the
    // whole sentence for every word (quadratic in a long one). A name starts at most 20 tokens before it ends.
    const firstAfter = (i: number) => {
      let lo = 0;
      let hi = occ.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (occ[mid]!.first > i) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const nearestBefore = (i: number, within: number) => {
      for (let k = firstAfter(i - 1) - 1; k >= 0 && occ[k]!.first >= i - within - 20; k--) {
        const o = occ[k]!;
        if (o.last < i && i - o.last <= within) return o;
      }
      return undefined;
    };
    const nearestAfter = (i: number, within: number) => {
      const o = occ[firstAfter(i)];
      return o && o.first - i <= within ? o : undefined;
    };
    st.tokens.forEach((t, i) => {
      let type: RelationshipType | null = null;
      if (SUPPORT_VERBS.test(t.lower)) type = "SUPPORTS";
      else if (OPPOSE_VERBS.test(t.lower)) type = "OPPOSES";
      else if (t.lower === "ally" || t.lower === "allies") {
        // "X, an ally of Y" / "X and its ally Y"
        const before = nearestBefore(i, 4);
        const after = nearestAfter(i, 3);
        if (before && after && before.e.kind !== "PLACE" || (before && after && before.e.kind === after.e.kind)) add("ALLY_OF", before!.e, after!.e, st.sentence.index);
        return;
      }
      if ((t.lower === "based" || t.lower === "headquartered") && st.tokens[i + 1]?.lower === "in") {
        // "Brandt Biotech, a vaccine developer based in Munich": the organisation named just before.
        const place = nearestAfter(i + 1, 2);
        let org: (typeof occ)[number] | undefined;
        for (let k = firstAfter(i - 1) - 1; k >= 0 && i - occ[k]!.last <= 8; k--) {
          if (occ[k]!.e.kind === "ORGANIZATION") {
            org = occ[k];
            break;
          }
        }
        if (place && place.e.kind === "PLACE" && org) add("LOCATED_IN", org.e, place.e, st.sentence.index);
        return;
      }
      if (!type) return;
      const before = nearestBefore(i, 5);
      const after = nearestAfter(i, 4);
      if (before && after) add(type, before.e, after.e, st.sentence.index);
    });
  }
  return [...out.values()];
}
