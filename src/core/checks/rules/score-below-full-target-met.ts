/**
 * 已达成却未得满分: a quantitative row whose actual meets the target, scored below full by more than the score
 * tolerance. A warning: a unit may deduct for a reason it writes down; otherwise the score is the 分值.
 */
import { findingOf } from "../finding";
import { refOf, rowName, scoreCase, scoreGap, shownScore, tableWithRows, writeFix } from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "score-below-full-target-met",
  severity: "warning",
  title: "已达成指标值却未得满分",
  description: "定量指标的实际完成值已达到年度指标值的，应得满分。确有扣分理由的，应在偏差原因分析及改进措施中写明。",
  why: "警告：已达成指标值而扣分，可能另有质量、时效等扣分理由，写明即可成立。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const c = scoreCase(row, profile);
      if (c?.kind !== "belowMet") continue;
      const ref = refOf(table, row, "score");
      if (!ref) continue;
      // the score rests on the actual: point at both, as full-score-target-missed does
      const actualRef = refOf(table, row, "actual");
      findings.push(
        findingOf(rule, {
          refs: actualRef ? [ref, actualRef] : [ref],
          message: `${rowName(row)}：实际完成值 ${c.q.actual.shown} 已达到年度指标值 ${c.q.targetStated}，得分应为满分 ${shownScore(c.weight)} 分，表中为 ${shownScore(c.score)} 分，${scoreGap(c.score, c.weight)}`,
          expected: c.weight,
          actual: c.score,
          fix: writeFix(ref, row.score, c.weight, shownScore(c.weight)),
        }),
      );
    }
    return findings;
  },
};
