// How large a place is, by the gazetteer's sort of it: the rules that say one place lies in
// another ("Fort Worth's 6th Avenue", "Hanoi, Vietnam") only ever put a smaller place in a larger.
import { lookupExact } from "./gazetteer.ts";
import type { ResolvedEntity } from "./resolve.ts";

/** 3 for countries and continents, 2 for states and regions, 1 for cities, 0 when unknown. */
export function placeRank(e: ResolvedEntity): number {
  const sort = lookupExact(e.name)?.sort ?? e.mentions.find((m) => m.gazetteer)?.gazetteer?.sort;
  if (sort === "country" || sort === "continent") return 3;
  if (sort === "state" || sort === "region") return 2;
  if (sort === "city" || sort === "capital") return 1;
  return 0;
}

/** A country, by its name or by how the text named it; with `viaDemonym`, also when only its demonym was written ("American"). */
export function isCountry(e: ResolvedEntity, viaDemonym = false): boolean {
  const sorts = viaDemonym ? ["country", "demonym"] : ["country"];
  const g = lookupExact(e.name);
  return sorts.includes(g?.sort ?? "") || e.mentions.some((m) => sorts.includes(m.gazetteer?.sort ?? ""));
}
