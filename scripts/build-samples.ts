// Builds the sample workbooks of samples/ from samples/data/*.json: one per seed unit, laid out as the unit's
// accountant would have them in Excel (GUIDE §5). Values as typed (no formulas), amounts in 万元 with
// "#,##0.00", rates as fractions with "0.00%".
//
//   npx tsx scripts/build-samples.ts        writes samples/<id>.xlsx for every data file
//
// The output is byte-for-byte deterministic: fixed workbook dates, and the zip entries' DOS timestamps
// (JSZip stamps them with the current time) are rewritten to the sample's fileDate after writing.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not office.js proxies */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

// ---------------------------------------------------------------------------------------------------------
// Data (documented in samples/README.md)

export interface FundsRow {
  项目: string;
  年初预算数: number | null;
  全年预算数: number | null;
  全年执行数: number | null;
  分值: number | null;
  执行率: number | null;
  得分: number | null;
}

export interface IndicatorRow {
  一级指标: string;
  二级指标: string;
  三级指标: string;
  指标性质: string | null;
  年度指标值: number | string | null;
  度量单位: string | null;
  实际完成值: number | string | null;
  分值: number;
  得分: number;
  偏差原因分析及改进措施: string | null;
  stated?: Record<string, string>;
  note?: string;
}

export interface BudgetRow {
  项目名称: string;
  全年预算数: number | null;
  全年执行数: number | null;
  执行率: number | null;
  未执行原因: string | null;
  projectsNamed?: string[];
  note?: string;
}

export interface ThreePublicRow {
  项目: string;
  全年执行数: number | null;
  stated?: string;
}

export interface BalanceItem {
  项目: string;
  年末数: number | null;
  年初数: number | null;
}

export interface FindingPlace {
  sheet: string;
  cell: string;
  /** for report paragraphs: an exact substring of the cell */
  quote?: string;
  what?: string;
  note?: string;
}

export interface ExpectedFinding {
  id: string;
  severity: "error" | "warning";
  /** checker: the automated checker must find it; manual: a reviewer finds it, the checker need not */
  scope: "checker" | "manual";
  rule: string;
  where: FindingPlace[];
  stated: string;
  expected: string;
  computation: string;
  message: string;
  detail: string;
}

export interface SampleData {
  id: string;
  seed: string;
  outline: "自评报告" | "评价报告";
  /** ISO date used for the workbook's created/modified dates and the zip timestamps */
  fileDate: string;
  unit: {
    单位名称: string;
    年度: number;
    机构: { 类别: string; 数量: number; 名单: string[] }[];
    人员: { 项目: string; 人数: number; 说明: string | null }[];
    note?: string;
  };
  funds: { rows: FundsRow[]; note?: string };
  indicators: IndicatorRow[];
  total: { 总分: number; 自评等级: string; note?: string } | null;
  budget: {
    rows: BudgetRow[];
    threePublic: { rows: ThreePublicRow[]; note?: string } | null;
    note?: string;
  };
  balanceSheet: {
    date: string;
    rows: { left: BalanceItem | null; right: BalanceItem | null }[];
    note?: string;
  } | null;
  report: { title: string; paragraphs: string[] };
  expectedFindings: ExpectedFinding[];
  notFindings: { where: string; what: string; why: string }[];
  proofreading: { where: string; text: string; note: string }[];
}

export const SAMPLE_IDS = ["000-honggutan-2022", "002-chenggong-2021"] as const;

export const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "samples");

export function loadSampleData(id: string): SampleData {
  return JSON.parse(readFileSync(join(samplesDir, "data", `${id}.json`), "utf8")) as SampleData;
}

// ---------------------------------------------------------------------------------------------------------
// Sheet names and formats

export const SHEETS = {
  form: "绩效自评表",
  budget: "预算执行情况",
  balance: "资产负债表",
  unit: "单位基本情况",
} as const;

export const FMT = {
  amount: "#,##0.00",
  /** 三公 table: 0.148 (1480 元) stays visible, whole amounts show 2 decimals */
  amountFine: "#,##0.00##",
  rate: "0.00%",
  score: "0.00",
  count: "0",
} as const;

const FONT = "宋体";
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };

type Value = string | number | null | undefined;

function put(ws: ExcelJS.Worksheet, address: string, value: Value, numFmt?: string): ExcelJS.Cell {
  const cell = ws.getCell(address);
  if (value !== null && value !== undefined) cell.value = value;
  if (numFmt && typeof value === "number") cell.numFmt = numFmt;
  return cell;
}

function col(n: number): string {
  return String.fromCharCode(64 + n); // A..Z is enough here
}

/** Borders and font over a rectangular block; header rows also get bold, fill and centring. */
function frame(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 11 };
      const numeric = typeof cell.value === "number";
      cell.alignment = { vertical: "middle", horizontal: numeric ? "right" : "left", wrapText: true };
    }
  }
}

function header(ws: ExcelJS.Worksheet, row: number, left: number, right: number): void {
  for (let c = left; c <= right; c++) {
    const cell = ws.getCell(row, c);
    cell.border = BORDER;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  }
}

function title(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(":")[0]!);
  cell.value = text;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { vertical: "middle", horizontal: "center" };
  ws.getRow(cell.row as unknown as number).height = 30;
}

function note(ws: ExcelJS.Worksheet, range: string, text: string, horizontal: "left" | "right" = "right"): void {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(":")[0]!);
  cell.value = text;
  cell.font = { name: FONT, size: 11 };
  cell.alignment = { vertical: "middle", horizontal };
}

/** Row height for wrapped text: ~1 CJK character per 2 width units, 15 points a line. */
function fitHeight(ws: ExcelJS.Worksheet, row: number, text: string | null, width: number): void {
  if (!text) return;
  const perLine = Math.max(1, Math.floor(width / 2));
  const lines = Math.ceil([...text].length / perLine);
  if (lines > 1) ws.getRow(row).height = Math.min(409, lines * 15 + 3);
}

// ---------------------------------------------------------------------------------------------------------
// 绩效自评表: funds block (rows 4-8) then indicators block (header row 9)

export const FORM = {
  fundsHeaderRow: 4,
  indicatorsHeaderRow: 9,
  fundsColumns: ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] as const,
  indicatorColumns: [
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
  ] as const,
};

const FUNDS_FORMAT: Record<(typeof FORM.fundsColumns)[number], string> = {
  年初预算数: FMT.amount,
  全年预算数: FMT.amount,
  全年执行数: FMT.amount,
  分值: FMT.score,
  执行率: FMT.rate,
  得分: FMT.score,
};

function buildForm(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet(SHEETS.form, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [12, 14, 24, 10, 16, 12, 14, 10, 10, 44];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  title(ws, "A1:J1", `${data.unit.年度}年度部门整体支出绩效自评表`);
  note(ws, "A2:J2", "单位：万元");
  put(ws, "A3", "单位名称");
  ws.mergeCells("B3:J3");
  put(ws, "B3", data.unit.单位名称);
  frame(ws, 3, 1, 3, 10);
  ws.getCell("A3").font = { name: FONT, size: 11, bold: true };

  // Funds block: label in A:D, the six columns in E:J.
  const h = FORM.fundsHeaderRow;
  ws.mergeCells(`A${h}:D${h}`);
  put(ws, `A${h}`, "年度预算资金");
  FORM.fundsColumns.forEach((name, i) => put(ws, `${col(5 + i)}${h}`, name));
  header(ws, h, 1, 10);
  data.funds.rows.forEach((row, i) => {
    const r = h + 1 + i;
    ws.mergeCells(`A${r}:D${r}`);
    put(ws, `A${r}`, row.项目);
    FORM.fundsColumns.forEach((name, j) => put(ws, `${col(5 + j)}${r}`, row[name], FUNDS_FORMAT[name]));
    frame(ws, r, 1, r, 10);
  });

  // Indicators block.
  const ih = FORM.indicatorsHeaderRow;
  FORM.indicatorColumns.forEach((name, i) => put(ws, `${col(1 + i)}${ih}`, name));
  header(ws, ih, 1, 10);
  const first = ih + 1;
  data.indicators.forEach((row, i) => {
    const r = first + i;
    FORM.indicatorColumns.forEach((name, j) => {
      const format = name === "分值" || name === "得分" ? FMT.score : undefined;
      put(ws, `${col(1 + j)}${r}`, row[name], format);
    });
    frame(ws, r, 1, r, 10);
    for (const c of [4, 6]) ws.getCell(r, c).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    fitHeight(ws, r, row.偏差原因分析及改进措施, widths[9]!);
  });
  // 一级 and 二级 merged vertically over their runs.
  for (const [key, c] of [
    ["一级指标", 1],
    ["二级指标", 2],
  ] as const) {
    let start = 0;
    for (let i = 1; i <= data.indicators.length; i++) {
      const same =
        i < data.indicators.length &&
        data.indicators[i]![key] === data.indicators[start]![key] &&
        (key === "一级指标" || data.indicators[i]!.一级指标 === data.indicators[start]!.一级指标);
      if (same) continue;
      if (i - 1 > start) ws.mergeCells(first + start, c, first + i - 1, c);
      ws.getCell(first + start, c).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      start = i;
    }
  }

  if (data.total) {
    const r = first + data.indicators.length;
    for (const [i, [label, value]] of (
      [
        ["总分", data.total.总分],
        ["自评等级", data.total.自评等级],
      ] as const
    ).entries()) {
      ws.mergeCells(`A${r + i}:G${r + i}`);
      put(ws, `A${r + i}`, label);
      put(ws, `I${r + i}`, value, FMT.score);
      frame(ws, r + i, 1, r + i, 10);
      ws.getCell(`A${r + i}`).font = { name: FONT, size: 11, bold: true };
      ws.getCell(`A${r + i}`).alignment = { vertical: "middle", horizontal: "center" };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// 预算执行情况: 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 未执行原因 (header row 3), then the “三公” table

export const BUDGET = {
  headerRow: 3,
  columns: ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"] as const,
};

function buildBudget(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet(SHEETS.budget);
  const widths = [26, 14, 14, 10, 80];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  title(ws, "A1:E1", `${data.unit.单位名称}${data.unit.年度}年度预算执行情况表`);
  note(ws, "A2:E2", "单位：万元");
  BUDGET.columns.forEach((name, i) => put(ws, `${col(1 + i)}${BUDGET.headerRow}`, name));
  header(ws, BUDGET.headerRow, 1, 5);
  let r = BUDGET.headerRow + 1;
  for (const row of data.budget.rows) {
    put(ws, `A${r}`, row.项目名称);
    put(ws, `B${r}`, row.全年预算数, FMT.amount);
    put(ws, `C${r}`, row.全年执行数, FMT.amount);
    put(ws, `D${r}`, row.执行率, FMT.rate);
    put(ws, `E${r}`, row.未执行原因);
    frame(ws, r, 1, r, 5);
    if (row.项目名称 === "合计") ws.getCell(`A${r}`).font = { name: FONT, size: 11, bold: true };
    fitHeight(ws, r, row.未执行原因, widths[4]!);
    r++;
  }
  const tp = data.budget.threePublic;
  if (tp) {
    r++;
    note(ws, `A${r}:E${r}`, "“三公”经费支出情况（单位：万元）", "left");
    ws.getCell(`A${r}`).font = { name: FONT, size: 12, bold: true };
    r++;
    put(ws, `A${r}`, "项目");
    put(ws, `B${r}`, "全年执行数");
    header(ws, r, 1, 2);
    r++;
    for (const row of tp.rows) {
      put(ws, `A${r}`, row.项目);
      put(ws, `B${r}`, row.全年执行数, FMT.amountFine);
      frame(ws, r, 1, r, 2);
      r++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// 资产负债表 (会政财01表), two-sided (header row 4)

export const BALANCE = {
  headerRow: 4,
  columns: ["资产部类", "年末数", "年初数", "负债和净资产部类", "年末数", "年初数"] as const,
};

function buildBalance(wb: ExcelJS.Workbook, data: SampleData): void {
  const bs = data.balanceSheet;
  if (!bs) return;
  const ws = wb.addWorksheet(SHEETS.balance);
  [26, 14, 14, 26, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  title(ws, "A1:F1", "资产负债表");
  note(ws, "A2:F2", "会政财01表");
  note(ws, "A3:B3", `编制单位：${data.unit.单位名称}`, "left");
  note(ws, "C3:D3", bs.date, "left");
  ws.getCell("C3").alignment = { vertical: "middle", horizontal: "center" };
  note(ws, "E3:F3", "单位：万元");
  BALANCE.columns.forEach((name, i) => put(ws, `${col(1 + i)}${BALANCE.headerRow}`, name));
  header(ws, BALANCE.headerRow, 1, 6);
  bs.rows.forEach((row, i) => {
    const r = BALANCE.headerRow + 1 + i;
    for (const [side, c] of [
      [row.left, 1],
      [row.right, 4],
    ] as const) {
      if (!side) continue;
      put(ws, `${col(c)}${r}`, side.项目);
      put(ws, `${col(c + 1)}${r}`, side.年末数, FMT.amount);
      put(ws, `${col(c + 2)}${r}`, side.年初数, FMT.amount);
    }
    frame(ws, r, 1, r, 6);
    for (const c of [1, 4]) {
      const v = ws.getCell(r, c).value;
      if (typeof v === "string" && /总计|合计/.test(v)) ws.getCell(r, c).font = { name: FONT, size: 11, bold: true };
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// 单位基本情况: 项目 | 内容 | 说明, then the list of organs

function buildUnit(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet(SHEETS.unit);
  [32, 40, 44].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  title(ws, "A1:C1", "单位基本情况");
  ["项目", "内容", "说明"].forEach((name, i) => put(ws, `${col(1 + i)}2`, name));
  header(ws, 2, 1, 3);
  const facts: [string, Value, string | null, string?][] = [
    ["单位名称", data.unit.单位名称, null],
    ["年度", data.unit.年度, null],
    ...data.unit.机构.map((g): [string, Value, string | null, string] => [`${g.类别}数`, g.数量, null, FMT.count]),
    ...data.unit.人员.map((p): [string, Value, string | null, string] => [p.项目, p.人数, p.说明, FMT.count]),
  ];
  let r = 3;
  for (const [label, value, remark, format] of facts) {
    put(ws, `A${r}`, label);
    put(ws, `B${r}`, value, format);
    put(ws, `C${r}`, remark);
    frame(ws, r, 1, r, 3);
    ws.getCell(`B${r}`).alignment = { vertical: "middle", horizontal: "left", wrapText: true };
    r++;
  }
  r++;
  ["序号", "机构名称", "类别"].forEach((name, i) => put(ws, `${col(1 + i)}${r}`, name));
  header(ws, r, 1, 3);
  r++;
  let n = 1;
  for (const g of data.unit.机构) {
    for (const name of g.名单) {
      put(ws, `A${r}`, n++, FMT.count);
      put(ws, `B${r}`, name);
      put(ws, `C${r}`, g.类别);
      frame(ws, r, 1, r, 3);
      ws.getCell(`A${r}`).alignment = { vertical: "middle", horizontal: "center" };
      r++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// 自评报告 / 评价报告: one paragraph per row in column A

function buildReport(wb: ExcelJS.Workbook, data: SampleData): void {
  const ws = wb.addWorksheet(data.report.title);
  const width = 110;
  ws.getColumn(1).width = width;
  data.report.paragraphs.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { vertical: "top", wrapText: true };
    fitHeight(ws, i + 1, text, width);
  });
}

// ---------------------------------------------------------------------------------------------------------

/** Rewrites the DOS date/time of every zip entry (local and central headers) to `date`. */
export function normalizeZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file: no end of central directory");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

export async function buildSampleWorkbook(data: SampleData): Promise<Buffer> {
  const date = new Date(data.fileDate);
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao scripts/build-samples.ts";
  wb.lastModifiedBy = "jixiao scripts/build-samples.ts";
  wb.created = date;
  wb.modified = date;
  wb.title = `${data.unit.单位名称}${data.unit.年度}年度部门整体支出绩效自评`;
  buildForm(wb, data);
  buildBudget(wb, data);
  buildBalance(wb, data);
  buildUnit(wb, data);
  buildReport(wb, data);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeZipDates(raw, date);
}

export function samplePath(id: string): string {
  return join(samplesDir, `${id}.xlsx`);
}

async function main(): Promise<void> {
  for (const id of SAMPLE_IDS) {
    const buffer = await buildSampleWorkbook(loadSampleData(id));
    writeFileSync(samplePath(id), buffer);
    const sha = createHash("sha256").update(buffer).digest("hex");
    console.log(`samples/${id}.xlsx  ${buffer.length} bytes  sha256 ${sha}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
