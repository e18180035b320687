/**
 * Both adapters give the same snapshot for the same workbook: the .xlsx adapter over the file, the office.js
 * adapter over the fake Excel holding the same content, as Excel would show it (office.js gives values, dates
 * as serial numbers, errors as text, "" for empty cells; the fake stands in for Excel).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import type { Area, CellValue, WorkbookSnapshot } from "../src/core/model/snapshot";
import { type NewSheet, SETTINGS_KEY } from "../src/workbook/common";
import { applyOfficeWrites, readOffice } from "../src/workbook/office";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import {
  type FakeSheetInit,
  createFakeExcel,
  createFakeSettings,
  settingsFromSnapshot,
  sheetsFromSnapshot,
} from "./fakes/fake-excel";
import { buildFixture, withoutUncomputed } from "./helpers/xlsx-fixture";

/** Reads the bytes with readXlsx, loads that content into the fake Excel, reads it with readOffice. */
async function bothWays(
  bytes: Uint8Array,
): Promise<{ xlsx: WorkbookSnapshot; office: WorkbookSnapshot; syncs: number }> {
  const xlsx = await readXlsx(bytes);
  const fake = createFakeExcel(sheetsFromSnapshot(xlsx));
  const office = await readOffice(fake.context, { settings: settingsFromSnapshot(xlsx) });
  return { xlsx, office, syncs: fake.syncCount };
}

describe("the two adapters agree", () => {
  it("on a workbook with every kind of cell, in the 1900 and the 1904 date system", async () => {
    for (const date1904 of [false, true]) {
      const { xlsx, office, syncs } = await bothWays(await buildFixture({ date1904 }));
      // Excel computes every formula: F4, whose file holds no result, is the .xlsx reader's alone.
      expect(office).toEqual(withoutUncomputed(xlsx));
      expect(syncs).toBe(1);
    }
  });

  it("on both sample workbooks", async () => {
    for (const name of ["000-honggutan-2022.xlsx", "002-chenggong-2021.xlsx"]) {
      const bytes = new Uint8Array(readFileSync(new URL(`../samples/${name}`, import.meta.url)));
      const { xlsx, office } = await bothWays(bytes);
      expect(office).toEqual(xlsx);
      expect(xlsx.sheets.length).toBeGreaterThan(3);
    }
  });
});

describe("the two adapters agree after writing into new sheets", () => {
  it("on what they write, skip, create and refuse, and on the workbook afterwards", async () => {
    const bytes = await buildFixture();
    const newSheets: NewSheet[] = [
      { name: "自评报告", columnWidths: [12, 80], wrapColumns: [2] },
      { name: "空表" }, // the workbook has it
      { name: "报告/附件" }, // Excel refuses the name
    ];
    const cell = (sheet: string, row: number, col: number, value: CellValue, expected: CellValue): CellWrite => ({
      sheet,
      row,
      col,
      value,
      expected,
    });
    const writes = [
      cell("自评报告", 1, 1, "一、部门基本情况", null),
      cell("自评报告", 2, 2, "预算执行率为88.39%。", null),
      cell("自评报告", 3, 2, "=不是公式", null),
      cell("自评报告", 4, 2, "x", "已有"),
      cell("空表", 1, 1, "段落", null),
      cell("报告/附件", 1, 1, "段落", null),
      cell("绩效自评表", 4, 2, 36000, 36353.37),
    ];

    const xlsx = await applyXlsxWrites(bytes, writes, undefined, newSheets);
    const before = await readXlsx(bytes);
    const fake = createFakeExcel(sheetsFromSnapshot(before));
    const office = await applyOfficeWrites(fake.context, writes, { store: null, newSheets });
    expect(fake.syncCount).toBe(2);
    const outcome = (r: typeof xlsx | typeof office) => ({
      applied: r.applied,
      skipped: r.skipped,
      createdSheets: r.createdSheets,
      rejectedSheets: r.rejectedSheets,
    });
    expect(outcome(office)).toEqual(outcome(xlsx));
    expect(xlsx.createdSheets).toEqual(["自评报告"]);
    expect(xlsx.applied).toHaveLength(5);

    const fromXlsx = await readXlsx(xlsx.bytes);
    const fromOffice = await readOffice(fake.context, { settings: settingsFromSnapshot(before) });
    expect(fromOffice).toEqual(withoutUncomputed(fromXlsx));
    expect(fromXlsx.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "自评报告"]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Random workbooks, built both ways from one description (not through either adapter)

type Kind =
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "error"; readonly v: string }
  | { readonly t: "date"; readonly days: number; readonly seconds: number };

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

const NAMES = ["绩效自评表", "My Sheet", "It's 附表", "预算(1)", "Sheet1", "数据 2022", "评价报告"];
const FORMATS = ["General", "0.00", "#,##0.00", "0.00%", "@"];
const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
const TEXT_CHARS = [..."abcXYZ 012345.,:;-+=#'\"()（）、。，绩效自评表单位万元\n"];

const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
    .map((v) => ({ t: "number" as const, v: v === 0 ? 0 : v })),
  fc.integer({ min: -1000, max: 100000 }).map((v) => ({ t: "number" as const, v })),
  fc
    .string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 12 })
    .map((v) => ({ t: "text" as const, v })),
  fc.boolean().map((v) => ({ t: "bool" as const, v })),
  fc.constantFrom(...ERRORS).map((v) => ({ t: "error" as const, v })),
  fc
    .record({ days: fc.integer({ min: 61, max: 60000 }), seconds: fc.integer({ min: 0, max: 86399 }) })
    .map((d) => ({ t: "date" as const, ...d })),
);

const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  row: fc.integer({ min: 1, max: 25 }),
  col: fc.integer({ min: 1, max: 10 }),
  value: fc.option(kind, { freq: 6 }),
  format: fc.constantFrom(...FORMATS),
});

const area: fc.Arbitrary<Area> = fc
  .record({
    top: fc.integer({ min: 1, max: 24 }),
    left: fc.integer({ min: 1, max: 9 }),
    h: fc.integer({ min: 0, max: 3 }),
    w: fc.integer({ min: 0, max: 3 }),
  })
  .filter((a) => a.h + a.w > 0)
  .map((a) => ({ top: a.top, left: a.left, bottom: a.top + a.h, right: a.left + a.w }));

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: Area, row: number, col: number) =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

const sheetSpec = (name: string): fc.Arbitrary<SheetSpec> =>
  fc
    .record({
      hidden: fc.boolean(),
      locked: fc.boolean(),
      cells: fc.array(cellSpec, { maxLength: 40 }),
      merges: fc.array(area, { maxLength: 4 }),
    })
    .map((s) => {
      const merges: Area[] = [];
      for (const m of s.merges) if (!merges.some((k) => overlaps(k, m))) merges.push(m);
      const cells = new Map<string, CellSpec>();
      for (const c of s.cells) {
        // A merged area holds a value only in its top-left cell, and that cell's format throughout (as Excel
        // merges, and as ExcelJS writes it): nothing is said of the other cells.
        const covered = merges.some((m) => inside(m, c.row, c.col) && (m.top !== c.row || m.left !== c.col));
        if (!covered) cells.set(`${c.row},${c.col}`, c);
      }
      return { name, hidden: s.hidden, locked: s.locked, cells: [...cells.values()], merges };
    });

const workbookSpec = fc
  .shuffledSubarray(NAMES, { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map(sheetSpec)))
  .chain((sheets) =>
    fc.record({
      sheets: fc.constant(sheets),
      settings: fc.dictionary(
        fc.constantFrom("profile", "accepted", "mapping"),
        fc.jsonValue({ stringUnit: fc.constantFrom(...TEXT_CHARS), maxDepth: 2 }).map((v) => JSON.stringify(v)),
      ),
    }),
  );

const MS_PER_DAY = 86_400_000;
const dateOf = (k: { days: number; seconds: number }) => new Date((k.days - 25569) * MS_PER_DAY + k.seconds * 1000);

async function specToXlsx(spec: {
  sheets: readonly SheetSpec[];
  settings: Record<string, string>;
}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.col);
      const k = c.value;
      if (k)
        cell.value =
          k.t === "error" ? { error: k.v as ExcelJS.CellErrorValue["error"] } : k.t === "date" ? dateOf(k) : k.v;
      if (c.format !== "General" || k?.t === "date") cell.numFmt = k?.t === "date" ? "yyyy-mm-dd hh:mm:ss" : c.format;
    }
    if (s.locked) await ws.protect("", {});
  }
  const entries = Object.entries(spec.settings);
  if (entries.length) {
    const ws = wb.addWorksheet("_jixiao", { state: "veryHidden" });
    entries.forEach(([key, text], i) => {
      ws.getCell(i + 1, 1).value = key;
      ws.getCell(i + 1, 2).value = text;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheets as Excel shows them through office.js. */
function specToFake(sheets: readonly SheetSpec[]): FakeSheetInit[] {
  return sheets.map((s) => {
    const values: CellValue[][] = Array.from({ length: 30 }, () => Array<CellValue>(12).fill(null));
    const formats: string[][] = Array.from({ length: 30 }, () => Array<string>(12).fill("General"));
    for (const c of s.cells) {
      const k = c.value;
      values[c.row - 1]![c.col - 1] = !k
        ? null
        : k.t === "date"
          ? 25569 + dateOf(k).getTime() / MS_PER_DAY // the serial number as ExcelJS writes it into the file
          : k.v;
      const format = k?.t === "date" ? "yyyy-mm-dd hh:mm:ss" : c.format;
      const merge = s.merges.find((m) => m.top === c.row && m.left === c.col);
      for (let r = c.row; r <= (merge?.bottom ?? c.row); r++)
        for (let col = c.col; col <= (merge?.right ?? c.col); col++) formats[r - 1]![col - 1] = format;
    }
    return {
      name: s.name,
      visibility: s.hidden ? "Hidden" : "Visible",
      protected: s.locked,
      values,
      numberFormats: formats,
      merges: s.merges,
    };
  });
}

describe("the two adapters agree on random workbooks", () => {
  it(
    "values, number formats, used ranges, merges, protection, visibility and settings",
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookSpec, async (spec) => {
          const xlsx = await readXlsx(await specToXlsx(spec));
          const fake = createFakeExcel(specToFake(spec.sheets));
          const office = await readOffice(fake.context, {
            settings: createFakeSettings({ [SETTINGS_KEY]: spec.settings }),
          });
          expect(office).toEqual(xlsx);
          expect(xlsx.settings).toEqual(spec.settings);
          expect(fake.syncCount).toBe(1);
        }),
        { numRuns: 40 },
      );
    },
  );
});
