// `npm run identity -- merge KEEP_ID MERGE_ID --reason WHY [--by WHO]`
// `npm run identity -- split ENTITY_ID ARTICLE_ID... --reason WHY [--by WHO]`
// `npm run identity -- keep-apart ENTITY_ID ENTITY_ID --reason WHY [--by WHO]`
// The identity decisions of the mergeEntities, splitEntity and keepEntitiesApart mutations, on
// the command line: same checks, same messages, one transaction each, recorded with who (--by,
// by default "cli:<login>") and why. Exit status 1 when the decision was refused, 2 for bad usage.
import os from "node:os";
import { loadConfig } from "../config/config.ts";
import { createLogger } from "../config/logger.ts";
import { connect } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { IdentityDecisionError, keepEntitiesApart, mergeEntities, splitEntity, type DecisionContext } from "../ingest/identity-decisions.ts";
import { parseCommandLine, runAsMain, UsageError } from "./command-line.ts";

export const IDENTITY_USAGE = [
  "usage: npm run identity -- merge KEEP_ID MERGE_ID --reason WHY [--by WHO]",
  "       npm run identity -- split ENTITY_ID ARTICLE_ID... --reason WHY [--by WHO]",
  "       npm run identity -- keep-apart ENTITY_ID ENTITY_ID --reason WHY [--by WHO]",
].join("\n");

export type IdentityCommand =
  | { help: true }
  | { help: false; action: "merge"; keep: string; merge: string; ctx: DecisionContext }
  | { help: false; action: "split"; entity: string; articles: string[]; ctx: DecisionContext }
  | { help: false; action: "keep-apart"; a: string; b: string; ctx: DecisionContext };

function defaultWho(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return "cli";
  }
}

export function parseIdentityArgs(argv: string[]): IdentityCommand {
  const { values, positionals } = parseCommandLine(argv, {
    reason: { type: "string" },
    by: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return { help: true };
  const [action, ...ids] = positionals;
  if (!action) throw new UsageError("no command given: merge, split or keep-apart");
  const reason = values.reason?.trim();
  if (!reason) throw new UsageError(`${action} needs --reason WHY (it is recorded with the decision)`);
  const ctx: DecisionContext = { by: values.by?.trim() || defaultWho(), reason };
  if (action === "merge") {
    if (ids.length !== 2) throw new UsageError(`merge takes two entity ids (the one to keep, then the one merged into it), got ${ids.length}`);
    return { help: false, action, keep: ids[0]!, merge: ids[1]!, ctx };
  }
  if (action === "split") {
    if (ids.length < 2) throw new UsageError("split takes an entity id and at least one article id");
    return { help: false, action, entity: ids[0]!, articles: ids.slice(1), ctx };
  }
  if (action === "keep-apart") {
    if (ids.length !== 2) throw new UsageError(`keep-apart takes two entity ids, got ${ids.length}`);
    return { help: false, action, a: ids[0]!, b: ids[1]!, ctx };
  }
  throw new UsageError(`unknown command ${action}: use merge, split or keep-apart`);
}

export async function identityMain(argv: string[]): Promise<number> {
  const cmd = parseIdentityArgs(argv);
  if (cmd.help) {
    process.stdout.write(`${IDENTITY_USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config, { destination: process.stderr });
  const db = await connect(config, logger);
  const out = process.stderr;
  try {
    await migrate(db, logger);
    if (cmd.action === "merge") {
      const r = await db.write((tx) => mergeEntities(tx, cmd.keep, cmd.merge, cmd.ctx));
      out.write(`Merged ${r.mergedId} into ${r.keepId} (${r.articlesMoved} article(s) moved; decision ${r.decisionId})\n`);
    } else if (cmd.action === "split") {
      const r = await db.write((tx) => splitEntity(tx, cmd.entity, cmd.articles, cmd.ctx));
      out.write(
        `Split ${r.articlesMoved} article(s) off ${r.entityId} into ${r.newEntityId}${r.restored ? " (restored as it was before the merge)" : ""} (decision ${r.decisionId})\n`,
      );
    } else {
      const r = await db.write((tx) => keepEntitiesApart(tx, cmd.a, cmd.b, cmd.ctx));
      out.write(`Recorded ${r.entityIds[0]} and ${r.entityIds[1]} as different (decision ${r.decisionId})\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof IdentityDecisionError) {
      out.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}

runAsMain(import.meta.url, { name: "identity", usage: IDENTITY_USAGE }, identityMain);
