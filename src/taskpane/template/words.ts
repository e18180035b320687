/** The 模板 view's words, in Chinese and English. */
import type { Words } from "../state/pane-context";

export interface TemplateWords {
  readonly heading: string;
  readonly intro: string;
  readonly year: string;
  readonly yearHint: string;
  readonly unitName: string;
  readonly unitNamePlaceholder: string;
  readonly insert: string;
  readonly inserting: string;
  readonly newWorkbook: string;
  readonly creating: string;
  readonly undo: string;
  readonly inserted: (sheets: readonly string[]) => string;
  readonly renamed: string;
  readonly fillHint: string;
  readonly undone: (deleted: number) => string;
  readonly kept: string;
  readonly created: (sheets: number) => string;
  readonly unavailable: string;
  readonly mappingHeading: string;
}

export const WORDS: Words<TemplateWords> = {
  "zh-CN": {
    heading: "插入绩效自评模板",
    intro:
      "按财政部门的常用格式插入 4 张工作表：绩效自评表（资金情况和指标）、预算执行情况、资产负债表（会政财01表）、单位基本情况。执行率、得分、总分、等级和合计由 JX 函数和公式计算；已有的工作表一概不动。",
    year: "评价年度",
    yearHint: "年度应为 2000 至 2099 之间的四位数年份",
    unitName: "单位名称",
    unitNamePlaceholder: "可留空，稍后在表中填写",
    insert: "插入到当前工作簿",
    inserting: "正在插入……",
    newWorkbook: "新建工作簿",
    creating: "正在新建工作簿……",
    undo: "撤销插入",
    inserted: (sheets) => `已插入 ${sheets.length} 张工作表：${sheets.join("、")}。`,
    renamed: "工作簿里已有同名的工作表，新表名后加了序号。",
    fillHint: "黄色单元格待填写；示例指标、指标值和分值请按本单位的实际情况改写。",
    undone: (n) => (n > 0 ? `已撤销插入，删除了 ${n} 张工作表。` : "已撤销插入。"),
    kept: "以下工作表未删除：",
    created: (n) => `已新建工作簿（含 ${n} 张工作表），在新窗口中打开。`,
    unavailable: "在这里不能插入模板：请在 Excel 中打开绩效自评助手。",
    mappingHeading: "列对应",
  },
  "en-US": {
    heading: "Insert the self-evaluation template",
    intro:
      "Inserts four sheets in the usual official layout: the self-evaluation table (funds and indicators), budget execution, the balance sheet (会政财01表) and the unit's facts. Rates, scores, the total, the grade and the sums are computed by the JX functions and formulas; no existing sheet is touched.",
    year: "Year evaluated",
    yearHint: "The year must be a four-digit year from 2000 to 2099",
    unitName: "Unit name",
    unitNamePlaceholder: "May be left blank and filled in the sheet later",
    insert: "Insert into this workbook",
    inserting: "Inserting…",
    newWorkbook: "New workbook",
    creating: "Creating a new workbook…",
    undo: "Undo the insertion",
    inserted: (sheets) => `Inserted ${sheets.length} sheets: ${sheets.join(", ")}.`,
    renamed: "The workbook already had sheets of these names, so the new ones are numbered.",
    fillHint:
      "Yellow cells are to be filled in; replace the example indicators, targets and weights with the unit's own.",
    undone: (n) => (n > 0 ? `Insertion undone: ${n} sheets deleted.` : "Insertion undone."),
    kept: "These sheets were not deleted:",
    created: (n) => `A new workbook with ${n} sheets was created and opens in a new window.`,
    unavailable: "The template cannot be inserted here: open the add-in in Excel.",
    mappingHeading: "Column mapping",
  },
};
