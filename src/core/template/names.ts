/**
 * Names the template gives its sheets and tables, and the free ones it takes when the workbook has them already:
 * 绩效自评表, else 绩效自评表（2）, 绩效自评表（3）… (Excel compares sheet names without regard to case); tables
 * 预算执行表, else 预算执行表2 … (a table name cannot hold brackets).
 */
import type { SheetKey } from "./types";

/** The sheets' own names, as the samples and the field use them. */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  form: "绩效自评表",
  budget: "预算执行情况",
  balance: "资产负债表",
  unit: "单位基本情况",
};

/** The Excel tables' own names. */
export const TABLE_NAMES = {
  budget: "预算执行表",
  facts: "单位情况表",
  organs: "机构名单",
} as const;

export type TableKey = keyof typeof TABLE_NAMES;

const SHEET_NAME_LIMIT = 31;

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/** `wanted`, or the first of “wanted（2）”, “wanted（3）”… not in `taken` (case-insensitively), within 31 characters. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = lower(taken);
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `（${n}）`;
    const name = wanted.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** `wanted`, or the first of “wanted2”, “wanted3”… not in `taken` (case-insensitively). */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  const used = lower(taken);
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!used.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}

/** Free names for every sheet and table of the template, each also free of those chosen before it. */
export function templateNames(taken: { readonly sheets: readonly string[]; readonly tables: readonly string[] }): {
  sheets: Record<SheetKey, string>;
  tables: Record<TableKey, string>;
} {
  const sheetsTaken = [...taken.sheets];
  const sheets = {} as Record<SheetKey, string>;
  for (const key of Object.keys(SHEET_NAMES) as SheetKey[]) {
    sheets[key] = freeSheetName(SHEET_NAMES[key], sheetsTaken);
    sheetsTaken.push(sheets[key]);
  }
  const tablesTaken = [...taken.tables];
  const tables = {} as Record<TableKey, string>;
  for (const key of Object.keys(TABLE_NAMES) as TableKey[]) {
    tables[key] = freeTableName(TABLE_NAMES[key], tablesTaken);
    tablesTaken.push(tables[key]);
  }
  return { sheets, tables };
}
