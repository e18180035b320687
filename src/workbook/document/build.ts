/**
 * A document's blocks as the snapshot the model reader reads (src/core/model): the report sheet — one paragraph a
 * row in column A, its name 自评报告 or 评价报告 by what the document calls itself — and one sheet per table, its
 * cells as text on the table's grid with Word's merges as merged areas (text in the top-left cell). A table's
 * sheet is named by its caption (“附件：2022年度部门整体支出绩效自评表”) or 表1, 表2 …, and starts with the
 * caption lines above the table (title, “单位：万元”), as a worksheet would, so the model finds its unit; those
 * lines are paragraphs of the report too, the table's rows are not.
 */
import { parseHeading } from "../../core/checks/report/headings";
import { detectOutline } from "../../core/narrative/compose";
import { sheetOf, type Area, type SheetSnapshot, type SnapshotRow } from "../../core/model/snapshot";
import { DocumentLimitError } from "./errors";
import { DocumentPlaces, type DocumentPlace } from "./places";
import type { Block, DocumentLimits, ParagraphBlock, TableBlock, TableCellBlock } from "./types";
import type { WorkbookSnapshot } from "../../core/model/snapshot";

export type ReportSheetName = "自评报告" | "评价报告";

const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;
const isBlank = (b: Block): boolean => b.kind === "paragraph" && BLANK.test(b.text);

/** A one-column table (a frame around text, a boxed list) is text: its cells' lines become paragraphs. */
function unwrapOneColumn(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === "table" && b.rows.every((r) => r.length <= 1 && r.every((c) => c.colSpan === 1))) {
      for (const row of b.rows)
        for (const cell of row)
          for (const line of cell.text.split("\n")) out.push({ kind: "paragraph", text: line, page: b.page });
    } else out.push(b);
  }
  return out;
}

/** Tables separated only by empty paragraphs (Word's way of restarting a header) are one table. */
function joinTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "table") {
      out.push(b);
      continue;
    }
    const rows = [...b.rows];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < blocks.length && isBlank(blocks[k]!)) k++;
      const next = blocks[k];
      if (!next || next.kind !== "table") break;
      rows.push(...next.rows);
      j = k + 1;
    }
    out.push({ kind: "table", rows, page: b.page });
    i = j - 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Title and outline

const TITLE_END = /[。：:；;，,！？!?]$/;
const TITLE_MAX = 60;
const ATTACHMENT_LABEL = /^附件\s*\d*\s*[：:]?$/;

/** What the document calls itself: its first short lines before any heading, up to the one that says 报告. */
export function titleOf(paragraphs: readonly string[]): string | null {
  const lines: string[] = [];
  for (const raw of paragraphs.slice(0, 4)) {
    const t = raw.trim();
    if (t.length > TITLE_MAX || TITLE_END.test(t) || parseHeading(t)) break;
    if (ATTACHMENT_LABEL.test(t)) continue;
    lines.push(t);
    if (/报告/.test(t)) return lines.join("");
  }
  return null;
}

/** The report sheet's name: what the title says, else the outline its first-level headings follow. */
export function reportSheetName(title: string | null, paragraphs: readonly string[]): ReportSheetName {
  if (title?.includes("评价报告")) return "评价报告";
  if (title?.includes("自评报告")) return "自评报告";
  return detectOutline(paragraphs, null) ?? "自评报告";
}

// ---------------------------------------------------------------------------------------------------------
// Table sheets

/** A line above a table that belongs to it: its title, its unit, its number. */
const CAPTION = /表|附件|附表|单位[：:]/;
const UNIT_LINE = /^[（(]?\s*(?:金额|计量)?单位[：:]/;
const CAPTION_MAX = 80;
const SENTENCE_CLOSE = /[。；;！？!?]$/;
const REPORT_WORDS = /自评报告|评价报告|绩效报告/;
const MAX_SHEET_NAME = 31;

const isCaption = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.length <= CAPTION_MAX && CAPTION.test(t) && !SENTENCE_CLOSE.test(t) && !parseHeading(t);
};

/** A name Excel accepts: none of \ / ? * [ ] :, no apostrophe at either end, at most 31 characters. */
export function sheetNameOf(text: string): string {
  const cleaned = text
    .replace(/:/g, "：")
    .replace(/[\\/?*[\]\u0000-\u001f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return [...cleaned].slice(0, MAX_SHEET_NAME).join("").trim();
}

/** `name`, or with （2）, （3） … when a sheet already has it (Excel compares names without case). */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || candidate.toLowerCase() === "history"; n++) {
    const suffix = `（${n}）`;
    candidate = [...name].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

interface TableSheet {
  readonly table: TableBlock;
  readonly number: number;
  readonly captions: readonly { readonly text: string; readonly paragraph: number; readonly page: number | null }[];
  /** The number of the paragraph the table follows. */
  readonly after: number;
  readonly name: string;
}

function tableRows(sheet: TableSheet): { rows: SnapshotRow[]; merges: Area[]; places: DocumentPlace[] } {
  const rows: SnapshotRow[] = [];
  const places: DocumentPlace[] = [];
  const merges: Area[] = [];
  sheet.captions.forEach((c, i) => {
    rows.push({ row: i + 1, cells: [{ col: 1, value: c.text, format: "General" }] });
    places.push({ sheet: sheet.name, row: i + 1, paragraph: c.paragraph, page: c.page, text: c.text, table: null });
  });
  const top = sheet.captions.length + 1;
  sheet.table.rows.forEach((cells: readonly TableCellBlock[], i) => {
    const row = top + i;
    const listed = cells.filter((c) => c.text !== "");
    if (listed.length > 0)
      rows.push({ row, cells: listed.map((c) => ({ col: c.col, value: c.text, format: "General" })) });
    for (const c of cells)
      if (c.colSpan > 1 || c.rowSpan > 1)
        merges.push({ top: row, left: c.col, bottom: row + c.rowSpan - 1, right: c.col + c.colSpan - 1 });
    if (listed.length > 0)
      places.push({
        sheet: sheet.name,
        row,
        paragraph: sheet.after,
        page: sheet.table.page,
        text: listed.map((c) => c.text).join("\t"),
        table: { number: sheet.number, row: i + 1 },
      });
  });
  return { rows, merges, places };
}

// ---------------------------------------------------------------------------------------------------------
// The snapshot

export interface BuiltDocument {
  readonly title: string | null;
  readonly snapshot: WorkbookSnapshot;
  readonly places: DocumentPlaces;
}

/**
 * The snapshot of a document's blocks. Throws a DocumentLimitError when a paragraph is longer than a cell may
 * hold, or the tables, cells or merges are more than the bounds allow.
 */
export function buildDocument(input: readonly Block[], limits: DocumentLimits): BuiltDocument {
  const blocks = joinTables(unwrapOneColumn(input));
  // Number the paragraphs as a reader counts them; note after which paragraph each table stands.
  const paragraphs: (ParagraphBlock & { number: number })[] = [];
  const tables: { table: TableBlock; after: number; index: number }[] = [];
  const numberOfBlock = new Map<number, number>();
  blocks.forEach((b, index) => {
    if (b.kind === "table") tables.push({ table: b, after: paragraphs.length, index });
    else if (!BLANK.test(b.text)) {
      paragraphs.push({ ...b, number: paragraphs.length + 1 });
      numberOfBlock.set(index, paragraphs.length);
    }
  });
  if (tables.length > limits.sheets) throw new DocumentLimitError("sheets");
  let cells = paragraphs.length;
  for (const p of paragraphs)
    if (p.text.length > limits.textLength) throw new DocumentLimitError("textLength", `第${p.number}段`);

  const texts = paragraphs.map((p) => p.text);
  const title = titleOf(texts);
  const reportName = reportSheetName(title, texts);
  const taken = new Set<string>([reportName.toLowerCase()]);

  // Each table's caption lines: the non-empty paragraphs right above it that read as its title or unit.
  const sheets: TableSheet[] = tables.map(({ table, after, index }, t) => {
    const captions: TableSheet["captions"][number][] = [];
    for (let k = index - 1; k >= 0 && captions.length < 3; k--) {
      const b = blocks[k]!;
      if (b.kind === "table") break;
      if (isBlank(b)) continue;
      if (!isCaption(b.text)) break;
      captions.unshift({ text: b.text.trim(), paragraph: numberOfBlock.get(k)!, page: b.page });
    }
    // The title: not the unit line, nor a bare "附件" above the title (a 公文's attachment head, GB/T 9704), which
    // is kept as the name's prefix instead: "附件：2022年度部门整体支出绩效自评表".
    const label = captions.find((c) => ATTACHMENT_LABEL.test(c.text));
    const titled = captions.find((c) => !UNIT_LINE.test(c.text) && !ATTACHMENT_LABEL.test(c.text));
    const titleText = titled ? (label ? `${label.text.replace(/[：:]$/, "")}：${titled.text}` : titled.text) : "";
    const fromCaption = titleText ? sheetNameOf(titleText) : "";
    const base = fromCaption !== "" && !REPORT_WORDS.test(fromCaption) ? fromCaption : `表${t + 1}`;
    return { table, number: t + 1, captions, after, name: unique(base, taken) };
  });

  const places: DocumentPlace[] = paragraphs.map((p) => ({
    sheet: reportName,
    row: p.number,
    paragraph: p.number,
    page: p.page,
    text: p.text,
    table: null,
  }));
  const report = sheetOf(
    reportName,
    paragraphs.map((p) => ({ row: p.number, cells: [{ col: 1, value: p.text, format: "General" }] })),
  );
  const tableSheets: SheetSnapshot[] = sheets.map((s) => {
    const built = tableRows(s);
    for (const r of built.rows) cells += r.cells.length;
    if (cells > limits.cells) throw new DocumentLimitError("cells");
    if (built.merges.length > limits.merges) throw new DocumentLimitError("merges", s.name);
    for (const r of built.rows)
      for (const c of r.cells)
        if (typeof c.value === "string" && c.value.length > limits.textLength)
          throw new DocumentLimitError("textLength", `${s.name}第${r.row}行`);
    places.push(...built.places);
    return sheetOf(s.name, built.rows, { merges: built.merges });
  });
  if (cells > limits.cells) throw new DocumentLimitError("cells");
  return {
    title,
    snapshot: { sheets: [report, ...tableSheets], settings: {} },
    places: new DocumentPlaces(reportName, places),
  };
}
