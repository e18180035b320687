import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFigure, parseNature, parseTarget, unitOf, type Figure } from "../src/core/figures";

/** The value of a figure that must be a number. */
function valueOf(f: Figure | ReturnType<typeof parseTarget>): number {
  if (!("kind" in f) || f.kind !== "number") throw new Error(`not a number: ${JSON.stringify(f)}`);
  return f.value;
}
const reasonOf = (f: ReturnType<typeof parseTarget>): string => ("kind" in f && f.kind === "invalid" ? f.reason : "");

const toFullWidth = (s: string): string =>
  s.replace(/[0-9.,%\-+()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** "1234567.89" → "1,234,567.89" with the given separator. */
const group = (s: string, sep: string): string =>
  s.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, sep));
/** k × 10^-places written exactly in decimal, e.g. (8839, 4) → "0.8839". */
const scaled = (k: number, places: number): string => {
  const digits = String(Math.abs(k)).padStart(places + 1, "0");
  return `${k < 0 ? "-" : ""}${digits.slice(0, -places)}.${digits.slice(-places)}`;
};

describe("parseFigure: the guide's dirty inputs", () => {
  it.each([
    ["36,353.37", 36353.37],
    ["８８．３９％", 0.8839],
    ["88.39%", 0.8839],
    [" 1 262.54 ", 1262.54],
    ["\u3000１，２６２．５４\u00a0", 1262.54],
    ["(1,234.00)", -1234],
    ["（1,234.00）", -1234],
    ["−5", -5],
    ["－12.5", -12.5],
    ["+3", 3],
    ["0.00", 0],
    ["-0", 0],
    ["2.5‰", 0.0025],
    ["12 %", 0.12],
    ["¥1,480.00", 1480],
  ])("%j → %d", (text, value) => {
    const f = parseFigure(text);
    expect(f).toMatchObject({ kind: "number", value, fromText: true });
  });

  it("keeps the unit without converting the value", () => {
    expect(parseFigure("17467.49万元")).toEqual({
      kind: "number",
      value: 17467.49,
      unit: { text: "万元", kind: "money", factor: 10000 },
      fromText: true,
    });
    expect(parseFigure("88.39%")).toMatchObject({ unit: { text: "%", kind: "percent", factor: 1 } });
    expect(parseFigure("1480元")).toMatchObject({ value: 1480, unit: { kind: "money", factor: 1 } });
    expect(parseFigure("2亿元")).toMatchObject({ value: 2, unit: { factor: 1e8 } });
    expect(parseFigure("1815起")).toMatchObject({ value: 1815, unit: { text: "起", kind: "count" } });
    expect(parseFigure("533768 人次")).toMatchObject({ value: 533768, unit: { text: "人次", kind: "count" } });
    expect(parseFigure("1个工作日")).toMatchObject({ value: 1, unit: { text: "个工作日", kind: "other" } });
  });

  it("passes finite numbers straight through, cleaned", () => {
    expect(parseFigure(36353.37)).toEqual({ kind: "number", value: 36353.37, unit: null, fromText: false });
    expect(parseFigure(0.1 + 0.2)).toMatchObject({ value: 0.3 });
    expect(parseFigure(-0)).toMatchObject({ value: 0 });
  });

  it.each([[""], ["   "], ["\u3000"], [null], [undefined]])("%j is blank", (input) => {
    expect(parseFigure(input)).toEqual({ kind: "blank" });
  });

  it.each([["—"], ["——"], ["－"], ["-"], ["--"], ["/"], ["／"], ["无"], ["不适用"], ["N/A"], ["n/a"]])(
    "%j is explicitly no figure",
    (input) => expect(parseFigure(input)).toEqual({ kind: "none" }),
  );
});

describe("parseFigure: traps are flagged, never guessed", () => {
  it.each([
    ["1,2,3", "千分位逗号的位置不对"],
    ["12.3.4", "含有多个小数点"],
    ["约95%", "不是确切数字"],
    ["近2000件", "不是确切数字"],
    ["超过150万元", "不是确切数字"],
    ["2000多件", "不是确切数字"],
    ["95%左右", "不是确切数字"],
    ["不低于95%", "不是确切数字"],
    ["7194起/7129起", "含有多个数字"],
    ["90%-100%", "含有多个数字"],
    ["7194 7129", "数字中间有空格，像是几个数"],
    ["1.234,56", "小数点后夹有逗号或空格"],
    ["95分以上", "无法识别数字后面的“分”"],
    ["1.5万", "无法识别数字后面的“万”"],
    ["合计1234", "数字前有文字“合计”"],
    ["一批", "数字写成了汉字，请改为阿拉伯数字"],
    ["(1,234", "括号不配对"],
    ["-(5)", "负号和括号同时出现，无法确定正负"],
    ["1.10101E+17", "是科学计数法，长数字可能已丢失位数"],
    ["110101199001011234", "超过15位有效数字，Excel 无法精确保存（是编号吗？）"],
    ["#DIV/0!", "单元格是错误值 #DIV/0!"],
    ["有效维护", "不是数字"],
  ])("%j → %s", (text, reason) => {
    expect(parseFigure(text)).toEqual({ kind: "invalid", text, reason });
  });

  it("rejects what is not a cell figure", () => {
    expect(parseFigure(true)).toMatchObject({ kind: "invalid", reason: "是逻辑值，不是数字" });
    expect(parseFigure(new Date(2021, 0, 1))).toMatchObject({ kind: "invalid", reason: "是日期，不是数字" });
    expect(parseFigure(NaN)).toMatchObject({ kind: "invalid" });
    expect(parseFigure(Infinity)).toMatchObject({ kind: "invalid" });
    expect(parseFigure({})).toMatchObject({ kind: "invalid", reason: "不是数字" });
    expect(parseFigure(Object.create(null))).toMatchObject({ kind: "invalid" });
  });
});

describe("parseFigure: properties", () => {
  // Up to 15 significant digits with 2 decimals: what a 万元 or 元 sheet holds.
  const cents = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 });

  it("reads n.toFixed(2) as n", () => {
    fc.assert(
      fc.property(cents, (k) => {
        const n = k / 100;
        expect(valueOf(parseFigure(n.toFixed(2)))).toBe(n);
      }),
    );
  });

  it("reads n with thousands separators and full-width digits as n", () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(",", "，", " "), fc.boolean(), (k, sep, wide) => {
        const n = k / 100;
        const text = group(n.toFixed(2), sep);
        expect(valueOf(parseFigure(wide ? toFullWidth(text) : text))).toBe(n);
      }),
    );
  });

  it("reads percentages as exact decimals", () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (k, wide) => {
        const text = `${(k / 100).toFixed(2)}%`;
        expect(valueOf(parseFigure(wide ? toFullWidth(text) : text))).toBe(Number(scaled(k, 4)));
      }),
    );
  });

  const noisy = fc.string({ unit: fc.constantFrom(..."0123456789.,，-−()（）%％‰ 万元件约以上下内—/¥e０１．") });
  for (const [name, strings] of [
    ["graphemes", fc.string({ unit: "grapheme" })],
    ["binary", fc.string({ unit: "binary" })],
    ["number-like noise", noisy],
  ] as const) {
    it(`never throws and never returns NaN or Infinity (${name})`, () => {
      fc.assert(
        fc.property(strings, (s) => {
          for (const f of [parseFigure(s), parseTarget(s)]) {
            if ("value" in f) expect(Number.isFinite(f.value)).toBe(true);
          }
          parseNature(s);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it("never throws on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const f = parseFigure(x);
        if (f.kind === "number") expect(Number.isFinite(f.value)).toBe(true);
      }),
    );
  });
});

describe("parseNature", () => {
  it.each([
    ["≥", "≥"],
    [">=", "≥"],
    ["＞＝", "≥"],
    ["≧", "≥"],
    ["正向", "≥"],
    ["正向指标", "≥"],
    ["越高越好", "≥"],
    [">", ">"],
    ["＞", ">"],
    ["大于", ">"],
    ["≤", "≤"],
    ["<=", "≤"],
    ["≦", "≤"],
    ["反向", "≤"],
    ["反向指标", "≤"],
    ["越低越好", "≤"],
    ["<", "<"],
    ["＜", "<"],
    ["小于", "<"],
    ["=", "="],
    ["＝", "="],
    ["等于", "="],
    ["定性", "qualitative"],
    [" 定性指标 ", "qualitative"],
    [null, null],
    [undefined, null],
    ["", null],
    ["  ", null],
    ["定量", undefined],
    ["高", undefined],
    [1, undefined],
  ])("%j → %j", (input, nature) => {
    expect(parseNature(input)).toBe(nature);
  });
});

describe("parseTarget", () => {
  const percent = { text: "%", kind: "percent", factor: 1 };
  it.each([
    ["≥95%", "≥", 0.95, percent],
    ["＞＝95％", "≥", 0.95, percent],
    [">=95%", "≥", 0.95, percent],
    ["不低于95%", "≥", 0.95, percent],
    ["不少于2000件", "≥", 2000, { text: "件", kind: "count", factor: 1 }],
    ["不高于150万元", "≤", 150, { text: "万元", kind: "money", factor: 10000 }],
    ["不超过150万元", "≤", 150, { text: "万元" }],
    ["150万元以内", "≤", 150, { text: "万元" }],
    ["控制在150万元以内", "≤", 150, { text: "万元" }],
    ["3个工作日内", "≤", 3, { text: "个工作日", kind: "other" }],
    ["95%以上", "≥", 0.95, percent],
    ["5%以下", "≤", 0.05, percent],
    ["低于5%", "<", 0.05, percent],
    ["高于90%", ">", 0.9, percent],
    ["大于90%", ">", 0.9, percent],
    ["小于3次", "<", 3, { text: "次" }],
    ["至少1批", "≥", 1, { text: "批" }],
    ["最多2次", "≤", 2, { text: "次" }],
    ["≤100%", "≤", 1, percent],
    ["<=100%", "≤", 1, percent],
    ["=100%", "=", 1, percent],
    ["达到100%", "≥", 1, percent],
    ["1批", null, 1, { text: "批", kind: "count", factor: 1 }],
    ["95%", null, 0.95, percent],
    ["全覆盖", "≥", 1, percent],
    ["零", null, 0, null],
    ["0起", null, 0, { text: "起" }],
  ])("%j → %s %d", (text, op, value, unit) => {
    const t = parseTarget(text);
    expect(t).toMatchObject({ op, value, text });
    if (unit === null) expect(t).toMatchObject({ unit: null });
    else expect(t).toMatchObject({ unit });
  });

  it("reads plain numbers without an operator", () => {
    expect(parseTarget(95)).toEqual({ op: null, value: 95, unit: null, text: "95" });
    expect(parseTarget("2000")).toMatchObject({ op: null, value: 2000, unit: null });
  });

  it("returns the Figure when there is no figure to read", () => {
    expect(parseTarget("")).toEqual({ kind: "blank" });
    expect(parseTarget(null)).toEqual({ kind: "blank" });
    expect(parseTarget("—")).toEqual({ kind: "none" });
    expect(parseTarget("有效维护")).toEqual({ kind: "invalid", text: "有效维护", reason: "定性指标值，不是数字" });
    expect(reasonOf(parseTarget("显著提升"))).toBe("定性指标值，不是数字");
    expect(reasonOf(parseTarget("约95%"))).toBe("不是确切数字");
    expect(reasonOf(parseTarget("95分以上"))).toBe("无法识别数字后面的“分”");
    expect(reasonOf(parseTarget("不低于95%以下"))).toBe("前后的比较词相互矛盾");
    expect(reasonOf(parseTarget("90%-100%"))).toBe("含有多个数字");
    expect(reasonOf(parseTarget("达到预期"))).toBe("定性指标值，不是数字");
    expect(reasonOf(parseTarget("≥"))).toBe("比较词后面缺少数字");
  });
});

describe("unitOf", () => {
  it("knows money, percent, count and other units", () => {
    expect(unitOf("万元")).toEqual({ text: "万元", kind: "money", factor: 10000 });
    expect(unitOf("千元")).toMatchObject({ factor: 1000 });
    expect(unitOf("％")).toEqual({ text: "%", kind: "percent", factor: 1 });
    expect(unitOf("批次")).toMatchObject({ kind: "count" });
    expect(unitOf("平方米")).toMatchObject({ kind: "other" });
    expect(unitOf("万人次")).toEqual({ text: "万人次", kind: "count", factor: 10000 });
    expect(unitOf("分")).toBeNull();
    expect(unitOf("万")).toBeNull();
  });
});
