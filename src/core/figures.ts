/**
 * Figures as they arrive in accountants' sheets: "36,353.37", "８８．３９％", " 1 262.54 ", "17467.49万元", "—".
 * Parse what is unambiguous; flag what is not (with a Chinese reason); never guess silently.
 * Called once per cell on large ranges: a finite number returns at once, and every regex is compiled once.
 */
import { clean } from "./decimal";

export type Op = "≥" | ">" | "≤" | "<" | "=";
export type UnitKind = "money" | "percent" | "count" | "other";
/** `factor` to the base of its kind: 元 1, 万元 10000; percent 1 (the value is already divided by 100). */
export interface Unit {
  readonly text: string;
  readonly kind: UnitKind;
  readonly factor: number;
}
export type Figure =
  | { readonly kind: "number"; readonly value: number; readonly unit: Unit | null; readonly fromText: boolean }
  | { readonly kind: "blank" }
  | { readonly kind: "none" }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: string };
export interface Target {
  readonly op: Op | null;
  readonly value: number;
  readonly unit: Unit | null;
  readonly text: string;
}

// ---------------------------------------------------------------- units

const unit = (text: string, kind: UnitKind, factor = 1): Unit => Object.freeze({ text, kind, factor });
const PERCENT = unit("%", "percent");
const PERMILLE = unit("‰", "percent");
const POINTS = unit("个百分点", "percent");
const YUAN = unit("元", "money");

const MONEY = [
  unit("千元", "money", 1e3),
  unit("万元", "money", 1e4),
  unit("百万元", "money", 1e6),
  unit("亿元", "money", 1e8),
];
const COUNTS =
  "人 件 个 批 套 次 项 张 户 家 辆 台 所 份 期 人次 辆次 批次 户次 场次 起 名 处 场 篇 条 宗 笔 例 部 本 册 座 间 类 支 队 只 块 栋 枚 台套";
const OTHERS =
  "天 日 个工作日 工作日 小时 分钟 秒 周 月 个月 年 平方米 平方公里 公里 千米 米 公顷 亩 吨 千克 公斤 立方米";
const UNITS = new Map<string, Unit>([["百分点", POINTS]]);
for (const u of [PERCENT, PERMILLE, POINTS, YUAN, ...MONEY]) UNITS.set(u.text, u);
for (const t of COUNTS.split(" ")) UNITS.set(t, unit(t, "count"));
for (const t of OTHERS.split(" ")) UNITS.set(t, unit(t, "other"));

/** Divisor applied to the value when the unit is a percentage sign. */
const DIVISOR = new Map<Unit, number>([
  [PERCENT, 100],
  [PERMILLE, 1000],
  [POINTS, 100],
]);

/** The unit named by `text` ("万元", "％", "件", "万人次"), or null when it is not a unit we know. */
export function unitOf(text: string): Unit | null {
  const t = halfWidth(text).trim();
  const known = UNITS.get(t);
  if (known) return known;
  // 万人次, 万平方米: a magnitude before a countable or measured unit.
  const scale = t[0] === "万" ? 1e4 : t[0] === "亿" ? 1e8 : 0;
  const base = scale ? UNITS.get(t.slice(1)) : undefined;
  return base && (base.kind === "count" || base.kind === "other") ? unit(t, base.kind, base.factor * scale) : null;
}

// ---------------------------------------------------------------- text helpers

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;
/** ０-９ ． ， ％ － ＋ （ ） and every other full-width ASCII form to half width; U+3000 to a space. */
function halfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/** A map from each space-separated word of a row to the row's meaning. */
function table<T>(rows: readonly (readonly [string, T])[]): Map<string, T> {
  return new Map(rows.flatMap(([words, meaning]) => words.split(" ").map((w) => [w, meaning] as const)));
}

type Qualifier = Op | "approx";
/** Words before the number. In a target they give the operator; in a figure they make it inexact. */
const LEAD = table<Qualifier>([
  ["≥ >= ≧ ⩾ 不低于 不少于 不小于 至少 达到 大于等于 大于或等于", "≥"],
  ["> 高于 大于 超过 多于", ">"],
  ["≤ <= ≦ ⩽ 不高于 不超过 不大于 不多于 至多 最多 小于等于 小于或等于 控制在", "≤"],
  ["< 低于 小于 少于 不足 不到", "<"],
  ["= == 等于", "="],
  ["约 大约 近 将近 接近 逾", "approx"],
]);
/** Words after the number and unit: 以上 includes the number itself (≥), as is usual in Chinese. */
const TRAIL = table<Qualifier>([
  ["及以上 以上", "≥"],
  ["及以下 以下 以内 之内 内", "≤"],
  ["左右 上下", "approx"],
]);
const LEAD_RE = new RegExp(`^(${alternation(LEAD.keys())})\\s*`);
const TRAIL_RE = new RegExp(`\\s*(${alternation(TRAIL.keys())})$`);

const SIMPLE = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const NONE_RE = /^(?:[-—–―─−]+|\/|\\|无|不适用|n\/a)$/i;
const EXCEL_ERROR =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i;
const NUMBER_START = /^([+\-−])?\s*(\()?\s*(\.?\d[\d.,\s]*)/;
const DIGITS = /^\d*$/;
const GROUPED = /^\d{1,3}([,\s])\d{3}(?:\1\d{3})*$/;
const SEPARATORS = /[,\s]/g;
const LEADING_ZEROS = /^0+/;
const TRAILING_ZEROS = /0+$/;
const ANY_DIGIT = /\d/;
const SCIENTIFIC = /^e[+-]?\d+$/i;
const INEXACT_MIDDLE = /^[多余]/;
const CHINESE_NUMERAL = /^([零〇一二两三四五六七八九十百千]+)(.*)$/;
const ZERO = /^[零〇]+$/;

const BLANK: Figure = Object.freeze({ kind: "blank" });
const NONE: Figure = Object.freeze({ kind: "none" });
const NOT_A_NUMBER = "不是数字";
const INEXACT = "不是确切数字";
const QUALITATIVE = "定性指标值，不是数字";

function invalid(text: string, reason: string): Figure {
  return { kind: "invalid", text, reason };
}

/** A figure read from text, before deciding whether its qualifiers are acceptable. */
interface Reading {
  readonly kind: "read";
  readonly op: Op | null;
  readonly approx: boolean;
  readonly value: number;
  readonly unit: Unit | null;
}

/** The digits of a number ("36,353.37", "1 262.54") as a value, or the reason it is not one. */
function readDigits(body: string): number | string {
  const dot = body.indexOf(".");
  if (dot !== body.lastIndexOf(".")) return "含有多个小数点";
  let int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot + 1);
  if (!DIGITS.test(frac)) return "小数点后夹有逗号或空格";
  if (!DIGITS.test(int)) {
    if (!GROUPED.test(int)) return int.includes(",") ? "千分位逗号的位置不对" : "数字中间有空格，像是几个数";
    int = int.replace(SEPARATORS, "");
  }
  if ((int + frac.replace(TRAILING_ZEROS, "")).replace(LEADING_ZEROS, "").length > 15)
    return "超过15位有效数字，Excel 无法精确保存（是编号吗？）";
  return Number(`${int}.${frac}`);
}

/** Whether `rest` is empty or a unit, possibly followed by 以上/以内 and the like. */
function unitLike(rest: string): boolean {
  const r = rest.replace(TRAIL_RE, "");
  return r === "" || unitOf(r) !== null;
}

/** Reads a trimmed, non-empty text. Returns a Reading, or the blank/none/invalid Figure. */
function scan(text: string): Reading | Figure {
  let s = halfWidth(text).trim();
  if (s === "") return BLANK;
  if (NONE_RE.test(s)) return NONE;
  if (EXCEL_ERROR.test(s)) return invalid(text, `单元格是错误值 ${s.toUpperCase()}`);

  let op: Op | null = null;
  let approx = false;
  const lead = LEAD_RE.exec(s);
  if (lead) {
    const q = LEAD.get(lead[1]!)!;
    if (q === "approx") approx = true;
    else op = q;
    s = s.slice(lead[0].length);
  }
  let found: Unit | null = null;
  if (s[0] === "¥" || s[0] === "￥") {
    found = YUAN;
    s = s.slice(1).trimStart();
  }

  let value: number;
  let negative = false;
  const m = NUMBER_START.exec(s);
  if (m) {
    const [whole, sign, paren, body] = m;
    if (sign && paren) return invalid(text, "负号和括号同时出现，无法确定正负");
    const read = readDigits(body!.trimEnd());
    if (typeof read === "string") return invalid(text, read);
    value = read;
    negative = sign === "-" || sign === "−" || paren === "(";
    s = s.slice(whole.length).trim();
    if (paren) {
      if (s[0] === ")") s = s.slice(1).trimStart();
      else if (s.endsWith(")")) s = s.slice(0, -1).trimEnd();
      else return invalid(text, "括号不配对");
    }
  } else {
    const cn = CHINESE_NUMERAL.exec(s);
    if (cn && unitLike(cn[2]!.trim())) {
      if (!ZERO.test(cn[1]!)) return invalid(text, "数字写成了汉字，请改为阿拉伯数字");
      value = 0; // 零, 零起
      s = cn[2]!.trim();
    } else {
      const at = s.search(ANY_DIGIT);
      if (at > 0) return invalid(text, `数字前有文字“${s.slice(0, at).trim()}”`);
      return invalid(text, s === "" ? "比较词后面缺少数字" : NOT_A_NUMBER); // "≥" alone; "达到预期" is qualitative
    }
  }

  if (s.includes("(") || s.includes(")")) return invalid(text, "括号不配对");
  if (SCIENTIFIC.test(s)) return invalid(text, "是科学计数法，长数字可能已丢失位数");
  if (ANY_DIGIT.test(s)) return invalid(text, "含有多个数字");
  if (INEXACT_MIDDLE.test(s)) {
    approx = true; // 2000多件, 300余人
    s = s.slice(1).trimStart();
  }
  const trail = TRAIL_RE.exec(s);
  if (trail) {
    const q = TRAIL.get(trail[1]!)!;
    if (q === "approx") approx = true;
    else if (op !== null && op !== q) return invalid(text, "前后的比较词相互矛盾");
    else op = q;
    s = s.slice(0, trail.index);
  }
  if (s !== "") {
    const u = unitOf(s);
    if (!u) return invalid(text, `无法识别数字后面的“${s}”`);
    if (found) return invalid(text, "同时写了货币符号和单位");
    found = u;
  }
  if (negative) value = -value;
  const divisor = found ? DIVISOR.get(found) : undefined;
  return { kind: "read", op, approx, value: clean(divisor ? value / divisor : value), unit: found };
}

function describe(input: unknown): string {
  try {
    return String(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

// ---------------------------------------------------------------- public API

/** One cell as a figure: a number (with its unit, percentages divided by 100), blank, none, or invalid. */
export function parseFigure(input: unknown): Figure {
  if (typeof input === "number") {
    if (Number.isFinite(input) && Math.abs(input) < FIGURE_LIMIT)
      return { kind: "number", value: clean(input), unit: null, fromText: false };
    if (Number.isNaN(input)) return invalid("非数值", NOT_A_NUMBER);
    if (!Number.isFinite(input)) return invalid(input > 0 ? "无穷大" : "负无穷大", "是无穷大，不是数字");
    return invalid(longNumberText(input), TOO_LARGE);
  }
  if (typeof input === "string") {
    const t = input.trim();
    if (t === "") return BLANK;
    if (t.length <= 16 && SIMPLE.test(t))
      return { kind: "number", value: clean(Number(t)), unit: null, fromText: true };
    const r = scan(t);
    if (r.kind !== "read") return r;
    if (r.op !== null || r.approx) return invalid(t, INEXACT);
    return { kind: "number", value: r.value, unit: r.unit, fromText: true };
  }
  if (input === null || input === undefined) return BLANK;
  if (typeof input === "boolean") return invalid(input ? "TRUE" : "FALSE", "是逻辑值，不是数字");
  if (input instanceof Date) return invalid(describe(input), "是日期，不是数字");
  return invalid(describe(input), NOT_A_NUMBER);
}

/** Whether a value is an Excel error value as the snapshot holds it ("#VALUE!", "#DIV/0!", "#N/A" …). */
export function isExcelError(value: unknown): boolean {
  return typeof value === "string" && value.length <= 16 && EXCEL_ERROR.test(value.trim());
}

/** The figures of the field are far below this (a large department's budget is about 1e11 元); at 1e15 and
 *  above a double no longer holds every digit of a figure with cents, so such a number is a typing error or a
 *  damaged file, never a figure to compute with. */
export const FIGURE_LIMIT = 1e15;
const TOO_LARGE = "超出可读的范围（绝对值达到 10 的 15 次方），不是应填的金额或数字";

/** A number of 1e15 or more written out without an exponent: all its digits up to 21, else the first six and
 *  how many there are ("100000…（共 309 位）"). */
export function longNumberText(value: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = BigInt(Math.trunc(Math.abs(value))).toString();
  return digits.length <= 21 ? `${sign}${digits}` : `${sign}${digits.slice(0, 6)}…（共 ${digits.length} 位）`;
}

const NATURE = table<Op | "qualitative">([
  ["≥ >= ≧ ⩾ 大于等于 正向 正向指标 越高越好", "≥"],
  ["> 大于", ">"],
  ["≤ <= ≦ ⩽ 小于等于 反向 反向指标 越低越好", "≤"],
  ["< 小于", "<"],
  ["= == 等于", "="],
  ["定性 定性指标", "qualitative"],
]);
const ALL_SPACE = /\s+/g;

/** 指标性质: an operator, "qualitative", null when blank, undefined when not recognised (the caller reports #N/A). */
export function parseNature(input: unknown): Op | "qualitative" | null | undefined {
  if (input === null || input === undefined) return null;
  if (typeof input !== "string") return undefined;
  const s = halfWidth(input).replace(ALL_SPACE, "");
  return s === "" ? null : NATURE.get(s);
}

const FULL_COVERAGE = new Set(["全覆盖", "全部覆盖"]);

/** 年度指标值: the figure with the operator and unit folded into the text ("≥95%", "不高于150万元", "1批"). */
export function parseTarget(input: unknown): Target | Figure {
  if (typeof input !== "string") {
    const f = parseFigure(input);
    return f.kind === "number" ? { op: null, value: f.value, unit: null, text: String(f.value) } : f;
  }
  const text = input.trim();
  if (text === "") return BLANK;
  if (FULL_COVERAGE.has(halfWidth(text).replace(ALL_SPACE, ""))) return { op: "≥", value: 1, unit: PERCENT, text };
  const r = scan(text);
  if (r.kind === "read") return r.approx ? invalid(text, INEXACT) : { op: r.op, value: r.value, unit: r.unit, text };
  if (r.kind === "invalid" && r.reason === NOT_A_NUMBER) return invalid(text, QUALITATIVE);
  return r;
}
