/** Figures as the field writes them: 36,353.37 万元, 88.39%, 7 分 / 8.84 分. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../src/core/decimal";
import { formatAmount, formatNumber, formatPlain, formatRate, formatScore } from "../src/core/format";

describe("formatAmount", () => {
  it("groups thousands and keeps two decimals, rounding half up", () => {
    expect(formatAmount(36353.37)).toBe("36,353.37");
    expect(formatAmount(16084.2)).toBe("16,084.20");
    expect(formatAmount(1262.535)).toBe("1,262.54");
    expect(formatAmount(0)).toBe("0.00");
    expect(formatAmount(999.995)).toBe("1,000.00");
    expect(formatAmount(-4220.44)).toBe("-4,220.44");
    expect(formatAmount(1234567890.1)).toBe("1,234,567,890.10");
    expect(formatAmount(17467.49, "万元")).toBe("17,467.49万元");
  });

  it("agrees with the en-US number format on the half-up rounded value", () => {
    const us = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(formatAmount(cents / 100)).toBe(us.format(roundHalfUp(cents / 100, 2)));
      }),
    );
  });
});

describe("rates, scores and plain figures", () => {
  it("writes them as the tables print them", () => {
    expect(formatRate(0.88390512)).toBe("88.39%");
    expect(formatRate(1)).toBe("100.00%");
    expect(formatScore(7)).toBe("7");
    expect(formatScore(8.84)).toBe("8.84");
    expect(formatScore(8.8)).toBe("8.80");
    expect(formatNumber(7194)).toBe("7,194");
    expect(formatNumber(99.1)).toBe("99.1");
    expect(formatNumber(2000, 0)).toBe("2,000");
  });
});

describe("figures outside what a cell holds", () => {
  /** Text a person can read as a figure: digits, one leading sign, separators, a point; or one of the words. */
  const WRITTEN = /^(-?\d{1,3}(,\d{3})*(\.\d+)?(万元|%)?|（数值过大）|（无法计算）)$/;
  const writers: [string, (x: number) => string][] = [
    ["formatAmount", (x) => formatAmount(x, "万元")],
    ["formatRate", (x) => formatRate(x)],
    [
      "formatScore",
      (x) => formatScore(x).replace(/^(-?)(\d+)/, (_, s: string, d: string) => s + Number(d).toLocaleString("en-US")),
    ],
    ["formatNumber", (x) => formatNumber(x, 6)],
    [
      "formatPlain",
      (x) => formatPlain(x).replace(/^(-?)(\d+)/, (_, s: string, d: string) => s + Number(d).toLocaleString("en-US")),
    ],
  ];

  it("are never written as Infinity, NaN or with an exponent", () => {
    for (const [name, write] of writers) {
      for (const x of [Infinity, -Infinity, NaN, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, 1e21, 1e15, -1e15]) {
        expect(write(x), `${name}(${x})`).toMatch(/^（(数值过大|无法计算)）$/);
      }
    }
    expect(formatAmount(Infinity, "万元")).toBe("（数值过大）");
    expect(formatRate(NaN)).toBe("（无法计算）");
    expect(formatScore(1e308)).toBe("（数值过大）");
    expect(formatNumber(-Infinity)).toBe("（数值过大）");
  });

  it("write every double as digits or one of the two words (property)", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        for (const [name, write] of writers) {
          const text = write(x);
          expect(text, `${name}(${x})`).toMatch(WRITTEN);
          expect(text).not.toMatch(/Infinity|NaN|e[+-]?\d/i);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("keep the figures of the field as they were, up to just under 10^15", () => {
    expect(formatAmount(999999999999999)).toBe("999,999,999,999,999.00");
    expect(formatScore(-2.675)).toBe("-2.68");
    expect(formatScore(100)).toBe("100");
    expect(formatRate(1e13)).toBe("（数值过大）"); // 10^15 percentage points
    expect(formatRate(9999999999999)).toBe("999,999,999,999,900.00%");
    expect(formatNumber(1e-7, 6)).toBe("0");
  });

  it("formatPlain quotes a number as the cell holds it, tiny ones without an exponent", () => {
    expect(formatPlain(0.1234)).toBe("0.1234");
    expect(formatPlain(2000)).toBe("2000");
    expect(formatPlain(1e-7)).toBe("0.0000001");
    expect(formatPlain(-2.5e-9)).toBe("-0.0000000025");
    expect(formatPlain(5e-324)).toBe("0");
    expect(formatPlain(-0)).toBe("0");
  });
});
