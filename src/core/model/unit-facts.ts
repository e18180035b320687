/**
 * Unit facts: 单位名称 (a labelled cell "单位名称"/"填报单位"/"部门名称" with the value to its right, or
 * "单位名称：XXX" in one cell; failing that 编制单位 or a title "2022年度XX整体支出…"), 年度 (a 年度 label, or a
 * title "2022年度…"), and every other "label | value" pair of a sheet named like 单位基本情况 / 基本信息.
 */
import { cellAt, figureCell, textCell, textCellWith, type SheetView } from "./cells";
import type { SheetScan } from "./locate";
import { compactKey, foldText, isEmpty, splitLabel } from "./text";
import { headerHints } from "./headers";
import type { Cell, CoverField, FigureCell, MoneyFact, Organ, TextCell, UnitFacts } from "./types";

/** name: 单位名称 and its synonyms; maker: 编制单位 (a fallback for the name); year: 年度. */
export type FactLabel = "name" | "maker" | "year";

const LABELS = new Map<string, FactLabel>([
  ...["单位名称", "填报单位", "部门名称", "单位(部门)名称", "部门(单位)名称", "预算单位", "预算部门", "单位全称"].map(
    (w) => [w, "name"] as const,
  ),
  ["编制单位", "maker"],
  ...["年度", "评价年度", "预算年度", "所属年度", "自评年度", "年份", "绩效年度"].map((w) => [w, "year"] as const),
]);
const TRAILING_PAREN = /\((?:盖章|公章|签章|全称)\)$/;

function labelOfKey(k: string): FactLabel | undefined {
  let s = k.endsWith(":") ? k.slice(0, -1) : k;
  if (s.endsWith(")")) s = s.replace(TRAILING_PAREN, "");
  return LABELS.get(s);
}

/** Whether a short text cell is a fact label, alone or followed by its value after a colon. */
export function factLabelOf(
  text: string,
  compact: string,
): { readonly label: FactLabel; readonly inline: string | null } | null {
  if (compact.length > 40) return null;
  const direct = labelOfKey(compact);
  if (direct) return { label: direct, inline: null };
  const split = splitLabel(text);
  if (!split) return null;
  const label = labelOfKey(compactKey(split.label));
  if (!label) return null;
  const value = foldText(split.value);
  return { label, inline: value === "" ? null : value };
}

const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/;
const YEAR_ONLY = /^\s*((?:19|20)\d{2})\s*$/;
const TRAILING_COLON = /[:：]$/;
const YEAR_TITLE = /((?:19|20)\d{2})年度/;
/** "2022年度南昌市公安局红谷滩分局整体支出绩效自评报告" (compacted) → the unit's name. */
const NAME_AFTER_YEAR = /^(?:19|20)\d{2}年度?(.{2,40}?)整体支出/;
/** "南昌市公安局红谷滩分局2022年度预算执行情况表" → the unit's name. */
const NAME_BEFORE_YEAR = /^(.{2,40}?)(?:19|20)\d{2}年度?(?:部门)?(?:整体支出|预算执行|决算|绩效)/;
const DEPARTMENT = /部门$/;

const FACTS_SHEET = /基本情况|基本信息|单位信息|基础信息|单位概况|部门概况/;
/** Column headings of a facts sheet, never facts themselves. */
const COLUMN_WORDS = new Set([
  "项目",
  "内容",
  "说明",
  "序号",
  "名称",
  "备注",
  "指标",
  "数值",
  "数量",
  "类别",
  "事项",
  "机构名称",
]);

/** Whether a sheet's name says it holds the unit's basic facts. */
export function isFactsSheet(name: string): boolean {
  return FACTS_SHEET.test(name);
}

export function readUnitFacts(scans: readonly SheetScan[]): UnitFacts {
  return {
    name: findName(scans),
    year: findYear(scans),
    facts: findFacts(scans),
    organs: findOrgans(scans),
    cover: findCover(scans),
    money: findMoney(scans),
  };
}

/** Labels of a project's money in a cover grid, by what they state. */
const MONEY_LABELS = new Map<string, MoneyFact["key"]>([
  ...["计划投资额", "计划投资", "计划投入资金", "预算安排资金", "项目预算资金"].map((w) => [w, "planned"] as const),
  ...["实际到位资金", "到位资金", "资金到位额"].map((w) => [w, "arrived"] as const),
  ...["实际使用情况", "实际使用资金", "实际支出资金", "资金使用额"].map((w) => [w, "used"] as const),
]);

/** The money a cover grid states: a label and the figure right of it (the first of each, in reading order). */
function findMoney(scans: readonly SheetScan[]): MoneyFact[] {
  const out: MoneyFact[] = [];
  const seen = new Set<MoneyFact["key"]>();
  for (const scan of scans) {
    const view = scan.view;
    for (const { row, cells } of view.rows) {
      for (const cell of cells) {
        if (typeof cell.value !== "string" || cell.value.length > 20) continue;
        const key = MONEY_LABELS.get(headerHints(compactKey(cell.value)).word);
        if (!key || seen.has(key)) continue;
        const at = view.firstFilled(row, view.rightOf(row, cell.col) + 1);
        if (at === 0) continue;
        const value = figureCell(view, row, at);
        if (value.figure.kind !== "number") continue;
        seen.add(key);
        out.push({ key, label: textCell(view, row, cell.col), value });
      }
    }
  }
  return out;
}

/** The fields of a form's cover block (项目名称 | XX | 主管部门 | XX …), as written on the templates. */
const COVER_LABELS = new Set([
  "项目名称",
  "项目单位",
  "主管部门",
  "项目主管部门",
  "实施单位",
  "项目实施单位",
  "资金使用单位",
  "项目负责人",
  "项目负责人及电话",
]);
const COVER_HINT = /\((?:盖章|公章|签章|全称)\)$/;

function coverLabel(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 20) return null;
  const k = compactKey(raw).replace(COVER_HINT, "");
  return COVER_LABELS.has(k) ? k : null;
}

/**
 * The cover fields of every sheet: a label cell (written without a colon: "项目负责人：" at the foot of a form is
 * a signature line, signed by hand) and the value to its right up to the next label, or null where that is
 * blank. Header rows of tables are not cover rows ("项目名称" heads the budget table).
 */
function findCover(scans: readonly SheetScan[]): CoverField[] {
  const out: CoverField[] = [];
  for (const scan of scans) {
    const view = scan.view;
    const headerRows = new Set<number>();
    for (const h of scan.headers) {
      headerRows.add(h.row);
      if (h.bottom !== undefined) headerRows.add(h.bottom);
    }
    for (const p of scan.partialHeaders) headerRows.add(p.row);
    for (const { row, cells } of view.rows) {
      if (headerRows.has(row) || cells.length > 8) continue;
      const labels = cells.filter((c) => coverLabel(c.value) !== null);
      labels.forEach((label, i) => {
        const next = labels[i + 1]?.col ?? Infinity;
        const from = view.rightOf(row, label.col) + 1;
        const value = cells.find((c) => c.col >= from && c.col < next && !view.empty(row, c.col));
        out.push({
          label: textCell(view, row, label.col),
          value: value ? textCell(view, row, value.col) : null,
        });
      });
    }
  }
  return out;
}

const ORGAN_HEADER = new Set(["机构名称", "内设机构名称", "机构", "内设机构"]);
const CATEGORY_HEADER = new Set(["类别", "机构类别", "类型", "性质"]);

/** The list under a "机构名称" heading of a facts sheet: one organ per row down to the first blank name. */
function findOrgans(scans: readonly SheetScan[]): Organ[] {
  for (const scan of scans) {
    const view = scan.view;
    if (!isFactsSheet(view.name)) continue;
    for (const { row: r, cells } of view.rows) {
      for (const { col: c, value: raw } of cells) {
        if (typeof raw !== "string" || !ORGAN_HEADER.has(compactKey(raw))) continue;
        let category = 0;
        for (const { col: k, value: h } of cells) {
          if (k !== c && typeof h === "string" && CATEGORY_HEADER.has(compactKey(h))) category = k;
        }
        if (category === 0 && !scan.view.empty(r, c + 1)) continue; // "内设机构 | 35" is a fact, not a heading
        const organs: Organ[] = [];
        for (let row = r + 1; ; row++) {
          const name = view.value(row, c);
          if (typeof name !== "string" || isEmpty(name)) break;
          const cat = category ? view.value(row, category) : null;
          organs.push({
            name: textCell(view, row, c),
            category: typeof cat === "string" && !isEmpty(cat) ? foldText(cat) : null,
          });
        }
        if (organs.length > 0) return organs;
      }
    }
  }
  return [];
}

function labelled(scans: readonly SheetScan[], wanted: FactLabel): { view: SheetView; cell: TextCell | Cell } | null {
  for (const scan of scans) {
    const view = scan.view;
    for (const hit of scan.labels) {
      if (hit.label !== wanted) continue;
      if (hit.inline !== null) return { view, cell: textCellWith(view, hit.row, hit.col, hit.inline) };
      const c = view.firstFilled(hit.row, view.rightOf(hit.row, hit.col) + 1);
      if (c === 0) continue;
      const raw = view.value(hit.row, c);
      // A value that is itself a label (a row of headings) is no value.
      if (typeof raw === "string" && labelOfKey(compactKey(raw))) continue;
      return { view, cell: wanted === "year" ? cellAt(view, hit.row, c) : textCell(view, hit.row, c) };
    }
  }
  return null;
}

function findName(scans: readonly SheetScan[]): TextCell | null {
  for (const wanted of ["name", "maker"] as const) {
    const found = labelled(scans, wanted);
    if (found && "text" in found.cell && found.cell.text !== "") return found.cell;
  }
  for (const scan of scans) {
    for (const t of scan.titles) {
      const k = compactKey(t.text);
      const m = NAME_AFTER_YEAR.exec(k) ?? NAME_BEFORE_YEAR.exec(k);
      const name = m?.[1]!.replace(DEPARTMENT, "");
      if (name && name.length >= 2) return textCellWith(scan.view, t.row, t.col, name);
    }
  }
  return null;
}

function yearCell(cell: Cell, text: string | null): FigureCell | null {
  const { ref, raw, numberFormat } = cell;
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw >= 1900 && raw <= 2100
      ? { ref, raw, numberFormat, figure: { kind: "number", value: raw, unit: null, fromText: false } }
      : null;
  }
  const s = text ?? (typeof raw === "string" ? raw : "");
  const m = YEAR_ONLY.exec(s) ?? YEAR_IN_TEXT.exec(s);
  return m
    ? { ref, raw, numberFormat, figure: { kind: "number", value: Number(m[1]), unit: null, fromText: true } }
    : null;
}

function findYear(scans: readonly SheetScan[]): FigureCell | null {
  const found = labelled(scans, "year");
  if (found) {
    const year = yearCell(found.cell, "text" in found.cell ? found.cell.text : null);
    if (year) return year;
  }
  for (const scan of scans) {
    for (const t of scan.titles) {
      const m = YEAR_TITLE.exec(compactKey(t.text));
      if (!m) continue;
      const cell = cellAt(scan.view, t.row, t.col);
      return { ...cell, figure: { kind: "number", value: Number(m[1]), unit: null, fromText: true } };
    }
  }
  return null;
}

function findFacts(scans: readonly SheetScan[]): UnitFacts["facts"] {
  const facts: { label: string; value: Cell }[] = [];
  for (const scan of scans) {
    const view = scan.view;
    if (!isFactsSheet(view.name)) continue;
    for (const { row: r } of view.rows) {
      const c = view.firstFilled(r, view.left);
      if (c === 0) continue;
      const raw = view.value(r, c);
      if (typeof raw !== "string") continue; // 序号 1, 2, 3 … of a list
      const next = view.firstFilled(r, view.rightOf(r, c) + 1);
      const k = compactKey(raw);
      if (next === 0) {
        const split = splitLabel(raw);
        if (!split || isEmpty(split.value)) continue;
        const label = foldText(split.label);
        if (label.length > 30 || labelOfKey(compactKey(split.label))) continue;
        facts.push({ label, value: textCellWith(view, r, c, foldText(split.value)) });
        continue;
      }
      const bare = k.endsWith(":") ? k.slice(0, -1) : k;
      if (bare.length > 30 || COLUMN_WORDS.has(bare) || labelOfKey(k)) continue;
      const label = foldText(raw).replace(TRAILING_COLON, "");
      facts.push({ label, value: cellAt(view, r, next) });
    }
  }
  return facts;
}
