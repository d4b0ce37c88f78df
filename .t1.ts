import { extractArticle } from "./src/extract/index.ts";
import { readFileSync } from "node:fs";
const t = readFileSync("../shared/seed/melania-letter-putin.txt","utf8");
const d = extractArticle({ text: t, publishedAt: "2025-08-17" });
for (const e of d.entities) console.log(e.kind, e.id, JSON.stringify(e.aliases), e.mentions.length, JSON.stringify(e.roles ?? []));
for (const e of d.events) console.log(e.type, "|", e.name, "|", e.date, e.dateText, JSON.stringify(e.participants.map(p=>p.entityId.split(":")[1]+"/"+p.role)));
for (const r of d.relationships) console.log(r.type, r.sourceId, r.targetId);
