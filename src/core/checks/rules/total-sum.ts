/**
 * 总分: the stated total equals the 预算执行率 score (the funds block's 年度资金总额 row) plus every indicator's
 * score, within the score tolerance. A blank 总分 cell is filled by the fix.
 */
import { sum, within } from "../../decimal";
import { findingOf } from "../finding";
import {
  figureState,
  fundsTotal,
  numberOf,
  presence,
  scoreGap,
  shownScore,
  tableWithRows,
  writeFix,
} from "../indicator-table";
import type { Rule } from "../types";

export const rule: Rule = {
  id: "total-sum",
  severity: "error",
  title: "总分与各项得分之和不符",
  description: "总分应等于预算执行率得分与各指标得分之和。不符的，多半是漏加、重加或改了得分未改总分。",
  why: "错误：总分是各项得分之和，加总不符即可证明有误。",
  check(model, { profile }) {
    const table = tableWithRows(model);
    const totalCell = table?.total;
    if (!table || !totalCell) return [];
    if (table.rows.some((r) => figureState(r.score) !== "number")) {
      // The scores it adds are missing (their rows report it); a blank 总分 beside them is missing too.
      if (figureState(totalCell) !== "missing") return [];
      return [findingOf(rule, { refs: [totalCell.ref], message: "未填写总分（各指标得分也未填全，总分无从计算）" })];
    }
    const funds = fundsTotal(model);
    const execScore = funds ? numberOf(funds.score) : null;
    // A 预算执行率 that carries a 分值 must carry a score too; without one the total is unknown.
    if (funds && execScore === null && (presence(funds.score) !== "blank" || numberOf(funds.weight) !== null))
      return [];
    const indicators = sum(table.rows.map((r) => numberOf(r.score)!));
    const expected = execScore === null ? indicators : sum([execScore, indicators]);
    const parts =
      execScore === null
        ? `各指标得分合计 ${shownScore(indicators)} 分`
        : `预算执行率得分 ${shownScore(execScore)} 分与各指标得分 ${shownScore(indicators)} 分之和 ${shownScore(expected)} 分`;
    const fix = writeFix(totalCell.ref, totalCell, expected, shownScore(expected));
    const state = figureState(totalCell);
    if (state === "unreadable") return [];
    if (state === "missing") {
      return [findingOf(rule, { refs: [totalCell.ref], message: `未填写总分，应为${parts}`, expected, fix })];
    }
    const stated = numberOf(totalCell)!;
    if (within(stated, expected, profile.tolerances.score)) return [];
    // the total and the scores it adds, as weights-total names every 分值
    const terms = [
      ...(funds?.score && execScore !== null ? [funds.score.ref] : []),
      ...table.rows.map((r) => r.score!.ref),
    ];
    return [
      findingOf(rule, {
        refs: [totalCell.ref, ...terms],
        message: `总分 ${shownScore(stated)} 分不等于${parts}，${scoreGap(stated, expected)}`,
        expected,
        actual: stated,
        fix,
      }),
    ];
  },
};
