/**
 * What the rules over the 绩效自评表 (indicator table, the funds block's 预算执行率, 总分 and 等级) share:
 * reading a row's cells as figures, telling quantitative rows from qualitative ones, putting a row's target
 * and actual on one scale, the score a row should have, labels compared as a reviewer reads them, and the
 * wording of figures in messages. Pure functions of the model and the profile; nothing here raises findings.
 */
import { clean, div, roundHalfUp, sub, within } from "../decimal";
import { parseFigure, unitOf, type Figure, type Op, type Target, type Unit } from "../figures";
import { formatNumber, formatRate, formatScore } from "../format";
import type {
  Cell,
  CellRef,
  FigureCell,
  FundsRow,
  IndicatorColumn,
  IndicatorRow,
  IndicatorTable,
  TargetCell,
  TextCell,
  WorkbookModel,
} from "../model/types";
import { commensurate, type Operand } from "../operands";
import type { Profile, QualitativeBand, RateRule } from "../profile-types";
import { bandOfGrade, direction, isMet, quantitativeScore } from "../scoring";
import type { CellWrite, Fix } from "./types";
import { address } from "../model/snapshot";

// ---------------------------------------------------------------------------------------------------------
// Cells

/** The number a figure cell holds, or null (blank, "—", text that is not a figure). */
export function numberOf(cell: FigureCell | null | undefined): number | null {
  return cell && cell.figure.kind === "number" ? cell.figure.value : null;
}

const NONE_TEXT = /^(?:[-—–―─−]+|\/|\\|无|不适用|n\/a)$/i;
const SPACES = /\s/g;

/** Whether a cell holds something: blank (nothing), none ("—", "无", "/") or filled. */
export function presence(cell: Cell | null | undefined): "blank" | "none" | "filled" {
  if (!cell) return "blank";
  const raw = cell.raw;
  if (cell.uncomputed !== undefined) return "filled";
  if (raw === null) return "blank";
  if (typeof raw === "string") {
    const t = raw.replace(SPACES, "");
    if (t === "") return "blank";
    if (NONE_TEXT.test(t)) return "none";
  }
  return "filled";
}

export const isFilled = (cell: Cell | null | undefined): boolean => presence(cell) === "filled";

/** A row's figure is "missing" when blank or "—"; "unreadable" when text that is not a figure. */
export function figureState(cell: FigureCell | null | undefined): "number" | "missing" | "unreadable" {
  if (numberOf(cell) !== null) return "number";
  return presence(cell) === "filled" ? "unreadable" : "missing";
}

/** The cell of a row under a column: the model's cell, or where the column says it stands. */
export function refOf(table: IndicatorTable, row: IndicatorRow, key: IndicatorColumn): CellRef | null {
  const cell = cellOf(row, key);
  if (cell) return cell.ref;
  const col = table.columns[key];
  return col === undefined ? null : { sheet: row.sheet, row: row.row, col };
}

function cellOf(row: IndicatorRow, key: IndicatorColumn): Cell | null {
  switch (key) {
    case "first":
      return row.first;
    case "second":
      return row.second;
    case "third":
      return row.third;
    case "nature":
      return row.nature;
    case "target":
      return row.target;
    case "unit":
      return row.unit;
    case "actual":
      return row.actual;
    case "weight":
      return row.weight;
    case "score":
      return row.score;
    case "reason":
      return row.reason;
  }
}

/** The header cell of a column, or the first cell of the header row. */
export function headerRef(table: IndicatorTable, key: IndicatorColumn): CellRef {
  return { sheet: table.sheet, row: table.headerRow, col: table.columns[key] ?? 1 };
}

export function a1(ref: CellRef): string {
  return address(ref.row, ref.col);
}

/** A fix that writes one value to one cell, provided the cell still holds what it held when checked. */
export function writeFix(ref: CellRef, current: Cell | null | undefined, value: number | string, shown: string): Fix {
  const write: CellWrite = {
    sheet: ref.sheet,
    row: ref.row,
    col: ref.col,
    value,
    expected: current ? current.raw : null,
  };
  return { label: `把 ${a1(ref)} 改为${shown.startsWith("“") ? "" : " "}${shown}`, writes: [write] };
}

/** The indicator table, where it has rows (an empty or absent one is another rule's finding). */
export function tableWithRows(model: WorkbookModel): IndicatorTable | null {
  const t = model.indicators;
  return t && t.rows.length > 0 ? t : null;
}

/** The label of a row for messages: its 三级指标, else its place. */
export function rowName(row: IndicatorRow): string {
  const t = row.third?.text.trim();
  return t ? t : `第 ${row.row} 行指标`;
}

// ---------------------------------------------------------------------------------------------------------
// Labels

const QUOTES_AND_SPACE = /[\s"'“”‘’「」『』〝〞＂＇]/g;
const FULL_DIGITS = /[０-９．]/g;

function halfDigits(s: string): string {
  return s.replace(FULL_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A label as compared: without spaces and quotes ("三公经费" with or without quotes). */
export function normalizeLabel(text: string): string {
  return halfDigits(text).replace(QUOTES_AND_SPACE, "");
}

const STATED_WEIGHT = [/[（(](?:分值|权重)[:：]?(\d+(?:\.\d+)?)分?[）)]$/, /[（(](\d+(?:\.\d+)?)分[）)]$/];

/** The weight a label states for itself: "产出指标（50分）" → 50, "效益指标(权重30)" → 30; else null. */
export function statedWeight(label: string): number | null {
  const s = normalizeLabel(label);
  for (const re of STATED_WEIGHT) {
    const m = re.exec(s);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A 一级/二级 label as a key: no weight note, no trailing 指标 ("产出指标（50分）" → "产出"). */
export function levelKey(label: string): string {
  let s = normalizeLabel(label);
  for (const re of STATED_WEIGHT) s = s.replace(re, "");
  return s.endsWith("指标") && s.length > 2 ? s.slice(0, -2) : s;
}

/** levelKey of a row's 一级 or 二级 cell ("" for none), read once per cell: the rows under a merged or carried
 *  level share its cell, and several rules group rows by it. */
export function levelKeyOf(cell: TextCell | null): string {
  if (!cell) return levelKey("");
  let key = levelKeys.get(cell);
  if (key === undefined) levelKeys.set(cell, (key = levelKey(cell.text)));
  return key;
}

const levelKeys = new WeakMap<TextCell, string>();

// ---------------------------------------------------------------------------------------------------------
// Quantitative and qualitative rows

export interface Side {
  /** On the common scale of the row (percentages as fractions where either side was written with %; amounts
   *  in 元 where either side names a money unit): for comparing and scoring. */
  readonly value: number;
  /** The figure as read from its cell, in its own unit (150 for "150万元", 0.95 for "95%"). */
  readonly figure: number;
  /** As shown in messages, with its unit and without an operator: "95%", "2,000件", "150万元" (built when a
   *  message asks for it). */
  readonly shown: string;
}

export interface Quantity {
  readonly op: Op;
  readonly target: Side;
  readonly actual: Side;
  /** The target as stated, with its operator where one applies: "≥95%", "1批" (built when a message asks). */
  readonly targetStated: string;
}

function isTarget(t: Target | Figure): t is Target {
  return "op" in t;
}

const DIGIT = /[0-9０-９]/;

/** Text that names no figure at all ("有效维护隔离点秩序稳定", "达成年度指标"). */
function isQualitativeText(cell: TargetCell | null): boolean {
  if (!cell || typeof cell.raw !== "string" || presence(cell) !== "filled") return false;
  return !isTarget(cell.target) && cell.target.kind === "invalid" && !DIGIT.test(cell.raw);
}

/** Whether the row is scored by grade: 指标性质 定性, or a target or actual that is qualitative text. */
export function isQualitative(row: IndicatorRow): boolean {
  return row.nature?.op === "qualitative" || isQualitativeText(row.target) || isQualitativeText(row.actual);
}

interface Read {
  readonly value: number;
  readonly unit: Unit | null;
  readonly op: Op | null;
}

/** A number typed into a cell formatted as a percentage (96% is stored as 0.96) carries the percent unit. */
function unitOfCell(cell: TargetCell, unit: Unit | null): Unit | null {
  return unit ?? (typeof cell.raw === "number" && percentFormat(cell.numberFormat) ? PERCENT : null);
}

const PERCENT = unitOf("%");

function readSide(cell: TargetCell | null): Read | null {
  if (!cell) return null;
  const t = cell.target;
  if (isTarget(t)) return { value: t.value, unit: unitOfCell(cell, t.unit), op: t.op };
  if (t.kind === "number") return { value: t.value, unit: unitOfCell(cell, t.unit), op: null };
  return null;
}

/** A plain number read again with the row's 度量单位 ("95" with "%" → 0.95, percent). */
function withUnit(side: Read, unitText: string): Read | null {
  if (!Number.isFinite(side.value)) return null;
  const f = parseFigure(`${side.value}${unitText}`);
  return f.kind === "number" && f.unit ? { value: f.value, unit: f.unit, op: side.op } : null;
}

function shownOf(side: Read, unitText: string | null): string {
  const u = side.unit;
  if (!u) return `${formatNumber(side.value)}${unitText ?? ""}`;
  if (u.kind === "percent") {
    const perMille = u.text === "‰";
    return `${formatNumber(side.value * (perMille ? 1000 : 100))}${perMille ? "‰" : "%"}`;
  }
  return `${formatNumber(side.value)}${u.text}`;
}

/**
 * The row's target and actual on one scale, with the operator that scores it (指标性质, else the target's
 * folded operator, else ≥); null where the row is qualitative, a side is not a figure, the units disagree or
 * 指标性质 contradicts the target's operator (other rules say so).
 */
export function quantityOf(row: IndicatorRow): Quantity | null {
  // Every score rule asks for the same rows: read each once.
  if (quantities.has(row)) return quantities.get(row)!;
  const q = computeQuantity(row);
  quantities.set(row, q);
  return q;
}

const quantities = new WeakMap<IndicatorRow, Quantity | null>();

function computeQuantity(row: IndicatorRow): Quantity | null {
  if (isQualitative(row)) return null;
  const nature = row.nature?.op;
  if (row.nature && nature === undefined) return null;
  let target = readSide(row.target);
  let actual = readSide(row.actual);
  if (!target || !actual) return null;
  const natureOp = nature === "qualitative" ? null : (nature ?? null);
  const targetOp = target.op;
  if (natureOp && targetOp) {
    const a = direction(natureOp);
    const b = direction(targetOp);
    if (a !== b && a !== "equal" && b !== "equal") return null;
  }
  const op: Op = natureOp ?? targetOp ?? "≥";
  const unitText = row.unit && presence(row.unit) === "filled" ? row.unit.text.trim() : null;
  const columnUnit = unitText ? unitOf(unitText) : null;
  // Both as typed in one column: compare as they stand. One side with its own unit: give the other the
  // column's unit, so that "≥95%" meets 99.1 under a "%" column.
  if (columnUnit && unitText && (target.unit === null) !== (actual.unit === null)) {
    if (target.unit === null) target = withUnit(target, unitText);
    else actual = withUnit(actual, unitText);
    if (!target || !actual) return null;
  }
  const a: Operand = { value: actual.value, unit: actual.unit };
  const t: Operand = { value: target.value, unit: target.unit };
  const both = commensurate(a, "实际完成值", t, "年度指标值");
  if (!both.ok) return null;
  const [av, tv] = both.value;
  if (!Number.isFinite(av) || !Number.isFinite(tv)) return null;
  const plainUnit = target.unit === null && actual.unit === null ? unitText : null;
  return new RowQuantity(op, new RowSide(clean(tv), target, plainUnit), new RowSide(clean(av), actual, plainUnit));
}

/** A side of a row's quantity; its wording is built only for the messages that use it (most rows raise none). */
class RowSide implements Side {
  readonly value: number;
  readonly figure: number;
  private readonly read: Read;
  private readonly unitText: string | null;

  constructor(value: number, read: Read, unitText: string | null) {
    this.value = value;
    this.figure = read.value;
    this.read = read;
    this.unitText = unitText;
  }

  get shown(): string {
    return shownOf(this.read, this.unitText);
  }
}

class RowQuantity implements Quantity {
  readonly op: Op;
  readonly target: Side;
  readonly actual: Side;

  constructor(op: Op, target: Side, actual: Side) {
    this.op = op;
    this.target = target;
    this.actual = actual;
  }

  get targetStated(): string {
    return this.op === "=" ? this.target.shown : `${this.op}${this.target.shown}`;
  }
}

/** The score the profile gives a quantitative row. */
export function recomputedScore(q: Quantity, weight: number, profile: Profile): number {
  return quantitativeScore(q.actual.value, q.target.value, weight, q.op, profile.reverseMethod);
}

export function met(q: Quantity): boolean {
  return isMet(q.actual.value, q.target.value, q.op);
}

/** How the recomputed score comes about, for a target that is missed: "7 × 90% ÷ 95%". */
export function scoreWorking(q: Quantity, weight: number, profile: Profile): string {
  const w = shownScore(weight);
  const a = q.actual.shown;
  const t = q.target.shown;
  const score = recomputedScore(q, weight, profile);
  const floor = score === 0 ? "，不低于 0" : "";
  switch (direction(q.op)) {
    case "up":
    case "equal":
      if (q.actual.value < 0) return "实际完成值为负，按 0 计，得 0 分";
      if (!(q.target.value > 0)) return "未达到年度指标值，得 0 分";
      return `${w} × ${a} ÷ ${t}`;
    case "down":
      if (!(q.target.value > 0)) return `超出年度指标值，得 0 分`;
      if (profile.reverseMethod === "ratio") return `${w} × ${t} ÷ ${a}${floor}`;
      return `${w} × (1 − (${a} − ${t}) ÷ ${t})${floor}`;
  }
}

/** The qualitative band the actual names, where it names one. */
export function namedBand(row: IndicatorRow, profile: Profile): QualitativeBand | undefined {
  const raw = row.actual?.raw;
  return typeof raw === "string" ? bandOfGrade(raw, profile) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Which of the score rules speaks for a row

export type ScoreCase =
  /** 得分 above 分值 (score-above-weight). */
  | { readonly kind: "above"; readonly weight: number; readonly score: number; readonly q: Quantity | null }
  /** Full score while a quantitative target is missed (full-score-target-missed). */
  | {
      readonly kind: "fullMissed";
      readonly weight: number;
      readonly score: number;
      readonly q: Quantity;
      readonly recomputed: number;
    }
  /** Target met, score below full beyond the tolerance (score-below-full-target-met). */
  | { readonly kind: "belowMet"; readonly weight: number; readonly score: number; readonly q: Quantity }
  /** Any other difference from the recomputed score beyond the tolerance (score-recomputed). */
  | {
      readonly kind: "recomputed";
      readonly weight: number;
      readonly score: number;
      readonly q: Quantity;
      readonly recomputed: number;
    };

/** The one score finding a row deserves, so that no two rules report the same cell. */
export function scoreCase(row: IndicatorRow, profile: Profile): ScoreCase | null {
  // The four score rules ask for every row: decide each once per profile.
  let cases = scoreCases.get(profile);
  if (!cases) scoreCases.set(profile, (cases = new WeakMap()));
  if (cases.has(row)) return cases.get(row)!;
  const c = computeScoreCase(row, profile);
  cases.set(row, c);
  return c;
}

const scoreCases = new WeakMap<Profile, WeakMap<IndicatorRow, ScoreCase | null>>();

function computeScoreCase(row: IndicatorRow, profile: Profile): ScoreCase | null {
  const weight = numberOf(row.weight);
  const score = numberOf(row.score);
  if (weight === null || score === null) return null;
  const q = quantityOf(row);
  if (clean(score) > clean(weight)) return { kind: "above", weight, score, q };
  if (!q || weight < 0) return null;
  const recomputed = recomputedScore(q, weight, profile);
  const isMetNow = met(q);
  if (clean(score) === clean(weight) && !isMetNow && recomputed < roundHalfUp(weight, 2)) {
    return { kind: "fullMissed", weight, score, q, recomputed };
  }
  const tol = profile.tolerances.score;
  if (isMetNow && clean(score) < clean(weight) && !within(score, weight, tol)) {
    return { kind: "belowMet", weight, score, q };
  }
  if (!within(score, recomputed, tol)) return { kind: "recomputed", weight, score, q, recomputed };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The funds block's 预算执行率

export function fundsTotal(model: WorkbookModel): FundsRow | null {
  return model.funds?.rows.find((r) => r.line === "total") ?? null;
}

function operandOf(cell: FigureCell | null): Operand | null {
  return cell && cell.figure.kind === "number" ? { value: cell.figure.value, unit: cell.figure.unit } : null;
}

/** 全年执行数 ÷ 全年预算数 of the funds block's total row, unrounded; null where it cannot be computed. */
export function computedExecRate(row: FundsRow): number | null {
  const e = operandOf(row.executed);
  const b = operandOf(row.budget);
  if (!e || !b) return null;
  const both = commensurate(e, "全年执行数", b, "全年预算数");
  if (!both.ok || both.value[1] === 0) return null;
  const r = div(both.value[0], both.value[1]);
  return Number.isFinite(r) ? r : null;
}

/** Whether a number format shows a percentage ("0.00%"), ignoring quoted text and escaped characters. */
export function percentFormat(format: string): boolean {
  return format.includes("%") && format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** Whether a rate cell holds a plain number in a cell not formatted as a percentage (88.39 or 0.8839). */
export function plainRateCell(cell: FigureCell): boolean {
  return cell.figure.kind === "number" && cell.figure.unit === null && !percentFormat(cell.numberFormat);
}

/**
 * The stated 执行率 as a fraction. A rate cell holds a fraction (0.8839); a plain number in a cell not
 * formatted as a percentage is read as percentage points (88.39) where only that reading matches the
 * computed rate.
 */
export function statedExecRate(row: FundsRow, computed: number | null, profile: Profile): number | null {
  const cell = row.rate;
  const v = numberOf(cell);
  if (cell === null || v === null) return null;
  if (computed === null) return v;
  const tol = div(profile.tolerances.ratePoints, 100);
  if (within(v, computed, tol)) return v;
  if (plainRateCell(cell) && within(div(v, 100), computed, tol)) return div(v, 100);
  return v;
}

/** The overall execution rate: computed from the figures, else as stated. */
export function execRate(
  model: WorkbookModel,
  profile: Profile,
): { readonly rate: number; readonly row: FundsRow } | null {
  const row = fundsTotal(model);
  if (!row) return null;
  const computed = computedExecRate(row);
  const rate = computed ?? statedExecRate(row, null, profile);
  return rate === null ? null : { rate, row };
}

/** How the 预算执行率 score comes about under the profile's rule. */
export function execScoreWorking(rate: number, weight: number, rule: RateRule): string {
  const w = shownScore(weight);
  if (rule.method === "proportional") {
    if (rate > 1) return `分值 ${w} × 100%，执行率 ${formatRate(rate)} 超过 100% 按 100% 计`;
    return `分值 ${w} × 执行率 ${formatRate(Math.max(rate, 0))}`;
  }
  const full = formatNumber(rule.full * 100);
  if (rate >= rule.full) return `执行率 ${formatRate(rate)} 达到 ${full}%，得满分`;
  return `执行率 ${formatRate(rate)}，低于 ${full}% 每满 ${formatNumber(rule.stepPoints)} 个百分点扣 ${formatScore(rule.deductPerStep)} 分`;
}

// ---------------------------------------------------------------------------------------------------------
// Wording

/** A stated score as the table prints it (7, 8.84), with every decimal it has where it has more than two
 *  (10.001 stays 10.001, so that a message never says "10 分高于 10 分"). */
export function shownScore(x: number): string {
  return roundHalfUp(x, 2) === clean(x) ? formatScore(x) : formatNumber(x, 6);
}

/** "多 0.50 分" / "少 1.63 分" for a stated figure against the right one. */
export function scoreGap(stated: number, expected: number): string {
  const d = sub(stated, expected);
  return `${d > 0 ? "多" : "少"} ${shownScore(Math.abs(d))} 分`;
}

/** Characters as an accountant counts them: every character but whitespace. */
export function charCount(text: string): number {
  return [...text.replace(/\s/g, "")].length;
}
