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
 *
 * No Node API is used: the browser tests load this module into a page.
 */
import type { Area, CellValue, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { address, parseAddress } from "../../src/core/model/snapshot";
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
}

/** The part of Excel.WorksheetChangedEventArgs the add-in reads. */
export interface FakeChangedEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetName: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes. */
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  readonly source: "Local";
}

export interface FakeOptions {
  /** Largest request and response of one sync, in JSON characters (Excel on the web: 5 MB); default none. */
  readonly payloadLimit?: number;
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
  merges: Area[] = [];
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
  /** Excel's used range: cells with a value or formula, and unless valuesOnly also formatted ones. */
  used(valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [r, cells] of this.rows)
      for (const [c, cell] of cells) {
        const formatted = cell.numberFormat !== "General" || cell.wrap !== undefined;
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

class Core {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
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

class FakeRangeFormat extends ClientObject<RangeTarget> {
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

class FakeRange extends ClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | null = null;
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

class FakeWorksheet extends ClientObject<FakeSheet> {
  private protectionProxy: FakeProtection | null = null;
  /** A navigation property: the same proxy every time, as in office.js. */
  get protection(): FakeProtection {
    return (this.protectionProxy ??= this.child(FakeProtection, "protection", (t) => t));
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
      this.core.sheets.splice(this.core.sheets.indexOf(t), 1);
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
  }
  const application = new FakeApplication(core);
  const worksheets = new FakeWorksheets(core, "worksheets", () => core.sheets);
  const context = {
    workbook: { worksheets, application },
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
      core.fire([sheet.name], "Unknown");
    },
    get changeHandlerCount() {
      return core.changeHandlers.size;
    },
  };
}

/** The fake's sheets for a snapshot (the workbook as the .xlsx adapter read it). */
export function sheetsFromSnapshot(snapshot: WorkbookSnapshot): FakeSheetInit[] {
  return snapshot.sheets.map((s) => ({
    name: s.name,
    visibility: s.visible ? "Visible" : "Hidden",
    protected: s.protected,
    top: s.top,
    left: s.left,
    values: s.values,
    numberFormats: s.numberFormats,
    merges: s.merges,
  }));
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
