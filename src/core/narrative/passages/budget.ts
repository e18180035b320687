/**
 * 预算及执行情况 (自评报告 一、（五）; 评价报告 一、（一）), in the seed's words:
 * "2022年全年预算数为36,353.37万元，资金来源全部为当年财政拨款，其中基本支出16,084.20万元，项目支出20,269.17万元。"
 * "2022年全年执行数为32,132.93万元，预算执行率为88.39%，其中基本支出15,478.81万元，预算执行率为96.24%；项目支出
 * 16,654.12万元，预算执行率为82.16%。"
 * The funding source is said to be all 财政拨款 only when the funds block shows the other sources as 0.
 */
import { rateOf, type Amount, type SpendLine } from "../amounts";
import { writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { amountText, PassageWriter, rateText } from "../writer";

const RATE_LABEL = "预算执行率（全年执行数 ÷ 全年预算数）";

export function writeAmount(w: PassageWriter, amount: Amount | null, label: string, unit: string): PassageWriter {
  if (!amount) return w.gap(label).say(unit);
  return w.figure(amountText(amount.value), label, amount.refs).say(unit);
}

export function writeRate(w: PassageWriter, line: SpendLine | null, label: string): PassageWriter {
  const rate = rateOf(line);
  return rate ? w.figure(rateText(rate.value), `${label}${RATE_LABEL}`, rate.refs) : w.gap(`${label}预算执行率`);
}

function sources(w: PassageWriter, ctx: NarrativeContext): void {
  const { sources: s, total, unit } = ctx.amounts;
  const parts = (["appropriation", "carryover", "other"] as const).filter((k) => s[k] !== undefined);
  if (parts.length === 0) return;
  const appropriation = s.appropriation;
  const allAppropriation =
    appropriation &&
    total?.budget &&
    appropriation.value === total.budget.value &&
    (["carryover", "other"] as const).every((k) => s[k] === undefined || (s[k] !== null && s[k]!.value === 0));
  if (allAppropriation) {
    w.say("，资金来源全部为当年财政拨款");
    return;
  }
  const names = { appropriation: "财政拨款", carryover: "上年结转资金", other: "其他资金" } as const;
  const known = parts.filter((k) => s[k] !== null && s[k]!.value !== 0);
  if (known.length === 0) return;
  w.say("，资金来源为");
  known.forEach((k, i) => {
    if (i > 0) w.say("、");
    w.say(names[k]);
    writeAmount(w, s[k]!, names[k], unit.text);
  });
}

/** The two paragraphs: the budget and its sources, then the execution. */
export function budgetPassages(ctx: NarrativeContext, slot = "budget"): Passage[] | null {
  const { total, basic, project, unit } = ctx.amounts;
  if (!total && !basic && !project) return null;
  const u = unit.text;
  const split = basic !== null || project !== null;

  const b = new PassageWriter();
  writeYear(b, ctx).say("全年预算数为");
  writeAmount(b, total?.budget ?? null, "全年预算数", u);
  sources(b, ctx);
  if (split) {
    b.say("，其中基本支出");
    writeAmount(b, basic?.budget ?? null, "基本支出全年预算数", u).say("，项目支出");
    writeAmount(b, project?.budget ?? null, "项目支出全年预算数", u);
  }
  b.say("。");

  const e = new PassageWriter();
  writeYear(e, ctx).say("全年执行数为");
  writeAmount(e, total?.executed ?? null, "全年执行数", u).say("，预算执行率为");
  writeRate(e, total, "");
  if (split) {
    e.say("，其中基本支出");
    writeAmount(e, basic?.executed ?? null, "基本支出全年执行数", u).say("，预算执行率为");
    writeRate(e, basic, "基本支出").say("；项目支出");
    writeAmount(e, project?.executed ?? null, "项目支出全年执行数", u).say("，预算执行率为");
    writeRate(e, project, "项目支出");
  }
  e.say("。");
  return [b.passage(`${slot}.budget`), e.passage(`${slot}.executed`)];
}
