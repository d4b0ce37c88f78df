// Compiled execution: each distinct query document is compiled once by graphql-jit into a
// function that resolves exactly that query's fields (no per-field walk of the document, no
// generic completion per value), and every later request with the same document (yoga's parser
// cache hands back the same DocumentNode) runs the compiled function, which costs the server
// less CPU per request than graphql-js's execute (GRAPHQL_JIT=off runs the same app without it).
// Mutations and subscriptions stay on graphql-js (a mutation's cost is its write; subscriptions
// stream), and so do documents whose compiled code would be too large (compiledSize) and any
// document the compiler refuses: graphql-js then reports what is wrong with it.
// Off with GRAPHQL_JIT=off.
import {
  getNamedType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type Source,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";

type Compiled = CompiledQuery | null;

/**
 * Field resolutions the compiled code of a document would spell out, counted up to `budget`.
 * graphql-jit writes code for every possible type of an abstract field (an Entity is a Person,
 * an Organization, a Place or an Event), at every level, so a query nesting entity lists
 * twelve deep (within maxDepth) would compile to 4^12 branches and exhaust the heap: such a
 * document is executed by graphql-js instead, whose work follows the data, not the types.
 */
export const COMPILE_BUDGET = 5_000;

export function compiledSize(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, budget = COMPILE_BUDGET): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let size = 0;
  const applies = (condition: string | undefined, type: GraphQLObjectType) => {
    if (!condition || condition === type.name) return true;
    const c = schema.getType(condition);
    return !!c && isAbstractType(c) && schema.isSubType(c, type);
  };
  const visit = (set: SelectionSetNode, type: GraphQLObjectType, seen: ReadonlySet<string>): void => {
    for (const sel of set.selections) {
      if (size > budget) return;
      if (sel.kind === Kind.FIELD) {
        size++;
        const field = type.getFields()[sel.name.value];
        const named = field && getNamedType(field.type);
        if (!sel.selectionSet || !named || !isCompositeType(named)) continue;
        const concrete = isObjectType(named) ? [named] : schema.getPossibleTypes(named);
        for (const t of concrete) visit(sel.selectionSet, t, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value, type)) visit(sel.selectionSet, type, seen);
      } else {
        const fragment = fragments.get(sel.name.value);
        // A fragment spread inside itself is invalid (validation refuses it); never loop on one.
        if (!fragment || seen.has(fragment.name.value) || !applies(fragment.typeCondition.name.value, type)) continue;
        visit(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
      }
    }
  };
  visit(operation.selectionSet, root, new Set());
  return size;
}

/**
 * graphql-jit reports errors as its own GraphQLError, whose properties are read-only, whose
 * extensions are the thrown error's own object and whose locations are plain line/column pairs;
 * the error policy rewrites errors in place (src/server/error-policy.ts) and yoga recomputes
 * locations from an error's source and positions, so they are handed on as graphql-js errors:
 * same message, path, original error and extensions, and the positions of the same locations.
 */
function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const positions = source && error.locations?.length ? error.locations.map((l) => positionOf(source.body, l.line, l.column)) : undefined;
  return new GraphQLError(error.message, { source, positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions } });
}

/** The offset in `body` of a 1-based line and column (graphql's own line breaks: \r\n, \n, \r). */
function positionOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = body.slice(offset).search(/\r\n|[\n\r]/);
    if (next < 0) break;
    offset += next + (body.startsWith("\r\n", offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}

function handOn(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, document.loc?.source)) } : result;
}

export function useCompiledExecution(): Plugin {
  // Per document (the parsed document is cached and reused by yoga), per operation name.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let entry = byName.get(key);
    if (entry === undefined) {
      const result =
        compiledSize(schema, document, operationName) <= COMPILE_BUDGET
          ? compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true })
          : null;
      entry = result && isCompiledQuery(result) ? result : null;
      byName.set(key, entry);
    }
    return entry;
  };
  return {
    onExecute({ args, setExecuteFn, executeFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      // Compiled from the arguments it is called with: plugins after this one (the response
      // cache) hand on a document of their own, with the __typename and id fields they read.
      setExecuteFn((a) => {
        const query = compiledFor(a.schema, a.document, a.operationName);
        if (!query) return executeFn(a);
        const result = query.query(a.rootValue, a.contextValue, a.variableValues);
        // No data at all: a request error (variables that do not fit their types), found before
        // any resolver ran; graphql-js reports it, in its own words and with its HTTP status.
        const answer = (r: ExecutionResult) => (r.data === undefined ? executeFn(a) : handOn(r, a.document));
        return result instanceof Promise ? result.then(answer) : answer(result);
      });
    },
  };
}
