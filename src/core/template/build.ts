/**
 * buildTemplate: the template for a year, a unit and a profile, with sheet and table names free of those the
 * workbook already has, every formula's text (naming the sheets as they are called) and its result computed from
 * the template itself, so that a file written from it shows the figures before Excel calculates.
 */
import type { CellValue } from "../model/snapshot";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../profile";
import { balanceSheet } from "./balance";
import { budgetSheet } from "./budget";
import type { SheetContext } from "./context";
import type { SheetDraft } from "./draft";
import { formSheet } from "./form";
import { evaluate, formulaText, type CellLookup } from "./formula";
import { templateNames } from "./names";
import type { SheetKey, TakenNames, Template, TemplateCell, TemplateOptions, TemplateSheet } from "./types";
import { unitSheet } from "./unit";

/** Most characters of the list of a drop-down (Excel refuses a longer list written out in the rule). */
export const LIST_SOURCE_LIMIT = 255;

/** The year a template is for by default: last year (the spring's evaluation is of the year before). */
export function defaultTemplateYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

/** Why a year cannot head a template, in Chinese, or null. */
export function invalidTemplateYear(year: number): string | null {
  return Number.isInteger(year) && year >= 2000 && year <= 2099 ? null : "年度应为 2000 至 2099 之间的四位数年份";
}

function profileArgOf(id: string): string | null {
  return id !== "national" && BUILT_IN_PROFILES.some((p) => p.id === id) ? id : null;
}

function render(
  draft: SheetDraft,
  name: string,
  names: Readonly<Record<SheetKey, string>>,
  tables: Readonly<Record<string, string>>,
  get: CellLookup,
): TemplateSheet {
  const cells: TemplateCell[] = [...draft.cells.values()]
    .filter((c) => c.value !== null || c.expr !== null || c.numberFormat !== null)
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => ({
      row: c.row,
      col: c.col,
      value: c.expr ? get(draft.key, c.row, c.col) : c.value,
      formula: c.expr ? formulaText(c.expr, names, draft.key) : null,
      numberFormat: c.numberFormat,
    }));
  const areas = [
    ...cells.map((c) => ({ bottom: c.row, right: c.col })),
    ...draft.merges,
    ...draft.styles.map((s) => s.area),
    ...draft.validations.map((v) => v.area),
    ...draft.tables.map((t) => t.area),
  ];
  for (const v of draft.validations) {
    if (v.values.join(",").length > LIST_SOURCE_LIMIT)
      throw new RangeError(`下拉列表“${v.title}”超过 ${LIST_SOURCE_LIMIT} 个字符`);
  }
  return {
    key: draft.key,
    name,
    area: {
      top: 1,
      left: 1,
      bottom: Math.max(1, ...areas.map((a) => a.bottom)),
      right: Math.max(1, ...areas.map((a) => a.right)),
    },
    cells,
    merges: draft.merges,
    styles: draft.styles,
    validations: draft.validations,
    tables: draft.tables.map((t) => ({ name: tables[t.key]!, area: t.area, style: t.style })),
    columnWidths: draft.columnWidths,
    rowHeights: draft.rowHeights,
    freezeRows: draft.freezeRows,
  };
}

/**
 * The template under `options` (year: last year; name: blank; profile: national), its sheets named 绩效自评表,
 * 预算执行情况, 资产负债表, 单位基本情况 or, where the workbook has such a sheet, the next free “（2）” name; its
 * tables likewise.
 */
export function buildTemplate(options: TemplateOptions = {}, taken: TakenNames = { sheets: [], tables: [] }): Template {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const year = options.year ?? defaultTemplateYear();
  const invalid = invalidTemplateYear(year);
  if (invalid) throw new RangeError(invalid);
  const ctx: SheetContext = {
    year,
    unitName: (options.unitName ?? "").trim(),
    profile,
    profileArg: profileArgOf(profile.id),
  };
  const drafts = [formSheet(ctx), budgetSheet(ctx), balanceSheet(ctx), unitSheet(ctx)];
  const { sheets: names, tables } = templateNames(taken);

  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const results = new Map<string, CellValue>();
  const running = new Set<string>();
  const get: CellLookup = (sheet, row, col) => {
    const cell = byKey.get(sheet)?.cells.get(`${row},${col}`);
    if (!cell) return null;
    if (!cell.expr) return cell.value;
    const key = `${sheet}!${row},${col}`;
    if (results.has(key)) return results.get(key)!;
    if (running.has(key)) throw new Error(`template: circular formula at ${key}`);
    running.add(key);
    const value = evaluate(cell.expr, get, sheet);
    running.delete(key);
    results.set(key, value);
    return value;
  };

  return {
    year,
    unitName: ctx.unitName,
    profileId: profile.id,
    sheets: drafts.map((d) => render(d, names[d.key], names, tables, get)),
  };
}
