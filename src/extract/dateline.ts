// The wire dateline that opens a story — "COLUMBIA, S.C. (AP) —", "HANOI, Vietnam (AP) —",
// "BERLIN —" — names where the story was filed: a place (a city the gazetteer may not know, which
// the dateline's form alone makes a place) and, after a comma, the state or country it is in
// (AP's state abbreviations read as the states). The city is where the first sentence's events
// happen, and the dateline states that the city is in the region (LOCATED_IN).
import { lookupExact } from "./gazetteer.ts";
import { attachName } from "./name-kinds.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import type { SentenceTree } from "./syntax.ts";

export interface Dateline {
  /** Index (in the trees) of the sentence the dateline opens. */
  sentence: number;
  city: ResolvedEntity;
  region?: ResolvedEntity;
}

// AP style abbreviations of US states, as datelines write them.
const AP_STATES: Record<string, string> = {
  "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut",
  "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
  "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
  "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
  "N.M.": "New Mexico", "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
  "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont",
  "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
};

// "CITY[, REGION][, Month Day][ (AGENCY)] —" at the very start of a sentence (Reuters dates its datelines).
const DATE = String.raw`(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})?`;
const DATELINE = new RegExp(
  String.raw`^([\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}?)(?:,\s*([\p{Lu}][\p{L}.'’ ]{1,30}?))?${DATE}\s*(?:\([^)]{1,30}\))?\s*[—–]` +
    String.raw`|^([\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}?)(?:,\s*([\p{Lu}][\p{L}.'’ ]{1,30}?))?${DATE}\s*\([^)]{1,30}\)\s*-`,
  "u",
);

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Tokens of the tree covering [start, end) of the text, as [first, last]. */
function tokenSpan(tree: SentenceTree, start: number, end: number): [number, number] | undefined {
  const first = tree.tokens.findIndex((t) => t.start >= start && t.start < end);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tree.tokens.length && tree.tokens[last + 1]!.end <= end) last++;
  return [first, last];
}

export function readDateline(trees: readonly SentenceTree[], resolution: Resolution): Dateline | undefined {
  for (let ti = 0; ti < Math.min(trees.length, 3); ti++) {
    const tree = trees[ti]!;
    if (tree.isHeading) continue;
    const m = DATELINE.exec(tree.text);
    if (!m) return undefined;
    const cityText = (m[1] ?? m[3])!.trim();
    const regionText = (m[2] ?? m[4])?.trim();
    // The city: the name already found there, or the dateline's word itself (its form makes it a place).
    const citySpan = tokenSpan(tree, tree.start, tree.start + cityText.length);
    if (!citySpan) return undefined;
    let city = tree.entity[citySpan[0]];
    if (city?.kind !== "PLACE") {
      const known = lookupExact(titleCase(cityText));
      if (known && known.kind !== "PLACE") return undefined;
      city = attachName(resolution, tree, "PLACE", known?.canonical ?? titleCase(cityText), citySpan[0], citySpan[1]);
    }
    let region: ResolvedEntity | undefined;
    if (regionText) {
      const at = tree.text.indexOf(regionText, cityText.length);
      const span = at >= 0 ? tokenSpan(tree, tree.start + at, tree.start + at + regionText.length) : undefined;
      if (span) {
        region = tree.entity[span[0]];
        const name = AP_STATES[regionText] ?? lookupExact(regionText)?.canonical;
        if (region?.kind !== "PLACE" && name && lookupExact(name)?.kind !== "ORGANIZATION") region = attachName(resolution, tree, "PLACE", name, span[0], span[1]);
        if (region?.kind !== "PLACE") region = undefined;
      }
    }
    return { sentence: ti, city, ...(region ? { region } : {}) };
  }
  return undefined;
}
