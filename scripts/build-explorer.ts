// npm run build:explorer: bundles the graph explorer (src/explorer) into dist/explorer. The server
// also builds it on the first /explore request when the bundle is missing or stale.
import { EXPLORER_OUT_DIR, buildExplorer } from "../src/server/explorer-bundle.ts";

const began = performance.now();
const manifest = await buildExplorer();
console.log(`Built the graph explorer into ${EXPLORER_OUT_DIR} (${manifest.script}, ${manifest.style}) in ${Math.round(performance.now() - began)} ms`);
