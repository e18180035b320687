// Columns mapped by hand (src/core/model/column-map.ts, column-candidates.ts): a table whose headers the reader
// does not know is not read; with a mapping in the workbook's settings it is read with the right cells, as if
// its headers had been recognised, and the checker's rules work on it. The setting read leniently (what cannot
// be used is a reading note, the rest applies), written without losing other entries, the candidates offered
// with their guesses, and the same model from an .xlsx file with the settings sheet as from the snapshot.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../src/core/checks/run";
import { rule as scoreAboveWeight } from "../src/core/checks/rules/score-above-weight";
import { guessColumns, mappingCandidates } from "../src/core/model/column-candidates";
import {
  COLUMNS_SETTING,
  mappingProblems,
  readColumnMap,
  withColumnMap,
  withoutColumnMap,
  type ColumnMapping,
} from "../src/core/model/column-map";
import { readModel } from "../src/core/model/read";
import type { CellValue, WorkbookSnapshot } from "../src/core/model/snapshot";
import type { FigureCell } from "../src/core/model/types";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { sampleSnapshot } from "./helpers/sample-snapshot";
import { sheet, workbook } from "./helpers/workbook";

const SHEET = "绩效自评表";

/** An indicator table in a unit's own words: 考核内容 | 目标 | 完成情况 | 权重 | 评分, header in row 3. */
const ROWS: CellValue[][] = [
  ["2023年度项目支出绩效自评表"],
  ["单位：万元"],
  ["考核内容", "目标", "完成情况", "权重", "评分"],
  ["采购应急处突装备", "1批", "1批", 10, 10],
  ["化解矛盾纠纷案件", "≥2000件", "2100件", 20, 25],
  ["群众满意度", "≥90%", "95%", 20, 20],
  ["总分", null, null, null, 55],
];

const MAPPING: ColumnMapping = {
  sheet: SHEET,
  headerRow: 3,
  table: "indicators",
  columns: { third: 1, target: 2, actual: 3, weight: 4, score: 5 },
};

const book = (settings: Record<string, string> = {}): WorkbookSnapshot =>
  workbook([sheet(SHEET, ROWS, { merges: ["A1:E1"] })], settings);
const own = (rows: CellValue[][], settings: Record<string, string> = {}): WorkbookSnapshot =>
  workbook([sheet(SHEET, rows)], settings);

const mapped = (...mappings: unknown[]): Record<string, string> => ({ [COLUMNS_SETTING]: JSON.stringify(mappings) });

const a1 = (cell: { ref: { row: number; col: number } } | null | undefined): string =>
  cell ? `${String.fromCharCode(64 + cell.ref.col)}${cell.ref.row}` : "-";
const num = (cell: FigureCell | null | undefined): number | null =>
  cell?.figure.kind === "number" ? cell.figure.value : null;

describe("a table whose headers are not recognised", () => {
  it("is not read, and the reader says so", () => {
    const m = readModel(book());
    expect(m.indicators).toBeNull();
    // 权重 and 评分 are header words of other templates, the others are not: a partial header, noted as such.
    expect(m.notes.map((n) => n.message)).toContain(
      "工作表“绩效自评表”第3行像表头（“权重”、“评分”），但不是绩效自评表、预算执行表或资产负债表的完整表头，这张表没有读入",
    );
  });

  it("is read with the right cells once its columns are mapped", () => {
    const m = readModel(book(mapped(MAPPING)));
    const t = m.indicators!;
    expect(t).toMatchObject({ sheet: SHEET, headerRow: 3, columns: MAPPING.columns });
    expect(t.rows.map((r) => [r.row, r.third?.text, a1(r.target), a1(r.actual), num(r.weight), num(r.score)])).toEqual([
      [4, "采购应急处突装备", "B4", "C4", 10, 10],
      [5, "化解矛盾纠纷案件", "B5", "C5", 20, 25],
      [6, "群众满意度", "B6", "C6", 20, 20],
    ]);
    expect(t.rows[1]!.target?.target).toMatchObject({ op: "≥", value: 2000 });
    expect(t.rows.map((r) => [r.first, r.second, r.nature, r.unit, r.reason])).toEqual(
      t.rows.map(() => [null, null, null, null, null]),
    );
    expect([a1(t.total), num(t.total)]).toEqual(["E7", 55]);
    expect(m.notes).toEqual([]);
  });

  it("then goes through the checker: a score above its weight is found at its cell", () => {
    const m = readModel(book(mapped(MAPPING)));
    const findings = scoreAboveWeight.check(m, { profile: DEFAULT_PROFILE });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "score-above-weight",
      sheet: SHEET,
      cell: "D5:E5",
      expected: 20,
      actual: 25,
      fix: { writes: [{ sheet: SHEET, row: 5, col: 5, value: 20, expected: 25 }] },
    });
    const all = runChecks(m, DEFAULT_PROFILE, [scoreAboveWeight]);
    expect(all.map((f) => f.cell)).toEqual(["D5:E5"]);
  });

  it("is read the same wherever the mapping's columns come from: numbers, strings or letters", () => {
    const letters = { ...MAPPING, columns: { third: "A", target: "b", actual: "3", weight: 4, score: "E" } };
    expect(readModel(book(mapped(letters)))).toEqual(readModel(book(mapped(MAPPING))));
  });

  it("a mapping overrides the header words of a row the reader recognised", () => {
    // The reader takes 年度指标值 (B) as the target and misses 评分: the mapping says the score is in F.
    const rows: CellValue[][] = [
      ["三级指标", "年度指标值", "实际完成值", "分值", "得分(旧)", "评分"],
      ["采购装备", "1批", "1批", 10, 0, 9],
    ];
    expect(readModel(own(rows)).indicators?.columns).toMatchObject({ third: 1, weight: 4, score: 5 });
    const mapping = { ...MAPPING, headerRow: 1, columns: { third: 1, target: 2, actual: 3, weight: 4, score: 6 } };
    const t = readModel(own(rows, mapped(mapping))).indicators!;
    expect(t.columns).toEqual(mapping.columns);
    expect(num(t.rows[0]!.score)).toBe(9);
  });

  it("maps a budget table, taking the unit and the percent from the mapped headers' hints", () => {
    const rows: CellValue[][] = [
      ["支出内容", "预算安排（万元）", "实际支出", "完成率(%)", "说明"],
      ["基本支出", 100, 90, 90, null],
      ["合计", 100, 90, 90, null],
    ];
    const mapping = {
      sheet: "预算",
      headerRow: 1,
      table: "budget",
      columns: { name: 1, budget: 2, executed: 3, rate: 4, reason: 5 },
    };
    const snapshot = workbook([sheet("预算", rows)], mapped(mapping));
    const b = readModel(snapshot).budget!;
    expect(b.rows.map((r) => [r.kind, r.name.text, num(r.budget), num(r.executed)])).toEqual([
      ["basic", "基本支出", 100, 90],
      ["total", "合计", 100, 90],
    ]);
    expect(b.unit).toMatchObject({ unit: { kind: "money", text: "万元" }, ref: { row: 1, col: 2 } });
    expect(b.percentHeader).toEqual({ sheet: "预算", row: 1, col: 4 });
  });

  it("maps the two-sided balance sheet, the right half from its own columns", () => {
    const rows: CellValue[][] = [
      ["资产项目", "期初", "期末", "负债及净资产项目", "期初", "期末"],
      ["资产总计", 90, 100, "负债合计", 10, 20],
    ];
    const mapping = {
      sheet: "资产负债",
      headerRow: 1,
      table: "balance",
      columns: { assets: 1, begin: 2, end: 3, liabilities: 4, liabilitiesBegin: 5, liabilitiesEnd: 6 },
    };
    const items = readModel(workbook([sheet("资产负债", rows)], mapped(mapping))).balance!.items;
    expect(items.map((i) => [i.side, i.key, a1(i.end), num(i.end), a1(i.begin)])).toEqual([
      ["assets", "totalAssets", "C2", 100, "B2"],
      ["liabilitiesAndNetAssets", "totalLiabilities", "F2", 20, "E2"],
    ]);
  });
});

describe("the setting, read leniently", () => {
  const usable = readModel(book(mapped(MAPPING)));

  it("not JSON: one note, nothing mapped, the rest of the model as without it", () => {
    const m = readModel(book({ [COLUMNS_SETTING]: "[{sheet: 绩效自评表" }));
    const plain = readModel(book());
    expect(m.notes[0]).toEqual({
      sheet: "",
      area: null,
      message: "工作簿中保存的列对应无法读取（不是有效的 JSON），没有使用",
    });
    expect({ ...m, notes: m.notes.slice(1) }).toEqual(plain);
  });

  it("a single mapping not in a list is read as a list of one", () => {
    expect(readModel(book({ [COLUMNS_SETTING]: JSON.stringify(MAPPING) })).indicators).toEqual(usable.indicators);
  });

  it("broken entries are named and left out; the usable one still applies", () => {
    const m = readModel(
      book(
        mapped(
          "x",
          { headerRow: 3, table: "indicators", columns: {} },
          { sheet: SHEET, headerRow: "第三行", table: "indicators", columns: {} },
          { sheet: SHEET, headerRow: 9, table: "indicator", columns: {} },
          { sheet: SHEET, headerRow: 9, table: "budget" },
          { sheet: SHEET, headerRow: 10, table: "indicators", columns: { third: 1, target: 2, weight: 4, score: 4 } },
          { ...MAPPING, columns: { ...MAPPING.columns, bogus: 7, reason: "第六列" } },
          { ...MAPPING, table: "budget", columns: { name: 1, budget: 2, executed: 3 } },
          { ...MAPPING, sheet: "没有这张表" },
          { ...MAPPING, headerRow: 12 },
        ),
      ),
    );
    expect(m.indicators).toEqual(usable.indicators);
    expect(m.notes.map((n) => n.message)).toEqual([
      "工作簿中保存的第1项列对应无法读取（不是一项对应），没有使用",
      "工作簿中保存的第2项列对应没有写明工作表，没有使用",
      "工作簿中保存的第3项列对应（工作表“绩效自评表”）的表头行不是行号，没有使用",
      "工作表“绩效自评表”第9行的列对应所写的表格“indicator”不是绩效指标表、预算资金表（年度资金总额）、预算执行表、资产负债表之一，没有使用",
      "工作表“绩效自评表”第9行的列对应没有写明各列，没有使用",
      "工作表“绩效自评表”第10行的列对应不完整（没有对应“实际完成值”；“分值”、“得分”都对应了 D 列），没有使用",
      "工作表“绩效自评表”第3行的列对应中的“bogus”不是绩效指标表的列，已忽略",
      "工作表“绩效自评表”第3行的列对应中“偏差原因分析及改进措施”的列“第六列”不是列号，已忽略",
      "工作表“绩效自评表”第3行的列对应保存了不止一项，只使用了第一项",
      "工作表“没有这张表”第3行的列对应没有使用：工作簿中没有这张工作表",
      "工作表“绩效自评表”第12行的列对应没有使用：这一行所对应的列中没有表头文字（可能插入或删除了行），请重新对应",
    ]);
    expect(m.notes[5]).toMatchObject({ sheet: SHEET, area: { top: 10, bottom: 10 } });
  });

  it("checks a mapping: required fields, a column twice, the right half without its label column", () => {
    expect(mappingProblems(MAPPING)).toEqual([]);
    expect(mappingProblems({ table: "indicators", columns: { third: 1, target: 2, weight: 3, score: 3 } })).toEqual([
      { kind: "missing", field: "actual" },
      { kind: "twice", fields: ["weight", "score"], col: 3 },
    ]);
    expect(mappingProblems({ table: "balance", columns: { assets: 1, end: 2, liabilitiesEnd: 4 } })).toEqual([
      { kind: "needs", field: "liabilitiesEnd", needs: "liabilities" },
    ]);
  });
});

describe("writing the setting", () => {
  it("adds a mapping, keeps the other settings and entries (broken ones too), replaces the same row", () => {
    const broken = { sheet: "旧表", headerRow: "x" };
    const other = { ...MAPPING, sheet: "另一张", headerRow: 5 };
    const settings = { profile: '"national"', ...mapped(broken, other, { ...MAPPING, table: "budget" }) };
    const next = withColumnMap(settings, MAPPING);
    expect(next.profile).toBe('"national"');
    expect(JSON.parse(next[COLUMNS_SETTING]!)).toEqual([broken, other, MAPPING]);
    expect(readColumnMap(next).mappings).toEqual([other, MAPPING]);
  });

  it("stores the columns in the order of the form", () => {
    const shuffled = { ...MAPPING, columns: { score: 5, third: 1, weight: 4, actual: 3, target: 2 } };
    expect(withColumnMap({}, shuffled)[COLUMNS_SETTING]).toBe(
      '[{"sheet":"绩效自评表","headerRow":3,"table":"indicators",' +
        '"columns":{"third":1,"target":2,"actual":3,"weight":4,"score":5}}]',
    );
  });

  it("replaces a setting that is not JSON at all", () => {
    expect(JSON.parse(withColumnMap({ [COLUMNS_SETTING]: "{oops" }, MAPPING)[COLUMNS_SETTING]!)).toEqual([MAPPING]);
  });

  it("removes a mapping, and the key with the last one", () => {
    const other = { ...MAPPING, headerRow: 20 };
    const settings = { profile: '"national"', ...mapped(MAPPING, other) };
    expect(JSON.parse(withoutColumnMap(settings, SHEET, 3)[COLUMNS_SETTING]!)).toEqual([other]);
    expect(withoutColumnMap(withoutColumnMap(settings, SHEET, 3), SHEET, 20)).toEqual({ profile: '"national"' });
  });
});

describe("the candidates", () => {
  it("offers the unrecognised header row, with its cells, its likely table and a guessed mapping", () => {
    expect(mappingCandidates(book())).toEqual([
      {
        sheet: SHEET,
        headerRow: 3,
        cells: [
          { col: 1, text: "考核内容" },
          { col: 2, text: "目标" },
          { col: 3, text: "完成情况" },
          { col: 4, text: "权重" },
          { col: 5, text: "评分" },
        ],
        table: "indicators",
        guess: MAPPING.columns,
        reason: "partial",
        missing: [],
      },
    ]);
  });

  it("offers nothing once the row is mapped", () => {
    expect(mappingCandidates(book(mapped(MAPPING)))).toEqual([]);
  });

  it("offers the rows the reader notes as partial headers, guessing what it can", () => {
    const snapshot = workbook([
      sheet("三公", [
        ["项目", "全年执行数"],
        ["公务接待费", 1.2],
      ]),
    ]);
    expect(readModel(snapshot).notes.map((n) => n.message)).toEqual([
      "工作表“三公”第1行像表头（“项目”、“全年执行数”），但不是绩效自评表、预算执行表或资产负债表的完整表头，这张表没有读入",
    ]);
    expect(mappingCandidates(snapshot)).toEqual([
      expect.objectContaining({
        sheet: "三公",
        headerRow: 1,
        table: "budget",
        guess: { name: 1, executed: 2 },
        reason: "partial",
        missing: ["budget"],
      }),
    ]);
  });

  it("offers a recognised indicator table without the columns it needs, the recognised ones kept", () => {
    const rows: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "目标", "完成情况", "权重", "评分"],
      ["产出指标", "数量指标", "采购装备", "1批", "1批", 10, 10],
    ];
    const [c] = mappingCandidates(own(rows));
    expect(c).toMatchObject({
      headerRow: 1,
      table: "indicators",
      reason: "incomplete",
      guess: { first: 1, second: 2, third: 3, target: 4, actual: 5, weight: 6, score: 7 },
    });
  });

  it("guesses for another table when asked", () => {
    const cells = [
      { col: 2, text: "资产" },
      { col: 3, text: "期末数" },
      { col: 4, text: "年初余额" },
      { col: 5, text: "负债" },
      { col: 6, text: "期末" },
      { col: 7, text: "期初" },
    ];
    expect(guessColumns(cells, "balance")).toEqual({
      assets: 2,
      end: 3,
      begin: 4,
      liabilities: 5,
      liabilitiesEnd: 6,
      liabilitiesBegin: 7,
    });
  });

  it("offers nothing on the seed workbooks' recognised tables, nor on rows of text without figures", async () => {
    expect(mappingCandidates(await sampleSnapshot("000-honggutan-2022"))).toEqual([]);
    const seed002 = mappingCandidates(await sampleSnapshot("002-chenggong-2021"));
    expect(seed002.map((c) => [c.sheet, c.headerRow, c.reason, c.cells.map((x) => x.text).join("|")])).toEqual([
      ["预算执行情况", 7, "partial", "项目|全年执行数"], // the “三公” table the reader notes
    ]);
    const text = workbook([
      sheet("说明", [
        ["考核内容", "目标", "完成情况", "考核结果", "说明"],
        ["见附件", "见附件", "见附件", "见附件", "见附件"],
      ]),
    ]);
    expect(mappingCandidates(text)).toEqual([]);
  });
});

describe("both adapters give the same model", () => {
  it("an .xlsx file with the mapping in its settings sheet reads as the snapshot does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ROWS.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    ws.mergeCells("A1:E1");
    const plain = new Uint8Array(await wb.xlsx.writeBuffer());
    const settings = withColumnMap({ profile: '"national"' }, MAPPING);
    const { bytes } = await applyXlsxWrites(plain, [], settings);
    const snapshot = await readXlsx(bytes);
    expect(snapshot.settings).toEqual(settings);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([SHEET]);
    const fromFile = readModel(snapshot);
    expect(fromFile.indicators?.rows).toHaveLength(3);
    expect(fromFile).toEqual(readModel(book(settings)));
    expect(mappingCandidates(await readXlsx(plain))).toEqual(mappingCandidates(book()));
  });
});
