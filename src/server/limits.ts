// Operation limits, all enforced before any resolver runs (so before Neo4j is touched):
//   tokens  — graphql's parse option maxTokens (the parser stops early on huge documents)
//   aliases — a validation rule counting aliased fields
//   arguments — each field's declared argBounds (first, depth, maxHops…), and the length of every
//             list (maxListLength) and string (maxStringLength, or the argument's own maxLength)
//             argument, checked with the request's variables at the start of execution
// A refused operation has no data: under application/graphql-response+json it is answered 400
// (the GraphQL-over-HTTP spec's request error); application/json keeps 200, as the spec says.
// Depth and complexity are checked by the Pothos complexity plugin before the root fields resolve.
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationRule,
  getArgumentValues,
  getNullableType,
  isInputObjectType,
  isListType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ArgBounds } from "../graphql/types/connection.ts";
import { LIMITS, type LengthBound } from "../graphql/limits.ts";

function limitError(message: string, limit: string, max: number, actual?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "LIMIT_EXCEEDED", limit, max, ...(actual !== undefined ? { actual } : {}), http: { status: 400, spec: true } },
  });
}

/** Lists longer than maxListLength and strings longer than their bound, anywhere in an argument's value. */
function lengthViolations(type: GraphQLInputType, value: unknown, where: string, maxLength: number, out: GraphQLError[]): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (!Array.isArray(value)) {
      lengthViolations(t.ofType, value, where, maxLength, out); // a single value coerced to a list
      return;
    }
    if (value.length > LIMITS.maxListLength) {
      out.push(limitError(`${where}: at most ${LIMITS.maxListLength} items (got ${value.length}). Split the request.`, "maxListLength", LIMITS.maxListLength, value.length));
      return;
    }
    for (const item of value) lengthViolations(t.ofType, item, where, maxLength, out);
    return;
  }
  if (isInputObjectType(t)) {
    if (t.extensions.lengthsCheckedByResolver || typeof value !== "object") return;
    for (const field of Object.values(t.getFields())) {
      const own = (field.extensions as Partial<LengthBound>).maxLength;
      lengthViolations(field.type, (value as Record<string, unknown>)[field.name], `${where}.${field.name}`, own ?? LIMITS.maxStringLength, out);
    }
    return;
  }
  if (typeof value === "string" && value.length > maxLength) {
    const limit = maxLength === LIMITS.maxStringLength ? "maxStringLength" : "maxLength";
    out.push(limitError(`${where}: at most ${maxLength} characters (got ${value.length}).`, limit, maxLength, value.length));
  }
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

/** A field of a document that takes arguments, with its definition (found once per document). */
interface ArgumentedField {
  readonly node: FieldNode;
  readonly def: GraphQLField<unknown, unknown>;
  readonly label: string;
}

// The fields that take arguments, per schema and parsed document: yoga's parser cache hands the same
// DocumentNode to every request of an operation, so the walk with type info runs once per operation
// and each request only reads its own argument values.
const fieldsByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly ArgumentedField[]>>();

function argumentedFields(schema: GraphQLSchema, document: DocumentNode): readonly ArgumentedField[] {
  let bySchema = fieldsByDocument.get(schema);
  if (!bySchema) fieldsByDocument.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(document);
  if (known) return known;
  const fields: ArgumentedField[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (def && def.args.length > 0) fields.push({ node, def, label: `${typeInfo.getParentType()?.name}.${def.name}` });
      },
    }),
  );
  bySchema.set(document, fields);
  return fields;
}

/** Every argument outside its field's declared bounds, as errors naming the argument and the bounds. */
export function argBoundViolations(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const { node, def, label: field } of argumentedFields(schema, document)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(def, node, variables ?? {});
    } catch {
      continue; // invalid variables: reported by validation or execution
    }
    for (const arg of def.args) {
      const own = (arg.extensions as Partial<LengthBound>).maxLength;
      lengthViolations(arg.type, values[arg.name], `${field}(${arg.name})`, own ?? LIMITS.maxStringLength, errors);
    }
    const bounds = def.extensions?.argBounds as ArgBounds | undefined;
    for (const [arg, [min, max]] of Object.entries(bounds ?? {})) {
      const v = values[arg];
      if (typeof v === "number" && (v < min || v > max)) {
        errors.push(limitError(`${field}: ${arg} must be between ${min} and ${max} (got ${v}).`, arg === "first" ? "maxFirst" : arg, max, v));
      }
    }
  }
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
    // Subscriptions take the same argument checks before anything subscribes.
    onSubscribe({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const errors = argBoundViolations(args.schema, document, args.variableValues as Record<string, unknown> | undefined);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
