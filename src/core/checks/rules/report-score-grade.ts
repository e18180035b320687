/**
 * report-score-grade: the grade the report states against the total score it states (GUIDE §3: 优 ≥ 90, 良 80 to
 * under 90, 中 60 to under 80, 差 under 60, by the rule profile; the unrounded total) — "自评总分 85 分，评价等级
 * 为优" is wrong whatever the table says: 85 is 良.
 *
 * Read where one paragraph states both a total (总分, 综合得分, 综合评分, 自评得分 …) and a grade (等级为优 …), the
 * grade after the total. Where the workbook has its 绩效自评表's total or grade, report-figures holds the
 * report to them instead (and grade-fits-total the table's grade to its total). Error: the grade of a stated
 * total is arithmetic.
 */
import { formatScore } from "../../format";
import { gradeOf } from "../../scoring";
import { findingAt } from "../report/finding-at";
import { statedGrades, statedTotals } from "../report/grades";
import type { Finding, Rule } from "../types";

export const rule: Rule = {
  id: "report-score-grade",
  severity: "error",
  title: "报告所写等级与总分不符",
  description:
    "报告写明总分又写明等级的，等级应按规则口径由总分确定（全国通用：优 90 分及以上，良 80 至不足 90 分，中 60 至不足 80 分，差不足 60 分；按不四舍五入的总分）。工作簿有绩效自评表总分或等级时，由“报告数字与报表不符”核对报告与表。等级与所写总分不符是数字错误。",
  why: "错误：等级由总分按规定区间确定，与所写总分不符即可证明有误。",
  check(model, { profile }) {
    const report = model.report;
    if (!report || model.indicators?.total || model.indicators?.grade) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      const totals = statedTotals(p.text);
      if (totals.length === 0) continue;
      for (const g of statedGrades(p.text)) {
        const total = totals.filter((t) => t.start < g.at).pop();
        if (!total) continue;
        const band = gradeOf(total.value, profile);
        if (band.grade === g.grade) continue;
        const bands = profile.grades
          .map((b, i, all) =>
            i === all.length - 1 && i > 0
              ? `${b.grade}不足 ${formatScore(all[i - 1]!.min)} 分`
              : `${b.grade} ${formatScore(b.min)} 分及以上`,
          )
          .join("，");
        findings.push(
          findingAt(rule, {
            refs: [p.ref],
            message: `报告写总分 ${total.written} 分、等级为“${g.written}”，按规则口径（${bands}）${total.written} 分应为“${band.grade}”。`,
          }),
        );
      }
    }
    return findings;
  },
};
