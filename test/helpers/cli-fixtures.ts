/**
 * Fixtures for the command line's tests: the seed workbooks changed the way real files can be (a macro-enabled
 * .xlsm, control characters in a sheet name or a cell, figures past what a cell holds), the smallest workbook
 * jixiao checks, a capturing Io, and file systems that fail where this machine's would not (the seam of
 * src/cli/files.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { NODE_FS, type FileSystem } from "../../src/cli/files";
import type { Io } from "../../src/cli/io";
import { addPackageExtras } from "./xlsx-extra-parts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SEED_000 = path.join(ROOT, "samples/000-honggutan-2022.xlsx");
export const SEED_002 = path.join(ROOT, "samples/002-chenggong-2021.xlsx");

export function seedBytes(file = SEED_000): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** An Io that keeps what the command says; `fs` replaces node:fs. */
export function capture(fs?: FileSystem): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    color: false,
    ...(fs ? { fs } : {}),
  };
}

/** node:fs with some of its functions replaced. */
export function fsWith(changes: Partial<FileSystem>): FileSystem {
  return { ...NODE_FS, ...changes };
}

/** An error as node:fs throws it: code and English text. */
export function errno(code: string, text = "some English errno text"): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${text}`), { code, errno: -1, syscall: "open" });
}

const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** The workbook as Excel saves it with macros (.xlsm): a VBA project and the macro-enabled content type. */
export function xlsmOf(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  addPackageExtras(files);
  const types = strFromU8(files["[Content_Types].xml"]!);
  if (!types.includes(PLAIN_MAIN)) throw new Error("no workbook content type");
  files["[Content_Types].xml"] = strToU8(types.replace(PLAIN_MAIN, MACRO_MAIN));
  return zipSync(files);
}

/** The content type of a workbook's main part. */
export function mainContentType(bytes: Uint8Array): string | undefined {
  const types = strFromU8(unzipSync(bytes)["[Content_Types].xml"]!);
  return /ContentType="([^"]*\.main\+xml)"/.exec(types)?.[1];
}

const xmlEscape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

/**
 * The workbook with texts changed in its XML, the way a file can hold what ExcelJS would not write: in a shared
 * string, C0 characters are written as Excel writes them (_x001B_), others as they are; in a sheet name, as a
 * character reference. Each `from` must occur.
 */
export function withTexts(
  bytes: Uint8Array,
  changes: {
    readonly strings?: readonly (readonly [string, string])[];
    readonly sheets?: readonly (readonly [string, string])[];
  },
): Uint8Array {
  const files = unzipSync(bytes);
  let sst = strFromU8(files["xl/sharedStrings.xml"]!);
  for (const [from, to] of changes.strings ?? []) {
    if (!sst.includes(xmlEscape(from))) throw new Error(`no shared string ${from}`);
    const encoded = xmlEscape(to).replace(
      /[\u0000-\u0008\u000b-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
    sst = sst.split(xmlEscape(from)).join(encoded);
  }
  files["xl/sharedStrings.xml"] = strToU8(sst);
  let workbook = strFromU8(files["xl/workbook.xml"]!);
  for (const [from, to] of changes.sheets ?? []) {
    const attr = `name="${xmlEscape(from)}"`;
    if (!workbook.includes(attr)) throw new Error(`no sheet ${from}`);
    const encoded = [...to]
      .map((c) =>
        c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) || c === "\u202e"
          ? `&#x${c.charCodeAt(0).toString(16)};`
          : xmlEscape(c),
      )
      .join("");
    workbook = workbook.replace(attr, `name="${encoded}"`);
  }
  files["xl/workbook.xml"] = strToU8(workbook);
  return zipSync(files);
}

/** A budget execution table of three rows and a total, consistent: the smallest workbook jixiao checks. */
export async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("预算执行情况").addRows([
    ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
    ["基本支出", 100, 90, 0.9, null],
    ["项目支出", 50, 50, 1, null],
    ["合计", 150, 140, 0.9333, null],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Seed 000 with every number of the sheet `sheet` replaced by `value`, written again by ExcelJS. */
export async function withNumbers(bytes: Uint8Array, value: number, sheet?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    if (sheet !== undefined && ws.name !== sheet) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") cell.value = value;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What `jixiao report` says about the report's text before its outputs (its corrections, the warnings to check,
 *  a text kept as written): the lines a test of writing files leaves aside. */
export const TEXT_NOTE = /^(?:已更正 |请核对 |按原文输出：)/;

/** The lines of stderr about files: those about the report's text left out. */
export function fileLines(stderr: readonly string[]): string[] {
  return stderr.filter((line) => !TEXT_NOTE.test(line));
}

/** The seed 000 report's one error in its text, corrected, as `jixiao report` lists it. */
export const SEED_000_CORRECTION = "已更正 第11段：资产负债率 22.25% → 2.23%";
