/**
 * Workbook models for the report rules, built from data in the shape of samples/data/*.json and laid out as
 * scripts/build-samples.ts lays out the sample workbooks (see samples/README.md, "Layout"):
 *   绩效自评表: funds header row 4 (rows 5…, figures in E..J), indicators header row 9 (rows 10…, A..J), then
 *               总分 and 自评等级 in column I; 预算执行情况: header row 3 (rows 4…, A..E); 资产负债表: header row 4
 *               (rows 5…, A..C and D..F); the report: paragraph n in cell A n.
 *
 *   reportModel({ paragraphs: ["…"], budget: [{ 项目名称: "项目支出", 全年预算数: 100, 全年执行数: 80, 执行率: 0.8 }] })
 *   sampleModel("000-honggutan-2022")
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOGUE } from "../../src/core/checks/catalogue";
import { parseFigure, parseNature, parseTarget, unitOf } from "../../src/core/figures";
import type {
  AmountUnit,
  BalanceItem,
  BalanceKey,
  BalanceSheet,
  BudgetRow,
  BudgetRowKind,
  BudgetTable,
  Cell,
  CellRef,
  FigureCell,
  FundsBlock,
  FundsLine,
  FundsRow,
  IndicatorRow,
  IndicatorTable,
  TargetCell,
  TextCell,
  WorkbookModel,
} from "../../src/core/model/types";
import type { CellValue } from "../../src/core/model/snapshot";
import type { SampleData } from "../../scripts/build-samples";

type Value = string | number | null | undefined;

export interface FundsData {
  项目: string;
  年初预算数?: number | null;
  全年预算数?: number | null;
  全年执行数?: number | null;
  分值?: number | null;
  执行率?: number | null;
  得分?: number | null;
}

export interface IndicatorData {
  一级指标?: string | null;
  二级指标?: string | null;
  三级指标?: string | null;
  指标性质?: string | null;
  年度指标值?: number | string | null;
  度量单位?: string | null;
  实际完成值?: number | string | null;
  分值?: number | null;
  得分?: number | null;
  偏差原因分析及改进措施?: string | null;
}

export interface BudgetData {
  项目名称: string;
  全年预算数?: number | null;
  全年执行数?: number | null;
  执行率?: number | null;
  未执行原因?: string | null;
}

export interface BalanceData {
  项目: string;
  年末数: number | null;
  年初数?: number | null;
}

export interface ReportModelParts {
  readonly paragraphs: readonly string[];
  /** Name of the report sheet (default 自评报告). */
  readonly reportSheet?: string;
  readonly funds?: readonly FundsData[];
  readonly indicators?: readonly IndicatorData[];
  readonly total?: { readonly 总分: number | null; readonly 自评等级: string | null } | null;
  readonly budget?: readonly BudgetData[];
  /** Rows of the 资产负债表 as { left, right } pairs, as in the sample data. */
  readonly balance?: readonly { readonly left: BalanceData | null; readonly right: BalanceData | null }[];
}

export const SHEET = {
  form: "绩效自评表",
  budget: "预算执行情况",
  balance: "资产负债表",
} as const;

const ref = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });
const raw = (v: Value): CellValue => (v === undefined ? null : v);

function cell(sheet: string, row: number, col: number, v: Value): Cell {
  return { ref: ref(sheet, row, col), raw: raw(v), numberFormat: "General" };
}
function figure(sheet: string, row: number, col: number, v: Value): FigureCell {
  return { ...cell(sheet, row, col, v), figure: parseFigure(raw(v)) };
}
function text(sheet: string, row: number, col: number, v: Value): TextCell | null {
  if (v === null || v === undefined || String(v).trim() === "") return null;
  return { ...cell(sheet, row, col, v), text: String(v).trim().replace(/\s+/g, " ") };
}
function target(sheet: string, row: number, col: number, v: Value): TargetCell | null {
  if (v === null || v === undefined) return null;
  return { ...cell(sheet, row, col, v), target: parseTarget(raw(v)) };
}
function unit(sheet: string): AmountUnit {
  return { unit: unitOf("万元")!, ref: ref(sheet, 2, 1) };
}

const FUNDS_LINES: readonly [RegExp, FundsLine][] = [
  [/年度资金总额|合计/, "total"],
  [/财政拨款/, "appropriation"],
  [/上年结转/, "carryover"],
  [/其他资金/, "other"],
];

function buildFunds(rows: readonly FundsData[]): FundsBlock {
  const s = SHEET.form;
  return {
    sheet: s,
    headerRow: 4,
    unit: unit(s),
    rows: rows.map((r, i): FundsRow => {
      const row = 5 + i;
      return {
        line: FUNDS_LINES.find(([re]) => re.test(r.项目))?.[1] ?? "other",
        label: text(s, row, 1, r.项目)!,
        initialBudget: figure(s, row, 5, r.年初预算数),
        budget: figure(s, row, 6, r.全年预算数),
        executed: figure(s, row, 7, r.全年执行数),
        weight: figure(s, row, 8, r.分值),
        rate: figure(s, row, 9, r.执行率),
        score: figure(s, row, 10, r.得分),
      };
    }),
  };
}

function buildIndicators(rows: readonly IndicatorData[], total: ReportModelParts["total"]): IndicatorTable {
  const s = SHEET.form;
  let first: TextCell | null = null;
  let second: TextCell | null = null;
  const out = rows.map((r, i): IndicatorRow => {
    const row = 10 + i;
    // 一级/二级 merged over their runs: a blank cell takes the one above.
    first = text(s, row, 1, r.一级指标) ?? first;
    second = text(s, row, 2, r.二级指标) ?? second;
    const nature = r.指标性质 === undefined ? null : { ...cell(s, row, 4, r.指标性质), op: parseNature(r.指标性质) };
    return {
      sheet: s,
      row,
      first,
      second,
      third: text(s, row, 3, r.三级指标),
      nature,
      target: target(s, row, 5, r.年度指标值),
      unit: text(s, row, 6, r.度量单位),
      actual: target(s, row, 7, r.实际完成值),
      weight: figure(s, row, 8, r.分值),
      score: figure(s, row, 9, r.得分),
      reason: text(s, row, 10, r.偏差原因分析及改进措施),
    };
  });
  const after = 10 + rows.length;
  return {
    sheet: s,
    headerRow: 9,
    columns: {
      first: 1,
      second: 2,
      third: 3,
      nature: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      reason: 10,
    },
    rows: out,
    total: total ? figure(s, after, 9, total.总分) : null,
    grade: total ? text(s, after + 1, 9, total.自评等级) : null,
    texts: [],
  };
}

function budgetKind(name: string): BudgetRowKind {
  return name === "基本支出" ? "basic" : name === "项目支出" ? "project" : /合计|总计/.test(name) ? "total" : "item";
}

function buildBudget(rows: readonly BudgetData[]): BudgetTable {
  const s = SHEET.budget;
  let group: "basic" | "project" | null = null;
  return {
    sheet: s,
    headerRow: 3,
    unit: unit(s),
    rows: rows.map((r, i): BudgetRow => {
      const row = 4 + i;
      const kind = budgetKind(r.项目名称);
      if (kind === "basic" || kind === "project") group = kind;
      return {
        kind,
        group: kind === "item" ? group : null,
        name: text(s, row, 1, r.项目名称)!,
        budget: figure(s, row, 2, r.全年预算数),
        executed: figure(s, row, 3, r.全年执行数),
        rate: figure(s, row, 4, r.执行率),
        reason: text(s, row, 5, r.未执行原因),
      };
    }),
  };
}

const BALANCE_KEYS: readonly [RegExp, BalanceKey][] = [
  [/^非流动资产合计$/, "nonCurrentAssets"],
  [/^流动资产合计$/, "currentAssets"],
  [/^资产(总计|合计)$/, "totalAssets"],
  [/^非流动负债合计$/, "nonCurrentLiabilities"],
  [/^流动负债合计$/, "currentLiabilities"],
  [/^负债和净资产总计$/, "totalLiabilitiesAndNetAssets"],
  [/^负债合计$/, "totalLiabilities"],
  [/^累计盈余$/, "accumulatedSurplus"],
  [/^净资产合计$/, "netAssets"],
];

function buildBalance(rows: NonNullable<ReportModelParts["balance"]>): BalanceSheet {
  const s = SHEET.balance;
  const items: BalanceItem[] = [];
  rows.forEach((pair, i) => {
    const row = 5 + i;
    for (const [side, col, which] of [
      [pair.left, 1, "assets"],
      [pair.right, 4, "liabilitiesAndNetAssets"],
    ] as const) {
      if (!side) continue;
      items.push({
        side: which,
        label: text(s, row, col, side.项目)!,
        key: BALANCE_KEYS.find(([re]) => re.test(side.项目))?.[1] ?? null,
        end: figure(s, row, col + 1, side.年末数),
        begin: figure(s, row, col + 2, side.年初数),
      });
    }
  });
  return { sheet: s, headerRow: 4, unit: unit(s), items };
}

/** A model with a report of `paragraphs` (paragraph n in A n) and whichever tables are given. */
export function reportModel(parts: ReportModelParts): WorkbookModel {
  const reportSheet = parts.reportSheet ?? "自评报告";
  const sheets: string[] = [];
  if (parts.funds || parts.indicators) sheets.push(SHEET.form);
  if (parts.budget) sheets.push(SHEET.budget);
  if (parts.balance) sheets.push(SHEET.balance);
  sheets.push(reportSheet);
  return {
    unit: { name: null, year: null, facts: [], organs: [] },
    funds: parts.funds ? buildFunds(parts.funds) : null,
    indicators: parts.indicators ? buildIndicators(parts.indicators, parts.total) : null,
    budget: parts.budget ? buildBudget(parts.budget) : null,
    balance: parts.balance ? buildBalance(parts.balance) : null,
    report: {
      sheet: reportSheet,
      paragraphs: parts.paragraphs.map((t, i) => ({ text: t, ref: ref(reportSheet, i + 1, 1), whole: true })),
    },
    notes: [],
    sheets,
  };
}

export const SAMPLE_IDS = ["000-honggutan-2022", "002-chenggong-2021"] as const;

export function loadSample(id: string): SampleData {
  const path = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "samples", "data", `${id}.json`);
  return JSON.parse(readFileSync(path, "utf8")) as SampleData;
}

/** The model of a sample workbook, from its data (the layout of scripts/build-samples.ts). */
export function sampleModel(id: string): { readonly model: WorkbookModel; readonly data: SampleData } {
  const data = loadSample(id);
  const model = reportModel({
    paragraphs: data.report.paragraphs,
    reportSheet: data.report.title,
    funds: data.funds.rows,
    indicators: data.indicators,
    total: data.total,
    budget: data.budget.rows,
    ...(data.balanceSheet ? { balance: data.balanceSheet.rows } : {}),
  });
  return { model, data };
}

/** The rules that read the report's text, each found in the catalogue (report-debt-ratio, for a report without its
 *  tables, and english-words, hygiene, are tested on their own). */
export const REPORT_TEXT_RULES = [
  "report-figures",
  "report-share",
  "report-count-list",
  "report-total-parts",
  "report-score-grade",
  "report-problems-denied",
  "report-execution-stated",
  "report-target-actual",
  "report-date-year",
  "template-prompt",
  "report-text-score",
  "report-indicator-figure",
  "report-headings",
  "report-outline",
].map((id) => {
  const rule = CATALOGUE.find((r) => r.id === id);
  if (!rule) throw new Error(`the catalogue has no rule ${id}`);
  return rule;
});
