/**
 * The printed format of the report (GUIDE §8, GB/T 9704《党政机关公文格式》) as measures and Word paragraph
 * styles: A4 with the 版心 of official documents (156 mm × 225 mm: top 37 mm, bottom 35 mm, left 28 mm, right
 * 26 mm), title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 at a fixed 28.9 pt line (22 lines a page, the
 * standard's 22 lines of 28 characters), headings 黑体 / 楷体_GB2312 / 仿宋_GB2312, page numbers “— 1 —” in 宋体
 * 四号 on the outer edge (odd pages right, even pages left, one character in), the attachment's label “附件” in 黑体
 * 三号 at the top left of its first page and its title centred in 方正小标宋简体 二号 (GB/T 9704 §7.5, §8).
 * The styles carry Chinese names, so that people who edit the document in Word find them in the style list
 * (选择所有实例 of 待填写正文 finds every place left to write).
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunStylePropertiesOptions } from "docx";

/** Millimetres in twips (1/1440 inch), as Word stores page measures. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 in twips, portrait (Word's own figures for 210 mm × 297 mm). */
export const A4 = { width: 11906, height: 16838 } as const;

/** GB/T 9704 §5.2.1: 天头 37 mm, 订口 28 mm; the 版心 156 mm × 225 mm leaves 35 mm below and 26 mm on the right. */
export const MARGINS = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const;

/** The same 版心 turned for a landscape page (a wide table): the binding edge, 28 mm, is then the top. */
export const LANDSCAPE_MARGINS = {
  top: mmToTwips(28),
  bottom: mmToTwips(26),
  left: mmToTwips(37),
  right: mmToTwips(35),
} as const;

/** Font sizes in points (号 of Chinese typesetting) and in Word's half-points. */
export const PT = { 二号: 22, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5 } as const;
const half = (pt: number): number => Math.round(pt * 2);

/** The body line: exactly 28.9 pt, so that 225 mm holds 22 lines (GB/T 9704 §5.2.2), in twips. */
export const BODY_LINE = 578;
/** Table text: exactly 13.5 pt, 五号 at 1.3. */
export const TABLE_LINE = 270;
/** Title lines: exactly 35 pt, the usual line of a 二号 title. */
export const TITLE_LINE = 700;
/** Page number: GB/T 9704 §7.5 puts its line 7 mm below the 版心; its line is 20 pt high. */
export const FOOTER_LINE = 400;
export const FOOTER_DISTANCE = MARGINS.bottom - mmToTwips(7) - FOOTER_LINE;

/** Two characters of the body font (三号, 16 pt), in twips: the first-line indent for Word versions and other
 *  programs that ignore the indent in characters. */
const TWO_CHARACTERS = PT.三号 * 20 * 2;
/** One character of the page number (四号, 14 pt), in twips: GB/T 9704 §7.5 单页码居右空一字，双页码居左空一字. */
export const PAGE_NUMBER_INSET = PT.四号 * 20;

/**
 * Fonts by their Chinese names, as Chinese Windows and WPS install them. Where a font is missing, Word and
 * LibreOffice substitute by the font table (word-fonts.ts names 宋体, 仿宋, 楷体 as alternatives); the title's
 * substitute should be 宋体 in bold, which no font attribute can say: a title printed without 方正小标宋简体
 * wants its paragraphs set in 宋体 bold by hand.
 */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

/** One font for every script of a run: figures and Latin letters in the Chinese font too, as typed in Word. */
export function fontOf(name: string): IRunStylePropertiesOptions["font"] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Ids of the paragraph styles (ASCII ids; the names Word shows are Chinese). */
export const STYLE = {
  title: "JxTitle",
  body: "JxBody",
  place: "JxPlace",
  signature: "JxSignature",
  heading1: "JxHeading1",
  heading2: "JxHeading2",
  heading3: "JxHeading3",
  heading4: "JxHeading4",
  attachmentLabel: "JxAttachmentLabel",
  attachmentTitle: "JxAttachmentTitle",
  caption: "JxCaption",
  tableText: "JxTableText",
  pageNumber: "JxPageNumber",
  pageNumberOdd: "JxPageNumberOdd",
  pageNumberEven: "JxPageNumberEven",
} as const;

export const HEADING_STYLES = [STYLE.heading1, STYLE.heading2, STYLE.heading3, STYLE.heading4] as const;

const bodyLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const noIndent = { firstLine: 0, firstLineChars: 0, left: 0, right: 0 } as const;

function heading(id: string, name: string, level: number, font: string, bold: boolean): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { outlineLevel: level, keepNext: true },
    run: { font: fontOf(font), bold },
  };
}

/** The paragraph styles of the report. */
export const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: "报告正文",
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.BOTH,
      indent: { firstLine: TWO_CHARACTERS, firstLineChars: 200 },
      spacing: bodyLine,
    },
    run: { font: fontOf(FONT.body), size: half(PT.三号) },
  },
  {
    id: STYLE.title,
    name: "报告标题",
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: noIndent,
      spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      keepNext: true,
    },
    run: { font: fontOf(FONT.title), size: half(PT.二号) },
  },
  heading(STYLE.heading1, "一级标题", 0, FONT.heading1, false),
  heading(STYLE.heading2, "二级标题", 1, FONT.heading2, false),
  heading(STYLE.heading3, "三级标题", 2, FONT.body, true),
  heading(STYLE.heading4, "四级标题", 3, FONT.body, false),
  { id: STYLE.place, name: "待填写正文", basedOn: STYLE.body, next: STYLE.body, quickFormat: true },
  {
    id: STYLE.signature,
    name: "落款",
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent },
  },
  {
    // “附件”: 3号黑体, 顶格 in the first line of the attachment's first page (GB/T 9704 §8).
    id: STYLE.attachmentLabel,
    name: "附件标识",
    basedOn: STYLE.body,
    next: STYLE.attachmentTitle,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.LEFT, indent: noIndent, keepNext: true },
    run: { font: fontOf(FONT.heading1) },
  },
  {
    // The attachment's title, centred on the second line, set as the report's title.
    id: STYLE.attachmentTitle,
    name: "附件标题",
    basedOn: STYLE.title,
    next: STYLE.caption,
    quickFormat: true,
    paragraph: { outlineLevel: 0, keepNext: true },
  },
  {
    id: STYLE.caption,
    name: "表格说明",
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: noIndent,
      spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 120 },
      keepNext: true,
    },
    run: { size: half(PT.小四) },
  },
  {
    id: STYLE.tableText,
    name: "表格文字",
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: noIndent,
      // Exactly 13.5 pt a line (五号 at 1.3): a 20-row 自评表 and its attachment's title on one landscape page.
      spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    },
    run: { size: half(PT.五号) },
  },
  {
    id: STYLE.pageNumber,
    name: "页码",
    basedOn: STYLE.body,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: noIndent,
      spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    },
    run: { font: fontOf(FONT.pageNumber), size: half(PT.四号) },
  },
  {
    id: STYLE.pageNumberOdd,
    name: "页码（单页）",
    basedOn: STYLE.pageNumber,
    paragraph: { alignment: AlignmentType.RIGHT, indent: { ...noIndent, right: PAGE_NUMBER_INSET } },
  },
  {
    id: STYLE.pageNumberEven,
    name: "页码（双页）",
    basedOn: STYLE.pageNumber,
    paragraph: { alignment: AlignmentType.LEFT, indent: { ...noIndent, left: PAGE_NUMBER_INSET } },
  },
];

/** Document defaults: the body font and size, Chinese as the East Asian language (for line breaking and for the
 *  substitute fonts LibreOffice picks). */
export const DOCUMENT_DEFAULTS = {
  run: { font: fontOf(FONT.body), size: half(PT.三号), language: { value: "en-US", eastAsia: "zh-CN" } },
  paragraph: { spacing: bodyLine },
} as const;
