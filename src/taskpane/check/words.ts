/**
 * The 检查 view's words in Chinese and English. What the checker and the workbook say (messages, rule titles, the
 * reasons a write was skipped) is Chinese in both: it is the language of the forms.
 */
import type { Severity } from "../../core/checks/types";
import type { Words } from "../state/pane-context";

export interface CheckWords {
  readonly heading: string;
  readonly intro: string;
  /** The button that reads the workbook and checks it. */
  readonly run: string;
  readonly reading: string;
  readonly checking: string;
  readonly writing: string;
  readonly stale: string;
  readonly noWorkbook: string;
  readonly noTables: string;
  readonly noTablesHint: string;
  readonly profileProblem: string;
  readonly acceptedProblem: string;
  readonly results: string;
  readonly summary: (counts: Readonly<Record<Severity, number>>, accepted: number) => string;
  readonly clean: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly accepted: string;
  /** "错误（3）". */
  readonly counted: (label: string, n: number) => string;
  readonly expected: string;
  readonly actual: string;
  readonly location: string;
  readonly selectTitle: string;
  readonly fix: (label: string) => string;
  readonly accept: string;
  readonly withdraw: string;
  readonly note: string;
  readonly acceptedOn: (date: string) => string;
  readonly earlier: string;
  readonly lapsed: (n: number) => string;
  readonly showMore: (n: number) => string;
  readonly dismiss: string;
  readonly fixed: (label: string) => string;
  readonly partlyFixed: (label: string) => string;
  readonly notFixed: (label: string) => string;
  readonly acceptedDone: string;
  readonly withdrawn: string;
  readonly settingsNotSaved: string;
  readonly selectFailed: string;
  readonly failed: string;
  readonly dialogTitle: Readonly<Record<Exclude<Severity, "error">, string>>;
  readonly dialogIntro: string;
  readonly noteLabel: string;
  readonly noteCount: (n: number, limit: number) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly saving: string;
}

export const WORDS: Words<CheckWords> = {
  "zh-CN": {
    heading: "检查工作簿",
    intro:
      "按规则目录核对绩效自评表、预算执行情况表、资产负债表和自评报告：逐项列出审核时会退回的问题，能安全更正的可一键修复。检查只读取工作簿，不改动任何内容。",
    run: "检查",
    reading: "正在读取工作簿…",
    checking: "正在检查…",
    writing: "正在写入工作簿…",
    stale: "工作簿已修改，稍后自动重新检查…",
    noWorkbook: "尚未读取工作簿。",
    noTables: "没有可以检查的表格",
    noTablesHint:
      "没有识别出绩效自评表、预算执行表、资产负债表或自评报告，请检查表头是否与通用格式一致（如“一级指标”“全年预算数”“资产总计”）。",
    profileProblem: "规则口径",
    acceptedProblem: "已接受记录",
    results: "检查结果",
    summary: (c, a) =>
      `共 ${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示${a > 0 ? `；另有 ${a} 项已接受` : ""}。`,
    clean: "未发现问题。",
    severity: { error: "错误", warning: "警告", info: "提示" },
    accepted: "已接受",
    counted: (label, n) => `${label}（${n}）`,
    expected: "应为",
    actual: "现为",
    location: "位置",
    selectTitle: "在 Excel 中选中",
    fix: (label) => `修复：${label}`,
    accept: "接受…",
    withdraw: "撤销接受",
    note: "理由",
    acceptedOn: (date) => `${date} 接受`,
    earlier: "此项曾被接受，数字变化后需重新确认。当时的理由：",
    lapsed: (n) => `另有 ${n} 条接受记录已不对应当前的问题（数字已变化或已更正）。`,
    showMore: (n) => `再显示 ${n} 项`,
    dismiss: "关闭",
    fixed: (label) => `已修复：${label}`,
    partlyFixed: (label) => `部分修复：${label}，以下单元格未写入`,
    notFixed: (label) => `未能修复：${label}`,
    acceptedDone: "已接受，理由已保存在工作簿中。",
    withdrawn: "已撤销接受。",
    settingsNotSaved: "未能保存到工作簿",
    selectFailed: "未能选中单元格",
    failed: "操作未完成",
    dialogTitle: { warning: "接受警告", info: "接受提示" },
    dialogIntro:
      "合理性问题可以保留，但须写明理由。理由保存在工作簿中，同事打开工作簿也能看到；数字变化后，此项会重新列出。",
    noteLabel: "理由",
    noteCount: (n, limit) => `已写 ${n} 字，不超过 ${limit} 字（空格不计）`,
    confirm: "接受",
    cancel: "取消",
    saving: "正在保存…",
  },
  "en-US": {
    heading: "Check the workbook",
    intro:
      "Checks the self-evaluation table, budget execution, balance sheet and report against the rule catalogue: every issue a reviewer would send back, with a one-click fix where a fix is safe. Checking only reads the workbook; it changes nothing.",
    run: "Check",
    reading: "Reading the workbook…",
    checking: "Checking…",
    writing: "Writing to the workbook…",
    stale: "The workbook has changed; checking again in a moment…",
    noWorkbook: "The workbook has not been read yet.",
    noTables: "Nothing to check",
    noTablesHint:
      "No self-evaluation table, budget execution table, balance sheet or report was recognised. Check that the headers follow the usual forms (such as 一级指标, 全年预算数, 资产总计).",
    profileProblem: "Rule profile",
    acceptedProblem: "Accepted warnings",
    results: "Results",
    summary: (c, a) =>
      `${c.error} ${c.error === 1 ? "error" : "errors"}, ${c.warning} ${c.warning === 1 ? "warning" : "warnings"}, ${c.info} ${c.info === 1 ? "note" : "notes"}${a > 0 ? `; ${a} accepted` : ""}.`,
    clean: "No issues found.",
    severity: { error: "Errors", warning: "Warnings", info: "Notes" },
    accepted: "Accepted",
    counted: (label, n) => `${label} (${n})`,
    expected: "Expected",
    actual: "Found",
    location: "Location",
    selectTitle: "Select in Excel",
    fix: (label) => `Fix: ${label}`,
    accept: "Accept…",
    withdraw: "Withdraw acceptance",
    note: "Explanation",
    acceptedOn: (date) => `Accepted ${date}`,
    earlier: "This was accepted before its figures changed; please confirm it again. The explanation then:",
    lapsed: (n) =>
      `${n} more ${n === 1 ? "acceptance matches" : "acceptances match"} no current issue (the figures changed or were corrected).`,
    showMore: (n) => `Show ${n} more`,
    dismiss: "Dismiss",
    fixed: (label) => `Fixed: ${label}`,
    partlyFixed: (label) => `Partly fixed: ${label}; these cells were not written`,
    notFixed: (label) => `Not fixed: ${label}`,
    acceptedDone: "Accepted; the explanation is saved in the workbook.",
    withdrawn: "Acceptance withdrawn.",
    settingsNotSaved: "Could not save to the workbook",
    selectFailed: "Could not select the cell",
    failed: "Not done",
    dialogTitle: { warning: "Accept the warning", info: "Accept the note" },
    dialogIntro:
      "A reasonableness issue may stand with a written explanation. It is saved in the workbook for colleagues to see; when the figures change, the issue is listed again.",
    noteLabel: "Explanation",
    noteCount: (n, limit) => `${n} of at most ${limit} characters (spaces not counted)`,
    confirm: "Accept",
    cancel: "Cancel",
    saving: "Saving…",
  },
};
