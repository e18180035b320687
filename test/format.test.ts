/** Figures as the field writes them: 36,353.37 万元, 88.39%, 7 分 / 8.84 分. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../src/core/decimal";
import { formatAmount, formatNumber, formatRate, formatScore } from "../src/core/format";

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
