/** The pane's frame: title, tabs, the undo bar and the session's messages, in Chinese and English. */
import type { ProfileSource } from "../../core/framework";
import type { Words } from "../state/pane-context";

export const WORDS: Words<{
  readonly title: string;
  readonly tabs: Readonly<Record<"check" | "report" | "template" | "settings" | "functions", string>>;
  readonly tabsLabel: string;
  readonly undo: string;
  readonly lastDone: (label: string) => string;
  readonly undone: (label: string) => string;
  readonly undoSkipped: (n: number) => string;
  readonly reading: string;
  readonly writing: string;
  readonly stale: string;
  readonly outsideExcel: string;
  /** The profile the checks use, and how it was chosen ("recognised": from the table's first-level indicators). */
  readonly profileLine: (name: string, source: ProfileSource) => string;
}> = {
  "zh-CN": {
    title: "绩效自评助手",
    tabs: { check: "检查", report: "报告", template: "模板", settings: "设置", functions: "函数" },
    tabsLabel: "功能",
    undo: "撤销",
    lastDone: (l) => `上一步：${l}`,
    undone: (l) => `已撤销：${l}`,
    undoSkipped: (n) => `，${n} 处在此后已被改动，未撤销：`,
    reading: "正在读取工作簿……",
    writing: "正在写入……",
    stale: "工作簿已改动，正在重新读取……",
    outsideExcel: "没有连接到 Excel 工作簿：检查、报告、模板需要在 Excel 中打开本加载项。JX 函数的说明仍可查看。",
    profileLine: (n, source) => `规则口径：${n}${source === "recognised" ? "（由表格的一级指标识别）" : ""}`,
  },
  "en-US": {
    title: "绩效自评助手 jixiao",
    tabs: { check: "Check", report: "Report", template: "Template", settings: "Settings", functions: "Functions" },
    tabsLabel: "Views",
    undo: "Undo",
    lastDone: (l) => `Last: ${l}`,
    undone: (l) => `Undone: ${l}`,
    undoSkipped: (n) => `; ${n} changed since and left as they are:`,
    reading: "Reading the workbook…",
    writing: "Writing…",
    stale: "The workbook changed; reading it again…",
    outsideExcel:
      "Not connected to an Excel workbook: check, report and template need the add-in opened in Excel. The JX functions' reference is available.",
    profileLine: (n, source) => `Rule profile: ${n}${source === "recognised" ? " (recognised from the table)" : ""}`,
  },
};
