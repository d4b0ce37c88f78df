// EXTRACTION.md is written by several evaluation scripts, each owning one block between
// `<!-- name:start -->` and `<!-- name:end -->`; replacing only its own block keeps the others.
import fs from "node:fs";

export function writeMarkdownBlock(file: string, name: string, content: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const md = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const block = `${start}\n${content.trim()}\n${end}`;
  const i = md.indexOf(start);
  const j = md.indexOf(end);
  fs.writeFileSync(file, i >= 0 && j > i ? md.slice(0, i) + block + md.slice(j + end.length) : `${md.trimEnd()}\n\n${block}\n`);
}
