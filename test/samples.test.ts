// The sample workbooks of samples/ (fixtures of the checker, bundled sample of the preview): built from
// samples/data/*.json by scripts/build-samples.ts. Checks that the cells hold the data, that the layout is
// the one the findings refer to, and that the committed .xlsx files are up to date.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not office.js proxies */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BALANCE,
  BUDGET,
  FMT,
  FORM,
  SAMPLE_IDS,
  SHEETS,
  buildSampleWorkbook,
  loadSampleData,
  samplePath,
  type SampleData,
} from "../scripts/build-samples";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Every non-empty cell of a workbook as "sheet!A1" → value (merged non-master cells left out). */
function dump(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        out[`${ws.name}!${cell.address}`] = cell.value;
      }),
    );
    out[`${ws.name}!merges`] = [...ws.model.merges].sort();
  }
  return out;
}

const cents = (x: number | null | undefined): number => Math.round((x ?? 0) * 100);

/** Indicator-block merges (rows from the indicators header down), as the layout intends them. */
const INDICATOR_MERGES: Record<(typeof SAMPLE_IDS)[number], string[]> = {
  "000-honggutan-2022": ["A10:A14", "A15:A16", "A18:G18", "A19:G19", "B10:B11", "B12:B13"],
  "002-chenggong-2021": [],
};

describe.each(SAMPLE_IDS)("sample %s", (id) => {
  let data: SampleData;
  let buffer: Buffer;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    data = loadSampleData(id);
    buffer = await buildSampleWorkbook(data);
    wb = await load(buffer);
  });

  it("has the sheets of a unit's file, the report sheet named after its outline", () => {
    const expected = [SHEETS.form, SHEETS.budget, ...(data.balanceSheet ? [SHEETS.balance] : []), SHEETS.unit];
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...expected, data.outline]);
    expect(data.report.title).toBe(data.outline);
  });

  it("绩效自评表: title, unit line, 单位名称 and the funds block hold the data", () => {
    const ws = sheet(wb, SHEETS.form);
    expect(ws.getCell("A1").value).toBe(`${data.unit.年度}年度部门整体支出绩效自评表`);
    expect(ws.model.merges).toContain("A1:J1");
    expect(ws.getCell("A2").value).toBe("单位：万元");
    expect(ws.getCell("B3").value).toBe(data.unit.单位名称);
    const h = FORM.fundsHeaderRow;
    FORM.fundsColumns.forEach((name, j) => expect(ws.getCell(h, 5 + j).value).toBe(name));
    expect(data.funds.rows.map((r) => r.项目)).toEqual(["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"]);
    data.funds.rows.forEach((row, i) => {
      const r = h + 1 + i;
      expect(ws.getCell(r, 1).value).toBe(row.项目);
      FORM.fundsColumns.forEach((name, j) => {
        const cell = ws.getCell(r, 5 + j);
        expect(cell.value, `${cell.address} ${row.项目} ${name}`).toBe(row[name]);
        if (row[name] !== null) {
          expect(cell.numFmt).toBe(name === "执行率" ? FMT.rate : name.endsWith("数") ? FMT.amount : FMT.score);
        }
      });
    });
  });

  it("绩效自评表: the indicators block holds the data, 一级/二级 merged vertically, 总分 and 等级", () => {
    const ws = sheet(wb, SHEETS.form);
    const ih = FORM.indicatorsHeaderRow;
    FORM.indicatorColumns.forEach((name, j) => expect(ws.getCell(ih, 1 + j).value).toBe(name));
    data.indicators.forEach((row, i) => {
      FORM.indicatorColumns.forEach((name, j) => {
        const cell = ws.getCell(ih + 1 + i, 1 + j);
        expect(cell.value ?? null, `${cell.address} ${row.三级指标} ${name}`).toBe(row[name]);
      });
    });
    const merges = ws.model.merges.filter((m) => Number(/\d+/.exec(m)![0]) >= ih).sort();
    expect(merges).toEqual(INDICATOR_MERGES[id]);
    const after = ih + 1 + data.indicators.length;
    if (data.total) {
      expect(ws.getCell(after, 1).value).toBe("总分");
      expect(ws.getCell(after, 9).value).toBe(data.total.总分);
      expect(ws.getCell(after + 1, 1).value).toBe("自评等级");
      expect(ws.getCell(after + 1, 9).value).toBe(data.total.自评等级);
    } else {
      expect(ws.rowCount).toBe(ih);
    }
  });

  it("预算执行情况: rows, rates as fractions, the “三公” table", () => {
    const ws = sheet(wb, SHEETS.budget);
    expect(ws.getCell("A2").value).toBe("单位：万元");
    BUDGET.columns.forEach((name, j) => expect(ws.getCell(BUDGET.headerRow, 1 + j).value).toBe(name));
    data.budget.rows.forEach((row, i) => {
      const r = BUDGET.headerRow + 1 + i;
      expect(ws.getCell(r, 1).value).toBe(row.项目名称);
      expect(ws.getCell(r, 2).value).toBe(row.全年预算数);
      expect(ws.getCell(r, 3).value).toBe(row.全年执行数);
      expect(ws.getCell(r, 4).value).toBe(row.执行率);
      expect(ws.getCell(r, 4).numFmt).toBe(FMT.rate);
      expect(ws.getCell(r, 5).value ?? null).toBe(row.未执行原因);
    });
    const tp = data.budget.threePublic;
    if (tp) {
      const start = BUDGET.headerRow + data.budget.rows.length + 4;
      expect(ws.getCell(start - 2, 1).value).toBe("“三公”经费支出情况（单位：万元）");
      tp.rows.forEach((row, i) => {
        expect(ws.getCell(start + i, 1).value).toBe(row.项目);
        expect(ws.getCell(start + i, 2).value).toBe(row.全年执行数);
      });
    }
  });

  it("资产负债表: the two-sided layout with 年末数 and blank 年初数", () => {
    const ws = wb.getWorksheet(SHEETS.balance);
    if (!data.balanceSheet) {
      expect(ws).toBeUndefined();
      return;
    }
    expect(ws).toBeDefined();
    BALANCE.columns.forEach((name, j) => expect(ws!.getCell(BALANCE.headerRow, 1 + j).value).toBe(name));
    expect(ws!.getCell("C3").value).toBe(data.balanceSheet.date);
    data.balanceSheet.rows.forEach((row, i) => {
      const r = BALANCE.headerRow + 1 + i;
      for (const [side, c] of [
        [row.left, 1],
        [row.right, 4],
      ] as const) {
        expect(ws!.getCell(r, c).value ?? null).toBe(side?.项目 ?? null);
        expect(ws!.getCell(r, c + 1).value ?? null).toBe(side?.年末数 ?? null);
        expect(ws!.getCell(r, c + 2).value ?? null).toBe(side?.年初数 ?? null);
        if (side?.年末数 != null) expect(ws!.getCell(r, c + 1).numFmt).toBe(FMT.amount);
      }
    });
  });

  it("单位基本情况: name, year, organ counts and the list", () => {
    const ws = sheet(wb, SHEETS.unit);
    expect(ws.getCell("B3").value).toBe(data.unit.单位名称);
    expect(ws.getCell("B4").value).toBe(data.unit.年度);
    const listed: string[] = [];
    ws.eachRow((row) => {
      const kind = row.getCell(3).value;
      if (typeof row.getCell(1).value === "number" && typeof kind === "string")
        listed.push(`${kind}/${row.getCell(2).value}`);
    });
    expect(listed).toEqual(data.unit.机构.flatMap((g) => g.名单.map((n) => `${g.类别}/${n}`)));
    for (const g of data.unit.机构) expect(g.名单.length).toBe(g.数量);
  });

  it("report sheet: one paragraph per row in column A, verbatim", () => {
    const ws = sheet(wb, data.outline);
    const ps = data.report.paragraphs;
    expect(ws.rowCount).toBe(ps.length);
    expect(ws.getCell("A1").value).toBe(ps[0]);
    expect(ws.getCell(ps.length, 1).value).toBe(ps[ps.length - 1]);
    ps.forEach((p, i) => expect(ws.getCell(i + 1, 1).value).toBe(p));
    for (const p of ps) expect(p).not.toMatch(/\[bookmark:/);
  });

  it("values as typed: no formulas, no numbers stored as text in the tables", () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (ws.name !== data.outline && typeof cell.value === "string") {
            expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^\s*[\d,.]+%?\s*$/);
          }
        }),
      );
    }
  });

  it("the findings point at cells that exist and quote their paragraphs exactly", () => {
    const ids = data.expectedFindings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of data.expectedFindings) {
      expect(["error", "warning"]).toContain(f.severity);
      expect(["checker", "manual"]).toContain(f.scope);
      for (const w of f.where) {
        const ws = sheet(wb, w.sheet);
        const [first] = w.cell.split(":");
        const cell = ws.getCell(first!);
        expect(cell.row, `${f.id} ${w.sheet}!${w.cell}`).toBeLessThanOrEqual(
          Math.max(ws.rowCount, FORM.indicatorsHeaderRow + 1),
        );
        if (w.quote) expect(String(cell.value), `${f.id} ${w.cell}`).toContain(w.quote);
      }
    }
    expect(data.notFindings.length).toBeGreaterThan(0);
  });

  it("the data add up where the seed's figures do (sums in cents)", () => {
    const [total, ...parts] = data.funds.rows;
    expect(cents(total!.全年预算数)).toBe(parts.reduce((s, r) => s + cents(r.全年预算数), 0));
    expect(cents(total!.全年执行数)).toBe(parts.reduce((s, r) => s + cents(r.全年执行数), 0));
    const byName = Object.fromEntries(data.budget.rows.map((r) => [r.项目名称, r]));
    if (byName.基本支出 && byName.项目支出) {
      expect(cents(byName.合计!.全年预算数)).toBe(
        cents(byName.基本支出.全年预算数) + cents(byName.项目支出.全年预算数),
      );
      expect(cents(byName.合计!.全年执行数)).toBe(
        cents(byName.基本支出.全年执行数) + cents(byName.项目支出.全年执行数),
      );
    }
    if (data.total) {
      const sum = cents(total!.得分) + data.indicators.reduce((s, r) => s + cents(r.得分), 0);
      expect(sum).toBe(cents(data.total.总分));
    }
  });

  it("the committed workbook is up to date with the data, and the build is byte-for-byte deterministic", async () => {
    expect(existsSync(samplePath(id)), `samples/${id}.xlsx missing: run npx tsx scripts/build-samples.ts`).toBe(true);
    const committed = readFileSync(samplePath(id));
    expect(dump(await load(committed)), "cell values differ: run npx tsx scripts/build-samples.ts").toEqual(dump(wb));
    const again = await buildSampleWorkbook(loadSampleData(id));
    const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    expect(sha(again)).toBe(sha(buffer));
    expect(sha(committed), "bytes differ: run npx tsx scripts/build-samples.ts").toBe(sha(buffer));
  });
});

describe("000 红谷滩 2022: the figures behind the seed's mistakes are in the cells", () => {
  let wb: ExcelJS.Workbook;
  let data: SampleData;
  beforeAll(async () => {
    data = loadSampleData("000-honggutan-2022");
    wb = await load(await buildSampleWorkbook(data));
  });

  it("资产负债率 2.23%, not the 22.25% of the report", () => {
    const bs = sheet(wb, SHEETS.balance);
    expect(bs.getCell("D7").value).toBe("负债合计");
    expect(bs.getCell("E7").value).toBe(388.73);
    expect(bs.getCell("A10").value).toBe("资产总计");
    expect(bs.getCell("B10").value).toBe(17467.49);
    expect(bs.getCell("E10").value).toBe(17467.5);
    expect(String(sheet(wb, "自评报告").getCell("A11").value)).toContain("资产负债率为 22.25%");
    // 388.73 ÷ 17,467.49 = 0.022254… in exact integer arithmetic (hundredths of a per cent).
    expect(Math.round((38873 * 10000) / 1746749)).toBe(223);
  });

  it("weights total 95: 预算执行率 10 + 35 + 40 + 10", () => {
    const ws = sheet(wb, SHEETS.form);
    expect(ws.getCell("H5").value).toBe(10);
    let sum = 0;
    for (let r = 10; r <= 17; r++) sum += ws.getCell(r, 8).value as number;
    expect(10 + sum).toBe(95);
  });

  it("化解矛盾纠纷案件 7129 of 2000 without a reason; 社会满意度 without target or actual", () => {
    const ws = sheet(wb, SHEETS.form);
    expect(ws.getCell("C11").value).toBe("化解矛盾纠纷案件");
    expect(ws.getCell("G11").value).toBe(7129);
    expect(ws.getCell("J11").value).toBeNull();
    expect(ws.getCell("C17").value).toBe("社会满意度");
    for (const c of ["D17", "E17", "F17", "G17"]) expect(ws.getCell(c).value).toBeNull();
    expect(ws.getCell("C16").value).toBe("持续推进放管服改革");
    expect(ws.getCell("I16").value).toBe(17);
    expect(ws.getCell("G14").value).toBe(40);
  });
});

describe("002 呈贡 2021", () => {
  it("has no indicator rows and no 总分; the “三公” 公务接待费 is 1480 元 = 0.148 万元", async () => {
    const data = loadSampleData("002-chenggong-2021");
    expect(data.indicators).toEqual([]);
    expect(data.total).toBeNull();
    const wb = await load(await buildSampleWorkbook(data));
    const ws = sheet(wb, SHEETS.budget);
    expect(ws.getCell("A9").value).toBe("公务接待费");
    expect(ws.getCell("B9").value).toBe(0.148);
    expect(ws.getCell("B11").value).toBe(269.35);
    // in thousandths of 万元 (10 元): 0 + 148 + 269,200 = 269,348 against 269,350, within 0.01 万元
    const milli = data.budget.threePublic!.rows.map((r) => Math.round((r.全年执行数 ?? 0) * 1000));
    const stated = milli.pop()!;
    expect(Math.abs(milli.reduce((s, x) => s + x, 0) - stated)).toBe(2);
    expect(String(sheet(wb, "评价报告").getCell("A71").value)).toContain("136个，占比达78.6%");
  });
});
