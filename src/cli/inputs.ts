/**
 * What `jixiao check` is given, sorted out: workbooks (.xlsx, .xlsm …), report documents (.docx, .pdf, .txt, .md)
 * and folders. A folder gives its workbooks and reports, each report paired with the workbook of the same unit by
 * their names (the words every file of the kind carries — 绩效自评表, 自评报告, 年度 … — left out, the rest must
 * agree), or, where the folder holds one workbook and one report, with that one; the pairing is said. A workbook
 * named with `--report DOC` is paired with that document.
 */
import path from "node:path";
import type { FileSystem } from "./files";

export type InputKind = "workbook" | "document";

/** A check to make: one file, or a workbook and the report written from it. */
export type CheckInput =
  | { readonly kind: InputKind; readonly file: string }
  | { readonly kind: "pair"; readonly workbook: string; readonly document: string; readonly how: string }
  /** A folder with nothing to check: said in its line, the other inputs checked. */
  | { readonly kind: "empty-folder"; readonly file: string };

// .doc and .wps are read far enough to say what to do with them (save as .docx).
const DOCUMENT_EXTENSIONS = new Set(["docx", "pdf", "txt", "md", "doc", "wps"]);
const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm", "xltx", "xltm", "xlam", "xls", "xlsb"]);

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

/** What a file is, by its extension; by its first bytes where the extension says nothing (%PDF, a Word zip). */
export function kindOfName(file: string): InputKind | null {
  const ext = extensionOf(file);
  if (DOCUMENT_EXTENSIONS.has(ext)) return "document";
  if (WORKBOOK_EXTENSIONS.has(ext)) return "workbook";
  return null;
}

/** What a file of no known extension is, from its bytes. */
export function kindOfBytes(bytes: Uint8Array): InputKind {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (head.startsWith("%PDF")) return "document";
  if (head.startsWith("PK") && head.includes("word/")) return "document";
  return "workbook";
}

/** The words every file of a kind carries, left out when names are compared. */
const COMMON_WORDS =
  /(?:19|20)\d{2}年?度?|部门整体支出|整体支出|项目支出|绩效自评表|绩效评价表|绩效自评报告|绩效评价报告|自评报告|评价报告|绩效报告|自评表|评价表|绩效|报告|附件\d*|年度|[\s\-_—（）()【】[\]·.,，、]+/g;

/** The part of a file's name that names its unit: "2022年度红谷滩分局绩效自评表.xlsx" → "红谷滩分局". */
export function stemOf(file: string): string {
  return path.basename(file, path.extname(file)).replace(COMMON_WORDS, "");
}

function sameUnit(a: string, b: string): boolean {
  return a !== "" && b !== "" && (a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))));
}

/** The workbooks and reports of a folder's files, paired where they name the same unit. */
export function pairFolder(files: readonly string[]): CheckInput[] {
  const workbooks = files.filter((f) => kindOfName(f) === "workbook").sort();
  const documents = files.filter((f) => kindOfName(f) === "document").sort();
  const out: CheckInput[] = [];
  const paired = new Set<string>();
  const only = workbooks.length === 1 && documents.length === 1;
  for (const doc of documents) {
    const stem = stemOf(doc);
    const match = workbooks.find((w) => !paired.has(w) && sameUnit(stemOf(w), stem));
    const workbook = match ?? (only ? workbooks[0]! : undefined);
    if (!workbook) {
      out.push({ kind: "document", file: doc });
      continue;
    }
    paired.add(workbook);
    const how = match
      ? `按文件名配对（都写着“${stemOf(workbook).length <= stem.length ? stemOf(workbook) : stem}”）`
      : "文件夹中只有这一份工作簿和一份报告";
    out.push({ kind: "pair", workbook, document: doc, how });
  }
  for (const w of workbooks) if (!paired.has(w)) out.push({ kind: "workbook", file: w });
  return out;
}

/**
 * The checks to make for the command line's arguments, in their order (a folder's files in name order), or the
 * one Chinese line that says why not.
 */
/** What is said of a folder with nothing to check. */
export const EMPTY_FOLDER = "这个文件夹中没有工作簿（.xlsx）或报告（.docx、.pdf、.txt、.md）";

export async function inputsOf(
  args: readonly string[],
  report: string | null,
  fs: FileSystem,
): Promise<CheckInput[] | string> {
  const out: CheckInput[] = [];
  for (const arg of args) {
    let folder = false;
    try {
      folder = (await fs.stat(arg)).isDirectory();
    } catch {
      folder = false; // told when the file is read
    }
    if (!folder) {
      out.push({ kind: kindOfName(arg) ?? "workbook", file: arg });
      continue;
    }
    const names = (await fs.readdir?.(arg)) ?? [];
    const files = names.filter((n) => kindOfName(n) !== null && !n.startsWith("~$")).map((n) => path.join(arg, n));
    if (files.length === 0) out.push({ kind: "empty-folder", file: arg });
    else out.push(...pairFolder(files));
  }
  if (report === null) return out;
  const empty = out.find((i) => i.kind === "empty-folder");
  if (empty)
    return `--report 要与一个工作簿一起检查，但文件夹“${empty.file}”中没有工作簿（.xlsx）或报告：请写出工作簿，如 jixiao check 自评表.xlsx --report 自评报告.docx`;
  const workbooks = out.filter((i) => i.kind === "workbook");
  if (workbooks.length !== 1 || out.length !== 1)
    return "--report 与一个工作簿一起使用：jixiao check 自评表.xlsx --report 自评报告.docx";
  const w = workbooks[0] as { kind: "workbook"; file: string };
  return [{ kind: "pair", workbook: w.file, document: report, how: "按 --report 指定" }];
}
