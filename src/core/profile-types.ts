/**
 * The shape of a rule profile: every rule of GUIDE §3 that varies by locality, as data.
 * Profiles live in `profiles/*.json`; a user may load their own file, which `validateProfile` checks.
 */
import type { Op } from "./figures";

/** How the 预算执行率 score (or a 预算完成率-like common indicator) is computed from the rate. */
export type RateRule =
  /** min(rate, 100%) × 分值 (财预〔2020〕10号). */
  | { readonly method: "proportional" }
  /** Full at `full` or above; `deductPerStep` points off for every complete `stepPoints` percentage points
   *  below it, not below 0 (92.8% with 5-point steps and 2 points each → 3 of 5). */
  | { readonly method: "tiered"; readonly full: number; readonly stepPoints: number; readonly deductPerStep: number };

/** Scoring of a named common indicator (共性指标) from its rate. */
export type CommonRule =
  | RateRule
  /** The general quantitative rule against a fixed target (e.g. 控制率 ≤ 100%). */
  | { readonly method: "target"; readonly op: Op; readonly target: number }
  /** Full at or under `limit`; `deductPerPoint` points off per percentage point above, not below 0.
   *  `wholePoints`: count only complete percentage points. */
  | {
      readonly method: "perPointAbove";
      readonly limit: number;
      readonly deductPerPoint: number;
      readonly wholePoints: boolean;
    }
  /** Stepped: the first step whose `upTo` the rate does not exceed gives `share` of the 分值; above all, 0. */
  | { readonly method: "steps"; readonly steps: readonly { readonly upTo: number; readonly share: number }[] };

export interface QualitativeBand {
  /** The grade as written on the form, e.g. 达成年度指标. */
  readonly grade: string;
  /** Other ways the grade is written (达成, 完全达成, A …). */
  readonly aliases: readonly string[];
  /** Share of the 分值: the band is [min, max), the top band [min, max]. */
  readonly min: number;
  readonly max: number;
}

export interface GradeBand {
  readonly grade: string;
  /** Lowest total (inclusive) for the grade. */
  readonly min: number;
}

export interface TotalCap {
  /** When the overall 预算执行率 is below this fraction … */
  readonly execRateBelow: number;
  /** … the total is at most this many points. */
  readonly maxTotal: number;
}

export interface RequiredIndicator {
  readonly first: string;
  readonly second: string;
  readonly third: string;
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  /** The document the profile follows, e.g. 财预〔2020〕10号. */
  readonly basis: string;
  readonly description: string;
  /** Default first-level weights; the total of the table must be `totalWeight`. */
  readonly totalWeight: number;
  readonly firstLevelWeights: Readonly<Record<string, number>>;
  readonly execution: RateRule;
  /** Lower-is-better indicators above their target: ratio 分值×目标÷实际, or deviation 分值×(1−偏离度). */
  readonly reverseMethod: "ratio" | "deviation";
  /** Ask for a 偏差原因 when the actual reaches this multiple of the target (1.3 = 130%); null: never. */
  readonly overAchievementReasonAt: number | null;
  readonly qualitativeBands: readonly QualitativeBand[];
  /** From the highest grade down. */
  readonly grades: readonly GradeBand[];
  readonly totalCaps: readonly TotalCap[];
  readonly reasons: {
    /** A score below full needs a 偏差原因分析及改进措施. */
    readonly belowFullScore: boolean;
    /** A reason is also needed when the 预算执行率 is under this fraction; null: not required. */
    readonly execRateBelow: number | null;
    /** Longest reason, in characters; null: no limit. */
    readonly maxLength: number | null;
  };
  /** Longest 评价结论 / 存在问题 / 改进措施 and the like, in characters. */
  readonly textLimits: Readonly<Record<string, number>>;
  readonly tolerances: {
    /** On sums, in the sheet's unit. */
    readonly sum: number;
    /** On rates, in percentage points. */
    readonly ratePoints: number;
    /** On item scores, in points. */
    readonly score: number;
  };
  /** Projects (and the department) whose 预算执行率 is under this fraction are listed under the report's
   *  存在问题 with their 未执行原因 (0.9 = 90%). */
  readonly lowExecutionBelow: number;
  /** 结转结余率 divides by the budget (预算数) or by the expenditure (支出完成数). */
  readonly carryoverBase: "budget" | "expenditure";
  readonly commonIndicators: Readonly<Record<string, CommonRule>>;
  /** Indicators the framework requires, each under its first- and second-level indicator. */
  readonly requiredIndicators: readonly RequiredIndicator[];
}
