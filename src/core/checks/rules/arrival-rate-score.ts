/**
 * 资金到位率: in a scoring table of the evaluation framework (项目决策 / 项目管理 / 项目绩效, 财预〔2020〕10号's
 * 指标体系), the 到位率 indicator is computed from the money the form's cover grid states: 实际到位资金 ÷
 * 计划投资额 (the 预算资金 planned). Its score is the 分值 × that rate, capped at 100%. A stated score off the
 * computed one by more than the score tolerance is an error: the figure is provably wrong, from the form's own
 * figures (海南 服务贸易: 398.88 ÷ 570 = 69.98%, so 3 × 69.98% = 2.10, not the full 3).
 */
import { div, mul, roundHalfUp, sub } from "../../decimal";
import { formatNumber, formatRate } from "../../format";
import type { MoneyFact } from "../../model/types";
import { findingOf } from "../finding";
import { numberOf, scoreGap, shownScore, tableWithRows, writeFix } from "../indicator-table";
import type { Finding, Rule } from "../types";

const ARRIVAL = /^(?:项目)?资金到位率$|^到位率$/;

const amountOf = (money: readonly MoneyFact[], key: MoneyFact["key"]): MoneyFact | undefined =>
  money.find((m) => m.key === key);

export const rule: Rule = {
  id: "arrival-rate-score",
  severity: "error",
  title: "资金到位率得分与到位资金不符",
  description:
    "评价指标体系中的“资金到位率”= 实际到位资金 ÷ 计划投资额（预算资金），得分为分值 × 到位率（最高按 100% 计）。表中到位率指标的得分与表头所列资金算出的不符，是可由表中数字证明的错误。",
  why: "错误：到位率和它的得分由表头所列资金算出，重算不符即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    const money = model.unit.money ?? [];
    const planned = amountOf(money, "planned");
    const arrived = amountOf(money, "arrived");
    if (!table || !planned || !arrived) return [];
    const plan = numberOf(planned.value);
    const got = numberOf(arrived.value);
    if (plan === null || got === null || plan <= 0) return [];
    const rate = div(got, plan);
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (!row.third || !ARRIVAL.test(row.third.text.replace(/\s/g, ""))) continue;
      const weight = numberOf(row.weight);
      const score = numberOf(row.score);
      if (weight === null || score === null || !row.score) continue;
      const expected = roundHalfUp(mul(weight, Math.min(rate, 1)), 2);
      if (Math.abs(sub(score, expected)) <= profile.tolerances.score) continue;
      findings.push(
        findingOf(rule, {
          refs: [row.score.ref, arrived.value.ref, planned.value.ref],
          message:
            `${row.third.text.trim()} = 实际到位资金 ${formatNumber(got)} ÷ 计划投资额 ${formatNumber(plan)} = ${formatRate(rate)}，` +
            `得分应为 ${shownScore(expected)} 分（分值 ${shownScore(weight)} × ${formatRate(Math.min(rate, 1))}），表中为 ${shownScore(score)} 分，${scoreGap(score, expected)}`,
          expected,
          actual: score,
          fix: writeFix(row.score.ref, row.score, expected, shownScore(expected)),
        }),
      );
    }
    return findings;
  },
};
