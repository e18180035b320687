/**
 * One worksheet part of an .xlsx file read into the snapshot's sparse sheet, while it inflates: only the cells
 * that hold something are kept, so the cost grows with them and never with the area between them (a value at
 * XFD1048576 costs one cell). Merged areas stay areas. Values as snapshot.ts says: shared and inline strings
 * (rich text joined, phonetic guides left out), numbers, booleans, errors as their text ("#VALUE!"), `t="d"`
 * dates as serial numbers of the workbook's date system, a formula as its cached result, and a formula whose
 * file holds no result as `uncomputed`. Cells whose `r` is left out follow the previous one, as Excel reads them.
 */
import {
  MAX_COL,
  MAX_ROW,
  columnName,
  sheetOf,
  type Area,
  type CellValue,
  type SheetSnapshot,
  type SnapshotCell,
  type SnapshotRow,
} from "../core/model/snapshot";
import { sortMerges } from "./common";
import { LimitError, type InflateBudget } from "./limits";
import { unescapeXstring } from "./xlsx-shared-strings";
import type { CellFormats } from "./xlsx-styles";
import { parsePart } from "./xlsx-stream";
import type { Tag } from "./xml-tokens";
import { XmlPatchError } from "./xlsx-patch-xml";
import type { ZipArchive } from "./zip";

/** What the reader of a sheet needs from the rest of the workbook. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: CellFormats;
  readonly date1904: boolean;
  /** Cells read so far in the whole workbook, against the bound. */
  readonly cells: { count: number };
}

export interface SheetRead {
  readonly snapshot: SheetSnapshot;
  /** The formula of each cell that holds one (computed or not), by cellKey: for the writes, which never
   *  overwrite a formula. */
  readonly formulas: ReadonlyMap<number, string>;
}

/** A cell's key in `formulas`. */
export const cellKey = (row: number, col: number): number => row * (MAX_COL + 1) + col;

/** "AB12" → row 12, column 28; null when it is not a cell reference inside the sheet. */
function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (i >= 3) return null;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return null;
  return { row, col };
}

function parseArea(ref: string): Area | null {
  const [a, b = a] = ref.split(":");
  const from = parseRef(a!.replace(/\$/g, ""));
  const to = parseRef(b!.replace(/\$/g, ""));
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const MS_PER_DAY = 86_400_000;

/** An ISO 8601 date of a `t="d"` cell as the serial number Excel gives it (1900 or 1904 system). */
function serialOfIso(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const ms = Date.UTC(
    +m[1]!,
    +m[2]! - 1,
    +m[3]!,
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
    Math.round(+(m[7] ?? 0) * 1000),
  );
  if (!Number.isFinite(ms)) return null;
  const serial = ms / MS_PER_DAY + (date1904 ? 24107 : 25569);
  // The 1900 system counts 29 February 1900, which never was: dates before 1 March 1900 are one day less.
  return !date1904 && serial < 61 ? serial - 1 : serial;
}

/** The value of a finished `<c>` element. */
function valueOf(type: string, v: string | null, inline: string | null, ctx: SheetContext, sheet: string): CellValue {
  switch (type) {
    case "s": {
      if (v === null) return null;
      const s = ctx.strings[Number(v)];
      if (s === undefined) throw new XmlPatchError(`${sheet}: shared string ${v} is missing`);
      return s === "" ? null : s;
    }
    case "inlineStr":
      return inline === null || inline === "" ? (v === null || v === "" ? null : v) : unescapeXstring(inline);
    case "str":
      return v === null || v === "" ? null : v;
    case "b":
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null || v.trim() === "" ? null : v.trim();
    case "d": {
      if (v === null || v.trim() === "") return null;
      return serialOfIso(v, ctx.date1904) ?? v;
    }
    default: {
      if (inline !== null && v === null) return inline === "" ? null : unescapeXstring(inline);
      if (v === null) return null;
      const t = v.trim();
      if (t === "") return null;
      const n = Number(t);
      // A number the file cannot hold (1e400, "abc") stays as its text: the figure reader reports it at its cell.
      return Number.isFinite(n) ? n : t;
    }
  }
}

type Collecting = "none" | "v" | "f" | "t";

const REFERENCE = /("[^"]*")|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g;

/** A shared formula as it reads in a cell `dr` rows and `dc` columns from the cell that states it: relative
 *  references moved, absolute ones ($A$1) and texts in quotes left as they are ("A5*2" two rows down: "A7*2"). */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula.replace(
    REFERENCE,
    (all, text: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string, at: number) => {
      if (text !== undefined) return all;
      const before = formula.charCodeAt(at - 1);
      // Part of a name (SUM, LOG10, Sheet1): a letter, a digit, an underscore or a dot before it.
      if (at > 0 && /[\w.]/.test(String.fromCharCode(before))) return all;
      let col = 0;
      for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
      const c = colAbs ? col : col + dc;
      const r = rowAbs ? Number(digits) : Number(digits) + dr;
      if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return "#REF!";
      return `${colAbs}${columnName(c)}${rowAbs}${r}`;
    },
  );
}

/**
 * Reads a worksheet part. Throws a LimitError (a bound reached), an XmlPatchError (the part is damaged: a cell
 * outside the sheet, a shared string that does not exist) or an XmlSyntaxError (the XML is not well formed).
 */
export function readSheetPart(
  archive: ZipArchive,
  part: string,
  budget: InflateBudget,
  sheet: { readonly name: string; readonly visible: boolean },
  ctx: SheetContext,
): SheetRead {
  const { limits } = budget;
  const rows: SnapshotRow[] = [];
  const merges: Area[] = [];
  const formulas = new Map<number, string>();
  let isProtected = false;
  let inData = false;

  let row = 0;
  let cells: SnapshotCell[] = [];
  let col = 0;
  // The cell being read.
  let cellRow = 0;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let formula = "";
  /** The shared formula a cell takes (its si), and the formulas shared, by si, with the cell that states them. */
  let sharedIndex: string | null = null;
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let v: string | null = null;
  let inline: string | null = null;
  let inInline = false;
  let phonetic = 0;
  let collecting: Collecting = "none";

  const where = (r: number, c: number) => `工作表“${sheet.name}”第 ${r} 行第 ${c} 列`;
  const flushRow = () => {
    if (cells.length > 0) rows.push({ row, cells });
    cells = [];
  };

  const openTag = (name: string, tag: Tag) => {
    switch (name) {
      case "sheetData":
        inData = true;
        return;
      case "row": {
        if (!inData) return;
        flushRow();
        const at = tag.attr("r");
        const r = at === undefined ? row + 1 : Number(at);
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new XmlPatchError(`${sheet.name}: row ${at}`);
        row = r;
        col = 0;
        return;
      }
      case "c": {
        if (!inData) return;
        const at = tag.attr("r");
        if (at !== undefined) {
          const ref = parseRef(at);
          if (!ref) throw new XmlPatchError(`${sheet.name}: cell ${at}`);
          if (ref.row !== row) {
            // A cell of another row than its <row> says: read it where it says it is.
            flushRow();
            row = ref.row;
          }
          col = ref.col;
        } else {
          col++;
          if (col > MAX_COL || row < 1) throw new XmlPatchError(`${sheet.name}: cell past column XFD`);
        }
        cellRow = row;
        type = tag.attr("t") ?? "n";
        const s = tag.attr("s");
        style = s === undefined ? 0 : Number(s);
        hasFormula = false;
        formula = "";
        sharedIndex = null;
        v = null;
        inline = null;
        inInline = false;
        phonetic = 0;
        return;
      }
      case "f":
        if (!inData) return;
        hasFormula = true;
        sharedIndex = tag.attr("t") === "shared" ? (tag.attr("si") ?? null) : null;
        collecting = "f";
        return;
      case "v":
        if (!inData) return;
        v = "";
        collecting = "v";
        return;
      case "is":
        if (!inData) return;
        inInline = true;
        inline = "";
        return;
      case "rPh":
        if (inInline) phonetic++;
        return;
      case "t":
        if (inInline && phonetic === 0) collecting = "t";
        return;
      case "mergeCell": {
        const ref = tag.attr("ref");
        const area = ref === undefined ? null : parseArea(ref);
        if (!area) return; // a damaged merge is no merge
        if (merges.length >= limits.merges) throw new LimitError("merges", sheet.name);
        merges.push(area);
        return;
      }
      case "sheetProtection": {
        const on = tag.attr("sheet");
        isProtected = on === "1" || on === "true";
        return;
      }
    }
  };

  const closeTag = (name: string) => {
    switch (name) {
      case "f":
      case "v":
      case "t":
        collecting = "none";
        return;
      case "rPh":
        if (inInline) phonetic--;
        return;
      case "is":
        inInline = false;
        return;
      case "sheetData":
        flushRow();
        inData = false;
        return;
      case "c": {
        if (!inData) return;
        const value = valueOf(type, v, inline, ctx, sheet.name);
        if (typeof value === "string" && value.length > limits.textLength)
          throw new LimitError("textLength", where(cellRow, col));
        let text = "";
        if (hasFormula) {
          let own = formula.trim();
          if (sharedIndex !== null) {
            const master = shared.get(sharedIndex);
            if (own !== "") shared.set(sharedIndex, { formula: own, row: cellRow, col });
            else if (master) own = shiftFormula(master.formula, cellRow - master.row, col - master.col);
          }
          text = `=${own || "…"}`;
          formulas.set(cellKey(cellRow, col), text);
        }
        const uncomputed = hasFormula && v === null && inline === null;
        if ((value === null || value === "") && !uncomputed) return;
        if (++ctx.cells.count > limits.cells) throw new LimitError("cells", sheet.name);
        const format = ctx.formats.of(style);
        cells.push(uncomputed ? { col, value: null, format, uncomputed: text } : { col, value, format });
        return;
      }
    }
  };

  parsePart(archive, part, budget, {
    open: openTag,
    close: closeTag,
    text(t) {
      if (collecting === "none") return;
      if (collecting === "v") v += t;
      else if (collecting === "f") formula += t;
      else inline += t;
      const length = collecting === "v" ? v!.length : collecting === "f" ? formula.length : inline!.length;
      if (length > limits.textLength) throw new LimitError("textLength", where(cellRow, col));
    },
  });
  flushRow();
  const snapshot = sheetOf(sheet.name, rows, {
    merges: sortMerges(merges),
    protected: isProtected,
    visible: sheet.visible,
  });
  return { snapshot, formulas };
}
