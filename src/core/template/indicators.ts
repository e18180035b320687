/**
 * The indicator rows the template starts with: one row per 二级指标 of the 产出/效益/满意度 structure of the
 * self-evaluation form (产出: 数量/质量/时效/成本; 效益: 经济/社会/生态/可持续影响; 满意度: 服务对象满意度), each
 * with a 三级指标 that every department has (the 共性 output indicators of GUIDE §4: 实际完成率, 质量达标率,
 * 完成及时率; 公用经费控制率 for 成本; the four 履职效益 as qualitative indicators; 满意度), a target, an actual
 * that meets it, and the profile's first-level weight shared among the rows. They are examples the accountant
 * overwrites with the unit's own indicators; as they stand they are a consistent table (weights total 100,
 * scores follow the rules), so a freshly inserted template raises no error.
 */
import type { Profile } from "../profile-types";

export interface TemplateIndicator {
  readonly first: string;
  readonly second: string;
  readonly third: string;
  /** "≥", "≤", or "定性". */
  readonly nature: string;
  readonly target: number | string;
  readonly unit: string | null;
  /** A number that meets the target, or the top qualitative grade of the profile. */
  readonly actual: number | string;
  readonly weight: number;
}

/** First-level weights of the national profile (财预〔2020〕10号), used where a profile names none. */
const NATIONAL_WEIGHTS = { 预算执行率: 10, 产出指标: 50, 效益指标: 30, 满意度指标: 10 } as const;

type FirstLevel = keyof typeof NATIONAL_WEIGHTS;

/** The first-level weights of a profile for this form: its own where it names all four, else the national ones
 *  scaled to its total. */
export function firstLevelWeights(profile: Profile): Readonly<Record<FirstLevel, number>> {
  const own = profile.firstLevelWeights;
  const keys = Object.keys(NATIONAL_WEIGHTS) as FirstLevel[];
  if (keys.every((k) => typeof own[k] === "number")) {
    return Object.fromEntries(keys.map((k) => [k, own[k]!])) as Record<FirstLevel, number>;
  }
  const scale = profile.totalWeight / 100;
  return Object.fromEntries(keys.map((k) => [k, NATIONAL_WEIGHTS[k] * scale])) as Record<FirstLevel, number>;
}

/** Splits `total` by `shares` in hundredths, the remainder to the first parts, so the parts add up exactly. */
export function splitWeight(total: number, shares: readonly number[]): number[] {
  const cents = Math.round(total * 100);
  const whole = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((s) => Math.floor((cents * s) / whole));
  let rest = cents - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i]! += 1;
  return parts.map((p) => p / 100);
}

interface RowSpec {
  readonly second: string;
  readonly third: string;
  readonly nature: string;
  readonly target: number | string;
  readonly unit: string | null;
  /** Share of the first-level weight. */
  readonly share: number;
}

const GROUPS: readonly { readonly first: Exclude<FirstLevel, "预算执行率">; readonly rows: readonly RowSpec[] }[] = [
  {
    first: "产出指标",
    rows: [
      { second: "数量指标", third: "实际完成率", nature: "≥", target: 100, unit: "%", share: 2 },
      { second: "质量指标", third: "质量达标率", nature: "≥", target: 100, unit: "%", share: 1 },
      { second: "时效指标", third: "完成及时率", nature: "≥", target: 100, unit: "%", share: 1 },
      { second: "成本指标", third: "公用经费控制率", nature: "≤", target: 100, unit: "%", share: 1 },
    ],
  },
  {
    first: "效益指标",
    rows: [
      {
        second: "经济效益指标",
        third: "经济效益",
        nature: "定性",
        target: "有效提高资金使用效益",
        unit: null,
        share: 1,
      },
      { second: "社会效益指标", third: "社会效益", nature: "定性", target: "全面履行部门职责", unit: null, share: 3 },
      { second: "生态效益指标", third: "生态效益", nature: "定性", target: "无不良生态环境影响", unit: null, share: 1 },
      {
        second: "可持续影响指标",
        third: "可持续影响",
        nature: "定性",
        target: "长效管理机制健全",
        unit: null,
        share: 1,
      },
    ],
  },
  {
    first: "满意度指标",
    rows: [
      {
        second: "服务对象满意度指标",
        third: "社会公众或服务对象满意度",
        nature: "≥",
        target: 90,
        unit: "%",
        share: 1,
      },
    ],
  },
];

/** The template's indicator rows under a profile, in the order of the form. */
export function templateIndicators(profile: Profile): TemplateIndicator[] {
  const weights = firstLevelWeights(profile);
  const top = profile.qualitativeBands.reduce<Profile["qualitativeBands"][number] | null>(
    (best, b) => (best === null || b.min > best.min ? b : best),
    null,
  );
  const met = top?.grade ?? "达成年度指标";
  return GROUPS.flatMap(({ first, rows }) => {
    const split = splitWeight(
      weights[first],
      rows.map((r) => r.share),
    );
    return rows.map((r, i) => ({
      first,
      second: r.second,
      third: r.third,
      nature: r.nature,
      target: r.target,
      unit: r.unit,
      actual: r.nature === "定性" ? met : r.target,
      weight: split[i]!,
    }));
  });
}

/** The 预算执行率 weight of the funds block under a profile. */
export function executionWeight(profile: Profile): number {
  return firstLevelWeights(profile).预算执行率;
}
