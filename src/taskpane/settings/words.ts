/** The 设置 view's words, in Chinese and English. */
import type { Words } from "../state/pane-context";

export const WORDS: Words<{
  readonly profileTitle: string;
  readonly profileHint: string;
  readonly current: (name: string) => string;
  readonly customLabel: (name: string) => string;
  readonly loadFile: string;
  readonly fileLoaded: (name: string) => string;
  readonly save: string;
  readonly saved: (name: string) => string;
  readonly saveLabel: (name: string) => string;
  readonly languageTitle: string;
  readonly followOffice: (now: string) => string;
  readonly chinese: string;
  readonly english: string;
  readonly basis: string;
  readonly noWorkbook: string;
}> = {
  "zh-CN": {
    profileTitle: "规则口径",
    profileHint: "口径保存在工作簿中，同事打开同一工作簿时按同样的规则检查和计分。",
    current: (n) => `当前：${n}`,
    customLabel: (n) => `本单位口径：${n}`,
    loadFile: "使用口径文件（.json）…",
    fileLoaded: (n) => `已读入口径文件“${n}”，保存后生效。`,
    save: "保存到工作簿",
    saved: (n) => `已把规则口径“${n}”保存到工作簿。`,
    saveLabel: (n) => `设置规则口径：${n}`,
    languageTitle: "界面语言",
    followOffice: (now) => `跟随 Office（当前：${now}）`,
    chinese: "中文",
    english: "English",
    basis: "依据：",
    noWorkbook: "正在读取工作簿……",
  },
  "en-US": {
    profileTitle: "Rule profile",
    profileHint: "The profile is saved in the workbook, so colleagues who open it check and score by the same rules.",
    current: (n) => `Now: ${n}`,
    customLabel: (n) => `The unit's own: ${n}`,
    loadFile: "Use a profile file (.json)…",
    fileLoaded: (n) => `Profile file “${n}” read; save to use it.`,
    save: "Save to the workbook",
    saved: (n) => `Rule profile “${n}” saved to the workbook.`,
    saveLabel: (n) => `设置规则口径：${n}`,
    languageTitle: "Language",
    followOffice: (now) => `As Office (now: ${now})`,
    chinese: "中文",
    english: "English",
    basis: "Basis: ",
    noWorkbook: "Reading the workbook…",
  },
};
