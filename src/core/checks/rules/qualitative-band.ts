/**
 * 定性指标得分与等级不符: a qualitative row (指标性质 定性, or a target or actual that is qualitative text) whose
 * 实际完成值 names a grade (达成年度指标, 部分达成…, 未达成…, or an alias) with a score outside that grade's band
 * of the 分值 ([min, max), the top band closed). Where the actual names no grade, there is nothing to compare.
 */
import type { CellRef } from "../../model/types";
import { clean } from "../../decimal";
import { formatNumber } from "../../format";
import { bandBounds } from "../../scoring";
import { findingOf } from "../finding";
import { isQualitative, namedBand, numberOf, refOf, rowName, shownScore, tableWithRows } from "../indicator-table";
import type { Finding, Rule } from "../types";

const pct = (share: number): string => `${formatNumber(share * 100)}%`;

export const rule: Rule = {
  id: "qualitative-band",
  severity: "error",
  title: "定性指标得分超出等级区间",
  description:
    "定性指标按完成等级计分：达成年度指标得分值的 80%–100%，部分达成并具有一定效果得 60%（或 50%）至 80%，未达成且效果较差得 60%（或 50%）以下。得分应落在实际完成值所写等级的区间内。",
  why: "错误：得分落在所写完成等级的区间之外，由等级和分值即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    if (!table) return [];
    const top = Math.max(...profile.qualitativeBands.map((b) => b.max));
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (!isQualitative(row)) continue;
      const band = namedBand(row, profile);
      const weight = numberOf(row.weight);
      const score = numberOf(row.score);
      if (!band || weight === null || score === null || !(weight > 0)) continue;
      if (clean(score) > clean(weight)) continue; // score-above-weight says so
      const { min, max } = bandBounds(band, weight);
      const closed = band.max === top;
      const inside = clean(score) >= min && (closed ? clean(score) <= max : clean(score) < max);
      if (inside) continue;
      const ref = refOf(table, row, "score");
      if (!ref) continue;
      const actualRef = refOf(table, row, "actual");
      const range = `${shownScore(min)} 分${closed ? "至" : "至不足"} ${shownScore(max)} 分`;
      const side =
        clean(score) < min
          ? `低于该档下限 ${shownScore(min)} 分`
          : closed
            ? `高于该档上限 ${shownScore(max)} 分`
            : `达到了该档上限 ${shownScore(max)} 分（上限不含在内）`;
      findings.push(
        findingOf(rule, {
          refs: [ref, actualRef].filter((r): r is CellRef => r !== null),
          message: `${rowName(row)}：实际完成值为“${String(row.actual?.raw ?? band.grade).trim()}”，得分应在 ${range}（分值 ${shownScore(weight)} 的 ${pct(band.min)}${closed ? "–" : "至不足 "}${pct(band.max)}），表中为 ${shownScore(score)} 分，${side}`,
          expected: null,
          actual: score,
        }),
      );
    }
    return findings;
  },
};
