// A clean `npm ci` on the Node version the project states: every locked package supports it (no
// EBADENGINE warning), and every install script is approved in package.json (npm 11 asks otherwise).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";

// semver comes with the dev dependencies (autocannon's); its types do not, so the one call is typed here.
const semver = createRequire(import.meta.url)("semver") as { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } | null };

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8"));
const pkg = read("package.json") as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = read("package-lock.json") as { packages: Record<string, { version?: string; engines?: { node?: string }; hasInstallScript?: boolean; dev?: boolean }> };

describe("installing on the stated Node version", () => {
  it("locks only packages that support the oldest Node the project accepts", () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const unsupported = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name.replace(/^.*node_modules\//, "")}@${p.version} needs node ${p.engines!.node}`);
    expect(unsupported).toEqual([]);
  });

  it("supports the Node version running the tests", () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it("approves every install script of the lock file in package.json's allowScripts", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([name]) => name.replace(/^.*node_modules\//, ""));
    expect(withScripts.filter((name) => pkg.allowScripts?.[name] === undefined)).toEqual([]);
  });
});
