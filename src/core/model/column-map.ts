/**
 * Columns mapped by hand: where a table's headers are not recognised (“考核内容 | 目标 | 完成情况 | 权重 | 评分”),
 * the user says which table its header row heads and which column holds which field, and the workbook keeps it
 * in the `columns` setting (settings.ts), so every colleague opening it reads the table the same way.
 *
 * The setting is JSON text: a list of mappings, one a header row,
 *
 *   [{ "sheet": "绩效自评表", "headerRow": 7, "table": "indicators",
 *      "columns": { "third": 1, "target": 2, "actual": 3, "weight": 4, "score": 5 } }]
 *
 * with the keys each table's reader uses (MAPPING_FIELDS) and 1-based columns. readModel reads a mapped row as
 * that table with those columns, as if its headers had been recognised (mappedHeaderRow): the mapping replaces
 * whatever the row's words say. The setting is read leniently: what cannot be used is named in a reading note
 * and left out, the rest applies, and writing a mapping (withColumnMap) keeps every other entry as it was.
 */
import { headerHints, type ColumnKey, type HeaderCell, type HeaderKey, type TableKind } from "./headers";
import type { SheetView } from "./cells";
import type { HeaderRow } from "./locate";
import { columnName, parseAddress } from "./snapshot";
import { compactKey, foldText, isEmpty } from "./text";
import type { IndicatorColumn, ReadingNote } from "./types";

/** The settings key (settings.ts SETTING.columns). */
export const COLUMNS_SETTING = "columns";

/**
 * The fields a mapping may set: the column keys of the table readers (IndicatorColumn, the FundsRow, BudgetRow
 * fields, the balance sheet's label and figure columns), the two-sided balance sheet's right half as
 * liabilities / liabilitiesEnd / liabilitiesBegin.
 */
export type MappingKey =
  | IndicatorColumn
  | ColumnKey<"funds">
  | ColumnKey<"budget">
  | ColumnKey<"balance">
  | "liabilitiesEnd"
  | "liabilitiesBegin";

/** Which column (1-based) holds each field. */
export type MappedColumns = Readonly<Partial<Record<MappingKey, number>>>;

/** One header row mapped by hand. */
export interface ColumnMapping {
  readonly sheet: string;
  /** The header row (1-based); the table is read from the row below it down to its end. */
  readonly headerRow: number;
  readonly table: TableKind;
  readonly columns: MappedColumns;
}

/** A field of a table as the mapping offers it. */
export interface MappingField {
  readonly key: MappingKey;
  /** The field's Chinese name, as the form calls it. */
  readonly name: string;
  /** Whether a mapping of this table must give its column. */
  readonly required: boolean;
  /** The header word a mapped column stands for (what the reader would have recognised). */
  readonly header: HeaderKey;
}

/** The tables a row may be mapped as, in the order the pane offers them. */
export const TABLE_KINDS: readonly TableKind[] = ["indicators", "funds", "budget", "balance"];

/** Chinese names of the tables. */
export const TABLE_NAMES: Readonly<Record<TableKind, string>> = {
  indicators: "绩效指标表",
  funds: "预算资金表（年度资金总额）",
  budget: "预算执行表",
  balance: "资产负债表",
};

const field = (key: MappingKey, name: string, required: boolean, header: HeaderKey = key as HeaderKey) => ({
  key,
  name,
  required,
  header,
});

/** The fields of each table, in the order of the form. */
export const MAPPING_FIELDS: { readonly [K in TableKind]: readonly MappingField[] } = {
  indicators: [
    field("first", "一级指标", false),
    field("second", "二级指标", false),
    field("third", "三级指标", true),
    field("nature", "指标性质", false),
    field("target", "年度指标值", true),
    field("unit", "度量单位", false),
    field("actual", "实际完成值", true),
    field("weight", "分值", true),
    field("score", "得分", true),
    field("reason", "偏差原因分析及改进措施", false, "deviation"),
  ],
  funds: [
    field("initialBudget", "年初预算数", false),
    field("budget", "全年预算数", true),
    field("executed", "全年执行数", true),
    field("weight", "分值", false),
    field("rate", "执行率", false),
    field("score", "得分", false),
  ],
  budget: [
    field("name", "项目名称", true),
    field("budget", "全年预算数", true),
    field("executed", "全年执行数", true),
    field("rate", "执行率", false),
    field("reason", "未执行原因", false, "budgetReason"),
  ],
  balance: [
    field("assets", "资产部类", true),
    field("end", "资产年末数", true),
    field("begin", "资产年初数", false),
    field("liabilities", "负债和净资产部类", false),
    field("liabilitiesEnd", "负债和净资产年末数", false, "end"),
    field("liabilitiesBegin", "负债和净资产年初数", false, "begin"),
  ],
};

/** The field of a table by its key, or undefined when the table has no such field. */
export function mappingField(table: TableKind, key: string): MappingField | undefined {
  return MAPPING_FIELDS[table].find((f) => f.key === key);
}

// ---------------------------------------------------------------------------------------------------------
// Checking a mapping

/** What keeps a mapping from being used. */
export type MappingProblem =
  /** A required field has no column. */
  | { readonly kind: "missing"; readonly field: MappingKey }
  /** Several fields name the same column. */
  | { readonly kind: "twice"; readonly fields: readonly MappingKey[]; readonly col: number }
  /** A field only makes sense with another (the right half's figures need its label column). */
  | { readonly kind: "needs"; readonly field: MappingKey; readonly needs: MappingKey };

/** The problems of a mapping, in the order of its table's fields; none when it can be used. */
export function mappingProblems(mapping: Pick<ColumnMapping, "table" | "columns">): MappingProblem[] {
  const fields = MAPPING_FIELDS[mapping.table];
  const problems: MappingProblem[] = [];
  const byColumn = new Map<number, MappingKey[]>();
  for (const f of fields) {
    const col = mapping.columns[f.key];
    if (col === undefined) {
      if (f.required) problems.push({ kind: "missing", field: f.key });
      continue;
    }
    const list = byColumn.get(col);
    if (list) list.push(f.key);
    else byColumn.set(col, [f.key]);
  }
  for (const [col, keys] of byColumn) if (keys.length > 1) problems.push({ kind: "twice", fields: keys, col });
  if (mapping.table === "balance" && mapping.columns.liabilities === undefined) {
    for (const key of ["liabilitiesEnd", "liabilitiesBegin"] as const)
      if (mapping.columns[key] !== undefined) problems.push({ kind: "needs", field: key, needs: "liabilities" });
  }
  return problems;
}

/** A problem in Chinese, for the reading notes. */
export function problemText(table: TableKind, problem: MappingProblem): string {
  const name = (key: MappingKey) => `“${mappingField(table, key)?.name ?? key}”`;
  switch (problem.kind) {
    case "missing":
      return `没有对应${name(problem.field)}`;
    case "twice":
      return `${problem.fields.map(name).join("、")}都对应了 ${columnName(problem.col)} 列`;
    case "needs":
      return `对应了${name(problem.field)}却没有对应${name(problem.needs)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading the setting

/** The usable mappings of the setting and what could not be used. */
export interface ColumnMapRead {
  readonly mappings: readonly ColumnMapping[];
  readonly notes: readonly ReadingNote[];
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** The entries of the setting as stored: a list (a single mapping counts as a list of one); null if unreadable. */
function rawEntries(text: string | undefined): { entries: unknown[] } | { error: string } | null {
  if (text === undefined || text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: "不是有效的 JSON" };
  }
  if (Array.isArray(value)) return { entries: value };
  if (isObject(value)) return { entries: [value] };
  return { error: "不是对应的列表" };
}

/** A 1-based row from 7 or "7"; null otherwise. */
function rowOf(v: unknown): number | null {
  const n = typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 1048576 ? n : null;
}

/** A 1-based column from 3, "3" or "C"; null otherwise. */
function columnOf(v: unknown): number | null {
  if (typeof v === "string") {
    const t = v.trim();
    if (/^\d+$/.test(t)) return columnOf(Number(t));
    return /^[A-Za-z]{1,3}$/.test(t) ? (parseAddress(`${t}1`)?.col ?? null) : null;
  }
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 16384 ? v : null;
}

const isTable = (v: unknown): v is TableKind => typeof v === "string" && (TABLE_KINDS as string[]).includes(v);

/**
 * The mappings of a workbook's settings, read leniently: a setting that is not JSON, an entry that names no
 * sheet, row or known table, a field the table does not have, a column that is not one, a mapping that misses a
 * required field or gives a column twice, a second mapping of the same row — each is named in a reading note
 * and left out; everything else applies.
 */
export function readColumnMap(settings: Readonly<Record<string, string>>): ColumnMapRead {
  const raw = rawEntries(settings[COLUMNS_SETTING]);
  if (raw === null) return { mappings: [], notes: [] };
  if ("error" in raw)
    return { mappings: [], notes: [note("", null, `工作簿中保存的列对应无法读取（${raw.error}），没有使用`)] };
  const mappings: ColumnMapping[] = [];
  const notes: ReadingNote[] = [];
  const seen = new Set<string>();
  raw.entries.forEach((entry, i) => {
    const mapping = entryOf(entry, i, notes);
    if (mapping === null) return;
    const id = `${mapping.sheet}\u0000${mapping.headerRow}`;
    if (seen.has(id)) {
      const at = `工作表“${mapping.sheet}”第${mapping.headerRow}行的列对应`;
      notes.push(note(mapping.sheet, mapping.headerRow, `${at}保存了不止一项，只使用了第一项`));
      return;
    }
    seen.add(id);
    mappings.push(mapping);
  });
  return { mappings, notes };
}

/** One stored entry as a usable mapping, or null (and why, in `notes`). */
function entryOf(entry: unknown, i: number, notes: ReadingNote[]): ColumnMapping | null {
  const where = `工作簿中保存的第${i + 1}项列对应`;
  const fail = (sheet: string, row: number | null, message: string): null => {
    notes.push(note(sheet, row, message));
    return null;
  };
  if (!isObject(entry)) return fail("", null, `${where}无法读取（不是一项对应），没有使用`);
  const sheet = typeof entry.sheet === "string" ? entry.sheet : "";
  if (sheet === "") return fail("", null, `${where}没有写明工作表，没有使用`);
  const headerRow = rowOf(entry.headerRow);
  if (headerRow === null) return fail(sheet, null, `${where}（工作表“${sheet}”）的表头行不是行号，没有使用`);
  const at = `工作表“${sheet}”第${headerRow}行的列对应`;
  const table = entry.table;
  if (!isTable(table)) {
    const names = TABLE_KINDS.map((k) => TABLE_NAMES[k]).join("、");
    return fail(sheet, headerRow, `${at}所写的表格“${String(table)}”不是${names}之一，没有使用`);
  }
  if (!isObject(entry.columns)) return fail(sheet, headerRow, `${at}没有写明各列，没有使用`);
  const columns: Partial<Record<MappingKey, number>> = {};
  for (const [key, value] of Object.entries(entry.columns)) {
    const f = mappingField(table, key);
    if (!f) {
      notes.push(note(sheet, headerRow, `${at}中的“${key}”不是${TABLE_NAMES[table]}的列，已忽略`));
      continue;
    }
    if (value === null || value === undefined) continue;
    const col = columnOf(value);
    if (col === null) notes.push(note(sheet, headerRow, `${at}中“${f.name}”的列“${String(value)}”不是列号，已忽略`));
    else columns[f.key] = col;
  }
  const mapping: ColumnMapping = { sheet, headerRow, table, columns: ordered(table, columns) };
  const problems = mappingProblems(mapping);
  if (problems.length === 0) return mapping;
  const listed = problems.map((p) => problemText(table, p)).join("；");
  return fail(sheet, headerRow, `${at}不完整（${listed}），没有使用`);
}

function note(sheet: string, row: number | null, message: string): ReadingNote {
  return { sheet, area: row === null ? null : { top: row, left: 1, bottom: row, right: 1 }, message };
}

/** The columns in the order of the table's fields (so the stored JSON reads like the form). */
function ordered(table: TableKind, columns: MappedColumns): MappedColumns {
  const out: Partial<Record<MappingKey, number>> = {};
  for (const f of MAPPING_FIELDS[table]) if (columns[f.key] !== undefined) out[f.key] = columns[f.key];
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Writing the setting

/** The stored entries other than the mapping of this sheet's row (kept as they are, broken ones included). */
function othersThan(settings: Readonly<Record<string, string>>, sheet: string, headerRow: number): unknown[] {
  const raw = rawEntries(settings[COLUMNS_SETTING]);
  if (raw === null || "error" in raw) return [];
  return raw.entries.filter((e) => !(isObject(e) && e.sheet === sheet && rowOf(e.headerRow) === headerRow));
}

/**
 * The settings with a mapping saved: it replaces any mapping of the same sheet and header row; the other
 * entries stay as they were (only a setting that is not JSON at all is replaced). All other settings are kept.
 */
export function withColumnMap(
  settings: Readonly<Record<string, string>>,
  mapping: ColumnMapping,
): Readonly<Record<string, string>> {
  const entry: ColumnMapping = {
    sheet: mapping.sheet,
    headerRow: mapping.headerRow,
    table: mapping.table,
    columns: ordered(mapping.table, mapping.columns),
  };
  const list = [...othersThan(settings, mapping.sheet, mapping.headerRow), entry];
  return { ...settings, [COLUMNS_SETTING]: JSON.stringify(list) };
}

/** The settings without the mapping of a sheet's header row; without the `columns` key when none is left. */
export function withoutColumnMap(
  settings: Readonly<Record<string, string>>,
  sheet: string,
  headerRow: number,
): Readonly<Record<string, string>> {
  const list = othersThan(settings, sheet, headerRow);
  const { [COLUMNS_SETTING]: _dropped, ...rest } = settings;
  return list.length === 0 ? rest : { ...rest, [COLUMNS_SETTING]: JSON.stringify(list) };
}

// ---------------------------------------------------------------------------------------------------------
// Applying it

/**
 * A mapped header row as the reader sees it: one header cell a mapped column, matching the field's own header
 * word (rank 0, so nothing is ambiguous), with the unit or percent hint its text carries ("预算（万元）",
 * "完成率(%)"); the row heads the mapping's table, with the mapping's columns.
 */
export function mappedHeaderRow(view: SheetView, mapping: ColumnMapping): HeaderRow {
  const cells: HeaderCell[] = [];
  for (const f of MAPPING_FIELDS[mapping.table]) {
    const col = mapping.columns[f.key];
    if (col === undefined) continue;
    const raw = view.value(mapping.headerRow, col);
    const text = foldText(raw);
    const hints = typeof raw === "string" ? headerHints(compactKey(raw)) : null;
    cells.push({
      col,
      match: { key: f.header, rank: 0, text, unit: hints?.unit ?? null, percent: hints?.percent ?? false },
    });
  }
  cells.sort((a, b) => a.col - b.col);
  return { row: mapping.headerRow, cells, kinds: [mapping.table], mapped: mapping.columns };
}

/**
 * The mapped header rows of each sheet, from the usable mappings: one whose sheet is gone, or whose header row
 * lies outside the sheet or holds no text in any mapped column (rows inserted or deleted since), is named in a
 * reading note and left out.
 */
export function mappedHeaderRows(
  views: readonly SheetView[],
  mappings: readonly ColumnMapping[],
  notes: ReadingNote[],
): Map<string, HeaderRow[]> {
  const bySheet = new Map<string, HeaderRow[]>();
  for (const mapping of mappings) {
    const view = views.find((v) => v.name === mapping.sheet);
    const at = `工作表“${mapping.sheet}”第${mapping.headerRow}行的列对应`;
    if (!view) {
      notes.push(note(mapping.sheet, null, `${at}没有使用：工作簿中没有这张工作表`));
      continue;
    }
    const cols = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
    if (cols.every((c) => isEmpty(view.value(mapping.headerRow, c)))) {
      notes.push({
        sheet: mapping.sheet,
        area: { top: mapping.headerRow, left: Math.min(...cols), bottom: mapping.headerRow, right: Math.max(...cols) },
        message: `${at}没有使用：这一行所对应的列中没有表头文字（可能插入或删除了行），请重新对应`,
      });
      continue;
    }
    const list = bySheet.get(view.name) ?? [];
    list.push(mappedHeaderRow(view, mapping));
    bySheet.set(view.name, list);
  }
  return bySheet;
}
