/** The 报告 view's words, in Chinese and English. */
import type { Words } from "../state/pane-context";

export const WORDS: Words<{
  readonly outline: string;
  readonly outlineAuto: (detected: string) => string;
  readonly outlineNone: string;
  readonly generate: string;
  readonly regenerate: string;
  readonly noWorkbook: string;
  readonly fill: string;
  readonly fillNewSheet: string;
  readonly undoFill: string;
  readonly exportWord: string;
  readonly exporting: string;
  readonly exported: (name: string) => string;
  readonly changesTitle: string;
  readonly confirmFill: string;
  readonly cancel: string;
  readonly filled: (summary: string) => string;
  readonly skipped: (n: number) => string;
  readonly undone: string;
  readonly states: Readonly<Record<"generated" | "kept" | "place" | "written", string>>;
  readonly summary: (generated: number, kept: number, places: number, gaps: number) => string;
  readonly proposal: string;
  readonly place: (hint: string) => string;
  readonly kinds: Readonly<Record<"write" | "update" | "move" | "correct" | "clear", string>>;
  readonly row: (n: number) => string;
  readonly from: (n: number) => string;
  readonly sources: string;
  readonly preview: string;
  /** The heading of the part that writes the report from the workbook, below the document check. */
  readonly writeHeading: string;
  /** The report's own errors: corrected, or for the person to settle; its warnings. */
  readonly asWritten: string;
  readonly corrected: (n: number) => string;
  readonly undecided: (n: number) => string;
  readonly undecidedHint: string;
  readonly keptAsWritten: (n: number) => string;
  readonly warnings: (n: number) => string;
}> = {
  "zh-CN": {
    outline: "报告提纲",
    outlineAuto: (d) => `按工作簿中的报告（${d}）`,
    outlineNone: "按工作簿中的报告（没有报告时为自评报告）",
    generate: "生成报告",
    regenerate: "重新生成",
    noWorkbook: "正在读取工作簿……",
    fill: "填入报告工作表…",
    fillNewSheet: "改为写入新工作表",
    undoFill: "撤销上次填写",
    exportWord: "导出 Word",
    exporting: "正在生成 Word 文档……",
    exported: (name) => `已生成 Word 文档：${name}`,
    changesTitle: "将要做的改动",
    confirmFill: "确认填入",
    cancel: "取消",
    filled: (s) => `已填入。${s}`,
    skipped: (n) => `${n} 处未写入：`,
    undone: "已撤销上次填写。",
    states: { generated: "由数据生成", kept: "保留人工撰写", place: "待填写", written: "人工撰写" },
    summary: (g, k, p, gaps) =>
      `由数据生成 ${g} 节，保留人工撰写 ${k} 节，待填写 ${p} 节${gaps ? `；有 ${gaps} 处数据缺失（【待填】）` : ""}。`,
    proposal: "jixiao 按数据写的版本（未写入）",
    place: (hint) => `【待填写：${hint}】`,
    kinds: { write: "写入", update: "更新", move: "移动", correct: "更正", clear: "清空" },
    row: (n) => `第 ${n} 行`,
    from: (n) => `（原第 ${n} 行）`,
    sources: "来源：",
    asWritten: "按原文输出（不更正检查出的错误数字和标题编号）",
    corrected: (n) => `报告中有 ${n} 处错误数字或标题编号，生成、填入和导出时已按数据更正：`,
    undecided: (n) => `报告中有 ${n} 处错误需要您先确定如何改正，暂不能填入或导出：`,
    undecidedHint: "请在报告原文中改正后重新生成；如确需按原文输出，请勾选“按原文输出”。",
    keptAsWritten: (n) => `按原文输出：报告中 ${n} 处检查出的错误未更正。`,
    warnings: (n) => `报告中有 ${n} 处需要核对（警告）：`,
    preview: "报告预览",
    writeHeading: "撰写自评报告",
  },
  "en-US": {
    outline: "Outline",
    outlineAuto: (d) => `As the workbook's report (${d})`,
    outlineNone: "As the workbook's report (自评报告 when there is none)",
    generate: "Write the report",
    regenerate: "Write again",
    noWorkbook: "Reading the workbook…",
    fill: "Fill the report sheet…",
    fillNewSheet: "Write to a new sheet instead",
    undoFill: "Undo the last fill",
    exportWord: "Export to Word",
    exporting: "Writing the Word document…",
    exported: (name) => `Word document ready: ${name}`,
    changesTitle: "Changes to be made",
    confirmFill: "Fill",
    cancel: "Cancel",
    filled: (s) => `Filled. ${s}`,
    skipped: (n) => `${n} not written:`,
    undone: "The last fill was undone.",
    states: {
      generated: "from the data",
      kept: "kept as written",
      place: "to be written",
      written: "written by people",
    },
    summary: (g, k, p, gaps) =>
      `${g} sections from the data, ${k} kept as written, ${p} to be written${gaps ? `; ${gaps} figures missing (【待填】)` : ""}.`,
    proposal: "jixiao's version from the data (not written)",
    place: (hint) => `【待填写：${hint}】`,
    kinds: { write: "write", update: "update", move: "move", correct: "correct", clear: "clear" },
    row: (n) => `row ${n}`,
    from: (n) => ` (was row ${n})`,
    sources: "Source: ",
    asWritten: "Keep the text as written (do not correct the figures and heading numbers found wrong)",
    corrected: (n) =>
      `${n} wrong figure(s) or heading number(s) in the report, corrected from the data in the report, the fill and the export:`,
    undecided: (n) => `${n} error(s) in the report that you must settle first; the fill and the export wait for them:`,
    undecidedHint: "Correct the report's text and write the report again; to keep it as written, tick the box above.",
    keptAsWritten: (n) => `Kept as written: ${n} error(s) found in the report are not corrected.`,
    warnings: (n) => `${n} place(s) in the report to look at (warnings):`,
    preview: "Preview",
    writeHeading: "Write the report",
  },
};
