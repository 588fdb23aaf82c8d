// The process's peak resident memory while some work runs, sampled every few milliseconds (worker
// threads included: they share the process). The value after the work says little: a buffer of a
// gigabyte may be gone again by then.
export async function withPeakRss<T>(work: () => Promise<T>, everyMs = 2): Promise<{ result: T; before: number; peak: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return { result, before, peak };
  } finally {
    clearInterval(timer);
  }
}
