/**
 * Workbook models for the finance rules' tests, laid out like the sample workbooks (samples/README.md):
 *
 *   financeModel({
 *     funds: [["年度资金总额", null, 36353.37, 32132.93, 10, 0.8839, 8.84], ["其中：财政拨款", null, 36353.37, …]],
 *     budget: [["基本支出", 16084.2, 15478.81, 0.9624, null], …],
 *     balance: { left: [["流动资产合计", 1262.54, null], …], right: [["流动负债合计", 388.73, null], …] },
 *     unit: "万元",
 *   })
 *
 * 绩效自评表: "单位：万元" in A2, 单位名称 in B3, funds header on row 4 (label in A, 年初预算数 … 得分 in E..J), the
 * indicators after it. 预算执行情况: unit in A2, header on row 3, rows from 4 (A..E). 资产负债表: unit in E3,
 * header on row 4, rows from 5, assets in A..C and liabilities in D..F. 单位基本情况: facts from row 3 (A label,
 * B value). A value is what the cell holds (a number, a text, null); `{ raw, format }` sets its number format
 * (numbers default to "#,##0.00" for amounts, "0.00%" for rates, "0.00" for scores; text to "General").
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SampleData } from "../../scripts/build-samples";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile-types";
import { parseFigure, unitOf, type Unit } from "../../src/core/figures";
import type { CellValue } from "../../src/core/model/snapshot";
import type {
  AmountUnit,
  BalanceItem,
  BalanceKey,
  BalanceSide,
  BudgetRow,
  BudgetRowKind,
  Cell,
  CellRef,
  FigureCell,
  FundsLine,
  FundsRow,
  IndicatorRow,
  TextCell,
  WorkbookModel,
} from "../../src/core/model/types";
import type { Finding, Rule } from "../../src/core/checks/types";
import { rule as balanceIdentities } from "../../src/core/checks/rules/balance-identities";
import { rule as budgetSubtotals } from "../../src/core/checks/rules/budget-subtotals";
import { rule as figuresAsText } from "../../src/core/checks/rules/figures-as-text";
import { rule as fundsBudgetAgree } from "../../src/core/checks/rules/funds-budget-agree";
import { rule as fundsTotalParts } from "../../src/core/checks/rules/funds-total-parts";
import { rule as overExecution } from "../../src/core/checks/rules/over-execution";
import { rule as requiredBlank } from "../../src/core/checks/rules/required-blank";
import { rule as statedRate } from "../../src/core/checks/rules/stated-rate";
import { rule as statedRatioCells } from "../../src/core/checks/rules/stated-ratio-cells";
import { rule as unitsDisagree } from "../../src/core/checks/rules/units-disagree";
import { rule as unreadableFigure } from "../../src/core/checks/rules/unreadable-figure";

export const SHEET = {
  form: "绩效自评表",
  budget: "预算执行情况",
  balance: "资产负债表",
  unit: "单位基本情况",
} as const;

/** What a cell holds, optionally with its number format. */
export type In = CellValue | { readonly raw: CellValue; readonly format: string };

/** [项目, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分] */
export type FundsInput = readonly [string, In, In, In, In?, In?, In?];
/** [项目名称, 全年预算数, 全年执行数, 执行率, 未执行原因] */
export type BudgetInput = readonly [string, In, In, In?, (string | null)?];
/** [项目, 年末数, 年初数] */
export type BalanceInput = readonly [string, In, In?];
/** [一级指标, 二级指标, 三级指标, 分值, 得分] */
export type IndicatorInput = readonly [string, string, string, In, In];

export interface FinanceInput {
  /** Amount unit of every table (default 万元). */
  readonly unit?: string;
  /** Per table; null: no unit stated (the reader assumes 万元). */
  readonly units?: {
    readonly funds?: string | null;
    readonly budget?: string | null;
    readonly balance?: string | null;
  };
  /** 单位名称; null: none found. */
  readonly name?: string | null;
  readonly funds?: readonly FundsInput[];
  readonly indicators?: readonly IndicatorInput[];
  /** 总分 of the indicators table. */
  readonly total?: In;
  readonly budget?: readonly BudgetInput[];
  readonly balance?: {
    readonly left?: readonly (BalanceInput | null)[];
    readonly right?: readonly (BalanceInput | null)[];
  };
  /** Labelled facts of 单位基本情况: [label, value]. */
  readonly facts?: readonly (readonly [string, In])[];
}

const FORMAT = { amount: "#,##0.00", rate: "0.00%", score: "0.00", count: "0" } as const;

function rawOf(value: In | undefined): CellValue {
  return value !== null && typeof value === "object" ? value.raw : (value ?? null);
}

function cell(sheet: string, row: number, col: number, value: In | undefined, numeric: string): Cell {
  const raw = rawOf(value);
  const format =
    value !== null && typeof value === "object" ? value.format : typeof raw === "number" ? numeric : "General";
  return { ref: { sheet, row, col }, raw, numberFormat: format };
}

/** A figure cell holding the value, read with parseFigure as the model reader does. */
function figureCell(sheet: string, row: number, col: number, value: In | undefined, numeric: string): FigureCell {
  const c = cell(sheet, row, col, value, numeric);
  return { ...c, figure: parseFigure(c.raw) };
}

function textCell(sheet: string, row: number, col: number, text: string): TextCell {
  return { ref: { sheet, row, col }, raw: text, numberFormat: "General", text: text.trim().replace(/\s+/g, " ") };
}

function unitNamed(text: string): Unit {
  const unit = unitOf(text);
  if (!unit || unit.kind !== "money") throw new Error(`not a money unit: ${text}`);
  return unit;
}

function amountUnit(stated: string | null | undefined, fallback: string, ref: CellRef): AmountUnit {
  if (stated === null) return { unit: unitNamed("万元"), ref: null };
  return { unit: unitNamed(stated ?? fallback), ref };
}

export function fundsLine(label: string): FundsLine {
  if (label.includes("年度资金总额")) return "total";
  if (label.includes("财政拨款")) return "appropriation";
  if (label.includes("上年结转")) return "carryover";
  return "other";
}

export function budgetKind(name: string): BudgetRowKind {
  const n = name.replace(/\s+/g, "");
  if (n === "基本支出") return "basic";
  if (n === "项目支出") return "project";
  if (n === "合计" || n === "总计") return "total";
  return "item";
}

const BALANCE_KEYS: Record<string, BalanceKey> = {
  流动资产合计: "currentAssets",
  非流动资产合计: "nonCurrentAssets",
  资产总计: "totalAssets",
  资产合计: "totalAssets",
  流动负债合计: "currentLiabilities",
  非流动负债合计: "nonCurrentLiabilities",
  负债合计: "totalLiabilities",
  累计盈余: "accumulatedSurplus",
  净资产合计: "netAssets",
  负债和净资产总计: "totalLiabilitiesAndNetAssets",
};

export function financeModel(input: FinanceInput): WorkbookModel {
  const unitText = input.unit ?? "万元";
  const units = input.units ?? {};
  const sheets = new Set<string>();

  const fundsInput = input.funds ?? [];
  const funds = input.funds
    ? {
        sheet: SHEET.form,
        headerRow: 4,
        unit: amountUnit(units.funds, unitText, { sheet: SHEET.form, row: 2, col: 1 }),
        rows: fundsInput.map((r, i): FundsRow => {
          const row = 5 + i;
          const f = (col: number, v: In | undefined, fmt: string): FigureCell | null =>
            v === undefined ? null : figureCell(SHEET.form, row, col, v, fmt);
          return {
            line: fundsLine(r[0]),
            label: textCell(SHEET.form, row, 1, r[0]),
            initialBudget: f(5, r[1], FORMAT.amount),
            budget: f(6, r[2], FORMAT.amount),
            executed: f(7, r[3], FORMAT.amount),
            weight: f(8, r[4], FORMAT.score),
            rate: f(9, r[5], FORMAT.rate),
            score: f(10, r[6], FORMAT.score),
          };
        }),
      }
    : null;
  if (funds) sheets.add(SHEET.form);

  const indicatorsHeader = funds ? 4 + fundsInput.length + 1 : 4;
  const indicatorsInput = input.indicators ?? [];
  const indicators =
    input.indicators || input.total !== undefined
      ? {
          sheet: SHEET.form,
          headerRow: indicatorsHeader,
          columns: { first: 1, second: 2, third: 3, weight: 8, score: 9 },
          rows: indicatorsInput.map((r, i): IndicatorRow => {
            const row = indicatorsHeader + 1 + i;
            return {
              sheet: SHEET.form,
              row,
              first: textCell(SHEET.form, row, 1, r[0]),
              second: textCell(SHEET.form, row, 2, r[1]),
              third: textCell(SHEET.form, row, 3, r[2]),
              nature: null,
              target: null,
              unit: null,
              actual: null,
              weight: figureCell(SHEET.form, row, 8, r[3], FORMAT.score),
              score: figureCell(SHEET.form, row, 9, r[4], FORMAT.score),
              reason: null,
            };
          }),
          total:
            input.total === undefined
              ? null
              : figureCell(SHEET.form, indicatorsHeader + 1 + indicatorsInput.length, 9, input.total, FORMAT.score),
          grade: null,
          texts: [],
        }
      : null;
  if (indicators) sheets.add(SHEET.form);

  let group: "basic" | "project" | null = null;
  const budget = input.budget
    ? {
        sheet: SHEET.budget,
        headerRow: 3,
        unit: amountUnit(units.budget, unitText, { sheet: SHEET.budget, row: 2, col: 1 }),
        rows: input.budget.map((r, i): BudgetRow => {
          const row = 4 + i;
          const kind = budgetKind(r[0]);
          if (kind === "basic" || kind === "project") group = kind;
          if (kind === "total") group = null;
          const reason = r[4];
          return {
            kind,
            group: kind === "item" ? group : null,
            name: textCell(SHEET.budget, row, 1, r[0]),
            budget: r[1] === undefined ? null : figureCell(SHEET.budget, row, 2, r[1], FORMAT.amount),
            executed: r[2] === undefined ? null : figureCell(SHEET.budget, row, 3, r[2], FORMAT.amount),
            rate: r[3] === undefined ? null : figureCell(SHEET.budget, row, 4, r[3], FORMAT.rate),
            reason: reason === undefined || reason === null ? null : textCell(SHEET.budget, row, 5, reason),
          };
        }),
      }
    : null;
  if (budget) sheets.add(SHEET.budget);

  const side = (list: readonly (BalanceInput | null)[] | undefined, which: BalanceSide, col: number): BalanceItem[] =>
    (list ?? []).flatMap((item, i) => {
      if (!item) return [];
      const row = 5 + i;
      return [
        {
          side: which,
          label: textCell(SHEET.balance, row, col, item[0]),
          key: BALANCE_KEYS[item[0].replace(/\s+/g, "")] ?? null,
          end: item[1] === undefined ? null : figureCell(SHEET.balance, row, col + 1, item[1], FORMAT.amount),
          begin: item[2] === undefined ? null : figureCell(SHEET.balance, row, col + 2, item[2], FORMAT.amount),
        },
      ];
    });
  const balance = input.balance
    ? {
        sheet: SHEET.balance,
        headerRow: 4,
        unit: amountUnit(units.balance, unitText, { sheet: SHEET.balance, row: 3, col: 5 }),
        items: [...side(input.balance.left, "assets", 1), ...side(input.balance.right, "liabilitiesAndNetAssets", 4)],
      }
    : null;
  if (balance) sheets.add(SHEET.balance);

  const name = input.name === undefined ? "南昌市公安局红谷滩分局" : input.name;
  const facts = (input.facts ?? []).map(([label, value], i) => ({
    label,
    value: cell(SHEET.unit, 3 + i, 2, value, "General"),
  }));
  if (facts.length > 0) sheets.add(SHEET.unit);

  return {
    unit: {
      name: name === null ? null : textCell(SHEET.form, 3, 2, name),
      year: null,
      facts,
      organs: [],
    },
    funds,
    indicators,
    budget,
    balance,
    report: null,
    notes: [],
    sheets: [...sheets],
  };
}

// ---------------------------------------------------------------------------------------------------------
// The sample workbooks' models, from samples/data/*.json, in the layout the .xlsx files have

export function loadSample(id: string): SampleData {
  const path = fileURLToPath(new URL(`../../samples/data/${id}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as SampleData;
}

export function sampleModel(id: string): WorkbookModel {
  const data = loadSample(id);
  const bs = data.balanceSheet;
  return financeModel({
    name: data.unit.单位名称,
    funds: data.funds.rows.map((r) => [r.项目, r.年初预算数, r.全年预算数, r.全年执行数, r.分值, r.执行率, r.得分]),
    indicators: data.indicators.map((r) => [r.一级指标, r.二级指标, r.三级指标, r.分值, r.得分]),
    ...(data.total ? { total: data.total.总分 } : {}),
    budget: data.budget.rows.map((r) => [r.项目名称, r.全年预算数, r.全年执行数, r.执行率, r.未执行原因]),
    ...(bs
      ? {
          balance: {
            left: bs.rows.map((r) => (r.left ? [r.left.项目, r.left.年末数, r.left.年初数] : null)),
            right: bs.rows.map((r) => (r.right ? [r.right.项目, r.right.年末数, r.right.年初数] : null)),
          },
        }
      : {}),
    facts: [
      ["年度", data.unit.年度],
      ...data.unit.机构.map((g): [string, In] => [`${g.类别}数`, g.数量]),
      ...data.unit.人员.map((p): [string, In] => [p.项目, p.人数]),
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------

/** The finance rules: sums, rates, units and required figures of the funds block, budget table and balance sheet. */
export const FINANCE_RULES: readonly Rule[] = [
  fundsTotalParts,
  budgetSubtotals,
  statedRate,
  overExecution,
  fundsBudgetAgree,
  balanceIdentities,
  statedRatioCells,
  figuresAsText,
  unreadableFigure,
  requiredBlank,
  unitsDisagree,
];

/** The findings of a rule over a model, under a profile (the national default unless given). */
export function run(rule: Rule, model: WorkbookModel, profile: Profile = DEFAULT_PROFILE): readonly Finding[] {
  return rule.check(model, { profile });
}

/** Seed 000 (南昌市公安局红谷滩分局 2022) as its sheets state it: a model every finance rule passes. */
export const HONGGUTAN = {
  funds: [
    ["年度资金总额", null, 36353.37, 32132.93, 10, 0.8839, 8.84],
    ["其中：财政拨款", null, 36353.37, 32132.93, null, 0.8839, null],
    ["上年结转资金", null, 0, 0, null, null, null],
    ["其他资金", null, 0, 0, null, null, null],
  ],
  budget: [
    ["基本支出", 16084.2, 15478.81, 0.9624, null],
    ["项目支出", 20269.17, 16654.12, 0.8216, "部分项目尚处于合同履约期，留存了部分质保金。"],
    ["合计", 36353.37, 32132.93, 0.8839, null],
  ],
  balance: {
    left: [
      ["流动资产合计", 1262.54, null],
      ["非流动资产合计", 16204.96, null],
      null,
      null,
      null,
      ["资产总计", 17467.49, null],
    ],
    right: [
      ["流动负债合计", 388.73, null],
      ["非流动负债合计", 0, null],
      ["负债合计", 388.73, null],
      ["累计盈余", 17078.77, null],
      ["净资产合计", 17078.77, null],
      ["负债和净资产总计", 17467.5, null],
    ],
  },
} as const satisfies FinanceInput;

/** HONGGUTAN with some of its parts replaced. */
export function honggutan(changes: FinanceInput = {}): WorkbookModel {
  return financeModel({ ...HONGGUTAN, ...changes });
}
