/**
 * The patching writer against the former one (ExcelJS's, kept in test/helpers/xlsx-exceljs-writer.ts): on random
 * workbooks (values of every kind, formulas, merges, hidden and protected sheets, a settings sheet or none, and
 * parts ExcelJS does not keep), random writes (most of them expecting what the cell holds, some stale, some to
 * formulas, merged cells, protected sheets, sheets that are gone or whose names are refused), random new sheets
 * and settings, both give the same outcome and files that readXlsx reads the same. The patched file also keeps
 * every part it had no need to change byte for byte, every XML part well-formed, the cells in order and the
 * shared string counts right.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import { type Area, type CellValue, cellAt } from "../src/core/model/snapshot";
import type { NewSheet } from "../src/workbook/common";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { applyXlsxWritesWithExcelJS } from "./helpers/xlsx-exceljs-writer";
import { EXTRA_PARTS, addPackageExtras } from "./helpers/xlsx-extra-parts";
import { all, checkedCells, diffParts, parseAll, parseXml, partsOf, textOf } from "./helpers/xlsx-parts";

type Kind =
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "error"; readonly v: string }
  | { readonly t: "date"; readonly days: number; readonly seconds: number }
  | { readonly t: "formula"; readonly result: number };

interface CellSpec {
  readonly row: number;
  readonly col: number;
  readonly value: Kind | null; // null: formatted only
  readonly format: string;
}

interface SheetSpec {
  readonly name: string;
  readonly hidden: boolean;
  readonly locked: boolean;
  readonly cells: readonly CellSpec[];
  readonly merges: readonly Area[];
}

const NAMES = ["绩效自评表", "My Sheet", "It's 附表", "预算(1)", "Sheet1", "数据 2022"];
const NEW_NAMES = ["自评报告", "附表 & 说明", "Sheet1", "my sheet", "报告/附件", "History"];
const FORMATS = ["General", "0.00", "#,##0.00", "0.00%", "@"];
const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!"];
// Texts ExcelJS's writer keeps: no control characters (it drops them) and nothing that reads as Excel's escape
// _xHHHH_ (it writes it as it is, so that it reads back as the character). The patching writer keeps both: see
// the second property.
const TEXT_CHARS = [..."abcXYZ 012345.,:;-+=#'\"<>&()（）、。，绩效自评表单位万元\n_"];
const ANY_CHARS = [...TEXT_CHARS, "x", "\u0001", "\u001f", "\r", "\t", "\ufffe", "\ud800", "😀"];

/** True once in `n` times. */
const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);

const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => (v === 0 ? 0 : v)),
  fc.integer({ min: -1000, max: 100000 }),
);
const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 12 });

const kind: fc.Arbitrary<Kind> = fc.oneof(
  number.map((v) => ({ t: "number" as const, v })),
  text.map((v) => ({ t: "text" as const, v })),
  fc.boolean().map((v) => ({ t: "bool" as const, v })),
  fc.constantFrom(...ERRORS).map((v) => ({ t: "error" as const, v })),
  fc
    .record({ days: fc.integer({ min: 61, max: 60000 }), seconds: fc.integer({ min: 0, max: 86399 }) })
    .map((d) => ({ t: "date" as const, ...d })),
  fc.integer({ min: 0, max: 99 }).map((result) => ({ t: "formula" as const, result })),
);

const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  col: fc.integer({ min: 1, max: 6 }),
  value: fc.option(kind, { freq: 6 }),
  format: fc.constantFrom(...FORMATS),
});

const area: fc.Arbitrary<Area> = fc
  .record({
    top: fc.integer({ min: 1, max: 11 }),
    left: fc.integer({ min: 1, max: 5 }),
    h: fc.integer({ min: 0, max: 2 }),
    w: fc.integer({ min: 0, max: 2 }),
  })
  .filter((a) => a.h + a.w > 0)
  .map((a) => ({ top: a.top, left: a.left, bottom: a.top + a.h, right: a.left + a.w }));

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: Area, row: number, col: number) =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

const sheetSpec = (name: string): fc.Arbitrary<SheetSpec> =>
  fc
    .record({
      hidden: oneIn(5),
      locked: oneIn(5),
      cells: fc.array(cellSpec, { maxLength: 30 }),
      merges: fc.array(area, { maxLength: 3 }),
    })
    .map((s) => {
      const merges: Area[] = [];
      for (const m of s.merges) if (!merges.some((k) => overlaps(k, m))) merges.push(m);
      const cells = new Map<string, CellSpec>();
      for (const c of s.cells) {
        const covered = merges.some((m) => inside(m, c.row, c.col) && (m.top !== c.row || m.left !== c.col));
        if (!covered) cells.set(`${c.row},${c.col}`, c);
      }
      return { name, hidden: s.hidden, locked: s.locked, cells: [...cells.values()], merges };
    });

const settingsArb = fc.dictionary(
  fc.constantFrom("profile", "accepted", "mapping"),
  fc.jsonValue({ stringUnit: fc.constantFrom(...TEXT_CHARS), maxDepth: 2 }).map((v) => JSON.stringify(v)),
);

const MS_PER_DAY = 86_400_000;
const dateOf = (k: { days: number; seconds: number }) => new Date((k.days - 25569) * MS_PER_DAY + k.seconds * 1000);

async function specToXlsx(sheets: readonly SheetSpec[], settings: Record<string, string> | null): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.col);
      const k = c.value;
      if (k)
        cell.value =
          k.t === "error"
            ? { error: k.v as ExcelJS.CellErrorValue["error"] }
            : k.t === "date"
              ? dateOf(k)
              : k.t === "formula"
                ? { formula: `${k.result}+0`, result: k.result }
                : k.v;
      if (c.format !== "General" || k?.t === "date") cell.numFmt = k?.t === "date" ? "yyyy-mm-dd hh:mm:ss" : c.format;
    }
    if (s.locked) await ws.protect("", {});
  }
  if (settings) {
    const ws = wb.addWorksheet("_jixiao", { state: "veryHidden" });
    Object.entries(settings).forEach(([key, t], i) => {
      ws.getCell(i + 1, 1).value = key;
      ws.getCell(i + 1, 2).value = t;
    });
  }
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  addPackageExtras(files);
  return zipSync(files);
}

interface WriteSpec {
  readonly sheet: number; // an index into the sheets and new sheets, past them: a sheet that is not there
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly stale: boolean;
}

const writeValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, "", " ", "=1+1") },
);

const writeSpec: fc.Arbitrary<WriteSpec> = fc.record({
  sheet: fc.integer({ min: 0, max: 5 }),
  row: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 14 }) }, fc.constantFrom(0, 1048577)),
  col: fc.integer({ min: 1, max: 8 }),
  value: writeValue,
  stale: oneIn(6),
});

const newSheetArb: fc.Arbitrary<NewSheet> = fc.record({
  name: fc.constantFrom(...NEW_NAMES),
  columnWidths: fc.option(fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(300)), { maxLength: 4 }), {
    nil: undefined,
  }),
  wrapColumns: fc.option(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), { nil: undefined }),
});

const scenario = fc.record({
  sheets: fc
    .shuffledSubarray(NAMES, { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(...names.map(sheetSpec))),
  existingSettings: fc.option(settingsArb, { freq: 2 }),
  writes: fc.array(writeSpec, { maxLength: 12 }),
  newSheets: fc.array(newSheetArb, { maxLength: 2 }),
  settings: fc.option(settingsArb, { nil: undefined, freq: 3 }),
});

/** The parts the patch may change: written worksheets, and the workbook's own parts. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|docProps\/app\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

describe("the patching writer agrees with ExcelJS's", () => {
  it("on the outcome and on what readXlsx reads, and keeps every other part", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (sc) => {
        const bytes = await specToXlsx(sc.sheets, sc.existingSettings);
        const before = await readXlsx(bytes);
        const names = [...sc.sheets.map((s) => s.name), ...sc.newSheets.map((s) => s.name)];
        const writes: CellWrite[] = sc.writes.map((ws) => {
          const sheet = names[ws.sheet] ?? "不存在的表";
          const snapshot = before.sheets.find((s) => s.name === sheet);
          const now = snapshot ? cellAt(snapshot, ws.row, ws.col) : null;
          return { sheet, row: ws.row, col: ws.col, value: ws.value, expected: ws.stale ? "旧值" : now };
        });

        const patched = await applyXlsxWrites(bytes, writes, sc.settings, sc.newSheets);
        const oracle = await applyXlsxWritesWithExcelJS(bytes, writes, sc.settings, sc.newSheets);
        // A date cell is a serial of days; the oracle reads it through a JS Date (milliseconds) and back, which
        // moves a time of day in the 13th digit (61 days and 1 second: 61.00001157407314, where the file holds
        // 61.000011574074074). Serials in the reasons are compared to a millionth of a second.
        const sameSerial = (reason: string) =>
          reason.replace(/\d+\.\d{11,}/g, (x) => String(Math.round(Number(x) * 864e8) / 864e8));
        const outcome = (r: typeof patched) => ({
          applied: r.applied,
          skipped: r.skipped.map((k) => ({ ...k, reason: sameSerial(k.reason) })),
          createdSheets: r.createdSheets,
          rejectedSheets: r.rejectedSheets,
        });
        expect(outcome(patched)).toEqual(outcome(oracle));
        expect(await readXlsx(patched.bytes)).toEqual(await readXlsx(oracle.bytes));

        const nothing = patched.applied.length === 0 && patched.createdSheets.length === 0 && !sc.settings;
        if (nothing) {
          expect(patched.bytes).toEqual(bytes);
          return;
        }
        const beforeParts = partsOf(bytes);
        const afterParts = partsOf(patched.bytes);
        const diff = diffParts(beforeParts, afterParts);
        expect(diff.removed).toEqual([]);
        expect(diff.changed.filter((p) => !MAY_CHANGE.test(p))).toEqual([]);
        const addedSheets = diff.added.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
        // A shared string table is added to a workbook that had none (ExcelJS writes none without texts).
        expect(diff.added.filter((p) => !addedSheets.includes(p))).toEqual(
          "xl/sharedStrings.xml" in beforeParts || !("xl/sharedStrings.xml" in afterParts)
            ? []
            : ["xl/sharedStrings.xml"],
        );
        expect(addedSheets).toHaveLength(
          patched.createdSheets.length + (sc.existingSettings ? 0 : sc.settings ? 1 : 0),
        );
        for (const part of EXTRA_PARTS) expect(diff.changed).not.toContain(part);
        // A sheet that was not written into is not touched.
        const touched = new Set(patched.applied.map((w) => w.sheet));
        for (const s of sc.sheets)
          if (!touched.has(s.name)) {
            const i = sc.sheets.indexOf(s);
            expect(diff.changed).not.toContain(`xl/worksheets/sheet${i + 1}.xml`);
          }

        const trees = parseAll(afterParts);
        for (const [path, tree] of trees) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) checkedCells(tree);
        const sst = trees.get("xl/sharedStrings.xml");
        if (sst) {
          expect(Number(sst.attrs.uniqueCount)).toBe(sst.children.length);
          const refs = (parts: typeof afterParts) =>
            Object.keys(parts)
              .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
              .reduce((n, p) => n + all(parseXml(textOf(parts, p)), "c").filter((c) => c.attrs.t === "s").length, 0);
          const count = (parts: typeof afterParts) =>
            parts["xl/sharedStrings.xml"] ? Number(parseXml(textOf(parts, "xl/sharedStrings.xml")).attrs.count) : 0;
          expect(count(afterParts) - refs(afterParts)).toBe(count(beforeParts) - refs(beforeParts));
        }
        const calc = textOf(afterParts, "xl/workbook.xml").includes('fullCalcOnLoad="1"');
        expect(calc).toBe(patched.applied.length > 0);
      }),
      { numRuns: 60 },
    );
  });

  it(
    "reads back every text it writes, control characters and Excel's escapes included",
    { timeout: 60_000 },
    async () => {
      const bytes = await specToXlsx([{ name: "表", hidden: false, locked: false, cells: [], merges: [] }], null);
      const anyText = fc.oneof(
        fc.string({ unit: fc.constantFrom(...ANY_CHARS), minLength: 1, maxLength: 16 }),
        fc.constantFrom("_x0041_", "_x005F_", "_X0041_", "a_x00e9_b", " 前后 ", "\r\n"),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 8 }), async (texts) => {
          const writes = texts.map((t, i) => ({ sheet: "表", row: i + 1, col: 1, value: t, expected: null }));
          const result = await applyXlsxWrites(bytes, writes);
          expect(result.applied).toHaveLength(texts.length);
          const sheet = (await readXlsx(result.bytes)).sheets[0]!;
          texts.forEach((t, i) => expect(cellAt(sheet, i + 1, 1)).toBe(t));
          parseAll(partsOf(result.bytes));
        }),
        { numRuns: 40 },
      );
    },
  );
});
