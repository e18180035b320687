/**
 * report-total-parts: a total the report states against the parts it lists with it (GUIDE §7 "a stated figure
 * that disagrees with … its own parts").
 *
 * - "共…16954套，其中：总平台558套；…；综治精品社区242套" (jizhou-xueliang-2020): the parts after 其中 add up to
 *   16988, 34 more than the total — error: parts cannot exceed their whole. Parts that add up to less are not
 *   flagged (其中 often names only some), except scores that name every first-level group of the profile
 *   (预算执行率, 产出, 效益, 满意度): those are the whole total.
 * - "实施项目共15个，…年初批复预算8个项目，…年中增加8个项目" (honghe-shuju-2024): at the start of the year plus what
 *   was added (less what was taken away) against the total — warning: a project may have ended or been merged,
 *   which the report must then say.
 * - Amounts in 元 and 万元 mixed in one statement are compared in 元; where the sum holds only if one of them is
 *   read in the other unit ("其中 B 200元" for 200万元), the unit is the slip — warning.
 * Sums are compared at the precision written: half a unit of the last digit of the total and of each amount.
 * Levels of a hierarchy ("其中一级指标3个，二级指标8个，三级指标15个") are not parts; parts that add up may be followed
 * by figures of something else ("其中行政编制20人，事业编制5人，实有23人"); parts are held to exceed their whole only
 * when they are plainly of one kind (one part, a list after "其中：", or labels with a common ending: 行政编制,
 * 事业编制).
 */
import { clean } from "../../decimal";
import { formatNumber } from "../../format";
import type { Profile } from "../../profile-types";
import { findingOf } from "../finding";
import type { TextFigure } from "../report/figures-in-text";
import { checkParts, partsStatements, unitSlip, type PartsStatement } from "../report/totals";
import { quote } from "../report/text";
import type { Finding, Rule } from "../types";

function written(f: TextFigure): string {
  return `${f.written}${f.unit ?? ""}`;
}

/** "共…16954套": the total with the words before it. */
function totalPhrase(f: TextFigure): string {
  return `${quote(f.label.trim(), 14)}${written(f)}`;
}

/** A score total whose parts name every first-level group of the profile: the whole total. */
function exhaustive(s: PartsStatement, profile: Profile): boolean {
  if (s.total.kind !== "score") return false;
  const groups = Object.keys(profile.firstLevelWeights).map((k) => k.slice(0, 2));
  return groups.length > 0 && groups.every((g) => s.parts.some((f) => f.label.includes(g)));
}

/** In the total's own unit, at the most decimals written: 16,988, 269.348 (万元). */
function inTotalUnit(s: PartsStatement, base: number): string {
  const decimals = Math.max(
    s.total.decimals,
    ...s.parts.map((f) => f.decimals + Math.log10(s.total.factor / f.factor)),
  );
  return formatNumber(clean(base / s.total.factor), Math.max(0, Math.min(6, Math.round(decimals))));
}

export const rule: Rule = {
  id: "report-total-parts",
  severity: "error",
  title: "报告所写合计与其分项不符",
  description:
    "核对报告中“共……N，其中：甲……、乙……”所列分项之和与所写合计：分项之和超过合计的，必有数字写错（错误）；各项得分列全（预算执行率、产出、效益、满意度）而与总分不符的，同样是错误。“共N个……年初N1个……年中增加N2个”首尾对不上的，可能有项目撤并，应在报告中说明（警告）。元与万元混写时按元折算比较；只有把某项的“元”读作“万元”（或反之）才对得上的，提示单位写错（警告）。按所写的小数位比较，一级、二级、三级指标等层级个数不是分项。",
  why: "错误：分项之和超过合计，或列全的各项得分与总分不符，由所写数字即可证明有误。警告：首尾对不上的个数可能有撤并，元与万元疑似写错的只是可能，写明或核对即可。",
  check(model, { profile }) {
    const report = model.report;
    if (!report) return [];
    const findings: Finding[] = [];
    for (const p of report.paragraphs) {
      for (const s of partsStatements(p.text)) {
        const c = checkParts(s);
        if (c.agrees) continue;
        const unit = s.total.unit ?? "";
        // A change names its terms ("年初批复预算8个 + 年中增加8个"); parts are plain figures.
        const named = (f: TextFigure) =>
          s.kind === "change" ? `${[...f.label.trim()].slice(-6).join("")}${written(f)}` : written(f);
        const terms = s.parts
          .slice(0, c.count)
          .map((f, i) => `${i === 0 ? (s.signs[i]! < 0 ? "− " : "") : s.signs[i]! < 0 ? " − " : " + "}${named(f)}`)
          .join("");
        const diff = inTotalUnit(s, Math.abs(c.sum - s.total.value * s.total.factor));
        if (s.kind === "change") {
          findings.push(
            findingOf(rule, {
              refs: [p.ref],
              severity: "warning",
              message:
                `“${totalPhrase(s.total)}”，而同一句所写 ${terms} = ${inTotalUnit(s, c.sum)}${unit}，` +
                `相差 ${diff}${unit}：如有撤并、调整，应在报告中写明。`,
              expected: s.total.value,
              actual: clean(c.sum / s.total.factor),
            }),
          );
          continue;
        }
        if (!s.kindred) continue;
        const slip = unitSlip(s);
        if (slip) {
          findings.push(
            findingOf(rule, {
              refs: [p.ref],
              severity: "warning",
              message:
                `“${totalPhrase(s.total)}”，其中各项 ${terms} 与合计不符；若“${written(slip)}”是` +
                `“${slip.written}${slip.factor === 1 ? "万元" : "元"}”则正好相符，疑为单位写错。`,
              expected: s.total.value,
              actual: clean(c.sum / s.total.factor),
            }),
          );
          continue;
        }
        if (!c.exceeds && !exhaustive(s, profile)) continue;
        findings.push(
          findingOf(rule, {
            refs: [p.ref],
            message:
              `“${totalPhrase(s.total)}”，其中所列${c.count > 1 ? "各项" : ""} ${terms}` +
              `${c.count > 1 ? ` = ${inTotalUnit(s, c.sum)}${unit}` : ""}，比合计${c.exceeds ? "多" : "少"} ${diff}${unit}。`,
            expected: s.total.value,
            actual: clean(c.sum / s.total.factor),
          }),
        );
      }
    }
    return findings;
  },
};
