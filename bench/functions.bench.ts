/**
 * One million evaluations of JX.SCORE and JX.EXECRATE, as scalar calls (one cell a call) and as range calls
 * over 100,000 cells, against plain inline arithmetic measured in the same run.
 */
import { EXECRATE, SCORE } from "../src/functions/functions";
import { measure, type BenchRow } from "./measure";

const CELLS = 100_000;
const EVALUATIONS = 1_000_000;

function column(f: (i: number) => number): number[][] {
  return Array.from({ length: CELLS }, (_, i) => [f(i)]);
}

export function benchFunctions(): BenchRow[] {
  // Budget-like figures: amounts with 2 decimals, targets and actuals around 95%.
  const executed = column((i) => Math.round(1000 + ((i * 7919) % 90000)) / 100 + 0.37);
  const budget = column((i) => Math.round(1500 + ((i * 104729) % 90000)) / 100 + 0.5);
  const actual = column((i) => 0.8 + ((i * 37) % 300) / 1000);
  const target = [[0.95]];
  const weight = [[10]];
  const rounds = EVALUATIONS / CELLS;
  let sink = 0;

  const inline = measure("inline arithmetic (baseline)", EVALUATIONS, () => {
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < CELLS; i++) {
        const a = actual[i]![0]!;
        const s = a >= 0.95 ? 10 : Math.round((10 * a * 100) / 0.95) / 100;
        const e = executed[i]![0]! / budget[i]![0]!;
        sink += s + e;
      }
    }
  });

  const scoreRange = measure("JX.SCORE, range of 100,000 cells", EVALUATIONS, () => {
    for (let r = 0; r < rounds; r++)
      sink += (SCORE(actual, target, weight, null as never, null as never)[0]![0] as number) ?? 0;
  });
  const execRange = measure("JX.EXECRATE, range of 100,000 cells", EVALUATIONS, () => {
    for (let r = 0; r < rounds; r++) sink += (EXECRATE(executed, budget)[0]![0] as number) ?? 0;
  });
  const scoreScalar = measure("JX.SCORE, one cell a call", EVALUATIONS, () => {
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < CELLS; i++)
        sink += SCORE([actual[i]!], target, weight, null as never, null as never)[0]![0] as number;
    }
  });
  const execScalar = measure("JX.EXECRATE, one cell a call", EVALUATIONS, () => {
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < CELLS; i++) sink += EXECRATE([executed[i]!], [budget[i]!])[0]![0] as number;
    }
  });
  if (Number.isNaN(sink)) throw new Error("benchmark produced NaN");
  const base = inline.nsPerOp;
  return [inline, scoreRange, execRange, scoreScalar, execScalar].map((row) => ({ ...row, ratio: row.nsPerOp / base }));
}
