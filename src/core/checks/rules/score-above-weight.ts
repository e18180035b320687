/**
 * 得分高于分值: no score may exceed its 分值, by any amount (compared on clean decimals). For a quantitative row
 * whose target and actual can be read, the fix writes the score the profile gives it.
 */
import type { CellRef } from "../../model/types";
import { sub } from "../../decimal";
import { findingOf } from "../finding";
import {
  met,
  recomputedScore,
  refOf,
  rowName,
  scoreCase,
  scoreWorking,
  shownScore,
  tableWithRows,
  writeFix,
} from "../indicator-table";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "score-above-weight",
  severity: "error",
  title: "得分高于分值",
  description: "指标得分不得超过该指标的分值。超出的，多半是分值或得分填错，审核时会退回。",
  why: "错误：得分高于分值，由同一行的两个数字即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const c = scoreCase(row, profile);
      if (c?.kind !== "above") continue;
      const scoreRef = refOf(table, row, "score");
      const weightRef = refOf(table, row, "weight");
      if (!scoreRef) continue;
      const base = `${rowName(row)}：得分 ${shownScore(c.score)} 分高于分值 ${shownScore(c.weight)} 分，超出 ${shownScore(sub(c.score, c.weight))} 分`;
      let message = base;
      let fix = null;
      let expected = c.weight;
      if (c.q) {
        const right = recomputedScore(c.q, c.weight, profile);
        const how = met(c.q)
          ? "已达成，应得满分"
          : `得分应为 ${shownScore(right)} 分（${scoreWorking(c.q, c.weight, profile)}）`;
        message = `${base}；按年度指标值 ${c.q.targetStated}、实际完成值 ${c.q.actual.shown}，${met(c.q) ? `${how} ${shownScore(right)} 分` : how}`;
        fix = writeFix(scoreRef, row.score, right, shownScore(right));
        expected = right;
      }
      findings.push(
        findingOf(rule, {
          refs: [scoreRef, weightRef].filter((r): r is CellRef => r !== null),
          message,
          expected,
          actual: c.score,
          fix,
        }),
      );
    }
    return findings;
  },
};
