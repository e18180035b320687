/**
 * 偏差原因: a score below full needs a 偏差原因分析及改进措施 (error, where the profile requires it); an actual
 * at or beyond the profile's multiple of a ≥ target (130%) needs one too (warning: 10号 asks whether the target
 * was set too low); and where the profile requires a reason for an execution rate under its threshold, the
 * budget table's 未执行原因 of the 合计 or 项目支出 row must give one (error).
 */
import type { CellRef, WorkbookModel } from "../../model/types";
import { clean, div, sub } from "../../decimal";
import { formatNumber, formatRate } from "../../format";
import { needsOverAchievementReason } from "../../scoring";
import { findingOf } from "../finding";
import {
  execRate,
  isFilled,
  numberOf,
  quantityOf,
  refOf,
  rowName,
  shownScore,
  tableWithRows,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

const REASON = "偏差原因分析及改进措施";

function execReasonGiven(model: WorkbookModel): boolean {
  return (model.budget?.rows ?? []).some((r) => (r.kind === "total" || r.kind === "project") && isFilled(r.reason));
}

export const rule: Rule = {
  id: "reason-required",
  severity: "error",
  title: "缺少偏差原因",
  description:
    "得分低于满分的指标应填写偏差原因分析及改进措施；实际完成值远超年度指标值（默认达到 130%）的，应说明原因（目标是否定得过低）；规则口径要求时，预算执行率低于规定比例的应在预算执行情况中说明未执行原因。",
  why: "错误：规则口径要求得分低于满分（或执行率偏低）须写偏差原因，这一栏空着，扣分就没有依据，审核必然退回。警告：完成值远超指标值的原因，以及表中根本没有偏差原因栏时的说明，可以在报告或附注中另写。",
  check(model, { profile }) {
    const findings: Finding[] = [];
    const table = tableWithRows(model);
    if (table && table.columns.reason === undefined) {
      // A form without the column (a 共性指标 scoring table): told once for the table, as a warning — the
      // form itself gives no place for the reason, so its absence is not the unit's omission in a cell.
      const short = table.rows.filter((row) => {
        const weight = numberOf(row.weight);
        const score = numberOf(row.score);
        return profile.reasons.belowFullScore && weight !== null && score !== null && clean(score) < clean(weight);
      });
      if (short.length > 0) {
        const names = short.slice(0, 5).map(rowName).join("、") + (short.length > 5 ? ` 等 ${short.length} 项` : "");
        findings.push(
          findingOf(rule, {
            refs: short.map((row) => refOf(table, row, "score")).filter((r): r is CellRef => r !== null),
            severity: "warning",
            message: `表中没有“${REASON}”列：${names}得分低于分值，应另作说明`,
          }),
        );
      }
    } else if (table) {
      for (const row of table.rows) {
        if (isFilled(row.reason)) continue;
        const reasonRef = refOf(table, row, "reason");
        const scoreRef = refOf(table, row, "score");
        const noColumn = "";
        const weight = numberOf(row.weight);
        const score = numberOf(row.score);
        if (profile.reasons.belowFullScore && weight !== null && score !== null && clean(score) < clean(weight)) {
          findings.push(
            findingOf(rule, {
              refs: [reasonRef, scoreRef].filter((r): r is CellRef => r !== null),
              message: `${rowName(row)}：得分 ${shownScore(score)} 分低于分值 ${shownScore(weight)} 分（少 ${shownScore(sub(weight, score))} 分），未填写${REASON}${noColumn}`,
              expected: weight,
              actual: score,
            }),
          );
          continue;
        }
        const q = quantityOf(row);
        const at = profile.overAchievementReasonAt;
        if (!q || at === null || !needsOverAchievementReason(q.actual.value, q.target.value, q.op, profile)) continue;
        const actualRef = refOf(table, row, "actual");
        findings.push(
          findingOf(rule, {
            refs: [reasonRef, actualRef].filter((r): r is CellRef => r !== null),
            severity: "warning",
            message: `${rowName(row)}：实际完成值 ${q.actual.shown} 为年度指标值 ${q.target.shown} 的 ${formatRate(div(q.actual.value, q.target.value))}，达到 ${formatNumber(at * 100)}% 以上，应在${REASON}中说明原因${noColumn}`,
            expected: q.target.figure,
            actual: q.actual.figure,
          }),
        );
      }
    }

    const below = profile.reasons.execRateBelow;
    const exec = execRate(model, profile);
    if (below !== null && exec && clean(exec.rate) < clean(below) && !execReasonGiven(model)) {
      const budgetRows = (model.budget?.rows ?? []).filter((r) => r.kind === "total" || r.kind === "project");
      const refs: CellRef[] = [
        ...(exec.row.rate ? [exec.row.rate.ref] : [exec.row.label.ref]),
        ...budgetRows.map((r) => r.reason?.ref ?? r.name.ref),
      ];
      const where = model.budget
        ? "预算执行情况表的合计、项目支出行均未填写未执行原因"
        : "未找到预算执行情况表，未说明未执行原因";
      findings.push(
        findingOf(rule, {
          refs,
          message: `预算执行率 ${formatRate(exec.rate)} 低于 ${formatNumber(below * 100)}%，应说明原因；${where}`,
          expected: below,
          actual: exec.rate,
        }),
      );
    }
    return findings;
  },
};
