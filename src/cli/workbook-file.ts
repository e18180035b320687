/** Reading a workbook file for a command: its bytes, snapshot and model, or one Chinese line saying why not. */
import { readFile } from "node:fs/promises";
import { hasRecognisedTables } from "../core/checks/run";
import { readModel } from "../core/model/read";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { WorkbookModel } from "../core/model/types";
import { readXlsx, XlsxReadError } from "../workbook/xlsx";

export interface WorkbookFile {
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly model: WorkbookModel;
}

export const NO_TABLES = "没有识别出绩效自评表、预算执行表、资产负债表或自评报告，请检查表头是否与通用格式一致";

export async function readWorkbookFile(file: string): Promise<WorkbookFile | { readonly error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取文件";
    return { error: `${reason}：${file}` };
  }
  try {
    const snapshot = await readXlsx(bytes);
    const model = readModel(snapshot);
    if (!hasRecognisedTables(model)) return { error: NO_TABLES };
    return { bytes, snapshot, model };
  } catch (e) {
    if (e instanceof XlsxReadError) return { error: e.message };
    return { error: `读取时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}
