/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands every argument over as any[][] */
/**
 * The JX custom functions. Each is a thin layer over src/core/: it spreads ranges (spill) and turns failures
 * into Excel errors. Ids are stable forever: workbooks store them.
 *
 * English descriptions live here (custom-functions-metadata turns them into functions.json); the Chinese ones
 * are in zh-cn.ts, keyed by the same ids.
 */
import { carryoverRateOf, commonScoreOf, execScoreOf, gradeOfTotal, qualBandOf, scoreOf } from "../core/calculations";
import { changeRate, debtRatio, execRate, share } from "../core/formulas";
import { excelError, toCell } from "./excel-error";
import { spill } from "./spill";

/**
 * Budget execution rate (预算执行率): executed ÷ adjusted annual budget, as a fraction; format the cell as %.
 * @customfunction EXECRATE
 * @param executed Amount executed in the year (全年执行数), a cell or a range.
 * @param budget Adjusted annual budget (全年预算数), a cell or a range of the same shape.
 * @returns The execution rate as a fraction, one per cell.
 */
export function EXECRATE(executed: any[][], budget: any[][]): any[][] {
  return spill([executed, budget], (c) => toCell(execRate(c[0], c[1])), excelError);
}

/**
 * Score for the budget execution rate: min(rate, 100%) × weight under the national rule, 2 decimals, capped at the weight.
 * @customfunction EXECSCORE
 * @param executed Amount executed in the year (全年执行数).
 * @param budget Adjusted annual budget (全年预算数).
 * @param [weight] Points of the indicator (分值); 10 when omitted.
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns The score, 2 decimals.
 */
export function EXECSCORE(executed: any[][], budget: any[][], weight?: any[][], profile?: any[][]): any[][] {
  return spill([executed, budget, weight, profile], (c) => toCell(execScoreOf(c[0], c[1], c[2], c[3])), excelError);
}

/**
 * Score of a quantitative indicator: full when the target is met, otherwise in proportion, 2 decimals.
 * @customfunction SCORE
 * @param actual Actual value (实际完成值), a number or text such as "96%".
 * @param target Annual target (年度指标值), a number or text such as "≥95%", "不高于150万元", "1批".
 * @param weight Points of the indicator (分值).
 * @param [nature] Nature of the indicator (指标性质): ≥, >, ≤, <, = (also >= and <=); taken from the target's text, else ≥.
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns The score, 2 decimals.
 */
export function SCORE(actual: any[][], target: any[][], weight: any[][], nature?: any[][], profile?: any[][]): any[][] {
  return spill(
    [actual, target, weight, nature, profile],
    (c) => toCell(scoreOf(c[0], c[1], c[2], c[3], c[4])),
    excelError,
  );
}

/**
 * Asset-liability ratio (资产负债率): total liabilities ÷ total assets, as a fraction.
 * @customfunction DEBTRATIO
 * @param liabilities Total liabilities (负债合计).
 * @param assets Total assets (资产合计 / 资产总计).
 * @returns The ratio as a fraction.
 */
export function DEBTRATIO(liabilities: any[][], assets: any[][]): any[][] {
  return spill([liabilities, assets], (c) => toCell(debtRatio(c[0], c[1])), excelError);
}

/**
 * Grade of a total score: 优 (90 and above), 良 (80 to under 90), 中 (60 to under 80), 差 (under 60).
 * @customfunction GRADE
 * @param total Total score (总分), unrounded.
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns 优, 良, 中 or 差.
 */
export function GRADE(total: any[][], profile?: any[][]): any[][] {
  return spill([total, profile], (c) => toCell(gradeOfTotal(c[0], c[1])), excelError);
}

/**
 * Change rate (变动率 / 同比): (current − previous) ÷ previous, as a fraction.
 * @customfunction CHANGERATE
 * @param current This year's figure (本年数).
 * @param previous Last year's figure (上年数).
 * @returns The change as a fraction; negative for a decrease.
 */
export function CHANGERATE(current: any[][], previous: any[][]): any[][] {
  return spill([current, previous], (c) => toCell(changeRate(c[0], c[1])), excelError);
}

/**
 * Share of a part in its total (占比), or any completion or control rate of the framework (done ÷ planned).
 * @customfunction SHARE
 * @param part The part (部分数), e.g. current assets or the amount done.
 * @param total The whole (合计数), e.g. total assets or the amount planned.
 * @returns The share as a fraction.
 */
export function SHARE(part: any[][], total: any[][]): any[][] {
  return spill([part, total], (c) => toCell(share(c[0], c[1])), excelError);
}

/**
 * Carry-over rate (结转结余率): carry-over ÷ budget, or ÷ expenditure where the profile says so.
 * @customfunction CARRYOVERRATE
 * @param carryover Carry-over and balance (结转结余总额).
 * @param budget Budget (预算数).
 * @param [expenditure] Expenditure (支出完成数), needed where the profile divides by it.
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns The rate as a fraction.
 */
export function CARRYOVERRATE(carryover: any[][], budget: any[][], expenditure?: any[][], profile?: any[][]): any[][] {
  return spill(
    [carryover, budget, expenditure, profile],
    (c) => toCell(carryoverRateOf(c[0], c[1], c[2], c[3])),
    excelError,
  );
}

/**
 * Lower or upper score of a qualitative grade's band for a weight (e.g. 达成年度指标 with weight 10: 8 to 10).
 * @customfunction QUALBAND
 * @param grade Qualitative grade (等级): 达成年度指标, 部分达成年度指标并具有一定效果 or 未达成年度指标且效果较差.
 * @param weight Points of the indicator (分值).
 * @param bound Which end of the band: 下限 (lower) or 上限 (upper; exclusive except for the top grade).
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns The score at that end of the band, 2 decimals.
 */
export function QUALBAND(grade: any[][], weight: any[][], bound: any[][], profile?: any[][]): any[][] {
  return spill([grade, weight, bound, profile], (c) => toCell(qualBandOf(c[0], c[1], c[2], c[3])), excelError);
}

/**
 * Score of a common indicator (共性指标) from its rate under the profile: 预算完成率, 在职人员控制率, "三公经费"控制率, 预算调整率 and others.
 * @customfunction COMMONSCORE
 * @param indicator Name of the common indicator, e.g. 预算完成率.
 * @param rate The indicator's rate, e.g. 92.8% or 0.928.
 * @param weight Points of the indicator (分值).
 * @param [profile] Rule profile: national (default), common-framework or strict-local.
 * @returns The score, 2 decimals.
 */
export function COMMONSCORE(indicator: any[][], rate: any[][], weight: any[][], profile?: any[][]): any[][] {
  return spill([indicator, rate, weight, profile], (c) => toCell(commonScoreOf(c[0], c[1], c[2], c[3])), excelError);
}
