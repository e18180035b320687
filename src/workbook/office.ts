/**
 * The office.js adapter: the open workbook → WorkbookSnapshot, and CellWrites → the open workbook. Only the
 * types of office.js are used here; `Excel` and `Office` are globals at run time, and every entry point takes
 * the `Excel.RequestContext` (from the caller's `Excel.run`) and the settings store as parameters, so that the
 * tests run it against the in-memory fake of test/fakes/fake-excel.ts.
 *
 * Reading takes ONE `context.sync()` whatever the workbook's size. The sheets cannot be listed without a sync,
 * so the batch walks them blind: `worksheets.getFirst()`, then `getNextOrNullObject()` 63 more times, and for
 * each of those 64 (null objects past the last sheet) it loads name and visibility, `protection.protected`,
 * the used range of values (`getUsedRangeOrNullObject(true)`: address, values, numberFormat) and the merged
 * areas of the whole sheet (`getRange().getMergedAreasOrNullObject()`, ExcelApi 1.13: address). A workbook of
 * more than 64 sheets takes one more sync per further 64.
 *
 * Payload limits (Microsoft Learn, "Resource limits and performance optimization for Office Add-ins" and
 * "Performance optimization using the Excel JavaScript API"): Excel on the web limits each request and each
 * response to 5 MB and fails the whole batch with a RichApi.Error, code `RequestPayloadSizeLimitExceeded` or
 * `ResponsePayloadSizeLimitExceeded` (both occur only on the web); on every platform a range read is limited
 * to 5,000,000 cells (`RangeExceedsLimit`). When the one-sync read fails with one of these codes, the read
 * starts again in parts: one sync (per 64 sheets) for the used-range addresses, merges and protection, then the
 * used ranges in chunks of whole rows of at most 200,000 cells, several chunks to a sync as long as their
 * estimated response stays under a budget of 4,000,000 characters. The estimate starts at 48 characters a
 * cell and is corrected after every sync from the size of what came back. A sync that still fails halves the
 * budget and is taken again (a lone chunk split in two), down to a single row. The requests stay small: a few
 * hundred bytes a range.
 *
 * Two things the documentation leaves open, to be confirmed on a real Excel: that navigating from a null object
 * gives null objects (the walk above navigates past the last sheet), and what getMergedAreasOrNullObject does
 * on more than 512 merged areas ("will fail to return the result"): such a read ends in an OfficeAdapterError.
 *
 * Writing takes two syncs: one reads every target cell (value, formula, merged area) and the protection of its
 * sheet, and whether the sheets to create exist; the other adds those that do not and writes all the cells that
 * still hold their expected value, with calculation suspended. Undoing takes the same two, loading in the second
 * the used ranges of the sheets the writes created, and a third to delete those left empty.
 */
import type { CellWrite } from "../core/checks/types";
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";
import { address, areaAddress, columnName, parseAddress, sheetFromGrid } from "../core/model/snapshot";
import {
  MAX_COL,
  MAX_ROW,
  SETTINGS_KEY,
  SETTINGS_SHEET,
  type NewSheet,
  type SheetNote,
  type SkippedWrite,
  type WriteOutcome,
  cellKey,
  columnWidthPoints,
  columnWidthsOf,
  invalidWrite,
  sameValue,
  settingsFromSheet,
  settingsFromStored,
  skipReason,
  sortMerges,
  sortNewSheets,
  wrapColumnsOf,
} from "./common";

// ---------------------------------------------------------------------------------------------------------
// Errors and requirements

export type OfficeAdapterErrorCode =
  "edit-mode" | "protected" | "unsupported" | "too-large" | "busy" | "not-found" | "no-sheets" | "failed";

/** A failure of the office adapter: `code` for the program, `message` in Chinese for the user, `officeCode`
 *  the code of the RichApi.Error behind it ("InvalidOperationInCellEditMode"), if any. */
export class OfficeAdapterError extends Error {
  override readonly name = "OfficeAdapterError";
  constructor(
    readonly code: OfficeAdapterErrorCode,
    message: string,
    readonly officeCode: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function officeCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Any failure of a batch as an OfficeAdapterError with a Chinese message. */
export function toOfficeAdapterError(error: unknown, doing: "read" | "write"): OfficeAdapterError {
  if (error instanceof OfficeAdapterError) return error;
  const code = officeCodeOf(error);
  const what = doing === "read" ? "读取工作簿" : "写入工作簿";
  const make = (c: OfficeAdapterErrorCode, message: string) =>
    new OfficeAdapterError(c, message, code, { cause: error });
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return make("edit-mode", "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点一次");
    case "AccessDenied":
      return make("protected", `Excel 拒绝了${what}：工作表受保护，或工作簿以只读方式打开`);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
      return make(
        "unsupported",
        `这个版本的 Excel 不支持${what}所需的功能，请更新到 Microsoft 365 版 Excel 或使用网页版`,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return make("too-large", `工作簿太大，Excel 无法一次传送，${what}未完成`);
    case "ActivityLimitReached":
    case "RequestAborted":
    case "Conflict":
      return make("busy", `Excel 正忙，${what}未完成，请稍后再试`);
    case "ItemNotFound":
      return make("not-found", `${what}时找不到要用的工作表或单元格，可能刚被删除或改名，请重新检查`);
    case "ItemAlreadyExists":
      return make("failed", `${what}时要新建的工作表已经存在（可能刚被建好），请重试`);
    default:
      return make("failed", `${what}失败${code ? `（Excel 错误代码 ${code}）` : ""}，请重试`);
  }
}

interface OfficeLike {
  readonly context?: { readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** The API set the adapter needs: ExcelApi 1.13 (merged areas); 1.4 (null-object used range) and 1.6
 *  (calculation suspension) are in it. */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

/** Null when this Excel has what the adapter needs, otherwise the Chinese message to show. */
export function checkRequirements(office: OfficeLike | undefined): string | null {
  const requirements = office?.context?.requirements;
  if (!requirements) return "绩效自评助手需要在 Excel 中运行（没有找到 Office 环境）";
  let supported = false;
  try {
    supported = requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version);
  } catch {
    supported = false;
  }
  return supported
    ? null
    : "这个版本的 Excel 太旧（需要 ExcelApi 1.13：Excel 2021、Microsoft 365 或网页版），绩效自评助手无法读取工作簿";
}

// ---------------------------------------------------------------------------------------------------------
// Settings

/** What the adapter uses of Office.context.document.settings. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Office.context.document.settings when running in Office, else null. */
export function documentSettings(): SettingsStore | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.document?.settings ?? null;
}

function saveSettings(store: SettingsStore): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      store.saveAsync((result) => {
        if (String(result.status) === "succeeded") resolve(null);
        else resolve(`设置未能保存到工作簿：${result.error?.message ?? "未知原因"}`);
      });
    } catch (error) {
      resolve(`设置未能保存到工作簿：${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Addresses as office.js gives them

/** Splits at the commas that are not inside a quoted sheet name. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** The cell part of "Sheet1!A1:B2" or "'My Sheet'!A1". */
function withoutSheet(ref: string): string {
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "!" && !quoted) bang = i;
  }
  return ref.slice(bang + 1);
}

function parseEnd(text: string): { row: number | null; col: number | null } | null {
  const cell = parseAddress(text);
  if (cell) return cell;
  const t = text.replace(/\$/g, "").trim();
  if (/^\d{1,7}$/.test(t)) return { row: Number(t), col: null };
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    let col = 0;
    for (const ch of t.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: null, col };
  }
  return null;
}

/** "Sheet1!B2:D9", "'My Sheet'!$A$1", "A1", whole rows "3:5" and columns "A:C" → an area; null otherwise. */
export function parseRangeAddress(text: string): Area | null {
  const ref = withoutSheet(text.trim());
  const [from, to = from] = ref.split(":");
  const a = parseEnd(from ?? "");
  const b = parseEnd(to ?? "");
  if (!a || !b) return null;
  const area = {
    top: a.row ?? 1,
    left: a.col ?? 1,
    bottom: b.row ?? MAX_ROW,
    right: b.col ?? MAX_COL,
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** "Sheet1!A1:B2, Sheet1!D4:E5" (a RangeAreas address) → its areas. */
export function parseAreasAddress(text: string): Area[] {
  return splitTopLevel(text)
    .map(parseRangeAddress)
    .filter((a): a is Area => a !== null);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** A sheet as read, before it becomes a SheetSnapshot. */
interface RawSheet {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  /** The used range of values, or null for a sheet without values. */
  readonly used: Area | null;
  values: unknown[][] | null;
  numberFormat: unknown[][] | null;
  readonly merges: readonly Area[];
}

export interface ReadOfficeOptions {
  /** Where the settings are; default Office.context.document.settings; null: none. */
  readonly settings?: SettingsStore | null;
  /** Most cells in one chunk of the read in parts (default 200,000). */
  readonly chunkCells?: number;
  /** Estimated response characters per sync of the read in parts (default 4,000,000: under the 5 MB limit). */
  readonly syncBudget?: number;
}

const SHEETS_PER_ROUND = 64;
const DEFAULT_CHUNK_CELLS = 200_000;
const DEFAULT_SYNC_BUDGET = 4_000_000;
const INITIAL_CHARS_PER_CELL = 48;

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.has(officeCodeOf(error) ?? "");
}

interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas;
}

/**
 * Reads every sheet, 64 to a sync: from `start`, the sheet and the 63 after it (null objects past the last),
 * with their used ranges' values and formats when `withValues`, else only their addresses. Returns the sheets
 * that exist, in order, with their proxies (for the read in parts).
 */
async function readSheets(
  context: Excel.RequestContext,
  withValues: boolean,
): Promise<{ raw: RawSheet; sheet: Excel.Worksheet }[]> {
  const out: { raw: RawSheet; sheet: Excel.Worksheet }[] = [];
  let start: Excel.Worksheet | null = context.workbook.worksheets.getFirst();
  while (start) {
    const round: QueuedSheet[] = [];
    let sheet: Excel.Worksheet = start;
    for (let i = 0; i < SHEETS_PER_ROUND; i++) {
      if (i > 0) sheet = sheet.getNextOrNullObject();
      sheet.load("name, visibility");
      sheet.protection.load("protected");
      const used = sheet.getUsedRangeOrNullObject(true);
      if (withValues) used.load("address, values, numberFormat");
      else used.load("address");
      const merges = sheet.getRange().getMergedAreasOrNullObject();
      merges.load("address");
      round.push({ sheet, used, merges });
    }
    const next = sheet.getNextOrNullObject();
    // One sync per 64 sheets: the next round starts from a sheet only this sync can reveal.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const q of round) {
      if (q.sheet.isNullObject) break;
      const used = q.used.isNullObject ? null : parseRangeAddress(q.used.address);
      out.push({
        sheet: q.sheet,
        raw: {
          name: q.sheet.name,
          visibility: q.sheet.visibility,
          protected: q.sheet.protection.protected,
          used,
          values: used && withValues ? q.used.values : null,
          numberFormat: used && withValues ? q.used.numberFormat : null,
          merges: q.merges.isNullObject ? [] : parseAreasAddress(q.merges.address),
        },
      });
    }
    start = next.isNullObject ? null : next;
  }
  return out;
}

interface Chunk {
  readonly index: number;
  readonly sheet: Excel.Worksheet;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function chunkAddress(c: Chunk): string {
  return `${address(c.top, c.left)}:${address(c.bottom, c.right)}`;
}

function cellsOf(c: Chunk): number {
  return (c.bottom - c.top + 1) * (c.right - c.left + 1);
}

/** The read in parts, after the one-sync read hit a payload limit. */
async function readInParts(context: Excel.RequestContext, options: ReadOfficeOptions): Promise<RawSheet[]> {
  const sheets = await readSheets(context, false);
  const chunkCells = Math.max(1, options.chunkCells ?? DEFAULT_CHUNK_CELLS);
  const queue: Chunk[] = [];
  const parts = sheets.map(() => new Map<number, { values: unknown[][]; formats: unknown[][] }>());
  sheets.forEach(({ raw, sheet }, index) => {
    const u = raw.used;
    if (!u) return;
    const rows = Math.max(1, Math.floor(chunkCells / (u.right - u.left + 1)));
    for (let top = u.top; top <= u.bottom; top += rows)
      queue.push({ index, sheet, top, bottom: Math.min(u.bottom, top + rows - 1), left: u.left, right: u.right });
  });

  let charsPerCell = INITIAL_CHARS_PER_CELL;
  let budget = Math.max(1, options.syncBudget ?? DEFAULT_SYNC_BUDGET);
  while (queue.length > 0) {
    const batch: Chunk[] = [];
    let estimate = 0;
    while (queue.length > 0 && (batch.length === 0 || estimate + cellsOf(queue[0]!) * charsPerCell <= budget)) {
      const chunk = queue.shift()!;
      batch.push(chunk);
      estimate += cellsOf(chunk) * charsPerCell;
    }
    const ranges = batch.map((c) => {
      const range = c.sheet.getRange(chunkAddress(c));
      range.load("values, numberFormat");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of chunks
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      // Still too large: the limit is below this estimate, so ask for at most half of it from now on, and
      // take the same cells again (a lone chunk split in two).
      budget = Math.max(1, Math.min(budget, estimate) / 2);
      if (batch.length > 1) {
        queue.unshift(...batch);
        continue;
      }
      const c = batch[0]!;
      if (c.bottom === c.top) {
        const name = sheets[c.index]!.raw.name;
        throw new OfficeAdapterError(
          "too-large",
          `工作表「${name}」第 ${c.top} 行的内容太多，Excel 无法一次传送，读取未完成`,
          officeCodeOf(error),
          { cause: error },
        );
      }
      const middle = Math.floor((c.top + c.bottom) / 2);
      queue.unshift({ ...c, bottom: middle }, { ...c, top: middle + 1 });
      continue;
    }
    let received = 0;
    batch.forEach((c, i) => {
      const values = ranges[i]!.values;
      const formats = ranges[i]!.numberFormat;
      received += JSON.stringify(values).length + JSON.stringify(formats).length;
      parts[c.index]!.set(c.top, { values, formats });
    });
    const cells = batch.reduce((n, c) => n + cellsOf(c), 0);
    charsPerCell = Math.max(4, (received / cells) * 1.25);
  }

  return sheets.map(({ raw }, index) => {
    if (!raw.used) return raw;
    const rows = [...parts[index]!.entries()].sort((a, b) => a[0] - b[0]);
    raw.values = rows.flatMap(([, p]) => p.values);
    raw.numberFormat = rows.flatMap(([, p]) => p.formats);
    return raw;
  });
}

/** A value of office.js as the snapshot holds it: "" (empty) → null; numbers (dates are serial numbers
 *  already), text (errors are their text, "#DIV/0!") and booleans as they are. */
function normalise(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function sheetSnapshot(raw: RawSheet): SheetSnapshot {
  const u = raw.used;
  const values = (raw.values ?? []).map((row) => row.map(normalise));
  const formats = (raw.numberFormat ?? []).map((row) => row.map((f) => (typeof f === "string" ? f : "General")));
  return sheetFromGrid(raw.name, u?.top ?? 1, u?.left ?? 1, values, formats, {
    merges: sortMerges(raw.merges),
    protected: raw.protected,
    visible: raw.visibility === "Visible",
  });
}

/**
 * Reads the workbook open in Excel: one sync (see the top of this file), or the read in parts when the
 * workbook is too large for one. `_jixiao` (the settings sheet of .xlsx files) is not listed among the sheets;
 * settings are those of the document's settings store, over those of a `_jixiao` sheet if there is one.
 * Rejects only with an OfficeAdapterError.
 */
export async function readOffice(
  context: Excel.RequestContext,
  options: ReadOfficeOptions = {},
): Promise<WorkbookSnapshot> {
  const store = options.settings === undefined ? documentSettings() : options.settings;
  try {
    let raws: RawSheet[];
    try {
      raws = (await readSheets(context, true)).map((s) => s.raw);
    } catch (error) {
      // A workbook of chart sheets only has no first worksheet.
      if (officeCodeOf(error) === "ItemNotFound") raws = [];
      else if (isPayloadError(error)) raws = await readInParts(context, options);
      else throw error;
    }
    const settingsSheet = raws.find((r) => r.name.toLowerCase() === SETTINGS_SHEET);
    const fromSheet = settingsSheet ? settingsFromSheet(sheetSnapshot(settingsSheet)) : {};
    const fromStore = store ? settingsFromStored(store.get(SETTINGS_KEY)) : {};
    const sheets = raws.filter((r) => r !== settingsSheet).map(sheetSnapshot);
    if (sheets.length === 0) throw new OfficeAdapterError("no-sheets", "工作簿里没有工作表，无法检查");
    return { sheets, settings: { ...fromSheet, ...fromStore } };
  } catch (error) {
    throw toOfficeAdapterError(error, "read");
  }
}

// ---------------------------------------------------------------------------------------------------------
// Writing

export interface OfficeWriteOptions {
  /** New settings: the whole of jixiao's settings, saved into the document's settings store. */
  readonly settings?: Readonly<Record<string, string>>;
  /** Where the settings go; default Office.context.document.settings. */
  readonly store?: SettingsStore | null;
  /** Sheets to add (visible, after the last sheet) before the writes, unless the workbook has them already: a
   *  sheet of that name (in any case) is used as it is. */
  readonly newSheets?: readonly NewSheet[];
}

export interface OfficeWriteResult extends WriteOutcome {
  /** Why the settings could not be saved (the writes were made), or null. */
  readonly settingsError: string | null;
  /** The new sheets that were added, in the order given: what undoOfficeWrites is to delete again. */
  readonly createdSheets: readonly string[];
  /** The new sheets not added because Excel would refuse the name, with the reason; their writes are skipped. */
  readonly rejectedSheets: readonly SheetNote[];
}

/** Text that Excel would take for something else when typed (a number, a date, a formula, TRUE, an error):
 *  written with a leading apostrophe, which Excel keeps as "text" and does not show. */
function needsQuotePrefix(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return /[\d０-９]/.test(t) && /^[\s\d０-９.,:/%$€¥￥()eE+\-．，：／％年月日时分秒]+$/.test(t);
}

/** A CellValue as `range.values` takes it. */
export function officeInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return needsQuotePrefix(value) ? `'${value}` : value;
  return value;
}

interface Target {
  readonly write: CellWrite;
  readonly sheet: Excel.Worksheet;
  readonly cell: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/** A sheet whose used range (of values) the write batch loads after the writes. */
interface Inspected {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

interface WriteRun extends WriteOutcome {
  readonly createdSheets: string[];
  readonly rejectedSheets: SheetNote[];
  /** The sheets asked to be inspected that exist, with their used ranges loaded. */
  readonly inspected: Inspected[];
  /** The names of the visible sheets after the writes, in lower case, when sheets were inspected. */
  readonly visible: Set<string>;
}

/** Queues the adding of a new sheet with its column widths (office.js takes points) and wrapping columns. */
function addSheet(context: Excel.RequestContext, spec: NewSheet): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(spec.name);
  const column = (col: number) => sheet.getRange(`${columnName(col)}:${columnName(col)}`);
  for (const [col, characters] of columnWidthsOf(spec)) column(col).format.columnWidth = columnWidthPoints(characters);
  for (const col of wrapColumnsOf(spec)) column(col).format.wrapText = true;
  return sheet;
}

/**
 * The writes in two syncs (see applyOfficeWrites), adding the new sheets in the second, and loading there, after
 * the writes, the used ranges of the sheets named in `inspect`.
 */
async function writeCells(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  newSheets: readonly NewSheet[],
  inspect: readonly string[],
): Promise<WriteRun> {
  const skipped: SkippedWrite[] = [];
  const applied: CellWrite[] = [];
  const { valid, rejected } = sortNewSheets(newSheets);
  const refused = new Map(rejected.map((r) => [r.name.toLowerCase(), r.reason]));
  try {
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetNamed = (name: string) => {
      const known = sheets.get(name);
      if (known !== undefined) return known;
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.protection.load("protected");
      sheets.set(name, sheet);
      return sheet;
    };
    for (const spec of valid) sheetNamed(spec.name);
    const targets: Target[] = [];
    const cells = new Map<string, { cell: Excel.Range; merged: Excel.RangeAreas }>();
    const order: (Target | SkippedWrite)[] = [];
    for (const write of writes) {
      const invalid = invalidWrite(write);
      const badName = refused.get(write.sheet.toLowerCase());
      if (invalid || badName !== undefined) {
        order.push({ write, reason: invalid ?? skipReason.badSheetName(write, badName!) });
        continue;
      }
      const sheet = sheetNamed(write.sheet);
      const key = cellKey(write.sheet, write.row, write.col);
      let proxies = cells.get(key);
      if (!proxies) {
        const cell = sheet.getCell(write.row - 1, write.col - 1);
        cell.load("values, formulas");
        const merged = cell.getMergedAreasOrNullObject();
        merged.load("address");
        cells.set(key, (proxies = { cell, merged }));
      }
      const target = { write, sheet, ...proxies };
      targets.push(target);
      order.push(target);
    }
    if (targets.length > 0 || valid.length > 0) await context.sync();

    // The second batch: the new sheets first, so that the writes into them follow in it.
    const creating = valid.filter((spec) => sheets.get(spec.name)!.isNullObject);
    const added = new Map(creating.map((spec) => [spec.name.toLowerCase(), addSheet(context, spec)]));

    // What each cell holds now, as the writes before it in this batch leave it.
    const current = new Map<string, CellValue>();
    const toWrite: { write: CellWrite; cell: Excel.Range }[] = [];
    for (const item of order) {
      if ("reason" in item) {
        skipped.push(item);
        continue;
      }
      const { write, sheet, merged } = item;
      const key = cellKey(write.sheet, write.row, write.col);
      const fresh = sheet.isNullObject ? added.get(write.sheet.toLowerCase()) : undefined;
      if (sheet.isNullObject && !fresh) {
        skipped.push({ write, reason: skipReason.noSheet(write) });
        continue;
      }
      if (!fresh && sheet.protection.protected) {
        skipped.push({ write, reason: skipReason.protectedSheet(write) });
        continue;
      }
      const area = fresh || merged.isNullObject ? null : (parseAreasAddress(merged.address)[0] ?? null);
      if (area && (area.top !== write.row || area.left !== write.col)) {
        skipped.push({ write, reason: skipReason.insideMerge(write, area) });
        continue;
      }
      const before = fresh ? null : normalise(item.cell.values[0]?.[0]);
      const now = current.has(key) ? current.get(key)! : before;
      if (!sameValue(now, write.expected)) {
        skipped.push({ write, reason: skipReason.changed(write, now) });
        continue;
      }
      // A text constant's formula is the text itself: "=…" written as text is no formula.
      const formula = fresh ? null : item.cell.formulas[0]?.[0];
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== item.cell.values[0]?.[0];
      if (!current.has(key) && isFormula) {
        skipped.push({ write, reason: skipReason.formula(write, formula) });
        continue;
      }
      current.set(key, write.value);
      toWrite.push({ write, cell: fresh ? fresh.getCell(write.row - 1, write.col - 1) : item.cell });
      applied.push(write);
    }

    if (toWrite.length > 0) context.application.suspendApiCalculationUntilNextSync();
    for (const { write, cell } of toWrite) cell.values = [[officeInput(write.value)]];
    const names = new Map(inspect.map((name) => [name.toLowerCase(), name]));
    const inspecting = [...names.values()].flatMap((name) => {
      const known = sheets.get(name);
      if (known?.isNullObject) return [];
      const sheet = known ?? context.workbook.worksheets.getItemOrNullObject(name).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      return [{ name, sheet, used }];
    });
    const all = inspecting.length > 0 ? context.workbook.worksheets.load("items/name, items/visibility") : null;
    if (toWrite.length > 0 || creating.length > 0 || inspecting.length > 0) await context.sync();
    const visible = (all?.items ?? []).filter((s) => s.visibility === "Visible").map((s) => s.name.toLowerCase());
    return {
      applied,
      skipped,
      createdSheets: creating.map((spec) => spec.name),
      rejectedSheets: rejected,
      inspected: inspecting.filter((i) => !i.sheet.isNullObject),
      visible: new Set(visible),
    };
  } catch (error) {
    throw toOfficeAdapterError(error, "write");
  }
}

async function storeSettings(options: OfficeWriteOptions): Promise<string | null> {
  if (options.settings === undefined) return null;
  const store = options.store === undefined ? documentSettings() : options.store;
  if (!store) return "设置未能保存：没有找到工作簿的设置存储（不在 Excel 中运行）";
  try {
    store.set(SETTINGS_KEY, { ...options.settings });
    return await saveSettings(store);
  } catch (error) {
    return `设置未能保存到工作簿：${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Writes values into cells of the open workbook in two syncs: the first reads every target cell (value,
 * formula, merged area) and the protection of its sheet, and whether each new sheet exists; the second adds the
 * new sheets that do not (with their column widths and wrapping columns) and, with calculation suspended,
 * writes the cells that still hold `write.expected` (a cell of a sheet added in it holds nothing). Skipped,
 * with a Chinese reason: a cell the user changed since the check, a formula, a cell inside a merged area (not
 * its top-left), a protected or missing sheet, a new sheet whose name Excel would refuse, an invalid position
 * or value. Writes apply in order (a second write to a cell sees the first). Text that Excel would turn into a
 * number, date or formula is written as text. Settings, when given, are saved to the document's settings store
 * afterwards. Rejects only with an OfficeAdapterError (edit mode, a failed batch).
 */
export async function applyOfficeWrites(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  options: OfficeWriteOptions = {},
): Promise<OfficeWriteResult> {
  const run = await writeCells(context, writes, options.newSheets ?? [], []);
  return {
    applied: run.applied,
    skipped: run.skipped,
    createdSheets: run.createdSheets,
    rejectedSheets: run.rejectedSheets,
    settingsError: await storeSettings(options),
  };
}

export interface OfficeUndoOptions {
  /** The sheets applyOfficeWrites created (its `createdSheets`): deleted when the undo leaves them empty. */
  readonly createdSheets?: readonly string[];
}

export interface OfficeUndoResult extends OfficeWriteResult {
  /** The created sheets that were deleted. */
  readonly deletedSheets: readonly string[];
  /** The created sheets kept because they hold something still (the user wrote into them), with the reason. */
  readonly keptSheets: readonly SheetNote[];
}

/**
 * Undoes writes made by applyOfficeWrites: writes each cell's previous value (`expected`) back, last write
 * first, where the cell still holds the written value; a cell changed since is skipped with a reason. Then
 * deletes each of `createdSheets` that holds no value any more; one that does is kept, with a reason. Two
 * syncs, and a third when there are sheets to delete.
 */
export async function undoOfficeWrites(
  context: Excel.RequestContext,
  applied: readonly CellWrite[],
  options: OfficeUndoOptions = {},
): Promise<OfficeUndoResult> {
  const inverse = [...applied].reverse().map((w) => ({ ...w, value: w.expected, expected: w.value }));
  const run = await writeCells(context, inverse, [], options.createdSheets ?? []);
  const deletedSheets: string[] = [];
  const keptSheets: SheetNote[] = [];
  const empty = new Set(run.inspected.filter((i) => i.used.isNullObject).map((i) => i.name.toLowerCase()));
  // Excel keeps one sheet visible: the last visible one of those to delete stays when no other would be left.
  const lastVisible = [...run.visible].every((name) => empty.has(name))
    ? [...run.inspected].reverse().find((i) => run.visible.has(i.name.toLowerCase()) && empty.has(i.name.toLowerCase()))
    : undefined;
  for (const { name, sheet, used } of run.inspected) {
    if (used.isNullObject && sheet !== lastVisible?.sheet) {
      sheet.delete();
      deletedSheets.push(name);
    } else if (used.isNullObject) {
      keptSheets.push({
        name,
        reason: `删除新建的工作表「${name}」后工作簿里将没有可见的工作表，Excel 不允许，未删除`,
      });
    } else {
      const area = parseRangeAddress(used.address);
      const where = area ? `的 ${areaAddress(area)} ` : "";
      keptSheets.push({
        name,
        reason: `新建的工作表「${name}」${where}还有内容（可能是您后来写入的），未删除；如不需要，请在 Excel 中删除`,
      });
    }
  }
  try {
    if (deletedSheets.length > 0) await context.sync();
  } catch (error) {
    throw toOfficeAdapterError(error, "write");
  }
  return {
    applied: run.applied,
    skipped: run.skipped,
    createdSheets: [],
    rejectedSheets: [],
    settingsError: null,
    deletedSheets,
    keptSheets,
  };
}
