/**
 * 自评等级: the stated grade is the one the profile gives the (unrounded) stated total: 优 ≥ 90, 良 80 to under
 * 90, 中 60 to under 80, 差 under 60 by default. "优秀", "良好", "中等", "较差" read as 优, 良, 中, 差.
 */
import type { GradeBand, Profile } from "../../profile-types";
import { gradeOf } from "../../scoring";
import { findingOf } from "../finding";
import { normalizeLabel, numberOf, presence, shownScore, tableWithRows, writeFix } from "../indicator-table";
import type { Rule } from "../types";

function sameGrade(stated: string, grade: string): boolean {
  const s = normalizeLabel(stated);
  if (s === grade) return true;
  return (s.length === grade.length + 1 && s.startsWith(grade) && /[秀好等]$/.test(s)) || s === `较${grade}`;
}

/** "80 分及以上、不足 90 分" for a grade of the profile. */
function rangeOf(band: GradeBand, profile: Profile): string {
  const i = profile.grades.indexOf(band);
  const above = i > 0 ? profile.grades[i - 1] : undefined;
  if (!above) return `${shownScore(band.min)} 分及以上`;
  if (band.min === 0) return `不足 ${shownScore(above.min)} 分`;
  return `${shownScore(band.min)} 分及以上、不足 ${shownScore(above.min)} 分`;
}

export const rule: Rule = {
  id: "grade-fits-total",
  severity: "error",
  title: "自评等级与总分不符",
  description:
    "自评等级按总分（不四舍五入）确定：优 90 分及以上，良 80 至不足 90 分，中 60 至不足 80 分，差不足 60 分（以规则口径为准）。",
  why: "错误：等级由总分按规定区间确定，与总分不符即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    const gradeCell = table?.grade;
    const total = numberOf(table?.total);
    if (!table || !gradeCell || total === null) return [];
    const band = gradeOf(total, profile);
    const why = `总分 ${shownScore(total)} 分（${rangeOf(band, profile)}）对应等级“${band.grade}”`;
    const fix = writeFix(gradeCell.ref, gradeCell, band.grade, `“${band.grade}”`);
    if (presence(gradeCell) !== "filled") {
      return [findingOf(rule, { refs: [gradeCell.ref], message: `未填写自评等级：${why}`, fix })];
    }
    if (sameGrade(gradeCell.text, band.grade)) return [];
    return [
      findingOf(rule, {
        refs: [gradeCell.ref, table.total!.ref],
        message: `${why}，表中为“${gradeCell.text.trim()}”`,
        fix,
      }),
    ];
  },
};
