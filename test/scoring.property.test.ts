import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { commonIndicatorScore, isMet, quantitativeScore, rateScore } from "../src/core/scoring";
import { BUILT_IN_PROFILES } from "../src/core/profile";
import type { Op } from "../src/core/figures";

const ops: Op[] = ["≥", ">", "≤", "<", "="];
const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });
const weight = fc.oneof(
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100000 }).map((n) => n / 1000),
);
const method = fc.constantFrom("ratio" as const, "deviation" as const);

function isTwoDecimals(x: number): boolean {
  return Math.abs(Math.round(x * 100) - x * 100) < 1e-6;
}

describe("a quantitative score", () => {
  it("lies in [0, 分值], has at most 2 decimals, and is never NaN", () => {
    fc.assert(
      fc.property(figure, figure, weight, fc.constantFrom(...ops), method, (actual, target, w, op, m) => {
        const s = quantitativeScore(actual, target, w, op, m);
        expect(Number.isFinite(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(w);
        expect(s === w || isTwoDecimals(s), "2 decimals, or the full 分值 itself").toBe(true);
      }),
    );
  });

  it("equals the 分值 when the target is met", () => {
    fc.assert(
      fc.property(figure, figure, weight, fc.constantFrom(...ops), method, (actual, target, w, op, m) => {
        fc.pre(isMet(actual, target, op));
        expect(quantitativeScore(actual, target, w, op, m)).toBe(w);
      }),
    );
  });

  it("is less than full when a positive target is missed by a margin that shows at 2 decimals", () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0, max: 0.99, noNaN: true }), (target, shareOf) => {
        const actual = target * shareOf;
        expect(quantitativeScore(actual, target, 10, "≥", "ratio")).toBeLessThan(10);
      }),
    );
  });

  it("rises with the actual for ≥ and falls with it for ≤", () => {
    fc.assert(
      fc.property(figure, figure, positive, weight, method, (a1, a2, target, w, m) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(quantitativeScore(lo, target, w, "≥", m)).toBeLessThanOrEqual(quantitativeScore(hi, target, w, "≥", m));
        expect(quantitativeScore(lo, target, w, "≤", m)).toBeGreaterThanOrEqual(
          quantitativeScore(hi, target, w, "≤", m),
        );
      }),
    );
  });
});

describe("rate and common-indicator scores under every built-in profile", () => {
  it("lie in [0, 分值] and rise with the rate for the execution rule", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_PROFILES),
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        weight,
        (profile, r1, r2, w) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const sLo = rateScore(lo, w, profile.execution);
          const sHi = rateScore(hi, w, profile.execution);
          expect(sLo).toBeGreaterThanOrEqual(0);
          expect(sHi).toBeLessThanOrEqual(w);
          expect(sLo).toBeLessThanOrEqual(sHi);
          if (hi >= 1) expect(sHi).toBe(w);
        },
      ),
    );
  });

  it("every common indicator rule stays in [0, 分值]", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_PROFILES),
        fc.double({ min: -1, max: 5, noNaN: true }),
        weight,
        (profile, rate, w) => {
          for (const rule of Object.values(profile.commonIndicators)) {
            const s = commonIndicatorScore(rate, w, rule, profile);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(w);
            expect(s === w || isTwoDecimals(s), "2 decimals, or the full 分值 itself").toBe(true);
          }
        },
      ),
    );
  });
});
