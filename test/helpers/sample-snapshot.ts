/** The sample workbooks (samples/*.xlsx) read as snapshots, once per test file. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx";

const snapshots = new Map<string, WorkbookSnapshot>();
/** By path, not by URL: under jsdom the URL class is the page's. */
const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

export async function sampleSnapshot(id: string): Promise<WorkbookSnapshot> {
  let s = snapshots.get(id);
  if (!s) snapshots.set(id, (s = await readXlsx(readFileSync(path.join(SAMPLES, `${id}.xlsx`)))));
  return s;
}

export function sampleBytes(id: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SAMPLES, `${id}.xlsx`)));
}
