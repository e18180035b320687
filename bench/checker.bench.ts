/**
 * The checker on one large workbook (10,000 budget rows, 2,000 indicators): the engine alone (readModel and
 * every rule, from a snapshot), and with the .xlsx read included; then 200 workbooks in one command, one after
 * another as `jixiao check` does, with the memory used along the way. Baselines in the same run: parseFigure over
 * every cell of the snapshot (the least any reader must do), and ExcelJS's own load of the same file.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFile } from "../src/cli/main";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { parseFigure } from "../src/core/figures";
import { readModel } from "../src/core/model/read";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { readXlsx } from "../src/workbook/xlsx";
import { largeWorkbook } from "./large-workbook";
import { measureAsync, measureMs, type MsRow } from "./measure";

/** The snapshot written as an .xlsx file with ExcelJS (values, number formats, merges). */
export async function xlsxOf(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const { row, cells } of s.rows) {
      const target = ws.getRow(row);
      for (const { col, value, format } of cells) {
        if (value === null) continue;
        const cell = target.getCell(col);
        cell.value = value;
        if (format !== "General") cell.numFmt = format;
      }
    }
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function benchChecker(): Promise<{ single: MsRow[]; batch: string[] }> {
  const snapshot = largeWorkbook();
  const bytes = await xlsxOf(snapshot);
  let findings = 0;
  const parse = measureMs("baseline: parseFigure on every cell", () => {
    for (const s of snapshot.sheets) for (const row of s.rows) for (const { value } of row.cells) parseFigure(value);
  });
  const engine = measureMs(
    "engine: readModel + all rules",
    () => {
      findings = runChecks(readModel(snapshot), DEFAULT_PROFILE, CATALOGUE).length;
    },
    15,
  );
  const load = await measureAsync(
    "baseline: ExcelJS load of the .xlsx",
    async () => {
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    },
    3,
  );
  const withXlsx = await measureAsync(
    "with .xlsx: readXlsx + readModel + all rules",
    async () => {
      runChecks(readModel(await readXlsx(bytes)), DEFAULT_PROFILE, CATALOGUE);
    },
    3,
  );
  const single = [parse, engine, load, withXlsx];

  // 200 workbooks: the two seed samples and medium generated ones, checked one after another.
  const dir = await mkdtemp(path.join(tmpdir(), "jixiao-batch-"));
  const batch: string[] = [];
  try {
    const seeds = await Promise.all(
      ["samples/000-honggutan-2022.xlsx", "samples/002-chenggong-2021.xlsx"].map((f) => readFile(f)),
    );
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const file = path.join(dir, `单位${i + 1}.xlsx`);
      await writeFile(file, seeds[i % 2]!);
      files.push(file);
    }
    const heap: number[] = [];
    let rssPeak = 0;
    const start = performance.now();
    for (const file of files) {
      const result = await checkFile(file, DEFAULT_PROFILE);
      if ("error" in result) throw new Error(result.error);
      const m = process.memoryUsage();
      heap.push(m.heapUsed);
      rssPeak = Math.max(rssPeak, m.rss);
    }
    const seconds = (performance.now() - start) / 1000;
    const mb = (x: number) => (x / 1024 / 1024).toFixed(0);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    batch.push(
      `200 workbooks (the two seed samples alternately): ${seconds.toFixed(1)} s in all, ${((seconds * 1000) / 200).toFixed(0)} ms a workbook`,
      `heap used: first 20 files ${mb(avg(heap.slice(0, 20)))} MB on average, last 20 ${mb(avg(heap.slice(-20)))} MB; peak RSS ${mb(rssPeak)} MB`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  single.push({ name: `(the large workbook raises ${findings} findings: its two planted mistakes)`, ms: Number.NaN });
  return { single, batch };
}
