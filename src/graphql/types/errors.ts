// Expected failures returned as typed values in mutation payloads (errors plugin), each with a
// message that says what to do. Unexpected errors stay GraphQL errors (masked in production).
import { builder } from "../builder.ts";

export class UnauthorizedError extends Error {
  override name = "UnauthorizedError";
}

export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    message: string,
    readonly id: string,
  ) {
    super(message);
  }
}

export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure: the message says what went wrong and what to do.",
  fields: (t) => ({ message: t.exposeString("message", { description: "What went wrong and what to do." }) }),
});

builder.objectType(UnauthorizedError, {
  name: "UnauthorizedError",
  description: "The request has no valid ingest API key, or the server has none configured.",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof UnauthorizedError,
  fields: () => ({}),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  description: "The input was refused; nothing was written.",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof InvalidInputError,
  fields: (t) => ({
    field: t.string({ nullable: true, description: "The input field at fault, when one is.", resolve: (e) => e.field }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "Nothing has this id.",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof NotFoundError,
  fields: (t) => ({ id: t.exposeString("id", { description: "The id that was not found." }) }),
});
