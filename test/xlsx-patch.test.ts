/**
 * applyXlsxWrites patches the zip: the parts the writes do not touch come back byte for byte (charts, drawings,
 * x14 extensions, webextensions, custom XML, a VBA project, which ExcelJS's writer drops), the written cells
 * are where Excel expects them (rows and cells in order, rows created, dimension widened), in the form Excel
 * writes them (shared strings with their counts, escapes, numbers, booleans, cleared cells), and new sheets and
 * the settings sheet are entered in workbook.xml, its relationships, the content types and the titles of parts.
 *
 * LibreOffice: only libreoffice-writer-nogui is installed here, which does not open .xlsx (“source file could not
 * be loaded”), so the files are checked by reading them back with readXlsx and ExcelJS, and every XML part is
 * parsed by saxes (well-formed, namespaces declared).
 */
import { valuesOf } from "./helpers/workbook";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import { type CellValue, cellAt, formatAt } from "../src/core/model/snapshot";
import { columnWidthInFile } from "../src/workbook/common";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { applyXlsxWritesWithExcelJS } from "./helpers/xlsx-exceljs-writer";
import { DATA_BAR, EXTRA_PARTS, SHEET_EXT, buildFixtureWithExtras } from "./helpers/xlsx-extra-parts";
import { buildFixture, fixtureSnapshot } from "./helpers/xlsx-fixture";
import {
  type El,
  type Parts,
  all,
  checkedCells,
  child,
  diffParts,
  parseAll,
  parseXml,
  partsOf,
  sameBytes,
  textOf,
} from "./helpers/xlsx-parts";

const FORM = "绩效自评表";
const w = (sheet: string, row: number, col: number, value: CellValue, expected: CellValue): CellWrite => ({
  sheet,
  row,
  col,
  value,
  expected,
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The `<c>` element of a cell in a worksheet part's text. */
function cellXml(sheetXml: string, ref: string): string | null {
  return new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml)?.[0] ?? null;
}

/** Shared strings: the texts of the entries (runs joined), the counts, and how many cells point into it. */
function sharedStrings(parts: Parts): { texts: string[]; count: number; uniqueCount: number; refs: number } {
  const sst = parseXml(textOf(parts, "xl/sharedStrings.xml"));
  const refs = Object.keys(parts)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .reduce((n, p) => n + all(parseXml(textOf(parts, p)), "c").filter((c) => c.attrs.t === "s").length, 0);
  return {
    texts: sst.children.map((si) =>
      all(si, "t")
        .map((t) => t.text)
        .join(""),
    ),
    count: Number(sst.attrs.count),
    uniqueCount: Number(sst.attrs.uniqueCount),
    refs,
  };
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The sheets of workbook.xml with the part each points to and its content type. */
function sheetsOf(parts: Parts): { name: string; sheetId: string; state: string; part: string; type: string }[] {
  const wb = parseXml(textOf(parts, "xl/workbook.xml"));
  const rels = parseXml(textOf(parts, "xl/_rels/workbook.xml.rels")).children;
  const types = parseXml(textOf(parts, "[Content_Types].xml")).children;
  return all(wb, "sheet").map((s) => {
    const rel = rels.find((r) => r.attrs.Id === s.attrs["r:id"]);
    const part = `xl/${rel?.attrs.Target ?? "?"}`;
    return {
      name: s.attrs.name!,
      sheetId: s.attrs.sheetId!,
      state: s.attrs.state ?? "visible",
      part,
      type: types.find((t) => t.attrs.PartName === `/${part}`)?.attrs.ContentType ?? "",
    };
  });
}

describe("applyXlsxWrites keeps what it does not write", () => {
  it("copies charts, drawings, webextensions, custom XML, the VBA project and every other part byte for byte", async () => {
    const bytes = await buildFixtureWithExtras();
    const before = partsOf(bytes);
    const writes = [
      w(FORM, 4, 2, 36000, 36353.37), // a number, keeping its format
      w(FORM, 2, 1, "单位：元", "单位：万元"), // a rich text becomes plain
      w(FORM, 3, 3, "新链接", "链接"), // a hyperlink cell: the link stays, as in Excel
      w(FORM, 9, 2, "新行", null), // a row that does not exist
      w("偏移", 6, 4, 12.5, null),
    ];
    const result = await applyXlsxWrites(bytes, writes);
    expect(result.applied).toEqual(writes);
    const after = partsOf(result.bytes);
    parseAll(after);

    const diff = diffParts(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.sort()).toEqual(
      ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"].sort(),
    );
    for (const part of EXTRA_PARTS) expect(sameBytes(after[part], before[part]), part).toBe(true);

    // The written sheet keeps its data bar, drawing and x14 extensions as they were.
    const sheet = textOf(after, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(DATA_BAR);
    expect(sheet).toContain(`<drawing r:id="rId99"/>${SHEET_EXT}</worksheet>`);
    expect(checkedCells(parseXml(sheet))).toContainEqual([9, 2]);

    // Read back by readXlsx and by ExcelJS.
    const expected = fixtureSnapshot();
    const form = expected.sheets[0]!;
    const snapshot = await readXlsx(result.bytes);
    // Column F: F4's formula, whose file holds no result.
    expect(valuesOf(snapshot.sheets[0]!)).toEqual([
      ["2023年度部门整体支出绩效自评表", null, null, null, null, null],
      ["单位：元", null, null, null, null, null],
      ["日期", 44927.5, "新链接", true, "#N/A", null],
      ["全年预算数", 36000, 32132.93, 0.8839, "#DIV/0!", null],
      [1, 2, "合并", null, null, null],
      [2, 4, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, "新行", null, null, null, null],
    ]);
    expect(formatAt(snapshot.sheets[0]!, 4, 2)).toBe("#,##0.00");
    expect(snapshot.sheets[0]!.merges).toEqual(form.merges);
    expect(cellAt(snapshot.sheets[1]!, 6, 4)).toBe(12.5);
    expect(snapshot.sheets.slice(2)).toEqual(expected.sheets.slice(2));
    expect(snapshot.settings).toEqual(expected.settings);
    const ws = (await load(result.bytes)).getWorksheet(FORM)!;
    expect(ws.getCell("B4").value).toBe(36000);
    expect(ws.getCell("A2").value).toBe("单位：元");
    expect(ws.getCell("C3").value).toMatchObject({ text: "新链接", hyperlink: "https://example.invalid/x" });
    expect(ws.getCell("B9").value).toBe("新行");
    expect(ws.getCell("D4").formula).toBe("C4/B4");

    // The old writer (ExcelJS's) loses every one of them.
    const old = partsOf((await applyXlsxWritesWithExcelJS(bytes, writes)).bytes);
    expect(EXTRA_PARTS.filter((p) => p in old)).toEqual([]);
    expect(textOf(old, "xl/worksheets/sheet1.xml")).not.toContain("sparkline");
  });

  it("copies the zip entries of untouched parts as they were, compressed bytes and all", async () => {
    const bytes = await buildFixtureWithExtras();
    const result = await applyXlsxWrites(bytes, [w(FORM, 4, 2, 1, 36353.37)]);
    const rawEntries = (zip: Uint8Array) => {
      // Each local record (header, compressed data) by name, as the central directory places it.
      const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      let end = zip.length - 22;
      while (v.getUint32(end, true) !== 0x06054b50) end--;
      const records: { name: string; offset: number }[] = [];
      for (let at = v.getUint32(end + 16, true), i = 0; i < v.getUint16(end + 10, true); i++) {
        const n = v.getUint16(at + 28, true);
        records.push({
          name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + n)),
          offset: v.getUint32(at + 42, true),
        });
        at += 46 + n + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
      }
      const out = new Map<string, Uint8Array>();
      for (const { name, offset } of records) {
        const data = offset + 30 + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
        out.set(name, zip.subarray(offset + 14, offset + 18).slice()); // the CRC
        out.set(`${name} data`, zip.subarray(data, data + v.getUint32(offset + 18, true)));
      }
      return out;
    };
    const before = rawEntries(bytes);
    const after = rawEntries(result.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter((k) => !sameBytes(before.get(k), after.get(k)));
    expect(changed).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet1.xml data",
      "xl/workbook.xml",
      "xl/workbook.xml data",
    ]);
  });

  it("takes a Node Buffer that views part of a larger memory, and leaves it as it was", async () => {
    const fixture = await buildFixtureWithExtras();
    const buffer = Buffer.concat([Buffer.from("前面的字节"), Buffer.from(fixture)]).subarray(
      Buffer.byteLength("前面的字节"),
    );
    expect(buffer.byteOffset).toBeGreaterThan(0);
    const copy = Buffer.from(buffer);
    const result = await applyXlsxWrites(buffer, [w(FORM, 4, 2, 1, 36353.37)], { k: "v" }, [{ name: "新表" }]);
    expect(buffer.equals(copy)).toBe(true);
    expect(cellAt((await readXlsx(result.bytes)).sheets[0]!, 4, 2)).toBe(1);
  });

  it("marks the workbook for recalculation only when cells were written", async () => {
    const bytes = await buildFixtureWithExtras();
    const calcPr = (b: Uint8Array) => child(parseXml(textOf(partsOf(b), "xl/workbook.xml")), "calcPr")?.attrs;
    expect(calcPr(bytes)).toEqual({ calcId: "171027" });
    const written = await applyXlsxWrites(bytes, [w(FORM, 4, 3, 1, 32132.93)]);
    expect(calcPr(written.bytes)).toEqual({ calcId: "171027", fullCalcOnLoad: "1" });
    const settingsOnly = await applyXlsxWrites(bytes, [], { profile: '"national"' });
    expect(calcPr(settingsOnly.bytes)).toEqual({ calcId: "171027" });
    // Settings alone touch the settings sheet and the shared strings (the sheet is very hidden already).
    const diff = diffParts(partsOf(bytes), partsOf(settingsOnly.bytes));
    expect(diff.changed.sort()).toEqual(["xl/sharedStrings.xml", "xl/worksheets/sheet6.xml"]);
    expect(await readXlsx(settingsOnly.bytes)).toEqual({ ...fixtureSnapshot(), settings: { profile: '"national"' } });
  });

  it("gives back the bytes themselves when nothing is written", async () => {
    const bytes = await buildFixtureWithExtras();
    const result = await applyXlsxWrites(bytes, [w(FORM, 4, 3, 1, 99), w("受保护", 1, 1, 8, 7)], undefined, [
      { name: "空表" },
    ]);
    expect(result.applied).toEqual([]);
    expect(result.bytes).toEqual(bytes);
  });
});

describe("applyXlsxWrites writes cells as Excel writes them", () => {
  it("numbers, dates, booleans, texts of every kind, and cleared cells", async () => {
    const bytes = await buildFixture();
    const long = "长".repeat(32767);
    const tricky = [
      "  前后有空格  ",
      "第一行\n第二行",
      "<a href='x'>&amp;</a> \"引号\"",
      "_x0041_ 不是 A，_x00e9_ 也不是 é",
      "控制字符\u0001\u0008\u000b\u001f，回车\r，制表\t，U+FFFE\ufffe",
      "半个代理对\ud800，𠀀（扩展B）和 😀",
      "=SUM(A1:A2)",
    ];
    const writes = [
      w("偏移", 1, 1, 0.1 + 0.2, null),
      w("偏移", 1, 2, -0, null),
      w("偏移", 1, 3, 1e-7, null),
      w("偏移", 1, 4, 1.5e21, null),
      w("偏移", 1, 5, -123456789.125, null),
      w(FORM, 3, 2, 45000.25, 44927.5), // a date cell keeps its format: still a date
      w(FORM, 3, 4, false, true),
      w(FORM, 3, 5, null, "#N/A"), // cleared, no style: the cell goes
      w(FORM, 4, 3, null, 32132.93), // cleared, styled: the cell stays with its style
      w("偏移", 2, 1, long, null),
      ...tricky.map((text, i) => w("偏移", 3 + i, 1, text, null)),
    ];
    const result = await applyXlsxWrites(bytes, writes);
    expect(result.skipped).toEqual([]);
    const parts = partsOf(result.bytes);
    parseAll(parts);
    const form = textOf(parts, "xl/worksheets/sheet1.xml");
    const offset = textOf(parts, "xl/worksheets/sheet2.xml");
    expect(cellXml(offset, "A1")).toBe('<c r="A1"><v>0.30000000000000004</v></c>');
    expect(cellXml(offset, "B1")).toBe('<c r="B1"><v>0</v></c>');
    expect(cellXml(offset, "C1")).toBe('<c r="C1"><v>1e-7</v></c>');
    expect(cellXml(offset, "D1")).toBe('<c r="D1"><v>1.5e+21</v></c>');
    expect(cellXml(form, "B3")).toBe('<c r="B3" s="2"><v>45000.25</v></c>');
    expect(cellXml(form, "D3")).toBe('<c r="D3" t="b"><v>0</v></c>');
    expect(cellXml(form, "E3")).toBeNull();
    expect(cellXml(form, "C4")).toBe('<c r="C4" s="3"/>');
    expect(cellXml(offset, "A3")).toMatch(/^<c r="A3" t="s"><v>\d+<\/v><\/c>$/);

    const sst = textOf(parts, "xl/sharedStrings.xml");
    expect(sst).toContain('<si><t xml:space="preserve">  前后有空格  </t></si>');
    expect(sst).toContain('<si><t xml:space="preserve">第一行\n第二行</t></si>');
    expect(sst).toContain("<si><t>&lt;a href='x'&gt;&amp;amp;&lt;/a&gt; \"引号\"</t></si>");
    expect(sst).toContain("<si><t>_x005F_x0041_ 不是 A，_x005F_x00e9_ 也不是 é</t></si>");
    expect(sst).toContain("控制字符_x0001__x0008__x000B__x001F_，回车_x000D_，制表\t，U+FFFE_xFFFE_");
    expect(sst).toContain("半个代理对_xD800_，𠀀（扩展B）和 😀");

    const snapshot = await readXlsx(result.bytes);
    const [formAfter, offsetAfter] = snapshot.sheets;
    expect([1, 2, 3, 4, 5].map((c) => cellAt(offsetAfter!, 1, c))).toEqual([
      0.30000000000000004, 0, 1e-7, 1.5e21, -123456789.125,
    ]);
    expect(cellAt(formAfter!, 3, 2)).toBe(45000.25);
    expect(formatAt(formAfter!, 3, 2)).toBe("yyyy-mm-dd hh:mm");
    expect([cellAt(formAfter!, 3, 4), cellAt(formAfter!, 3, 5), cellAt(formAfter!, 4, 3)]).toEqual([false, null, null]);
    // The cleared C4 keeps its style in the file (<c r="C4" s="3"/> above); the snapshot lists no empty cell.
    expect(cellAt(offsetAfter!, 2, 1)).toBe(long);
    tricky.forEach((text, i) => expect(cellAt(offsetAfter!, 3 + i, 1), text).toBe(text));

    const ws = (await load(result.bytes)).getWorksheet("偏移")!;
    tricky.forEach((text, i) => expect(ws.getCell(3 + i, 1).value).toBe(text));
    expect(ws.getCell(3 + 6, 1).type).toBe(ExcelJS.ValueType.String);
  });

  it("adds texts at the end of the shared string table, reusing the ones it holds, with counts kept right", async () => {
    const bytes = await buildFixture();
    const before = sharedStrings(partsOf(bytes));
    expect(before.uniqueCount).toBe(before.texts.length);
    const result = await applyXlsxWrites(bytes, [
      w("偏移", 5, 3, "合并", "左上"), // a text the table holds: reused
      w("偏移", 8, 1, "新的文字", null),
      w("偏移", 9, 1, "新的文字", null), // the same again: one entry
      w(FORM, 3, 1, 7, "日期"), // a shared string cell becomes a number
    ]);
    expect(result.skipped).toEqual([]);
    const after = sharedStrings(partsOf(result.bytes));
    expect(after.texts).toEqual([...before.texts, "新的文字"]);
    expect(after.uniqueCount).toBe(after.texts.length);
    expect(after.count - after.refs).toBe(before.count - before.refs);
    // The old entries are the same text, byte for byte.
    const oldSst = textOf(partsOf(bytes), "xl/sharedStrings.xml");
    const newSst = textOf(partsOf(result.bytes), "xl/sharedStrings.xml");
    const lastOld = oldSst.lastIndexOf("</si>") + 5;
    expect(newSst.slice(oldSst.indexOf("<si>"), lastOld)).toBe(oldSst.slice(oldSst.indexOf("<si>"), lastOld));
  });
});

// ---------------------------------------------------------------------------------------------------------
// Workbooks written by hand: rows and cells without references, empty rows, a prefixed namespace, no shared
// strings, no styles, no calcPr, defined names.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function handMade(options: {
  sheets: readonly { name: string; xml: string; state?: string }[];
  styles?: string;
  workbookTail?: string;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const overrides = options.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const stylesOverride = options.styles
    ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    : "";
  files["[Content_Types].xml"] = strToU8(
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${stylesOverride}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["xl/workbook.xml"] = strToU8(
    `${decl}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${options.sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("")}</sheets>${options.workbookTail ?? ""}</workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        "",
      )}${options.styles ? `<Relationship Id="rId100" Type="${REL}/styles" Target="styles.xml"/>` : ""}</Relationships>`,
  );
  options.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (options.styles) files["xl/styles.xml"] = strToU8(options.styles);
  return zipSync(files);
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe("applyXlsxWrites on workbooks written by hand", () => {
  // An empty row 4 (self-closing), row 6 styled (customFormat), column E styled, a shared formula, a comment
  // holding what looks like a row, spans.
  const SHEET =
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><dimension ref="B1:E6"/>` +
    `<cols><col min="5" max="5" width="12" style="1" customWidth="1"/></cols><sheetData>` +
    `<row r="1" spans="2:3"><c r="B1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">B1*2</f><v>2</v></c></row>` +
    `<row r="2" spans="1:3"><c r="A2"><v>10</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>40</v></c></row>` +
    `<!-- <row r="3"><c r="A3"/></row> -->` +
    `<row r="4"/>` +
    `<row r="6" s="1" customFormat="1"><c r="E6" s="1"><v>5</v></c></row>` +
    `</sheetData></worksheet>`;

  it("keeps rows and cells in order, creates rows, takes the row's or the column's style", async () => {
    const bytes = handMade({ sheets: [{ name: "数据", xml: SHEET }], styles: STYLES });
    const before = await readXlsx(bytes);
    expect(before.sheets[0]).toMatchObject({ top: 1, left: 1 });
    expect(valuesOf(before.sheets[0]!)).toEqual([
      [null, 1, 2, null, null],
      [10, 20, 40, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, 5],
    ]);
    const writes = [
      w("数据", 1, 1, "A1 在 B1 前", null),
      w("数据", 1, 4, "D1 在最后", null),
      w("数据", 2, 3, 0, 40), // a shared formula: skipped
      w("数据", 2, 4, "D2", null),
      w("数据", 3, 2, "新的第 3 行", null),
      w("数据", 4, 1, "空行里", null),
      w("数据", 5, 5, 3.25, null), // a new row under the column style
      w("数据", 6, 2, 1.5, null), // a row with its own style
      w("数据", 6, 5, 6, 5),
      w("数据", 8, 1, true, null), // after the last row
      w("数据", 7, 1, null, null), // clearing a cell that does not exist: nothing
    ];
    const result = await applyXlsxWrites(bytes, writes);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「数据」C2 是公式 =B2*2，未用数值覆盖；请修改公式或它引用的单元格",
    ]);
    const parts = partsOf(result.bytes);
    const trees = parseAll(parts);
    expect(checkedCells(trees.get("xl/worksheets/sheet1.xml")!)).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 4],
      [3, 2],
      [4, 1],
      [5, 5],
      [6, 2],
      [6, 5],
      [8, 1],
    ]);
    const xml = textOf(parts, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dimension ref="A1:E8"/>');
    expect(xml).toContain('<row r="1" spans="1:4">');
    expect(xml).toContain('<c r="E5" s="1"><v>3.25</v></c>');
    expect(xml).toContain('<c r="B6" s="1"><v>1.5</v></c>');
    expect(xml).toContain('<f t="shared" si="0"/>');
    expect(xml).toContain('<!-- <row r="3"><c r="A3"/></row> -->');
    // No shared string table before: one now, with its relationship and content type.
    expect(sharedStrings(parts).texts).toEqual(["A1 在 B1 前", "D1 在最后", "D2", "新的第 3 行", "空行里"]);
    expect(sharedStrings(parts)).toMatchObject({ count: 5, uniqueCount: 5, refs: 5 });
    expect(textOf(parts, "xl/_rels/workbook.xml.rels")).toContain(
      `Type="${REL}/sharedStrings" Target="sharedStrings.xml"`,
    );
    expect(textOf(parts, "[Content_Types].xml")).toContain('<Override PartName="/xl/sharedStrings.xml"');
    expect(textOf(parts, "xl/workbook.xml")).toContain(`<calcPr fullCalcOnLoad="1"/></workbook>`);

    const after = await readXlsx(result.bytes);
    expect(valuesOf(after.sheets[0]!)).toEqual([
      ["A1 在 B1 前", 1, 2, "D1 在最后", null],
      [10, 20, 40, "D2", null],
      [null, "新的第 3 行", null, null, null],
      ["空行里", null, null, null, null],
      [null, null, null, null, 3.25],
      [null, 1.5, null, null, 6],
      [null, null, null, null, null],
      [true, null, null, null, null],
    ]);
    expect(formatAt(after.sheets[0]!, 5, 5)).toBe("0.000");
    expect(formatAt(after.sheets[0]!, 6, 2)).toBe("0.000");
    const ws = (await load(result.bytes)).getWorksheet("数据")!;
    expect(ws.getCell("C2").value).toMatchObject({ sharedFormula: "C1" });
    expect(ws.getCell("D2").value).toBe("D2");
  });

  it("creates a styles part for a wrapping column when the workbook has none, and calcPr where the schema puts it", async () => {
    const bytes = handMade({
      sheets: [{ name: "表", xml: `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }],
      workbookTail: "<extLst/>",
    });
    const result = await applyXlsxWrites(bytes, [w("报告", 1, 2, "段落", null)], { k: "v" }, [
      { name: "报告", columnWidths: [10, 60], wrapColumns: [2] },
    ]);
    expect(result.createdSheets).toEqual(["报告"]);
    const parts = partsOf(result.bytes);
    parseAll(parts);
    expect(textOf(parts, "xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1"/><extLst/></workbook>');
    expect(sheetsOf(parts)).toEqual([
      { name: "表", sheetId: "1", state: "visible", part: "xl/worksheets/sheet1.xml", type: expect.any(String) },
      {
        name: "报告",
        sheetId: "2",
        state: "visible",
        part: "xl/worksheets/sheet2.xml",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
      },
      {
        name: "_jixiao",
        sheetId: "3",
        state: "veryHidden",
        part: "xl/worksheets/sheet3.xml",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
      },
    ]);
    expect(textOf(parts, "[Content_Types].xml")).toContain('<Override PartName="/xl/styles.xml"');
    const wb = await load(result.bytes);
    const ws = wb.getWorksheet("报告")!;
    expect(ws.getColumn(2).width).toBe(columnWidthInFile(60));
    expect(ws.getCell("B1").alignment).toEqual({ wrapText: true });
    expect(wb.getWorksheet("_jixiao")!.state).toBe("veryHidden");
    expect((await readXlsx(result.bytes)).settings).toEqual({ k: "v" });
  });

  it("moves defined names and the active tab on past sheets inserted before the settings sheet", async () => {
    const sheet = (v: string) =>
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row></sheetData></worksheet>`;
    const bytes = handMade({
      sheets: [
        { name: "甲", xml: sheet("甲") },
        { name: "_jixiao", xml: sheet("k"), state: "veryHidden" },
        { name: "乙", xml: sheet("乙") },
      ],
      styles: STYLES,
      workbookTail:
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">甲!$A$1</definedName><definedName name="x" localSheetId="2">乙!$A$1</definedName><definedName name="y">甲!$A$1</definedName></definedNames><calcPr calcId="191029"/>',
    });
    const xml = textOf(partsOf(bytes), "xl/workbook.xml").replace(
      "<sheets>",
      '<bookViews><workbookView activeTab="2"/></bookViews><sheets>',
    );
    const files = partsOf(bytes);
    files["xl/workbook.xml"] = strToU8(xml);
    const withViews = zipSync(files);
    const result = await applyXlsxWrites(withViews, [w("新表", 1, 1, 1, null)], undefined, [{ name: "新表" }]);
    const parts = partsOf(result.bytes);
    const wb = parseXml(textOf(parts, "xl/workbook.xml"));
    expect(all(wb, "sheet").map((s) => s.attrs.name)).toEqual(["甲", "新表", "_jixiao", "乙"]);
    expect(all(wb, "definedName").map((d) => d.attrs.localSheetId)).toEqual(["0", "3", undefined]);
    expect(child(child(wb, "bookViews")!, "workbookView")!.attrs.activeTab).toBe("3");
    expect(child(wb, "calcPr")!.attrs).toEqual({ calcId: "191029", fullCalcOnLoad: "1" });
    const snapshot = await readXlsx(result.bytes);
    expect(snapshot.sheets.map((s) => [s.name, valuesOf(s)])).toEqual([
      ["甲", [["甲"]]],
      ["新表", [[1]]],
      ["乙", [["乙"]]],
    ]);
  });
});

describe("applyXlsxWrites with new sheets and settings", () => {
  it("enters them in workbook.xml, its relationships, the content types and the titles of parts", async () => {
    const bytes = await buildFixtureWithExtras();
    const before = partsOf(bytes);
    const result = await applyXlsxWrites(
      bytes,
      [w("自评报告", 1, 1, "一、基本情况", null), w("自评报告", 2, 2, "段落", null)],
      { profile: '"strict-local"' },
      [
        { name: "自评报告", columnWidths: [12, 80], wrapColumns: [2] },
        { name: "附表 & 说明", columnWidths: [20] },
      ],
    );
    expect(result.createdSheets).toEqual(["自评报告", "附表 & 说明"]);
    const after = partsOf(result.bytes);
    parseAll(after);
    const diff = diffParts(before, after);
    expect(diff.added).toEqual(["xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml"]);
    expect(diff.changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "docProps/app.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet6.xml", // the settings
      ].sort(),
    );
    for (const part of EXTRA_PARTS) expect(sameBytes(after[part], before[part]), part).toBe(true);

    const sheets = sheetsOf(after);
    expect(sheets.map((s) => [s.name, s.state, s.part])).toEqual([
      ["绩效自评表", "visible", "xl/worksheets/sheet1.xml"],
      ["偏移", "visible", "xl/worksheets/sheet2.xml"],
      ["隐藏表", "hidden", "xl/worksheets/sheet3.xml"],
      ["受保护", "visible", "xl/worksheets/sheet4.xml"],
      ["空表", "visible", "xl/worksheets/sheet5.xml"],
      ["自评报告", "visible", "xl/worksheets/sheet7.xml"],
      ["附表 & 说明", "visible", "xl/worksheets/sheet8.xml"],
      ["_jixiao", "veryHidden", "xl/worksheets/sheet6.xml"],
    ]);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(sheets.length);
    expect(sheets.every((s) => s.type.endsWith("worksheet+xml"))).toBe(true);
    const rels = parseXml(textOf(after, "xl/_rels/workbook.xml.rels")).children.map((r) => r.attrs.Id);
    expect(new Set(rels).size).toBe(rels.length);

    const app = parseXml(textOf(after, "docProps/app.xml"));
    const titles = all(child(app, "TitlesOfParts")!, "lpstr").map((t) => t.text);
    expect(titles).toEqual(["绩效自评表", "偏移", "隐藏表", "受保护", "空表", "自评报告", "附表 & 说明", "_jixiao"]);
    expect(all(child(app, "HeadingPairs")!, "i4").map((t) => t.text)).toEqual(["8"]);
    expect(all(app, "vector").map((v) => v.attrs.size)).toEqual(["2", "8"]);

    // One cell format appended, the others as they were.
    const xfs = (parts: Parts) => child(parseXml(textOf(parts, "xl/styles.xml")), "cellXfs")!;
    const oldXfs: El = xfs(before);
    const newXfs: El = xfs(after);
    expect(newXfs.children.slice(0, -1)).toEqual(oldXfs.children);
    expect(newXfs.attrs.count).toBe(String(oldXfs.children.length + 1));
    expect(newXfs.children.at(-1)!.children[0]).toMatchObject({ name: "alignment", attrs: { wrapText: "1" } });
    const report = textOf(after, "xl/worksheets/sheet7.xml");
    expect(report).toContain(
      `<cols><col min="1" max="1" width="${columnWidthInFile(12)}" customWidth="1"/><col min="2" max="2" width="${columnWidthInFile(80)}" style="${oldXfs.children.length}" customWidth="1"/></cols>`,
    );
    expect(cellXml(report, "B2")).toMatch(new RegExp(`^<c r="B2" s="${oldXfs.children.length}" t="s">`));

    const snapshot = await readXlsx(result.bytes);
    expect(snapshot.settings).toEqual({ profile: '"strict-local"' });
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      ...fixtureSnapshot().sheets.map((s) => s.name),
      "自评报告",
      "附表 & 说明",
    ]);
    expect(valuesOf(snapshot.sheets.at(-2)!)).toEqual([
      ["一、基本情况", null],
      [null, "段落"],
    ]);
    const wb = await load(result.bytes);
    expect(wb.getWorksheet("附表 & 说明")!.getColumn(1).width).toBe(columnWidthInFile(20));
    expect(wb.getWorksheet("_jixiao")!.state).toBe("veryHidden");
  });

  it("leaves out of a new sheet's name the characters XML cannot hold, as ExcelJS did", async () => {
    const name = "附表\u0001";
    const result = await applyXlsxWrites(await buildFixture(), [w(name, 1, 1, 1, null)], undefined, [{ name }]);
    expect(result.createdSheets).toEqual([name]);
    parseAll(partsOf(result.bytes));
    expect((await readXlsx(result.bytes)).sheets.at(-1)).toMatchObject({
      name: "附表",
      rows: [{ row: 1, cells: [{ col: 1, value: 1, format: "General" }] }],
    });
  });

  it("rewrites the settings sheet whole, long texts over several cells", async () => {
    const bytes = await buildFixtureWithExtras();
    const long = JSON.stringify({ mapping: "列".repeat(70000) });
    const first = await applyXlsxWrites(bytes, [], { mappings: long, profile: '"national"' });
    expect((await readXlsx(first.bytes)).settings).toEqual({ mappings: long, profile: '"national"' });
    const settingsXml = textOf(partsOf(first.bytes), "xl/worksheets/sheet6.xml");
    expect(checkedCells(parseXml(settingsXml))).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 1],
      [2, 2],
    ]);
    const second = await applyXlsxWrites(first.bytes, [], {});
    expect((await readXlsx(second.bytes)).settings).toEqual({});
    const parts = partsOf(second.bytes);
    expect(checkedCells(parseXml(textOf(parts, "xl/worksheets/sheet6.xml")))).toEqual([]);
    const strings = sharedStrings(parts);
    expect(strings.count - strings.refs).toBe(sharedStrings(partsOf(bytes)).count - sharedStrings(partsOf(bytes)).refs);
  });
});
