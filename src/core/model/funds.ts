/**
 * The funds block of the 绩效自评表: rows 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金 under the
 * columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. The header row is recognised by its column
 * headers; its label cell ("项目", "资金", "年度预算资金", often merged) is not needed. Each row's label is the
 * first text left of the first recognised column.
 */
import { figureCell, optional, textCell } from "./cells";
import { resolveColumns } from "./headers";
import { amountUnit, firstText, headerSpanOf, walkRows, type HeaderRow, type SheetScan } from "./locate";
import { labelKey } from "./text";
import type { CellRef, FundsBlock, FundsLine, FundsRow } from "./types";

/** The funds block, and where its 执行率 header says the rates are percentages ("执行率(%)"). */
export interface FundsBlockRead extends FundsBlock {
  /** The 执行率 header cell when it carries "(%)" (typed 88.39 then means 88.39%); null otherwise. */
  readonly percentHeader: CellRef | null;
}

const LINES = new Map<string, FundsLine>([
  ...["年度资金总额", "资金总额", "年度资金总额合计", "年度资金合计", "资金合计", "总额"].map(
    (w) => [w, "total"] as const,
  ),
  ...["财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款资金", "当年财政拨款资金", "财政资金", "本年财政资金"].map(
    (w) => [w, "appropriation"] as const,
  ),
  ...["上年结转资金", "上年结转", "上年结转结余资金", "上年结余结转资金", "上年结转结余"].map(
    (w) => [w, "carryover"] as const,
  ),
  ...["其他资金", "其他资金来源", "财政专户管理资金", "单位资金", "单位自有资金", "自有资金", "社会投入资金"].map(
    (w) => [w, "other"] as const,
  ),
  // A whole-department form splits the total by kind of spending instead.
  ...["基本支出", "基本支出资金"].map((w) => [w, "basic"] as const),
  ...["项目支出", "项目支出资金"].map((w) => [w, "project"] as const),
]);

/** The funds line a row label names ("其中：财政拨款" → appropriation), or null. */
export function fundsLineOf(label: string): FundsLine | null {
  return LINES.get(labelKey(label)) ?? null;
}

export interface ReadTable<T> {
  readonly table: T;
  /** Last row of the table (its footer included). */
  readonly end: number;
}

/** The first column of the header recognised as one of the table's columns. */
function firstColumn(columns: Readonly<Record<string, number | undefined>>): number {
  let first = Infinity;
  for (const c of Object.values(columns)) if (c !== undefined && c < first) first = c;
  return first;
}

/** The column of the row's funds label ("一 | 年度资金总额": the second), or 0 when no text there is one. */
function labelColumn(scan: SheetScan, row: number, from: number, to: number): number {
  const view = scan.view;
  for (let c = firstText(view, row, from, to); c !== 0; c = firstText(view, row, view.rightOf(row, c) + 1, to)) {
    if (fundsLineOf(String(view.value(row, c))) !== null) return c;
  }
  return 0;
}

export function readFunds(scan: SheetScan, header: HeaderRow): ReadTable<FundsBlockRead> {
  const view = scan.view;
  const { columns, cells } = resolveColumns("funds", header.cells);
  const first = firstColumn(columns);
  const span = headerSpanOf(view, header);
  const labelLeft = span.left < first ? span.left : view.left;
  const right = Math.max(span.right, ...Object.values(columns).map((c) => c ?? 0));
  const rows: FundsRow[] = [];
  const seen = new Set<FundsLine>();
  const end = walkRows(scan, header.bottom ?? header.row, labelLeft, right, (r) => {
    const c = labelColumn(scan, r, labelLeft, first - 1);
    if (c === 0) return "next";
    const label = textCell(view, r, c);
    const line = fundsLineOf(label.text);
    // 其他资金 may come split over several rows (财政专户管理资金, 单位资金, 其他资金); the others once.
    if (line === null || (seen.has(line) && line !== "other")) return "next";
    seen.add(line);
    rows.push({
      line,
      label,
      initialBudget: optional(figureCell, view, r, columns.initialBudget),
      // A form with only 年初预算数 (a whole-department form often has no 全年预算数): that is its budget.
      budget: optional(figureCell, view, r, columns.budget ?? columns.initialBudget),
      executed: optional(figureCell, view, r, columns.executed),
      weight: optional(figureCell, view, r, columns.weight),
      rate: optional(figureCell, view, r, columns.rate),
      score: optional(figureCell, view, r, columns.score),
    });
    return "next";
  });
  const rate = cells.rate;
  return {
    table: {
      sheet: view.name,
      headerRow: header.row,
      unit: amountUnit(scan, header, [cells.budget, cells.executed, cells.initialBudget]),
      rows,
      percentHeader: rate?.match.percent ? view.ref(header.row, rate.col) : null,
    },
    end,
  };
}

/** Whether the rows under a header shared by the funds block and the budget table are funds lines. */
export function looksLikeFunds(scan: SheetScan, header: HeaderRow): boolean {
  const view = scan.view;
  const { columns } = resolveColumns("funds", header.cells);
  const first = firstColumn(columns);
  const span = headerSpanOf(view, header);
  const labelLeft = span.left < first ? span.left : view.left;
  let looked = 0;
  let funds = false;
  walkRows(scan, header.bottom ?? header.row, labelLeft, span.right, (r) => {
    // 基本支出 and 项目支出 head the budget table's rows too: a funds block shows itself by its other lines.
    const c = labelColumn(scan, r, labelLeft, first - 1);
    const line = c === 0 ? null : fundsLineOf(String(view.value(r, c)));
    if (line !== null && line !== "basic" && line !== "project") funds = true;
    return funds || ++looked >= 5 ? "last" : "next";
  });
  return funds;
}
