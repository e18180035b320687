/**
 * A DocTable as Word tables: cells spanning columns (w:gridSpan) and rows (w:vMerge), fixed column widths from
 * the table's relative widths, single borders, 仿宋 五号, rows kept whole on a page. Word repeats only the header
 * rows at the top of a table, so a table whose rows have a second header further down (the 绩效自评表: the funds
 * block, then the indicators under their own header) is written as one Word table per part, each repeating its
 * own header where it breaks across pages, joined by a paragraph 1 pt high without a border between them.
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
import { STYLE } from "./word-format";
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

function wordTable(rows: readonly Row[], grid: readonly number[], first: boolean): Table {
  const spans = clampRowSpans(rows);
  const leadingHeaders = rows.findIndex((r) => !isHeaderRow(r));
  const headerCount = leadingHeaders === -1 ? rows.length : leadingHeaders;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...grid],
    alignment: AlignmentType.CENTER,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
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
                    children: textRuns(c.text, c.header ? { bold: true } : {}),
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
  const grid = columnWidths(table.widths, table.columns, width);
  const out: (Table | Paragraph)[] = [];
  tableParts(table.rows).forEach((part, i) => {
    if (i > 0) out.push(joint());
    out.push(wordTable(part, grid, i === 0));
  });
  return out;
}
