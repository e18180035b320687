/**
 * The indicators block of the 绩效自评表: 一级指标 | 二级指标 | 三级指标 | 指标性质 | 年度指标值 | 度量单位 |
 * 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 (and their synonyms), extra columns ignored.
 *
 * 一级/二级 apply downwards: a cell merged vertically gives its text (and the ref of its top-left cell) to every row
 * of the merge; a blank cell takes the last 一级/二级 above it in the table (a new 一级 clears the 二级). Rows that
 * hold only 一级/二级 (group rows) feed that but are no indicators. The block ends at 总分 (or 合计, 自评等级,
 * 评价结论 …): the footer, read as label cells whose value is in the 得分 column or the next filled cell to the
 * right ("总分 | 90.84", "自评等级：优"), or in the row below for long texts.
 */
import { parseFigure } from "../figures";
import { cellAt, figureCell, natureCell, optional, targetCell, textCell, textCellWith, type SheetView } from "./cells";
import type { ReadTable } from "./funds";
import { resolveColumns, type HeaderCell } from "./headers";
import { BLANK_RUN, headerSpanOf, walkRows, type HeaderRow, type SheetScan } from "./locate";
import { foldText, isEmpty, labelKey, splitLabel } from "./text";
import type { CellValue } from "./snapshot";
import type { FigureCell, IndicatorRow, IndicatorTable, TextCell } from "./types";

type FooterKind = "total" | "grade" | "text";

/** A grade written alone after the total ("总分 | 100 | 96 | 优"). */
const GRADE_WORD = /^(?:优|良|中|差|优秀|良好|合格|不合格|较差|一般)$/;

const FOOTER = new Map<string, FooterKind>([
  ...["总分", "合计", "总计", "得分合计", "合计得分", "自评总分", "总得分", "综合得分", "自评得分合计", "综合评分"].map(
    (w) => [w, "total"] as const,
  ),
  ...["自评等级", "等级", "评价等级", "绩效等级", "综合等级", "评定等级", "自评等次", "等次", "评价等次"].map(
    (w) => [w, "grade"] as const,
  ),
  ...[
    "评价结论",
    "自评结论",
    "总体评价",
    "存在问题",
    "存在的问题",
    "主要问题",
    "改进措施",
    "改进建议",
    "整改措施",
    "下一步改进措施",
    "存在问题及改进措施",
    "问题及改进措施",
    "有关建议",
  ].map((w) => [w, "text"] as const),
]);

interface FooterLabel {
  readonly kind: FooterKind;
  /** The label as written, folded and without its colon. */
  readonly label: string;
  /** The value after the colon when label and value share the cell ("自评等级：优"). */
  readonly inline: string | null;
}

/** Whether a cell is a footer label ("总分", "自评等级：优", "评价结论：…"). */
function footerLabel(v: unknown): FooterLabel | null {
  if (typeof v !== "string" || v.length > 400) return null;
  const short = v.length <= 30 ? FOOTER.get(labelKey(v)) : undefined;
  if (short) return { kind: short, label: foldText(v).replace(COLON_END, ""), inline: null };
  const split = splitLabel(v);
  if (!split || split.label.length > 20) return null;
  const kind = FOOTER.get(labelKey(split.label));
  if (!kind) return null;
  const inline = foldText(split.value);
  return { kind, label: foldText(split.label), inline: inline === "" ? null : inline };
}
const COLON_END = /[:：]$/;

type Levels = { first: TextCell | null; second: TextCell | null };

/** Template words a 三级 cell holds when the form's row was never filled: "指标1", "指标2：", "……", "/", "—". */
const PLACEHOLDER = /^(?:指标\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?|[…．.。·\s]+|[/\\／]+|[-—–―─－]+|无|略)$/;

/** Whether a row is one the template left: its 三级 blank or a template word, nothing else filled. */
function isPlaceholder(third: TextCell | null, filled: boolean): boolean {
  return !filled && (third === null || third.text === "" || PLACEHOLDER.test(third.text));
}

/**
 * The 分值 columns of a header that has one beside each level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值):
 * each belongs to the nearest level to its left; the indicator's own 分值 is the one after 三级. Null when the
 * header has one 分值 column (the usual table).
 */
export function levelWeightColumns(
  cells: readonly HeaderCell[],
): { first?: number; second?: number; weight?: number } | null {
  const weights = cells.filter((c) => c.match.key === "weight").map((c) => c.col);
  if (weights.length < 2) return null;
  const levels = (["first", "second", "third"] as const)
    .map((key) => ({ key, col: cells.find((c) => c.match.key === key)?.col }))
    .filter((l): l is { key: "first" | "second" | "third"; col: number } => l.col !== undefined);
  const out: { first?: number; second?: number; weight?: number } = {};
  for (const w of weights) {
    const level = levels.filter((l) => l.col < w).sort((a, b) => b.col - a.col)[0];
    if (!level) continue;
    if (level.key === "third") out.weight ??= w;
    else out[level.key] ??= w;
  }
  return out.first !== undefined || out.second !== undefined ? out : null;
}

export function readIndicators(scan: SheetScan, header: HeaderRow): ReadTable<IndicatorTable> {
  const view = scan.view;
  const resolved = resolveColumns("indicators", header.cells).columns;
  const levelWeights = header.mapped ? null : levelWeightColumns(header.cells);
  const columns = levelWeights?.weight !== undefined ? { ...resolved, weight: levelWeights.weight } : resolved;
  const span = headerSpanOf(view, header);
  const left = Math.min(span.left, ...Object.values(columns).map((c) => c ?? Infinity));
  const right = Math.max(span.right, ...Object.values(columns).map((c) => c ?? 0));
  const rows: IndicatorRow[] = [];
  const placeholders: number[] = [];
  const carried: Levels = { first: null, second: null };
  // The 分值 beside a level applies downwards like its label: written once (or on a group row) for its rows.
  const carriedWeight: { first: FigureCell | null; second: FigureCell | null } = { first: null, second: null };
  const top = header.bottom ?? header.row;
  let footerRow = 0;

  const end = walkRows(scan, top, left, right, (r) => {
    const labelCol = view.firstFilled(r, left, right);
    if (footerLabel(view.value(r, labelCol))) {
      footerRow = r;
      return "before";
    }
    const first = level(view, top, r, columns.first, carried.first);
    const second = level(view, top, r, columns.second, carried.second);
    if (first) {
      // A new 一级 (not the same merged cell again) clears the carried 二级.
      if (!carried.first || !sameRef(first, carried.first)) {
        carried.second = null;
        carriedWeight.first = null;
        carriedWeight.second = null;
      }
      carried.first = first;
    }
    if (second) {
      if (!carried.second || !sameRef(second, carried.second)) carriedWeight.second = null;
      carried.second = second;
    }
    if (levelWeights) {
      const fw = levelWeight(view, top, r, levelWeights.first);
      const sw = levelWeight(view, top, r, levelWeights.second);
      if (fw && has(fw)) carriedWeight.first = fw;
      if (sw && has(sw)) carriedWeight.second = sw;
    }
    const third = optional(textCell, view, r, columns.third);
    const target = optional(targetCell, view, r, columns.target);
    const actual = optional(targetCell, view, r, columns.actual);
    const weight = optional(figureCell, view, r, columns.weight);
    const score = optional(figureCell, view, r, columns.score);
    const figures = has(target) || has(actual) || has(weight) || has(score);
    if ((third === null || third.text === "") && !figures) return "next"; // a group row: 一级/二级 only
    if (isPlaceholder(third, figures)) {
      placeholders.push(r);
      return "next";
    }
    rows.push({
      sheet: view.name,
      row: r,
      first: carried.first ?? optional(textCell, view, r, columns.first),
      second: carried.second ?? optional(textCell, view, r, columns.second),
      third,
      nature: optional(natureCell, view, r, columns.nature),
      target,
      unit: optional(textCell, view, r, columns.unit),
      actual,
      weight,
      score,
      reason: optional(textCell, view, r, columns.reason),
      ...(levelWeights
        ? {
            firstWeight: carriedWeight.first ?? levelWeight(view, top, r, levelWeights.first),
            secondWeight: carriedWeight.second ?? levelWeight(view, top, r, levelWeights.second),
          }
        : {}),
    });
    return "next";
  });

  const footer = footerRow ? readFooter(scan, footerRow, left, right, columns.score, columns.weight) : null;
  return {
    table: {
      sheet: view.name,
      headerRow: header.row,
      columns,
      rows,
      total: footer?.total ?? null,
      totalWeight: footer?.totalWeight ?? null,
      grade: footer?.grade ?? null,
      placeholders,
      blockLabel: blockLabelOf(view, header, columns.first),
      ...(levelWeights ? { levelWeights: { first: levelWeights.first, second: levelWeights.second } } : {}),
      texts: footer?.texts ?? [],
    },
    end: footer?.end ?? end,
  };
}

const BLOCK_WEIGHT = /指标[^()（）]*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]\s*$/;

/** A cell of the header left of the 一级 column that names the block with its weight ("绩效指标(90分)"). */
function blockLabelOf(view: SheetView, header: HeaderRow, firstCol: number | undefined): TextCell | null {
  if (firstCol === undefined) return null;
  for (const row of [header.row, header.bottom].filter((r): r is number => r !== undefined))
    for (const cell of view.cells(row)) {
      if (cell.col >= firstCol) break;
      if (typeof cell.value === "string" && BLOCK_WEIGHT.test(cell.value.replace(/\s/g, "")))
        return textCell(view, row, cell.col);
    }
  return null;
}

/** The 分值 beside a level: the row's own cell, or the top-left cell of the merge it lies in. */
function levelWeight(view: SheetView, headerRow: number, row: number, col: number | undefined): FigureCell | null {
  if (col === undefined) return null;
  const area = view.mergeAt(row, col);
  if (area && (area.top !== row || area.left !== col) && area.top > headerRow)
    return figureCell(view, area.top, area.left);
  return figureCell(view, row, col);
}

const has = (cell: { readonly raw: CellValue } | null): boolean => cell !== null && !isEmpty(cell.raw);

function sameRef(a: TextCell, b: TextCell): boolean {
  return a.ref.row === b.ref.row && a.ref.col === b.ref.col;
}

/**
 * The 一级/二级 text a row's own cell gives: the top-left cell of a vertical merge that starts below the header,
 * or the cell itself when it holds text; null when blank (the carried level applies). The rows of a merge share
 * the one cell of its top-left corner (`carried`, read on the merge's first row).
 */
function level(
  view: SheetView,
  headerRow: number,
  row: number,
  col: number | undefined,
  carried: TextCell | null,
): TextCell | null {
  if (col === undefined) return null;
  const area = view.mergeAt(row, col);
  if (area && (area.top !== row || area.left !== col)) {
    if (area.top <= headerRow) return null;
    if (carried && carried.ref.row === area.top && carried.ref.col === area.left) return carried;
    const master = textCell(view, area.top, area.left);
    return master.text === "" ? null : master;
  }
  const own = textCell(view, row, col);
  return own.text === "" ? null : own;
}

interface Footer {
  readonly total: FigureCell | null;
  readonly totalWeight: FigureCell | null;
  readonly grade: TextCell | null;
  readonly texts: { readonly label: string; readonly value: TextCell }[];
  readonly end: number;
}

/** Rows below the indicators from the first footer label: 总分, 自评等级, 评价结论, 存在问题, 改进措施. */
function readFooter(
  scan: SheetScan,
  start: number,
  left: number,
  right: number,
  scoreCol: number | undefined,
  weightCol: number | undefined,
): Footer {
  const view = scan.view;
  let total: FigureCell | null = null;
  let totalWeight: FigureCell | null = null;
  let grade: TextCell | null = null;
  const texts: { label: string; value: TextCell }[] = [];
  let end = start;
  let blanks = 0;
  let consumed = 0; // a row below a label, taken as its value
  for (let r = start; r <= view.bottom && r <= start + 40; r++) {
    if (r === consumed) continue;
    if (view.blankBetween(r, left, right)) {
      if (++blanks >= BLANK_RUN) break;
      continue;
    }
    if (r !== start && scan.boundary.has(r)) break;
    blanks = 0;
    // The labels of the row, left to right.
    const labels: { col: number; label: FooterLabel }[] = [];
    let first = true;
    let stop = false;
    for (let c = view.firstFilled(r, left, right); c !== 0; c = view.firstFilled(r, view.rightOf(r, c) + 1, right)) {
      const label = footerLabel(view.value(r, c));
      if (label) labels.push({ col: c, label });
      else if (first) stop = true;
      first = false;
    }
    if (stop || labels.length === 0) break;
    end = r;
    for (const [i, { col, label }] of labels.entries()) {
      const nextLabel = labels[i + 1]?.col ?? right + 1;
      let valueCol = 0;
      if (label.inline === null) {
        if (labels.length === 1 && scoreCol !== undefined && scoreCol > col && !view.empty(r, scoreCol))
          valueCol = scoreCol;
        else valueCol = view.firstFilled(r, view.rightOf(r, col) + 1, nextLabel - 1);
      }
      if (label.kind === "total") {
        if (total) continue;
        if (label.inline !== null) total = { ...cellAt(view, r, col), figure: parseFigure(label.inline) };
        else if (valueCol !== 0 && !(valueCol === weightCol && scoreCol !== undefined && scoreCol > weightCol))
          total = figureCell(view, r, valueCol);
        // "合计 | 100 | (blank)": the figure after the label is the 分值's total; the 总分 is the 得分 cell.
        else total = optional(figureCell, view, r, scoreCol);
        // The row may state the 分值 too ("总分 | 100 | 96") and, after the score, the grade alone ("优").
        if (weightCol !== undefined && weightCol > col && weightCol !== total?.ref.col && !view.empty(r, weightCol))
          totalWeight = figureCell(view, r, weightCol);
        const after = total ? view.firstFilled(r, view.rightOf(r, total.ref.col) + 1, nextLabel - 1) : 0;
        if (after !== 0 && !grade && GRADE_WORD.test(foldText(view.value(r, after)))) grade = textCell(view, r, after);
        continue;
      }
      let value: TextCell | null = null;
      if (label.inline !== null) value = textCellWith(view, r, col, label.inline);
      else if (valueCol !== 0) value = textCell(view, r, valueCol);
      else if (label.kind === "text" && r < view.bottom) {
        // 评价结论 in one row, its text in the row below.
        const below = view.firstFilled(r + 1, left, right);
        if (below !== 0 && !footerLabel(view.value(r + 1, below)) && !scan.boundary.has(r + 1)) {
          value = textCell(view, r + 1, below);
          consumed = r + 1;
          end = r + 1;
        }
      }
      if (label.kind === "grade") grade ??= value ?? optional(textCell, view, r, scoreCol);
      else if (value) texts.push({ label: label.label, value });
    }
  }
  return { total, totalWeight, grade, texts, end };
}
