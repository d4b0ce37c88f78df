// Talks to the public GraphQL API, and turns every way a request can fail into an ApiError whose
// message tells an analyst what happened: server unreachable, the server up but its database
// unreachable, query over a limit, or refused.
export type ApiErrorKind = "unreachable" | "unavailable" | "limit" | "http" | "graphql";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly limit?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; limit?: string; max?: number };
}

/** With `bookmarks` (from a live event), the answer includes at least the write they name, on any instance. */
export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>, options?: { bookmarks?: readonly string[] }) => Promise<T>;

/** The ApiError for a response body's errors: a limit error names the limit and says to ask for less. */
export function errorFromGraphQL(errors: readonly GraphQLErrorBody[]): ApiError {
  if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) {
    return new ApiError(
      "unavailable",
      "The database is unreachable: the server is running but cannot reach Neo4j right now. Nothing is wrong with your query; try again in a few seconds.",
    );
  }
  const limited = errors.find((e) => e.extensions?.limit);
  if (limited) {
    return new ApiError("limit", `The query asks for more than the API allows (${limited.extensions!.limit}): ${limited.message}`, limited.extensions!.limit);
  }
  return new ApiError("graphql", `The API refused the query: ${errors.map((e) => e.message).join("; ")}`);
}

export function createGraphQLClient(endpoint: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}, options: { bookmarks?: readonly string[] } = {}): Promise<T> => {
    let res: Response;
    const bookmarks: Record<string, string> = options.bookmarks?.length ? { "x-neo4j-bookmarks": options.bookmarks.join(",") } : {};
    try {
      res = await fetchImpl(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...bookmarks },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError("unreachable", `Cannot reach the server at ${endpoint}. Check that newsgraph is running (npm start) and try again.`);
    }
    type Body = { data?: T | null; errors?: GraphQLErrorBody[] };
    let body: Body | null;
    try {
      body = (await res.json()) as Body;
    } catch {
      body = null;
    }
    if (body?.errors?.length) throw errorFromGraphQL(body.errors);
    if (!res.ok || !body || body.data == null) {
      throw new ApiError("http", `The server answered ${res.status} ${res.statusText} without data. Try again in a moment.`);
    }
    return body.data;
  };
}
