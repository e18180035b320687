/**
 * Turning the arguments of a formula (cell values as they arrive) into figures, with the messages an
 * accountant needs when one is not a figure: which argument, what it holds, what was expected.
 */
import { parseFigure, parseTarget, type Figure, type Op, type Target, type Unit } from "./figures";
import { clean } from "./decimal";
import { fail, ok, type Failure, type Result } from "./result";

export interface Operand {
  readonly value: number;
  readonly unit: Unit | null;
}

function show(input: unknown): string {
  if (typeof input === "string") return `“${input.trim()}”`;
  if (input instanceof Date) return "日期";
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  return String(input);
}

function notAFigure(input: unknown, name: string, figure: Figure): Failure {
  switch (figure.kind) {
    case "blank":
      return fail("value", `${name}为空，应填写数字`);
    case "none":
      return fail("value", `${name}为 ${show(input)}，没有可计算的数字`);
    case "invalid":
      return fail(
        "value",
        `${name} ${show(input)} 不是数字${figure.reason === "不是数字" ? "" : `：${figure.reason}`}`,
      );
    case "number":
      return fail("value", `${name}有误`);
  }
}

/** A figure that must be present (a numerator, an actual, a 分值). */
export function operand(input: unknown, name: string): Result<Operand> {
  if (typeof input === "number" && Number.isFinite(input)) return ok({ value: input, unit: null });
  const f = parseFigure(input);
  return f.kind === "number" ? ok({ value: f.value, unit: f.unit }) : notAFigure(input, name, f);
}

/** A denominator: blank, "—" or zero is #DIV/0!, text that is not a figure is #VALUE!. */
export function denominator(input: unknown, name: string): Result<Operand> {
  if (typeof input === "number" && Number.isFinite(input)) {
    return input === 0 ? fail("div0", `${name}为 0，不能作分母`) : ok({ value: input, unit: null });
  }
  const f = parseFigure(input);
  if (f.kind === "number")
    return f.value === 0 ? fail("div0", `${name}为 0，不能作分母`) : ok({ value: f.value, unit: f.unit });
  if (f.kind === "blank" || f.kind === "none") return fail("div0", `${name}为空，不能作分母`);
  return notAFigure(input, name, f);
}

/** An optional figure: null or blank gives the default. */
export function optionalOperand(input: unknown, name: string, fallback: number): Result<Operand> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return ok({ value: fallback, unit: null });
  }
  return operand(input, name);
}

/** A target or actual that may fold an operator and unit into its text ("≥95%", "不高于150万元", "1批"). */
export function targetOperand(input: unknown, name: string): Result<Operand & { readonly op: Op | null }> {
  if (typeof input === "number" && Number.isFinite(input)) return ok({ value: input, unit: null, op: null });
  const t = parseTarget(input);
  if (isTarget(t)) return ok({ value: t.value, unit: t.unit, op: t.op });
  return notAFigure(input, name, t);
}

function isTarget(t: Target | Figure): t is Target {
  return "op" in t;
}

/**
 * Brings two figures to one scale: amounts in 元/万元/亿元 are compared in 元; a percentage against a plain
 * number is allowed only where the plain number reads as a fraction (under 10), since "90" against "95%" is
 * almost surely 90%, and guessing that silently would give a wrong score.
 */
export function commensurate(a: Operand, aName: string, b: Operand, bName: string): Result<readonly [number, number]> {
  const ua = a.unit;
  const ub = b.unit;
  if (ua && ub) {
    if (ua.kind !== ub.kind || ((ua.kind === "count" || ua.kind === "other") && ua.text !== ub.text)) {
      return fail("value", `单位不一致：${aName}的单位是“${ua.text}”，${bName}的单位是“${ub.text}”`);
    }
    return ok([a.value * ua.factor, b.value * ub.factor] as const);
  }
  const percent = ua?.kind === "percent" ? "a" : ub?.kind === "percent" ? "b" : null;
  if (percent) {
    const plain = percent === "a" ? b : a;
    const plainName = percent === "a" ? bName : aName;
    const percentName = percent === "a" ? aName : bName;
    if (Math.abs(plain.value) >= 10) {
      return fail(
        "value",
        `${percentName}是百分比，${plainName} ${plain.value} 却是普通数字：若指 ${plain.value}%，请写成 ${plain.value}% 或 ${clean(plain.value / 100)}`,
      );
    }
  }
  return ok([a.value, b.value] as const);
}
