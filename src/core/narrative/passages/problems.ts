/**
 * 存在问题 (自评报告 三、（一）; 评价报告 四、), from the data only: the department, 基本支出, 项目支出 and each
 * project whose 预算执行率 is under the profile's `lowExecutionBelow` (90%), with the 未执行原因 of the budget
 * table; then the indicators whose target was missed or whose score is below the 分值, with their 偏差原因. A
 * reason the sheet does not give is a gap. Where nothing is wrong, one sentence says what was compared.
 */
import type { BudgetRow, CellRef } from "../../model/types";
import { rateOf, type SpendLine } from "../amounts";
import { marker, writeYear, type NarrativeContext } from "../context";
import { readRow, verdictOf } from "../indicator-words";
import type { Passage } from "../types";
import { asSentence, numberIn, PassageWriter, rateText, saysNothing } from "../writer";
import { writeAmount, writeRate } from "./budget";
import { groupsOf, writeIndicatorBody, writeIndicatorName, writeScores } from "./indicators";

/** The threshold is the profile's, not a cell's: its figure has no cells. */
const THRESHOLD = "预算执行率门槛（规则配置 lowExecutionBelow）";

interface Low {
  readonly slot: string;
  /** As the report names it: 部门整体 / 基本支出 / 项目支出 / the project. */
  readonly name: string;
  readonly line: SpendLine;
  readonly row: BudgetRow | null;
}

function lowLines(ctx: NarrativeContext): Low[] {
  const { total, basic, project, projects } = ctx.amounts;
  const rows = ctx.model.budget?.rows ?? [];
  const below = (line: SpendLine | null): boolean => {
    const r = rateOf(line);
    return r !== null && r.value < ctx.profile.lowExecutionBelow;
  };
  const out: Low[] = [];
  if (below(total))
    out.push({ slot: "total", name: "部门整体", line: total!, row: rows.find((r) => r.kind === "total") ?? null });
  if (below(basic))
    out.push({ slot: "basic", name: "基本支出", line: basic!, row: rows.find((r) => r.kind === "basic") ?? null });
  if (below(project))
    out.push({
      slot: "project",
      name: "项目支出",
      line: project!,
      row: rows.find((r) => r.kind === "project") ?? null,
    });
  const items = rows.filter((r) => r.kind === "item");
  projects.forEach((p, i) => {
    if (below(p)) out.push({ slot: `item/${p.name.text}`, name: p.name.text.trim(), line: p, row: items[i] ?? null });
  });
  return out;
}

/** What the department's low rate comes from, as the report names it: 基本支出 and 项目支出 where they are low
 *  (their projects are in them), else the projects, the first three and how many in all ("A、B、C等5个项目"). */
function writeCauses(w: PassageWriter, lows: readonly Low[]): PassageWriter {
  const groups = lows.filter((o) => o.slot === "basic" || o.slot === "project");
  if (groups.length > 0) return w.say(groups.map((o) => o.name).join("、"));
  const projects = lows.filter((o) => o.slot.startsWith("item/"));
  const named = (o: Low): readonly CellRef[] => (o.row ? [o.row.name.ref] : []);
  projects.slice(0, 3).forEach((o, i) => w.say(i > 0 ? "、" : "").figure(o.name, "项目名称", named(o)));
  if (projects.length > 3) {
    w.say("等").figure(String(projects.length), "预算执行率偏低的项目数", projects.flatMap(named)).say("个项目");
  }
  return w;
}

function lowPassage(ctx: NarrativeContext, low: Low, n: number, others: readonly Low[]): Passage {
  const u = ctx.amounts.unit.text;
  const w = new PassageWriter().say(marker(ctx, 3, n));
  const isProject = low.slot.startsWith("item/");
  if (isProject) w.figure(low.name, "项目名称", low.row ? [low.row.name.ref] : []);
  else w.say(low.name);
  w.say("预算执行率偏低。");
  writeYear(w, ctx);
  if (isProject) w.say("该项目");
  else w.say(low.slot === "total" ? "部门" : low.name);
  w.say("全年预算数为");
  writeAmount(w, low.line.budget, "全年预算数", u).say("，全年执行数为");
  writeAmount(w, low.line.executed, "全年执行数", u).say("，预算执行率为");
  writeRate(w, low.line, isProject ? "" : low.slot === "total" ? "" : low.name);
  w.say("，低于").figure(rateText(ctx.profile.lowExecutionBelow), THRESHOLD, []).say("。");
  const reason = low.row?.reason && !saysNothing(low.row.reason.text) ? low.row.reason : null;
  if (reason) w.say("主要原因：").figure(asSentence(reason.text), "未执行原因", [reason.ref]);
  else if (low.slot === "total" && others.some((o) => o.slot !== "total"))
    // The department's rate is low because of the lines below, each with its own reason.
    writeCauses(w.say("主要是"), others).say("预算执行率偏低所致。");
  else w.say("主要原因：").gap("未执行原因").say("。");
  return w.passage(`problems/low/${low.slot}`, "body", 3);
}

export function problemsPassages(ctx: NarrativeContext): Passage[] | null {
  const lows = lowLines(ctx);
  const missed = groupsOf(ctx.model.indicators).flatMap((g) =>
    g.rows.filter((row) => {
      const q = readRow(row).quantity;
      const w = numberIn(row.weight);
      const s = numberIn(row.score);
      const belowFull = w !== null && s !== null && s < w;
      const miss = q !== null && (verdictOf(q) === "missed" || verdictOf(q) === "over");
      return belowFull || miss;
    }),
  );
  const out: Passage[] = lows.map((l, i) => lowPassage(ctx, l, i + 1, lows));
  if (missed.length > 0) {
    const which = missed.length === 1 ? "个别" : "部分";
    const h = new PassageWriter().say(`${marker(ctx, 3, lows.length + 1)}${which}绩效指标未完全达成。`);
    out.push(h.passage("problems/indicators", "body", 3));
    missed.forEach((row, i) => {
      const { name } = readRow(row);
      const w = new PassageWriter().say(marker(ctx, 4, i + 1));
      writeIndicatorName(w, row, name);
      writeScores(w, [row], name || "该指标").say("：");
      writeIndicatorBody(w, ctx, row);
      out.push(w.passage(`problems/indicator/${name || i + 1}`, "body", 4));
    });
  }
  if (out.length > 0) return out;
  if (!ctx.amounts.total && !ctx.model.indicators) return null;
  const w = new PassageWriter().say("对照");
  const compared: string[] = [];
  if (ctx.amounts.total) compared.push("预算执行情况");
  if (ctx.model.indicators && ctx.model.indicators.rows.length > 0) compared.push("绩效自评表");
  w.say(`${compared.join("和")}，`);
  w.say("未发现");
  if (ctx.amounts.total) {
    w.say("预算执行率低于").figure(rateText(ctx.profile.lowExecutionBelow), THRESHOLD, []).say("的支出");
  }
  if (compared.includes("绩效自评表")) w.say(ctx.amounts.total ? "或未完成的绩效指标" : "未完成的绩效指标");
  w.say("。");
  return [w.passage("problems/none")];
}
