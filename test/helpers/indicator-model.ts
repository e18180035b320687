/**
 * WorkbookModels of a 绩效自评表 written by hand for the rule tests, laid out as the sample workbooks are
 * (samples/README.md): sheet 绩效自评表, funds header on row 4 with 年初预算数 … 得分 in E..J and 年度资金总额
 * on row 5, indicators header on row 9 (一级指标 … 偏差原因分析及改进措施 in A..J), rows from 10, then 总分 and
 * 自评等级 with their value in I, then any 评价结论 / 存在问题 / 改进措施 (label in A, text in B).
 *
 *   indicatorModel({
 *     funds: { budget: 36353.37, executed: 32132.93, weight: 10, rate: 0.8839, score: 8.84 },
 *     rows: [["产出指标", "数量指标", "采购应急处突装备", "=", "1批", "批", "1批", 7, 7, null], …],
 *     total: 90.84,
 *     grade: "优",
 *   })
 *
 * A null 一级/二级 cell stands under the one above (as a merged cell does). Cells are read with the core's
 * parsers (parseFigure, parseTarget, parseNature), as the model reader reads them.
 */
import { parseFigure, parseNature, parseTarget } from "../../src/core/figures";
import type { CellValue } from "../../src/core/model/snapshot";
import { parseAddress } from "../../src/core/model/snapshot";
import type {
  BudgetRow,
  BudgetRowKind,
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
} from "../../src/core/model/types";
import type { Finding, Rule } from "../../src/core/checks/types";
import type { Profile } from "../../src/core/profile-types";
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { loadSampleData } from "../../scripts/build-samples";
import { rule as requiredIndicators } from "../../src/core/checks/rules/required-indicators";
import { rule as indicatorRowComplete } from "../../src/core/checks/rules/indicator-row-complete";
import { rule as weightsTotal } from "../../src/core/checks/rules/weights-total";
import { rule as firstLevelWeights } from "../../src/core/checks/rules/first-level-weights";
import { rule as scoreAboveWeight } from "../../src/core/checks/rules/score-above-weight";
import { rule as fullScoreTargetMissed } from "../../src/core/checks/rules/full-score-target-missed";
import { rule as scoreBelowFullTargetMet } from "../../src/core/checks/rules/score-below-full-target-met";
import { rule as scoreRecomputed } from "../../src/core/checks/rules/score-recomputed";
import { rule as qualitativeBand } from "../../src/core/checks/rules/qualitative-band";
import { rule as totalSum } from "../../src/core/checks/rules/total-sum";
import { rule as gradeFitsTotal } from "../../src/core/checks/rules/grade-fits-total";
import { rule as executionScore } from "../../src/core/checks/rules/execution-score";
import { rule as totalCap } from "../../src/core/checks/rules/total-cap";
import { rule as reasonRequired } from "../../src/core/checks/rules/reason-required";
import { rule as textLength } from "../../src/core/checks/rules/text-length";

export const FORM = "绩效自评表";
export const BUDGET = "预算执行情况";

/** 一级, 二级, 三级, 指标性质, 年度指标值, 度量单位, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 (A..J). */
export type RowSpec = readonly [
  first: CellValue,
  second: CellValue,
  third: CellValue,
  nature: CellValue,
  target: CellValue,
  unit: CellValue,
  actual: CellValue,
  weight: CellValue,
  score: CellValue,
  reason: CellValue,
];

export interface FundsSpec {
  readonly initial?: CellValue;
  readonly budget?: CellValue;
  readonly executed?: CellValue;
  readonly weight?: CellValue;
  readonly rate?: CellValue;
  readonly score?: CellValue;
  /** Number format of the 执行率 cell (default "0.00%"). */
  readonly rateFormat?: string;
}

/** 项目名称, 全年预算数, 全年执行数, 执行率, 未执行原因 (A..E of 预算执行情况, header on row 3). */
export type BudgetSpec = readonly [
  name: string,
  budget: CellValue,
  executed: CellValue,
  rate: CellValue,
  reason: CellValue,
];

export interface ModelSpec {
  /** The 年度资金总额 row; null: no funds block. */
  readonly funds?: FundsSpec | null;
  readonly rows: readonly RowSpec[];
  /** The 总分 value; undefined: the form has no 总分 row. */
  readonly total?: CellValue;
  /** The 自评等级 value; undefined: the form has no 自评等级 row. */
  readonly grade?: CellValue;
  /** 评价结论, 存在问题, 改进措施 …, label → text. */
  readonly texts?: Readonly<Record<string, string>>;
  readonly budget?: readonly BudgetSpec[];
  /** Whether the table has a 指标性质 column (default true); without it, column D is not read. */
  readonly natureColumn?: boolean;
  /** Whether the table has a 偏差原因 column (default true). */
  readonly reasonColumn?: boolean;
  /** Blank cells as null in the model rather than as cells holding nothing (default false). */
  readonly nullBlanks?: boolean;
}

const COLUMNS: readonly IndicatorColumn[] = [
  "first",
  "second",
  "third",
  "nature",
  "target",
  "unit",
  "actual",
  "weight",
  "score",
  "reason",
];

export const FUNDS_HEADER_ROW = 4;
export const INDICATOR_HEADER_ROW = 9;
export const FIRST_ROW = 10;

export function ref(a1: string, sheet = FORM): CellRef {
  const p = parseAddress(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  return { sheet, row: p.row, col: p.col };
}

const isBlank = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

function text(at: CellRef, raw: CellValue, numberFormat = "General"): TextCell {
  return { ref: at, raw, numberFormat, text: raw === null ? "" : String(raw).replace(/\s+/g, " ").trim() };
}

function figure(at: CellRef, raw: CellValue, numberFormat = "General"): FigureCell {
  return { ref: at, raw, numberFormat, figure: parseFigure(raw) };
}

function target(at: CellRef, raw: CellValue): TargetCell {
  return { ref: at, raw, numberFormat: "General", target: parseTarget(raw) };
}

function at(row: number, col: number, sheet = FORM): CellRef {
  return { sheet, row, col };
}

export function fundsRow(spec: FundsSpec, row = FUNDS_HEADER_ROW + 1, line: FundsRow["line"] = "total"): FundsRow {
  const label =
    line === "total"
      ? "年度资金总额"
      : line === "appropriation"
        ? "其中：财政拨款"
        : line === "carryover"
          ? "上年结转资金"
          : "其他资金";
  return {
    line,
    label: text(at(row, 1), label),
    initialBudget: figure(at(row, 5), spec.initial ?? null, "#,##0.00"),
    budget: figure(at(row, 6), spec.budget ?? null, "#,##0.00"),
    executed: figure(at(row, 7), spec.executed ?? null, "#,##0.00"),
    weight: figure(at(row, 8), spec.weight ?? null, "0.00"),
    rate: figure(at(row, 9), spec.rate ?? null, spec.rateFormat ?? "0.00%"),
    score: figure(at(row, 10), spec.score ?? null, "0.00"),
  };
}

function budgetKind(name: string): BudgetRowKind {
  const n = name.replace(/\s/g, "");
  return n === "合计" ? "total" : n === "基本支出" ? "basic" : n === "项目支出" ? "project" : "item";
}

export function indicatorModel(spec: ModelSpec): WorkbookModel {
  const natureColumn = spec.natureColumn ?? true;
  const reasonColumn = spec.reasonColumn ?? true;
  const nullable = <T extends Cell>(cell: T): T | null => (spec.nullBlanks && isBlank(cell.raw) ? null : cell);

  let first: TextCell | null = null;
  let second: TextCell | null = null;
  const rows: IndicatorRow[] = spec.rows.map((r, i) => {
    const row = FIRST_ROW + i;
    const [f, s, third, nature, tgt, unit, actual, weight, score, reason] = r;
    if (!isBlank(f)) {
      first = text(at(row, 1), f);
      second = null;
    }
    if (!isBlank(s)) second = text(at(row, 2), s);
    const natureCell: IndicatorRow["nature"] = natureColumn
      ? { ref: at(row, 4), raw: nature, numberFormat: "General", op: parseNature(nature) }
      : null;
    return {
      sheet: FORM,
      row,
      first,
      second,
      third: nullable(text(at(row, 3), third)),
      nature: natureColumn && natureCell ? nullable(natureCell) : null,
      target: nullable(target(at(row, 5), tgt)),
      unit: nullable(text(at(row, 6), unit)),
      actual: nullable(target(at(row, 7), actual)),
      weight: nullable(figure(at(row, 8), weight, "0.00")),
      score: nullable(figure(at(row, 9), score, "0.00")),
      reason: reasonColumn ? nullable(text(at(row, 10), reason)) : null,
    };
  });

  const columns: Partial<Record<IndicatorColumn, number>> = {};
  COLUMNS.forEach((key, i) => {
    if (key === "nature" && !natureColumn) return;
    if (key === "reason" && !reasonColumn) return;
    columns[key] = i + 1;
  });

  const after = FIRST_ROW + spec.rows.length;
  const totalRow = after;
  const gradeRow = spec.total === undefined ? after : after + 1;
  const textsFrom = gradeRow + (spec.grade === undefined ? 0 : 1);
  const texts = Object.entries(spec.texts ?? {}).map(([label, value], i) => ({
    label,
    value: text(at(textsFrom + i, 2), value),
  }));

  const indicators: IndicatorTable = {
    sheet: FORM,
    headerRow: INDICATOR_HEADER_ROW,
    columns,
    rows,
    total: spec.total === undefined ? null : figure(at(totalRow, 9), spec.total, "0.00"),
    grade: spec.grade === undefined ? null : text(at(gradeRow, 9), spec.grade),
    texts,
  };

  const budgetRows: BudgetRow[] = [];
  let group: BudgetRow["group"] = null;
  (spec.budget ?? []).forEach(([name, budget, executed, rate, reason], i) => {
    const row = 4 + i;
    const kind = budgetKind(name);
    if (kind === "basic" || kind === "project") group = kind;
    budgetRows.push({
      kind,
      group: kind === "item" ? group : null,
      name: text(at(row, 1, BUDGET), name),
      budget: figure(at(row, 2, BUDGET), budget, "#,##0.00"),
      executed: figure(at(row, 3, BUDGET), executed, "#,##0.00"),
      rate: figure(at(row, 4, BUDGET), rate, "0.00%"),
      reason: text(at(row, 5, BUDGET), reason),
    });
  });

  const wan = { unit: { text: "万元", kind: "money" as const, factor: 1e4 }, ref: at(2, 1) };
  return {
    unit: { name: null, year: null, facts: [], organs: [] },
    funds:
      spec.funds === null || spec.funds === undefined
        ? null
        : { sheet: FORM, headerRow: FUNDS_HEADER_ROW, unit: wan, rows: [fundsRow(spec.funds)] },
    indicators,
    budget: spec.budget
      ? { sheet: BUDGET, headerRow: 3, unit: { ...wan, ref: at(2, 1, BUDGET) }, rows: budgetRows }
      : null,
    balance: null,
    report: null,
    notes: [],
    sheets: spec.budget ? [FORM, BUDGET] : [FORM],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Profiles and running rules

export function profile(id: "national" | "strict-local" | "common-framework"): Profile {
  const p = BUILT_IN_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
}

/** The findings of one rule on a model under a built-in profile (national by default). */
export function run(
  rule: Rule,
  model: WorkbookModel,
  profileOrId: Profile | Parameters<typeof profile>[0] = "national",
): readonly Finding[] {
  const p = typeof profileOrId === "string" ? profile(profileOrId) : profileOrId;
  return rule.check(model, { profile: p });
}

/** A profile with some settings changed (thresholds, limits), for tests of settings the built-ins leave off. */
export function withSettings(base: Profile, change: Partial<Profile>): Profile {
  return { ...base, ...change };
}

// ---------------------------------------------------------------------------------------------------------
// The seed samples

/** The model of a sample workbook's 绩效自评表 and 预算执行情况, built from samples/data/<id>.json. */
export function sampleModel(id: "000-honggutan-2022" | "002-chenggong-2021"): WorkbookModel {
  const data = loadSampleData(id);
  const total = data.funds.rows.find((r) => r.项目 === "年度资金总额");
  const model = indicatorModel({
    funds: total
      ? {
          initial: total.年初预算数,
          budget: total.全年预算数,
          executed: total.全年执行数,
          weight: total.分值,
          rate: total.执行率,
          score: total.得分,
        }
      : null,
    rows: data.indicators.map((r): RowSpec => [
      r.一级指标,
      r.二级指标,
      r.三级指标,
      r.指标性质,
      r.年度指标值,
      r.度量单位,
      r.实际完成值,
      r.分值,
      r.得分,
      r.偏差原因分析及改进措施,
    ]),
    ...(data.total ? { total: data.total.总分, grade: data.total.自评等级 } : {}),
    budget: data.budget.rows.map((r): BudgetSpec => [r.项目名称, r.全年预算数, r.全年执行数, r.执行率, r.未执行原因]),
  });
  // The other funds rows, as the sample lays them out (rows 6–8).
  const lines: FundsRow["line"][] = ["total", "appropriation", "carryover", "other"];
  const funds = model.funds
    ? {
        ...model.funds,
        rows: data.funds.rows.map((r, i) =>
          fundsRow(
            {
              initial: r.年初预算数,
              budget: r.全年预算数,
              executed: r.全年执行数,
              weight: r.分值,
              rate: r.执行率,
              score: r.得分,
            },
            FUNDS_HEADER_ROW + 1 + i,
            lines[i] ?? "other",
          ),
        ),
      }
    : null;
  return { ...model, funds };
}

// ---------------------------------------------------------------------------------------------------------
// A consistent table to break one cell at a time

/**
 * A 绩效自评表 that every rule of the indicator table accepts under the national profile: 预算执行率 10 (95%,
 * 9.50), 产出 50, 效益 30, 满意度 10; total 97.50, 优. Rows 10–17:
 *   10 采购应急处突装备 = 1批        13 群众办证效率提升率 ≥40% (42%)   16 持续推进放管服改革 定性 13/15
 *   11 化解矛盾纠纷案件 ≥2000件 (2100) 14 装备采购成本 ≤150万元 (140万元)  17 群众满意度 ≥90% (93)
 *   12 矛盾纠纷化解率 ≥95% (99.1)     15 维护隔离点秩序稳定 定性 15/15
 */
export function baseSpec(): ModelSpec {
  return {
    funds: { budget: 1000, executed: 950, weight: 10, rate: 0.95, score: 9.5 },
    rows: [
      ["产出指标", "数量指标", "采购应急处突装备", "=", "1批", "批", "1批", 10, 10, null],
      [null, null, "化解矛盾纠纷案件", "≥", 2000, "件", 2100, 10, 10, null],
      [null, "质量指标", "矛盾纠纷化解率", "≥", 95, "%", 99.1, 10, 10, null],
      [null, "时效指标", "群众办证效率提升率", "≥", "≥40%", null, "42%", 10, 10, null],
      [null, "成本指标", "装备采购成本", "≤", "150万元", null, "140万元", 10, 10, null],
      [
        "效益指标",
        "社会效益指标",
        "维护隔离点秩序稳定",
        "定性",
        "有效维护隔离点秩序稳定",
        null,
        "达成年度指标",
        15,
        15,
        null,
      ],
      [
        null,
        "可持续影响指标",
        "持续推进放管服改革",
        "定性",
        "持续推进放管服改革",
        null,
        "达成年度指标",
        15,
        13,
        "个别工作人员对流程掌握不熟",
      ],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 93, 10, 10, null],
    ],
    total: 97.5,
    grade: "优",
  };
}

const COLUMN_INDEX: Readonly<Record<IndicatorColumn, number>> = {
  first: 0,
  second: 1,
  third: 2,
  nature: 3,
  target: 4,
  unit: 5,
  actual: 6,
  weight: 7,
  score: 8,
  reason: 9,
};

/** The spec with cells of one row (0-based, row 10 is 0) changed. */
export function setCells(
  spec: ModelSpec,
  index: number,
  cells: Partial<Record<IndicatorColumn, CellValue>>,
): ModelSpec {
  const rows = spec.rows.map((r, i) => {
    if (i !== index) return r;
    const copy = [...r] as CellValue[];
    for (const [key, value] of Object.entries(cells) as [IndicatorColumn, CellValue][]) copy[COLUMN_INDEX[key]] = value;
    return copy as unknown as RowSpec;
  });
  return { ...spec, rows };
}

/** The national base table with cells of one row changed, as a model. */
export function baseWith(
  index: number,
  cells: Partial<Record<IndicatorColumn, CellValue>>,
  change: Partial<ModelSpec> = {},
): WorkbookModel {
  return indicatorModel({ ...setCells(baseSpec(), index, cells), ...change });
}

// ---------------------------------------------------------------------------------------------------------
// The rules of the indicator table (for the seed and property tests; the catalogue lists them for the app)

/** In the order a reviewer reads the 绩效自评表. */
export const INDICATOR_RULES: readonly Rule[] = [
  requiredIndicators,
  indicatorRowComplete,
  weightsTotal,
  firstLevelWeights,
  scoreAboveWeight,
  fullScoreTargetMissed,
  scoreBelowFullTargetMet,
  scoreRecomputed,
  qualitativeBand,
  totalSum,
  gradeFitsTotal,
  executionScore,
  totalCap,
  reasonRequired,
  textLength,
];
