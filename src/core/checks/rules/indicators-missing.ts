/**
 * 缺少绩效指标: a 绩效自评 workbook (it has the funds block of the 自评表, or a self-evaluation report) whose
 * indicator table is missing or empty: no 产出、效益、满意度 indicators, so no score and no grade can stand.
 * An error where the indicator table is there but empty; where only the funds block is found (the indicators may
 * stand on another page or sheet) or only the report (the table may simply not have come with it), info: what
 * there is gets checked.
 */
import { findingOf } from "../finding";
import type { Rule } from "../types";

export const rule: Rule = {
  id: "indicators-missing",
  severity: "error",
  title: "缺少绩效指标",
  description:
    "绩效自评表应填列产出、效益、满意度等绩效指标及其分值、得分，并据此得出总分和等级。只有资金情况或只有报告、没有指标的，审核时会退回。",
  why: "错误：指标表只有表头，没有指标就算不出总分和等级，算式所需的数字缺失。提示：只找到资金情况或只有报告的，指标可能在别的页或未随附，能核对的照常核对。",
  check(model) {
    const table = model.indicators;
    if (table && table.rows.length > 0) return [];
    if (!model.funds && !model.report) return [];
    const refs = table
      ? [{ sheet: table.sheet, row: table.headerRow, col: Math.min(...Object.values(table.columns)) }]
      : model.funds
        ? [{ sheet: model.funds.sheet, row: model.funds.headerRow, col: 1 }]
        : [model.report!.paragraphs[0]?.ref ?? { sheet: model.report!.sheet, row: 1, col: 1 }];
    if (!table && !model.funds)
      return [
        findingOf(rule, {
          refs,
          severity: "info",
          message: "只有报告正文，没有绩效自评表：只核对了报告本身，指标的分值、得分未能核对",
        }),
      ];
    // An empty indicator table is provably unfilled; a funds block without any indicator table may be the first
    // page of a form whose indicators stand elsewhere: told as info, the funds are checked.
    const where = table
      ? `工作表“${table.sheet}”的绩效指标表只有表头，没有填列指标`
      : `工作表“${model.funds!.sheet}”只有资金情况，没有找到绩效指标表（表格可能不完整）`;
    return [
      findingOf(rule, {
        refs,
        ...(table ? {} : { severity: "info" as const }),
        message: `${where}：应填列产出、效益、满意度指标及其年度指标值、实际完成值、分值和得分，并给出总分和自评等级`,
      }),
    ];
  },
};
