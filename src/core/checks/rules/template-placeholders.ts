/**
 * 模板占位行: rows the template left in the indicator table: a 三级 that is only a template word ("指标2：", "……",
 * "/", "无") and nothing else filled. A row with only its 一级/二级 and nothing else is a group row, not told.
 * They hold no indicator and change no figure, so a form the 财政局 accepted may well carry them: hygiene (info),
 * told once for the table with the rows, never an error a row.
 */
import type { CellRef } from "../../model/types";
import { findingOf } from "../finding";
import type { Rule } from "../types";

/** "第16、17、20行" (up to eight rows named, then "等 N 行"). */
function rowsText(rows: readonly number[]): string {
  const shown = rows.slice(0, 8).join("、");
  return rows.length > 8 ? `第${shown}行等 ${rows.length} 行` : `第${shown}行`;
}

export const rule: Rule = {
  id: "template-placeholders",
  severity: "info",
  title: "表中留有模板占位行",
  description:
    "绩效指标表中留有模板的占位行：三级指标只写着“指标2：”“……”“/”“无”等模板文字，其余各栏未填。占位行不是指标，不影响分值和得分，提交前删去更整洁。只写了一级、二级指标的分组行不算占位行。",
  why: "提示：占位行不参与计分，不影响任何数字，只关乎表面整洁。",
  check(model) {
    const table = model.indicators;
    const rows = table?.placeholders ?? [];
    if (!table || rows.length === 0) return [];
    const col = table.columns.third ?? table.columns.second ?? table.columns.first ?? 1;
    const refs: CellRef[] = rows.map((row) => ({ sheet: table.sheet, row, col }));
    return [findingOf(rule, { refs, message: `表中留有模板占位行（${rowsText(rows)}），没有填写指标，可删除` })];
  },
};
