// `npm run eval:extract`: precision/recall of the extractor against every hand-made gold file
// (the original fixtures and the seed article), per entity kind and for events and
// relationships; rewrites EXTRACTION.md with the table and the command that reproduces it.
import path from "node:path";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { extractArticle } from "../src/extract/index.ts";
import { add, type Counts, precision, recall, scoreDocument } from "../src/evaluation/fixture-score.ts";
import { loadGoldCases, repoRoot } from "../src/evaluation/fixture-cases.ts";

const rows: Array<[string, Counts]> = [];
const totals: Record<string, Counts> = {};
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const perDoc: string[] = [];
let mainFound = 0;
let mainTotal = 0;
for (const c of loadGoldCases()) {
  const s = scoreDocument(extractArticle(c.input), c.gold);
  const parts: Record<string, Counts> = {
    PERSON: s.entities.PERSON,
    ORGANIZATION: s.entities.ORGANIZATION,
    PLACE: s.entities.PLACE,
    "all entities": s.entities.ALL,
    events: s.events,
    relationships: s.relationships,
  };
  for (const [k, v] of Object.entries(parts)) totals[k] = add(totals[k] ?? zero(), v);
  mainFound += s.mainEvents.found;
  mainTotal += s.mainEvents.total;
  perDoc.push(
    `| ${c.name} | ${fmt(precision(s.entities.ALL))} / ${fmt(recall(s.entities.ALL))} | ${fmt(precision(s.events))} / ${fmt(recall(s.events))} | ${s.mainEvents.found}/${s.mainEvents.total} | ${fmt(precision(s.relationships))} / ${fmt(recall(s.relationships))} | ${s.duplicates.length} |`,
  );
}
for (const [k, v] of Object.entries(totals)) rows.push([k, v]);

function fmt(x: number): string {
  return x.toFixed(2);
}

const table = [
  "| what | precision | recall | tp | fp | fn |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(([k, c]) => `| ${k} | ${fmt(precision(c))} | ${fmt(recall(c))} | ${c.tp} | ${c.fp} | ${c.fn} |`),
].join("\n");

const md = `## Our own fixtures

Measured against hand-made gold in \`tests/fixtures/gold/\`: ${perDoc.length - 1} original articles
(\`tests/fixtures/articles/\`: diplomacy, courts, business, elections, conflict, culture, wire, science and sport) and the seed
article (\`../shared/seed/melania-letter-putin.txt\`, read in place). Reproduce with:

\`\`\`
npm run eval:extract
\`\`\`

Matching rules (\`src/evaluation/fixture-score.ts\`): entities by id (kind + canonical name);
events by type and a quoted piece of their evidence sentence, counted as found only when every
gold participant (and the gold date, if any) is present — precision counts extracted events whose
type and sentence match no gold event; relationships by type and both ends (either order for
SPOUSE_OF, FAMILY_OF, ALLY_OF), a former post only by a relationship marked former. The gold
follows the dev-news annotation conventions; what they changed in it is listed in
\`tests/fixtures/gold/README.md\`.

### Totals over all ${perDoc.length} articles

${table}

Main events found with the right type and participants: ${mainFound}/${mainTotal}.

### Per article (precision / recall)

| article | entities | events | main events | relationships | duplicates |
| --- | --- | --- | --- | --- | --- |
${perDoc.join("\n")}

The gold was written by the same hands as the rules, so these numbers flatter the extractor;
unseen news from other outlets will score lower (see the known weaknesses in the module
headers of \`src/extract/\`).

The syntax the extractor reads (UD tokens, tags, lemmas, dependency trees from \`src/nlp/\`) is
scored separately on UD English EWT in [NLP.md](NLP.md) (\`npm run eval:syntax\`).
`;
writeMarkdownBlock(path.join(repoRoot, "EXTRACTION.md"), "fixtures", md);
process.stdout.write(table + `\n\nmain events: ${mainFound}/${mainTotal}\nwrote EXTRACTION.md\n`);
