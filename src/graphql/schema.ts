// Imports every type file (each registers itself on the builder) and builds the schema.
import { builder } from "./builder.ts";
import "./types/stats.ts";

export const schema = builder.toSchema({ sortSchema: true });
