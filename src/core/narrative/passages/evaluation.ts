/**
 * Passages of the 评价报告 (seed 002) that the 自评报告 does not have: 经济性分析 (预算控制: budget, execution
 * and what is left) and 效率性分析 (the execution of the budget, then the 产出指标).
 */
import { sub } from "../../decimal";
import { formatAmount } from "../../format";
import { writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { PassageWriter } from "../writer";
import { writeAmount, writeRate } from "./budget";
import { firstKind, indicatorPassages } from "./indicators";

export function economyPassage(ctx: NarrativeContext): Passage[] | null {
  const { total, unit } = ctx.amounts;
  if (!total) return null;
  const u = unit.text;
  const w = new PassageWriter();
  writeYear(w, ctx).say("全年预算数为");
  writeAmount(w, total.budget, "全年预算数", u).say("，全年执行数为");
  writeAmount(w, total.executed, "全年执行数", u);
  if (total.budget && total.executed) {
    const left = sub(total.budget.value, total.executed.value);
    w.say("，结余").figure(formatAmount(left), "结余（全年预算数 − 全年执行数）", [
      ...total.budget.refs,
      ...total.executed.refs,
    ]);
    w.say(u);
  }
  w.say("，预算执行率为");
  writeRate(w, total, "").say("。");
  return [w.passage("economy")];
}

export function efficiencyPassages(ctx: NarrativeContext): Passage[] | null {
  const { total, basic, project } = ctx.amounts;
  const out: Passage[] = [];
  if (total) {
    const w = new PassageWriter();
    writeYear(w, ctx).say("部门整体预算执行率为");
    writeRate(w, total, "");
    if (basic || project) {
      w.say("，其中基本支出预算执行率为");
      writeRate(w, basic, "基本支出").say("，项目支出预算执行率为");
      writeRate(w, project, "项目支出");
    }
    out.push(w.say("。").passage("efficiency/execution"));
  }
  const outputs = indicatorPassages(ctx, (f) => firstKind(f) === "output" || firstKind(f) === "other", "indicators");
  if (outputs) out.push(...outputs);
  return out.length > 0 ? out : null;
}
