/**
 * readModel: the workbook model (types.ts) from a snapshot (snapshot.ts), by recognising tables by their headers
 * wherever they stand (GUIDE §5). Pure and fast: each sheet is scanned once for header rows, titles and labels
 * (locate.ts), then each candidate table is read from its header row down to its end (a run of three blank rows,
 * the next header or title row, or a closing row such as 总分 or 合计).
 *
 * When a kind of table occurs more than once, the first (in workbook order, then top to bottom) is used and the
 * others are named in a reading note; so are headers that matched ambiguously and sheets with nothing recognised.
 *
 * Header rows mapped by hand (the `columns` setting, column-map.ts) are read as their table with their columns,
 * as if their headers had been recognised; what of the setting cannot be used is named in a reading note.
 */
import { readBalance } from "./balance";
import { readBudget } from "./budget";
import { SheetView } from "./cells";
import { mappedHeaderRows, readColumnMap, TABLE_NAMES } from "./column-map";
import { looksLikeFunds, readFunds, type ReadTable } from "./funds";
import { COLUMN_NAMES, resolveColumns, type TableKind } from "./headers";
import { levelWeightColumns, readIndicators } from "./indicators";
import { headerSpanOf, scanSheet, type HeaderRow, type SheetScan } from "./locate";
import { EVIDENCE, readReport, reportEvidence, type Evidence } from "./report";
import { columnName, type Area, type WorkbookSnapshot } from "./snapshot";
import type {
  BalanceSheet,
  BudgetTable,
  FundsBlock,
  IndicatorTable,
  ReadingNote,
  Report,
  WorkbookModel,
} from "./types";
import { isFactsSheet, readUnitFacts } from "./unit-facts";

export { type FundsBlockRead } from "./funds";
export { type BudgetTableRead } from "./budget";

/** The very hidden sheet where the .xlsx adapter keeps jixiao's settings: never part of the model. */
const SETTINGS_SHEET = "_jixiao";

interface Tables {
  indicators: IndicatorTable;
  funds: FundsBlock;
  budget: BudgetTable;
  balance: BalanceSheet;
}

interface Found<K extends TableKind> {
  readonly kind: K;
  readonly sheet: string;
  readonly area: Area;
  readonly table: Tables[K];
}

type AnyFound = { [K in TableKind]: Found<K> }[TableKind];

/** Which table a header row heads: the indicators and the balance sheet have their own words; the funds block and
 *  the budget table share theirs, and are told apart by the rows below (年度资金总额, 财政拨款 … or not). A row
 *  mapped by hand heads its mapping's table (its only kind). */
export function kindOf(scan: SheetScan, header: HeaderRow): TableKind {
  const kinds = header.kinds;
  if (kinds.includes("indicators")) return "indicators";
  if (kinds.includes("balance")) return "balance";
  if (kinds.includes("funds") && kinds.includes("budget")) return looksLikeFunds(scan, header) ? "funds" : "budget";
  return kinds[0]!;
}

function read(kind: TableKind, scan: SheetScan, header: HeaderRow): ReadTable<Tables[TableKind]> {
  switch (kind) {
    case "indicators":
      return readIndicators(scan, header);
    case "funds":
      return readFunds(scan, header);
    case "budget":
      return readBudget(scan, header);
    case "balance":
      return readBalance(scan, header);
  }
}

function ambiguityNotes(kind: TableKind, scan: SheetScan, header: HeaderRow, notes: ReadingNote[]): void {
  if (kind === "balance" || header.mapped) return; // 年末数 / 年初数 twice is the two-sided layout
  // A 分值 beside each level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值) is no ambiguity: each belongs to its level.
  const byLevel = kind === "indicators" && levelWeightColumns(header.cells)?.weight !== undefined;
  for (const { column, cells } of resolveColumns(kind, header.cells).ambiguous) {
    if (byLevel && column === "weight") continue;
    const listed = cells.map((c) => `${columnName(c.col)}列“${c.match.text}”`).join("、");
    notes.push({
      sheet: scan.view.name,
      area: { top: header.row, left: cells[0]!.col, bottom: header.row, right: cells[cells.length - 1]!.col },
      message:
        `工作表“${scan.view.name}”第${header.row}行的表头有多列都可作为“${COLUMN_NAMES[column] ?? column}”：` +
        `${listed}，使用了${columnName(cells[0]!.col)}列`,
    });
  }
}

/**
 * The sheets of a snapshot (not the settings sheet) scanned for tables, header rows mapped by hand included;
 * what of the `columns` setting cannot be used goes into `notes`.
 */
export function scanWorkbook(snapshot: WorkbookSnapshot, notes: ReadingNote[]): SheetScan[] {
  const views = snapshot.sheets.filter((s) => s.name !== SETTINGS_SHEET).map((s) => new SheetView(s));
  const columnMap = readColumnMap(snapshot.settings);
  notes.push(...columnMap.notes);
  const mapped = mappedHeaderRows(views, columnMap.mappings, notes);
  return views.map((view) => scanSheet(view, mapped.get(view.name)));
}

/** The workbook model of a snapshot (see the top of this file). */
export function readModel(snapshot: WorkbookSnapshot): WorkbookModel {
  const notes: ReadingNote[] = [];
  const scans = scanWorkbook(snapshot, notes);
  const found: AnyFound[] = [];
  const extents = new Map<SheetScan, { top: number; bottom: number }[]>();

  for (const scan of scans) {
    const view = scan.view;
    const list: { top: number; bottom: number }[] = [];
    extents.set(scan, list);
    for (const header of scan.headers) {
      const kind = kindOf(scan, header);
      const { table, end } = read(kind, scan, header);
      const span = headerSpanOf(view, header);
      list.push({ top: header.row, bottom: end });
      found.push({
        kind,
        sheet: view.name,
        area: { top: header.row, left: span.left, bottom: end, right: span.right },
        table,
      } as AnyFound);
      ambiguityNotes(kind, scan, header, notes);
      if (kind === "funds" && (table as FundsBlock).rows.length === 0) {
        notes.push({
          sheet: view.name,
          area: { top: header.row, left: span.left, bottom: header.row, right: span.right },
          message: `工作表“${view.name}”第${header.row}行像预算资金表的表头，但下面没有识别出年度资金总额、财政拨款等行`,
        });
      }
    }
    for (const partial of scan.partialHeaders) {
      const words = partial.cells.map((c) => `“${c.match.text}”`).join("、");
      const cols = partial.cells.map((c) => c.col);
      const keys = new Set(partial.cells.map((c) => c.match.key));
      const targetsOnly = keys.has("target") && (keys.has("first") || keys.has("second") || keys.has("third"));
      notes.push({
        sheet: view.name,
        area: { top: partial.row, left: Math.min(...cols), bottom: partial.row, right: Math.max(...cols) },
        message: targetsOnly
          ? `工作表“${view.name}”第${partial.row}行是绩效目标表的表头（只有指标值，没有实际完成值、分值和得分），` +
            `不是自评表，未作评分核对`
          : `工作表“${view.name}”第${partial.row}行像表头（${words}），` +
            `但不是绩效自评表、预算执行表或资产负债表的完整表头，这张表没有读入`,
      });
    }
  }

  const first = <K extends TableKind>(kind: K): Tables[K] | null => {
    const all = found.filter((f): f is Found<K> & AnyFound => f.kind === kind);
    const [used, ...others] = all;
    for (const other of others) {
      notes.push({
        sheet: other.sheet,
        area: other.area,
        message:
          `工作表“${other.sheet}”第${other.area.top}行也是一个${TABLE_NAMES[kind]}；` +
          `只使用了第一个（工作表“${used!.sheet}”第${used!.area.top}行），这一个没有读入`,
      });
    }
    return used ? (used.table as Tables[K]) : null;
  };

  const indicators = first("indicators");
  const funds = first("funds");
  const budget = first("budget");
  const balance = first("balance");
  const report = findReport(scans, extents, notes);

  for (const scan of scans) {
    const view = scan.view;
    if (scan.filled === 0 || !view.snapshot.visible) continue;
    if (extents.get(scan)!.length > 0 || reportEvidence(scan, false) !== null) continue;
    if (isFactsSheet(view.name) || scan.labels.length > 0 || scan.partialHeaders.length > 0) continue;
    notes.push({
      sheet: view.name,
      area: null,
      message: `工作表“${view.name}”中没有识别出绩效自评表、预算执行表或资产负债表`,
    });
  }

  return {
    unit: readUnitFacts(scans),
    funds,
    indicators,
    budget,
    balance,
    report,
    notes,
    sheets: scans.map((s) => s.view.name),
  };
}

function findReport(
  scans: readonly SheetScan[],
  extents: ReadonlyMap<SheetScan, readonly { top: number; bottom: number }[]>,
  notes: ReadingNote[],
): Report | null {
  const candidates = new Map<Evidence, SheetScan[]>(EVIDENCE.map((e) => [e, []]));
  for (const scan of scans) {
    const evidence = reportEvidence(scan, extents.get(scan)!.length > 0);
    if (evidence) candidates.get(evidence)!.push(scan);
  }
  const [used, ...others] = EVIDENCE.map((e) => candidates.get(e)!).find((list) => list.length > 0) ?? [];
  if (!used) return null;
  for (const other of others) {
    notes.push({
      sheet: other.view.name,
      area: null,
      message: `工作表“${other.view.name}”也像报告正文；只读入了工作表“${used.view.name}”`,
    });
  }
  return readReport(used.view, extents.get(used)!);
}
