/**
 * Which kind of Excel file a workbook's bytes are — a workbook (.xlsx), a workbook with macros (.xlsm), a
 * template (.xltx, .xltm) or an add-in (.xlam) — from the content type of its workbook part. Excel refuses to
 * open a file whose extension does not match that content type, so a filled copy must keep the kind's
 * extension: an .xlsm stays .xlsm.
 */
import { strFromU8 } from "fflate";
import { ZipArchive } from "../workbook/zip";

export type WorkbookKind = "xlsx" | "xlsm" | "xltx" | "xltm" | "xlam";

const MAIN_TYPES: readonly (readonly [string, WorkbookKind])[] = [
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xlsx"],
  ["application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xlsm"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", "xltx"],
  ["application/vnd.ms-excel.template.macroEnabled.main+xml", "xltm"],
  ["application/vnd.ms-excel.addin.macroEnabled.main+xml", "xlam"],
];

/** The kind of a workbook that has been read; "xlsx" when its package does not say (nothing else is told). */
export function workbookKind(bytes: Uint8Array): WorkbookKind {
  let types: string;
  try {
    // read through the same bounded archive as the workbook itself: a content-types part that inflates past the
    // limits is refused, not inflated into memory
    const archive = new ZipArchive(bytes);
    if (!archive.has("[Content_Types].xml")) return "xlsx";
    types = strFromU8(archive.read("[Content_Types].xml"));
  } catch {
    return "xlsx";
  }
  for (const [type, kind] of MAIN_TYPES) {
    if (new RegExp(`ContentType\\s*=\\s*["']${type.replace(/[.+]/g, "\\$&")}["']`, "i").test(types)) return kind;
  }
  return "xlsx";
}

/** The extension of a file name, lower case, without the dot ("" when none). */
export function extensionOf(file: string): string {
  const base =
    file
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** The file name with another extension: 自评表.xlsx → 自评表.xlsm. */
export function withExtension(file: string, extension: string): string {
  const current = extensionOf(file);
  return current === "" ? `${file}.${extension}` : `${file.slice(0, file.length - current.length)}${extension}`;
}

/**
 * Why a workbook of this kind cannot be filled into a file of that extension, or null when it can: a workbook
 * with macros into .xlsx (Excel would refuse the file, and dropping the macros is not jixiao's to decide), a
 * plain workbook into .xlsm, a template or an add-in at all.
 */
export function fillRefusal(kind: WorkbookKind, output: string): string | null {
  const ext = extensionOf(output);
  if (kind === "xlsm" && ext !== "xlsm") {
    return (
      `原工作簿含宏（.xlsm），填好的副本也含宏，只能存为 .xlsm：请改用 --fill ${withExtension(output, "xlsm")}。` +
      `存为 .xlsx 时 Excel 会拒绝打开；不需要宏的，请先在 Excel 中把原工作簿另存为 .xlsx 再填`
    );
  }
  if (kind === "xlsx" && ext !== "xlsx") {
    return `原工作簿不含宏（.xlsx），填好的副本应存为 .xlsx：请改用 --fill ${withExtension(output, "xlsx")}（存为 .${ext} 时 Excel 会拒绝打开）`;
  }
  if (kind === "xltx" || kind === "xltm") {
    return `原文件是 Excel 模板（.${kind}），不能直接填写：请先在 Excel 中用模板新建工作簿，另存为 .xlsx${kind === "xltm" ? " 或 .xlsm" : ""} 后再填`;
  }
  if (kind === "xlam") return "原文件是 Excel 加载项（.xlam），不是自评工作簿，不能填写";
  return null;
}
