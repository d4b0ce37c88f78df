// The 1 MB news article of bench:load and profile-ingest-steps: plain news text, different for
// every `n` (so each ingest writes).

/** About `bytes` of plain news text, different for every `n`. */
export function bigArticle(n: number, bytes = 1_000_000) {
  const paragraph =
    "Russian President Vladimir Putin met US President Donald Trump in Anchorage on Friday. Putin said Russia wanted an agreement on Ukraine. " +
    "Melania Trump, the wife of President Donald Trump, wrote to Putin about the children of Ukraine. The Kremlin said the talks were useful.\n\n";
  const text = `Load test article ${n}.\n\n${paragraph.repeat(Math.floor((bytes - 100) / paragraph.length))}`;
  return { id: `bench-load-${n}-${Date.now()}`, title: `Load test article ${n}`, text };
}
