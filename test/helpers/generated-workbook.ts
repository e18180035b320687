/**
 * Generated workbooks laid out like a unit's real file (samples/README.md, scripts/build-samples.ts), for the
 * whole-pipeline property tests (snapshot → readModel → runChecks, test/checker.property.test.ts):
 *
 * - 绩效自评表: title, "单位：万元", 单位名称; the funds block (label merged over the left columns, then 年初预算数
 *   全年预算数 全年执行数 分值 执行率 得分; rows 年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金); the indicator
 *   table (一级 二级 三级 指标性质 年度指标值 度量单位 实际完成值 分值 得分 偏差原因分析及改进措施, 一级/二级 merged over
 *   their rows); then 总分 and 自评等级 (label merged, value under 得分).
 * - 预算执行情况: title, "单位：万元", 项目名称 全年预算数 全年执行数 执行率 未执行原因, 基本支出 and its items, 项目支出
 *   and its items, 合计.
 * - 资产负债表 (会政财01表), two-sided: 资产部类 年末数 年初数 | 负债和净资产部类 年末数 年初数.
 * - optionally 单位基本情况 (编制数, 实有人数, 资产负债率, 流动资产占比) and 自评报告 (assets, budget and execution,
 *   every 二级 and indicator with its 指标分数/实际得分 and 完成比例, the total and the grade, as the sheets say).
 *
 * Everything is consistent under the national profile: weights 10/50/30/10 (integers or 1 decimal), scores from
 * the project's scoring functions, a 偏差原因 wherever a score is below full or an actual reaches 130% of its
 * target, amounts in whole cents with exact sums, rates = executed ÷ budget rounded to 4 places in 0.00% cells,
 * execution score min(rate, 1) × 10, total = the sum, grade from it, balance identities exact.
 *
 * A `Style` varies what real files vary and the reader says it reads (GUIDE §1, §5): header synonyms, folded
 * targets without 指标性质/度量单位 columns, 一级/二级 blank under their first row, amounts and scores typed as
 * text (grouped, spaced, full-width), rates as percentage points, numbered or closing subtotals, 合计 first,
 * tables away from A1, values after their label ("总分：90.84"). `mutation`/`applyMutation` change one scored
 * figure beyond the profile's tolerance.
 *
 * The arbitraries draw small seeds (counts, indices, shares, fractions) that `buildSpec` and `buildWorkbook`
 * turn into the spec and the snapshot, so fast-check shrinks towards small, plain workbooks; a generated
 * workbook prints as its spec (describeSpec), not as its cells.
 */
import fc from "fast-check";
import { div, roundHalfUp, sum } from "../../src/core/decimal";
import type { Op } from "../../src/core/figures";
import { formatAmount, formatNumber, formatRate, formatScore } from "../../src/core/format";
import { address, cellAt, withValue, type CellValue, type WorkbookSnapshot } from "../../src/core/model/snapshot";
import type { BalanceKey, CellRef, FundsLine } from "../../src/core/model/types";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile-types";
import { bandBounds, gradeOf, needsOverAchievementReason, quantitativeScore, rateScore } from "../../src/core/scoring";
import { sheet, workbook } from "./workbook";

export const NATIONAL: Profile = DEFAULT_PROFILE;

export const SHEETS = {
  form: "绩效自评表",
  budget: "预算执行情况",
  balance: "资产负债表",
  facts: "单位基本情况",
  report: "自评报告",
} as const;

export const FMT = { amount: "#,##0.00", rate: "0.00%", score: "0.00" } as const;

// ---------------------------------------------------------------------------------------------------------
// Indicator templates

/** How the figures of an indicator are measured. */
type Measure = "percent" | "count" | "money" | "days" | "coverage";

interface QuantTemplate {
  readonly kind: "quant";
  readonly name: string;
  readonly measure: Measure;
  readonly op: Op;
  /** Targets to pick from (display scale: 95 for 95%, 2000 for 2000件, 150 for 150万元). */
  readonly targets: readonly number[];
  /** 度量单位 (件, 批, 万元, 个工作日); "%" for percent and coverage. */
  readonly unit: string;
}

interface QualTemplate {
  readonly kind: "qual";
  readonly name: string;
  /** 年度指标值 as text, without any digit. */
  readonly target: string;
}

type Template = QuantTemplate | QualTemplate;

const pct = (name: string, op: Op, ...targets: number[]): QuantTemplate => ({
  kind: "quant",
  name,
  measure: "percent",
  op,
  targets,
  unit: "%",
});
const count = (name: string, unit: string, op: Op, ...targets: number[]): QuantTemplate => ({
  kind: "quant",
  name,
  measure: "count",
  op,
  targets,
  unit,
});
const money = (name: string, ...targets: number[]): QuantTemplate => ({
  kind: "quant",
  name,
  measure: "money",
  op: "≤",
  targets,
  unit: "万元",
});
const days = (name: string, ...targets: number[]): QuantTemplate => ({
  kind: "quant",
  name,
  measure: "days",
  op: "≤",
  targets,
  unit: "个工作日",
});
const coverage = (name: string): QuantTemplate => ({
  kind: "quant",
  name,
  measure: "coverage",
  op: "≥",
  targets: [100],
  unit: "%",
});
const qual = (name: string, target: string): QualTemplate => ({ kind: "qual", name, target });

/** 二级指标 of each 一级指标 with the indicators a unit would put under it. */
const FRAMEWORK: readonly (readonly [first: string, seconds: readonly (readonly [string, readonly Template[]])[]])[] = [
  [
    "产出指标",
    [
      [
        "数量指标",
        [
          count("采购应急处突装备", "批", "=", 1),
          count("化解矛盾纠纷案件", "件", "≥", 1000, 2000, 3000),
          count("开展安全隐患排查", "次", "≥", 50, 120, 400),
          count("新建视频监控点位", "个", "≥", 20, 80, 300),
          count("组织业务培训", "期", "≥", 2, 6, 12),
          count("完成消防设施检测", "处", "≥", 30, 150),
          count("配发执法记录仪", "台", "≥", 40, 200),
        ],
      ],
      [
        "质量指标",
        [
          pct("矛盾纠纷化解率", "≥", 90, 95),
          pct("楼栋摸排率", "=", 100),
          pct("设备验收合格率", "≥", 95, 98),
          pct("案件办结率", "≥", 85, 90),
          coverage("重点场所巡查覆盖率"),
          pct("信息录入准确率", "≥", 95, 99),
        ],
      ],
      [
        "时效指标",
        [
          pct("群众办证效率提升率", "≥", 30, 40),
          pct("项目按期完成率", "≥", 90, 100),
          pct("资金支付及时率", "≥", 90, 95),
          days("证件办理时限", 3, 5, 10),
          days("警情处置反馈时限", 1, 2),
        ],
      ],
      [
        "成本指标",
        [
          money("应急装备采购成本", 150, 80, 300),
          money("信息化运维成本", 60, 120),
          pct("公用经费控制率", "≤", 100),
          money("办公用房修缮成本", 45, 200),
        ],
      ],
    ],
  ],
  [
    "效益指标",
    [
      [
        "社会效益指标",
        [
          qual("维护隔离点秩序稳定", "有效维护隔离点秩序稳定"),
          pct("群众安全感", "≥", 85, 90),
          pct("刑事案件破案率", "≥", 60, 70),
          qual("辖区治安秩序", "辖区治安秩序持续向好"),
        ],
      ],
      ["经济效益指标", [pct("挽回经济损失率", "≥", 30, 50), qual("营商环境改善", "营商环境进一步优化")]],
      ["生态效益指标", [qual("辖区生态环境", "辖区生态环境得到改善")]],
      [
        "可持续影响指标",
        [qual("持续推进放管服改革", "持续推进放管服改革"), qual("长效机制建设", "建立健全长效工作机制")],
      ],
    ],
  ],
  [
    "满意度指标",
    [
      [
        "服务对象满意度指标",
        [
          pct("社会公众满意度", "≥", 85, 90, 95),
          pct("服务对象满意度", "≥", 90, 95),
          qual("群众满意度评价", "群众满意"),
        ],
      ],
    ],
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Style: the ways real files differ that the reader says it reads (GUIDE §1, §5)

export interface Style {
  /** No 指标性质 and 度量单位 columns: operator and unit folded into the targets ("≥95%", "不少于2000件"). */
  readonly folded: boolean;
  /** 一级/二级 merged over their rows, or written on the first row and left blank under it. */
  readonly levels: "merged" | "blank";
  /** "产出指标（50分）": the 一级 label states its weight. */
  readonly statedWeights: boolean;
  /** Header synonyms: 指标值, 全年实际值, 权重, 自评得分, 未完成原因分析; 调整后预算数; 科目名称, 实际支出数, 备注 … */
  readonly synonyms: boolean;
  /** Values written after their label in one cell: "总分：90.84", "自评等级：优", "资产负债率：2.23%". */
  readonly inlineFooter: boolean;
  /** A 单位基本情况 sheet stating 编制数, 实有人数, 资产负债率 and 流动资产占比. */
  readonly facts: boolean;
  /** Funds row labels: 年度资金总额 / 其中：财政拨款 …, or 资金总额 / 当年财政拨款 / 上年结转 / 其他资金来源. */
  readonly fundsLabels: 0 | 1;
  /** A funds part without money written "—" instead of 0 (its rate "—" too). */
  readonly dashForZero: boolean;
  /** Rows and columns above and left of each table left empty (tables wherever they stand). */
  readonly offsets: readonly [form: readonly [number, number], budget: readonly [number, number]];
  /** Budget table: subtotal wording and order. */
  readonly subtotals: "plain" | "numbered" | "closing" | "totalFirst";
  /** Amounts of the funds block and the budget table typed as text: "1,234.56", " 1 234.56 ", "１，２３４．５６". */
  readonly textAmounts: "none" | "grouped" | "spaced" | "fullWidth";
  /** 分值 and 得分 of the indicators typed as text ("7.00"). */
  readonly scoresAsText: boolean;
  /** The funds block's 执行率 as percentage points (88.39) under "执行率(%)". */
  readonly fundsRatePoints: boolean;
  /** Budget table 执行率: fractions in 0.00% cells, or percentage points (88.39) under "执行率(%)" or "执行率". */
  readonly rates: "fraction" | "pointsHeader" | "points";
  /** Budget table amounts' unit stated in the headers ("全年预算数（万元）") instead of a note. */
  readonly unitInHeader: boolean;
  /** Balance sheet: 行次 columns, 期末余额/年初余额, 资产合计 and 负债及净资产总计. */
  readonly balanceVariant: boolean;
  /** Report: amounts without trailing zeros (16,084.2), and the two budget sentences in one cell. */
  readonly reportVariant: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  folded: fc.boolean(),
  levels: fc.constantFrom("merged" as const, "blank" as const),
  statedWeights: fc.boolean(),
  synonyms: fc.boolean(),
  inlineFooter: fc.boolean(),
  facts: fc.boolean(),
  fundsLabels: fc.constantFrom(0 as const, 1 as const),
  dashForZero: fc.boolean(),
  offsets: fc.tuple(fc.tuple(fc.nat(2), fc.nat(1)), fc.tuple(fc.nat(2), fc.nat(1))),
  subtotals: fc.constantFrom("plain" as const, "numbered" as const, "closing" as const, "totalFirst" as const),
  textAmounts: fc.constantFrom("none" as const, "grouped" as const, "spaced" as const, "fullWidth" as const),
  scoresAsText: fc.boolean(),
  fundsRatePoints: fc.boolean(),
  rates: fc.constantFrom("fraction" as const, "pointsHeader" as const, "points" as const),
  unitInHeader: fc.boolean(),
  balanceVariant: fc.boolean(),
  reportVariant: fc.boolean(),
});

/** The style of the sample workbooks. */
export const PLAIN_STYLE: Style = {
  folded: false,
  levels: "merged",
  statedWeights: false,
  synonyms: false,
  inlineFooter: false,
  facts: false,
  fundsLabels: 0,
  dashForZero: false,
  offsets: [
    [0, 0],
    [0, 0],
  ],
  subtotals: "plain",
  textAmounts: "none",
  scoresAsText: false,
  fundsRatePoints: false,
  rates: "fraction",
  unitInHeader: false,
  balanceVariant: false,
  reportVariant: false,
};

// ---------------------------------------------------------------------------------------------------------
// The spec: what the workbook says, with what the mutations need

export interface QuantIndicator {
  readonly kind: "quant";
  readonly first: string;
  readonly second: string;
  readonly third: string;
  readonly measure: Measure;
  /** The operator that scores the row (指标性质, else the target's, else ≥). */
  readonly op: Op;
  /** Target and actual on the display scale (95 and 99.1 for percentages). */
  readonly t: number;
  readonly a: number;
  /** Decimals an actual of this measure is written with. */
  readonly decimals: number;
  /** Highest actual a unit would report (100 for rates), or null. */
  readonly cap: number | null;
  /** 指标性质 (null in the folded form). */
  readonly nature: string | null;
  readonly target: CellValue;
  /** 度量单位 (null in the folded form). */
  readonly unit: string | null;
  /** How the actual is written: a plain number (99.1 under "%"), a fraction in a 0.00% cell, or text "99.1%". */
  readonly actualStyle: "plain" | "percentCell" | "percentText";
  /** A text actual typed in full-width digits ("９９．１％"). */
  readonly fullWidth: boolean;
  readonly weight: number;
  readonly score: number;
  readonly reason: string | null;
}

export interface QualIndicator {
  readonly kind: "qual";
  readonly first: string;
  readonly second: string;
  readonly third: string;
  readonly target: string;
  /** Index of the grade in the profile's qualitative bands. */
  readonly band: number;
  /** The grade as written (its full wording or an alias). */
  readonly grade: string;
  readonly weight: number;
  readonly score: number;
  readonly reason: string | null;
}

export type Indicator = QuantIndicator | QualIndicator;

export interface BudgetLine {
  readonly name: string;
  readonly kind: "basic" | "project" | "total" | "item";
  /** Whole cents of 万元. */
  readonly budget: number;
  readonly executed: number;
  readonly reason: string | null;
}

export interface FundsLineSpec {
  readonly line: FundsLine;
  readonly label: string;
  readonly initial: number | null; // cents
  readonly budget: number; // cents
  readonly executed: number; // cents
}

export interface BalanceSpec {
  /** Whole cents of 万元, per key; begin null when the 年初数 column is left blank. */
  readonly end: Readonly<Record<BalanceKey, number>>;
  readonly begin: Readonly<Record<BalanceKey, number>> | null;
}

export interface WorkbookSpec {
  readonly style: Style;
  readonly unitName: string;
  readonly year: number;
  readonly indicators: readonly Indicator[];
  readonly funds: readonly FundsLineSpec[];
  readonly execWeight: number;
  readonly execScore: number;
  readonly total: number;
  readonly grade: string;
  /** In sheet order. */
  readonly budget: readonly BudgetLine[];
  readonly balance: BalanceSpec;
  readonly report: readonly string[] | null;
}

/** Where the figures a mutation may change stand. */
export interface Places {
  readonly indicators: readonly {
    readonly weight: CellRef;
    readonly score: CellRef;
    readonly actual: CellRef;
    readonly reason: CellRef;
  }[];
  /** The cell that holds the 总分 (the label cell where it is written "总分：90.84"). */
  readonly total: CellRef;
  readonly grade: CellRef;
  readonly funds: Readonly<
    Record<
      FundsLine,
      {
        readonly initial: CellRef;
        readonly budget: CellRef;
        readonly executed: CellRef;
        readonly weight: CellRef;
        readonly rate: CellRef;
        readonly score: CellRef;
      }
    >
  >;
  readonly budget: readonly { readonly budget: CellRef; readonly executed: CellRef; readonly rate: CellRef }[];
  readonly balance: Readonly<Record<BalanceKey, { readonly end: CellRef; readonly begin: CellRef }>>;
  /** The 资产负债率 stated on the 单位基本情况 sheet, where there is one. */
  readonly debtRatio: CellRef | null;
}

export interface GeneratedWorkbook {
  readonly spec: WorkbookSpec;
  readonly snapshot: WorkbookSnapshot;
  readonly places: Places;
}

// ---------------------------------------------------------------------------------------------------------
// Seeds

interface IndicatorSeed {
  /** Which template of the 二级 (a repeat gets a number). */
  readonly pick: number;
  readonly targetPick: number;
  /** Shares for the weights (relative). */
  readonly share: number;
  /** Mostly met (7 in 10). */
  readonly met: boolean;
  /** 0..1: where the actual lies in its range. */
  readonly u: number;
  /** Target written with its operator folded in ("≥95%", "不少于2000件") or as a plain number. */
  readonly folded: boolean;
  /** 指标性质 written as a word (正向/反向) instead of a sign. */
  readonly natureWord: boolean;
  readonly actualStyle: number;
  /** Qualitative: the grade (mostly 达成) and where the score lies in its band. */
  readonly band: number;
  readonly alias: number;
  readonly bandU: number;
  /** Second-level group (index into the 一级's 二级 list). */
  readonly second: number;
}

const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

const indicatorSeed: fc.Arbitrary<IndicatorSeed> = fc.record({
  pick: fc.nat(20),
  targetPick: fc.nat(5),
  share: fc.integer({ min: 1, max: 20 }),
  met: fc.nat(9).map((n) => n < 7),
  u: fraction,
  folded: fc.boolean(),
  natureWord: fc.boolean(),
  actualStyle: fc.nat(5),
  band: fc.nat(9),
  alias: fc.nat(4),
  bandU: fraction,
  second: fc.nat(7),
});

interface LineSeed {
  readonly name: number;
  readonly budget: number; // cents
  readonly perMille: number; // execution 800..1000 ‰
  readonly reason: boolean;
}

const lineSeed = (min: number, max: number): fc.Arbitrary<LineSeed> =>
  fc.record({
    name: fc.nat(20),
    budget: fc.integer({ min, max }),
    perMille: fc.integer({ min: 800, max: 1000 }),
    reason: fc.boolean(),
  });

export interface WorkbookSeed {
  readonly style: Style;
  readonly unit: number;
  readonly year: number;
  readonly outputs: readonly IndicatorSeed[];
  readonly benefits: readonly IndicatorSeed[];
  readonly satisfaction: readonly IndicatorSeed[];
  readonly decimalWeights: boolean;
  readonly basic: readonly LineSeed[];
  readonly basicAlone: LineSeed;
  readonly projects: readonly LineSeed[];
  readonly carryover: { readonly share: number; readonly unexecuted: number };
  readonly other: { readonly share: number; readonly unexecuted: number };
  readonly initial: number | null; // ‰ of the appropriation's 全年预算数
  readonly balance: {
    readonly end: readonly [number, number, number, number];
    readonly begin: readonly [number, number, number, number] | null;
  };
  readonly report: boolean;
  readonly gradeAlias: boolean;
}

const balanceFigures = fc.tuple(
  fc.integer({ min: 100_00, max: 5_000_00_00 }), // 流动资产合计
  fc.integer({ min: 1_000_00, max: 30_000_00_00 }), // 非流动资产合计
  fc.integer({ min: 0, max: 600 }), // 流动负债, ‰ of 流动资产
  fc.integer({ min: 0, max: 300 }), // 非流动负债: 0 under 150, else (x − 150) ‰ of 非流动资产
);

export const workbookSeed = (style: fc.Arbitrary<Style> = styleArb): fc.Arbitrary<WorkbookSeed> =>
  fc
    .integer({ min: 3, max: 25 })
    .chain((n) =>
      fc
        .integer({ min: 1, max: Math.min(3, n - 2) })
        .chain((nSat) =>
          fc.integer({ min: 1, max: Math.min(8, n - nSat - 1) }).map((nBen) => ({ nSat, nBen, nOut: n - nSat - nBen })),
        ),
    )
    .chain(({ nSat, nBen, nOut }) =>
      fc.record({
        style,
        unit: fc.nat(5),
        year: fc.integer({ min: 2019, max: 2024 }),
        outputs: fc.array(indicatorSeed, { minLength: nOut, maxLength: nOut }),
        benefits: fc.array(indicatorSeed, { minLength: nBen, maxLength: nBen }),
        satisfaction: fc.array(indicatorSeed, { minLength: nSat, maxLength: nSat }),
        decimalWeights: fc.boolean(),
        basic: fc.array(lineSeed(100_00, 20_000_00), { maxLength: 3 }), // 100 – 20,000 万元
        basicAlone: lineSeed(100_00, 20_000_00),
        projects: fc.array(lineSeed(5_00, 5_000_00), { minLength: 1, maxLength: 5 }), // 5 – 5,000 万元
        carryover: fc.record({
          share: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
          unexecuted: fc.integer({ min: 0, max: 1000 }),
        }),
        other: fc.record({
          share: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 })),
          unexecuted: fc.integer({ min: 0, max: 1000 }),
        }),
        initial: fc.option(fc.integer({ min: 850, max: 1000 })),
        balance: fc.record({ end: balanceFigures, begin: fc.option(balanceFigures) }),
        report: fc.boolean(),
        gradeAlias: fc.boolean(),
      }),
    );

// ---------------------------------------------------------------------------------------------------------
// From seeds to the spec

const UNITS = [
  "南昌市公安局红谷滩分局",
  "昆明市公安局呈贡分局",
  "某市司法局",
  "某县教育体育局",
  "某区卫生健康委员会",
  "某市自然资源局",
];

const BASIC_ITEMS = ["人员经费", "日常公用经费", "对个人和家庭的补助"];
const PROJECTS = [
  "智慧警务建设项目",
  "反恐经费",
  "电信网络诈骗专项经费",
  "社会治安防控体系建设",
  "执法办案中心运维",
  "应急处突装备购置",
  "红谷警眼视频监控运维",
  "派出所办公用房修缮",
  "禁毒专项经费",
  "公民协助破案奖励基金",
  "交通秩序整治专项",
];

const REASON_BELOW = "受疫情影响部分工作推进缓慢，未完全达到年度指标值；下一步将加强统筹调度，确保按期完成。";
const REASON_ABOVE = "实际完成值明显高于年度指标值，年度指标值设定偏保守，下一年度将结合实际科学设定指标值。";
const REASON_BUDGET = "部分项目尚处于合同履约期，留存质保金待履约结束后支付。";

/** Integer units for k rows totalling `units`, each at least `min`, by shares. */
function distribute(units: number, min: number, shares: readonly number[]): number[] {
  const extra = units - min * shares.length;
  const total = shares.reduce((a, b) => a + b, 0);
  const out = shares.map((s) => min + Math.floor((extra * s) / total));
  const rest = units - out.reduce((a, b) => a + b, 0);
  let largest = 0;
  out.forEach((w, i) => (largest = w > out[largest]! ? i : largest));
  out[largest]! += rest;
  return out;
}

const decimalsOf = (m: Measure): number => (m === "percent" || m === "coverage" ? 1 : m === "money" ? 2 : 0);

/** An actual that meets or misses its target, on the display scale. */
function actualOf(t: number, op: Op, measure: Measure, met: boolean, u: number): number {
  const d = decimalsOf(measure);
  const cap = measure === "percent" || measure === "coverage" ? 100 : null;
  const step = 10 ** -d;
  if (op === "≤" || op === "<") {
    if (met) return Math.min(t, roundHalfUp(t * (0.6 + 0.4 * u), d));
    return Math.max(roundHalfUp(t + step, d), roundHalfUp(t * (1.01 + 0.45 * u), d));
  }
  if (met) {
    if (op === "=" && measure === "count") return t;
    const hi = Math.min(cap ?? Infinity, t * 1.6);
    return Math.max(t, roundHalfUp(t + (hi - t) * u, d));
  }
  if (t <= step) return 0;
  const a = roundHalfUp(t * (0.5 + 0.49 * u), d);
  return a >= t ? roundHalfUp(t - step, d) : a;
}

/** The target with its operator and unit folded in: "≥95%", "不少于2000件", "不高于150万元", "1批", "100%". */
function foldedTarget(op: Op, measure: Measure, t: number, unit: string): string {
  if (measure === "coverage") return "全覆盖";
  const figure = `${t}${measure === "percent" ? "%" : unit}`;
  if (measure === "money" || measure === "count") {
    if (op === "≥") return `不少于${figure}`;
    if (op === "≤") return `不高于${figure}`;
    return figure;
  }
  return op === "=" ? figure : `${op}${figure}`;
}

function natureOf(op: Op, word: boolean): string {
  if (word && op === "≥") return "正向";
  if (word && op === "≤") return "反向";
  return op;
}

function buildIndicators(seed: WorkbookSeed, profile: Profile): Indicator[] {
  const unitOfWeight = seed.decimalWeights ? 10 : 1;
  const minWeight = seed.decimalWeights ? 5 : 1;
  const groups: readonly (readonly [number, readonly IndicatorSeed[]])[] = [
    [0, seed.outputs],
    [1, seed.benefits],
    [2, seed.satisfaction],
  ];
  const out: Indicator[] = [];
  for (const [g, seeds] of groups) {
    const [first, seconds] = FRAMEWORK[g]!;
    const weight = profile.firstLevelWeights[first]!;
    const weights = distribute(
      weight * unitOfWeight,
      minWeight,
      seeds.map((s) => s.share),
    ).map((w) => w / unitOfWeight);
    const label = seed.style.statedWeights ? `${first}（${weight}分）` : first;
    // Rows of each 二级 together, in the framework's order.
    const placed = seeds.map((s, i) => ({ s, w: weights[i]!, second: s.second % seconds.length }));
    placed.sort((x, y) => x.second - y.second);
    const used = new Map<string, number>();
    for (const { s, w, second } of placed) {
      const [secondName, templates] = seconds[second]!;
      const template = templates[s.pick % templates.length]!;
      const n = (used.get(template.name) ?? 0) + 1;
      used.set(template.name, n);
      const third = n === 1 ? template.name : `${template.name}（${CN[n - 1] ?? n}）`;
      out.push(indicatorOf(label, secondName, third, template, s, w, seed.style, profile));
    }
  }
  return out;
}

function indicatorOf(
  first: string,
  second: string,
  third: string,
  template: Template,
  s: IndicatorSeed,
  weight: number,
  style: Style,
  profile: Profile,
): Indicator {
  if (template.kind === "qual") {
    // Mostly 达成年度指标; sometimes 部分达成 or 未达成.
    const band = s.band < 7 ? 0 : s.band < 9 ? 1 : 2;
    const b = profile.qualitativeBands[band]!;
    const names = [b.grade, ...b.aliases];
    const grade = names[s.alias % names.length]!;
    const tenths = Math.round(weight * 10);
    const top = band === 0;
    const lo = Math.ceil(tenths * b.min - 1e-9);
    const hi = top ? tenths : Math.ceil(tenths * b.max - 1e-9) - 1;
    let score = (lo + Math.floor((hi - lo + 1) * s.bandU * 0.999)) / 10;
    const bounds = bandBounds(b, weight);
    if (score < bounds.min) score = bounds.min;
    return {
      kind: "qual",
      first,
      second,
      third,
      target: template.target,
      band,
      grade,
      weight,
      score,
      reason: score < weight ? REASON_BELOW : null,
    };
  }
  const t = template.targets[s.targetPick % template.targets.length]!;
  const measure = template.measure;
  const percent = measure === "percent" || measure === "coverage";
  // Without a 指标性质 column the target's own operator scores the row ("1批", "100%": ≥).
  const folded = style.folded || s.folded || measure === "coverage" || (measure === "count" && template.op === "=");
  const op: Op = style.folded && template.op === "=" ? "≥" : template.op;
  const a = actualOf(t, op, measure, s.met, s.u);
  const score = quantitativeScore(a, t, weight, op, profile.reverseMethod);
  const above = needsOverAchievementReason(a, t, op, profile);
  // A percentage needs its own "%" where no 度量单位 column gives it.
  const actualStyle = !percent
    ? "plain"
    : s.actualStyle === 0 || (style.folded && s.actualStyle % 2 === 0)
      ? "percentCell"
      : s.actualStyle === 1 || style.folded
        ? "percentText"
        : "plain";
  return {
    kind: "quant",
    first,
    second,
    third,
    measure,
    op,
    t,
    a,
    decimals: decimalsOf(measure),
    cap: percent ? 100 : null,
    nature: style.folded ? null : measure === "coverage" ? "≥" : natureOf(op, s.natureWord),
    target: folded ? foldedTarget(op, measure, t, template.unit) : t,
    unit: style.folded ? null : template.unit,
    actualStyle,
    fullWidth: style.textAmounts === "fullWidth",
    weight,
    score,
    reason: score < weight ? REASON_BELOW : above ? REASON_ABOVE : null,
  };
}

/** The actual as its cell holds it. */
export function actualCell(ind: QuantIndicator, a: number): { value: CellValue; format: string } {
  switch (ind.actualStyle) {
    case "percentCell":
      return { value: div(a, 100), format: FMT.rate };
    case "percentText":
      return { value: ind.fullWidth ? toFullWidth(`${a}%`) : `${a}%`, format: "General" };
    case "plain":
      return { value: a, format: "General" };
  }
}

function line(seed: LineSeed, names: readonly string[], kind: BudgetLine["kind"], taken: Set<string>): BudgetLine {
  const base = names[seed.name % names.length]!;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  const executed = Math.round((seed.budget * seed.perMille) / 1000);
  return {
    name,
    kind,
    budget: seed.budget,
    executed,
    reason: seed.reason && seed.perMille < 900 ? REASON_BUDGET : null,
  };
}

function buildBudget(seed: WorkbookSeed): BudgetLine[] {
  const style = seed.style.subtotals;
  const taken = new Set<string>();
  // "基本支出小计" closes the items above it: each group has items there.
  const basicSeeds = style === "closing" && seed.basic.length === 0 ? [seed.basicAlone] : seed.basic;
  const basicItems = basicSeeds.map((s) => line(s, BASIC_ITEMS, "item", taken));
  const projectItems = seed.projects.map((s) => line(s, PROJECTS, "item", taken));
  const names =
    style === "numbered"
      ? { basic: "一、基本支出", project: "二、项目支出", total: "总计" }
      : style === "closing"
        ? { basic: "基本支出小计", project: "项目支出小计", total: "支出合计" }
        : { basic: "基本支出", project: "项目支出", total: "合计" };
  const subtotal = (kind: "basic" | "project", items: readonly BudgetLine[]): BudgetLine => {
    if (items.length === 0) return { ...line(seed.basicAlone, [names[kind]], kind, new Set()), reason: null };
    return {
      name: names[kind],
      kind,
      budget: items.reduce((s, l) => s + l.budget, 0),
      executed: items.reduce((s, l) => s + l.executed, 0),
      reason: null,
    };
  };
  const basic = subtotal("basic", basicItems);
  const project = subtotal("project", projectItems);
  const total: BudgetLine = {
    name: names.total,
    kind: "total",
    budget: basic.budget + project.budget,
    executed: basic.executed + project.executed,
    reason: null,
  };
  switch (style) {
    case "closing":
      return [...basicItems, basic, ...projectItems, project, total];
    case "totalFirst":
      return [total, basic, ...basicItems, project, ...projectItems];
    default:
      return [basic, ...basicItems, project, ...projectItems, total];
  }
}

const FUNDS_LABELS: readonly Readonly<Record<Exclude<FundsLine, "basic" | "project">, string>>[] = [
  { total: "年度资金总额", appropriation: "其中：财政拨款", carryover: "上年结转资金", other: "其他资金" },
  { total: "资金总额", appropriation: "当年财政拨款", carryover: "上年结转", other: "其他资金来源" },
];

function buildFunds(seed: WorkbookSeed, total: BudgetLine): FundsLineSpec[] {
  const labels = FUNDS_LABELS[seed.style.fundsLabels]!;
  const tb = total.budget;
  const te = total.executed;
  let slack = tb - te;
  const part = (share: number, unexecuted: number, room: number) => {
    const budget = Math.min(room, Math.floor((tb * share) / 1000));
    const un = Math.min(budget, Math.floor((slack * unexecuted) / 1000));
    slack -= un;
    return { budget, executed: budget - un };
  };
  const c = part(seed.carryover.share, seed.carryover.unexecuted, tb);
  const o = part(seed.other.share, seed.other.unexecuted, tb - c.budget);
  const a = { budget: tb - c.budget - o.budget, executed: te - c.executed - o.executed };
  const ai = seed.initial === null ? null : Math.floor((a.budget * seed.initial) / 1000);
  const ci = seed.initial === null ? null : 0;
  const oi = seed.initial === null ? null : o.budget;
  return [
    { line: "total", label: labels.total, initial: ai === null ? null : ai + ci! + oi!, budget: tb, executed: te },
    { line: "appropriation", label: labels.appropriation, initial: ai, ...a },
    { line: "carryover", label: labels.carryover, initial: ci, ...c },
    { line: "other", label: labels.other, initial: oi, ...o },
  ];
}

function buildBalance(seed: WorkbookSeed): BalanceSpec {
  const of = ([ca, nca, clPm, nclPm]: readonly [number, number, number, number]): Record<BalanceKey, number> => {
    const cl = Math.floor((ca * clPm) / 1000);
    const ncl = nclPm < 150 ? 0 : Math.floor((nca * (nclPm - 150)) / 1000);
    const ta = ca + nca;
    const tl = cl + ncl;
    const na = ta - tl;
    return {
      currentAssets: ca,
      nonCurrentAssets: nca,
      totalAssets: ta,
      currentLiabilities: cl,
      nonCurrentLiabilities: ncl,
      totalLiabilities: tl,
      accumulatedSurplus: na,
      netAssets: na,
      totalLiabilitiesAndNetAssets: tl + na,
    };
  };
  return { end: of(seed.balance.end), begin: seed.balance.begin ? of(seed.balance.begin) : null };
}

export const wan = (cents: number): number => cents / 100;

/** "完成年度绩效指标值的 P%": the score's share of the weight, as the seed's passages write it. */
function completion(score: number, weight: number): string {
  return score >= weight ? "100" : formatNumber(div(score * 100, weight), 2);
}

/** An indicator's passage: "（1）采购应急处突装备（指标分数 7 分，实际得分 7 分）：…完成年度绩效指标值的 100%。" */
function passage(k: number, ind: Indicator): string {
  const head = `（${k}）${ind.third}（指标分数 ${formatScore(ind.weight)} 分，实际得分 ${formatScore(ind.score)} 分）`;
  const body =
    ind.kind === "qual"
      ? `年度指标为${ind.target}，实际完成情况为${ind.grade}`
      : `年度指标值 ${foldedTarget(ind.op, ind.measure, ind.t, ind.unit ?? unitOfMeasure(ind))}，实际完成 ${ind.a}${unitOfMeasure(ind)}`;
  return `${head}：${body}，完成年度绩效指标值的 ${completion(ind.score, ind.weight)}%。`;
}

function unitOfMeasure(ind: QuantIndicator): string {
  switch (ind.measure) {
    case "percent":
    case "coverage":
      return "%";
    case "money":
      return "万元";
    case "days":
      return "个工作日";
    case "count":
      return ind.unit ?? (typeof ind.target === "string" ? ind.target.replace(/^[^\d]*[\d.]+/, "") : "");
  }
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 二、 of the 自评报告: each 一级 a （n） section, each 二级 a numbered heading with its sums, each indicator a passage. */
function indicatorSections(indicators: readonly Indicator[]): string[] {
  const titles: Record<string, string> = {
    产出指标: "履职完成情况",
    效益指标: "履职效果情况",
    满意度指标: "社会满意度情况",
  };
  const out: string[] = [];
  const firsts = [...new Set(indicators.map((i) => i.first))];
  firsts.forEach((first, fi) => {
    out.push(`（${CN[fi]}）${titles[first.replace(/（.*$/, "")] ?? first}`);
    const rows = indicators.filter((i) => i.first === first);
    const seconds = [...new Set(rows.map((i) => i.second))];
    seconds.forEach((second, si) => {
      const group = rows.filter((i) => i.second === second);
      const w = sum(group.map((i) => i.weight));
      const sc = sum(group.map((i) => i.score));
      out.push(`${si + 1}、${second}（指标分数 ${formatScore(w)} 分，实际得分 ${formatScore(sc)} 分）`);
      group.forEach((ind, k) => out.push(passage(k + 1, ind)));
    });
  });
  return out;
}

function assetsParagraph(spec: Omit<WorkbookSpec, "report">, amount: (cents: number) => string): string {
  const b = spec.balance.end;
  const share = (part: number, whole: number) => formatRate(div(part, whole));
  const liabilities =
    b.totalLiabilities > 0
      ? `负债合计 ${amount(b.totalLiabilities)} 万元，其中流动负债 ${amount(b.currentLiabilities)} 万元，占比 ${share(b.currentLiabilities, b.totalLiabilities)}。`
      : `负债合计 ${amount(b.totalLiabilities)} 万元。`;
  return (
    `${spec.year} 年年末，我单位资产合计 ${amount(b.totalAssets)} 万元，其中流动资产 ${amount(b.currentAssets)} 万元，` +
    `占比 ${share(b.currentAssets, b.totalAssets)}；非流动资产 ${amount(b.nonCurrentAssets)} 万元，占比 ${share(b.nonCurrentAssets, b.totalAssets)}。` +
    liabilities +
    `净资产 ${amount(b.netAssets)} 万元。资产负债率为 ${share(b.totalLiabilities, b.totalAssets)}。`
  );
}

function buildReport(spec: Omit<WorkbookSpec, "report">): string[] {
  const basic = spec.budget.find((l) => l.kind === "basic")!;
  const project = spec.budget.find((l) => l.kind === "project")!;
  const total = spec.budget.find((l) => l.kind === "total")!;
  const rate = (l: BudgetLine) => formatRate(div(wan(l.executed), wan(l.budget)));
  // "16,084.2" as the seed writes it, or "16,084.20".
  const amount = (cents: number) =>
    spec.style.reportVariant ? formatAmount(wan(cents)).replace(/\.?0+$/, "") : formatAmount(wan(cents));
  const budget = `${spec.year} 年全年预算数为 ${amount(total.budget)} 万元，其中基本支出 ${amount(basic.budget)} 万元，项目支出 ${amount(project.budget)} 万元。`;
  const executed = `${spec.year} 年全年执行数为 ${amount(total.executed)} 万元，预算执行率为 ${rate(total)}，其中基本支出 ${amount(basic.executed)} 万元，预算执行率为 ${rate(basic)}；项目支出 ${amount(project.executed)} 万元，预算执行率为 ${rate(project)}。`;
  const band = { 优秀: "优", 良好: "良", 中等: "中" }[spec.grade] ?? spec.grade;
  return [
    `${spec.unitName}${spec.year}年度部门整体支出绩效自评报告`,
    "一、部门基本概况",
    "（一）部门资产情况",
    assetsParagraph(spec, amount),
    "（二）当年部门预算及执行情况",
    ...(spec.style.reportVariant ? [`${budget}\n${executed}`] : [budget, executed]),
    "二、部门整体支出绩效实现情况",
    ...indicatorSections(spec.indicators),
    "三、自评结论",
    `经自评，本次绩效自评总分为 ${formatScore(spec.total)} 分，自评等级为${band}。`,
  ];
}

export function buildSpec(seed: WorkbookSeed, profile: Profile = NATIONAL): WorkbookSpec {
  const indicators = buildIndicators(seed, profile);
  const budget = buildBudget(seed);
  const funds = buildFunds(
    seed,
    budget.find((l) => l.kind === "total")!,
  );
  const fundsTotal = funds[0]!;
  const execWeight = profile.firstLevelWeights["预算执行率"]!;
  const execScore = rateScore(div(wan(fundsTotal.executed), wan(fundsTotal.budget)), execWeight, profile.execution);
  const total = sum([execScore, ...indicators.map((i) => i.score)]);
  const band = gradeOf(total, profile).grade;
  const grade = seed.gradeAlias ? ({ 优: "优秀", 良: "良好", 中: "中等" }[band] ?? band) : band;
  const spec = {
    style: seed.style,
    unitName: UNITS[seed.unit % UNITS.length]!,
    year: seed.year,
    indicators,
    funds,
    execWeight,
    execScore,
    total,
    grade,
    budget,
    balance: buildBalance(seed),
  };
  return { ...spec, report: seed.report ? buildReport(spec) : null };
}

// ---------------------------------------------------------------------------------------------------------
// From the spec to the snapshot

/** Cells of a sheet written at (row, col) of the table, placed `offset` rows and columns further down/right. */
export class Grid {
  private readonly cells = new Map<string, { value: CellValue; format: string }>();
  private readonly merges: string[] = [];
  private rows = 0;
  private cols = 0;

  constructor(
    readonly name: string,
    private readonly dr = 0,
    private readonly dc = 0,
  ) {}

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row: row + this.dr, col: col + this.dc };
  }

  set(row: number, col: number, value: CellValue, format = "General"): CellRef {
    const r = row + this.dr;
    const c = col + this.dc;
    this.cells.set(`${r},${c}`, { value, format });
    this.rows = Math.max(this.rows, r);
    this.cols = Math.max(this.cols, c);
    return this.ref(row, col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    const { dr, dc } = this;
    this.merges.push(`${address(top + dr, left + dc)}:${address(bottom + dr, right + dc)}`);
  }

  /** The used range from the first row and column written, as an adapter reports it. */
  toSheet() {
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = 1 + this.dr; r <= this.rows; r++) {
      const vr: CellValue[] = [];
      const fr: string[] = [];
      for (let c = 1 + this.dc; c <= this.cols; c++) {
        const cell = this.cells.get(`${r},${c}`);
        vr.push(cell?.value ?? null);
        fr.push(cell?.format ?? "General");
      }
      values.push(vr);
      formats.push(fr);
    }
    return sheet(this.name, values, {
      merges: this.merges,
      numberFormats: formats,
      at: address(1 + this.dr, 1 + this.dc),
    });
  }
}

type IndicatorKey =
  "first" | "second" | "third" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

function indicatorColumns(style: Style): { key: IndicatorKey; header: string }[] {
  const syn = style.synonyms;
  const all: { key: IndicatorKey; header: string }[] = [
    { key: "first", header: "一级指标" },
    { key: "second", header: "二级指标" },
    { key: "third", header: "三级指标" },
    { key: "nature", header: "指标性质" },
    { key: "target", header: syn ? "指标值" : "年度指标值" },
    { key: "unit", header: syn ? "计量单位" : "度量单位" },
    { key: "actual", header: syn ? "全年实际值" : "实际完成值" },
    { key: "weight", header: syn ? "权重" : "分值" },
    { key: "score", header: syn ? "自评得分" : "得分" },
    { key: "reason", header: syn ? "未完成原因分析" : "偏差原因分析及改进措施" },
  ];
  return style.folded ? all.filter((c) => c.key !== "nature" && c.key !== "unit") : all;
}

export const FORM_ROWS = { fundsHeader: 4, indicatorsHeader: 9 } as const;

function formSheet(spec: WorkbookSpec) {
  const style = spec.style;
  const g = new Grid(SHEETS.form, ...style.offsets[0]);
  const columns = indicatorColumns(style);
  const width = columns.length;
  const col = (key: IndicatorKey): number => columns.findIndex((c) => c.key === key) + 1;
  g.set(1, 1, `${spec.year}年度部门整体支出绩效自评表`);
  g.merge(1, 1, 1, width);
  g.set(2, 1, "单位：万元");
  g.merge(2, 1, 2, width);
  g.set(3, 1, "单位名称");
  g.set(3, 2, spec.unitName);
  g.merge(3, 2, 3, width);

  // Funds block: label merged over the columns left of the six figures.
  const fh = FORM_ROWS.fundsHeader;
  const f0 = width - 5;
  g.set(fh, 1, "年度预算资金");
  g.merge(fh, 1, fh, f0 - 1);
  const rateHeader = style.fundsRatePoints ? "执行率(%)" : "执行率";
  const fundsHeaders = style.synonyms
    ? ["年初预算", "调整后预算数", "全年执行数", "分值", rateHeader, "得分"]
    : ["年初预算数", "全年预算数", "全年执行数", "分值", rateHeader, "得分"];
  fundsHeaders.forEach((h, i) => g.set(fh, f0 + i, h));
  const funds = {} as Record<FundsLine, Places["funds"][FundsLine]>;
  spec.funds.forEach((f, i) => {
    const r = fh + 1 + i;
    g.set(r, 1, f.label);
    g.merge(r, 1, r, f0 - 1);
    const dash = style.dashForZero && f.line !== "total" && f.budget === 0 && f.executed === 0;
    if (f.initial !== null) g.set(r, f0, dash && f.initial === 0 ? "—" : amountCell(f.initial, style), FMT.amount);
    g.set(r, f0 + 1, dash ? "—" : amountCell(f.budget, style), FMT.amount);
    g.set(r, f0 + 2, dash ? "—" : amountCell(f.executed, style), FMT.amount);
    if (f.budget > 0) {
      const { value, format } = fundsRateCell(div(wan(f.executed), wan(f.budget)), style);
      g.set(r, f0 + 4, value, format);
    } else if (dash) g.set(r, f0 + 4, "—");
    if (f.line === "total") {
      g.set(r, f0 + 3, spec.execWeight, FMT.score);
      g.set(r, f0 + 5, spec.execScore, FMT.score);
    }
    funds[f.line] = {
      initial: g.ref(r, f0),
      budget: g.ref(r, f0 + 1),
      executed: g.ref(r, f0 + 2),
      weight: g.ref(r, f0 + 3),
      rate: g.ref(r, f0 + 4),
      score: g.ref(r, f0 + 5),
    };
  });

  const ih = FORM_ROWS.indicatorsHeader;
  columns.forEach((c, i) => g.set(ih, 1 + i, c.header));
  const first = ih + 1;
  const indicators: Places["indicators"][number][] = [];
  spec.indicators.forEach((ind, i) => {
    const r = first + i;
    const prev = spec.indicators[i - 1];
    if (!prev || prev.first !== ind.first) g.set(r, col("first"), ind.first);
    if (!prev || prev.first !== ind.first || prev.second !== ind.second) g.set(r, col("second"), ind.second);
    g.set(r, col("third"), ind.third);
    if (ind.kind === "quant") {
      if (ind.nature !== null) g.set(r, col("nature"), ind.nature);
      g.set(r, col("target"), ind.target);
      if (ind.unit !== null) g.set(r, col("unit"), ind.unit);
      const { value, format } = actualCell(ind, ind.a);
      g.set(r, col("actual"), value, format);
    } else {
      if (!style.folded) g.set(r, col("nature"), "定性");
      g.set(r, col("target"), ind.target);
      g.set(r, col("actual"), ind.grade);
    }
    g.set(r, col("weight"), scoreCell(ind.weight, style), FMT.score);
    g.set(r, col("score"), scoreCell(ind.score, style), FMT.score);
    if (ind.reason) g.set(r, col("reason"), ind.reason);
    indicators.push({
      actual: g.ref(r, col("actual")),
      weight: g.ref(r, col("weight")),
      score: g.ref(r, col("score")),
      reason: g.ref(r, col("reason")),
    });
  });
  // 一级 and 二级 merged vertically over their runs (or left blank under their first row).
  if (style.levels === "merged") {
    for (const [c, same] of [
      [col("first"), (a: Indicator, b: Indicator) => a.first === b.first],
      [col("second"), (a: Indicator, b: Indicator) => a.first === b.first && a.second === b.second],
    ] as const) {
      let start = 0;
      for (let i = 1; i <= spec.indicators.length; i++) {
        if (i < spec.indicators.length && same(spec.indicators[i]!, spec.indicators[start]!)) continue;
        g.merge(first + start, c, first + i - 1, c);
        start = i;
      }
    }
  }
  const tr = first + spec.indicators.length;
  const labelRight = col("weight") - 1;
  let total: CellRef;
  let grade: CellRef;
  if (style.inlineFooter) {
    total = g.set(tr, 1, `总分：${formatScore(spec.total)}`);
    grade = g.set(tr + 1, 1, `自评等级：${spec.grade}`);
  } else {
    g.set(tr, 1, "总分");
    total = g.set(tr, col("score"), spec.total, FMT.score);
    g.set(tr + 1, 1, "自评等级");
    grade = g.set(tr + 1, col("score"), spec.grade);
  }
  g.merge(tr, 1, tr, labelRight);
  g.merge(tr + 1, 1, tr + 1, labelRight);
  return { sheet: g.toSheet(), indicators, funds, total, grade };
}

const toFullWidth = (t: string): string => t.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** An amount as typed: a number, or text ("1,234.56", " 1 234.56 ", "１，２３４．５６"). */
export function amountCell(cents: number, style: Style): CellValue {
  switch (style.textAmounts) {
    case "none":
      return wan(cents);
    case "grouped":
      return formatAmount(wan(cents));
    case "spaced":
      return ` ${formatAmount(wan(cents)).replace(/,/g, " ")} `;
    case "fullWidth":
      return toFullWidth(formatAmount(wan(cents)));
  }
}

/** A 分值 or 得分 as typed: a number, or text "7.00". */
export function scoreCell(x: number, style: Style): CellValue {
  return style.scoresAsText ? x.toFixed(2) : x;
}

/** A funds-block rate as typed: a fraction in a 0.00% cell, or percentage points under "执行率(%)". */
export function fundsRateCell(rate: number, style: Style): { value: number; format: string } {
  return style.fundsRatePoints
    ? { value: roundHalfUp(rate * 100, 2), format: "0.00" }
    : { value: roundHalfUp(rate, 4), format: FMT.rate };
}

/** A budget-table rate as typed: a fraction in a 0.00% cell, or percentage points. */
export function budgetRateCell(rate: number, style: Style): { value: number; format: string } {
  return style.rates === "fraction"
    ? { value: roundHalfUp(rate, 4), format: FMT.rate }
    : { value: roundHalfUp(rate * 100, 2), format: "0.00" };
}

function budgetSheet(spec: WorkbookSpec) {
  const style = spec.style;
  const g = new Grid(SHEETS.budget, ...style.offsets[1]);
  g.set(1, 1, `${spec.unitName}${spec.year}年度预算执行情况表`);
  g.merge(1, 1, 1, 5);
  if (!style.unitInHeader) {
    g.set(2, 1, "单位：万元");
    g.merge(2, 1, 2, 5);
  }
  const unit = style.unitInHeader ? "（万元）" : "";
  const rateHeader = style.rates === "pointsHeader" ? "执行率(%)" : "执行率";
  const headers = style.synonyms
    ? ["科目名称", `调整后预算数${unit}`, `实际支出数${unit}`, rateHeader, "备注"]
    : ["项目名称", `全年预算数${unit}`, `全年执行数${unit}`, rateHeader, "未执行原因"];
  headers.forEach((h, i) => g.set(3, 1 + i, h));
  const places: Places["budget"][number][] = [];
  spec.budget.forEach((l, i) => {
    const r = 4 + i;
    g.set(r, 1, l.name);
    g.set(r, 2, amountCell(l.budget, style), FMT.amount);
    g.set(r, 3, amountCell(l.executed, style), FMT.amount);
    const { value, format } = budgetRateCell(div(wan(l.executed), wan(l.budget)), style);
    g.set(r, 4, value, format);
    if (l.reason) g.set(r, 5, l.reason);
    places.push({ budget: g.ref(r, 2), executed: g.ref(r, 3), rate: g.ref(r, 4) });
  });
  return { sheet: g.toSheet(), places };
}

/** The 会政财01表's two sides, row by row: assets on the left (three rows between the subtotals and 资产总计),
 *  liabilities and net assets on the right. */
export const BALANCE_LEFT: readonly (BalanceKey | null)[] = [
  "currentAssets",
  "nonCurrentAssets",
  null,
  null,
  null,
  "totalAssets",
];
export const BALANCE_RIGHT: readonly BalanceKey[] = [
  "currentLiabilities",
  "nonCurrentLiabilities",
  "totalLiabilities",
  "accumulatedSurplus",
  "netAssets",
  "totalLiabilitiesAndNetAssets",
];
export const BALANCE_LABELS: Record<BalanceKey, string> = {
  currentAssets: "流动资产合计",
  nonCurrentAssets: "非流动资产合计",
  totalAssets: "资产总计",
  currentLiabilities: "流动负债合计",
  nonCurrentLiabilities: "非流动负债合计",
  totalLiabilities: "负债合计",
  accumulatedSurplus: "累计盈余",
  netAssets: "净资产合计",
  totalLiabilitiesAndNetAssets: "负债和净资产总计",
};
const BALANCE_VARIANT_LABELS: Partial<Record<BalanceKey, string>> = {
  totalAssets: "资产合计",
  totalLiabilitiesAndNetAssets: "负债及净资产总计",
};

function balanceSheet(spec: WorkbookSpec) {
  const variant = spec.style.balanceVariant;
  const g = new Grid(SHEETS.balance);
  // 资产部类 [行次] 年末数 年初数 | 负债和净资产部类 [行次] 年末数 年初数
  const half = variant ? 4 : 3;
  const width = half * 2;
  g.set(1, 1, "资产负债表");
  g.merge(1, 1, 1, width);
  g.set(2, 1, "会政财01表");
  g.merge(2, 1, 2, width);
  g.set(3, 1, `编制单位：${spec.unitName}`);
  g.merge(3, 1, 3, 2);
  g.set(3, 3, `${spec.year}年12月31日`);
  g.merge(3, 3, 3, width - 2);
  g.set(3, width - 1, "单位：万元");
  g.merge(3, width - 1, 3, width);
  const [endH, beginH] = variant ? ["期末余额", "年初余额"] : ["年末数", "年初数"];
  const sideHeaders = (label: string) => (variant ? [label, "行次", endH, beginH] : [label, endH, beginH]);
  [...sideHeaders("资产部类"), ...sideHeaders("负债和净资产部类")].forEach((h, i) => g.set(4, 1 + i, h));
  const places = {} as Record<BalanceKey, { end: CellRef; begin: CellRef }>;
  const b = spec.balance;
  for (let i = 0; i < BALANCE_RIGHT.length; i++) {
    const r = 5 + i;
    for (const [key, c, lineNo] of [
      [BALANCE_LEFT[i], 1, i + 1],
      [BALANCE_RIGHT[i], 1 + half, i + 21],
    ] as const) {
      if (!key) continue;
      g.set(r, c, (variant ? BALANCE_VARIANT_LABELS[key] : undefined) ?? BALANCE_LABELS[key]);
      const v = variant ? c + 2 : c + 1;
      if (variant) g.set(r, c + 1, lineNo);
      g.set(r, v, wan(b.end[key]), FMT.amount);
      if (b.begin) g.set(r, v + 1, wan(b.begin[key]), FMT.amount);
      places[key] = { end: g.ref(r, v), begin: g.ref(r, v + 1) };
    }
  }
  return { sheet: g.toSheet(), places };
}

/** 资产负债率 and 流动资产占比 as a facts sheet states them: fractions in 0.00% cells, or "2.23%" after the label. */
function ratioCell(fraction: number, inline: boolean): { value: CellValue; format: string } {
  return inline
    ? { value: formatRate(fraction), format: "General" }
    : { value: roundHalfUp(fraction, 4), format: FMT.rate };
}

function factsSheet(spec: WorkbookSpec) {
  const g = new Grid(SHEETS.facts);
  const inline = spec.style.inlineFooter;
  const b = spec.balance.end;
  g.set(1, 1, "单位基本情况");
  g.merge(1, 1, 1, 3);
  ["项目", "内容", "说明"].forEach((h, i) => g.set(2, 1 + i, h));
  const rows: [string, CellValue, string | null, string?][] = [
    ["单位名称", spec.unitName, null],
    ["年度", spec.year, null],
    ["编制数", 120, "人", "0"],
    ["实有人数", 116, "人", "0"],
  ];
  rows.forEach(([label, value, note, format], i) => {
    g.set(3 + i, 1, label);
    g.set(3 + i, 2, value, format);
    if (note) g.set(3 + i, 3, note);
  });
  const r = 3 + rows.length;
  const ratios: [string, number][] = [
    ["资产负债率", div(b.totalLiabilities, b.totalAssets)],
    ["流动资产占资产总计比重", div(b.currentAssets, b.totalAssets)],
  ];
  let debtRatio: CellRef | null = null;
  ratios.forEach(([label, fraction], i) => {
    const { value, format } = ratioCell(fraction, inline);
    const ref = inline ? g.set(r + i, 1, `${label}：${value}`) : g.set(r + i, 2, value, format);
    if (!inline) {
      g.set(r + i, 1, label);
      g.set(r + i, 3, "按资产负债表年末数计算");
    }
    if (i === 0) debtRatio = ref;
  });
  return { sheet: g.toSheet(), debtRatio };
}

function reportSheet(paragraphs: readonly string[]) {
  const g = new Grid(SHEETS.report);
  paragraphs.forEach((p, i) => g.set(i + 1, 1, p));
  return g.toSheet();
}

export function buildWorkbook(spec: WorkbookSpec): GeneratedWorkbook {
  const form = formSheet(spec);
  const budget = budgetSheet(spec);
  const balance = balanceSheet(spec);
  const facts = spec.style.facts ? factsSheet(spec) : null;
  const sheets = [
    form.sheet,
    budget.sheet,
    balance.sheet,
    ...(facts ? [facts.sheet] : []),
    ...(spec.report ? [reportSheet(spec.report)] : []),
  ];
  return {
    // fast-check prints counterexamples with this: the spec, not the whole snapshot.
    [fc.toStringMethod]: () => describeSpec(spec),
    spec,
    snapshot: workbook(sheets),
    places: {
      indicators: form.indicators,
      total: form.total,
      grade: form.grade,
      funds: form.funds,
      budget: budget.places,
      balance: balance.places,
      debtRatio: facts?.debtRatio ?? null,
    },
  } as GeneratedWorkbook;
}

/** Consistent workbooks in any of the styles. */
export const generatedWorkbook: fc.Arbitrary<GeneratedWorkbook> = workbookSeed().map((s) =>
  buildWorkbook(buildSpec(s)),
);

/** Consistent workbooks in the samples' own layout. */
export const plainWorkbook: fc.Arbitrary<GeneratedWorkbook> = workbookSeed(fc.constant(PLAIN_STYLE)).map((s) =>
  buildWorkbook(buildSpec(s)),
);

// ---------------------------------------------------------------------------------------------------------
// Cells

/** The snapshot with one cell's value replaced (the other sheets shared). */
export function withCell(snapshot: WorkbookSnapshot, ref: CellRef, value: CellValue): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => (s.name === ref.sheet ? withValue(s, ref.row, ref.col, value) : s)),
  };
}

/** The value a snapshot holds at a cell. */
export function valueAt(snapshot: WorkbookSnapshot, ref: CellRef): CellValue {
  const s = snapshot.sheets.find((x) => x.name === ref.sheet);
  return s ? cellAt(s, ref.row, ref.col) : null;
}

/** A short description of a spec for failure messages. */
export function describeSpec(spec: WorkbookSpec): string {
  const style = Object.entries(spec.style)
    .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(PLAIN_STYLE[k as keyof Style]))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  const rows = spec.indicators.map((i) =>
    i.kind === "quant"
      ? `  ${i.first}/${i.second}/${i.third}: ${i.nature ?? ""} ${String(i.target)} ${i.unit ?? ""} actual ${i.a} (${i.actualStyle}) w ${i.weight} s ${i.score}${i.reason ? " +reason" : ""}`
      : `  ${i.first}/${i.second}/${i.third}: 定性 ${i.target} ${i.grade} w ${i.weight} s ${i.score}${i.reason ? " +reason" : ""}`,
  );
  const budget = spec.budget.map((l) => `  ${l.kind} ${l.name}: ${wan(l.budget)} / ${wan(l.executed)}`);
  const b = spec.balance;
  return [
    `style: ${style || "plain"}`,
    `exec ${spec.execWeight} → ${spec.execScore}; total ${spec.total} ${spec.grade}`,
    ...rows,
    ...budget,
    `  funds ${spec.funds.map((f) => `${f.line} ${f.initial === null ? "-" : wan(f.initial)}/${wan(f.budget)}/${wan(f.executed)}`).join("; ")}`,
    `  balance end ${BALANCE_KEYS.map((k) => wan(b.end[k])).join(" ")}${b.begin ? ` begin ${BALANCE_KEYS.map((k) => wan(b.begin![k])).join(" ")}` : ""}`,
    `  report ${spec.report ? "yes" : "no"}`,
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// Mutations: one scored figure changed by more than the profile's tolerance

type Direction = { readonly up: boolean; readonly by: number };

export type Mutation =
  /** An indicator's 得分 or 分值, by 0.11 to 5 (3 for 分值) points. */
  | ({ readonly kind: "score" | "weight"; readonly row: number } & Direction)
  /** An indicator's 实际完成值: a quantitative one moved so that its score changes (candidate `pick`), a
   *  qualitative one to another grade whose band the score is outside of. */
  | { readonly kind: "actual"; readonly row: number; readonly pick: number }
  /** 总分 (0.11 to 10 points), the funds block's 得分 (0.11 to 5) or its 分值 (0.11 to 3). */
  | ({ readonly kind: "total" | "execScore" | "execWeight" } & Direction)
  /** 自评等级: another grade. */
  | { readonly kind: "grade"; readonly pick: number }
  /** The 资产负债率 stated on the facts sheet, by 0.07 to 20 points. */
  | ({ readonly kind: "debtRatio" } & Direction)
  /** A stated 执行率 of the funds block (line index) or the budget table (row index), by 0.07 to 20 points. */
  | ({ readonly kind: "fundsRate" | "budgetRate"; readonly row: number } & Direction)
  /** An amount of the funds block (年初预算数 too, where given) or the budget table, by 0.02 to 1,000 万元. */
  | ({
      readonly kind: "fundsAmount" | "budgetAmount";
      readonly row: number;
      readonly measure: "initial" | "budget" | "executed";
    } & Direction)
  /** A 合计/总计 of the balance sheet (年末数 or 年初数), by 0.02 to 1,000 万元. */
  | ({ readonly kind: "balance"; readonly key: number; readonly column: "end" | "begin" } & Direction);

export interface Applied {
  readonly snapshot: WorkbookSnapshot;
  /** The changed cell. */
  readonly ref: CellRef;
  readonly before: CellValue;
  readonly after: CellValue;
  readonly what: string;
}

const direction = (): fc.Arbitrary<Direction> => fc.record({ up: fc.boolean(), by: fc.integer({ min: 1, max: 1000 }) });

/** A change from just above `min` (by = 1) to `max` (by = 1000). */
const amount = (by: number, min: number, max: number): number => min + ((max - min) * by) / 1000;

/** old ± change, kept at 0 or above (a decrease that would go negative becomes an increase). */
function moved(old: number, d: Direction, change: number, decimals: number): number {
  const down = roundHalfUp(old - change, decimals);
  return d.up || down < 0 ? roundHalfUp(old + change, decimals) : down;
}

export const BALANCE_KEYS: readonly BalanceKey[] = [
  "currentAssets",
  "nonCurrentAssets",
  "totalAssets",
  "currentLiabilities",
  "nonCurrentLiabilities",
  "totalLiabilities",
  "netAssets",
  "totalLiabilitiesAndNetAssets",
];

/** Mutations of a generated workbook (every kind that applies to it). */
export function mutation(g: GeneratedWorkbook): fc.Arbitrary<Mutation> {
  const n = g.spec.indicators.length;
  const row = fc.nat(n - 1);
  const fundsLines = g.spec.funds.map((f, i) => (f.budget > 0 ? i : -1)).filter((i) => i >= 0);
  const budgetRows = g.spec.budget.length;
  const columns = g.spec.balance.begin
    ? fc.constantFrom("end" as const, "begin" as const)
    : fc.constant("end" as const);
  const measure = fc.constantFrom("budget" as const, "executed" as const);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom("score" as const, "weight" as const), row, direction())
      .map(([kind, r, d]) => ({ kind, row: r, ...d })),
    fc.record({ kind: fc.constant("actual" as const), row, pick: fc.nat(20) }),
    fc
      .tuple(fc.constantFrom("total" as const, "execScore" as const, "execWeight" as const), direction())
      .map(([kind, d]) => ({ kind, ...d })),
    fc.record({ kind: fc.constant("grade" as const), pick: fc.nat(3) }),
    ...(g.places.debtRatio ? [direction().map((d) => ({ kind: "debtRatio" as const, ...d }))] : []),
    fc
      .tuple(fc.constantFrom(...fundsLines), direction())
      .map(([r, d]) => ({ kind: "fundsRate" as const, row: r, ...d })),
    fc.tuple(fc.nat(budgetRows - 1), direction()).map(([r, d]) => ({ kind: "budgetRate" as const, row: r, ...d })),
    fc
      .tuple(
        fc.nat(3),
        g.spec.funds[0]!.initial === null
          ? measure
          : fc.constantFrom("initial" as const, "budget" as const, "executed" as const),
        direction(),
      )
      .map(([r, m, d]) => ({ kind: "fundsAmount" as const, row: r, measure: m, ...d })),
    fc
      .tuple(fc.nat(budgetRows - 1), measure, direction())
      .map(([r, m, d]) => ({ kind: "budgetAmount" as const, row: r, measure: m, ...d })),
    fc
      .tuple(fc.nat(BALANCE_KEYS.length - 1), columns, direction())
      .map(([key, column, d]) => ({ kind: "balance" as const, key, column, ...d })),
  );
}

/** Quantitative actuals that change the row's score by more than the tolerance, or newly need a reason. */
export function actualCandidates(ind: QuantIndicator, profile: Profile = NATIONAL): number[] {
  const factors = [0, 0.3, 0.5, 0.7, 0.85, 0.95, 1, 1.05, 1.2, 1.35, 1.5, 2];
  const out: number[] = [];
  for (const f of factors) {
    let a = roundHalfUp(ind.t * f, ind.decimals);
    if (ind.cap !== null && a > ind.cap) a = ind.cap;
    if (a === ind.a || out.includes(a)) continue;
    const s = quantitativeScore(a, ind.t, ind.weight, ind.op, profile.reverseMethod);
    const moves = Math.abs(s - ind.score) > profile.tolerances.score + 0.005;
    const reason = ind.reason === null && needsOverAchievementReason(a, ind.t, ind.op, profile);
    if (moves || reason) out.push(a);
  }
  return out;
}

export function inBand(score: number, weight: number, band: number, profile: Profile = NATIONAL): boolean {
  const b = profile.qualitativeBands[band]!;
  const { min, max } = bandBounds(b, weight);
  const top = Math.max(...profile.qualitativeBands.map((x) => x.max)) === b.max;
  return score >= min && (top ? score <= max : score < max);
}

/** The mutated snapshot, or null where the mutation does not apply (nothing detectable to change). */
export function applyMutation(g: GeneratedWorkbook, m: Mutation, profile: Profile = NATIONAL): Applied | null {
  const { spec, places, snapshot } = g;
  const style = spec.style;
  const tol = profile.tolerances;
  const change = (ref: CellRef, after: CellValue, what: string): Applied => ({
    snapshot: withCell(snapshot, ref, after),
    ref,
    before: valueAt(snapshot, ref),
    after,
    what,
  });
  const minScoreChange = tol.score + 0.01;
  switch (m.kind) {
    case "score": {
      const ind = spec.indicators[m.row]!;
      const after = moved(ind.score, m, amount(m.by, minScoreChange, 5), 2);
      const value = scoreCell(after, style);
      return change(places.indicators[m.row]!.score, value, `${ind.third} 得分 ${ind.score} → ${after}`);
    }
    case "weight": {
      const ind = spec.indicators[m.row]!;
      let after = moved(ind.weight, m, amount(m.by, minScoreChange, 3), 2);
      if (after === 0) after = roundHalfUp(ind.weight + amount(m.by, minScoreChange, 3), 2);
      return change(
        places.indicators[m.row]!.weight,
        scoreCell(after, style),
        `${ind.third} 分值 ${ind.weight} → ${after}`,
      );
    }
    case "actual": {
      const ind = spec.indicators[m.row]!;
      const ref = places.indicators[m.row]!.actual;
      if (ind.kind === "qual") {
        const others = profile.qualitativeBands
          .map((b, i) => ({ b, i }))
          .filter(({ i }) => i !== ind.band && !inBand(ind.score, ind.weight, i, profile));
        if (others.length === 0) return null;
        const { b } = others[m.pick % others.length]!;
        return change(ref, b.grade, `${ind.third} 实际完成值 ${ind.grade} → ${b.grade}`);
      }
      const candidates = actualCandidates(ind, profile);
      if (candidates.length === 0) return null;
      const a = candidates[m.pick % candidates.length]!;
      return change(ref, actualCell(ind, a).value, `${ind.third} 实际完成值 ${ind.a} → ${a}（目标 ${ind.op}${ind.t}）`);
    }
    case "total": {
      const after = moved(spec.total, m, amount(m.by, minScoreChange, 10), 2);
      const value = style.inlineFooter ? `总分：${formatScore(after)}` : after;
      return change(places.total, value, `总分 ${spec.total} → ${after}`);
    }
    case "execScore": {
      const after = moved(spec.execScore, m, amount(m.by, minScoreChange, 5), 2);
      return change(places.funds.total.score, after, `预算执行率得分 ${spec.execScore} → ${after}`);
    }
    case "execWeight": {
      const after = moved(spec.execWeight, m, amount(m.by, minScoreChange, 3), 2);
      return change(places.funds.total.weight, after, `预算执行率分值 ${spec.execWeight} → ${after}`);
    }
    case "debtRatio": {
      const ref = places.debtRatio;
      if (!ref) return null;
      const b = spec.balance.end;
      const before = roundHalfUp(div(b.totalLiabilities, b.totalAssets), 4);
      const after = moved(before, m, amount(m.by, tol.ratePoints + 0.02, 20) / 100, 4);
      const { value } = ratioCell(after, style.inlineFooter);
      const written = style.inlineFooter ? `资产负债率：${String(value)}` : value;
      return change(ref, written, `资产负债率 ${before} → ${after}`);
    }
    case "grade": {
      const band = gradeOf(spec.total, profile).grade;
      const others = profile.grades.map((x) => x.grade).filter((x) => x !== band);
      const after = others[m.pick % others.length]!;
      const value = style.inlineFooter ? `自评等级：${after}` : after;
      return change(places.grade, value, `自评等级 ${spec.grade} → ${after}`);
    }
    case "fundsRate":
    case "budgetRate": {
      const ref = m.kind === "fundsRate" ? places.funds[spec.funds[m.row]!.line].rate : places.budget[m.row]!.rate;
      const before = valueAt(snapshot, ref);
      if (typeof before !== "number") return null;
      const points = m.kind === "budgetRate" ? style.rates !== "fraction" : style.fundsRatePoints;
      const min = tol.ratePoints + 0.02; // percentage points
      const after = points
        ? moved(before, m, amount(m.by, min, 20), 2)
        : moved(before, m, amount(m.by, min, 20) / 100, 4);
      const name = m.kind === "fundsRate" ? spec.funds[m.row]!.label : spec.budget[m.row]!.name;
      return change(ref, after, `${name} 执行率 ${before} → ${after}`);
    }
    case "fundsAmount":
    case "budgetAmount": {
      const line = m.kind === "fundsAmount" ? spec.funds[m.row]! : spec.budget[m.row]!;
      if (m.kind === "budgetAmount" && m.measure === "initial") return null;
      const ref =
        m.kind === "fundsAmount"
          ? places.funds[spec.funds[m.row]!.line][m.measure]
          : places.budget[m.row]![m.measure as "budget" | "executed"];
      const cents = Math.round(amount(m.by, 2, 100_000));
      const old = m.measure === "initial" ? ("initial" in line ? line.initial : null) : line[m.measure];
      if (old === null) return null;
      const after = m.up || old - cents < 0 ? old + cents : old - cents;
      const name = "label" in line ? line.label : line.name;
      const measureName = { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数" }[m.measure];
      return change(ref, amountCell(after, style), `${name} ${measureName} ${wan(old)} → ${wan(after)}`);
    }
    case "balance": {
      const key = BALANCE_KEYS[m.key]!;
      const column = spec.balance[m.column];
      if (!column) return null;
      const old = column[key];
      const cents = Math.round(amount(m.by, 2, 100_000));
      const after = m.up || old - cents < 0 ? old + cents : old - cents;
      return change(
        places.balance[key][m.column],
        wan(after),
        `${BALANCE_LABELS[key]}${m.column === "end" ? "年末数" : "年初数"} ${wan(old)} → ${wan(after)}`,
      );
    }
  }
}
