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
