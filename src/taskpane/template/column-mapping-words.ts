/**
 * The words of the column mapping (ColumnMapping.tsx) in Chinese and English. The names of the fields and tables
 * are the form's own in Chinese (MAPPING_FIELDS, TABLE_NAMES); the sheet names and header texts are the
 * workbook's, in both languages.
 */
import type { CandidateReason } from "../../core/model/column-candidates";
import { MAPPING_FIELDS, TABLE_NAMES, type MappingKey } from "../../core/model/column-map";
import type { TableKind } from "../../core/model/headers";
import type { Words } from "../state/pane-context";

/** The names of each table's fields. */
type FieldNames = { readonly [K in TableKind]: Readonly<Partial<Record<MappingKey, string>>> };

export interface ColumnMappingWords {
  readonly heading: string;
  readonly intro: string;
  readonly noWorkbook: string;
  readonly candidates: string;
  readonly noCandidates: string;
  /** "工作表“绩效自评表”第 3 行". */
  readonly row: (sheet: string, row: number) => string;
  readonly reason: Readonly<Record<CandidateReason, string>>;
  /** "缺少：得分、实际完成值" (a recognised table without a column it needs). */
  readonly lacking: (names: string) => string;
  /** The button that opens the form of a row. */
  readonly map: string;
  readonly mapLabel: (sheet: string, row: number) => string;
  readonly formLabel: (sheet: string, row: number) => string;
  readonly table: string;
  readonly tableNames: Readonly<Record<TableKind, string>>;
  readonly fields: FieldNames;
  readonly fieldsLegend: string;
  readonly requiredNote: string;
  readonly noColumn: string;
  /** "B 列：目标". */
  readonly column: (letter: string, text: string) => string;
  readonly missing: string;
  /** The field shares its column with others. */
  readonly twice: (others: string, letter: string) => string;
  readonly needs: (name: string) => string;
  readonly fixFirst: string;
  readonly save: string;
  readonly cancel: string;
  /** The batch's name in the undo list. */
  readonly saveBatch: string;
  readonly removeBatch: string;
  readonly savedHeading: string;
  readonly noSaved: string;
  /** "三级指标 A、年度指标值 B". */
  readonly fieldAt: (name: string, letter: string) => string;
  readonly read: string;
  readonly notRead: string;
  readonly remove: string;
  readonly removeLabel: (sheet: string, row: number) => string;
  readonly saved: (where: string, table: string) => string;
  readonly savedNotUsed: (where: string, table: string, used: string) => string;
  readonly removed: (where: string) => string;
  readonly settingsNotSaved: (reason: string) => string;
  readonly failed: string;
  readonly storedProblems: string;
}

const zhFields = Object.fromEntries(
  Object.entries(MAPPING_FIELDS).map(([table, fields]) => [
    table,
    Object.fromEntries(fields.map((f) => [f.key, f.name])),
  ]),
) as FieldNames;

const zh: ColumnMappingWords = {
  heading: "手动对应表头",
  intro:
    "表头用词与标准表样不同、没有被识别的表格，可以在这里逐列指定每一列是什么。对应关系保存在工作簿中，同事打开时也按此读取。",
  noWorkbook: "尚未读取工作簿。",
  candidates: "未识别的表头",
  noCandidates: "没有需要手动对应的表头：工作簿中的表格都已识别。",
  row: (sheet, row) => `工作表“${sheet}”第 ${row} 行`,
  reason: {
    partial: "像表头，但不是完整的表头",
    unrecognised: "表头用词没有识别",
    incomplete: "已识别，但缺少必需的列",
  },
  lacking: (names) => `缺少：${names}`,
  map: "对应各列",
  mapLabel: (sheet, row) => `对应各列：工作表“${sheet}”第 ${row} 行`,
  formLabel: (sheet, row) => `工作表“${sheet}”第 ${row} 行的列对应`,
  table: "这一行是哪张表的表头",
  tableNames: TABLE_NAMES,
  fields: zhFields,
  fieldsLegend: "各项所在的列",
  requiredNote: "带 * 的为必填项。",
  noColumn: "（不对应）",
  column: (letter, text) => `${letter} 列：${text}`,
  missing: "请选择这一项所在的列",
  twice: (others, letter) => `与“${others}”同为 ${letter} 列，一列只能对应一项`,
  needs: (name) => `请先选择“${name}”所在的列`,
  fixFirst: "还有标出的问题，改正后才能保存。",
  save: "保存",
  cancel: "取消",
  saveBatch: "保存列对应",
  removeBatch: "删除列对应",
  savedHeading: "已保存的列对应",
  noSaved: "还没有保存列对应。",
  fieldAt: (name, letter) => `${name} ${letter}`,
  read: "已读入",
  notRead: "未读入",
  remove: "删除",
  removeLabel: (sheet, row) => `删除工作表“${sheet}”第 ${row} 行的列对应`,
  saved: (where, table) => `已保存：${where}现按${table}读入。`,
  savedNotUsed: (where, table, used) =>
    `已保存，但${where}没有读入：工作簿中已有一个${table}（${used}），只使用第一个。`,
  removed: (where) => `已删除${where}的列对应。`,
  settingsNotSaved: (reason) => `列对应没有保存：${reason}`,
  failed: "没有保存。",
  storedProblems: "工作簿中保存的列对应有无法使用的内容：",
};

const en: ColumnMappingWords = {
  heading: "Map headers by hand",
  intro:
    "Tables whose headers differ from the standard forms and were not recognised can be mapped here, column by " +
    "column. The mapping is saved in the workbook, so colleagues who open it read the tables the same way.",
  noWorkbook: "The workbook has not been read yet.",
  candidates: "Headers not recognised",
  noCandidates: "Nothing to map: every table of the workbook was recognised.",
  row: (sheet, row) => `sheet “${sheet}”, row ${row}`,
  reason: {
    partial: "looks like a header, but not a complete one",
    unrecognised: "header words not recognised",
    incomplete: "recognised, but a required column is missing",
  },
  lacking: (names) => `Missing: ${names}`,
  map: "Map columns",
  mapLabel: (sheet, row) => `Map columns: sheet “${sheet}”, row ${row}`,
  formLabel: (sheet, row) => `Column mapping of sheet “${sheet}”, row ${row}`,
  table: "Which table does this row head",
  tableNames: {
    indicators: "Performance indicators",
    funds: "Funds (年度资金总额)",
    budget: "Budget execution",
    balance: "Balance sheet",
  },
  fields: {
    indicators: {
      first: "Level-1 indicator (一级指标)",
      second: "Level-2 indicator (二级指标)",
      third: "Indicator (三级指标)",
      nature: "Nature (指标性质)",
      target: "Annual target (年度指标值)",
      unit: "Unit (度量单位)",
      actual: "Actual (实际完成值)",
      weight: "Weight (分值)",
      score: "Score (得分)",
      reason: "Deviation reasons (偏差原因)",
    },
    funds: {
      initialBudget: "Initial budget (年初预算数)",
      budget: "Full-year budget (全年预算数)",
      executed: "Executed (全年执行数)",
      weight: "Weight (分值)",
      rate: "Execution rate (执行率)",
      score: "Score (得分)",
    },
    budget: {
      name: "Project (项目名称)",
      budget: "Full-year budget (全年预算数)",
      executed: "Executed (全年执行数)",
      rate: "Execution rate (执行率)",
      reason: "Reason not executed (未执行原因)",
    },
    balance: {
      assets: "Assets (资产部类)",
      end: "Assets, year end (年末数)",
      begin: "Assets, year start (年初数)",
      liabilities: "Liabilities and net assets (负债和净资产部类)",
      liabilitiesEnd: "Liabilities, year end (年末数)",
      liabilitiesBegin: "Liabilities, year start (年初数)",
    },
  },
  fieldsLegend: "Column of each field",
  requiredNote: "Fields marked * are required.",
  noColumn: "(none)",
  column: (letter, text) => `Column ${letter}: ${text}`,
  missing: "Choose the column of this field",
  twice: (others, letter) => `Column ${letter} is also chosen for “${others}”; a column can hold one field only`,
  needs: (name) => `Choose the column of “${name}” first`,
  fixFirst: "Correct the marked fields to save.",
  save: "Save",
  cancel: "Cancel",
  saveBatch: "Save column mapping",
  removeBatch: "Remove column mapping",
  savedHeading: "Saved mappings",
  noSaved: "No mapping saved yet.",
  fieldAt: (name, letter) => `${name} ${letter}`,
  read: "Read",
  notRead: "Not read",
  remove: "Remove",
  removeLabel: (sheet, row) => `Remove the mapping of sheet “${sheet}”, row ${row}`,
  saved: (where, table) => `Saved: ${where} is now read as the ${table} table.`,
  savedNotUsed: (where, table, used) =>
    `Saved, but ${where} is not read: the workbook already has a ${table} table (${used}); only the first is used.`,
  removed: (where) => `The mapping of ${where} was removed.`,
  settingsNotSaved: (reason) => `The mapping was not saved: ${reason}`,
  failed: "Not saved.",
  storedProblems: "Some of the mappings saved in the workbook cannot be used:",
};

/** The column mapping's words. */
export const COLUMN_MAPPING_WORDS: Words<ColumnMappingWords> = { "zh-CN": zh, "en-US": en };
