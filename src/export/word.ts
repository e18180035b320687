/**
 * The report as a Word document (.docx) in the format of official documents (GUIDE §8, GB/T 9704): A4 portrait,
 * title lines in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 at 22 lines a page, headings in 黑体, 楷体_GB2312
 * and the body font, page numbers “— 1 —” in 宋体 四号 on the outer edge (odd pages right, even pages left: Word's
 * different odd and even footers); after the report, on a new page, the 绩效自评表 as its attachment — “附件” at
 * the top left, its title centred, on landscape pages when its columns need the width —, announced under the body
 * (“附件：2022年度部门整体支出绩效自评表”, GB/T 9704 §7.3.4). Runs in the browser as on Node: no Node API, the
 * file comes back as bytes.
 */
import {
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Block, DocTable, HeadingLevel, ReportDocument } from "../core/narrative/types";
import { fontTableXml } from "./word-fonts";
import {
  A4,
  BODY_LINE,
  DOCUMENT_DEFAULTS,
  FOOTER_DISTANCE,
  HEADING_STYLES,
  LANDSCAPE_MARGINS,
  MARGINS,
  PARAGRAPH_STYLES,
  STYLE,
} from "./word-format";
import { docTable } from "./word-table";
import { passageRuns, textRuns, xmlSafe } from "./word-text";

/** Tables of more columns than this go on landscape pages (the 绩效自评表 has twelve). */
export const PORTRAIT_COLUMNS = 7;

const headingStyle = (level: HeadingLevel | null): string => HEADING_STYLES[(level ?? 3) - 1]!;

function paragraphOf(block: Block, next: Block | undefined): Paragraph {
  switch (block.kind) {
    case "title":
      // The last title line is followed by one empty body line (GB/T 9704: 标题下空一行).
      return new Paragraph({
        style: STYLE.title,
        ...(next?.kind === "title" ? {} : { spacing: { after: BODY_LINE } }),
        children: textRuns(block.text),
      });
    case "heading":
      return new Paragraph({ style: headingStyle(block.level), children: textRuns(block.text) });
    case "paragraph":
      return new Paragraph({
        style: block.align === "right" ? STYLE.signature : STYLE.body,
        children: textRuns(block.text),
      });
    case "passage": {
      const p = block.passage;
      if (p.role === "heading") return new Paragraph({ style: headingStyle(p.level), children: textRuns(p.text) });
      return new Paragraph({ style: STYLE.body, children: passageRuns(p.text, p.gaps) });
    }
    case "place":
      // An empty line to write in; Word's style list finds every one (待填写正文 → 选择所有实例).
      return new Paragraph({ style: STYLE.place });
  }
}

/** “— 1 —”: the page number between em dashes (一字线), in the style of its side. */
function pageFooter(style: string): Footer {
  return new Footer({
    children: [new Paragraph({ style, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })],
  });
}

/** GB/T 9704 §7.5: 单页码居右空一字，双页码居左空一字 — odd pages' numbers on the right, even pages' on the left,
 *  one character in from the 版心's edge. Word takes the default footer for odd pages once the document has
 *  different odd and even footers (settings: w:evenAndOddHeaders). */
function pageFooters(): NonNullable<ISectionOptions["footers"]> {
  return { default: pageFooter(STYLE.pageNumberOdd), even: pageFooter(STYLE.pageNumberEven) };
}

const portraitPage = {
  size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
  margin: { ...MARGINS, footer: FOOTER_DISTANCE, header: MARGINS.top / 2, gutter: 0 },
} as const;

const landscapePage = {
  // docx swaps width and height for a landscape page: both are given as for portrait.
  size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
  margin: {
    ...LANDSCAPE_MARGINS,
    footer: LANDSCAPE_MARGINS.bottom - (MARGINS.bottom - FOOTER_DISTANCE),
    header: LANDSCAPE_MARGINS.top / 2,
    gutter: 0,
  },
} as const;

/**
 * The attachment (GB/T 9704 §8): “附件” in 黑体 三号 at the top left of its first page, its title centred on the
 * next line, the caption (单位名称, 单位), then the table. One attachment: no number after 附件.
 */
function attachment(table: DocTable, width: number, newPage: boolean): ISectionOptions["children"] {
  return [
    new Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: newPage, children: textRuns("附件") }),
    new Paragraph({ style: STYLE.attachmentTitle, children: textRuns(table.title) }),
    ...(table.caption === null ? [] : [new Paragraph({ style: STYLE.caption, children: textRuns(table.caption) })]),
    ...docTable(table, width),
  ];
}

/**
 * The report's paragraphs with the attachment announced under the body (GB/T 9704 §7.3.4: 正文下空一行左空二字编排
 * “附件”二字，后标全角冒号和附件名称): after the last paragraph of the body, before the closing lines (the unit's
 * name and the date, set right), an empty line and “附件：2022年度部门整体支出绩效自评表”, and an empty line before
 * those closing lines.
 */
function withAttachmentNote(doc: ReportDocument, table: DocTable): Paragraph[] {
  const blocks = doc.blocks;
  const closing = (b: Block): boolean => b.kind === "paragraph" && b.align === "right";
  let end = blocks.length;
  while (end > 0 && closing(blocks[end - 1]!)) end--;
  const paragraphs = blocks.map((b, i) => paragraphOf(b, blocks[i + 1]));
  if (blocks.every((b) => b.kind === "title")) return paragraphs;
  const note = [
    new Paragraph({ style: STYLE.body }),
    new Paragraph({ style: STYLE.body, children: textRuns(`附件：${table.title}`) }),
    // 署名 under the 附件说明 after one empty line (GB/T 9704 §7.3.5).
    ...(end < blocks.length ? [new Paragraph({ style: STYLE.body })] : []),
  ];
  return [...paragraphs.slice(0, end), ...note, ...paragraphs.slice(end)];
}

function sections(doc: ReportDocument): ISectionOptions[] {
  const table = doc.table;
  const footers = pageFooters();
  if (table === null) {
    const report = doc.blocks.map((b, i) => paragraphOf(b, doc.blocks[i + 1]));
    return [{ properties: { page: portraitPage }, footers, children: report }];
  }
  const report = withAttachmentNote(doc, table);
  if (table.columns <= PORTRAIT_COLUMNS) {
    const width = A4.width - MARGINS.left - MARGINS.right;
    return [
      {
        properties: { page: portraitPage },
        footers,
        children: [...report, ...attachment(table, width, report.length > 0)],
      },
    ];
  }
  const width = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
  return [
    ...(report.length > 0 ? [{ properties: { page: portraitPage }, footers, children: report }] : []),
    {
      // A new section starts a new page: no page break of its own. Its pages go on with the report's numbers.
      properties: { page: landscapePage, type: SectionType.NEXT_PAGE },
      footers: pageFooters(),
      children: attachment(table, width, false),
    },
  ];
}

/** The document's title: its title lines joined (“2022年度南昌市公安局红谷滩分局整体支出绩效自评报告”). */
function titleOf(doc: ReportDocument): string {
  const lines = doc.blocks.flatMap((b) => (b.kind === "title" ? [b.text.trim()] : []));
  if (lines.length > 0) return xmlSafe(lines.join(""));
  const year = doc.year === null ? "" : `${doc.year}年度`;
  return xmlSafe(`${year}${doc.unitName ?? "部门"}整体支出绩效${doc.outline}`);
}

/** The report as a .docx file. */
export async function reportToDocx(doc: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    title: titleOf(doc),
    creator: "jixiao",
    lastModifiedBy: "jixiao",
    styles: { default: { document: DOCUMENT_DEFAULTS }, paragraphStyles: PARAGRAPH_STYLES },
    // Odd and even pages have footers of their own: the page number on the outer edge.
    evenAndOddHeaderAndFooters: true,
    sections: sections(doc),
  });
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
  return new Uint8Array(buffer);
}
