// Operation limits, all enforced before any resolver runs (so before Neo4j is touched):
//   tokens  — graphql's parse option maxTokens (the parser stops early on huge documents)
//   aliases — a validation rule counting aliased fields
//   arguments — each field's declared argBounds (first, depth, maxHops…), checked with the
//             request's variables at the start of execution
// Depth and complexity are checked by the Pothos complexity plugin before the root fields resolve.
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
  getArgumentValues,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ArgBounds } from "../graphql/types/connection.ts";
import { LIMITS } from "../graphql/limits.ts";

function limitError(message: string, limit: string, max: number, actual?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit, max, ...(actual !== undefined ? { actual } : {}) } });
}

export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > max) {
            context.reportError(limitError(`Query uses ${aliases} aliases; the maximum is ${max} (maxAliases). Split it into several queries.`, "maxAliases", max, aliases));
          }
        },
      },
    };
  };
}

/** Every argument outside its field's declared bounds, as errors naming the argument and the bounds. */
export function argBoundViolations(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const bounds = def?.extensions?.argBounds as ArgBounds | undefined;
        if (!def || !bounds) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, variables ?? {});
        } catch {
          return; // invalid variables: reported by validation or execution
        }
        for (const [arg, [min, max]] of Object.entries(bounds)) {
          const v = values[arg];
          if (typeof v === "number" && (v < min || v > max)) {
            const field = `${typeInfo.getParentType()?.name}.${def.name}`;
            errors.push(
              limitError(`${field}: ${arg} must be between ${min} and ${max} (got ${v}).`, arg === "first" ? "maxFirst" : arg, max, v),
            );
          }
        }
      },
    }),
  );
  return errors;
}

export function useOperationLimits(): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: LIMITS.maxTokens });
        } catch (e) {
          if (e instanceof GraphQLError && /tokens/.test(e.message)) {
            throw limitError(
              `Query is too large: more than ${LIMITS.maxTokens} tokens (maxTokens is ${LIMITS.maxTokens}). Send a smaller query.`,
              "maxTokens",
              LIMITS.maxTokens,
            );
          }
          throw e;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxAliasesRule(LIMITS.maxAliases));
    },
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return;
      const errors = argBoundViolations(args.schema, document, args.variableValues as Record<string, unknown> | undefined);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
