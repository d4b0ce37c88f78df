// Imports every type file (each registers itself on the builder) and builds the schema.
import { builder } from "./builder.ts";
import "./types/enums.ts";
import "./types/evidence.ts";
import "./types/entity.ts";
import "./types/event.ts";
import "./types/article.ts";
import "./types/entity-queries.ts";
import "./types/search.ts";
import "./types/path.ts";
import "./types/errors.ts";
import "./types/ingest.ts";
import "./types/identity.ts";
import "./types/stats.ts";
import "./types/live.ts";

export const schema = builder.toSchema({ sortSchema: true });
