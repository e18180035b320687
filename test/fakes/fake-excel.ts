/**
 * An in-memory stand-in for Excel's JavaScript API: the parts jixiao uses, with office.js's batch semantics, so
 * that the adapter and the task pane run against it as against Excel.
 *
 * - Proxies queue their work. `load()`, property sets and method calls run at `context.sync()`, in order; a
 *   loaded property is readable only after the sync that loaded it (before: an error with code
 *   "PropertyNotLoaded", as office.js throws), so a test catches a missing load or sync.
 * - `*OrNullObject` methods give proxies whose `isNullObject` is known after the next sync. Navigation from a
 *   null object gives null objects; loading on one loads nothing; writing to one fails ("ItemNotFound").
 * - A sync runs its operations one by one and stops at the first failure; the operations before it stay done,
 *   as in Excel. Writes to a protected sheet fail with "AccessDenied".
 * - Every sync is recorded (`syncs`: its operations, request and response size, error). A payload limit,
 *   when set, is checked against the request (64 characters an operation plus the JSON of the values it
 *   writes) and the response (the JSON of the loaded values): "RequestPayloadSizeLimitExceeded" /
 *   "ResponsePayloadSizeLimitExceeded", as on Excel on the web. A range read is limited to 5,000,000 cells
 *   ("RangeExceedsLimit"), as everywhere.
 * - `range.values = …` takes input as Excel takes typing: "'text" is text, "=…" a formula (its result is not
 *   computed: the cell shows empty), "12.5", "50%", "1,234" numbers, "TRUE"/"FALSE" booleans; null leaves a
 *   cell as it is.
 * - `worksheets.add(name)` adds a visible sheet after the last, failing with "ItemAlreadyExists" on a name in
 *   use (in any case) and "InvalidArgument" on one Excel refuses; `worksheet.delete()` fails with
 *   "InvalidOperation" on a very hidden sheet and on the last visible one. `range.format.columnWidth` (points; a
 *   column is 48 wide until set) and `range.format.wrapText` are kept by column for whole columns ("B:B"), by
 *   cell otherwise; a cell that wraps is formatted, so in the used range unless valuesOnly.
 * - Formatting of bounded ranges: `format.font` (bold, size, name, color), `format.fill.color`,
 *   `format.borders.getItem(edge)` (style, color, weight), `format.horizontalAlignment` and
 *   `verticalAlignment` are kept by cell (`sheet.styleAt("A1")`), `format.rowHeight` by row; unknown enum
 *   values fail with "InvalidArgument", as office.js does. `range.dataValidation` (rule, errorAlert, prompt,
 *   ignoreBlanks; ExcelApi 1.8) is kept by cell (`sheet.validationAt("D10")`); a list written out is at most
 *   255 characters. Formatted or validated cells count in the used range unless valuesOnly.
 * - Tables: `worksheet.tables.add(address, hasHeaders)` and `workbook.tables` (load "items/name",
 *   getItemOrNullObject). A table may not overlap another or a merged area ("InvalidArgument"); its header
 *   cells become unique text as Excel makes them (a blank one "Column1", a repeated one "年末数2"); its name is
 *   checked (letters, digits, _ . \; unique in the workbook, case-insensitively). Deleting a sheet deletes its
 *   tables. `worksheet.freezePanes.freezeRows(n)` (ExcelApi 1.7) is kept as `sheet.frozenRows`.
 * - `workbook.protection.protected` (ExcelApi 1.7): while the structure is protected (`workbookProtected`),
 *   adding or deleting a sheet fails with "AccessDenied".
 * - Formulas are not calculated unless a calculator is given (`options.calculate`): then after every sync and
 *   every `userEdit` each formula cell takes its result, as Excel recalculates after a batch.
 * - `createWorkbook(base64)` stands for `Excel.createWorkbook` (ExcelApi 1.8): it records the file.
 *
 * No Node API is used: the browser tests load this module into a page.
 */
import type { Area, CellValue, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { address, formatAt, gridOf, parseAddress } from "../../src/core/model/snapshot";
import { SETTINGS_KEY } from "../../src/workbook/common";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetInit {
  readonly name: string;
  readonly visibility?: Visibility;
  readonly protected?: boolean;
  /** Row and column (1-based) of values[0][0] and numberFormats[0][0]; default 1. */
  readonly top?: number;
  readonly left?: number;
  /** Cell values by rows; null is an empty cell, "#DIV/0!" an error value (office.js gives errors as text). */
  readonly values?: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /** Formulas by A1 address ("E3" → "=D3/C3"); the cell's value stays as given, as the formula's result. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Merged areas: "A1:J1" or areas. */
  readonly merges?: readonly (string | Area)[];
  /** Excel tables on the sheet, their header row first. */
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
}

/** The part of Excel.WorksheetChangedEventArgs the add-in reads. */
export interface FakeChangedEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetName: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes. */
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  readonly source: "Local";
}

/** Computes a formula as Excel would: its result for the cell, null for an empty result. `value` reads any cell of
 *  the workbook (null when empty), a formula cell giving its last result. */
export type FakeCalculator = (
  formula: string,
  cell: { readonly sheet: string; readonly row: number; readonly col: number },
  value: (sheet: string, row: number, col: number) => CellValue,
) => CellValue;

export interface FakeOptions {
  /** Largest request and response of one sync, in JSON characters (Excel on the web: 5 MB); default none. */
  readonly payloadLimit?: number;
  /** Calculates formulas after every sync and user edit; without it formula cells show empty. */
  readonly calculate?: FakeCalculator;
}

/** What office.js rejects with: a RichApi.Error with a code. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string = code,
    location = "",
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export type FakeOp =
  | { readonly kind: "load"; readonly path: string; readonly props: readonly string[] }
  | { readonly kind: "set"; readonly path: string; readonly prop: string; readonly value: unknown }
  | { readonly kind: "call"; readonly path: string; readonly method: string; readonly args: readonly unknown[] };

export interface SyncRecord {
  readonly ops: readonly FakeOp[];
  readonly requestSize: number;
  responseSize: number;
  /** The error code the sync failed with, or null. */
  error: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// The workbook

interface Cell {
  value: string | number | boolean; // "" when empty
  formula: string | null;
  numberFormat: string;
  /** Set by format.wrapText on the cell; else the cell wraps as its column does. */
  wrap?: boolean;
  /** Formats set on the cell by path: "font.bold", "fill.color", "borders.EdgeTop.style", "horizontalAlignment". */
  style?: Record<string, unknown>;
  /** Data validation set on the cell: rule, errorAlert, prompt, ignoreBlanks. */
  validation?: Record<string, unknown>;
}

/** What a sheet keeps of a column: its width in points, whether its cells wrap. */
interface Column {
  width?: number;
  wrap?: boolean;
}

/** Width in points of a column never set (8.43 characters of Calibri 11: 64 pixels). */
export const DEFAULT_COLUMN_WIDTH = 48;

const READ_LIMIT = 5_000_000;
const MAX_ROW = 1048576;
const MAX_COL = 16384;
const accessDenied = (path: string) =>
  new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", path);

export class FakeSheet {
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly columns = new Map<number, Column>();
  /** Row heights in points, where set. */
  readonly rowHeights = new Map<number, number>();
  merges: Area[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  constructor(
    public name: string,
    public visibility: Visibility,
    public isProtected: boolean,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }
  put(row: number, col: number, patch: Partial<Cell>): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    const cell = cells.get(col) ?? { value: "", formula: null, numberFormat: "General" };
    cells.set(col, Object.assign(cell, patch));
  }
  /** The value at an A1 address as a snapshot holds it (null when empty). */
  value(a1: string): CellValue {
    const at = parseAddress(a1);
    const v = at ? this.cell(at.row, at.col)?.value : undefined;
    return v === undefined || v === "" ? null : v;
  }
  formula(a1: string): string | null {
    const at = parseAddress(a1);
    return (at && this.cell(at.row, at.col)?.formula) ?? null;
  }
  /** The width of a column (1-based) in points. */
  columnWidth(col: number): number {
    return this.columns.get(col)?.width ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Whether the cell at an A1 address wraps its text. */
  wraps(a1: string): boolean {
    const at = parseAddress(a1);
    return at ? (this.cell(at.row, at.col)?.wrap ?? this.columns.get(at.col)?.wrap ?? false) : false;
  }
  column(col: number): Column {
    let column = this.columns.get(col);
    if (!column) this.columns.set(col, (column = {}));
    return column;
  }
  /** The formats set on the cell at an A1 address ("font.bold" → true …); {} when none. */
  styleAt(a1: string): Readonly<Record<string, unknown>> {
    const at = parseAddress(a1);
    return (at && this.cell(at.row, at.col)?.style) ?? {};
  }
  /** The data validation of the cell at an A1 address, or null. */
  validationAt(a1: string): Readonly<Record<string, unknown>> | null {
    const at = parseAddress(a1);
    return (at && this.cell(at.row, at.col)?.validation) ?? null;
  }
  /** Excel's used range: cells with a value or formula, and unless valuesOnly also formatted ones. */
  used(valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [r, cells] of this.rows)
      for (const [c, cell] of cells) {
        const formatted =
          cell.numberFormat !== "General" || cell.wrap !== undefined || !!cell.style || !!cell.validation;
        if (cell.value === "" && !cell.formula && (valuesOnly || !formatted)) continue;
        a = a
          ? {
              top: Math.min(a.top, r),
              left: Math.min(a.left, c),
              bottom: Math.max(a.bottom, r),
              right: Math.max(a.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }
    return a;
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function areaText(a: Area): string {
  const from = address(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? from : `${from}:${address(a.bottom, a.right)}`;
}

/** "B2:D9", "$A$1", whole columns "B:D", whole rows "3:5", or "" for the whole sheet. */
function parseArea(text: string): Area | null {
  if (text === "") return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
  const parts = text.replace(/\$/g, "").split(":");
  let [from = "", to = from] = parts;
  if (parts.length === 2 && /^[A-Za-z]+$/.test(from) && /^[A-Za-z]+$/.test(to))
    [from, to] = [`${from}1`, `${to}${MAX_ROW}`];
  if (parts.length === 2 && /^\d+$/.test(from) && /^\d+$/.test(to)) [from, to] = [`A${from}`, `XFD${to}`];
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Input as Excel takes typed text. */
function typed(input: unknown): Pick<Cell, "value" | "formula"> {
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith("=") && s.length > 1) return { value: "", formula: s };
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE", formula: null };
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?)(%?)$/.exec(t);
  if (m && /\d/.test(m[1]!)) return { value: Number(m[1]!.replace(/,/g, "")) / (m[2] ? 100 : 1), formula: null };
  return { value: s, formula: null };
}

// ---------------------------------------------------------------------------------------------------------
// The batch

const MISSING = Symbol("missing");
type Found<T> = T | null | typeof MISSING;
type Loaded = Map<ClientObject<unknown>, Map<string, unknown>>;

/** An Excel table as the fake keeps it. */
export interface FakeTableRecord {
  readonly id: number;
  name: string;
  readonly sheet: FakeSheet;
  area: Area;
  style: string;
  showFilterButton: boolean;
  showBandedRows: boolean;
}

class Core {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  tables: FakeTableRecord[] = [];
  tableCount = 0;
  structureProtected = false;
  calculate: FakeCalculator | null = null;
  payloadLimit = Infinity;
  editMode = false;
  /** Error codes by the index of the sync that is to fail with them. */
  readonly failures = new Map<number, string>();
  queue: { op: FakeOp; run: (loaded: Loaded) => void }[] = [];
  created: ClientObject<unknown>[] = [];
  /** The sheet shown and the range selected, as the user sees them. */
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** worksheets.onChanged handlers, and the sheets written by the sync now running (their events follow it). */
  readonly changeHandlers = new Set<(args: FakeChangedEvent) => unknown>();
  changedBySync = new Set<string>();

  /** Fires onChanged for each sheet, after the current task, as Excel does (never inside the sync). */
  fire(sheets: Iterable<string>, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    for (const name of sheets) {
      const event: FakeChangedEvent = { type: "WorksheetChanged", worksheetName: name, triggerSource, source: "Local" };
      setTimeout(() => {
        for (const handler of this.changeHandlers) void handler(event);
      }, 0);
    }
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Every formula cell takes the calculator's result, over and over until nothing changes (chains of formulas,
   *  across sheets); a formula still changing after 50 rounds is left as it is (a circular reference). */
  recalculate(): void {
    const calculate = this.calculate;
    if (!calculate) return;
    const lookup = (sheet: string, row: number, col: number): CellValue => {
      const v = this.sheet(sheet)?.cell(row, col)?.value;
      return v === undefined || v === "" ? null : v;
    };
    for (let round = 0; round < 50; round++) {
      let changed = false;
      for (const sheet of this.sheets)
        for (const [row, cells] of sheet.rows)
          for (const [col, cell] of cells) {
            if (!cell.formula) continue;
            const result = calculate(cell.formula, { sheet: sheet.name, row, col }, lookup) ?? "";
            if (result !== cell.value) {
              cell.value = result;
              changed = true;
            }
          }
      if (!changed) return;
    }
  }

  async sync(): Promise<void> {
    const { queue, created } = this;
    this.queue = [];
    this.created = [];
    const ops = queue.map((q) => q.op);
    const requestSize = ops.reduce((n, op) => n + 64 + (op.kind === "set" ? JSON.stringify(op.value).length : 0), 0);
    const record: SyncRecord = { ops, requestSize, responseSize: 0, error: null };
    this.syncs.push(record);
    await Promise.resolve();
    const fail = (error: unknown): never => {
      record.error = (error as { code?: string }).code ?? String(error);
      throw error;
    };
    if (this.editMode) fail(new FakeOfficeError("InvalidOperationInCellEditMode", "Cell edit mode"));
    const injected = this.failures.get(this.syncs.length - 1);
    if (injected) fail(new FakeOfficeError(injected));
    if (requestSize > this.payloadLimit) fail(new FakeOfficeError("RequestPayloadSizeLimitExceeded"));
    const loaded: Loaded = new Map();
    try {
      for (const q of queue) q.run(loaded);
    } catch (error) {
      fail(error);
    }
    for (const props of loaded.values()) record.responseSize += JSON.stringify(Object.fromEntries(props)).length;
    if (record.responseSize > this.payloadLimit) fail(new FakeOfficeError("ResponsePayloadSizeLimitExceeded"));
    for (const [proxy, props] of loaded) proxy.commit(props);
    for (const proxy of created) proxy.settle();
    this.recalculate();
    const changed = this.changedBySync;
    this.changedBySync = new Set();
    this.fire(changed, "ThisLocalAddin");
  }
}

function notLoaded(prop: string, path: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    path,
  );
}

function propsOf(spec: string | readonly string[]): string[] {
  return (typeof spec === "string" ? spec.split(",") : [...spec]).map((p) => p.trim()).filter(Boolean);
}

/** How a loadable property is read from what a proxy stands for. */
type Reader<T> = (target: T, proxy: { readonly core: Core; readonly path: string }) => unknown;
const readersOf = new Map<object, Record<string, Reader<never>>>();

/** Gives a proxy class its loadable properties: `load(name)` reads one at the sync, its getter after it. A
 *  setter the class defines stays. */
function properties<T>(Kind: { prototype: ClientObject<T> }, readers: Record<string, Reader<T>>): void {
  readersOf.set(Kind.prototype, readers as Record<string, Reader<never>>);
  for (const name of Object.keys(readers)) {
    const set = Object.getOwnPropertyDescriptor(Kind.prototype, name)?.set;
    Object.defineProperty(Kind.prototype, name, {
      configurable: true,
      set,
      get(this: ClientObject<T>) {
        return this.loadedValue(name);
      },
    });
  }
}

/** A proxy: a path to something in the workbook, bound at its first use in a sync (as an object path). */
abstract class ClientObject<T> {
  private bound: { target: T | null } | null = null;
  private readonly loaded = new Map<string, unknown>();
  private settled = false;

  constructor(
    readonly core: Core,
    readonly path: string,
    private readonly find: () => Found<T>,
    private readonly orNull = false,
  ) {
    core.created.push(this);
  }

  target(): T | null {
    if (!this.bound) {
      const found = this.find();
      if (found === MISSING && !this.orNull)
        throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", this.path);
      this.bound = { target: found === MISSING ? null : found };
    }
    return this.bound.target;
  }

  /** A proxy got from this one by `step`: a null object when this one is null. */
  protected child<U, P extends ClientObject<U>>(
    Kind: new (core: Core, path: string, find: () => Found<U>, orNull: boolean) => P,
    step: string,
    find: (target: T) => Found<U>,
    orNull = false,
  ): P {
    const parent = () => this.target();
    return new Kind(this.core, `${this.path}.${step}`, () => (parent() === null ? null : find(parent()!)), orNull);
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded("isNullObject", this.path);
    return this.bound?.target === null;
  }

  load(spec: string | readonly string[] = []): this {
    const props = propsOf(spec);
    this.core.queue.push({ op: { kind: "load", path: this.path, props }, run: (loaded) => this.read(props, loaded) });
    return this;
  }

  /** Reads properties into `loaded` (at the sync); nothing for a null object. */
  read(props: readonly string[], loaded: Loaded): void {
    const readers = readersOf.get(Object.getPrototypeOf(this) as object) ?? {};
    for (const p of props) if (!readers[p]) throw new Error(`fake-excel: ${this.path} cannot load '${p}'`);
    const t = this.target();
    const into = loaded.get(this) ?? new Map<string, unknown>();
    if (t !== null) for (const p of props) into.set(p, (readers[p] as Reader<T>)(t, this));
    loaded.set(this, into);
  }

  loadedValue(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(prop, this.path);
    return this.loaded.get(prop);
  }

  /** Queues a write or a method call on what the proxy stands for ("ItemNotFound" on a null object). */
  protected queue(method: string, args: readonly unknown[], run: (target: T) => void, prop?: string): void {
    const op: FakeOp = prop
      ? { kind: "set", path: this.path, prop, value: args[0] }
      : { kind: "call", path: this.path, method, args };
    this.core.queue.push({
      op,
      run: () => {
        const t = this.target();
        if (t === null) throw new FakeOfficeError("ItemNotFound", "The object is a null object.", this.path);
        run(t);
      },
    });
  }

  commit(props: Map<string, unknown>): void {
    for (const [k, v] of props) this.loaded.set(k, v);
    this.settle();
  }
  settle(): void {
    if (!this.bound) {
      try {
        this.target();
      } catch {
        // Not used in the batch: it stays unbound, as an object path never sent.
      }
    }
    this.settled = true;
  }
  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Ranges, sheets, the workbook

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

class FakeRangeAreas extends ClientObject<{ sheet: FakeSheet; areas: Area[] }> {}
properties(FakeRangeAreas, {
  address: ({ sheet, areas }) => areas.map((a) => `${quoteSheet(sheet.name)}!${areaText(a)}`).join(", "),
  areaCount: ({ areas }) => areas.length,
});

/** A reader of a per-cell property of a range: rows of `pick(cell)`. */
const grid =
  (pick: (cell: Cell | undefined) => unknown): Reader<RangeTarget> =>
  ({ sheet, area }, { path }) => {
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > READ_LIMIT)
      throw new FakeOfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum.", path);
    const out: unknown[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const cells = sheet.rows.get(r);
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(pick(cells?.get(c)));
      out.push(row);
    }
    return out;
  };

/** Whether a range is whole columns ("B:D"). */
const wholeColumns = (area: Area) => area.top === 1 && area.bottom === MAX_ROW;

/** Most cells a formatting or validation call of the fake touches one by one (the template's ranges are small;
 *  whole columns are kept by column only for columnWidth and wrapText). */
const STYLE_LIMIT = 100_000;

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
const isColor = (v: unknown) => typeof v === "string" && (/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v));
const oneOf = (list: readonly string[]) => (v: unknown) => typeof v === "string" && list.includes(v);
const isBoolean = (v: unknown) => typeof v === "boolean";
const inRange = (min: number, max: number) => (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;

/** The cells of a range, one by one (a fake limit guards against whole columns). */
function eachCell(target: RangeTarget, path: string, visit: (row: number, col: number) => void): void {
  const { area } = target;
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > STYLE_LIMIT)
    throw new FakeOfficeError("InvalidArgument", "fake-excel: formatting this many cells one by one", path);
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}

/** A proxy over a range whose properties are formats kept by cell under `prefix` ("font.", "fill."). */
abstract class FakeStyled<T extends RangeTarget = RangeTarget> extends ClientObject<T> {
  /** Queues setting a format of every cell of the range; a value `valid` refuses is "InvalidArgument". */
  setStyle(key: string, value: unknown, valid: (v: unknown) => boolean): void {
    this.queue(
      "set",
      [value],
      (target) => {
        if (!valid(value))
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
        if (target.sheet.isProtected) throw accessDenied(this.path);
        eachCell(target, this.path, (r, c) => {
          const cell = target.sheet.cell(r, c);
          target.sheet.put(r, c, { style: { ...(cell?.style ?? {}), [key]: value } });
        });
      },
      key.split(".").pop(),
    );
  }
}

/** Defines settable, loadable style properties on a proxy class: `name` sets "prefix + name" on every cell and
 *  loads as the one value all cells share (null when they differ or none is set). */
function styleProperties<T extends RangeTarget>(
  Kind: { prototype: FakeStyled<T> },
  prefix: (proxy: FakeStyled<T>) => string,
  props: Record<string, (v: unknown) => boolean>,
): void {
  for (const [name, valid] of Object.entries(props)) {
    Object.defineProperty(Kind.prototype, name, {
      configurable: true,
      set(this: FakeStyled<T>, value: unknown) {
        this.setStyle(prefix(this) + name, value, valid);
      },
    });
  }
  properties(
    Kind,
    Object.fromEntries(
      Object.keys(props).map((name) => [
        name,
        (target: T, proxy: { readonly path: string }) => {
          const key = prefix(proxy as unknown as FakeStyled<T>) + name;
          const seen: unknown[] = [];
          eachCell(target, proxy.path, (r, c) => void seen.push(target.sheet.cell(r, c)?.style?.[key] ?? null));
          return uniform(seen);
        },
      ]),
    ),
  );
}

class FakeRangeFont extends FakeStyled {}
styleProperties(FakeRangeFont, () => "font.", {
  bold: isBoolean,
  italic: isBoolean,
  size: inRange(1, 409),
  name: (v) => typeof v === "string" && v.length > 0,
  color: isColor,
});

class FakeRangeFill extends FakeStyled {}
styleProperties(FakeRangeFill, () => "fill.", { color: isColor });

interface BorderTarget extends RangeTarget {
  readonly index: string;
}

class FakeRangeBorder extends FakeStyled<BorderTarget> {
  private index = "";
  static of(parent: FakeRangeBorders, index: string): FakeRangeBorder {
    const border = parent.border(index);
    border.index = index;
    return border;
  }
}
styleProperties(FakeRangeBorder, (p) => `borders.${(p as unknown as { index: string }).index}.`, {
  style: oneOf(BORDER_STYLE),
  weight: oneOf(BORDER_WEIGHT),
  color: isColor,
});

class FakeRangeBorders extends ClientObject<RangeTarget> {
  getItem(index: string): FakeRangeBorder {
    return FakeRangeBorder.of(this, index);
  }
  border(index: string): FakeRangeBorder {
    return this.child(FakeRangeBorder, `getItem(${JSON.stringify(index)})`, (t) => {
      if (!BORDER_INDEX.includes(index))
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
      return { ...t, index };
    });
  }
}

class FakeRangeFormat extends FakeStyled {
  private fontProxy: FakeRangeFont | null = null;
  private fillProxy: FakeRangeFill | null = null;
  private bordersProxy: FakeRangeBorders | null = null;
  get font(): FakeRangeFont {
    return (this.fontProxy ??= this.child(FakeRangeFont, "font", (t) => t));
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= this.child(FakeRangeFill, "fill", (t) => t));
  }
  get borders(): FakeRangeBorders {
    return (this.bordersProxy ??= this.child(FakeRangeBorders, "borders", (t) => t));
  }
  set horizontalAlignment(value: unknown) {
    this.setStyle("horizontalAlignment", value, oneOf(HORIZONTAL));
  }
  set verticalAlignment(value: unknown) {
    this.setStyle("verticalAlignment", value, oneOf(VERTICAL));
  }
  set rowHeight(points: unknown) {
    this.format("rowHeight", points, ({ sheet, area }) => {
      if (!inRange(0, 409)(points))
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, points as number);
    });
  }
  set columnWidth(points: unknown) {
    this.format("columnWidth", points, ({ sheet, area }) => {
      if (typeof points !== "number" || !Number.isFinite(points) || points < 0)
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
      for (let c = area.left; c <= area.right; c++) sheet.column(c).width = points;
    });
  }
  set wrapText(on: unknown) {
    this.format("wrapText", on, ({ sheet, area }) => {
      const wrap = Boolean(on);
      if (wholeColumns(area)) {
        for (let c = area.left; c <= area.right; c++) sheet.column(c).wrap = wrap;
        for (const cells of sheet.rows.values())
          for (const [c, cell] of cells) if (c >= area.left && c <= area.right) cell.wrap = wrap;
        return;
      }
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) sheet.put(r, c, { wrap });
    });
  }
  private format(prop: string, value: unknown, run: (target: RangeTarget) => void): void {
    this.queue(
      "set",
      [value],
      (target) => {
        if (target.sheet.isProtected) throw accessDenied(this.path);
        run(target);
      },
      prop,
    );
  }
}

/** One value when every cell (or column) has it, else null, as office.js gives a property of a range. */
const uniform = <T>(values: Iterable<T>): T | null => {
  const seen = new Set(values);
  return seen.size === 1 ? [...seen][0]! : null;
};

properties(FakeRangeFormat, {
  horizontalAlignment: ({ sheet, area }, { path }) => {
    const seen: unknown[] = [];
    eachCell(
      { sheet, area },
      path,
      (r, c) => void seen.push(sheet.cell(r, c)?.style?.horizontalAlignment ?? "General"),
    );
    return uniform(seen);
  },
  rowHeight: ({ sheet, area }) => {
    const rows = Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i);
    return uniform(rows.map((r) => sheet.rowHeights.get(r) ?? 15));
  },
  columnWidth: ({ sheet, area }) => {
    const cols = Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i);
    return uniform(cols.map((c) => sheet.columnWidth(c)));
  },
  wrapText: ({ sheet, area }) => {
    const columnWraps = (c: number) => sheet.columns.get(c)?.wrap ?? false;
    const wraps: boolean[] = [];
    if (wholeColumns(area)) {
      for (let c = area.left; c <= area.right; c++) wraps.push(columnWraps(c));
      for (const cells of sheet.rows.values())
        for (const [c, cell] of cells) if (c >= area.left && c <= area.right) wraps.push(cell.wrap ?? columnWraps(c));
    } else {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) wraps.push(sheet.cell(r, c)?.wrap ?? columnWraps(c));
    }
    return uniform(wraps);
  },
});

/** Most characters of a list written out in a validation rule, as Excel allows. */
const LIST_SOURCE_LIMIT = 255;

function validRule(rule: unknown): boolean {
  if (rule === null || typeof rule !== "object") return false;
  const list = (rule as { list?: { source?: unknown; inCellDropDown?: unknown } }).list;
  if (list === undefined) return Object.keys(rule).length === 1;
  const source = list.source;
  if (typeof source === "string") return source.length > 0 && source.length <= LIST_SOURCE_LIMIT;
  return source !== undefined && source !== null;
}

const validAlert = (v: unknown) =>
  v !== null &&
  typeof v === "object" &&
  ["Stop", "Warning", "Information", undefined].includes((v as { style?: string }).style);

class FakeDataValidation extends ClientObject<RangeTarget> {
  set rule(value: unknown) {
    this.validation("rule", value, validRule);
  }
  set errorAlert(value: unknown) {
    this.validation("errorAlert", value, validAlert);
  }
  set prompt(value: unknown) {
    this.validation("prompt", value, (v) => v !== null && typeof v === "object");
  }
  set ignoreBlanks(value: unknown) {
    this.validation("ignoreBlanks", value, isBoolean);
  }
  /** Removes the validation of the range. */
  clear(): void {
    this.queue("clear", [], (target) => {
      if (target.sheet.isProtected) throw accessDenied(this.path);
      eachCell(target, this.path, (r, c) => {
        if (target.sheet.cell(r, c)) target.sheet.put(r, c, { validation: undefined });
      });
    });
  }
  private validation(prop: string, value: unknown, valid: (v: unknown) => boolean): void {
    this.queue(
      "set",
      [value],
      (target) => {
        if (!valid(value))
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
        if (target.sheet.isProtected) throw accessDenied(this.path);
        eachCell(target, this.path, (r, c) => {
          const now = target.sheet.cell(r, c)?.validation;
          // A new rule replaces the cell's validation; the other properties amend it.
          const base = prop === "rule" ? {} : (now ?? {});
          target.sheet.put(r, c, { validation: { ...base, [prop]: clone(value) } });
        });
      },
      prop,
    );
  }
}
properties(FakeDataValidation, {
  rule: ({ sheet, area }, { path }) => {
    const seen: string[] = [];
    eachCell(
      { sheet, area },
      path,
      (r, c) => void seen.push(JSON.stringify(sheet.cell(r, c)?.validation?.rule ?? null)),
    );
    const one = uniform(seen);
    return one === null ? null : (JSON.parse(one) as unknown);
  },
});

class FakeRange extends ClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | null = null;
  private validationProxy: FakeDataValidation | null = null;
  /** A navigation property (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= this.child(FakeDataValidation, "dataValidation", (t) => t));
  }
  /** A navigation property: the same proxy every time, as in office.js. */
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= this.child(FakeRangeFormat, "format", (t) => t));
  }
  set values(input: unknown) {
    this.write("values", input, typed);
  }
  set numberFormat(input: unknown) {
    this.write("numberFormat", input, (f) => ({ numberFormat: String(f) }));
  }
  set formulas(input: unknown) {
    this.write("formulas", input, typed);
  }

  /** Sets a property cell by cell from rows of the range's shape, or one value for every cell; null leaves a
   *  cell as it is. */
  private write(prop: string, input: unknown, patch: (input: unknown) => Partial<Cell>): void {
    this.queue(
      "set",
      [input],
      ({ sheet, area }) => {
        if (sheet.isProtected) throw accessDenied(this.path);
        this.core.changedBySync.add(sheet.name);
        const rows = area.bottom - area.top + 1;
        const cols = area.right - area.left + 1;
        const grid = Array.isArray(input) ? (input as unknown[][]) : null;
        if (grid && (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)))
          throw new FakeOfficeError(
            "InvalidArgument",
            "The input array doesn't match the size of the range.",
            this.path,
          );
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const v = grid ? grid[r]![c] : input;
            if (v !== null && v !== undefined) sheet.put(area.top + r, area.left + c, patch(v));
          }
      },
      prop,
    );
  }

  /** Selects the range (and shows its sheet), as the user would see it. */
  select(): void {
    this.queue("select", [], ({ sheet, area }) => {
      this.core.active = sheet.name;
      this.core.selection = { sheet: sheet.name, address: areaText(area) };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.child(FakeRange, `getCell(${row},${col})`, ({ sheet, area }) => {
      const [r, c] = [area.top + row, area.left + col];
      return r >= 1 && c >= 1 && r <= MAX_ROW && c <= MAX_COL
        ? { sheet, area: { top: r, left: c, bottom: r, right: c } }
        : MISSING;
    });
  }
  /** The merged areas that meet this range, whole. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const find = ({ sheet, area }: RangeTarget) => {
      const areas = sheet.merges.filter((m) => overlaps(m, area));
      return areas.length ? { sheet, areas } : MISSING;
    };
    return this.child(FakeRangeAreas, "getMergedAreasOrNullObject()", find, true);
  }
  merge(across = false): void {
    this.queue("merge", [across], ({ sheet, area }) => {
      if (sheet.isProtected) throw accessDenied(this.path);
      const rows = Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i);
      const added = across ? rows.map((r) => ({ ...area, top: r, bottom: r })) : [area];
      sheet.merges = [...sheet.merges.filter((m) => !overlaps(m, area)), ...added];
    });
  }
  unmerge(): void {
    this.queue("unmerge", [], ({ sheet, area }) => (sheet.merges = sheet.merges.filter((m) => !overlaps(m, area))));
  }
}
properties(FakeRange, {
  address: ({ sheet, area }) => `${quoteSheet(sheet.name)}!${areaText(area)}`,
  rowCount: ({ area }) => area.bottom - area.top + 1,
  columnCount: ({ area }) => area.right - area.left + 1,
  rowIndex: ({ area }) => area.top - 1,
  columnIndex: ({ area }) => area.left - 1,
  values: grid((cell) => cell?.value ?? ""),
  numberFormat: grid((cell) => cell?.numberFormat ?? "General"),
  formulas: grid((cell) => cell?.formula ?? cell?.value ?? ""),
});

class FakeProtection extends ClientObject<FakeSheet> {
  protect(): void {
    this.queue("protect", [], (t) => (t.isProtected = true));
  }
  unprotect(): void {
    this.queue("unprotect", [], (t) => (t.isProtected = false));
  }
}
properties(FakeProtection, { protected: (t) => t.isProtected });

class FakeWorkbookProtection extends ClientObject<Core> {
  protect(): void {
    this.queue("protect", [], (core) => (core.structureProtected = true));
  }
  unprotect(): void {
    this.queue("unprotect", [], (core) => (core.structureProtected = false));
  }
}
properties(FakeWorkbookProtection, { protected: (core) => core.structureProtected });

class FakeFreezePanes extends ClientObject<FakeSheet> {
  freezeRows(count = 1): void {
    this.queue("freezeRows", [count], (t) => (t.frozenRows = count));
  }
  freezeColumns(count = 1): void {
    this.queue("freezeColumns", [count], (t) => (t.frozenColumns = count));
  }
  unfreeze(): void {
    this.queue("unfreeze", [], (t) => {
      t.frozenRows = 0;
      t.frozenColumns = 0;
    });
  }
}

/** Excel's rules for a table name: a letter, _ or \ first, then letters, digits, _ . \; not a cell reference. */
function validTableName(name: unknown): name is string {
  return (
    typeof name === "string" &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

class FakeTable extends ClientObject<FakeTableRecord> {
  set name(value: unknown) {
    this.queue(
      "set",
      [value],
      (t) => {
        const taken = this.core.tables.some(
          (o) => o !== t && typeof value === "string" && o.name.toLowerCase() === value.toLowerCase(),
        );
        if (!validTableName(value) || taken)
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
        t.name = value;
      },
      "name",
    );
  }
  set style(value: unknown) {
    this.queue("set", [value], (t) => void (t.style = String(value)), "style");
  }
  set showFilterButton(value: unknown) {
    this.queue("set", [value], (t) => void (t.showFilterButton = Boolean(value)), "showFilterButton");
  }
  set showBandedRows(value: unknown) {
    this.queue("set", [value], (t) => void (t.showBandedRows = Boolean(value)), "showBandedRows");
  }
  getRange(): FakeRange {
    return this.child(FakeRange, "getRange()", (t) => ({ sheet: t.sheet, area: t.area }));
  }
  getHeaderRowRange(): FakeRange {
    return this.child(FakeRange, "getHeaderRowRange()", (t) => ({
      sheet: t.sheet,
      area: { ...t.area, bottom: t.area.top },
    }));
  }
  delete(): void {
    this.queue("delete", [], (t) => void (this.core.tables = this.core.tables.filter((o) => o !== t)));
  }
}
properties(FakeTable, {
  name: (t) => t.name,
  style: (t) => t.style,
  showFilterButton: (t) => t.showFilterButton,
  showBandedRows: (t) => t.showBandedRows,
});

/** Adds a table over `area` of `sheet` as Excel does (see the top of this file); returns it. */
function addTable(core: Core, sheet: FakeSheet, area: Area, path: string, id: number, name?: string): FakeTableRecord {
  if (sheet.isProtected) throw accessDenied(path);
  const clash = core.tables.some((o) => o.sheet === sheet && overlaps(o.area, area));
  if (clash || sheet.merges.some((m) => overlaps(m, area)) || area.bottom <= area.top)
    throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", path);
  // Header cells as Excel makes them: text, unique (case-insensitively), "Column<n>" where blank.
  const seen = new Set<string>();
  for (let c = area.left; c <= area.right; c++) {
    const v = sheet.cell(area.top, c)?.value;
    const base = v === undefined || v === "" ? `Column${c - area.left + 1}` : String(v);
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
    seen.add(header.toLowerCase());
    if (header !== v) sheet.put(area.top, c, { value: header, formula: null });
  }
  let n = id;
  while (core.tables.some((o) => o.name.toLowerCase() === `table${n}`)) n++;
  const record: FakeTableRecord = {
    id,
    name: name ?? `Table${n}`,
    sheet,
    area,
    style: "TableStyleMedium2",
    showFilterButton: true,
    showBandedRows: true,
  };
  core.tables.push(record);
  return record;
}

/** The tables of a sheet (`sheet` set) or of the workbook. */
class FakeTables extends ClientObject<{ readonly sheet: FakeSheet | null }> {
  private loadedItems: FakeTable[] | null = null;
  /** `hasHeaders` must be true: the fake does not make up a header row. */
  add(address: string, hasHeaders: boolean): FakeTable {
    const id = ++this.core.tableCount;
    this.queue("add", [address, hasHeaders], (t) => {
      const bang = address.lastIndexOf("!");
      const sheetName = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      const sheet = sheetName !== null ? this.core.sheet(sheetName) : t.sheet;
      const area = parseArea(address.slice(bang + 1));
      if (!sheet || !area || !hasHeaders)
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.", this.path);
      addTable(this.core, sheet, area, this.path, id);
    });
    return new FakeTable(
      this.core,
      `${this.path}.add(${JSON.stringify(address)})`,
      () => this.core.tables.find((o) => o.id === id) ?? MISSING,
    );
  }
  private list(t: { readonly sheet: FakeSheet | null }): FakeTableRecord[] {
    return this.core.tables.filter((o) => t.sheet === null || o.sheet === t.sheet);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(
      this.core,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.list(this.target()!).find((o) => o.name.toLowerCase() === name.toLowerCase()) ?? MISSING,
      true,
    );
  }
  /** Loads properties of every table: "items/name". */
  override load(spec: string | readonly string[] = []): this {
    const props = propsOf(spec).map((p) => p.replace(/^items\//, ""));
    this.core.queue.push({
      op: { kind: "load", path: this.path, props: props.map((p) => `items/${p}`) },
      run: (loaded) => {
        this.loadedItems = this.list(this.target()!).map((record, i) => {
          const item = new FakeTable(this.core, `${this.path}.items[${i}]`, () => record);
          item.read(props, loaded);
          return item;
        });
      },
    });
    return this;
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("items", this.path);
    return this.loadedItems;
  }
}

class FakeWorksheet extends ClientObject<FakeSheet> {
  private protectionProxy: FakeProtection | null = null;
  private tablesProxy: FakeTables | null = null;
  private freezeProxy: FakeFreezePanes | null = null;
  /** A navigation property: the same proxy every time, as in office.js. */
  get protection(): FakeProtection {
    return (this.protectionProxy ??= this.child(FakeProtection, "protection", (t) => t));
  }
  get tables(): FakeTables {
    return (this.tablesProxy ??= this.child(FakeTables, "tables", (t): { readonly sheet: FakeSheet | null } => ({
      sheet: t,
    })));
  }
  /** ExcelApi 1.7. */
  get freezePanes(): FakeFreezePanes {
    return (this.freezeProxy ??= this.child(FakeFreezePanes, "freezePanes", (t) => t));
  }
  /** Shows the sheet; Excel refuses for a hidden one. */
  activate(): void {
    this.queue("activate", [], (t) => {
      if (t.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "This operation is not permitted for this sheet.", this.path);
      this.core.active = t.name;
    });
  }
  /** Deletes the sheet; Excel refuses for a very hidden sheet and for the last visible one. */
  delete(): void {
    this.queue("delete", [], (t) => {
      const lastVisible = !this.core.sheets.some((s) => s !== t && s.visibility === "Visible");
      if (t.visibility === "VeryHidden" || (t.visibility === "Visible" && lastVisible))
        throw new FakeOfficeError("InvalidOperation", "This operation is not permitted for this sheet.", this.path);
      if (this.core.structureProtected) throw accessDenied(this.path);
      this.core.sheets.splice(this.core.sheets.indexOf(t), 1);
      this.core.tables = this.core.tables.filter((o) => o.sheet !== t);
    });
  }
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.next(`getNextOrNullObject(${visibleOnly})`, visibleOnly, true);
  }
  getNext(visibleOnly = false): FakeWorksheet {
    return this.next(`getNext(${visibleOnly})`, visibleOnly, false);
  }
  private next(step: string, visibleOnly: boolean, orNull: boolean): FakeWorksheet {
    const find = (t: FakeSheet) => {
      const list = this.core.sheets.filter((s) => s === t || !visibleOnly || s.visibility === "Visible");
      return list[list.indexOf(t) + 1] ?? MISSING;
    };
    return this.child(FakeWorksheet, step, find, orNull);
  }
  /** The whole sheet when `text` is "" (as getRange() in office.js). */
  getRange(text = ""): FakeRange {
    return this.range(`getRange(${JSON.stringify(text)})`, () => parseArea(text.replace(/^.*!/, "")));
  }
  getCell(row: number, col: number): FakeRange {
    return this.range(`getCell(${row},${col})`, () => ({
      top: row + 1,
      left: col + 1,
      bottom: row + 1,
      right: col + 1,
    }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const area = { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    return this.range(`getRangeByIndexes(${row},${col},${rows},${cols})`, () => area);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    const a1 = { top: 1, left: 1, bottom: 1, right: 1 };
    return this.range(`getUsedRange(${valuesOnly})`, (t) => t.used(valuesOnly) ?? a1);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (t) => t.used(valuesOnly) ?? MISSING, true);
  }
  private range(step: string, area: (t: FakeSheet) => Area | null | typeof MISSING, orNull = false): FakeRange {
    const find = (t: FakeSheet) => {
      const a = area(t);
      if (a === null) throw new FakeOfficeError("InvalidArgument", "The argument is invalid.", `${this.path}.${step}`);
      return a === MISSING ? MISSING : { sheet: t, area: a };
    };
    return this.child(FakeRange, step, find, orNull);
  }
}
properties(FakeWorksheet, {
  name: (t) => t.name,
  visibility: (t) => t.visibility,
  position: (t, { core }) => core.sheets.indexOf(t),
});

/** Excel's rules for a sheet name (written out here, not taken from the adapter, which they check). */
function excelTakes(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

class FakeWorksheets extends ClientObject<FakeSheet[]> {
  private loadedItems: FakeWorksheet[] | null = null;
  /** Loads properties of every sheet: "items/name, items/visibility" (or "name, visibility"). */
  override load(spec: string | readonly string[] = []): this {
    const props = propsOf(spec).map((p) => p.replace(/^items\//, ""));
    this.core.queue.push({
      op: { kind: "load", path: this.path, props: props.map((p) => `items/${p}`) },
      run: (loaded) => {
        this.loadedItems = this.core.sheets.map((s, i) => {
          const item = new FakeWorksheet(this.core, `${this.path}.items[${i}]`, () => s);
          item.read(props, loaded);
          return item;
        });
      },
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items", this.path);
    return this.loadedItems;
  }
  /** worksheets.onChanged: the handler is registered at the next sync; `remove()` queues its removal. */
  get onChanged(): { add(handler: (args: FakeChangedEvent) => unknown): { remove(): void } } {
    const core = this.core;
    return {
      add(handler) {
        core.queue.push({
          op: { kind: "call", path: "worksheets.onChanged", method: "add", args: [] },
          run: () => void core.changeHandlers.add(handler),
        });
        return {
          remove() {
            core.queue.push({
              op: { kind: "call", path: "worksheets.onChanged", method: "remove", args: [] },
              run: () => void core.changeHandlers.delete(handler),
            });
          },
        };
      },
    };
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    const first = () => this.core.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
    return this.item(`getFirst(${visibleOnly})`, first, false);
  }
  getItem(name: string): FakeWorksheet {
    return this.item(`getItem(${JSON.stringify(name)})`, () => this.core.sheet(name), false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.item(`getItemOrNullObject(${JSON.stringify(name)})`, () => this.core.sheet(name), true);
  }
  /** Adds a visible sheet after the last; without a name, "Sheet<n>" as Excel names it. */
  add(name?: string): FakeWorksheet {
    let n = this.core.sheets.length + 1;
    while (name === undefined && this.core.sheet(`Sheet${n}`)) n++;
    const named = name ?? `Sheet${n}`;
    this.queue("add", [named], () => {
      if (!excelTakes(named))
        throw new FakeOfficeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          this.path,
        );
      if (this.core.sheet(named))
        throw new FakeOfficeError("ItemAlreadyExists", "The resource being created already exists.", this.path);
      if (this.core.structureProtected) throw accessDenied(this.path);
      this.core.sheets.push(new FakeSheet(named, "Visible", false));
    });
    return this.getItem(named);
  }
  private item(step: string, find: () => FakeSheet | undefined, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.core, `${this.path}.${step}`, () => find() ?? MISSING, orNull);
  }
}

class FakeApplication {
  constructor(private readonly core: Core) {}
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync");
  }
  private call(method: string): void {
    this.core.queue.push({ op: { kind: "call", path: "application", method, args: [] }, run: () => {} });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The fake

export interface FakeExcel {
  /** Pass this where an Excel.RequestContext is expected. */
  readonly context: Excel.RequestContext;
  /** Like Excel.run: calls `batch` with the context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly syncs: readonly SyncRecord[];
  readonly syncCount: number;
  /** Largest request and response of a sync, in JSON characters; Infinity for none. */
  payloadLimit: number;
  /** While true, every sync fails with "InvalidOperationInCellEditMode". */
  editMode: boolean;
  /** Makes a sync fail with this error code: the next one, or the one `after` syncs later. */
  failNextSync(code: string, after?: number): void;
  /** A sheet as it stands, for assertions (and for changes "by the user" between syncs). */
  sheet(name: string): FakeSheet;
  readonly sheets: readonly FakeSheet[];
  /** Indexes of the syncs that suspended calculation. */
  suspendedSyncs(): number[];
  /** The sheet shown and the range selected. */
  readonly activeSheet: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  /** The user types a value into a cell: the cell changes and onChanged fires (triggerSource "Unknown"). */
  userEdit(sheet: string, a1: string, value: CellValue): void;
  /** How many onChanged handlers are registered. */
  readonly changeHandlerCount: number;
  /** The workbook's structure is protected (审阅 → 保护工作簿): sheets can be neither added nor deleted. */
  workbookProtected: boolean;
  /** The Excel tables of the workbook, as they stand. */
  readonly tables: readonly FakeTableRecord[];
  /** Excel.createWorkbook: opens a new workbook from a Base64-encoded .xlsx (recorded in createdWorkbooks). */
  createWorkbook(base64?: string): Promise<void>;
  readonly createdWorkbooks: readonly string[];
  /** When set, createWorkbook rejects with this error code (e.g. "ApiNotFound" on an Excel before 1.8). */
  createWorkbookFails: string | null;
}

export function createFakeExcel(sheets: readonly FakeSheetInit[], options: FakeOptions = {}): FakeExcel {
  const core = new Core();
  core.payloadLimit = options.payloadLimit ?? Infinity;
  for (const init of sheets) {
    const sheet = new FakeSheet(init.name, init.visibility ?? "Visible", init.protected ?? false);
    const [top, left] = [init.top ?? 1, init.left ?? 1];
    init.values?.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== "" && sheet.put(top + r, left + c, { value: v })),
    );
    init.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => f && f !== "General" && sheet.put(top + r, left + c, { numberFormat: f })),
    );
    for (const [a1, formula] of Object.entries(init.formulas ?? {})) {
      const at = parseAddress(a1);
      if (at) sheet.put(at.row, at.col, { formula });
    }
    sheet.merges = (init.merges ?? []).map((m) => (typeof m === "string" ? parseArea(m)! : { ...m }));
    core.sheets.push(sheet);
    for (const table of init.tables ?? [])
      addTable(core, sheet, parseArea(table.address)!, "init", ++core.tableCount, table.name);
  }
  core.calculate = options.calculate ?? null;
  core.recalculate();
  const created: string[] = [];
  const application = new FakeApplication(core);
  const worksheets = new FakeWorksheets(core, "worksheets", () => core.sheets);
  const tables = new FakeTables(core, "tables", () => ({ sheet: null }));
  const protection = new FakeWorkbookProtection(core, "protection", () => core);
  const context = {
    workbook: { worksheets, application, tables, protection },
    application,
    sync: () => core.sync(),
    trackedObjects: { add() {}, remove() {} },
  } as unknown as Excel.RequestContext;
  const isSuspend = (op: FakeOp) => op.kind === "call" && op.method === "suspendApiCalculationUntilNextSync";
  return {
    context,
    run: (batch) => batch(context),
    get syncs() {
      return core.syncs;
    },
    get syncCount() {
      return core.syncs.length;
    },
    get payloadLimit() {
      return core.payloadLimit;
    },
    set payloadLimit(limit: number) {
      core.payloadLimit = limit;
    },
    get editMode() {
      return core.editMode;
    },
    set editMode(on: boolean) {
      core.editMode = on;
    },
    failNextSync: (code, after = 0) => void core.failures.set(core.syncs.length + after, code),
    sheet: (name) => {
      const sheet = core.sheet(name);
      if (!sheet) throw new Error(`fake-excel: no sheet ${name}`);
      return sheet;
    },
    get sheets() {
      return core.sheets;
    },
    suspendedSyncs: () => core.syncs.flatMap((s, i) => (s.ops.some(isSuspend) ? [i] : [])),
    get activeSheet() {
      return core.active;
    },
    get selection() {
      return core.selection;
    },
    userEdit(name, a1, value) {
      const sheet = core.sheet(name);
      const at = parseAddress(a1);
      if (!sheet || !at) throw new Error(`fake-excel: no cell ${name}!${a1}`);
      sheet.put(at.row, at.col, { value: value ?? "", formula: null });
      core.recalculate();
      core.fire([sheet.name], "Unknown");
    },
    get changeHandlerCount() {
      return core.changeHandlers.size;
    },
    get workbookProtected() {
      return core.structureProtected;
    },
    set workbookProtected(on: boolean) {
      core.structureProtected = on;
    },
    get tables() {
      return core.tables;
    },
    createWorkbook(base64?: string) {
      const code = this.createWorkbookFails;
      if (code) return Promise.reject(new FakeOfficeError(code));
      created.push(base64 ?? "");
      return Promise.resolve();
    },
    get createdWorkbooks() {
      return created;
    },
    createWorkbookFails: null,
  };
}

/** The fake's sheets for a snapshot (the workbook as the .xlsx adapter read it). */
export function sheetsFromSnapshot(snapshot: WorkbookSnapshot): FakeSheetInit[] {
  return snapshot.sheets.map((s) => {
    const area = { top: s.top, left: s.left, bottom: s.bottom, right: s.right };
    const numberFormats = gridOf(s, area).map((row, i) => row.map((_, j) => formatAt(s, area.top + i, area.left + j)));
    return {
      name: s.name,
      visibility: s.visible ? "Visible" : "Hidden",
      protected: s.protected,
      top: s.top,
      left: s.left,
      values: gridOf(s, area),
      numberFormats,
      merges: s.merges,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Office.context.document.settings

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  /** What the last successful saveAsync stored in the document. */
  readonly saved: Readonly<Record<string, unknown>>;
  readonly saveCount: number;
  /** When set, saveAsync fails with this message. */
  failSave: string | null;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** A settings store holding `initial`, as saved in the document. Values are stored as JSON, as Office does. */
export function createFakeSettings(initial: Record<string, unknown> = {}): FakeSettings {
  const values = clone(initial);
  let saved = clone(initial);
  let saveCount = 0;
  return {
    get: (name) => clone(values[name]) ?? null,
    set: (name, value) => void (values[name] = clone(value)),
    remove: (name) => void delete values[name],
    saveAsync(callback) {
      queueMicrotask(() => {
        const failure = this.failSave;
        if (!failure) {
          saved = clone(values);
          saveCount++;
        }
        callback?.({
          status: failure ? "failed" : "succeeded",
          value: undefined,
          error: failure ? { code: 5001, message: failure, name: "Internal Error" } : undefined,
          asyncContext: undefined,
        } as unknown as Office.AsyncResult<void>);
      });
    },
    get saved() {
      return saved;
    },
    get saveCount() {
      return saveCount;
    },
    failSave: null,
  };
}

/** A settings store with a snapshot's settings where the office adapter keeps them. */
export function settingsFromSnapshot(snapshot: WorkbookSnapshot): FakeSettings {
  return createFakeSettings({ [SETTINGS_KEY]: { ...snapshot.settings } });
}
