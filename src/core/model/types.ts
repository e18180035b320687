/**
 * The workbook model: what the checker, the narrative and the task pane know of a workbook, read from its
 * snapshot by recognising tables by their headers (GUIDE §5). Every value keeps the sheet and cell it came
 * from, so that a finding can point at it and a passage can link to it.
 */
import type { Figure, Op, Target, Unit } from "../figures";
import type { Area, CellValue } from "./snapshot";

/** A cell of a sheet, 1-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A value as it stands in its cell. */
export interface Cell {
  readonly ref: CellRef;
  readonly raw: CellValue;
  readonly numberFormat: string;
  /** The formula of a cell whose file holds no computed result for it (raw is then null). */
  readonly uncomputed?: string;
}

/** A cell read as a figure (parseFigure); `figure.kind` says whether a number could be read. */
export interface FigureCell extends Cell {
  readonly figure: Figure;
}

/** A cell read as text (trimmed, inner line breaks and runs of spaces folded). */
export interface TextCell extends Cell {
  readonly text: string;
}

/** A target or actual cell that may fold an operator and unit into its text ("≥95%", "不高于150万元", "1批"). */
export interface TargetCell extends Cell {
  readonly target: Target | Figure;
}

/** Amount unit of a table, from its title ("单位：万元") or the unit cells; 万元 when nothing says otherwise. */
export interface AmountUnit {
  readonly unit: Unit;
  /** Where the unit was stated; null when assumed. */
  readonly ref: CellRef | null;
}

// ---------------------------------------------------------------------------------------------------------
// Unit facts

export interface UnitFacts {
  /** 单位名称 (from a labelled cell or the sheet titles). */
  readonly name: TextCell | null;
  /** 年度 (2022), from a labelled cell or a title such as "2022年度…". */
  readonly year: FigureCell | null;
  /** Every other labelled fact found (编制数, 实有人数, 内设机构数 …), label → value cell. */
  readonly facts: readonly { readonly label: string; readonly value: Cell }[];
  /** The list of 内设机构 and other bodies under a "机构名称" heading of a facts sheet, with their 类别. */
  readonly organs: readonly Organ[];
  /** The cover fields of the forms (项目名称, 主管部门, 实施单位, 项目负责人 …) and their values, null where blank. */
  readonly cover?: readonly CoverField[];
  /** The project's money as a form's cover grid states it (计划投资额 | 570 | 实际到位资金 | 398.88 | 实际使用情况
   *  | 395.86), for the 共性指标 that are computed from it (资金到位率). */
  readonly money?: readonly MoneyFact[];
}

export interface MoneyFact {
  readonly key: "planned" | "arrived" | "used";
  readonly label: TextCell;
  readonly value: FigureCell;
}

export interface CoverField {
  readonly label: TextCell;
  readonly value: TextCell | null;
}

export interface Organ {
  readonly name: TextCell;
  /** 类别 ("内设机构", "派出所"), or null where the list has no such column or the cell is blank. */
  readonly category: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// 绩效自评表: funds block

/** Rows of the funds block: 年度资金总额 and its parts. */
/** Rows of the funds block: 年度资金总额; its sources (财政拨款, 上年结转资金, 其他资金); or, in a whole-department
 *  form, its kinds of spending (基本支出, 项目支出). */
export type FundsLine = "total" | "appropriation" | "carryover" | "other" | "basic" | "project";

export interface FundsRow {
  readonly line: FundsLine;
  readonly label: TextCell;
  readonly initialBudget: FigureCell | null; // 年初预算数
  readonly budget: FigureCell | null; // 全年预算数 / 调整后预算数
  readonly executed: FigureCell | null; // 全年执行数
  readonly weight: FigureCell | null; // 分值
  readonly rate: FigureCell | null; // 执行率
  readonly score: FigureCell | null; // 得分
}

export interface FundsBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly unit: AmountUnit;
  /** The 执行率 header when it says "(%)": a plain 88.39 under it means 88.39%. */
  readonly percentHeader?: CellRef | null;
  readonly rows: readonly FundsRow[];
}

// ---------------------------------------------------------------------------------------------------------
// 绩效自评表: indicators block

export interface IndicatorRow {
  readonly sheet: string;
  readonly row: number;
  /** 一级/二级 as they apply to this row: from the cell itself, or the merged or blank-under cell above. */
  readonly first: TextCell | null;
  readonly second: TextCell | null;
  readonly third: TextCell | null;
  /** 指标性质 column; null where the table has none (the target's folded operator then decides). */
  readonly nature: (Cell & { readonly op: Op | "qualitative" | null | undefined }) | null;
  readonly target: TargetCell | null; // 年度指标值
  readonly unit: TextCell | null; // 度量单位
  readonly actual: TargetCell | null; // 实际完成值
  readonly weight: FigureCell | null; // 分值
  readonly score: FigureCell | null; // 得分
  readonly reason: TextCell | null; // 偏差原因分析及改进措施
  /** The 分值 stated beside this row's 一级 / 二级 in a column of its own (共性指标 tables: 一级指标 | 分值 |
   *  二级指标 | 分值 | 三级指标 | 分值 | 得分), read on the level's first row (merged down over its rows, or
   *  written once and left blank under, like the level's label). */
  readonly firstWeight?: FigureCell | null;
  readonly secondWeight?: FigureCell | null;
}

export interface IndicatorTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** Column of each recognised header (1-based), by key. */
  readonly columns: Readonly<Partial<Record<IndicatorColumn, number>>>;
  readonly rows: readonly IndicatorRow[];
  readonly total: FigureCell | null; // 总分
  /** The 分值 the 总分 row states (its cell in the 分值 column: "总分 | 100 | 96"). */
  readonly totalWeight?: FigureCell | null;
  readonly grade: TextCell | null; // 自评等级 / 等级
  /** Rows of the template left in the table ("指标2", "……", "/", a 三级 cell alone): no indicators. */
  readonly placeholders?: readonly number[];
  /** The label that names the indicators as a block with its weight, left of the 一级 column ("绩效指标(90分)"):
   *  a local form that states its own split. */
  readonly blockLabel?: TextCell | null;
  /** Columns of the 分值 stated beside the 一级 and 二级 labels, where the table has them. */
  readonly levelWeights?: { readonly first?: number; readonly second?: number };
  /** 评价结论, 存在问题, 改进措施 and the like, where the form has them. */
  readonly texts: readonly { readonly label: string; readonly value: TextCell }[];
}

export type IndicatorColumn =
  "first" | "second" | "third" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

// ---------------------------------------------------------------------------------------------------------
// Budget execution by project

/** basic/project: the 基本支出 / 项目支出 subtotal rows; total: 合计; item: a project or line under them. */
export type BudgetRowKind = "basic" | "project" | "total" | "item";

export interface BudgetRow {
  readonly kind: BudgetRowKind;
  /** For items: the subtotal they fall under, where one precedes them. */
  readonly group: "basic" | "project" | null;
  readonly name: TextCell;
  readonly budget: FigureCell | null; // 全年预算数
  readonly executed: FigureCell | null; // 全年执行数
  readonly rate: FigureCell | null; // 执行率
  readonly reason: TextCell | null; // 未执行原因
}

export interface BudgetTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly unit: AmountUnit;
  /** The 执行率 header when it says "(%)": a plain 88.39 under it means 88.39%. */
  readonly percentHeader?: CellRef | null;
  readonly rows: readonly BudgetRow[];
}

// ---------------------------------------------------------------------------------------------------------
// 资产负债表 (会政财01表)

export type BalanceSide = "assets" | "liabilitiesAndNetAssets";

export interface BalanceItem {
  readonly side: BalanceSide;
  /** The label as written, and its canonical name where it is one the checks know (资产总计, 负债合计 …). */
  readonly label: TextCell;
  readonly key: BalanceKey | null;
  readonly end: FigureCell | null; // 年末数 / 期末余额
  readonly begin: FigureCell | null; // 年初数 / 年初余额
}

export type BalanceKey =
  | "currentAssets" // 流动资产合计
  | "nonCurrentAssets" // 非流动资产合计
  | "totalAssets" // 资产总计 / 资产合计
  | "currentLiabilities" // 流动负债合计
  | "nonCurrentLiabilities" // 非流动负债合计
  | "totalLiabilities" // 负债合计
  | "accumulatedSurplus" // 累计盈余
  | "netAssets" // 净资产合计
  | "totalLiabilitiesAndNetAssets"; // 负债和净资产总计

export interface BalanceSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly unit: AmountUnit;
  readonly items: readonly BalanceItem[];
}

// ---------------------------------------------------------------------------------------------------------
// The report text

export interface ReportParagraph {
  readonly text: string;
  readonly ref: CellRef;
  /** The paragraph is its cell's whole text (one text cell in its row, one line): a correction of the paragraph
   *  may be written back into the cell. */
  readonly whole?: boolean;
}

export interface Report {
  readonly sheet: string;
  readonly paragraphs: readonly ReportParagraph[];
}

// ---------------------------------------------------------------------------------------------------------

/** Something the reader noticed that the user should know (a table it could not place, an ambiguous header). */
export interface ReadingNote {
  readonly sheet: string;
  readonly area: Area | null;
  readonly message: string;
}

export interface WorkbookModel {
  readonly unit: UnitFacts;
  readonly funds: FundsBlock | null;
  readonly indicators: IndicatorTable | null;
  readonly budget: BudgetTable | null;
  readonly balance: BalanceSheet | null;
  readonly report: Report | null;
  readonly notes: readonly ReadingNote[];
  /** Names of the sheets read, in workbook order. */
  readonly sheets: readonly string[];
}
