/**
 * report-text-score: "完成年度绩效指标值的 P%" against the 指标分数 W and 实际得分 S the same indicator passage
 * states (GUIDE §3, §7). The reports write the completion as the score's share of the weight (100% for a full
 * score), so where S is below W, P must be S ÷ W: "指标分数 20 分，实际得分 17 分 … 完成年度绩效指标值的 90%"
 * says 90% where the score says 85%.
 *
 * A full score with "100%" is consistent whatever the actual (the reports cap completion at 100%), so only
 * scores below the weight are compared. The passage is the paragraph with the scores, or, when that paragraph
 * is a heading ("1、可持续性影响指标（…，指标分数 20 分，实际得分 17 分）"), the paragraphs that follow it up to
 * the next heading. P agrees at the precision written, and at least the profile's rate tolerance.
 */
import { clean, div, roundHalfUp, within } from "../../decimal";
import { formatNumber, formatScore } from "../../format";
import type { CellRef } from "../../model/types";
import { findingAt } from "../report/finding-at";
import { bodyOf, completionStatements, matchIndicator, scoreStatements } from "../report/indicator-statements";
import { statedTolerance } from "../report/text";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "report-text-score",
  severity: "warning",
  title: "报告所写完成比例与得分不一致",
  description:
    "报告中各指标“完成年度绩效指标值的 P%”应与同一段的实际得分 ÷ 指标分数一致（满分对应 100%）。得分低于指标分数而所写比例与得分率不符时提示：要么比例写错，要么得分打错。",
  why: "警告：所写完成比例与得分率不一致，可能是比例写错，也可能是得分打错，须由单位核对后更正其一。",
  check(model, { profile }) {
    const report = model.report;
    if (!report) return [];
    const paragraphs = report.paragraphs.map((p) => p.text);
    const findings: Finding[] = [];
    for (const s of scoreStatements(paragraphs)) {
      if (!s.weight || !s.score || !(s.weight.value > 0)) continue;
      const w = s.weight.value;
      const sc = s.score.value;
      if (within(sc, w, profile.tolerances.score) || sc > w) continue;
      const ratio = div(sc * 100, w);
      const match = matchIndicator(s.names, model.indicators);
      const cells: CellRef[] =
        match?.level === "third" ? match.rows.flatMap((r) => (r.score ? [r.score.ref] : [])) : [];
      const name = match?.name ?? s.names[0] ?? "该指标";
      for (const j of bodyOf(s, paragraphs)) {
        for (const c of completionStatements(paragraphs[j]!)) {
          if (within(c.value, ratio, statedTolerance(c.decimals, profile.tolerances.ratePoints))) continue;
          const refs = [
            report.paragraphs[j]!.ref,
            ...(j === s.index ? [] : [report.paragraphs[s.index]!.ref]),
            ...cells,
          ];
          findings.push(
            findingAt(rule, {
              refs,
              message:
                `${name}：报告称完成年度绩效指标值的 ${c.written}%，但指标分数 ${s.weight.written} 分、实际得分 ` +
                `${s.score.written} 分，得分率为 ${formatNumber(ratio)}%，两者不一致` +
                `（按 ${c.written}% 应得 ${formatScore((c.value / 100) * w)} 分）。`,
              expected: roundHalfUp(ratio / 100, 4),
              actual: clean(c.value / 100),
            }),
          );
        }
      }
    }
    return findings;
  },
};
