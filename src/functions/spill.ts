/**
 * Range handling for the custom functions. Every argument is declared as a matrix (`any[][]`), so that a user
 * may pass one cell or a range; ranges of one shape give a result of that shape (it spills), single cells and
 * omitted arguments (null) stand for every position.
 */
import { fail, type Failure } from "../core/result";

export type Matrix = readonly (readonly unknown[])[];

/** An argument as Excel hands it over: a matrix, or null when an optional argument is omitted. */
export type Arg = Matrix | null | undefined;

/** Calls `compute` once per position; `cells[i]` is argument i at that position (null where omitted). */
export function spill<R>(
  args: readonly Arg[],
  compute: (cells: unknown[]) => R,
  onShapeError: (f: Failure) => R,
): R[][] {
  let rows = 1;
  let cols = 1;
  for (const a of args) {
    if (!a || a.length === 0) continue;
    const r = a.length;
    const c = a[0]?.length ?? 0;
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      return [
        [onShapeError(fail("value", `参数区域大小不一致：一个是 ${rows} 行 ${cols} 列，一个是 ${r} 行 ${c} 列`))],
      ];
    }
  }
  const n = args.length;
  const scalar: unknown[] = new Array(n);
  const grid: (Matrix | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = args[i];
    const single = !a || a.length === 0 || (a.length === 1 && (a[0]?.length ?? 0) === 1);
    grid[i] = single ? null : (a as Matrix);
    scalar[i] = single ? (a?.[0]?.[0] ?? null) : null;
  }
  const cells: unknown[] = scalar.slice();
  const out: R[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: R[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < n; i++) {
        const g = grid[i];
        if (g) cells[i] = g[r]![c];
      }
      row[c] = compute(cells);
    }
    out[r] = row;
  }
  return out;
}
