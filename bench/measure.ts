/** Timing for the benchmarks: a warm-up run, then the best of several runs, in ns per operation. */
export interface BenchRow {
  readonly name: string;
  readonly ops: number;
  readonly nsPerOp: number;
  readonly ratio?: number;
}

export function measure(name: string, ops: number, run: () => void, repeats = 5): BenchRow {
  run();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    const ns = Number(process.hrtime.bigint() - start);
    if (ns < best) best = ns;
  }
  return { name, ops, nsPerOp: best / ops };
}

export function printTable(
  title: string,
  rows: readonly BenchRow[],
  target?: { readonly name: string; readonly maxNs: number },
): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const ratio = r.ratio === undefined ? "" : `  ×${r.ratio.toFixed(1)} baseline`;
    console.log(`  ${r.name.padEnd(width)}  ${r.nsPerOp.toFixed(1).padStart(9)} ns/eval${ratio}`);
  }
  if (target) {
    const row = rows.find((r) => r.name === target.name);
    if (row) {
      const verdict = row.nsPerOp <= target.maxNs ? "met" : "NOT met";
      console.log(`  target: ${target.name} under ${target.maxNs} ns/eval: ${verdict} (${row.nsPerOp.toFixed(1)} ns)`);
    }
  }
}

/** A timing in milliseconds: the best of several runs after a warm-up, with the median beside it. */
export interface MsRow {
  readonly name: string;
  readonly ms: number;
  readonly medianMs?: number;
}

function summary(name: string, times: number[]): MsRow {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, ms: sorted[0]!, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}

export function measureMs(name: string, run: () => void, repeats = 7): MsRow {
  run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return summary(name, times);
}

export async function measureAsync(name: string, run: () => Promise<void>, repeats = 5): Promise<MsRow> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return summary(name, times);
}

export function printMs(title: string, rows: readonly MsRow[], baseline?: MsRow): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    if (!Number.isFinite(r.ms)) {
      console.log(`  ${r.name}`);
      continue;
    }
    const median = r.medianMs === undefined ? "" : `  (median ${r.medianMs.toFixed(1)} ms)`;
    const ratio = baseline && r !== baseline ? `  ×${(r.ms / baseline.ms).toFixed(1)} baseline` : "";
    console.log(`  ${r.name.padEnd(width)}  ${r.ms.toFixed(1).padStart(8)} ms${median}${ratio}`);
  }
}
