/** Reading a workbook file for a command: its bytes, snapshot and model, or one Chinese line saying why not. */
import { hasRecognisedTables } from "../core/checks/run";
import { readModel } from "../core/model/read";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { WorkbookModel } from "../core/model/types";
import { DEFAULT_LIMITS } from "../workbook/limits";
import { readXlsx, XlsxReadError } from "../workbook/xlsx";
import { NODE_FS, type FileSystem } from "./files";
import { fsReason } from "./fs-errors";

export interface WorkbookFile {
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly model: WorkbookModel;
}

export const NO_TABLES = "没有识别出绩效自评表、预算执行表、资产负债表或自评报告，请检查表头是否与通用格式一致";

/** The workbook, or why it cannot be read, in Chinese and without the file's name (the caller names it). */
export async function readWorkbookFile(
  file: string,
  fs: FileSystem = NODE_FS,
): Promise<WorkbookFile | { readonly error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file, DEFAULT_LIMITS.fileBytes);
  } catch (e) {
    return { error: fsReason(e, "read") };
  }
  try {
    const snapshot = await readXlsx(bytes);
    const model = readModel(snapshot);
    if (!hasRecognisedTables(model)) return { error: NO_TABLES };
    return { bytes, snapshot, model };
  } catch (e) {
    if (e instanceof XlsxReadError) return { error: e.message };
    return { error: "读取工作簿时程序出错，请把文件发给开发者" };
  }
}
