/**
 * The 绩效自评表 (GUIDE §5) as a table of the document, for the appendix of the Word export: the funds block
 * (年度资金总额 and its parts under 年初预算数 … 得分), then the indicators block with its 一级/二级 cells spanning
 * their runs of rows, then 总分, 自评等级 and the form's texts (评价结论 …). Figures are printed as the passages
 * write them, by the same functions (writer.ts): amounts 36,353.37, rates 88.39% (100% where exactly that),
 * scores 7 / 8.84, counts and measured values 7,129 / 99.1 — also where the cell holds them as text ("36353.37",
 * "８８．３９％"). A blank cell stays blank; words and marks ("—", "全覆盖", "≥95%") stay as written. Pure: the
 * model in, the table out.
 */
import { div } from "../decimal";
import { formatNumber } from "../format";
import { computedExecRate, percentFormat, plainRateCell } from "../checks/indicator-table";
import type {
  Cell,
  FigureCell,
  FundsBlock,
  FundsRow,
  IndicatorRow,
  IndicatorTable,
  WorkbookModel,
} from "../model/types";
import type { DocTable, DocTableCell } from "./types";
import { amountText, countText, rateText, scoreText } from "./writer";

/**
 * Twelve grid columns: the indicators block's ten columns, 偏差原因分析及改进措施 spanning the last three, so that
 * the funds block's seven columns fall on the same grid — 年度预算资金 over 一级 to 三级, 年初预算数 over 指标性质
 * and 年度指标值, 全年预算数 over 度量单位 and 实际完成值, 全年执行数 over 分值 and 得分, then 分值, 执行率 and
 * 得分 over the three parts of 偏差原因分析及改进措施. Widths are relative (of 200), set so that on a landscape A4
 * page in 五号 the four-character headers (一级指标, 指标性质, 度量单位) and the amounts stay on one line.
 */
const COLUMNS = 12;
const WIDTHS: readonly number[] = [15, 15, 28, 15, 22, 15, 22, 11, 11, 12, 16, 18];
/** 一级指标 and 二级指标: their names are never broken across lines (the export widens the columns to the longest). */
const LEVEL_COLUMNS: readonly number[] = [0, 1];

const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "度量单位",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
] as const;
/** The reason column spans the last three grid columns. */
const REASON_SPAN = 3;

const FUNDS_HEADERS = ["年度预算资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] as const;
const FUNDS_SPANS = [3, 2, 2, 2, 1, 1, 1] as const;

/** Rows after the indicators: 总分 and 自评等级 label over the first eight columns, the value under 得分. */
const FOOT_LABEL_SPAN = 8;
/** 评价结论 and the like: label over 一级 to 三级, the text over the rest. */
const TEXT_LABEL_SPAN = 3;

// ---------------------------------------------------------------------------------------------------------
// Cells as printed

/** A cell's text when it holds text ("—", "全覆盖", "≥95%"): as written, trimmed. Blank → "". */
function asWritten(raw: Cell["raw"]): string {
  if (raw === null) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "是" : "否";
  return formatNumber(raw, 6);
}

/** Text of a text column (三级指标, 度量单位, 偏差原因 …). */
function textOf(cell: Cell | null): string {
  return cell ? asWritten(cell.raw) : "";
}

/** The plain number a figure cell holds, typed as a number or as text ("36,353.37", "７"); null for words, marks,
 *  a figure with its own unit ("17467.49万元", "88%") and what is not finite. */
function plainNumber(cell: FigureCell): number | null {
  const f = cell.figure;
  return f.kind === "number" && f.unit === null && Number.isFinite(f.value) ? f.value : null;
}

/** An amount: 36,353.37 in the table's unit, as the passages write it; anything else as written. */
function amountOf(cell: FigureCell | null): string {
  if (!cell) return "";
  const v = plainNumber(cell);
  return v === null ? asWritten(cell.raw) : amountText(v);
}

/** A 分值 or 得分: 7, 8.84, as the passages write it. */
function scoreOf(cell: FigureCell | null): string {
  if (!cell) return "";
  const v = plainNumber(cell);
  return v === null ? asWritten(cell.raw) : scoreText(v);
}

/**
 * An 执行率 as the passages write it (88.39%). A %-formatted cell holds the fraction (0.8839), and so does a
 * percentage typed as text ("８８．３９％"); under a "(%)" header a plain number is percentage points (88.39);
 * otherwise a plain number is read the way that is nearer the row's own 全年执行数 ÷ 全年预算数, or, with nothing
 * to compare, as points when above 2 (no rate reaches 200%, none is below 2%).
 */
function rateOf(row: FundsRow, block: FundsBlock): string {
  const cell = row.rate;
  if (!cell) return "";
  const f = cell.figure;
  if (f.kind !== "number" || !Number.isFinite(f.value)) return asWritten(cell.raw);
  if (f.unit !== null) return f.unit.kind === "percent" ? rateText(f.value) : asWritten(cell.raw);
  const v = f.value;
  if (!plainRateCell(cell)) return rateText(v);
  if (block.percentHeader) return rateText(div(v, 100));
  const computed = computedExecRate(row);
  const points = computed === null ? v > 2 : Math.abs(div(v, 100) - computed) < Math.abs(v - computed);
  return rateText(points ? div(v, 100) : v);
}

/** A 年度指标值 or 实际完成值: a number as the passages write it (7,129; 95% in a %-formatted cell); text as
 *  written ("≥95%", "全覆盖"). */
function targetOf(cell: Cell | null): string {
  if (!cell || typeof cell.raw !== "number") return cell ? asWritten(cell.raw) : "";
  return percentFormat(cell.numberFormat) ? `${countText(cell.raw * 100)}%` : countText(cell.raw);
}

const head = (text: string, colSpan = 1): DocTableCell =>
  colSpan > 1 ? { text, colSpan, header: true, align: "center" } : { text, header: true, align: "center" };

function cell(text: string, align: DocTableCell["align"], colSpan = 1, rowSpan = 1): DocTableCell {
  return {
    text,
    align,
    ...(colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Blocks

function fundsRows(block: FundsBlock): DocTableCell[][] {
  const spans = FUNDS_SPANS;
  const rows: DocTableCell[][] = [FUNDS_HEADERS.map((h, i) => head(h, spans[i]))];
  for (const r of block.rows) {
    rows.push([
      cell(r.label.text, "left", spans[0]),
      cell(amountOf(r.initialBudget), "right", spans[1]),
      cell(amountOf(r.budget), "right", spans[2]),
      cell(amountOf(r.executed), "right", spans[3]),
      cell(scoreOf(r.weight), "center", spans[4]),
      cell(rateOf(r, block), "center", spans[5]),
      cell(scoreOf(r.score), "center", spans[6]),
    ]);
  }
  return rows;
}

/** The text of each row's 一级 or 二级 cell; null where blank. */
function levelTexts(rows: readonly IndicatorRow[], level: (r: IndicatorRow) => Cell | null): (string | null)[] {
  return rows.map((r) => textOf(level(r)) || null);
}

/**
 * Lengths of the runs of equal texts, at the index of each run's first row (0 elsewhere): rows under a merged or
 * carried-down cell, or that repeat its text, print as one cell. A run never crosses a boundary of `outer` (a
 * 二级 run stays within its 一级 run); a row without text is a run of its own.
 */
function runs(keys: readonly (string | null)[], outer: readonly number[] | null): number[] {
  const out = keys.map(() => 0);
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    const same = i < keys.length && keys[i] !== null && keys[i] === keys[start] && !(outer && outer[i]! > 0);
    if (same) continue;
    out[start] = i - start;
    start = i;
  }
  return out;
}

function indicatorRows(table: IndicatorTable): DocTableCell[][] {
  const rows: DocTableCell[][] = [
    INDICATOR_HEADERS.map((h, i) => head(h, i === INDICATOR_HEADERS.length - 1 ? REASON_SPAN : 1)),
  ];
  const firstRuns = runs(
    levelTexts(table.rows, (r) => r.first),
    null,
  );
  const secondRuns = runs(
    levelTexts(table.rows, (r) => r.second),
    firstRuns,
  );
  table.rows.forEach((r, i) => {
    const out: DocTableCell[] = [];
    if (firstRuns[i]! > 0) out.push(cell(textOf(r.first), "center", 1, firstRuns[i]));
    if (secondRuns[i]! > 0) out.push(cell(textOf(r.second), "center", 1, secondRuns[i]));
    out.push(
      cell(textOf(r.third), "left"),
      cell(textOf(r.nature), "center"),
      cell(targetOf(r.target), "center"),
      cell(textOf(r.unit), "center"),
      cell(targetOf(r.actual), "center"),
      cell(scoreOf(r.weight), "center"),
      cell(scoreOf(r.score), "center"),
      cell(textOf(r.reason), "left", REASON_SPAN),
    );
    rows.push(out);
  });
  const foot = (label: string, value: string): DocTableCell[] => [
    cell(label, "center", FOOT_LABEL_SPAN),
    cell(value, "center"),
    cell("", "left", REASON_SPAN),
  ];
  if (table.total) rows.push(foot("总分", scoreOf(table.total)));
  if (table.grade) rows.push(foot("自评等级", textOf(table.grade)));
  for (const t of table.texts) {
    rows.push([cell(t.label, "center", TEXT_LABEL_SPAN), cell(textOf(t.value), "left", COLUMNS - TEXT_LABEL_SPAN)]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------

/** "单位名称：南昌市公安局红谷滩分局　　单位：万元", or what of it the model gives. */
function captionOf(model: WorkbookModel): string | null {
  const name = model.unit.name?.text.trim();
  const parts = [
    ...(name ? [`单位名称：${name}`] : []),
    ...(model.funds ? [`单位：${model.funds.unit.unit.text}`] : []),
  ];
  return parts.length > 0 ? parts.join("　　") : null;
}

function yearOf(model: WorkbookModel): number | null {
  const f = model.unit.year?.figure;
  return f && f.kind === "number" && Number.isInteger(f.value) ? f.value : null;
}

/**
 * The 绩效自评表 of the workbook as the forms print it, for the appendix of the Word document: title
 * "2022年度部门整体支出绩效自评表", caption "单位名称：…　　单位：万元", the ten columns of the form on a grid of twelve. Null when the workbook has
 * neither the funds block nor the indicators block.
 */
export function selfEvaluationTable(model: WorkbookModel): DocTable | null {
  if (!model.funds && !model.indicators) return null;
  const year = yearOf(model);
  return {
    title: `${year === null ? "" : `${year}年度`}部门整体支出绩效自评表`,
    caption: captionOf(model),
    columns: COLUMNS,
    widths: WIDTHS,
    oneLine: LEVEL_COLUMNS,
    rows: [
      ...(model.funds ? fundsRows(model.funds) : []),
      ...(model.indicators ? indicatorRows(model.indicators) : []),
    ],
  };
}
