/** The words of the 报告 view's report document (检查 Word/PDF 报告…), in Chinese and English. */
import { describeLocation, type DocumentLocation } from "../../workbook/document/findings";
import type { Words } from "../state/pane-context";

export const DOCUMENT_WORDS: Words<{
  readonly heading: string;
  readonly intro: string;
  readonly open: string;
  readonly clear: string;
  readonly reading: (name: string) => string;
  readonly file: (name: string, kind: string) => string;
  readonly read: (paragraphs: number, pages: number | null, tables: readonly string[]) => string;
  readonly kinds: Readonly<Record<"docx" | "pdf" | "txt" | "md", string>>;
  readonly paired: (workbook: string | null) => string;
  readonly alone: string;
  readonly aloneWhy: string;
  readonly elsewhere: (n: number) => string;
  readonly noReport: string;
  readonly clean: string;
  readonly location: string;
  readonly place: (place: DocumentLocation) => string;
  readonly quote: string;
}> = {
  "zh-CN": {
    heading: "核对报告文档",
    intro:
      "打开单位报送的自评报告（Word、PDF 或文本），检查其中的数字、比率和标题编号；工作簿中有绩效自评表等表格时，按表格核对报告所写的数字。文件只在本机读取，不会上传。",
    open: "检查 Word/PDF 报告…",
    clear: "清除",
    reading: (n) => `正在读取“${n}”……`,
    file: (n, k) => `报告文件：${n}（${k}）`,
    read: (p, pages, tables) =>
      `共 ${p} 段${pages ? `，${pages} 页` : ""}${tables.length > 0 ? `；表格 ${tables.length} 张：${tables.join("、")}` : ""}`,
    kinds: { docx: "Word 文档", pdf: "PDF", txt: "文本", md: "Markdown" },
    paired: (name) => (name ? `按工作簿“${name}”的表格核对` : "按当前工作簿的表格核对"),
    alone: "未与工作簿核对：只核对报告本身",
    aloneWhy: "工作簿中没有识别出绩效自评表、资金、预算执行或资产负债表，报告所写的数字只与报告自身和所附表格核对。",
    elsewhere: (n) => `工作簿本身另有 ${n} 个问题，见“检查”。`,
    noReport: "没有读出报告正文。",
    clean: "报告中未发现问题。",
    location: "位置",
    // As jixiao check says it: 第13段（第3页）, 表1第4行.
    place: describeLocation,
    quote: "原文",
  },
  "en-US": {
    heading: "Check a report document",
    intro:
      "Open a unit's report (Word, PDF or text) to check its figures, ratios and heading numbers; where the workbook holds the self-evaluation table and the other tables, the report's figures are checked against them. The file is read on this computer only; it is never uploaded.",
    open: "Check a Word/PDF report…",
    clear: "Clear",
    reading: (n) => `Reading “${n}”…`,
    file: (n, k) => `Report file: ${n} (${k})`,
    read: (p, pages, tables) =>
      `${p} paragraphs${pages ? `, ${pages} ${pages === 1 ? "page" : "pages"}` : ""}${tables.length > 0 ? `; ${tables.length} ${tables.length === 1 ? "table" : "tables"}: ${tables.join(", ")}` : ""}`,
    kinds: { docx: "Word document", pdf: "PDF", txt: "text", md: "Markdown" },
    paired: (name) =>
      name ? `Checked against the tables of the workbook “${name}”` : "Checked against this workbook's tables",
    alone: "Not checked against the workbook: the report is checked by itself",
    aloneWhy:
      "The workbook holds no self-evaluation table, funds, budget execution or balance sheet that jixiao recognises, so the report's figures are checked against the report itself and its own tables.",
    elsewhere: (n) => `The workbook itself has ${n} more ${n === 1 ? "issue" : "issues"}: see Check.`,
    noReport: "No report text was found in the file.",
    clean: "No issues found in the report.",
    location: "Location",
    place: (p) => {
      const page = p.page !== null ? `, page ${p.page}` : "";
      return `${p.table ? `table ${p.table.number}, row ${p.table.row}` : `paragraph ${p.paragraph}`}${page}`;
    },
    quote: "Text",
  },
};
