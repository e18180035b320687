/**
 * The total score and grade: "经自评，2022年度部门整体支出绩效自评结果为：总分90.84分，自评等级为“优”。其中预算执行率得分
 * 8.84分，产出指标得分35分，效益指标得分37分，满意度指标得分10分。" The total is the sum of the scores of the table
 * (预算执行率 and every indicator), and the grade the profile's grade of that sum (GUIDE §3: grade the unrounded
 * total), so that the report states the right figures even where the table's own 总分 cell is wrong.
 */
import { sum } from "../../decimal";
import type { CellRef } from "../../model/types";
import { gradeOf } from "../../scoring";
import { writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { numberIn, PassageWriter, scoreText } from "../writer";
import { groupsOf } from "./indicators";

export function scorePassage(ctx: NarrativeContext): Passage[] | null {
  const table = ctx.model.indicators;
  const fundsTotal = ctx.model.funds?.rows.find((r) => r.line === "total") ?? null;
  const execScore = fundsTotal?.score && numberIn(fundsTotal.score) !== null ? fundsTotal.score : null;
  if (!table || table.rows.length === 0) return null;

  const parts: { name: string; value: number; refs: CellRef[] }[] = [];
  if (execScore) parts.push({ name: "预算执行率", value: numberIn(execScore)!, refs: [execScore.ref] });
  // A 预算执行率 line with a 分值 but no 得分 leaves the total unknown, like an indicator without a score.
  let complete = !(numberIn(fundsTotal?.weight) !== null && execScore === null);
  const firsts = new Map<string, { value: number; refs: CellRef[] }>();
  for (const g of groupsOf(table)) {
    for (const row of g.rows) {
      const v = numberIn(row.score);
      if (v === null) {
        complete = false;
        continue;
      }
      const entry = firsts.get(g.first) ?? { value: 0, refs: [] };
      entry.value = sum([entry.value, v]);
      entry.refs.push(row.score!.ref);
      firsts.set(g.first, entry);
    }
  }
  for (const [name, e] of firsts) parts.push({ name: name || "绩效指标", ...e });

  const w = new PassageWriter().say("经自评，");
  writeYear(w, ctx).say("度部门整体支出绩效自评结果为：总分");
  if (complete && parts.length > 0) {
    const total = sum(parts.map((p) => p.value));
    const refs = parts.flatMap((p) => p.refs);
    w.figure(scoreText(total), "总分（各项得分之和）", refs).say("分，自评等级为“");
    w.figure(gradeOf(total, ctx.profile).grade, "自评等级（按总分分档）", refs).say("”。");
  } else {
    w.gap("总分").say("分，自评等级为“").gap("自评等级").say("”。");
  }
  if (parts.length > 1) {
    w.say("其中");
    parts.forEach((p, i) => {
      w.say(`${i > 0 ? "，" : ""}${p.name}得分`)
        .figure(scoreText(p.value), `${p.name}得分`, p.refs)
        .say("分");
    });
    w.say("。");
  }
  return [w.passage("score")];
}
