// The request body limit (config.maxRequestBytes, sized from MAX_ARTICLE_BYTES), enforced as
// graphql-yoga's maxRequestBodySize enforces it — same refusals, 413 REQUEST_ENTITY_TOO_LARGE and
// 400 for a malformed Content-Length — but without a stream per request when the request declares
// its length: Node's HTTP parser never hands on more body than a valid Content-Length says, so that
// header within the limit is the whole check. Only a body of unknown length (chunked) is counted
// as it streams. Registered after every request parser, so it wraps whichever one was chosen.
import { createGraphQLError, type Plugin } from "graphql-yoga";

const tooLarge = () => createGraphQLError("Request body too large", { extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE" } });

// One non-negative integer only: anything else (comma-joined values included) is refused.
const CONTENT_LENGTH = /^\d+$/;

export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw createGraphQLError("Content-Length header is invalid.", { extensions: { http: { status: 400 }, code: "BAD_REQUEST" } });
        }
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      let read = 0;
      const TransformStreamCtor = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
      const counted = body.pipeThrough(
        new TransformStreamCtor<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > limit) controller.error(tooLarge());
            else controller.enqueue(chunk);
          },
        }),
      );
      const parse = requestParser;
      setRequestParser((req) =>
        parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, signal: req.signal, body: counted, ...{ duplex: "half" } })),
      );
    },
  };
}
