/**
 * 得分与计分规则不符: a quantitative row's score recomputed under the profile (指标性质, else the target's
 * operator, else ≥; the profile's reverse method; negative actuals as 0) differs from the stated score by more
 * than the score tolerance. Rows that score-above-weight, full-score-target-missed or
 * score-below-full-target-met already speak for are left to them.
 */
import { findingOf } from "../finding";
import {
  refOf,
  rowName,
  scoreCase,
  scoreGap,
  scoreWorking,
  shownScore,
  tableWithRows,
  writeFix,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "score-recomputed",
  severity: "error",
  title: "得分与计分规则不符",
  description:
    "定量指标的得分按规则口径由年度指标值、实际完成值和分值算出（正向：达成得满分，未达成按分值×实际÷目标；反向按比例或偏离度）。表中得分与重算结果相差超过容差的，应更正。",
  why: "错误：得分由年度指标值、实际完成值和分值按规则算出，重算不符即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const c = scoreCase(row, profile);
      if (c?.kind !== "recomputed") continue;
      const ref = refOf(table, row, "score");
      if (!ref) continue;
      // the score rests on the actual: point at both, as full-score-target-missed does
      const actualRef = refOf(table, row, "actual");
      findings.push(
        findingOf(rule, {
          refs: actualRef ? [ref, actualRef] : [ref],
          message: `${rowName(row)}：按年度指标值 ${c.q.targetStated}、实际完成值 ${c.q.actual.shown}，得分应为 ${shownScore(c.recomputed)} 分（${scoreWorking(c.q, c.weight, profile)}），表中为 ${shownScore(c.score)} 分，${scoreGap(c.score, c.recomputed)}`,
          expected: c.recomputed,
          actual: c.score,
          fix: writeFix(ref, row.score, c.recomputed, shownScore(c.recomputed)),
        }),
      );
    }
    return findings;
  },
};
