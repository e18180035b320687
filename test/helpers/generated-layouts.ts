/**
 * One consistent workbook laid out the many ways real forms from other provinces lay it out, each way chosen by
 * fast-check on its own (test/generated-layouts.property.test.ts). The figures come from the spec of
 * generated-workbook.ts (buildSpec: weights 10/50/30/10, scores by the project's scoring, total = the sum, grade
 * from it, amounts in whole cents with exact subtotals, rates = executed ÷ budget, balance identities exact); a
 * `Layout` only decides where and how they are written:
 *
 * - header synonyms the reader knows (src/core/model/headers.ts) and ones real forms use (../shared/real-forms,
 *   test/real-forms/cases): 指标值/年度目标值/目标值, 全年实际值/实际完成情况/完成值, 权重/指标分值, 自评得分/评分,
 *   未完成原因分析/未完成原因及拟采取的改进措施; 调整后预算数/全年预算数(A), 预算执行数/全年执行数(B), 执行率(B/A);
 *   科目名称/项目, 预算数/实际支出数, 备注/原因; 期末余额/年初余额;
 * - one-row or two-row headers: the indicators' "年度指标值" over 指标性质 | 指标值 | 度量单位 and "绩效指标" over the
 *   levels (永德 明朗中学), the budget's "预算执行情况" over 全年预算数 | 全年执行数 | 执行率;
 * - weights in the level labels ("产出指标（50分）", also on the 二级), in a 分值 column beside each level
 *   (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 …), or neither; a block label left of the levels ("绩效指标",
 *   "绩效指标（90分）", 中江 水利局, 青神 发改局); 分值 right after 三级 (中江);
 * - 一级/二级 merged over their rows, written once and left blank under, or repeated on every row;
 * - template rows left in: "……", "指标2：", "/" rows, and rows of a 二级 with no indicator (永德: 生态效益指标 alone);
 * - budget subtotals (基本支出/项目支出) before their items, after them (基本支出小计), or 基本支出 before and
 *   项目支出小计 after; 合计 first or last; with or without a 支出类型 column;
 * - each table in 元 or in 万元, the unit stated in a row of its own, at the right end of an information row, in
 *   the title, in the amount headers, in the funds block's label ("项目资金（元）", 永德), or not at all (万元);
 * - leading blank rows and columns, title rows, the 年度总体目标 block, a 填报说明/注 row under the tables,
 *   signature lines under the balance sheet, extra sheets (a 说明 sheet of instructions, an empty Sheet3), the
 *   sheets in any order and under other names.
 *
 * `LayoutWorkbook.places` says where every figure was written, for the properties and the mutations.
 */
import fc from "fast-check";
import { div, roundHalfUp } from "../../src/core/decimal";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import type { BalanceKey, CellRef, FundsLine } from "../../src/core/model/types";
import { sheet, workbook } from "./workbook";
import {
  actualCell,
  BALANCE_LABELS,
  buildSpec,
  describeSpec,
  FMT,
  Grid,
  PLAIN_STYLE,
  wan,
  workbookSeed,
  type BudgetLine,
  type Indicator,
  type Style,
  type WorkbookSpec,
  BALANCE_LEFT,
  BALANCE_RIGHT,
} from "./generated-workbook";

// ---------------------------------------------------------------------------------------------------------
// Units

export type Money = "元" | "万元";

export const FACTOR: Readonly<Record<Money, number>> = { 元: 1, 万元: 10_000 };

/** An amount of the spec (whole cents of 万元) as a table in `unit` writes it: 1234.56 (万元) or 12345600 (元). */
export const inUnit = (cents: number, unit: Money): number => (unit === "万元" ? wan(cents) : cents * 100);

/** An amount of the spec in 元 (an integer: cents of 万元 × 100). */
export const yuan = (cents: number): number => cents * 100;

// ---------------------------------------------------------------------------------------------------------
// Words

/** Header words by column, the form's own first. */
export const INDICATOR_HEADERS = {
  third: ["三级指标", "指标名称", "三级指标名称"],
  nature: ["指标性质"],
  target: ["年度指标值", "指标值", "年度目标值", "预期指标值", "目标值"],
  unit: ["度量单位", "计量单位", "单位"],
  actual: ["实际完成值", "完成值", "全年完成值", "全年实际值", "实际值", "全年实际完成值", "实际完成情况"],
  weight: ["分值", "权重", "指标分值", "指标权重"],
  score: ["得分", "自评得分", "实际得分", "指标得分", "评分"],
  reason: [
    "偏差原因分析及改进措施",
    "未完成原因分析",
    "偏差原因分析",
    "未完成原因分析及改进措施",
    "偏差原因及改进措施",
    "偏差原因",
    "未完成原因及拟采取的改进措施",
  ],
} as const;

export const FUNDS_HEADERS = {
  label: ["年度预算资金", "项目资金", "资金情况", "预算资金", "年度资金"],
  initial: ["年初预算数", "年初预算"],
  budget: ["全年预算数", "调整后预算数", "全年预算", "全年预算数(A)"],
  executed: ["全年执行数", "全年执行", "预算执行数", "全年执行数(B)"],
  weight: ["分值", "权重"],
  rate: ["执行率", "预算执行率", "执行率(B/A)"],
  score: ["得分"],
} as const;

export const BUDGET_HEADERS = {
  name: ["项目名称", "科目名称", "项目(科目)名称", "项目", "项目内容"],
  type: ["支出类型", "经费类型", "支出性质", "支出类别", "经费性质", "类型"],
  budget: ["全年预算数", "调整后预算数", "全年预算", "预算数"],
  executed: ["全年执行数", "全年执行", "预算执行数", "实际执行数", "执行数", "支出数", "实际支出数"],
  rate: ["执行率", "预算执行率"],
  reason: ["未执行原因", "未执行原因说明", "原因", "备注", "偏差原因"],
} as const;

const SUBTOTAL_NAMES = {
  before: [
    ["基本支出", "项目支出"],
    ["一、基本支出", "二、项目支出"],
    ["（一）基本支出", "（二）项目支出"],
  ],
  after: [
    ["基本支出小计", "项目支出小计"],
    ["基本支出合计", "项目支出合计"],
  ],
} as const;
/** What a template row left in the indicator table holds in its 三级 cell. */
const PLACEHOLDER_WORDS = ["……", "指标2：", "/", "…"] as const;
const TOTAL_NAMES = ["合计", "总计", "支出合计"] as const;
const TOTAL_LABELS = ["总分", "合计", "总得分", "自评总分"] as const;
const GRADE_LABELS = ["自评等级", "等级", "评价等级"] as const;

const FORM_NOTES = [
  "填报说明：1.预算执行率=全年执行数÷全年预算数；2.得分低于分值的，须填写偏差原因分析及改进措施；3.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。",
  "注：1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因(100字以内)；2.其他资金包括：社会投入资金、银行贷款。",
];
const BUDGET_NOTE = "注：执行率=全年执行数÷全年预算数。";

const EXPLANATION = [
  "填表说明",
  "一、本表由预算单位根据年度预算执行情况填报，金额保留两位小数。",
  "二、预算执行率=全年执行数÷全年预算数，得分=执行率×分值，最高不超过分值。",
  "三、得分低于分值的指标，应在偏差原因分析及改进措施栏说明原因及改进措施。",
  "四、自评等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。",
];

const GOALS = [
  ["年度总体目标", "预期目标", "实际完成情况"],
  ["年度总体目标", "年初设定目标", "年度总体目标完成情况综述"],
] as const;
const GOAL_TEXT = "围绕年度重点工作，保障机构正常运转，全面完成年度各项工作任务，提升公共服务水平。";

// ---------------------------------------------------------------------------------------------------------
// The layout

/** Where a table's amount unit is stated. */
export type UnitPlace = "row" | "info" | "title" | "headers" | "label" | "none";

export interface Layout {
  readonly units: { readonly form: Money; readonly budget: Money; readonly balance: Money };
  /** form: any place; budget: not "label"; balance: row, info or none. "none" only for 万元 (else "row"). */
  readonly unitPlaces: { readonly form: UnitPlace; readonly budget: UnitPlace; readonly balance: UnitPlace };
  /** "金额单位：万元" instead of "单位：万元". */
  readonly unitWord: boolean;
  /** Empty rows and columns before each table (form, budget, balance). */
  readonly offsets: readonly (readonly [number, number])[];
  /** A title row (and the 单位名称 row on the form) above each table. */
  readonly titles: boolean;
  /** A 填报说明/注 row under the form and under the budget table, signatures under the balance sheet. */
  readonly notes: number | null;
  /** A 说明 sheet of instructions; an empty Sheet3; where the extra sheets stand. */
  readonly explanation: boolean;
  readonly emptySheet: boolean;
  readonly sheetOrder: number;
  readonly sheetNames: number;
  /** The 年度总体目标 block between the funds block and the indicators. */
  readonly goals: number | null;
  readonly funds: {
    readonly headers: { readonly [K in keyof typeof FUNDS_HEADERS]: number };
    /** Label header merged across the label columns, row labels too; or (永德) the label merged down column 1
     *  over the block, row labels in the columns right of it. */
    readonly label: "across" | "column";
    /** Without 年初预算数, the column left out (else left blank). */
    readonly dropInitial: boolean;
    /** 分值/得分 of the part rows: "—", "/" or blank. */
    readonly partMarks: "dash" | "slash" | "blank";
    /** A part without money written "—" (its rate "—" too), or 0. */
    readonly dashForZero: boolean;
    readonly ratePoints: boolean;
  };
  readonly indicators: {
    readonly headers: { readonly [K in keyof typeof INDICATOR_HEADERS]: number };
    readonly twoRow: boolean;
    readonly levels: "merged" | "blank" | "repeated";
    readonly levelWeights: "none" | "label" | "labelBoth" | "column";
    /** A column left of the levels naming the block (one-row headers only). */
    readonly block: "none" | "plain" | "weighted";
    /** 分值 right after 三级 (中江), before the targets. */
    readonly weightFirst: boolean;
    /** Template rows ("……", "指标2：", "/") after these 二级 groups (indices, modulo the number of groups). */
    readonly dots: readonly number[];
    /** What the template rows hold in the 三级 column. */
    readonly dotWord: number;
    /** Rows of the framework's 二级 that have no indicator, name only. */
    readonly groupRows: boolean;
    readonly totalLabel: number;
    readonly totalWeight: boolean;
    readonly grade: "row" | "after";
    readonly gradeLabel: number;
  };
  readonly budget: {
    readonly headers: { readonly [K in keyof typeof BUDGET_HEADERS]: number };
    readonly twoRow: boolean;
    readonly order: "before" | "after" | "mixed";
    readonly names: number;
    readonly totalName: number;
    readonly totalFirst: boolean;
    readonly typeColumn: boolean;
    readonly ratePoints: boolean;
  };
  readonly balance: { readonly variant: boolean };
}

const pick = (words: readonly unknown[]) => fc.nat(words.length - 1);
/** An index into each list of words. */
function picks<K extends string>(table: Readonly<Record<K, readonly unknown[]>>): fc.Arbitrary<Record<K, number>> {
  const record = {} as Record<K, fc.Arbitrary<number>>;
  for (const k of Object.keys(table) as K[]) record[k] = pick(table[k]);
  return fc.record(record) as fc.Arbitrary<Record<K, number>>;
}

const money = fc.constantFrom<Money>("元", "万元");
const place = (...places: UnitPlace[]) => fc.constantFrom(...places);
const offset = fc.tuple(fc.nat(3), fc.nat(2));

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  units: fc.record({ form: money, budget: money, balance: money }),
  unitPlaces: fc.record({
    form: place("row", "info", "title", "headers", "label", "none"),
    budget: place("row", "info", "title", "headers", "none"),
    balance: place("row", "info", "none"),
  }),
  unitWord: fc.boolean(),
  offsets: fc.tuple(offset, offset, offset),
  titles: fc.boolean(),
  notes: fc.option(pick(FORM_NOTES)),
  explanation: fc.boolean(),
  emptySheet: fc.boolean(),
  sheetOrder: fc.nat(5),
  sheetNames: fc.nat(2),
  goals: fc.option(pick(GOALS)),
  funds: fc.record({
    headers: picks(FUNDS_HEADERS),
    label: fc.constantFrom("across" as const, "column" as const),
    dropInitial: fc.boolean(),
    partMarks: fc.constantFrom("dash" as const, "slash" as const, "blank" as const),
    dashForZero: fc.boolean(),
    ratePoints: fc.boolean(),
  }),
  indicators: fc.record({
    headers: picks(INDICATOR_HEADERS),
    twoRow: fc.boolean(),
    levels: fc.constantFrom("merged" as const, "blank" as const, "repeated" as const),
    levelWeights: fc.constantFrom("none" as const, "label" as const, "labelBoth" as const, "column" as const),
    block: fc.constantFrom("none" as const, "plain" as const, "weighted" as const),
    weightFirst: fc.boolean(),
    dots: fc.array(fc.nat(12), { maxLength: 2 }),
    dotWord: pick(PLACEHOLDER_WORDS),
    groupRows: fc.boolean(),
    totalLabel: pick(TOTAL_LABELS),
    totalWeight: fc.boolean(),
    grade: fc.constantFrom("row" as const, "after" as const),
    gradeLabel: pick(GRADE_LABELS),
  }),
  budget: fc.record({
    headers: picks(BUDGET_HEADERS),
    twoRow: fc.boolean(),
    order: fc.constantFrom("before" as const, "after" as const, "mixed" as const),
    names: fc.nat(2),
    totalName: pick(TOTAL_NAMES),
    totalFirst: fc.boolean(),
    typeColumn: fc.boolean(),
    ratePoints: fc.boolean(),
  }),
  balance: fc.record({ variant: fc.boolean() }),
});

/** Figures of the spec that change what is written: folded targets, the funds row labels. */
const specStyle = fc
  .record({ folded: fc.boolean(), fundsLabels: fc.constantFrom(0 as const, 1 as const) })
  .map(({ folded, fundsLabels }): Style => ({ ...PLAIN_STYLE, folded, fundsLabels }));

// ---------------------------------------------------------------------------------------------------------
// Where everything was written

export interface IndicatorPlace {
  readonly row: number;
  readonly third: CellRef;
  readonly target: CellRef;
  readonly actual: CellRef;
  readonly weight: CellRef;
  readonly score: CellRef;
  readonly reason: CellRef;
}

export interface BudgetPlace {
  readonly line: BudgetLine;
  /** The group an item falls under (null for subtotals and 合计). */
  readonly group: "basic" | "project" | null;
  readonly name: CellRef;
  readonly budget: CellRef;
  readonly executed: CellRef;
  readonly rate: CellRef;
}

export interface FirstLabel {
  readonly name: string;
  readonly weight: number;
  readonly ref: CellRef;
}

export interface LayoutPlaces {
  readonly sheets: { readonly form: string; readonly budget: string; readonly balance: string };
  readonly indicators: readonly IndicatorPlace[];
  /** Rows left by the template ("……", "指标2：", "/"): template-placeholders tells them. */
  readonly dots: readonly number[];
  /** Rows of a 二级 alone (no indicator): read as group rows, no finding. */
  readonly groupRows: readonly number[];
  /** The 一级 labels that state their weight ("产出指标（50分）"), every cell written (each row where repeated). */
  readonly firstLabels: readonly FirstLabel[];
  /** The 分值 beside each 一级 (levelWeights "column"), every cell written. */
  readonly firstWeights: readonly FirstLabel[];
  readonly total: CellRef;
  readonly grade: CellRef;
  readonly funds: Readonly<
    Partial<
      Record<
        FundsLine,
        {
          readonly initial: CellRef | null;
          readonly budget: CellRef;
          readonly executed: CellRef;
          readonly rate: CellRef;
          readonly weight: CellRef;
          readonly score: CellRef;
        }
      >
    >
  >;
  /** In sheet order. */
  readonly budget: readonly BudgetPlace[];
  readonly balance: Readonly<Record<BalanceKey, { readonly end: CellRef; readonly begin: CellRef }>>;
}

export interface LayoutWorkbook {
  readonly spec: WorkbookSpec;
  readonly layout: Layout;
  readonly snapshot: WorkbookSnapshot;
  readonly places: LayoutPlaces;
}

// ---------------------------------------------------------------------------------------------------------
// Building

/** The unit place actually used: a 元 table always states its unit. */
function placeOf(p: UnitPlace, unit: Money): UnitPlace {
  return p === "none" && unit === "元" ? "row" : p;
}

const unitNote = (layout: Layout, unit: Money): string => `${layout.unitWord ? "金额单位" : "单位"}：${unit}`;

const SHEET_NAMES = [
  { form: "绩效自评表", budget: "预算执行情况", balance: "资产负债表" },
  { form: "部门整体支出绩效自评表", budget: "预算执行情况表", balance: "会政财01表" },
  { form: "Sheet1", budget: "Sheet2", balance: "Sheet4" },
] as const;

type Key = "first" | "firstWeight" | "second" | "secondWeight" | keyof typeof INDICATOR_HEADERS;

function indicatorColumns(spec: WorkbookSpec, layout: Layout): Key[] {
  const L = layout.indicators;
  const levelCols = L.levelWeights === "column";
  const keys: Key[] = ["first", ...(levelCols ? ["firstWeight" as const] : []), "second"];
  if (levelCols) keys.push("secondWeight");
  keys.push("third");
  if (L.weightFirst) keys.push("weight");
  if (!spec.style.folded) keys.push("nature", "target", "unit");
  else keys.push("target");
  keys.push("actual");
  if (!L.weightFirst) keys.push("weight");
  keys.push("score", "reason");
  return keys;
}

const LEVEL_KEYS: ReadonlySet<Key> = new Set<Key>(["first", "firstWeight", "second", "secondWeight", "third"]);

/** The 一级/二级 label as written: its weight stated where the layout states it. */
function levelLabel(name: string, weight: number, stated: boolean): string {
  return stated ? `${name}（${String(weight)}分）` : name;
}

const FRAMEWORK_SECONDS: Readonly<Record<string, readonly string[]>> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};

/** A row of the indicator table as laid out: an indicator, a "……" row, or a 二级 with no indicator. */
type TableRow =
  | { readonly kind: "indicator"; readonly first: string; readonly second: string; readonly index: number }
  | { readonly kind: "dots"; readonly first: string; readonly second: string }
  | { readonly kind: "group"; readonly first: string; readonly second: string };

function tableRows(spec: WorkbookSpec, layout: Layout): TableRow[] {
  const L = layout.indicators;
  const out: TableRow[] = [];
  const firsts = [...new Set(spec.indicators.map((i) => i.first))];
  const groups = new Set(spec.indicators.map((i) => `${i.first}/${i.second}`)).size;
  const dotsAfter = new Set(L.dots.map((d) => d % groups));
  let group = 0;
  for (const first of firsts) {
    const rows = spec.indicators.map((ind, index) => ({ ind, index })).filter((x) => x.ind.first === first);
    const seconds = [...new Set(rows.map((x) => x.ind.second))];
    // With the template's 二级 rows left in, every 二级 of the framework in its order (spec rows keep that order).
    const all = L.groupRows ? (FRAMEWORK_SECONDS[first] ?? seconds) : seconds;
    for (const second of all) {
      const under = rows.filter((x) => x.ind.second === second);
      if (under.length === 0) {
        out.push({ kind: "group", first, second });
        continue;
      }
      for (const { index } of under) out.push({ kind: "indicator", first, second, index });
      if (dotsAfter.has(group)) out.push({ kind: "dots", first, second });
      group++;
    }
  }
  return out;
}

function formSheet(spec: WorkbookSpec, layout: Layout, name: string) {
  const L = layout.indicators;
  const F = layout.funds;
  const unit = layout.units.form;
  const unitPlace = placeOf(layout.unitPlaces.form, unit);
  const g = new Grid(name, ...layout.offsets[0]!);
  const block = L.twoRow ? "none" : L.block;
  const keys = indicatorColumns(spec, layout);
  const shift = block === "none" ? 0 : 1;
  const col = (k: Key): number => keys.indexOf(k) + 1 + shift;
  const width = keys.length + shift;
  const hint = (h: string) => (unitPlace === "headers" ? `${h}（${unit}）` : h);

  let r = 1;
  if (layout.titles || unitPlace === "title") {
    g.set(
      r,
      1,
      `${spec.year}年度部门整体支出绩效自评表${unitPlace === "title" ? `（${unitNote(layout, unit)}）` : ""}`,
    );
    g.merge(r, 1, r, width);
    r++;
  }
  if (unitPlace === "row") {
    g.set(r, 1, unitNote(layout, unit));
    g.merge(r, 1, r, width);
    r++;
  }
  if (layout.titles || unitPlace === "info") {
    g.set(r, 1, "单位名称");
    g.set(r, 2, spec.unitName);
    g.merge(r, 2, r, width - 2);
    if (unitPlace === "info") g.set(r, width, unitNote(layout, unit));
    r++;
  }

  // The funds block: label columns, then 年初预算数 全年预算数 全年执行数 分值 执行率 得分.
  const dropInitial = F.dropInitial && spec.funds[0]!.initial === null;
  const figures = dropInitial ? 5 : 6;
  const f0 = width - figures + 1;
  const fh = r;
  const labelWord = FUNDS_HEADERS.label[layout.funds.headers.label]!;
  const label = unitPlace === "label" ? `${labelWord}（${unit}）` : labelWord;
  const rowLabelCol = F.label === "column" ? 2 : 1;
  g.set(fh, 1, label);
  if (F.label === "across") g.merge(fh, 1, fh, f0 - 1);
  else g.merge(fh, 1, fh + spec.funds.length, 1);
  const H = F.headers;
  const fundsHeaders = [
    ...(dropInitial ? [] : [hint(FUNDS_HEADERS.initial[H.initial]!)]),
    hint(FUNDS_HEADERS.budget[H.budget]!),
    hint(FUNDS_HEADERS.executed[H.executed]!),
    FUNDS_HEADERS.weight[H.weight]!,
    `${FUNDS_HEADERS.rate[H.rate]!}${F.ratePoints ? "(%)" : ""}`,
    FUNDS_HEADERS.score[H.score]!,
  ];
  fundsHeaders.forEach((h, i) => g.set(fh, f0 + i, h));
  const fc0 = dropInitial ? f0 - 1 : f0; // the 年初预算数 column (f0 - 1 when left out: never written)
  const funds: Record<string, LayoutPlaces["funds"][FundsLine]> = {};
  const marks = { dash: "—", slash: "/", blank: null }[F.partMarks];
  spec.funds.forEach((f, i) => {
    const rr = fh + 1 + i;
    g.set(rr, rowLabelCol, f.label);
    if (f0 - 1 > rowLabelCol) g.merge(rr, rowLabelCol, rr, f0 - 1);
    const dash = F.dashForZero && f.line !== "total" && f.budget === 0 && f.executed === 0;
    const amount = (cents: number) => (dash && cents === 0 ? "—" : inUnit(cents, unit));
    if (!dropInitial && f.initial !== null) g.set(rr, fc0, amount(f.initial), FMT.amount);
    g.set(rr, fc0 + 1, amount(f.budget), FMT.amount);
    g.set(rr, fc0 + 2, amount(f.executed), FMT.amount);
    if (f.budget > 0) {
      const rate = div(wan(f.executed), wan(f.budget));
      if (F.ratePoints) g.set(rr, fc0 + 4, roundHalfUp(rate * 100, 2), "0.00");
      else g.set(rr, fc0 + 4, roundHalfUp(rate, 4), FMT.rate);
    } else if (dash) g.set(rr, fc0 + 4, "—");
    if (f.line === "total") {
      g.set(rr, fc0 + 3, spec.execWeight, FMT.score);
      g.set(rr, fc0 + 5, spec.execScore, FMT.score);
    } else if (marks !== null) {
      g.set(rr, fc0 + 3, marks);
      g.set(rr, fc0 + 5, marks);
    }
    funds[f.line] = {
      initial: dropInitial ? null : g.ref(rr, fc0),
      budget: g.ref(rr, fc0 + 1),
      executed: g.ref(rr, fc0 + 2),
      weight: g.ref(rr, fc0 + 3),
      rate: g.ref(rr, fc0 + 4),
      score: g.ref(rr, fc0 + 5),
    };
  });
  r = fh + spec.funds.length + 1;

  if (layout.goals !== null) {
    const [head, expected, actual] = GOALS[layout.goals]!;
    const mid = Math.max(3, Math.floor(width / 2) + 1);
    g.set(r, 1, head);
    g.merge(r, 1, r + 1, 1);
    g.set(r, 2, expected);
    g.merge(r, 2, r, mid - 1);
    g.set(r, mid, actual);
    g.merge(r, mid, r, width);
    g.set(r + 1, 2, GOAL_TEXT);
    g.merge(r + 1, 2, r + 1, mid - 1);
    g.set(r + 1, mid, GOAL_TEXT);
    g.merge(r + 1, mid, r + 1, width);
    r += 2;
  }

  // The indicator table's header.
  const IH = L.headers;
  const levelWeightWord = INDICATOR_HEADERS.weight[IH.weight]!;
  const words: Record<Key, string> = {
    first: "一级指标",
    firstWeight: levelWeightWord,
    second: "二级指标",
    secondWeight: levelWeightWord,
    third: INDICATOR_HEADERS.third[IH.third]!,
    nature: "指标性质",
    target: INDICATOR_HEADERS.target[IH.target]!,
    unit: INDICATOR_HEADERS.unit[IH.unit]!,
    actual: INDICATOR_HEADERS.actual[IH.actual]!,
    weight: levelWeightWord,
    score: INDICATOR_HEADERS.score[IH.score]!,
    reason: INDICATOR_HEADERS.reason[IH.reason]!,
  };
  const ih = r;
  if (block !== "none") {
    g.set(ih, 1, block === "weighted" ? "绩效指标（90分）" : "绩效指标");
  }
  let top: number; // the last header row
  if (!L.twoRow) {
    keys.forEach((k) => g.set(ih, col(k), words[k]));
    top = ih;
  } else {
    // Upper row: "绩效指标" over the levels, "年度指标值" over 指标性质 | 指标值 | 度量单位; the rest merged down.
    const levelKeys: Key[] = keys.filter((k) => LEVEL_KEYS.has(k));
    const levelFrom = Math.min(...levelKeys.map(col));
    const levelTo = Math.max(...levelKeys.map(col));
    g.set(ih, levelFrom, "绩效指标");
    g.merge(ih, levelFrom, ih, levelTo);
    for (const k of levelKeys) g.set(ih + 1, col(k), words[k]);
    const grouped = !spec.style.folded;
    if (grouped) {
      g.set(ih, col("nature"), "年度指标值");
      g.merge(ih, col("nature"), ih, col("unit"));
      g.set(ih + 1, col("nature"), "指标性质");
      g.set(ih + 1, col("target"), "指标值");
      g.set(ih + 1, col("unit"), words.unit);
    }
    for (const k of keys) {
      if (levelKeys.includes(k) || (grouped && (k === "nature" || k === "target" || k === "unit"))) continue;
      g.set(ih, col(k), words[k]);
      g.merge(ih, col(k), ih + 1, col(k));
    }
    top = ih + 1;
  }

  // The rows.
  const rows = tableRows(spec, layout);
  const first = top + 1;
  const indicators: IndicatorPlace[] = new Array(spec.indicators.length);
  const dots: number[] = [];
  const groupRows: number[] = [];
  const firstLabels: FirstLabel[] = [];
  const firstWeights: FirstLabel[] = [];
  const firstWeight = (name: string) => rowsSum(spec, (i) => i.first === name);
  const secondWeight = (a: string, b: string) => rowsSum(spec, (i) => i.first === a && i.second === b);
  const statedFirst = L.levelWeights === "label" || L.levelWeights === "labelBoth";
  const statedSecond = L.levelWeights === "labelBoth";
  rows.forEach((row, i) => {
    const rr = first + i;
    const prev = rows[i - 1];
    const newFirst = !prev || prev.first !== row.first;
    const newSecond = newFirst || prev.second !== row.second;
    const write = L.levels === "repeated";
    if (newFirst || write) {
      const label = g.set(rr, col("first"), levelLabel(row.first, firstWeight(row.first), statedFirst));
      if (statedFirst) firstLabels.push({ name: row.first, weight: firstWeight(row.first), ref: label });
      if (L.levelWeights === "column") {
        const cell = g.set(rr, col("firstWeight"), firstWeight(row.first), FMT.score);
        firstWeights.push({ name: row.first, weight: firstWeight(row.first), ref: cell });
      }
    }
    if (newSecond || write) {
      const w = secondWeight(row.first, row.second);
      g.set(rr, col("second"), levelLabel(row.second, w, statedSecond && row.kind !== "group"));
      if (L.levelWeights === "column" && row.kind !== "group") g.set(rr, col("secondWeight"), w, FMT.score);
    }
    if (row.kind === "dots") {
      g.set(rr, col("third"), PLACEHOLDER_WORDS[L.dotWord]!);
      dots.push(g.ref(rr, 1).row);
      return;
    }
    if (row.kind === "group") {
      groupRows.push(g.ref(rr, 1).row);
      return;
    }
    const ind = spec.indicators[row.index]!;
    g.set(rr, col("third"), ind.third);
    if (ind.kind === "quant") {
      if (ind.nature !== null) g.set(rr, col("nature"), ind.nature);
      g.set(rr, col("target"), ind.target);
      if (ind.unit !== null) g.set(rr, col("unit"), ind.unit);
      const { value, format } = actualCell(ind, ind.a);
      g.set(rr, col("actual"), value, format);
    } else {
      if (!spec.style.folded) g.set(rr, col("nature"), "定性");
      g.set(rr, col("target"), ind.target);
      g.set(rr, col("actual"), ind.grade);
    }
    g.set(rr, col("weight"), ind.weight, FMT.score);
    g.set(rr, col("score"), ind.score, FMT.score);
    if (ind.reason) g.set(rr, col("reason"), ind.reason);
    indicators[row.index] = {
      row: g.ref(rr, 1).row,
      third: g.ref(rr, col("third")),
      target: g.ref(rr, col("target")),
      actual: g.ref(rr, col("actual")),
      weight: g.ref(rr, col("weight")),
      score: g.ref(rr, col("score")),
      reason: g.ref(rr, col("reason")),
    };
  });
  if (L.levels === "merged") {
    const mergeRuns = (cols: readonly number[], same: (a: TableRow, b: TableRow) => boolean) => {
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && same(rows[i]!, rows[start]!)) continue;
        for (const c of cols) g.merge(first + start, c, first + i - 1, c);
        start = i;
      }
    };
    const lw = L.levelWeights === "column";
    mergeRuns([col("first"), ...(lw ? [col("firstWeight")] : [])], (a, b) => a.first === b.first);
    mergeRuns(
      [col("second"), ...(lw ? [col("secondWeight")] : [])],
      (a, b) => a.first === b.first && a.second === b.second,
    );
  }
  if (block !== "none") g.merge(ih, 1, first + rows.length - 1, 1);

  // 总分 and 自评等级.
  const tr = first + rows.length;
  const labelRight = Math.min(col("weight"), col("score")) - 1;
  g.set(tr, 1, TOTAL_LABELS[L.totalLabel]!);
  g.merge(tr, 1, tr, labelRight);
  if (L.totalWeight) g.set(tr, col("weight"), spec.execWeight + rowsSum(spec, () => true), FMT.score);
  const total = g.set(tr, col("score"), spec.total, FMT.score);
  let grade: CellRef;
  let end = tr;
  if (L.grade === "after") grade = g.set(tr, col("score") + 1, spec.grade);
  else {
    g.set(tr + 1, 1, GRADE_LABELS[L.gradeLabel]!);
    g.merge(tr + 1, 1, tr + 1, labelRight);
    grade = g.set(tr + 1, col("score"), spec.grade);
    end = tr + 1;
  }
  if (layout.notes !== null) {
    g.set(end + 1, 1, FORM_NOTES[layout.notes]!);
    g.merge(end + 1, 1, end + 1, width);
  }
  return { sheet: g.toSheet(), indicators, dots, groupRows, firstLabels, firstWeights, total, grade, funds };
}

function rowsSum(spec: WorkbookSpec, which: (i: Indicator) => boolean): number {
  return roundHalfUp(spec.indicators.filter(which).reduce((s, i) => s + Math.round(i.weight * 100), 0) / 100, 2);
}

/** The budget lines in the layout's order, each item with its group. */
function budgetOrder(
  spec: WorkbookSpec,
  layout: Layout,
): { line: BudgetLine; group: "basic" | "project" | null; name: string }[] {
  const B = layout.budget;
  const lines = spec.budget; // plain order: 基本支出, its items, 项目支出, its items, 合计
  const basic = lines.find((l) => l.kind === "basic")!;
  const project = lines.find((l) => l.kind === "project")!;
  const total = lines.find((l) => l.kind === "total")!;
  const pi = lines.indexOf(project);
  const basicItems = lines.slice(1, pi).map((line) => ({ line, group: "basic" as const, name: line.name }));
  const projectItems = lines
    .slice(pi + 1)
    .filter((l) => l.kind === "item")
    .map((line) => ({ line, group: "project" as const, name: line.name }));
  const before = SUBTOTAL_NAMES.before[B.names % SUBTOTAL_NAMES.before.length]!;
  const after = SUBTOTAL_NAMES.after[B.names % SUBTOTAL_NAMES.after.length]!;
  const sub = (line: BudgetLine, name: string) => ({ line, group: null, name });
  const totalRow = sub(total, TOTAL_NAMES[B.totalName]!);
  let body: { line: BudgetLine; group: "basic" | "project" | null; name: string }[];
  // A group without items is one line, 基本支出 (never "基本支出小计" over nothing).
  const closingBasic = B.order === "after" && basicItems.length > 0;
  switch (B.order) {
    case "before":
      body = [sub(basic, before[0]), ...basicItems, sub(project, before[1]), ...projectItems];
      break;
    case "after":
      body = closingBasic
        ? [...basicItems, sub(basic, after[0]), ...projectItems, sub(project, after[1])]
        : [sub(basic, before[0]), ...projectItems, sub(project, after[1])];
      break;
    case "mixed":
      body = [sub(basic, before[0]), ...basicItems, ...projectItems, sub(project, after[1])];
      break;
  }
  return B.totalFirst ? [totalRow, ...body] : [...body, totalRow];
}

function budgetSheet(spec: WorkbookSpec, layout: Layout, name: string) {
  const B = layout.budget;
  const unit = layout.units.budget;
  const unitPlace = placeOf(layout.unitPlaces.budget, unit);
  const g = new Grid(name, ...layout.offsets[1]!);
  const keys = ["name", ...(B.typeColumn ? ["type" as const] : []), "budget", "executed", "rate", "reason"] as const;
  const col = (k: (typeof keys)[number]) => (keys as readonly string[]).indexOf(k) + 1;
  const width = keys.length;
  const hint = (h: string) => (unitPlace === "headers" ? `${h}（${unit}）` : h);
  let r = 1;
  if (layout.titles || unitPlace === "title") {
    g.set(
      r,
      1,
      `${spec.unitName}${spec.year}年度预算执行情况表${unitPlace === "title" ? `（${unitNote(layout, unit)}）` : ""}`,
    );
    g.merge(r, 1, r, width);
    r++;
  }
  if (unitPlace === "row") {
    g.set(r, 1, unitNote(layout, unit));
    g.merge(r, 1, r, width);
    r++;
  }
  if (unitPlace === "info") {
    g.set(r, 1, `编制单位：${spec.unitName}`);
    g.merge(r, 1, r, width - 1);
    g.set(r, width, unitNote(layout, unit));
    r++;
  }
  const H = B.headers;
  const words = {
    name: BUDGET_HEADERS.name[H.name]!,
    type: BUDGET_HEADERS.type[H.type]!,
    budget: hint(BUDGET_HEADERS.budget[H.budget]!),
    executed: hint(BUDGET_HEADERS.executed[H.executed]!),
    rate: `${BUDGET_HEADERS.rate[H.rate]!}${B.ratePoints ? "(%)" : ""}`,
    reason: BUDGET_HEADERS.reason[H.reason]!,
  };
  const hr = r;
  if (!B.twoRow) keys.forEach((k) => g.set(hr, col(k), words[k]));
  else {
    for (const k of keys) {
      if (k === "budget" || k === "executed" || k === "rate") g.set(hr + 1, col(k), words[k]);
      else {
        g.set(hr, col(k), words[k]);
        g.merge(hr, col(k), hr + 1, col(k));
      }
    }
    g.set(hr, col("budget"), "预算执行情况");
    g.merge(hr, col("budget"), hr, col("rate"));
  }
  const first = hr + (B.twoRow ? 2 : 1);
  const places: BudgetPlace[] = [];
  budgetOrder(spec, layout).forEach(({ line, group, name: label }, i) => {
    const rr = first + i;
    g.set(rr, col("name"), label);
    if (B.typeColumn && group !== null) g.set(rr, col("type"), group === "basic" ? "基本支出" : "项目支出");
    g.set(rr, col("budget"), inUnit(line.budget, unit), FMT.amount);
    g.set(rr, col("executed"), inUnit(line.executed, unit), FMT.amount);
    const rate = div(wan(line.executed), wan(line.budget));
    if (B.ratePoints) g.set(rr, col("rate"), roundHalfUp(rate * 100, 2), "0.00");
    else g.set(rr, col("rate"), roundHalfUp(rate, 4), FMT.rate);
    if (line.reason) g.set(rr, col("reason"), line.reason);
    places.push({
      line,
      group,
      name: g.ref(rr, col("name")),
      budget: g.ref(rr, col("budget")),
      executed: g.ref(rr, col("executed")),
      rate: g.ref(rr, col("rate")),
    });
  });
  if (layout.notes !== null) {
    const nr = first + places.length;
    g.set(nr, 1, BUDGET_NOTE);
    g.merge(nr, 1, nr, width);
  }
  return { sheet: g.toSheet(), places };
}

const BALANCE_VARIANT_LABELS: Partial<Record<BalanceKey, string>> = {
  totalAssets: "资产合计",
  totalLiabilitiesAndNetAssets: "负债及净资产总计",
};

function balanceSheet(spec: WorkbookSpec, layout: Layout, name: string) {
  const variant = layout.balance.variant;
  const unit = layout.units.balance;
  const unitPlace = placeOf(layout.unitPlaces.balance, unit);
  const g = new Grid(name, ...layout.offsets[2]!);
  const half = variant ? 4 : 3;
  const width = half * 2;
  let r = 1;
  if (layout.titles) {
    g.set(r, 1, "资产负债表");
    g.merge(r, 1, r, width);
    g.set(r + 1, 1, "会政财01表");
    g.merge(r + 1, 1, r + 1, width);
    r += 2;
  }
  if (unitPlace === "row") {
    g.set(r, 1, unitNote(layout, unit));
    g.merge(r, 1, r, width);
    r++;
  }
  if (layout.titles || unitPlace === "info") {
    g.set(r, 1, `编制单位：${spec.unitName}`);
    g.merge(r, 1, r, 2);
    g.set(r, 3, `${spec.year}年12月31日`);
    g.merge(r, 3, r, width - 2);
    if (unitPlace === "info") {
      g.set(r, width - 1, unitNote(layout, unit));
      g.merge(r, width - 1, r, width);
    }
    r++;
  }
  const [endH, beginH] = variant ? ["期末余额", "年初余额"] : ["年末数", "年初数"];
  const sideHeaders = (label: string) => (variant ? [label, "行次", endH, beginH] : [label, endH, beginH]);
  [...sideHeaders("资产部类"), ...sideHeaders("负债和净资产部类")].forEach((h, i) => g.set(r, 1 + i, h));
  const places = {} as Record<BalanceKey, { end: CellRef; begin: CellRef }>;
  const b = spec.balance;
  for (let i = 0; i < BALANCE_RIGHT.length; i++) {
    const rr = r + 1 + i;
    for (const [key, c, lineNo] of [
      [BALANCE_LEFT[i], 1, i + 1],
      [BALANCE_RIGHT[i], 1 + half, i + 21],
    ] as const) {
      if (!key) continue;
      g.set(rr, c, (variant ? BALANCE_VARIANT_LABELS[key] : undefined) ?? BALANCE_LABELS[key]);
      const v = variant ? c + 2 : c + 1;
      if (variant) g.set(rr, c + 1, lineNo);
      g.set(rr, v, inUnit(b.end[key], unit), FMT.amount);
      if (b.begin) g.set(rr, v + 1, inUnit(b.begin[key], unit), FMT.amount);
      places[key] = { end: g.ref(rr, v), begin: g.ref(rr, v + 1) };
    }
  }
  if (layout.notes !== null) {
    const sr = r + BALANCE_RIGHT.length + 2;
    g.set(sr, 1, "单位负责人：");
    g.set(sr, 3, "财务负责人：");
    g.set(sr, 5, "制表人：");
  }
  return { sheet: g.toSheet(), places };
}

function explanationSheet() {
  return sheet(
    "说明",
    EXPLANATION.map((t) => [t]),
  );
}

/** Sheet orders: the tables in the usual order or another, the extra sheets before or after them. */
const ORDERS: readonly (readonly ("form" | "budget" | "balance" | "extra")[])[] = [
  ["form", "budget", "balance", "extra"],
  ["extra", "form", "budget", "balance"],
  ["budget", "form", "balance", "extra"],
  ["form", "extra", "balance", "budget"],
  ["balance", "budget", "form", "extra"],
  ["extra", "budget", "balance", "form"],
];

export function buildLayout(spec: WorkbookSpec, layout: Layout): LayoutWorkbook {
  const names = SHEET_NAMES[layout.sheetNames]!;
  const form = formSheet(spec, layout, names.form);
  const budget = budgetSheet(spec, layout, names.budget);
  const balance = balanceSheet(spec, layout, names.balance);
  const extra = [
    ...(layout.explanation ? [explanationSheet()] : []),
    ...(layout.emptySheet ? [sheet("Sheet3", [])] : []),
  ];
  const byKind = { form: [form.sheet], budget: [budget.sheet], balance: [balance.sheet], extra };
  const sheets = ORDERS[layout.sheetOrder % ORDERS.length]!.flatMap((k) => byKind[k]);
  return {
    [fc.toStringMethod]: () => `${describeSpec(spec)}\nlayout: ${JSON.stringify(layout)}`,
    spec,
    layout,
    snapshot: workbook(sheets),
    places: {
      sheets: names,
      indicators: form.indicators,
      dots: form.dots,
      groupRows: form.groupRows,
      firstLabels: form.firstLabels,
      firstWeights: form.firstWeights,
      total: form.total,
      grade: form.grade,
      funds: form.funds,
      budget: budget.places,
      balance: balance.places,
    },
  } as LayoutWorkbook;
}

/** Consistent workbooks (no report, no facts sheet) in any of the layouts. */
export const layoutWorkbook: fc.Arbitrary<LayoutWorkbook> = fc
  .tuple(workbookSeed(specStyle), layoutArb)
  .map(([seed, layout]) => buildLayout(buildSpec({ ...seed, report: false }), layout));

export { BALANCE_KEYS, valueAt, withCell } from "./generated-workbook";
