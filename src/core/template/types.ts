/**
 * The official template as data: the sheets of GUIDE §5 (绩效自评表, 预算执行情况, 资产负债表, 单位基本情况) with
 * their cells, formulas, number formats, merges, styles, drop-down lists and Excel tables, as both workbook
 * adapters write them (office-template.ts into the open workbook, xlsx-template.ts into an .xlsx file). Pure data:
 * no ExcelJS, no office.js.
 */
import type { Area, CellValue } from "../model/snapshot";
import type { Profile } from "../profile-types";

/** The sheets of the template, by role. */
export type SheetKey = "form" | "budget" | "balance" | "unit";

/** What the user chooses for a template. */
export interface TemplateOptions {
  /** 评价年度 (the year evaluated, as in “2024年度部门整体支出绩效自评表”); default last year. */
  readonly year?: number;
  /** 单位名称; default blank (filled in the sheet later). */
  readonly unitName?: string;
  /** The rule profile whose first-level weights, qualitative grades and scoring the template follows; default
   *  national. The JX formulas name it when it is a built-in profile other than national. */
  readonly profile?: Profile;
}

/** How a block of cells looks. Colours are "#RRGGBB". */
export interface CellStyle {
  readonly font?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly fill?: string;
  /** Thin black borders around and between every cell of the area. */
  readonly border?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "center" | "top";
  readonly wrap?: boolean;
}

/** One cell as the template writes it. */
export interface TemplateCell {
  /** 1-based. */
  readonly row: number;
  readonly col: number;
  /** The constant; for a formula, its result computed from the template itself (what a file caches until Excel
   *  calculates again), null where the formula gives "" (a blank rate until a budget is entered). */
  readonly value: CellValue;
  /** The formula as typed in Excel ("=IF(F5=0,\"\",JX.EXECRATE(G5,F5))"), or null for a constant. */
  readonly formula: string | null;
  /** Number format ("#,##0.00", "0.00%"), or null for General. */
  readonly numberFormat: string | null;
}

/** A drop-down list on an area (Excel data validation of type list). */
export interface ListValidation {
  readonly area: Area;
  readonly values: readonly string[];
  /** Shown when the cell is selected. */
  readonly title: string;
  readonly prompt: string;
  /** Shown when something else is typed: a warning the user may pass (local forms use other words too). */
  readonly error: string;
}

/** An Excel table (ListObject) over an area whose first row is its header. */
export interface TableSpec {
  readonly name: string;
  readonly area: Area;
  /** Built-in table style, e.g. "TableStyleLight9". */
  readonly style: string;
}

export interface TemplateSheet {
  readonly key: SheetKey;
  /** The name it gets in the workbook (free of the names already there). */
  readonly name: string;
  /** The rectangle of everything the template writes, from A1. */
  readonly area: Area;
  /** Every cell that holds something, row by row. */
  readonly cells: readonly TemplateCell[];
  readonly merges: readonly Area[];
  /** Styles in the order they apply (later ones over earlier ones). */
  readonly styles: readonly { readonly area: Area; readonly style: CellStyle }[];
  readonly validations: readonly ListValidation[];
  readonly tables: readonly TableSpec[];
  /** Widths of columns A, B, … in characters of the default font. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Rows frozen at the top (0 for none). */
  readonly freezeRows: number;
}

export interface Template {
  readonly year: number;
  readonly unitName: string;
  readonly profileId: string;
  /** In workbook order: 绩效自评表, 预算执行情况, 资产负债表, 单位基本情况. */
  readonly sheets: readonly TemplateSheet[];
}

/** Names already used in the workbook the template goes into, so that it takes others. */
export interface TakenNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}
