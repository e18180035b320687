/** The sample workbooks (samples/*.xlsx) read as snapshots, once per test file. */
import { readFileSync } from "node:fs";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx";

const snapshots = new Map<string, WorkbookSnapshot>();

export async function sampleSnapshot(id: string): Promise<WorkbookSnapshot> {
  let s = snapshots.get(id);
  if (!s) snapshots.set(id, (s = await readXlsx(readFileSync(new URL(`../../samples/${id}.xlsx`, import.meta.url)))));
  return s;
}

export function sampleBytes(id: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../samples/${id}.xlsx`, import.meta.url)));
}
