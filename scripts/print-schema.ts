// Prints the generated contracts — the GraphQL SDL (sorted) to schema/schema.graphql, the
// extraction document's JSON Schema to schema/extraction.schema.json and the typed Cypher
// statements (from the cypher/ headers) to src/db/statements.ts, and the trusted documents (the
// explorer's, GraphiQL's example tabs' and README's operations) to schema/persisted-operations.json
// — or, with --check, fails when any of them is out of date. `npm run schema:print` / `npm run schema:check` (part of `npm test`).
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { loadCypherDir } from "../src/db/cypher-registry.ts";
import { printStatementsModule } from "../src/db/print-statements.ts";
import { ExtractionDocument } from "../src/extract/document.ts";
import { schema } from "../src/graphql/schema.ts";
import { EXAMPLE_TABS } from "../src/graphql/examples.ts";
import * as explorerQueries from "../src/explorer/queries.ts";
import { MANIFEST_FILE, printManifest } from "../src/server/trusted-documents.ts";
import { readmeExamples } from "../src/graphql/readme-examples.ts";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");
export const EXTRACTION_SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "extraction.schema.json");
export const STATEMENTS_FILE = path.join(PROJECT_ROOT, "src", "db", "statements.ts");

export function currentSdl(): string {
  return printSchema(schema) + "\n";
}

/** The JSON Schema of the extraction document, printed from its zod definition. */
export function currentExtractionSchema(): string {
  const json = {
    title: "Extraction document",
    description: "What src/extract produces for one article and src/ingest writes to Neo4j. Offsets are JavaScript string indices into article.text.",
    ...z.toJSONSchema(ExtractionDocument),
  };
  return JSON.stringify(json, null, 2) + "\n";
}

/** The typed statements module, printed from the headers of cypher/ (read afresh from disk). */
export function currentStatementsModule(): string {
  return printStatementsModule(loadCypherDir().values());
}

/** Every operation the project's own clients send: the explorer, the example tabs and README. */
export function trustedDocuments(): string[] {
  const explorer = (Object.values(explorerQueries) as unknown[]).filter((v): v is string => typeof v === "string" && /^\s*(query|mutation|subscription)\b/.test(v));
  return [...explorer, ...EXAMPLE_TABS.map((t) => t.query), ...readmeExamples()];
}

export function currentManifest(): string {
  return printManifest(trustedDocuments());
}

const CONTRACTS = [
  { file: SCHEMA_FILE, render: currentSdl, source: "the Pothos schema" },
  { file: EXTRACTION_SCHEMA_FILE, render: currentExtractionSchema, source: "src/extract/document.ts" },
  { file: STATEMENTS_FILE, render: currentStatementsModule, source: "the headers of cypher/" },
  { file: MANIFEST_FILE, render: currentManifest, source: "the explorer's queries, the GraphiQL example tabs and README's examples" },
];

function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const c of CONTRACTS) {
    const rel = path.relative(PROJECT_ROOT, c.file);
    const text = c.render();
    if (check) {
      const stored = fs.existsSync(c.file) ? fs.readFileSync(c.file, "utf8") : "";
      if (stored !== text) {
        console.error(`${rel} is out of date with ${c.source}. Run \`npm run schema:print\` and commit the result.`);
        stale++;
      } else console.log(`${rel} is up to date.`);
      continue;
    }
    fs.mkdirSync(path.dirname(c.file), { recursive: true });
    fs.writeFileSync(c.file, text);
    console.log(`Wrote ${rel}`);
  }
  if (stale) process.exit(1);
}

main();
