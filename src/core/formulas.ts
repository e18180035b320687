/**
 * The core formulas of GUIDE §2. Every ratio is returned as a fraction (Excel formats it as %), computed from
 * the figures as given, without rounding: rounding is for display. A zero or blank denominator is a failure
 * (#DIV/0!), never 0 and never Infinity.
 */
import { clean, div, sub } from "./decimal";
import { commensurate, denominator, operand, type Operand } from "./operands";
import type { Profile } from "./profile-types";
import { fail, type Result, ok } from "./result";

/** numerator ÷ denominator for two cell values, with the argument names used in messages. */
export function ratioOf(
  numerator: unknown,
  denominatorValue: unknown,
  numName: string,
  denName: string,
): Result<number> {
  if (typeof numerator === "number" && typeof denominatorValue === "number" && denominatorValue !== 0) {
    // Plain numbers, the common case over large ranges: no units to reconcile.
    if (Number.isFinite(numerator) && Number.isFinite(denominatorValue))
      return finite(div(numerator, denominatorValue));
  }
  const n = operand(numerator, numName);
  if (!n.ok) return n;
  const d = denominator(denominatorValue, denName);
  if (!d.ok) return d;
  return ratio(n.value, numName, d.value, denName);
}

/** numerator ÷ denominator for parsed figures (units reconciled). */
export function ratio(n: Operand, numName: string, d: Operand, denName: string): Result<number> {
  const both = commensurate(n, numName, d, denName);
  if (!both.ok) return both;
  const [a, b] = both.value;
  if (b === 0) return fail("div0", `${denName}为 0，不能作分母`);
  return finite(div(a, b));
}

/** A result that is too large to mean anything (1e308 ÷ 1e-308) is refused, never Infinity. */
function finite(x: number): Result<number> {
  return Number.isFinite(x) ? ok(x) : fail("value", "计算结果超出可表示的范围，请核对数字的大小和单位");
}

/** 预算执行率 = 全年执行数 ÷ 全年预算数 (the adjusted annual budget, not 年初预算数). */
export function execRate(executed: unknown, budget: unknown): Result<number> {
  return ratioOf(executed, budget, "全年执行数", "全年预算数");
}

/** 资产负债率 = 负债合计 ÷ 资产合计. */
export function debtRatio(liabilities: unknown, assets: unknown): Result<number> {
  return ratioOf(liabilities, assets, "负债合计", "资产合计");
}

/** 变动率 / 同比 = (本年 − 上年) ÷ 上年 (结转结余变动率, "三公经费"变动率). */
export function changeRate(current: unknown, previous: unknown): Result<number> {
  const c = operand(current, "本年数");
  if (!c.ok) return c;
  const p = denominator(previous, "上年数");
  if (!p.ok) return p;
  const both = commensurate(c.value, "本年数", p.value, "上年数");
  if (!both.ok) return both;
  const [now, before] = both.value;
  return finite(div(sub(now, before), before));
}

/** 占比 = 部分 ÷ 合计; also 完成率, 控制率, 执行率 and the other part-of-whole rates of GUIDE §2. */
export function share(part: unknown, total: unknown): Result<number> {
  return ratioOf(part, total, "部分数", "合计数");
}

/**
 * 结转结余率 = 结转结余总额 ÷ 预算数; where the profile divides by 支出完成数, the expenditure is the
 * denominator and must be given.
 */
export function carryoverRate(
  carryover: unknown,
  budget: unknown,
  expenditure: unknown,
  profile: Profile,
): Result<number> {
  if (profile.carryoverBase === "expenditure") {
    if (expenditure === null || expenditure === undefined || expenditure === "") {
      return fail("value", `规则口径“${profile.name}”以支出完成数为分母，请填写第 3 个参数（支出完成数）`);
    }
    return ratioOf(carryover, expenditure, "结转结余总额", "支出完成数");
  }
  return ratioOf(carryover, budget, "结转结余总额", "预算数");
}

/** The fraction as percentage points with the 15 significant digits Excel keeps (0.8839 → 88.39). */
export function toPercentPoints(fraction: number): number {
  return clean(fraction * 100);
}
