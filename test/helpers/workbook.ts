/**
 * Snapshots written by hand in tests: sheets as rows of cell values, as an accountant would lay them out.
 *   sheet("绩效自评表", [["一级指标", "二级指标", …], ["产出指标", "数量指标", …]], { merges: ["A2:A5"] })
 */
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { gridOf, parseAddress, sheetFromGrid } from "../../src/core/model/snapshot";

export interface SheetOptions {
  /** Merged areas in A1 form ("A2:A5"). */
  readonly merges?: readonly string[];
  /** Top-left cell of the rows (default A1). */
  readonly at?: string;
  readonly numberFormats?: readonly (readonly string[])[];
  readonly protected?: boolean;
  readonly visible?: boolean;
}

function area(a1: string): Area {
  const [from, to = from] = a1.split(":");
  const a = parseAddress(from!);
  const b = parseAddress(to!);
  if (!a || !b) throw new Error(`bad area ${a1}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  options: SheetOptions = {},
): SheetSnapshot {
  const at = parseAddress(options.at ?? "A1")!;
  return sheetFromGrid(name, at.row, at.col, rows, options.numberFormats, {
    merges: (options.merges ?? []).map(area),
    protected: options.protected ?? false,
    visible: options.visible ?? true,
  });
}

export function workbook(sheets: readonly SheetSnapshot[], settings: Record<string, string> = {}): WorkbookSnapshot {
  return { sheets, settings };
}

/** The values of a sheet's used range as a grid, row by row (null where nothing is): how tests compare a small
 *  sheet whole. */
export function valuesOf(sheet: SheetSnapshot): CellValue[][] {
  return gridOf(sheet, { top: sheet.top, left: sheet.left, bottom: sheet.bottom, right: sheet.right });
}
