/**
 * 满分但未达成年度指标值: a quantitative row scored full while its actual misses the target. The fix writes the
 * score the profile gives (分值 × 实际 ÷ 目标 for ≥; the reverse method for ≤). Where the miss does not show at
 * two decimals of the score, there is nothing to report.
 */
import { findingOf } from "../finding";
import { refOf, rowName, scoreCase, scoreWorking, shownScore, tableWithRows, writeFix } from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "full-score-target-missed",
  severity: "error",
  title: "未达成指标值却得满分",
  description:
    "定量指标的实际完成值未达到年度指标值的，不得给满分，应按比例计分（正向：分值×实际÷目标；反向按规则口径）。",
  why: "错误：实际完成值未达年度指标值，按计分规则不可能得满分，由同一行的数字即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const c = scoreCase(row, profile);
      if (c?.kind !== "fullMissed") continue;
      const ref = refOf(table, row, "score");
      if (!ref) continue;
      const actualRef = refOf(table, row, "actual");
      findings.push(
        findingOf(rule, {
          refs: actualRef ? [ref, actualRef] : [ref],
          message: `${rowName(row)}：实际完成值 ${c.q.actual.shown} 未达到年度指标值 ${c.q.targetStated}，不应得满分；得分应为 ${shownScore(c.recomputed)} 分（${scoreWorking(c.q, c.weight, profile)}），表中为 ${shownScore(c.score)} 分`,
          expected: c.recomputed,
          actual: c.score,
          fix: writeFix(ref, row.score, c.recomputed, shownScore(c.recomputed)),
        }),
      );
    }
    return findings;
  },
};
