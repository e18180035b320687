/**
 * The template into the workbook open in Excel (office.js), and its undo. Only new sheets are written: nothing the
 * user has is touched. Only the types of office.js are used (string literals for its enums): `Excel` is a global at
 * run time, and the tests run this against the fake of test/fakes/fake-excel.ts.
 *
 * Inserting takes two syncs. The first loads the names of the sheets and tables the workbook has and whether its
 * structure is protected (a protected structure cannot take new sheets: refused with a Chinese message before
 * anything is written). The template is then built with free names (绩效自评表, else 绩效自评表（2）…), and the
 * second sync, with calculation suspended until it ends, adds the sheets and writes everything: the cells as
 * typed (`range.formulas`, one grid a sheet), number formats (one grid a sheet), merges, fonts, fills, borders,
 * alignment, row heights and column widths, the drop-down lists (`dataValidation.rule = { list }`, ExcelApi 1.8),
 * the Excel tables (`tables.add(address, true)`, then name, style and no filter buttons), the frozen header rows
 * (`freezePanes.freezeRows`, ExcelApi 1.7), and shows 绩效自评表.
 *
 * Undoing takes two syncs: the first loads, for each sheet the insertion created, what its cells hold now
 * (`formulas` of the inserted area) and its used range; the second deletes those that still hold exactly what was
 * inserted and nothing more. A sheet the user has written into since is kept, with the first cell that changed.
 */
import type { Area } from "../core/model/snapshot";
import { address, areaAddress, columnName, parseAddress } from "../core/model/snapshot";
import {
  buildTemplate,
  firstDifference,
  templateInputs,
  type CellInput,
  type CellStyle,
  type Template,
  type TemplateOptions,
  type TemplateSheet,
} from "../core/template";
import { columnWidthPoints, type SheetNote } from "./common";
import type { InsertedSheet } from "./host";
import { OfficeAdapterError, officeInput, toOfficeAdapterError } from "./office";

/** The API set the template needs: ExcelApi 1.8 (data validation, Excel.createWorkbook); 1.7 (workbook protection,
 *  freeze panes) and 1.6 (calculation suspension) are in it. */
export const TEMPLATE_API = { name: "ExcelApi", version: "1.8" } as const;

/** Why this Excel cannot take the template, in Chinese. */
export const TEMPLATE_UNSUPPORTED =
  "这个版本的 Excel 太旧，不能插入模板或新建工作簿（需要 ExcelApi 1.8：Excel 2019 及以上、Microsoft 365 或网页版）";

/** Why a workbook whose structure is protected cannot take the template, in Chinese. */
export const STRUCTURE_PROTECTED =
  "工作簿结构受保护，不能新建工作表：请先在 Excel 中撤销保护（审阅 → 保护工作簿），再插入模板；或改为新建工作簿";

export interface OfficeTemplateResult {
  readonly template: Template;
  /** The sheets added, in workbook order. */
  readonly createdSheets: readonly string[];
  readonly inserted: readonly InsertedSheet[];
}

/** What was typed into each sheet of a template (for the undo). */
export function insertedSheets(template: Template): InsertedSheet[] {
  return template.sheets.map((s) => ({ name: s.name, area: s.area, inputs: templateInputs(s) }));
}

/** A cell's input as `range.formulas` takes it: a formula as it is, text that Excel would read as something else
 *  (a date such as “2024年12月31日”, a number) with the apostrophe that keeps it text, nothing as "". */
function officeFormula(input: CellInput): string | number {
  if (typeof input === "string" && input.startsWith("=")) return input;
  return officeInput(input) as string | number;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { center: "Center", top: "Top" } as const;

/** The border edges of an area: its four sides and, where it has more than one row or column, the inner lines. */
function edgesOf(
  area: Area,
): ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal")[] {
  const edges: ReturnType<typeof edgesOf> = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (area.right > area.left) edges.push("InsideVertical");
  if (area.bottom > area.top) edges.push("InsideHorizontal");
  return edges;
}

function applyStyle(range: Excel.Range, area: Area, style: CellStyle): void {
  const format = range.format;
  if (style.font !== undefined) format.font.name = style.font;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of edgesOf(area)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#000000";
    }
  }
}

/** Queues the adding and writing of one template sheet. */
function writeSheet(context: Excel.RequestContext, sheet: TemplateSheet): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(sheet.name);
  const all = ws.getRange(areaAddress(sheet.area));
  all.formulas = templateInputs(sheet).map((row) => row.map(officeFormula));
  const formats = Array.from({ length: sheet.area.bottom }, () => Array<string>(sheet.area.right).fill("General"));
  for (const c of sheet.cells) if (c.numberFormat) formats[c.row - 1]![c.col - 1] = c.numberFormat;
  all.numberFormat = formats;
  for (const m of sheet.merges) ws.getRange(areaAddress(m)).merge(false);
  for (const { area, style } of sheet.styles) applyStyle(ws.getRange(areaAddress(area)), area, style);
  for (const { row, height } of sheet.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  sheet.columnWidths.forEach((characters, i) => {
    const col = columnName(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(characters);
  });
  for (const v of sheet.validations) {
    const validation = ws.getRange(areaAddress(v.area)).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    validation.errorAlert = { showAlert: true, style: "Warning", title: v.title, message: v.error };
    validation.prompt = { showPrompt: true, title: v.title, message: v.prompt };
  }
  for (const t of sheet.tables) {
    const table = ws.tables.add(areaAddress(t.area), true);
    table.name = t.name;
    table.style = t.style;
    table.showFilterButton = false;
  }
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  return ws;
}

/**
 * Inserts the template into the open workbook as new sheets, in two syncs (see the top of this file). Rejects
 * only with an OfficeAdapterError: "protected" for a protected workbook structure, "edit-mode" while a cell is
 * being edited, and so on (toOfficeAdapterError).
 */
export async function insertOfficeTemplate(
  context: Excel.RequestContext,
  options: TemplateOptions = {},
): Promise<OfficeTemplateResult> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const protection = context.workbook.protection.load("protected");
    await context.sync();
    if (protection.protected) throw new OfficeAdapterError("protected", STRUCTURE_PROTECTED);
    const template = buildTemplate(options, {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
    });

    context.application.suspendApiCalculationUntilNextSync();
    const added = template.sheets.map((sheet) => writeSheet(context, sheet));
    added[0]?.activate();
    await context.sync();
    return { template, createdSheets: template.sheets.map((s) => s.name), inserted: insertedSheets(template) };
  } catch (error) {
    throw toOfficeAdapterError(error, "write");
  }
}

export interface OfficeTemplateUndoResult {
  readonly deletedSheets: readonly string[];
  /** Sheets kept (changed since, or gone), with the reason in Chinese. */
  readonly keptSheets: readonly SheetNote[];
}

/**
 * Deletes the sheets an insertion created while each still holds exactly what was inserted (formulas compared
 * as Excel gives them back) and nothing outside it; two syncs, one when there is nothing to delete. Excel keeps
 * one visible sheet: the last of them stays when no other would be left. Rejects only with an
 * OfficeAdapterError.
 */
export async function undoOfficeTemplate(
  context: Excel.RequestContext,
  inserted: readonly InsertedSheet[],
): Promise<OfficeTemplateUndoResult> {
  try {
    const protection = context.workbook.protection.load("protected");
    const all = context.workbook.worksheets.load("items/name, items/visibility");
    const looked = inserted.map((sheet) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet.name);
      const used = ws.getUsedRangeOrNullObject(true).load("address");
      const cells = ws.getRange(areaAddress(sheet.area)).load("formulas");
      return { sheet, ws, used, cells };
    });
    await context.sync();
    if (protection.protected && looked.some((l) => !l.ws.isNullObject))
      throw new OfficeAdapterError(
        "protected",
        "工作簿结构受保护，不能删除插入的工作表：请先撤销保护（审阅 → 保护工作簿）再撤销",
      );

    const keptSheets: SheetNote[] = [];
    const deletable: typeof looked = [];
    for (const l of looked) {
      const name = l.sheet.name;
      if (l.ws.isNullObject) {
        keptSheets.push({ name, reason: `工作表「${name}」已不在工作簿中（可能已删除或改名），无需删除` });
        continue;
      }
      const outside = outsideArea(l.used, l.sheet.area);
      const changed = outside ? null : firstDifference(l.cells.formulas, l.sheet.inputs);
      if (outside || changed) {
        const where = outside
          ? `插入的 ${areaAddress(l.sheet.area)} 之外写入了内容（已用区域 ${outside}）`
          : `插入后已有改动（${address(changed!.row, changed!.col)}）`;
        keptSheets.push({ name, reason: `工作表「${name}」${where}，未删除；如不需要，请在 Excel 中删除` });
        continue;
      }
      deletable.push(l);
    }
    // Excel keeps one visible sheet.
    const visible = all.items.filter((s) => s.visibility === "Visible").map((s) => s.name.toLowerCase());
    const deleting = new Set(deletable.map((l) => l.sheet.name.toLowerCase()));
    const lastStays = visible.every((n) => deleting.has(n)) ? deletable[deletable.length - 1] : undefined;
    const deletedSheets: string[] = [];
    for (const l of deletable) {
      if (l === lastStays) {
        keptSheets.push({
          name: l.sheet.name,
          reason: `删除工作表「${l.sheet.name}」后工作簿里将没有可见的工作表，Excel 不允许，未删除`,
        });
        continue;
      }
      l.ws.delete();
      deletedSheets.push(l.sheet.name);
    }
    if (deletedSheets.length > 0) await context.sync();
    return { deletedSheets, keptSheets };
  } catch (error) {
    throw toOfficeAdapterError(error, "write");
  }
}

/** The used range ("A1:F30") when it sticks out of `area` (something was written beyond it); null otherwise. */
function outsideArea(used: Excel.Range, area: Area): string | null {
  if (used.isNullObject) return null;
  const text = used.address.slice(used.address.lastIndexOf("!") + 1);
  const [from = "", to = from] = text.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return b.row > area.bottom || b.col > area.right ? text.replace(/\$/g, "") : null;
}

// ---------------------------------------------------------------------------------------------------------
// A new workbook

/** Bytes as Base64, as Excel.createWorkbook takes a file (no Node API: the pane runs in a browser). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Why Excel.createWorkbook failed, in Chinese. */
export function createWorkbookError(error: unknown): OfficeAdapterError {
  const code = (error as { code?: unknown } | null)?.code;
  const officeCode = typeof code === "string" ? code : null;
  if (officeCode === "ApiNotFound" || officeCode === "NotImplemented" || officeCode === "UnsupportedOperation")
    return new OfficeAdapterError("unsupported", TEMPLATE_UNSUPPORTED, officeCode, { cause: error });
  return new OfficeAdapterError(
    "failed",
    `新建工作簿未完成${officeCode ? `（Excel 错误代码 ${officeCode}）` : ""}：请重试，或在浏览器中允许 Excel 打开新窗口`,
    officeCode,
    { cause: error },
  );
}
