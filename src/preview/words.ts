/** The preview page's words, in Chinese and English. */
import type { Words } from "../taskpane/state/pane-context";

export const WORDS: Words<{
  readonly title: string;
  readonly open: string;
  readonly download: string;
  readonly sample: string;
  readonly drop: string;
  readonly grid: string;
  readonly loading: string;
  readonly opening: (name: string) => string;
  readonly notXlsx: (name: string) => string;
  readonly notOpenable: (name: string) => string;
  readonly refused: (name: string, reason: string, kept: string) => string;
  readonly sampleFailed: (name: string, reason: string) => string;
  readonly unread: string;
  readonly local: string;
  readonly editRefused: (reason: string) => string;
}> = {
  "zh-CN": {
    title: "绩效自评助手 · 浏览器预览",
    open: "打开文件…",
    download: "下载工作簿",
    sample: "示例",
    drop: "把 .xlsx 工作簿或 Word/PDF 报告拖到这里打开",
    grid: "工作簿",
    loading: "正在打开工作簿……",
    opening: (n) => `正在打开“${n}”……`,
    notXlsx: (n) => `“${n}”不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再打开`,
    notOpenable: (n) =>
      `“${n}”无法打开：工作簿请用 .xlsx 文件，报告请用 Word 文档（.docx）、PDF、文本（.txt）或 Markdown（.md）`,
    refused: (n, r, k) => `未能打开“${n}”：${r.replace(/[。.]$/, "")}。仍显示原工作簿“${k}”。`,
    sampleFailed: (n, r) => `未能载入示例“${n}”：${r}`,
    unread: "工作簿未能读取，无法显示表格。请打开另一个 .xlsx 文件。",
    local: "文件只在本浏览器中处理，不会上传。",
    editRefused: (r) => `未写入：${r}`,
  },
  "en-US": {
    title: "绩效自评助手 jixiao · browser preview",
    open: "Open a file…",
    download: "Download the workbook",
    sample: "Sample",
    drop: "Drop an .xlsx workbook or a Word/PDF report here to open it",
    grid: "Workbook",
    loading: "Opening the workbook…",
    opening: (n) => `Opening “${n}”…`,
    notXlsx: (n) => `“${n}” is not an .xlsx file: save it as .xlsx in Excel or WPS first`,
    notOpenable: (n) =>
      `“${n}” cannot be opened: open a workbook as .xlsx, a report as a Word document (.docx), PDF, text (.txt) or Markdown (.md)`,
    refused: (n, r, k) => `“${n}” could not be opened: ${r.replace(/[。.]$/, "")}. “${k}” is still shown.`,
    sampleFailed: (n, r) => `The sample “${n}” could not be loaded: ${r}`,
    unread: "The workbook could not be read, so there is no grid to show. Open another .xlsx file.",
    local: "The file is handled in this browser only; it is never uploaded.",
    editRefused: (r) => `Not written: ${r}`,
  },
};

/** The sample workbooks bundled with the preview (dist/samples/). */
export const SAMPLES: readonly { readonly file: string; readonly label: string }[] = [
  { file: "000-honggutan-2022.xlsx", label: "南昌市公安局红谷滩分局 2022（自评报告）" },
  { file: "002-chenggong-2021.xlsx", label: "昆明市公安局呈贡分局 2021（评价报告）" },
];
