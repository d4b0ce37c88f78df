// README's GraphQL examples (its ```graphql blocks), read from README.md: one source for the
// trusted-documents manifest and for the test that runs every README example on the sample data.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";

export const README_FILE = path.join(PROJECT_ROOT, "README.md");

/** The text of every ```graphql block of README, trimmed, in order. */
export function readmeExamples(readme = fs.readFileSync(README_FILE, "utf8")): string[] {
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}
