/** Runs `fn` `runs` times after a warm-up and reports median and p95 in milliseconds. */
export function measure(fn: () => unknown, runs = 200, warmup = 20): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export async function measureAsync(fn: () => Promise<unknown>, runs = 200, warmup = 10) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: times.length };
}

export const ms = (n: number) => `${n.toFixed(3)} ms`;

export function table(title: string, rows: [string, { median: number; p95: number; runs: number }, string?][]): void {
  console.log(`\n${title}`);
  console.log(`  ${'case'.padEnd(44)} ${'median'.padStart(11)} ${'p95'.padStart(11)}  runs  budget`);
  for (const [name, r, budget] of rows)
    console.log(`  ${name.padEnd(44)} ${ms(r.median).padStart(11)} ${ms(r.p95).padStart(11)}  ${String(r.runs).padStart(4)}  ${budget ?? ''}`);
}
