/**
 * The template as an .xlsx file (ExcelJS): a new workbook of its sheets alone (what “新建工作簿” opens in Excel
 * through Excel.createWorkbook), or its sheets added to the bytes of a workbook (the browser preview). The same
 * cells, formulas, number formats, merges, styles, drop-down lists, Excel tables, column widths and frozen rows as
 * office-template.ts writes through office.js.
 *
 * Formulas are stored with the results the template computes for them, so that a reader of the file (the
 * preview, the checker) sees the figures before Excel calculates; the workbook asks Excel to calculate everything
 * when it opens it. The JX functions are stored as Excel stores a JavaScript custom function in a file,
 * `_xldudf_JX_EXECRATE(…)`, which Excel binds to the add-in's JX.EXECRATE when it loads the file.
 *
 * This module carries ExcelJS: the task pane imports it only when the user asks for a new workbook.
 */
import ExcelJS from "exceljs";
import type { Area } from "../core/model/snapshot";
import { columnName } from "../core/model/snapshot";
import {
  buildTemplate,
  type CellStyle,
  type Template,
  type TemplateOptions,
  type TemplateSheet,
} from "../core/template";
import { columnWidthInFile, SETTINGS_SHEET } from "./common";
import { XlsxReadError } from "./xlsx";

/** A formula as a file stores it: without "=", the JX functions as JavaScript custom functions are stored. */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bJX\.([A-Z]+)\(/g, "_xldudf_JX_$1(");
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

interface CellLook {
  font: Partial<ExcelJS.Font>;
  fill: string | null;
  border: boolean;
  alignment: Partial<ExcelJS.Alignment>;
}

/** Every cell's look after the sheet's styles, applied in order. */
function looksOf(sheet: TemplateSheet): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  const apply = (area: Area, style: CellStyle) => {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const key = `${r},${c}`;
        let look = looks.get(key);
        if (!look) looks.set(key, (look = { font: {}, fill: null, border: false, alignment: {} }));
        if (style.font !== undefined) look.font.name = style.font;
        if (style.size !== undefined) look.font.size = style.size;
        if (style.bold !== undefined) look.font.bold = style.bold;
        if (style.fill !== undefined) look.fill = style.fill;
        if (style.border) look.border = true;
        if (style.horizontal !== undefined) look.alignment.horizontal = style.horizontal;
        if (style.vertical !== undefined) look.alignment.vertical = style.vertical === "center" ? "middle" : "top";
        if (style.wrap !== undefined) look.alignment.wrapText = style.wrap;
      }
  };
  for (const { area, style } of sheet.styles) apply(area, style);
  return looks;
}

/** The value ExcelJS writes for a template cell: a formula with its cached result (a blank result as the empty
 *  text Excel stores for it, so that a reader sees a result and not a formula never calculated), or the
 *  constant. */
function cellValue(cell: TemplateSheet["cells"][number]): ExcelJS.CellValue {
  if (cell.formula) {
    const result = cell.value === null ? "" : (cell.value as string | number | boolean);
    return { formula: fileFormula(cell.formula), result } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const byCell = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  // Tables first: ExcelJS writes their header and rows itself.
  for (const t of sheet.tables) {
    const { top, left, bottom, right } = t.area;
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = left; c <= right; c++)
      columns.push({ name: String(byCell.get(`${top},${c}`)?.value ?? `列${c - left + 1}`), filterButton: false });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = top + 1; r <= bottom; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = left; c <= right; c++) {
        const cell = byCell.get(`${r},${c}`);
        row.push(cell ? cellValue(cell) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: `${columnName(left)}${top}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns,
      rows,
    });
  }
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.value !== null || c.formula) cell.value = cellValue(c);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [key, look] of looksOf(sheet)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const cell = ws.getCell(r, c);
    if (Object.keys(look.font).length > 0) cell.font = { ...look.font };
    if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
    if (look.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (Object.keys(look.alignment).length > 0) cell.alignment = { ...look.alignment };
  }
  for (const v of sheet.validations) {
    for (let r = v.area.top; r <= v.area.bottom; r++)
      for (let c = v.area.left; c <= v.area.right; c++) {
        ws.getCell(r, c).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${v.values.join(",")}"`],
          showInputMessage: true,
          promptTitle: v.title,
          prompt: v.prompt,
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: v.title,
          error: v.error,
        };
      }
  }
  sheet.columnWidths.forEach((characters, i) => (ws.getColumn(i + 1).width = columnWidthInFile(characters)));
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;
  if (sheet.freezeRows > 0)
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }];
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A new workbook holding the template alone (its sheets under their own names), as .xlsx bytes. */
export async function templateWorkbook(
  options: TemplateOptions = {},
): Promise<{ bytes: Uint8Array; template: Template }> {
  const template = buildTemplate(options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效自评助手";
  workbook.title = `${template.year}年度${template.unitName}部门整体支出绩效自评`;
  for (const sheet of template.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet);
  return { bytes: await bytesOf(workbook), template };
}

/**
 * The template added to a workbook's bytes as new sheets (after the last sheet, before jixiao's settings sheet),
 * with names free of the workbook's sheets and tables; every other sheet stays as it was. Rejects only with an
 * XlsxReadError (the bytes are not a workbook).
 */
export async function insertTemplateIntoXlsx(
  bytes: Uint8Array,
  options: TemplateOptions = {},
): Promise<{ bytes: Uint8Array; template: Template; createdSheets: readonly string[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxReadError("corrupt", undefined, { cause: error });
  }
  const before = workbook.worksheets;
  const template = buildTemplate(options, {
    sheets: before.map((ws) => ws.name),
    tables: before.flatMap((ws) => ws.getTables().map(([t]) => t.name)),
  });
  const created = template.sheets.map((sheet) => {
    const ws = workbook.addWorksheet(sheet.name);
    writeSheet(ws, sheet);
    return ws;
  });
  const settings = before.findIndex((ws) => ws.name.toLowerCase() === SETTINGS_SHEET);
  if (settings >= 0) {
    const order = [...before.slice(0, settings), ...created, ...before.slice(settings)];
    order.forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1));
  }
  try {
    return { bytes: await bytesOf(workbook), template, createdSheets: template.sheets.map((s) => s.name) };
  } catch (error) {
    throw new XlsxReadError("corrupt", "无法保存工作簿：文件已损坏或不是 Excel 工作簿", { cause: error });
  }
}
