// The trigger lexicon is generated from the CAMEO dictionary and our own tables; the committed
// file must be what the converter writes today, and every sense must name a known type.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { EVENT_SUBTYPE_TABLE, EVENT_TYPES } from "../../../src/vocabulary.ts";

const CAMEO = path.resolve(PROJECT_ROOT, "..", "shared", "lexicons", "petrarch2", "CAMEO.2.0.txt");
const lexicon = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "src/extract/data/event-triggers.json"), "utf8")) as {
  verbs: Record<string, Array<{ type: string; subtype?: string }>>;
  nouns: Record<string, Array<{ type: string; subtype?: string }>>;
};

describe("the event trigger lexicon", () => {
  it.skipIf(!fs.existsSync(CAMEO))("is what npm run data:triggers writes from ../shared/lexicons/petrarch2 (skipped when that folder is absent)", () => {
    expect(() => execFileSync(process.execPath, ["--import", "tsx", "scripts/convert-cameo.ts", "--check"], { cwd: PROJECT_ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("gives every trigger a known type, and every subtype the type of its family", () => {
    for (const senses of [...Object.values(lexicon.verbs), ...Object.values(lexicon.nouns)]) {
      for (const s of senses) {
        expect(EVENT_TYPES).toContain(s.type);
        if (s.subtype) expect(EVENT_SUBTYPE_TABLE[s.subtype as keyof typeof EVENT_SUBTYPE_TABLE].family).toBe(s.type);
      }
    }
  });

  it("reads CAMEO's own codes where we add nothing: 'rebuke' is a rejection, 'bombard' a military action", () => {
    expect(lexicon.verbs.bombard?.[0]?.type).toBe("MILITARY_ACTION");
    expect(lexicon.verbs.rebuke?.[0]?.type).toBe("REJECTION");
  });
});
