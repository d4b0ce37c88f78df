// `npm run parse -- FILE.txt` prints the sentences of a text as CoNLL-U (sentences from the
// extractor's splitter, tokens, tags, lemmas and trees from src/nlp), so anyone can see what the
// extractor reads. `npm run parse -- --conllu FILE.conllu` re-parses a CoNLL-U file keeping its
// gold tokens and writes the predicted CoNLL-U to stdout, for the official CoNLL 2018 scorer.
import { readFileSync, statSync } from "node:fs";
import { ConlluError, formatConllu, parseConllu } from "../nlp/conllu.ts";
import { loadSyntaxModel, parseText } from "../nlp/index.ts";
import { parsedToConllu, reparseConllu } from "../nlp/to-conllu.ts";
import { splitSentences } from "../extract/sentences.ts";

const USAGE = "usage: npm run parse -- FILE.txt | npm run parse -- --conllu FILE.conllu";
const utf8 = new TextDecoder("utf-8", { fatal: true });

function readText(file: string): string {
  let size: number;
  try {
    size = statSync(file).isFile() ? statSync(file).size : -1;
  } catch {
    throw new Error(`${file}: no such file`);
  }
  if (size < 0) throw new Error(`${file}: not a regular file`);
  try {
    return utf8.decode(readFileSync(file));
  } catch {
    throw new Error(`${file}: not valid UTF-8 text`);
  }
}

function main(argv: string[]): number {
  const conllu = argv[0] === "--conllu";
  const files = conllu ? argv.slice(1) : argv;
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  try {
    const text = readText(files[0]!);
    if (conllu) process.stdout.write(formatConllu(reparseConllu(parseConllu(text), loadSyntaxModel())));
    else process.stdout.write(formatConllu(parsedToConllu(parseText(text, splitSentences))));
    return 0;
  } catch (e) {
    const msg = e instanceof ConlluError ? `${files[0]}: ${e.message}` : (e as Error).message;
    process.stderr.write(`parse: ${msg}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
