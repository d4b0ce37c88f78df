// How an Entity.relationships field becomes the relationship loader's arguments: its filters, its
// page (the decoded cursor and page size + 1, as keysetConnection reads it) and the evidence asked
// below its edges. Shared by the field and by Query.entity, which looks ahead: when the query asks
// for one relationships page of the entity, that page is loaded first and carries the entity with
// it, so an entity card (entity, relationships, evidence) is one statement instead of two in a row.
import { type FieldNode, getArgumentValues, type GraphQLResolveInfo, isInterfaceType } from "graphql";
import type { RelationshipType } from "../vocabulary.ts";
import { relationshipPages } from "./keyset-lists.ts";
import type { RelationshipArgs } from "./loaders/entity-loaders.ts";
import { fieldsBelow, largestArgumentBelow } from "./lookahead.ts";
import type { Direction } from "./records.ts";
import { pageSize } from "./types/connection.ts";
import { EVIDENCE_DEFAULT } from "./types/evidence.ts";

export interface RelationshipFilterArgs {
  types?: readonly RelationshipType[] | null;
  direction?: Direction | null;
  former?: boolean | null;
}

/** The filters of a relationships field, defaults filled in. */
export function relationshipFilter(args: RelationshipFilterArgs): Pick<RelationshipArgs, "types" | "direction" | "former"> {
  return { types: args.types ? [...args.types] : null, direction: args.direction ?? "BOTH", former: args.former ?? null };
}

/** How many evidence sentences the edges of these relationships fields ask for (the largest), 0 for none. */
export function relationshipEvidence(info: GraphQLResolveInfo, fields: readonly FieldNode[] = info.fieldNodes): number {
  return largestArgumentBelow(info, ["edges", "evidence"], "first", EVIDENCE_DEFAULT, fields);
}

/**
 * The loader arguments of the one relationships page selected directly under the field being
 * resolved, or null when there is none to read ahead: no relationships field, several (aliases),
 * an empty page, backward paging or an invalid cursor — the field itself then reads or refuses.
 */
export function relationshipPageAhead(info: GraphQLResolveInfo): RelationshipArgs | null {
  const fields = fieldsBelow(info, ["relationships"]);
  const entity = info.schema.getType("Entity");
  const def = isInterfaceType(entity) ? entity.getFields().relationships : undefined;
  if (fields.length !== 1 || !def) return null;
  try {
    const args = getArgumentValues(def, fields[0]!, info.variableValues) as RelationshipFilterArgs & {
      first?: number | null;
      after?: string | null;
      last?: number | null;
      before?: string | null;
    };
    if ((args.last ?? null) !== null || (args.before ?? null) !== null) return null;
    const size = pageSize(args.first);
    if (size === 0) return null;
    return { ...relationshipFilter(args), after: relationshipPages.decode(args.after), limit: size + 1, evidence: relationshipEvidence(info, fields) };
  } catch {
    return null;
  }
}
