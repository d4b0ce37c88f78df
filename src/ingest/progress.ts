// Progress for long ingests: a redrawn bar with articles/s and ETA on a terminal, plain
// periodic lines otherwise (CI logs, pipes).
import type { IngestSummary } from "./ingest-stream.ts";

export interface ProgressReporter {
  update(done: number, summary: IngestSummary): void;
  finish(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function createProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastLine = "";
  const render = (done: number, s: IngestSummary) => {
    const rate = s.seconds > 0 ? done / s.seconds : 0;
    const eta = total && rate > 0 ? duration((total - done) / rate) : "?";
    const counts = `${done}${total ? `/${total}` : ""} articles, ${rate.toFixed(1)} articles/s, ETA ${eta}, written ${s.written}, unchanged ${s.unchanged}, rejected ${s.rejected.length}`;
    if (!tty || !total) return counts;
    const width = 28;
    const filled = Math.round((done / total) * width);
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${counts}`;
  };
  return {
    update(done, s) {
      const now = performance.now();
      const interval = tty ? 100 : 5_000;
      if (now - lastDraw < interval && done !== total) return;
      lastDraw = now;
      lastLine = render(done, s);
      if (tty) stream.write(`\r\x1b[2K${lastLine}`);
      else stream.write(`${lastLine}\n`);
    },
    finish() {
      if (tty && lastLine) stream.write("\n");
    },
  };
}
