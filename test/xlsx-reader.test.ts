/**
 * The .xlsx reader on files written by hand, as other programs write them: cells without their address, rows out
 * of order, dates as ISO text, Excel's escapes, phonetic guides, shared formulas, styles that cannot be read,
 * parts in UTF-16, chart sheets. Each workbook is a handful of parts zipped here.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { snapshotCellAt, type SheetSnapshot } from "../src/core/model/snapshot";
import { readXlsx, XlsxReadError } from "../src/workbook/xlsx";
import { shiftFormula } from "../src/workbook/xlsx-sheet";
import { valuesOf } from "./helpers/workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Spec {
  readonly sheets: readonly { readonly name: string; readonly xml: string; readonly state?: string }[];
  readonly strings?: string;
  readonly styles?: string | Uint8Array;
  readonly workbookPr?: string;
  readonly chartSheet?: boolean;
}

function workbookFile(spec: Spec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/s${i + 1}.xml`] = strToU8(s.xml);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/s${i + 1}.xml"/>`);
    sheets.push(
      `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    );
  });
  if (spec.chartSheet) {
    files["xl/chartsheets/c1.xml"] = strToU8(`<chartsheet xmlns="${MAIN}"/>`);
    rels.push(`<Relationship Id="rIdC" Type="${R}/chartsheet" Target="chartsheets/c1.xml"/>`);
    sheets.push(`<sheet name="图表" sheetId="99" r:id="rIdC"/>`);
  }
  if (spec.strings) {
    files["xl/sharedStrings.xml"] = strToU8(`<sst xmlns="${MAIN}">${spec.strings}</sst>`);
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (spec.styles) {
    files["xl/styles.xml"] = typeof spec.styles === "string" ? strToU8(spec.styles) : spec.styles;
    rels.push(`<Relationship Id="rIdY" Type="${R}/styles" Target="styles.xml"/>`);
  }
  files["xl/workbook.xml"] = strToU8(
    `<workbook xmlns="${MAIN}" xmlns:r="${R}">${spec.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  files["_rels/.rels"] = strToU8(
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  return zipSync(files);
}

const sheetXml = (data: string, after = "") =>
  `<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${after}</worksheet>`;

async function one(data: string, extra: Partial<Spec> = {}, after = ""): Promise<SheetSnapshot> {
  const snapshot = await readXlsx(workbookFile({ sheets: [{ name: "表", xml: sheetXml(data, after) }], ...extra }));
  return snapshot.sheets[0]!;
}

describe("the .xlsx reader on hand-written files", () => {
  it('reads t="d" dates as the serial numbers Excel gives them, in both date systems', async () => {
    const data = `<row r="1"><c r="A1" t="d"><v>2023-01-01T12:00:00</v></c><c r="B1" t="d"><v>1900-01-01</v></c><c r="C1" t="d"><v>1900-03-01</v></c></row>`;
    expect(valuesOf(await one(data))).toEqual([[44927.5, 1, 61]]);
    const in1904 = await one(data, { workbookPr: `<workbookPr date1904="1"/>` });
    expect(snapshotCellAt(in1904, 1, 1)?.value).toBe(44927.5 - 1462);
  });

  it("follows the previous cell where the address is left out, and reads rows out of order", async () => {
    const data = `<row r="3"><c><v>3</v></c><c><v>4</v></c></row><row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c></row>`;
    expect(valuesOf(await one(data))).toEqual([
      [null, 1, 2],
      [null, null, null],
      [3, 4, null],
    ]);
  });

  it("decodes Excel's _xHHHH_ escapes and leaves out phonetic guides", async () => {
    const s = await one(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>合</t></r><r><t>计_x000D_</t></r><rPh sb="0" eb="1"><t>ごう</t></rPh></is></c><c r="C1" t="s"><v>1</v></c></row>`,
      { strings: `<si><t>第一行_x000A_第二行</t></si><si><t>_x005F_x0041_</t><rPh><t>x</t></rPh></si>` },
    );
    expect(valuesOf(s)).toEqual([["第一行\n第二行", "合计\r", "_x0041_"]]);
  });

  it("reads booleans, error values, numbers and a number the file cannot hold as its text", async () => {
    const s = await one(
      `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#VALUE!</v></c><c r="C1"><v> 36353.37 </v></c><c r="D1"><v>1e400</v></c><c r="E1" t="str"><f>A1&amp;""</f><v></v></c></row>`,
    );
    expect(valuesOf(s)).toEqual([[true, "#VALUE!", 36353.37, "1e400"]]);
  });

  it("lists a formula without a result as uncomputed, with the shared formula it takes moved to its cell", async () => {
    const s = await one(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>`,
    );
    expect(snapshotCellAt(s, 2, 1)).toEqual({ col: 1, value: null, format: "General", uncomputed: "=B2*2" });
    expect(snapshotCellAt(s, 3, 1)?.value).toBe(6);
  });

  it("moves the relative references of a shared formula and keeps the absolute ones and the texts", () => {
    expect(shiftFormula("SUM(B1:B3)+$C$1+C$1+$D1", 2, 1)).toBe("SUM(C3:C5)+$C$1+D$1+$D3");
    expect(shiftFormula('IF(A1="A1",LOG10(A1),Sheet1!A1)', 1, 0)).toBe('IF(A2="A1",LOG10(A2),Sheet1!A2)');
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });

  it("drops what the covered cells of a merged area hold (LibreOffice keeps it), and keeps the area", async () => {
    const s = await one(
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`,
      {},
      `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`,
    );
    expect(valuesOf(s)).toEqual([[1]]);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("takes number formats from the styles, the built-in ones too; styles it cannot read leave General", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00&quot;万元&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const data = `<row r="1"><c r="A1" s="1"><v>0.8839</v></c><c r="B1" s="2"><v>36353.37</v></c></row>`;
    const s = await one(data, { styles });
    expect([snapshotCellAt(s, 1, 1)?.format, snapshotCellAt(s, 1, 2)?.format]).toEqual(["0.00%", '#,##0.00"万元"']);
    const broken = await one(data, { styles: "<styleSheet><cellXfs>" });
    expect(snapshotCellAt(broken, 1, 1)).toEqual({ col: 1, value: 0.8839, format: "General" });
  });

  it("reads a part written in UTF-16 with its byte order mark", async () => {
    const xml = sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>预算执行率</t></is></c></row>`);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, "utf16le"))]);
    const bytes = workbookFile({ sheets: [{ name: "表", xml: "" }] });
    const { unzipSync } = await import("fflate");
    const files = unzipSync(bytes);
    files["xl/worksheets/s1.xml"] = utf16;
    expect(valuesOf((await readXlsx(zipSync(files))).sheets[0]!)).toEqual([["预算执行率"]]);
  });

  it("lists worksheets only (a chart sheet is not one), hidden ones as not visible, protection as set", async () => {
    const snapshot = await readXlsx(
      workbookFile({
        sheets: [
          { name: "甲", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
          { name: "乙", xml: sheetXml("", `<sheetProtection sheet="1"/>`), state: "veryHidden" },
        ],
        chartSheet: true,
      }),
    );
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.protected])).toEqual([
      ["甲", true, false],
      ["乙", false, true],
    ]);
  });

  it("tells a sheet that is not well-formed XML as a damaged file", async () => {
    const error = await readXlsx(workbookFile({ sheets: [{ name: "表", xml: `<worksheet><sheetData><row>` }] })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).message).toBe("文件已损坏或不是 Excel 工作簿");
  });
});
