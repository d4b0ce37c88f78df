// CPU time of this process spent in a function, for the benchmarks that time one core's work
// (bench:extract, bench:syntax): user + system time, so a busy machine's waits do not count.

/** CPU seconds (user + system) this process spent in fn. */
export function cpuSeconds(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
}
