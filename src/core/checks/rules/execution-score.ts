/**
 * 预算执行率及其得分: on the funds block's 年度资金总额 row, the stated 执行率 equals 全年执行数 ÷ 全年预算数
 * within the profile's rate tolerance (a rate cell holds a fraction, 0.8839; 88.39 typed without % is read as
 * 88.39% only where the cell is not formatted as a percentage and that reading matches), and the 得分 equals
 * the profile's execution score of the computed rate within the score tolerance. Fixes write both.
 */
import { div, roundHalfUp, sub, within } from "../../decimal";
import { formatAmount, formatNumber, formatRate } from "../../format";
import { rateScore } from "../../scoring";
import { findingOf } from "../finding";
import {
  computedExecRate,
  execScoreWorking,
  figureState,
  fundsTotal,
  numberOf,
  plainRateCell,
  scoreGap,
  shownScore,
  statedExecRate,
  writeFix,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "execution-score",
  severity: "error",
  title: "预算执行率或其得分有误",
  description:
    "预算执行率 = 全年执行数 ÷ 全年预算数（调整后预算数）；其得分按规则口径计算（全国通用：分值 × 执行率，最高按 100% 计）。表中执行率或得分与重算结果不符的，应更正。",
  why: "错误：执行率和它的得分都由表中金额算出，重算不符即可证明有误。",
  check(model, { profile }) {
    const row = fundsTotal(model);
    if (!row) return [];
    const findings: Finding[] = [];
    const computed = computedExecRate(row);
    const stated = statedExecRate(row, computed, profile);

    if (computed !== null && row.rate && stated !== null) {
      const tol = div(profile.tolerances.ratePoints, 100);
      if (!within(stated, computed, tol)) {
        // In the cell's own convention: percentage points where a plain cell holds points (80 for 80%).
        const points =
          plainRateCell(row.rate) && Math.abs(sub(div(stated, 100), computed)) < Math.abs(sub(stated, computed));
        const value = points ? roundHalfUp(computed * 100, 2) : roundHalfUp(computed, 4);
        const fraction = points ? div(stated, 100) : stated;
        const shown = points ? `${formatNumber(stated)}（按百分数读作 ${formatNumber(stated)}%）` : formatRate(stated);
        findings.push(
          findingOf(rule, {
            refs: [row.rate.ref],
            message: `执行率应为 ${formatRate(computed)}（全年执行数 ${formatAmount(numberOf(row.executed)!)} ÷ 全年预算数 ${formatAmount(numberOf(row.budget)!)}），表中为 ${shown}，相差 ${formatNumber(Math.abs(sub(fraction, computed)) * 100)} 个百分点`,
            expected: computed,
            actual: fraction,
            fix: writeFix(row.rate.ref, row.rate, value, points ? formatNumber(value) : formatRate(value)),
          }),
        );
      }
    }

    const weight = numberOf(row.weight);
    const rate = computed ?? stated;
    if (weight === null || rate === null || !row.score) return findings;
    const expected = rateScore(rate, weight, profile.execution);
    const working = execScoreWorking(rate, weight, profile.execution);
    const fix = writeFix(row.score.ref, row.score, expected, shownScore(expected));
    const state = figureState(row.score);
    if (state === "missing") {
      findings.push(
        findingOf(rule, {
          refs: [row.score.ref],
          message: `未填写预算执行率得分，应为 ${shownScore(expected)} 分（${working}）`,
          expected,
          fix,
        }),
      );
    } else if (state === "number") {
      const score = numberOf(row.score)!;
      if (!within(score, expected, profile.tolerances.score)) {
        findings.push(
          findingOf(rule, {
            refs: [row.score.ref],
            message: `预算执行率得分应为 ${shownScore(expected)} 分（${working}），表中为 ${shownScore(score)} 分，${scoreGap(score, expected)}`,
            expected,
            actual: score,
            fix,
          }),
        );
      }
    }
    return findings;
  },
};
