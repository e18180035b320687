/**
 * A DocTable as Word tables: cells spanning columns (w:gridSpan) and rows (w:vMerge), fixed column widths from
 * the table's relative widths, single borders, 仿宋 五号, rows kept whole on a page. Word repeats only the header
 * rows at the top of a table, so a table whose rows have a second header further down (the 绩效自评表: the funds
 * block, then the indicators under their own header) is written as one Word table per part, each repeating its
 * own header where it breaks across pages, joined by a paragraph 1 pt high without a border between them.
 *
 * Columns whose texts must stay on one line (the 一级 and 二级 指标 names: DocTable.oneLine) are widened to hold the
 * longest at the table's font size, the width taken from the other columns down to what their headers and figures
 * need; where the page cannot give enough, those cells are set smaller (down to 六号) rather than broken.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { DocTable, DocTableCell } from "../core/narrative/types";
import { PT, STYLE } from "./word-format";
import { textRuns } from "./word-text";

type Row = readonly DocTableCell[];

/** The rows cut where a header row follows a body row: each part starts with its header rows, if any. */
export function tableParts(rows: readonly Row[]): Row[][] {
  const parts: Row[][] = [];
  let current: Row[] = [];
  let inBody = false;
  for (const row of rows) {
    const header = isHeaderRow(row);
    if (header && inBody) {
      parts.push(current);
      current = [];
      inBody = false;
    }
    if (!header) inBody = true;
    current.push(row);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

const isHeaderRow = (row: Row): boolean => row.length > 0 && row.every((c) => c.header === true);

/** Column widths in twips that add up to `total`, in proportion to `widths`. */
export function columnWidths(widths: readonly number[], columns: number, total: number): number[] {
  const w = Array.from({ length: columns }, (_, i) => {
    const v = widths[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : 1;
  });
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((v) => Math.floor((v / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Widths: what a text needs on one line

/** The table's font size (五号), in points. */
const TABLE_PT = PT.五号;
/** The smallest size a one-line cell is set in where the page cannot give its column the width (六号). */
const SMALLEST_PT = 7.5;
/** Cell margins, left and right (twips), as the tables are written below. */
const CELL_MARGIN = 40;
/** The longest header kept on one line, in characters. */
const HEADER_CHARACTERS = 6;
/** What a line needs beyond its characters (twips): the two margins, the borders (½ pt) and 1 pt to spare. */
const SPARE = 2 * CELL_MARGIN + 40;

/** Characters a full em wide in a Chinese font: Han, kana, hangul, full-width forms, CJK punctuation, and the
 *  quotation marks, dashes and ellipsis Chinese fonts set full width. */
function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000 ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x2265 ||
    c === 0x2264
  );
}

/** Twips a text needs on one line at `pt` points (its longest line, where it has line breaks): a wide character an
 *  em, any other (figures, Latin letters, half-width signs) 0.55 em. Without the cell's margins. */
export function textTwips(text: string, pt = TABLE_PT): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let ems = 0;
    for (const ch of line) ems += isWide(ch) ? 1 : 0.55;
    widest = Math.max(widest, ems);
  }
  return Math.ceil(widest * pt * 20);
}

/**
 * A header of more than six characters too long for its cell's width, in two lines broken where the words part
 * rather than where the width ends: before 及, 和, 与 or a bracket nearest the middle ("偏差原因分析\n及改进措施"),
 * else in the middle. A shorter header (its column is kept wide enough for it), one that fits, or one with line
 * breaks of its own, as it is.
 */
export function headerLines(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= HEADER_CHARACTERS || /[\r\n]/.test(text)) return text;
  if (textTwips(text) + 2 * CELL_MARGIN + 20 <= width) return text;
  const middle = chars.length / 2;
  let best = Math.ceil(middle);
  let bestDistance = Infinity;
  chars.forEach((ch, i) => {
    if (i < 2 || i > chars.length - 2 || !/[及和与（(]/.test(ch)) return;
    const distance = Math.abs(i - middle);
    if (distance < bestDistance && distance <= chars.length / 4) {
      best = i;
      bestDistance = distance;
    }
  });
  return `${chars.slice(0, best).join("")}\n${chars.slice(best).join("")}`;
}

/** Each cell with the grid column it starts at, cells spanning down from rows above accounted for. */
export function placed(rows: readonly Row[], columns: number): { cell: DocTableCell; col: number }[] {
  const out: { cell: DocTableCell; col: number }[] = [];
  const busyUntil: number[] = new Array<number>(columns).fill(0); // row index up to which a column is taken
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (col < columns && busyUntil[col]! > r) col++;
      if (col >= columns) break;
      out.push({ cell, col });
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, columns - col));
      const down = Math.max(1, cell.rowSpan ?? 1);
      for (let k = col; k < col + span; k++) busyUntil[k] = r + down;
      col += span;
    }
  });
  return out;
}

export interface TableLayout {
  /** Column widths in twips, adding up to the table's width. */
  readonly grid: readonly number[];
  /** The size (half-points) of the one-line columns' cells where they had to be set smaller; null at 五号. */
  readonly oneLineSize: number | null;
}

/**
 * The widths of the table's columns on a line of `total` twips: the relative widths, then the one-line columns
 * widened to their longest text. The width is taken from the other columns, first from what each has beyond all
 * its own texts on one line, then from what it has beyond its floor (its header on one line, its figures unbroken,
 * two characters at least), each in proportion to what it can give. Where that is not enough, the one-line columns
 * take what there is and their cells are set smaller to fit.
 */
export function tableLayout(table: DocTable, total: number): TableLayout {
  const n = table.columns;
  const grid = columnWidths(table.widths, n, total);
  const oneLine = new Set((table.oneLine ?? []).filter((c) => c >= 0 && c < n));
  if (oneLine.size === 0) return { grid, oneLineSize: null };
  const need = grid.map(() => 0);
  const floor = grid.map(() => 2 * TABLE_PT * 20 + SPARE);
  const unbroken = [...floor];
  for (const { cell, col } of placed(table.rows, n)) {
    const span = Math.max(1, Math.min(cell.colSpan ?? 1, n - col));
    const width = textTwips(cell.text) + SPARE;
    if (span === 1 && oneLine.has(col)) need[col] = Math.max(need[col]!, width);
    else if (cell.header || ![...cell.text].some(isWide)) {
      // Figures never break, nor headers of up to six characters (a longer one, 偏差原因分析及改进措施, may take
      // two lines): their columns keep what they need, a spanning cell sharing it out.
      const keep = cell.header ? Math.min(width, textTwips("一".repeat(HEADER_CHARACTERS)) + SPARE) : width;
      for (let k = col; k < col + span; k++) floor[k] = Math.max(floor[k]!, Math.ceil(keep / span));
    }
    if (span === 1) unbroken[col] = Math.max(unbroken[col]!, width);
  }
  const out = [...grid];
  let deficit = 0;
  for (const c of oneLine) deficit += Math.max(0, need[c]! - out[c]!);
  if (deficit === 0) return { grid, oneLineSize: null };
  let given = 0;
  for (const keep of [unbroken.map((u, c) => Math.max(u, floor[c]!)), floor]) {
    const want = deficit - given;
    if (want <= 0) break;
    const slack = out.map((w, c) => (oneLine.has(c) ? 0 : Math.max(0, w - keep[c]!)));
    const available = slack.reduce((a, b) => a + b, 0);
    if (available === 0) continue;
    const take = Math.min(want, available);
    // In proportion to what each can give; the twips lost to rounding from the one that can give most.
    const taken = slack.map((d) => Math.floor((d * take) / available));
    taken[slack.indexOf(Math.max(...slack))]! += take - taken.reduce((a, b) => a + b, 0);
    taken.forEach((t, c) => (out[c]! -= t));
    given += take;
  }
  // What was taken goes to the one-line columns by what each lacks.
  const lacking = [...oneLine].map((c) => Math.max(0, need[c]! - out[c]!));
  let left = given;
  [...oneLine].forEach((c, i) => {
    const add = i === oneLine.size - 1 ? left : Math.floor((lacking[i]! * given) / deficit);
    out[c]! += add;
    left -= add;
  });
  if (given === deficit) return { grid: out, oneLineSize: null };
  // Not enough width on the page: the one-line cells in a smaller size, so that the longest fits.
  let scale = 1;
  for (const c of oneLine) {
    if (need[c]! > out[c]!) scale = Math.min(scale, (out[c]! - SPARE) / (need[c]! - SPARE));
  }
  const pt = Math.max(SMALLEST_PT, Math.floor(TABLE_PT * scale * 2) / 2);
  return { grid: out, oneLineSize: Math.round(pt * 2) };
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;

/** How many rows a cell may span: never past the end of its part. */
function clampRowSpans(rows: readonly Row[]): number[][] {
  return rows.map((row, r) => row.map((c) => Math.max(1, Math.min(c.rowSpan ?? 1, rows.length - r))));
}

function wordTable(
  rows: readonly Row[],
  grid: readonly number[],
  first: boolean,
  oneLine: { readonly columns: ReadonlySet<number>; readonly size: number | null },
): Table {
  const at = placed(rows, grid.length);
  const columnOf = new Map(at.map((p) => [p.cell, p.col]));
  const spanWidth = (c: DocTableCell): number => {
    const col = columnOf.get(c) ?? 0;
    return grid.slice(col, col + Math.max(1, c.colSpan ?? 1)).reduce((a, b) => a + b, 0);
  };
  const spans = clampRowSpans(rows);
  const leadingHeaders = rows.findIndex((r) => !isHeaderRow(r));
  const headerCount = leadingHeaders === -1 ? rows.length : leadingHeaders;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...grid],
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: {
      top: first ? line : none,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r < headerCount,
          cantSplit: true,
          children: row.map(
            (c, i) =>
              new TableCell({
                ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
                ...(spans[r]![i]! > 1 ? { rowSpan: spans[r]![i]! } : {}),
                verticalAlign: VerticalAlignTable.CENTER,
                children: [
                  new Paragraph({
                    style: STYLE.tableText,
                    alignment: ALIGN[c.align ?? (c.header ? "center" : "left")],
                    children: textRuns(c.header ? headerLines(c.text, spanWidth(c)) : c.text, {
                      ...(c.header ? { bold: true } : {}),
                      ...(oneLine.size !== null && oneLine.columns.has(columnOf.get(c) ?? -1) && !c.header
                        ? { size: oneLine.size }
                        : {}),
                    }),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** A paragraph 1 pt high between two parts of one table. */
function joint(): Paragraph {
  return new Paragraph({
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: 0, firstLineChars: 0 },
    run: { size: 2 },
  });
}

/** The table as Word tables `width` twips wide, parts joined. */
export function docTable(table: DocTable, width: number): (Table | Paragraph)[] {
  const { grid, oneLineSize } = tableLayout(table, width);
  const oneLine = { columns: new Set(table.oneLine ?? []), size: oneLineSize };
  const out: (Table | Paragraph)[] = [];
  tableParts(table.rows).forEach((part, i) => {
    if (i > 0) out.push(joint());
    out.push(wordTable(part, grid, i === 0, oneLine));
  });
  return out;
}
