/**
 * Column headers of the tables of GUIDE §5 and their synonyms, and the matching of a header cell: the text is
 * compacted (spaces of every kind and line breaks removed, full-width brackets to half width), a trailing hint
 * "（万元）" / "(%)" / "（单位：元）" is cut off (and gives the column's unit), then the whole text is looked up.
 * Only a whole cell matches: words inside a sentence never make a header.
 */
import { unitOf, type Unit } from "../figures";
import { compactKey } from "./text";
import type { IndicatorColumn } from "./types";

/**
 * What a header cell says. Several tables share words (分值, 得分, 全年预算数, 执行率); each table picks the
 * keys it knows (TABLE_COLUMNS). `reasonAny` is "偏差原因", a reason column of the indicators and of the budget.
 */
export type HeaderKey =
  | "first"
  | "second"
  | "third"
  | "nature"
  | "target"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "reasonAny"
  | "name"
  | "initialBudget"
  | "budget"
  | "executed"
  | "rate"
  | "budgetReason"
  | "spendingType"
  | "assets"
  | "liabilities"
  | "end"
  | "begin";

/**
 * Synonyms by key, best first: rank 0 is the form's own word, 1 a synonym the issue lists, 2 and 3 weaker,
 * shorter words ("项目", "单位", "原因", "备注") that lose to a stronger header of the same meaning in a row.
 */
const SYNONYMS: Record<HeaderKey, readonly (readonly string[])[]> = {
  first: [["一级指标"]],
  second: [["二级指标"]],
  third: [["三级指标"], ["三级指标名称"], ["指标名称"]],
  nature: [["指标性质"]],
  target: [
    ["年度指标值"],
    ["指标值", "年度目标值", "预期指标值", "年度指标", "年度目标", "调整指标值", "调整后指标值"],
    ["目标值", "年初指标值"],
  ],
  unit: [["度量单位"], ["计量单位"], ["单位"]],
  actual: [["实际完成值"], ["完成值", "全年完成值", "全年实际值", "实际值", "全年实际完成值", "实际完成情况"]],
  weight: [["分值"], ["权重", "指标分值", "指标权重"]],
  score: [["得分"], ["自评得分", "实际得分", "指标得分", "评分"]],
  deviation: [
    ["偏差原因分析及改进措施"],
    [
      "未完成原因分析",
      "偏差原因分析",
      "未完成原因分析及改进措施",
      "偏差原因及改进措施",
      "偏差原因分析及改进措施说明",
      "未完成原因及拟采取的改进措施",
    ],
  ],
  reasonAny: [[], ["偏差原因"]],
  name: [["项目名称"], ["科目名称", "项目(科目)名称"], ["项目", "项目内容"]],
  initialBudget: [["年初预算数"], ["年初预算"]],
  budget: [["全年预算数"], ["调整后预算数", "全年预算"], ["预算数"]],
  executed: [["全年执行数"], ["全年执行", "预算执行数", "实际执行数"], ["执行数", "支出数", "实际支出数"]],
  rate: [["执行率"], ["预算执行率"]],
  budgetReason: [["未执行原因"], ["未执行原因说明"], ["原因"], ["备注"]],
  spendingType: [["支出类型"], ["经费类型", "支出性质", "支出类别", "经费性质"], ["类型"]],
  assets: [["资产部类"], ["资产"]],
  liabilities: [["负债和净资产部类"], ["负债和净资产", "负债及净资产", "负债及净资产部类"]],
  end: [["年末数"], ["期末余额", "年末余额", "期末数"]],
  begin: [["年初数"], ["年初余额", "期初余额", "期初数"]],
};

interface Entry {
  readonly key: HeaderKey;
  readonly rank: number;
}

const LOOKUP = new Map<string, Entry>();
for (const [key, ranks] of Object.entries(SYNONYMS) as [HeaderKey, readonly (readonly string[])[]][]) {
  ranks.forEach((words, rank) => {
    for (const w of words) LOOKUP.set(w, { key, rank });
  });
}

/** A recognised header cell. */
export interface HeaderMatch {
  readonly key: HeaderKey;
  readonly rank: number;
  /** The text as it stands, folded ("全年预算数（万元）"). */
  readonly text: string;
  /** A money unit stated in the header ("全年预算数（万元）"). */
  readonly unit: Unit | null;
  /** The header says its figures are percentages ("执行率(%)", "执行率%"). */
  readonly percent: boolean;
}

/** Longest header we consider (compacted): longer cells are sentences, not headers. */
export const MAX_HEADER = 24;
const HINT = /\(([^()]*)\)$/;
const UNIT_LABEL = /^(?:金额)?单位:?/;

/** A header's text without its trailing hints, and what the hints say. */
export interface HeaderHints {
  /** The compacted text without the hints ("全年预算数(万元)" → "全年预算数"). */
  readonly word: string;
  /** A money unit stated in a hint ("(万元)", "(单位:元)"). */
  readonly unit: Unit | null;
  /** A hint says the figures are percentages ("(%)", "%"). */
  readonly percent: boolean;
}

/**
 * Up to two trailing hints cut off a compacted text: "执行率(%)", "全年预算数(万元)", "全年预算数(单位:万元)",
 * "指标值(预期)", a trailing colon or asterisk. Works on any text, known header or not.
 */
export function headerHints(k: string): HeaderHints {
  let s = k;
  let unit: Unit | null = null;
  let percent = false;
  for (let i = 0; i < 2; i++) {
    const last = s.charCodeAt(s.length - 1);
    if (last === 0x29 /* ) */) {
      const m = HINT.exec(s);
      if (!m) break;
      const u = unitOf(m[1]!.replace(UNIT_LABEL, ""));
      if (u?.kind === "money") unit = u;
      else if (u?.kind === "percent") percent = true;
      s = s.slice(0, m.index);
    } else if (last === 0x25 /* % */) {
      percent = true;
      s = s.slice(0, -1);
    } else if (last === 0x3a /* : */ || last === 0x2a /* * */) {
      s = s.slice(0, -1);
    } else break;
  }
  return { word: s, unit, percent };
}

/** The header a compacted text (compactKey) names, or null. */
export function headerOfKey(k: string, text: string): HeaderMatch | null {
  if (k.length === 0 || k.length > MAX_HEADER) return null;
  const direct = LOOKUP.get(k);
  if (direct) return { key: direct.key, rank: direct.rank, text, unit: null, percent: false };
  const last = k.charCodeAt(k.length - 1);
  if (last !== 0x29 && last !== 0x25 && last !== 0x3a && last !== 0x2a) return null; // no hint to cut off
  const { word, unit, percent } = headerHints(k);
  if (word === k) return null;
  const found = LOOKUP.get(word);
  return found ? { key: found.key, rank: found.rank, text, unit, percent } : null;
}

/** The synonyms of a header key with their rank (0 best), for guessing what a header not recognised means. */
export function synonymsOf(key: HeaderKey): readonly { readonly word: string; readonly rank: number }[] {
  return SYNONYMS[key].flatMap((words, rank) => words.map((word) => ({ word, rank })));
}

/** The header a cell's text names, or null. */
export function headerOf(text: string): HeaderMatch | null {
  if (text.length > 60) return null;
  return headerOfKey(compactKey(text), text);
}

// ---------------------------------------------------------------------------------------------------------
// Tables and the columns they take from a header row

export type TableKind = "indicators" | "funds" | "budget" | "balance";

/** Column keys of each table (IndicatorColumn for the indicators; the FundsRow / BudgetRow fields). */
interface ColumnsOf {
  readonly indicators: IndicatorColumn;
  readonly funds: "initialBudget" | "budget" | "executed" | "weight" | "rate" | "score";
  readonly budget: "name" | "budget" | "executed" | "rate" | "reason" | "type";
  readonly balance: "assets" | "liabilities" | "end" | "begin";
}

export type ColumnKey<K extends TableKind> = ColumnsOf[K];

/** Which column of each table a header key fills. */
export const TABLE_COLUMNS: { readonly [K in TableKind]: Readonly<Partial<Record<HeaderKey, ColumnsOf[K]>>> } = {
  indicators: {
    first: "first",
    second: "second",
    third: "third",
    nature: "nature",
    target: "target",
    unit: "unit",
    actual: "actual",
    weight: "weight",
    score: "score",
    deviation: "reason",
    reasonAny: "reason",
  },
  funds: {
    initialBudget: "initialBudget",
    budget: "budget",
    executed: "executed",
    weight: "weight",
    rate: "rate",
    score: "score",
  },
  budget: {
    name: "name",
    budget: "budget",
    executed: "executed",
    rate: "rate",
    budgetReason: "reason",
    spendingType: "type",
    reasonAny: "reason",
  },
  balance: { assets: "assets", liabilities: "liabilities", end: "end", begin: "begin" },
};

/** Chinese name of a column for the notes. */
export const COLUMN_NAMES: Record<string, string> = {
  first: "一级指标",
  second: "二级指标",
  third: "三级指标",
  nature: "指标性质",
  target: "年度指标值",
  unit: "度量单位",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  reason: "原因说明",
  name: "项目名称",
  initialBudget: "年初预算数",
  budget: "全年预算数",
  executed: "全年执行数",
  rate: "执行率",
  type: "支出类型",
  assets: "资产部类",
  liabilities: "负债和净资产部类",
  end: "年末数",
  begin: "年初数",
};

/** A header cell of a row. */
export interface HeaderCell {
  readonly col: number;
  readonly match: HeaderMatch;
}

/** The columns a table takes from a header row, and the keys more than one column claimed equally well. */
export interface ResolvedColumns<C extends string> {
  readonly columns: Partial<Record<C, number>>;
  /** The header cell chosen for each column (for unit and percent hints). */
  readonly cells: Partial<Record<C, HeaderCell>>;
  readonly ambiguous: readonly { readonly column: C; readonly cells: readonly HeaderCell[] }[];
  readonly count: number;
}

/** Picks, for each column of the table, the best-ranked header of the row (leftmost among equals). */
export function resolveColumns<K extends TableKind>(
  kind: K,
  headers: readonly HeaderCell[],
): ResolvedColumns<ColumnKey<K>> {
  const map: Partial<Record<HeaderKey, ColumnKey<K>>> = TABLE_COLUMNS[kind];
  const best = new Map<ColumnKey<K>, HeaderCell[]>();
  for (const h of headers) {
    const column = map[h.match.key];
    if (column === undefined) continue;
    const list = best.get(column);
    if (!list) best.set(column, [h]);
    else if (h.match.rank < list[0]!.match.rank) best.set(column, [h]);
    else if (h.match.rank === list[0]!.match.rank) list.push(h);
  }
  const columns: Partial<Record<ColumnKey<K>, number>> = {};
  const cells: Partial<Record<ColumnKey<K>, HeaderCell>> = {};
  const ambiguous: { column: ColumnKey<K>; cells: HeaderCell[] }[] = [];
  for (const [column, list] of best) {
    columns[column] = list[0]!.col;
    cells[column] = list[0]!;
    if (list.length > 1) ambiguous.push({ column, cells: list });
  }
  return { columns, cells, ambiguous, count: best.size };
}
