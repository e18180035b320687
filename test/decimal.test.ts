import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { add, clean, roundHalfUp, sum, within } from "../src/core/decimal";

describe("四舍五入 on the decimal value", () => {
  it.each([
    [2.675, 2.68],
    [0.145, 0.15],
    [0.825, 0.83],
    [1.005, 1.01],
    [8.8391, 8.84],
    [8.835, 8.84],
    [8.834999, 8.83],
    [-2.675, -2.68],
    [0, 0],
    [7, 7],
  ])("%s → %s", (x, expected) => {
    expect(roundHalfUp(x, 2)).toBe(expected);
  });

  it("rounds to other places", () => {
    expect(roundHalfUp(0.88390512, 4)).toBe(0.8839);
    expect(roundHalfUp(88.385, 1)).toBe(88.4);
    expect(roundHalfUp(2.5, 0)).toBe(3);
  });

  it("never returns −0", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0) || Object.is(roundHalfUp(-0.001, 2), -0)).toBe(true);
    expect(Object.is(clean(-0), 0)).toBe(true);
  });
});

describe("sums of figures", () => {
  it("adds 万元 columns without binary artefacts", () => {
    expect(add(0.1, 0.2)).toBe(0.3);
    expect(sum([16084.2, 20269.17])).toBe(36353.37);
    expect(sum([15478.81, 16654.12])).toBe(32132.93);
    expect(sum([1262.54, 16204.96])).toBe(17467.5);
  });

  it("compares within a tolerance, inclusive", () => {
    expect(within(17467.5, 17467.49, 0.01)).toBe(true);
    expect(within(17467.51, 17467.49, 0.01)).toBe(false);
  });

  it("a sum of cents is exact whatever the order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 200 }), (cents) => {
        const values = cents.map((c) => c / 100);
        const exact = cents.reduce((a, b) => a + b, 0) / 100;
        expect(sum(values)).toBe(clean(exact));
        expect(sum([...values].reverse())).toBe(clean(exact));
      }),
    );
  });

  it("half-up rounding of a value with 3 decimals matches integer arithmetic (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (thousandths) => {
        const x = thousandths / 1000;
        const sign = thousandths < 0 ? -1 : 1;
        const abs = Math.abs(thousandths);
        const expected = (sign * Math.floor((abs + 5) / 10)) / 100;
        expect(roundHalfUp(x, 2)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});

describe("clean keeps the 15 significant digits Excel keeps", () => {
  it("agrees with Number(x.toPrecision(15)) on arbitrary doubles (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const rounded = Number(x.toPrecision(15));
        // next to the largest double, rounding would reach Infinity: the value is kept instead
        const expected = Number.isFinite(rounded) ? rounded : x;
        expect(clean(x)).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 20000 },
    );
  });
  it("agrees on figures of the field: 2 to 4 decimals, products and quotients of them (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        for (const x of [a / 100, a / 10000, (a / 100) * (b / 100), a / 100 / (b / 100)]) {
          const expected = Number(x.toPrecision(15));
          expect(clean(x)).toBe(expected === 0 ? 0 : expected);
        }
      }),
      { numRuns: 20000 },
    );
  });
  it("never turns a finite value into Infinity", () => {
    expect(clean(1.7976931348623151e308)).toBe(1.7976931348623151e308);
    expect(clean(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
  });
  it("removes the artefacts of binary floating point", () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(2.675 * 100)).toBe(267.5);
    expect(clean(1.005 * 1000)).toBe(1005);
  });
});

describe("within a tolerance", () => {
  it("is exact at the boundary (36,353.36 and 36,353.37 agree within 0.01)", () => {
    expect(within(36353.36, 36353.37, 0.01)).toBe(true);
    expect(within(932020.95, 932020.96, 0.01)).toBe(true);
    expect(within(932020.95, 932020.97, 0.01)).toBe(false);
  });
  it("agrees with integer arithmetic on amounts of 2 decimals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: -5, max: 5 }), (cents, delta) => {
        expect(within(cents / 100, (cents + delta) / 100, 0.01)).toBe(Math.abs(delta) <= 1);
      }),
    );
  });
});
