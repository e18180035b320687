/**
 * A template sheet as what is typed into its cells: the formula where there is one, else the constant; and the
 * comparison of what a cell holds later with what was typed (for the undo, which deletes a sheet the template
 * created only while it still holds exactly that).
 */
import type { TemplateSheet } from "./types";

/** What is typed into a cell: a formula ("=SUM(E6:E8)"), a number, text, or null for nothing. */
export type CellInput = string | number | null;

/** The inputs of the sheet's area (A1 to its bottom-right), row by row. */
export function templateInputs(sheet: TemplateSheet): CellInput[][] {
  const { bottom, right } = sheet.area;
  const grid: CellInput[][] = Array.from({ length: bottom }, () => Array<CellInput>(right).fill(null));
  for (const c of sheet.cells) {
    const input = c.formula ?? (typeof c.value === "boolean" ? String(c.value) : c.value);
    grid[c.row - 1]![c.col - 1] = input;
  }
  return grid;
}

/** A formula as compared: no spaces, quotes or $, upper case, and a custom function as Excel stores it in a file
 *  (`_xldudf_JX_EXECRATE`) read as `JX.EXECRATE`. */
function formulaKey(f: string): string {
  return f
    .replace(/_xldudf_([A-Za-z0-9]+)_/g, "$1.")
    .replace(/[\s'$]/g, "")
    .toUpperCase();
}

/** Whether what a cell holds now (range.formulas: a formula, or the constant; "" for empty) is what was typed. */
export function sameInput(now: unknown, typed: CellInput): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (blank(now) || blank(typed)) return blank(now) && blank(typed);
  if (typeof typed === "string" && typed.startsWith("="))
    return typeof now === "string" && formulaKey(now) === formulaKey(typed);
  if (typeof typed === "number") return typeof now === "number" ? now === typed : String(now).trim() === String(typed);
  return String(now) === typed;
}

/** The first cell (1-based row and column) of a grid of what cells hold now that differs from the inputs, or
 *  null when all agree; `now` starts at A1 and may be smaller or larger than the inputs. */
export function firstDifference(
  now: readonly (readonly unknown[])[],
  inputs: readonly (readonly CellInput[])[],
): { row: number; col: number } | null {
  const rows = Math.max(now.length, inputs.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(now[r]?.length ?? 0, inputs[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const v = now[r]?.[c] ?? null;
      if (!sameInput(v, inputs[r]?.[c] ?? null)) return { row: r + 1, col: c + 1 };
    }
  }
  return null;
}
