/**
 * The .xlsx adapter's former writer, kept as the oracle of the patching one: the workbook loaded with ExcelJS,
 * the same checks of each write, and the whole workbook written out again by ExcelJS (which drops the parts it
 * does not model: charts, webextensions, custom XML, x14 extensions …). The property test compares what both
 * give: the outcome, and the snapshot readXlsx reads from the new bytes.
 */
import ExcelJS from "exceljs";
import type { CellWrite } from "../../src/core/checks/types";
import type { Area, CellValue } from "../../src/core/model/snapshot";
import {
  SETTINGS_SHEET,
  type NewSheet,
  type SkippedWrite,
  columnWidthInFile,
  columnWidthsOf,
  invalidWrite,
  sameValue,
  skipReason,
  sortMerges,
  sortNewSheets,
  wrapColumnsOf,
} from "../../src/workbook/common";
import type { XlsxWriteResult } from "../../src/workbook/xlsx";

const MS_PER_DAY = 86_400_000;
const isSettingsSheet = (ws: ExcelJS.Worksheet) => ws.name.toLowerCase() === SETTINGS_SHEET;
const dataSheets = (wb: ExcelJS.Workbook) => wb.worksheets.filter((ws) => !isSettingsSheet(ws));
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

function normalise(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? (ms + (date1904 ? 24107 : 25569) * MS_PER_DAY) / MS_PER_DAY : null;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
      return text === "" ? null : text;
    }
    if (typeof v.error === "string") return v.error;
    if ("formula" in v || "sharedFormula" in v) return normalise(v.result, date1904);
    if ("hyperlink" in v || "text" in v) return normalise(v.text, date1904);
  }
  return null;
}

/** As readXlsx reads a cell (xlsx.ts's cellValue, so that both writers check writes against the same values). */
function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell as unknown as { result?: unknown }).result;
    if (result !== undefined) return normalise(result, date1904);
  }
  return normalise(cell.value, date1904);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const v = cell.value as { formula?: string; sharedFormula?: string };
  const f = v.formula ?? (cell as unknown as { formula?: string }).formula ?? v.sharedFormula;
  return f ? `=${f}` : "=…";
}

function mergeAt(ws: ExcelJS.Worksheet, row: number, col: number): Area | null {
  const merges = (ws as unknown as { _merges?: Record<string, Area | undefined> })._merges ?? {};
  return (
    sortMerges(Object.values(merges).filter((m): m is Area => m !== undefined)).find(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
    ) ?? null
  );
}

const isProtected = (ws: ExcelJS.Worksheet) =>
  Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);

function writeSettings(workbook: ExcelJS.Workbook, settings: Readonly<Record<string, string>>): void {
  let ws = workbook.worksheets.find(isSettingsSheet);
  if (ws) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cell.value = null;
      });
    });
  } else {
    ws = workbook.addWorksheet(SETTINGS_SHEET);
  }
  ws.state = "veryHidden";
  Object.keys(settings)
    .sort()
    .forEach((key, i) => {
      const text = settings[key]!;
      ws.getCell(i + 1, 1).value = key;
      for (let k = 0, c = 2; k < text.length || k === 0; k += 32000, c++)
        ws.getCell(i + 1, c).value = text.slice(k, k + 32000);
    });
}

function addSheets(workbook: ExcelJS.Workbook, sheets: readonly NewSheet[]): string[] {
  const before = workbook.worksheets;
  const created: ExcelJS.Worksheet[] = [];
  for (const spec of sheets) {
    if (workbook.worksheets.some((ws) => ws.name.toLowerCase() === spec.name.toLowerCase())) continue;
    const ws = workbook.addWorksheet(spec.name);
    for (const [col, characters] of columnWidthsOf(spec)) ws.getColumn(col).width = columnWidthInFile(characters);
    for (const col of wrapColumnsOf(spec)) ws.getColumn(col).alignment = { wrapText: true };
    created.push(ws);
  }
  const settings = before.findIndex(isSettingsSheet);
  if (created.length > 0 && settings >= 0) {
    const order = [...before.slice(0, settings), ...created, ...before.slice(settings)];
    order.forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1));
  }
  return created.map((ws) => ws.name);
}

/** applyXlsxWrites as it was before it patched the zip. */
export async function applyXlsxWritesWithExcelJS(
  bytes: Uint8Array,
  writes: readonly CellWrite[],
  settings?: Readonly<Record<string, string>>,
  newSheets: readonly NewSheet[] = [],
): Promise<XlsxWriteResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const applied: CellWrite[] = [];
  const skipped: SkippedWrite[] = [];
  const skip = (write: CellWrite, reason: string) => skipped.push({ write, reason });
  const { valid, rejected: rejectedSheets } = sortNewSheets(newSheets);
  const refused = new Map(rejectedSheets.map((r) => [r.name.toLowerCase(), r.reason]));
  const createdSheets = addSheets(workbook, valid);
  for (const write of writes) {
    const invalid = invalidWrite(write);
    const badName = refused.get(write.sheet.toLowerCase());
    if (invalid || badName !== undefined) {
      skip(write, invalid ?? skipReason.badSheetName(write, badName!));
      continue;
    }
    const ws = dataSheets(workbook).find((s) => s.name === write.sheet);
    if (!ws) {
      skip(write, skipReason.noSheet(write));
      continue;
    }
    if (isProtected(ws)) {
      skip(write, skipReason.protectedSheet(write));
      continue;
    }
    const merge = mergeAt(ws, write.row, write.col);
    if (merge && (merge.top !== write.row || merge.left !== write.col)) {
      skip(write, skipReason.insideMerge(write, merge));
      continue;
    }
    const existing = ws.findCell(write.row, write.col);
    const now = existing ? cellValue(existing, date1904) : null;
    if (!sameValue(now, write.expected)) {
      skip(write, skipReason.changed(write, now));
      continue;
    }
    const formula = existing ? formulaOf(existing) : null;
    if (formula) {
      skip(write, skipReason.formula(write, formula));
      continue;
    }
    ws.getCell(write.row, write.col).value = write.value;
    applied.push(write);
  }
  const outcome = { applied, skipped, createdSheets, rejectedSheets };
  if (applied.length === 0 && createdSheets.length === 0 && settings === undefined)
    return { bytes: bytes.slice(), ...outcome };
  if (settings !== undefined) writeSettings(workbook, settings);
  if (applied.length > 0) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), ...outcome };
}
