/**
 * The worksheet patcher on its own, on parts ExcelJS cannot read but Excel writes or accepts: rows and cells
 * without references (each follows the one before), a prefixed main namespace, comments and CDATA, attribute
 * values holding ">", and shared formulas around the written cells. Every result is parsed by saxes and its cells
 * checked to be in order.
 */
import { describe, expect, it } from "vitest";
import { type CellContent, emptySheet, newSheetXml, patchSheet } from "../src/workbook/xlsx-patch-sheet";
import { SharedStrings, xstring } from "../src/workbook/xlsx-patch-strings";
import { nextTag } from "../src/workbook/xlsx-patch-xml";
import { all, checkedCells, child, parseXml } from "./helpers/xlsx-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const cells = (entries: [number, number, CellContent][]) => {
  const out = new Map<number, Map<number, CellContent>>();
  for (const [r, c, content] of entries) {
    if (!out.has(r)) out.set(r, new Map());
    out.get(r)!.set(c, content);
  }
  return out;
};
const n = (value: number): CellContent => ({ kind: "number", value });
const s = (index: number): CellContent => ({ kind: "string", index });
const clear: CellContent = { kind: "clear" };

/** The values of a patched sheet by reference, rows and cells without one placed after the one before. */
function values(xml: string): Record<string, string> {
  const sheet = parseXml(xml);
  const refs = checkedCells(sheet);
  const out: Record<string, string> = {};
  const cs = all(child(sheet, "sheetData")!, "c");
  cs.forEach((c, i) => {
    const [r, col] = refs[i]!;
    const f = child(c, "f");
    const v = child(c, "v")?.text ?? "";
    out[`${String.fromCharCode(64 + col)}${r}`] =
      `${c.attrs.t ?? ""}${f ? "=" : ""}${v}${c.attrs.s ? `|s${c.attrs.s}` : ""}`;
  });
  return out;
}

describe("patchSheet", () => {
  for (const prefix of ["", "x:"])
    it(`places cells among rows and cells without references${prefix ? ", with a prefixed namespace" : ""}`, () => {
      const p = prefix;
      const ns = p ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
      const xml =
        `<?xml version="1.0"?>\n<${p}worksheet ${ns}><${p}sheetData>` +
        `<${p}row><${p}c><${p}v>1</${p}v></${p}c><${p}c r="C1"><${p}v>3</${p}v></${p}c></${p}row>` + // row 1: A1, C1
        `<${p}row><${p}c r="B2"><${p}v>22</${p}v></${p}c><${p}c><${p}v>23</${p}v></${p}c></${p}row>` + // row 2: B2, C2
        `<${p}row r="5"><${p}c r="A5" s="3"><${p}f t="shared" ref="A5:A6" si="0">Q1</${p}f><${p}v>0</${p}v></${p}c></${p}row>` +
        `<${p}row><${p}c r="A6"><${p}f t="shared" si="0"/><${p}v>0</${p}v></${p}c></${p}row>` + // row 6
        `</${p}sheetData></${p}worksheet>`;
      const out = patchSheet(
        xml,
        cells([
          [1, 2, n(2)], // between A1 and C1
          [1, 4, s(0)], // after C1
          [2, 1, n(21)], // before B2
          [2, 3, n(230)], // C2, which has no reference
          [3, 1, n(31)], // a new row between 2 and 5
          [6, 2, n(62)], // after the shared formula's child
          [7, 1, clear], // nothing
          [9, 26, n(926)], // a new last row
        ]),
      );
      expect(values(out.xml)).toEqual({
        A1: "1",
        B1: "2",
        C1: "3",
        D1: "s0",
        A2: "21",
        B2: "22",
        C2: "230",
        A3: "31",
        A5: "=0|s3",
        A6: "=0",
        B6: "62",
        Z9: "926",
      });
      expect(out.xml).toContain(`<${p}f t="shared" ref="A5:A6" si="0">Q1</${p}f>`);
      expect(out.xml).toContain(`<${p}row r="3"><${p}c r="A3"><${p}v>31</${p}v></${p}c></${p}row>`);
      expect(out.xml).not.toContain('<row r="7"');
    });

  it("skips comments, CDATA and processing instructions, and reads attribute values holding “>”", () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetPr codeName="a>b"/><dimension ref="A1"/><sheetData>` +
      `<!-- <row r="2"><c r="A2"/></row> --><?pi <row r="3"/> ?>` +
      `<row r="1" x="1>0"><c r="A1" t="str"><f>"&lt;row&gt;"</f><v><![CDATA[<row r="9">]]></v></c></row>` +
      `</sheetData></worksheet>`;
    const out = patchSheet(xml, cells([[2, 1, n(2)]]));
    expect(out.xml).toContain('</row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>');
    expect(out.xml).toContain('<dimension ref="A1:A2"/>');
    expect(checkedCells(parseXml(out.xml))).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("replaces a cell's value and type, keeping its style, phonetic flag and extLst; counts shared strings let go", () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
      `<c r="A1" s="4" t="s" ph="1" vm="1"><v>7</v><extLst><ext uri="{X}"/></extLst></c>` +
      `<c r="B1" t="s"><v>8</v></c><c r="C1" t="inlineStr"><is><t>旧</t></is></c><c r="D1" s="2" t="e"><v>#N/A</v></c>` +
      `</row></sheetData></worksheet>`;
    const out = patchSheet(
      xml,
      cells([
        [1, 1, { kind: "boolean", value: true }],
        [1, 2, clear],
        [1, 3, s(3)],
        [1, 4, clear],
      ]),
    );
    expect(out.xml).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
        `<c r="A1" s="4" ph="1" t="b"><v>1</v><extLst><ext uri="{X}"/></extLst></c>` +
        `<c r="C1" t="s"><v>3</v></c><c r="D1" s="2"/>` +
        `</row></sheetData></worksheet>`,
    );
    expect(out.releasedStrings).toBe(2);
  });

  it("fills an empty sheetData and a self-closing row, widening spans", () => {
    const empty = patchSheet(
      `<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData/></worksheet>`,
      cells([[2, 3, n(1)]]),
    );
    expect(empty.xml).toBe(
      `<worksheet xmlns="${MAIN}"><dimension ref="A1:C2"/><sheetData><row r="2"><c r="C2"><v>1</v></c></row></sheetData></worksheet>`,
    );
    const selfClosing = patchSheet(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="4" spans="1:2" ht="20" customHeight="1" /></sheetData></worksheet>`,
      cells([[4, 5, n(1)]]),
    );
    expect(selfClosing.xml).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="4" spans="1:5" ht="20" customHeight="1"><c r="E4"><v>1</v></c></row></sheetData></worksheet>`,
    );
  });

  it("empties the settings sheet, counting its shared strings", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></worksheet>`;
    expect(emptySheet(xml)).toEqual({
      xml: `<worksheet xmlns="${MAIN}"><sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></worksheet>`,
      releasedStrings: 2,
    });
  });

  it("writes a new sheet that patches like any other", () => {
    const xml = newSheetXml([
      { col: 3, width: 20.7109375, customWidth: true },
      { col: 1, width: 9.140625, customWidth: false, style: 5 },
    ]);
    expect(xml).toContain(
      '<cols><col min="1" max="1" width="9.140625" style="5"/><col min="3" max="3" width="20.7109375" customWidth="1"/></cols><sheetData/>',
    );
    const out = patchSheet(xml, cells([[1, 1, n(1)]]));
    expect(out.xml).toContain('<sheetData><row r="1"><c r="A1" s="5"><v>1</v></c></row></sheetData>');
    parseXml(out.xml);
  });
});

describe("the shared string table", () => {
  it("escapes what XML cannot hold and what Excel would read as an escape", () => {
    expect(xstring("a_x0041_b")).toBe("a_x005F_x0041_b");
    expect(xstring("_x12g4_ _x_")).toBe("_x12g4_ _x_");
    expect(xstring("\u0000\u0009\u000a\u000d\ufffe\uffff")).toBe("_x0000_\t\n_x000D__xFFFE__xFFFF_");
    expect(xstring("\ud83d\ude00 \ud83d \ude00")).toBe("\ud83d\ude00 _xD83D_ _xDE00_");
    expect(xstring("<&>\"'")).toBe("&lt;&amp;&gt;\"'");
  });

  it("finds plain texts it holds, adds others at the end, and keeps its counts", () => {
    const sst = new SharedStrings(
      `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}" count="5" uniqueCount="3"><x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r></x:si><x:si><x:t xml:space="preserve"> 丙</x:t></x:si></x:sst>`,
    );
    expect([sst.indexOf("甲"), sst.indexOf("乙"), sst.indexOf(" 丙"), sst.indexOf("丁"), sst.indexOf("丁")]).toEqual([
      0, 3, 2, 4, 4,
    ]);
    sst.released(2);
    const xml = sst.render();
    expect(xml).toBe(
      `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}" count="8" uniqueCount="5"><x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r></x:si><x:si><x:t xml:space="preserve"> 丙</x:t></x:si><x:si><x:t>乙</x:t></x:si><x:si><x:t>丁</x:t></x:si></x:sst>`,
    );
    parseXml(xml);
  });
});

describe("the XML scanner", () => {
  it("gives the tags of a part, skipping what is not a tag", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "<b>">]><a k='>'><!--<c/>--><b/><![CDATA[<d>]]></a>`;
    const tags: string[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) tags.push(`${t.kind}:${t.name}`);
    expect(tags).toEqual(["open:a", "empty:b", "close:a"]);
  });
});
