/**
 * report-share: a share or counted rate the report states against its own part and whole (GUIDE §2 占比,
 * §7 "a stated figure that disagrees with its own parts").
 *
 * - "城中村 136 个，占比达 78.6%", "流动资产 1,262.54 万元，占比 7.23%", "占资产总额的 7.23%": the part is the
 *   figure just before the share (nothing but punctuation between them); the whole is a figure of the same
 *   unit before the part that is at least as large, in the same sentence first, then in the paragraph.
 * - "排查矛盾纠纷 1815 起，化解 1793 起，化解率为 98.79%": the part is the count labelled with the rate's verb
 *   (化解), the whole another count of the same kind in the sentence (件, 起 and 宗 count the same things).
 * - "实际下达预算 2596 万元，全年度实际总支出 2595.6208 万元，项目预算执行率 99%": the part is the amount just before
 *   the rate in its sentence when it is labelled as spent (支出, 执行, 支付, 拨付; not 基本支出 as a kind), the whole
 *   an amount labelled as the budget (预算, 下达, 批复, 资金, 安排) there or in the sentences before it. Against the
 *   workbook's tables report-figures checks the same rate; this checks the report against itself.
 *
 * Flagged only when no candidate whole gives the stated share within the rate tolerance, at the precision
 * written ("78.6%" ± 0.05 points, "99%" ± 0.5), widened by what the rounding of the stated amounts can move
 * it; the message names the nearest candidate. A share without a stated part or whole is left to report-figures
 * (against the balance sheet) or alone.
 */
import { clean, roundHalfUp } from "../../decimal";
import { formatRate } from "../../format";
import { findingOf } from "../finding";
import type { TextFigure } from "../report/figures-in-text";
import { percentOf, shareAgrees, shareStatements } from "../report/shares";
import { figureReplacement, textFix } from "../report/text-fix";
import type { Finding, Rule } from "../types";

function stated(f: TextFigure): string {
  return f.unit === "%" ? `${f.written}%` : `${f.written} ${f.unit ?? ""}`.trim();
}

export const rule: Rule = {
  id: "report-share",
  severity: "error",
  title: "报告所写占比与其分子分母不符",
  description:
    "核对报告中“占比 X%”“占……的 X%”“化解率为 X%”“预算执行率 X%”等比例与同一段所写的部分数和总数（执行率：紧挨其前的支出数、执行数与所写的预算数、下达数）：按部分数 ÷ 总数重算，超出容差（按所写的小数位，至少 0.05 个百分点；“99%”可差 0.5 个百分点）即报错。比例与自身的分子分母对不上，是审核时最容易发现的逻辑错误，属于数字错误。",
  why: "错误：比例与同一段所写的部分数、总数对不上，由所写数字即可证明有误。",
  check(model, { profile }) {
    const report = model.report;
    if (!report) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      for (const s of shareStatements(p.text)) {
        if (s.candidates.length === 0 || shareAgrees(s, profile.tolerances.ratePoints)) continue;
        const whole = s.candidates[0]!;
        const expected = percentOf(s.part, whole);
        // Corrected in the text only where the whole is not a guess among several.
        const replacement =
          s.candidates.length === 1
            ? figureReplacement(
                p.text,
                s.figure,
                expected,
                s.kind === "execution" ? "预算执行率" : s.words.replace(/[为达是的]+$/, ""),
              )
            : null;
        findings.push(
          findingOf(rule, {
            refs: [p.ref],
            message:
              `报告写${s.words}${/[为达是]$/.test(s.words) ? "" : "为"} ${stated(s.figure)}，` +
              `按${s.kind === "execution" ? "支出" : ""} ${stated(s.part)} ÷ ${s.kind === "execution" ? "预算 " : ""}${stated(whole)}应为 ${formatRate(expected / 100)}` +
              `${s.figure.decimals < 2 ? `（保留 ${s.figure.decimals} 位小数为 ${formatRate(expected / 100, s.figure.decimals)}）` : ""}。`,
            expected: roundHalfUp(expected / 100, 4),
            actual: clean(s.figure.value / 100),
            fix: replacement ? textFix(p, [replacement]) : null,
          }),
        );
      }
    }
    return findings;
  },
};
