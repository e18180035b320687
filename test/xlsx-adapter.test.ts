import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../src/core/model/snapshot";
import { cellAt, formatAt } from "../src/core/model/snapshot";
import { XlsxReadError, applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { readXlsxFile } from "../src/workbook/xlsx-file";
import { buildFixture, fixtureSnapshot } from "./helpers/xlsx-fixture";

const sample = (name: string) => new Uint8Array(readFileSync(new URL(`../samples/${name}`, import.meta.url)));

async function readError(bytes: Uint8Array | ArrayBuffer): Promise<XlsxReadError> {
  const error = await readXlsx(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  return error as XlsxReadError;
}

/** A zip archive with the given text files, stored (not compressed). */
function storedZip(files: Record<string, string>): Uint8Array {
  const crc32 = (bytes: Uint8Array) => {
    let crc = 0xffffffff;
    for (const b of bytes) {
      crc ^= b;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
  };
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const n = enc.encode(name);
    const data = enc.encode(text);
    const crc = crc32(data);
    const local = new Uint8Array(30 + n.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, n.length, true);
    local.set(n, 30);
    local.set(data, 30 + n.length);
    const central = new Uint8Array(46 + n.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, n.length, true);
    cv.setUint32(42, offset, true);
    central.set(n, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Every cell of both used ranges holds what it held, but for the written ones; formats, merges, protection
 *  and visibility are unchanged. */
function expectOnlyWritten(before: WorkbookSnapshot, after: WorkbookSnapshot, applied: readonly CellWrite[]) {
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  before.sheets.forEach((b, i) => {
    const a = after.sheets[i]!;
    const written = new Map(applied.filter((w) => w.sheet === b.name).map((w) => [`${w.row},${w.col}`, w.value]));
    const bottom = (s: SheetSnapshot) => s.bottom;
    const right = (s: SheetSnapshot) => s.right;
    const extent = [b, a].filter((s) => s.rows.length > 0);
    const rows = [Math.min(...extent.map((s) => s.top)), Math.max(...extent.map(bottom))];
    const cols = [Math.min(...extent.map((s) => s.left)), Math.max(...extent.map(right))];
    for (let r = rows[0]!; r <= rows[1]!; r++)
      for (let c = cols[0]!; c <= cols[1]!; c++) {
        const key = `${r},${c}`;
        expect(cellAt(a, r, c), `${b.name} ${key}`).toEqual(written.has(key) ? written.get(key) : cellAt(b, r, c));
        expect(formatAt(a, r, c), `${b.name} ${key} format`).toBe(formatAt(b, r, c));
      }
    expect(a.merges).toEqual(b.merges);
    expect([a.protected, a.visible]).toEqual([b.protected, b.visible]);
  });
}

describe("readXlsx", () => {
  it("reads every kind of cell of a workbook built with ExcelJS exactly", async () => {
    expect(await readXlsx(await buildFixture())).toEqual(fixtureSnapshot());
  });

  it("reads dates of a workbook in the 1904 date system as its serial numbers", async () => {
    const snapshot = await readXlsx(await buildFixture({ date1904: true }));
    expect(cellAt(snapshot.sheets[0]!, 3, 2)).toBe(44927.5 - 1462);
    expect(snapshot).toEqual(fixtureSnapshot({ date1904: true }));
  });

  it("takes an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await buildFixture();
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    expect(await readXlsx(buffer)).toEqual(fixtureSnapshot());
  });

  it("reads the sample of 红谷滩分局 2022", async () => {
    const snapshot = await readXlsx(sample("000-honggutan-2022.xlsx"));
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "绩效自评表",
      "预算执行情况",
      "资产负债表",
      "单位基本情况",
      "自评报告",
    ]);
    const form = snapshot.sheets[0]!;
    expect(cellAt(form, 1, 1)).toBe("2022年度部门整体支出绩效自评表");
    expect(cellAt(form, 1, 2)).toBeNull(); // covered by the merge A1:J1
    expect(cellAt(form, 3, 2)).toBe("南昌市公安局红谷滩分局");
    expect([cellAt(form, 5, 6), cellAt(form, 5, 7), cellAt(form, 5, 9), cellAt(form, 5, 10)]).toEqual([
      36353.37, 32132.93, 0.8839, 8.84,
    ]);
    expect(formatAt(form, 5, 9)).toBe("0.00%");
    expect(formatAt(form, 5, 6)).toBe("#,##0.00");
    expect(form.merges[0]).toEqual({ top: 1, left: 1, bottom: 1, right: 10 });
    expect(snapshot.sheets.every((s) => s.visible && !s.protected)).toBe(true);
    expect(snapshot.settings).toEqual({});
  });

  it("reads the sample of 呈贡分局 2021", async () => {
    const snapshot = await readXlsx(sample("002-chenggong-2021.xlsx"));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["绩效自评表", "预算执行情况", "单位基本情况", "评价报告"]);
    const form = snapshot.sheets[0]!;
    expect(cellAt(form, 3, 2)).toBe("昆明市公安局呈贡分局");
    expect([cellAt(form, 5, 6), cellAt(form, 5, 9), cellAt(form, 5, 10)]).toEqual([37364.61, 1, 10]);
    const budget = snapshot.sheets[1]!;
    expect([cellAt(budget, 4, 1), cellAt(budget, 4, 2)]).toEqual(["合计", 37364.61]);
  });

  it("reads a path in Node, and says so in Chinese when there is no file", async () => {
    const snapshot = await readXlsxFile(new URL("../samples/002-chenggong-2021.xlsx", import.meta.url).pathname);
    expect(snapshot.sheets).toHaveLength(4);
    const error = await readXlsxFile("/nonexistent/绩效.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ code: "unreadable", message: "文件不存在：/nonexistent/绩效.xlsx" });
  });
});

describe("readXlsx on what is not a workbook", () => {
  it("random bytes and an empty file are corrupt", async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255);
    for (const bytes of [random, new Uint8Array(0)]) {
      const error = await readError(bytes);
      expect(error.code).toBe("corrupt");
      expect(error.message).toBe("文件已损坏或不是 Excel 工作簿");
    }
  });

  it("an OLE2 compound file is an old .xls", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new TextEncoder().encode("Workbook"), 1024);
    const error = await readError(ole);
    expect(error.code).toBe("xls");
    expect(error.message).toBe("这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx");
  });

  it("an OLE2 file with an EncryptedPackage stream is a password-protected .xlsx", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    ole.set(name, 1024 + 128 + 3); // a directory entry's name, UTF-16LE, anywhere in the container
    const error = await readError(ole);
    expect(error.code).toBe("encrypted");
    expect(error.message).toBe("文件有密码保护，请先在 Excel 中取消密码再检查");
  });

  it("a zip without a workbook, and a broken zip, are corrupt", async () => {
    expect((await readError(storedZip({ "hello.txt": "你好", "docs/readme.md": "# x" }))).code).toBe("corrupt");
    const whole = sample("000-honggutan-2022.xlsx");
    expect((await readError(whole.slice(0, Math.floor(whole.length / 2)))).code).toBe("corrupt");
  });

  it("a workbook without worksheets (or with only the settings sheet) is empty", async () => {
    const none = new ExcelJS.Workbook();
    const onlySettings = new ExcelJS.Workbook();
    onlySettings.addWorksheet("_jixiao", { state: "veryHidden" }).getCell("A1").value = "k";
    for (const wb of [none, onlySettings]) {
      const error = await readError(new Uint8Array(await wb.xlsx.writeBuffer()));
      expect(error.code).toBe("empty");
      expect(error.message).toMatch(/没有工作表/);
    }
  });
});

describe("applyXlsxWrites", () => {
  const form = "绩效自评表";
  const w = (sheet: string, row: number, col: number, value: CellWrite["value"], expected: CellWrite["expected"]) => ({
    sheet,
    row,
    col,
    value,
    expected,
  });

  it("writes what still holds its expected value, skips the rest with a reason, and changes nothing else", async () => {
    const bytes = await buildFixture();
    const before = await readXlsx(bytes);
    const writes: CellWrite[] = [
      w(form, 4, 2, 36000, 36353.37), // B4: applied, keeps "#,##0.00"
      w(form, 4, 3, 1, 99), // C4 holds 32132.93: the user changed it
      w("受保护", 1, 1, 8, 7),
      w(form, 4, 4, 0.9, 0.8839), // D4 is a formula
      w(form, 5, 4, "x", null), // D5 lies inside C5:D6
      w("不存在", 1, 1, 1, null),
      w("偏移", 2, 8, "新的", null), // H2: outside the used range, which grows
      w(form, 3, 4, null, true), // clears D3
      w(form, 4, 2, 36100, 36000), // sees the first write
      w(form, 0, 1, 1, null),
      w(form, 6, 2, 5, 4), // B6 holds a shared formula
    ];
    const result = await applyXlsxWrites(bytes, writes);
    expect(result.applied).toEqual([writes[0], writes[6], writes[7], writes[8]]);
    expect(result.skipped.map((s) => s.write)).toEqual([
      writes[1],
      writes[2],
      writes[3],
      writes[4],
      writes[5],
      writes[9],
      writes[10],
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「绩效自评表」C4 现在是 32132.93，不是检查时的 99：您已改过这个单元格，未覆盖",
      "工作表「受保护」受保护，A1 未写入；请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试",
      "「绩效自评表」D4 是公式 =C4/B4，未用数值覆盖；请修改公式或它引用的单元格",
      "「绩效自评表」D5 在合并单元格 C5:D6 内，只能写入左上角的 C5，未写入",
      "工作簿里已没有工作表「不存在」，A1 未写入",
      "「绩效自评表」A0 不是有效的单元格位置（行 1–1048576，列 1–16384），未写入",
      "「绩效自评表」B6 是公式 =A6*2，未用数值覆盖；请修改公式或它引用的单元格",
    ]);

    const after = await readXlsx(result.bytes);
    expectOnlyWritten(before, after, result.applied);
    expect(cellAt(after.sheets[0]!, 4, 2)).toBe(36100);
    expect(after.sheets[1]).toMatchObject({ top: 2, left: 3 });
    expect(after.settings).toEqual(before.settings);

    // Formulas, styles and the shared formula are still there.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(form)!;
    expect(ws.getCell("D4").formula).toBe("C4/B4");
    expect(ws.getCell("B6").value).toMatchObject({ sharedFormula: "B5", result: 4 });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell("B4").numFmt).toBe("#,##0.00");
  });

  it("gives back the same bytes when nothing is written", async () => {
    const bytes = await buildFixture();
    const result = await applyXlsxWrites(bytes, [w(form, 4, 3, 1, 99)]);
    expect(result.applied).toEqual([]);
    expect(result.bytes).toEqual(bytes);
  });

  it("stores settings in the very hidden _jixiao sheet, long texts included", async () => {
    const samples = sample("000-honggutan-2022.xlsx");
    const long = JSON.stringify({ mapping: "列".repeat(70000) });
    const settings = { profile: '"strict-local"', mappings: long };
    const result = await applyXlsxWrites(samples, [], settings);
    const after = await readXlsx(result.bytes);
    expect(after.settings).toEqual(settings);
    expectOnlyWritten(await readXlsx(samples), after, []);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("_jixiao")!.state).toBe("veryHidden");

    // New settings replace the old ones.
    const again = await readXlsx((await applyXlsxWrites(result.bytes, [], { profile: '"national"' })).bytes);
    expect(again.settings).toEqual({ profile: '"national"' });
  });

  it("keeps both samples as they were but for the written cell", async () => {
    for (const name of ["000-honggutan-2022.xlsx", "002-chenggong-2021.xlsx"]) {
      const bytes = sample(name);
      const before = await readXlsx(bytes);
      const write = w("绩效自评表", 5, 10, 9.99, cellAt(before.sheets[0]!, 5, 10));
      const result = await applyXlsxWrites(bytes, [write]);
      expect(result.applied).toEqual([write]);
      expectOnlyWritten(before, await readXlsx(result.bytes), [write]);
    }
  });

  it("rejects bytes that are not a workbook with an XlsxReadError", async () => {
    const error = await applyXlsxWrites(new Uint8Array([1, 2, 3]), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).code).toBe("corrupt");
  });
});
