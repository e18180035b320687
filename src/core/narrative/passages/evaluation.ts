/**
 * Passages of the 评价报告 (seed 002) that the 自评报告 does not have: 经济性分析 (预算控制: budget, execution, its
 * rate and what is left: "2021年全年预算数为37,364.61万元，全年执行数为37,364.61万元，预算执行率为100%，无结余。")
 * and 效率性分析 (the execution of the budget, then the 产出指标).
 */
import { sub } from "../../decimal";
import { writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { amountText, PassageWriter } from "../writer";
import { writeAmount, writeRate } from "./budget";
import { firstKind, indicatorPassages } from "./indicators";

export function economyPassage(ctx: NarrativeContext): Passage[] | null {
  const { total, unit } = ctx.amounts;
  if (!total) return null;
  const u = unit.text;
  const w = new PassageWriter();
  writeYear(w, ctx).say("全年预算数为");
  writeAmount(w, total.budget, "全年预算数", u).say("，全年执行数为");
  writeAmount(w, total.executed, "全年执行数", u).say("，预算执行率为");
  writeRate(w, total, "");
  if (total.budget && total.executed) {
    // What is left, as the reports say it: "结余4,220.44万元", "无结余"; spending past the budget is no 结余.
    const left = sub(total.budget.value, total.executed.value);
    const refs = [...total.budget.refs, ...total.executed.refs];
    const label = "结余（全年预算数 − 全年执行数）";
    if (left > 0) w.say("，结余").figure(amountText(left), label, refs).say(u);
    else if (left === 0) w.say("，").figure("无结余", label, refs);
    else w.say("，超出预算").figure(amountText(-left), "超出预算（全年执行数 − 全年预算数）", refs).say(u);
  }
  w.say("。");
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
