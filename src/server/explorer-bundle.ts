// Builds the graph explorer (src/explorer, browser code) into dist/explorer with esbuild: hashed
// script and stylesheet names, and an index.html that points at them. A content hash of the
// sources, kept in build.json, says whether the bundle on disk is current, so a fresh clone, a
// `git pull` or the Docker image (no build step of its own) all get a current bundle on first use.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import * as esbuild from "esbuild";
import { PROJECT_ROOT } from "../config/config.ts";

export const EXPLORER_SOURCE_DIR = path.join(PROJECT_ROOT, "src", "explorer");
export const EXPLORER_OUT_DIR = path.join(PROJECT_ROOT, "dist", "explorer");
const MANIFEST = "build.json";

export interface ExplorerManifest {
  /** sha256 over the explorer sources and the esbuild version. */
  sourceHash: string;
  script: string;
  style: string;
  builtAt: string;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Hash of every file under src/explorer (names and contents) and the bundler version. */
export async function explorerSourceHash(sourceDir = EXPLORER_SOURCE_DIR): Promise<string> {
  const hash = createHash("sha256").update(`esbuild ${esbuild.version}\n`);
  for (const file of await sourceFiles(sourceDir)) {
    hash.update(path.relative(sourceDir, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

export async function readExplorerManifest(outDir = EXPLORER_OUT_DIR): Promise<ExplorerManifest | null> {
  try {
    return JSON.parse(await readFile(path.join(outDir, MANIFEST), "utf8")) as ExplorerManifest;
  } catch {
    return null;
  }
}

export async function isExplorerBundleCurrent(outDir = EXPLORER_OUT_DIR): Promise<boolean> {
  const manifest = await readExplorerManifest(outDir);
  return manifest !== null && manifest.sourceHash === (await explorerSourceHash());
}

/** Bundles src/explorer into outDir; old hashed files are removed once the new index is in place. */
export async function buildExplorer(outDir = EXPLORER_OUT_DIR): Promise<ExplorerManifest> {
  const sourceHash = await explorerSourceHash();
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(EXPLORER_SOURCE_DIR, "main.ts"), path.join(EXPLORER_SOURCE_DIR, "explorer.css")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: "linked",
    entryNames: "[name]-[hash]",
    outdir: outDir,
    metafile: true,
    logLevel: "silent",
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => path.basename(p));
  const script = outputs.find((f) => /^main-.*\.js$/.test(f));
  const style = outputs.find((f) => /^explorer-.*\.css$/.test(f));
  if (!script || !style) throw new Error(`esbuild produced no script or stylesheet (${outputs.join(", ")})`);

  const template = await readFile(path.join(EXPLORER_SOURCE_DIR, "index.html"), "utf8");
  const html = template.replaceAll("{{script}}", `/explore/${script}`).replaceAll("{{style}}", `/explore/${style}`);
  const manifest: ExplorerManifest = { sourceHash, script, style, builtAt: new Date().toISOString() };
  // index.html and build.json are replaced by rename, so a reader never sees half a file.
  for (const [name, body] of [["index.html", html], [MANIFEST, JSON.stringify(manifest, null, 2)]] as const) {
    const tmp = path.join(outDir, `.${name}.${process.pid}.tmp`);
    await writeFile(tmp, body);
    await rename(tmp, path.join(outDir, name));
  }
  const keep = new Set([...outputs, "index.html", MANIFEST]);
  for (const name of await readdir(outDir)) {
    if (!keep.has(name) && !name.startsWith(".")) await rm(path.join(outDir, name), { force: true });
  }
  return manifest;
}

let ensuring: Promise<ExplorerManifest> | null = null;

/** The current bundle, built at most once per process when missing or stale. */
export function ensureExplorerBundle(): Promise<ExplorerManifest> {
  ensuring ??= (async () => {
    const manifest = await readExplorerManifest();
    if (manifest && manifest.sourceHash === (await explorerSourceHash())) return manifest;
    return buildExplorer();
  })();
  ensuring.catch(() => (ensuring = null)); // a failed build is retried on the next request
  return ensuring;
}
