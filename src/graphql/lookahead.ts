// Looking ahead into a field's selection, so one statement can serve the level below it: the
// relationships of an entity read their evidence sentences with them when the query asks for
// them (and how many), instead of a second round trip; Query.entity reads the entity with its
// relationships page when the query asks for one (src/graphql/relationship-pages.ts).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, valueFromASTUntyped } from "graphql";

/** The fields named `name` directly in a selection set, through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(s.selectionSet, name, info);
    return fieldsNamed(info.fragments[s.name.value]?.selectionSet, name, info);
  });
}

/** The fields reached by `path` under the field being resolved (through fragments; every alias). */
export function fieldsBelow(info: GraphQLResolveInfo, path: readonly string[], from: readonly FieldNode[] = info.fieldNodes): FieldNode[] {
  let level: FieldNode[] = [...from];
  for (const name of path) level = level.flatMap((f) => fieldsNamed(f.selectionSet, name, info));
  return level;
}

/**
 * The largest value of integer argument `arg` on the fields reached by `path` under the field being
 * resolved (`fallback` where the argument is omitted), or 0 when no such field is selected.
 */
export function largestArgumentBelow(
  info: GraphQLResolveInfo,
  path: readonly string[],
  arg: string,
  fallback: number,
  from: readonly FieldNode[] = info.fieldNodes,
): number {
  let largest = 0;
  for (const field of fieldsBelow(info, path, from)) {
    const node = field.arguments?.find((a) => a.name.value === arg);
    const value = node ? valueFromASTUntyped(node.value, info.variableValues) : fallback;
    largest = Math.max(largest, typeof value === "number" ? value : fallback);
  }
  return largest;
}
