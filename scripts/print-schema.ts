// Prints the GraphQL SDL (sorted) to schema/schema.graphql, or with --check fails when the file is
// out of date. `npm run schema:print` / `npm run schema:check` (part of `npm test`).
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { schema } from "../src/graphql/schema.ts";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");

export function currentSdl(): string {
  return printSchema(schema) + "\n";
}

function main() {
  const sdl = currentSdl();
  if (process.argv.includes("--check")) {
    const stored = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
    if (stored !== sdl) {
      console.error("schema/schema.graphql is out of date with the Pothos schema. Run `npm run schema:print` and commit the result.");
      process.exit(1);
    }
    console.log("schema/schema.graphql is up to date.");
    return;
  }
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, SCHEMA_FILE)}`);
}

main();
