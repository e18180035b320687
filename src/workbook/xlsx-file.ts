/**
 * Node only: readXlsx over a path. The adapter itself (xlsx.ts) takes bytes so that the browser can use it.
 */
import { readFile } from "node:fs/promises";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { XlsxReadError, readXlsx } from "./xlsx";

/** Reads the workbook at `path`. Rejects only with an XlsxReadError: code "unreadable" when the file cannot be
 *  opened at all, otherwise as readXlsx. */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹，不是文件" : "无法读取文件";
    throw new XlsxReadError("unreadable", `${reason}：${path}`, { cause: error });
  }
  return readXlsx(bytes);
}
