/**
 * The report text. A sheet is the report when its name says 自评报告 / 评价报告 / 绩效报告; or, on a sheet
 * without a recognised table, when its first column holds mostly long paragraphs (≥ 10 of ≥ 20 characters), when
 * it is text in one column (the sheets a 决算说明 or a 自评结果 is pasted into, one paragraph a row), or when its
 * first cells say so; never a sheet of instructions for filling in the form ("填表说明", "填报说明").
 * One paragraph per row that holds text (the texts of several cells of a row joined); a cell holding several
 * paragraphs separated by line breaks gives one paragraph per line, each with that cell's ref. Paragraph text is
 * kept as written (leading spaces, NBSP, tabs), so that quotes and headings can be found in it exactly.
 */
import type { SheetView } from "./cells";
import type { SheetScan } from "./locate";
import { compactKey } from "./text";
import type { Report, ReportParagraph } from "./types";

const REPORT_WORDS = /自评报告|评价报告|绩效报告/;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const BLANK_LINE = /^[\s\u200b]*$/;
const MIN_LONG = 10;
/** Text in one column: this many rows at least, two of them paragraphs, and nine cells in ten in that column. */
const MIN_COLUMN_ROWS = 5;
const MIN_COLUMN_LONG = 2;

/** How a sheet qualifies as the report, strongest first. */
export const EVIDENCE = ["name", "paragraphs", "column", "title"] as const;
export type Evidence = (typeof EVIDENCE)[number];

/**
 * Whether a sheet is the report: by its name (自评报告 …), by long paragraphs in its first column, by text held in
 * one column with paragraphs among it, or by its first cells (a title "…自评报告" on a sheet without tables, which
 * may be a cover page: the weakest evidence).
 */
export function reportEvidence(scan: SheetScan, hasTable: boolean): Evidence | null {
  if (REPORT_WORDS.test(scan.view.name)) return "name";
  if (hasTable || isInstructions(scan)) return null;
  const long = scan.longInFirstColumn;
  if (long >= MIN_LONG && long * 2 >= scan.filledInFirstColumn) return "paragraphs";
  const first = scan.filledInFirstColumn;
  if (long >= MIN_COLUMN_LONG && first >= MIN_COLUMN_ROWS && first * 10 >= scan.filled * 9) return "column";
  return scan.titles.some((t) => REPORT_WORDS.test(t.text)) ? "title" : null;
}

/** Instructions for filling in the form (a 说明 sheet beside the tables): a text in one column, but no report. */
const INSTRUCTIONS = /^(?:填表说明|填报说明|填写说明|使用说明)/;

function isInstructions(scan: SheetScan): boolean {
  const first = scan.titles[0];
  return first !== undefined && INSTRUCTIONS.test(compactKey(first.text.slice(0, 20)));
}

/** The paragraphs of a report sheet, rows inside `skip` (its tables, if any) left out. */
export function readReport(
  view: SheetView,
  skip: readonly { readonly top: number; readonly bottom: number }[],
): Report {
  const paragraphs: ReportParagraph[] = [];
  for (const { row: r, cells } of view.rows) {
    if (skip.some((s) => r >= s.top && r <= s.bottom)) continue;
    let text = "";
    let col = 0;
    let parts = 0;
    for (const cell of cells) {
      const v = cell.value;
      if (v === null) continue;
      const c = cell.col;
      const s = typeof v === "string" ? v : typeof v === "number" ? String(v) : v ? "TRUE" : "FALSE";
      if (BLANK_LINE.test(s)) continue;
      if (col === 0) col = c;
      text += s;
      parts++;
    }
    if (col === 0) continue;
    const ref = view.ref(r, col);
    if (!LINE_BREAK.test(text)) {
      paragraphs.push(parts === 1 ? { text, ref, whole: true } : { text, ref });
      continue;
    }
    for (const line of text.split(LINE_BREAK)) if (!BLANK_LINE.test(line)) paragraphs.push({ text: line, ref });
  }
  return { sheet: view.name, paragraphs };
}
