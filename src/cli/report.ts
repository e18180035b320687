/**
 * jixiao report <file.xlsx> [--outline 自评报告|评价报告] [--docx OUT] [--fill OUT.xlsx] [--json] [--profile …]:
 * composes the report of a workbook and prints it as text (or JSON); writes it as a Word document; fills it into
 * a copy of the workbook. The engine does the work (src/core/narrative, src/export/word.ts); this only reads
 * and writes files.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { planFill, reportOf, reportText, type OutlineId, type ReportDocument } from "../core/narrative/index";
import { OUTLINE_IDS } from "../core/narrative/types";
import { reportToDocx } from "../export/word";
import { applyXlsxWrites } from "../workbook/xlsx";
import type { Io } from "./io";
import { loadProfile } from "./profile-arg";
import { USAGE } from "./usage";
import { readWorkbookFile } from "./workbook-file";

interface ReportOptions {
  readonly file: string;
  readonly outline: OutlineId | undefined;
  readonly docx: string | null;
  readonly fill: string | null;
  readonly json: boolean;
  readonly profile: string | null;
}

function parseReportArgs(args: readonly string[]): ReportOptions | string {
  const files: string[] = [];
  let outline: OutlineId | undefined;
  let docx: string | null = null;
  let fill: string | null = null;
  let json = false;
  let profile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const option = /^--(outline|docx|fill|profile)(?:=(.*))?$/.exec(a);
    if (a === "--json") json = true;
    else if (option) {
      const value = option[2] ?? args[++i];
      if (!value) return `${a} 后面应写${option[1] === "outline" ? "提纲名称" : "文件名"}`;
      if (option[1] === "outline") {
        const id = OUTLINE_IDS.find((o) => o === value.trim());
        if (!id) return `不认识的提纲“${value}”：应为 ${OUTLINE_IDS.join(" 或 ")}`;
        outline = id;
      } else if (option[1] === "docx") docx = value;
      else if (option[1] === "fill") fill = value;
      else profile = value;
    } else if (a.startsWith("--")) return `不认识的选项 ${a}`;
    else files.push(a);
  }
  if (files.length !== 1) return files.length === 0 ? "请给出一个 .xlsx 文件" : "report 一次处理一个文件";
  return { file: files[0]!, outline, docx, fill, json, profile };
}

/** The document as JSON for tools: outline, nodes and blocks (figures with their cells), without the table. */
function reportJson(file: string, doc: ReportDocument): string {
  const { table: _table, ...rest } = doc;
  return JSON.stringify({ file, ...rest }, null, 2);
}

const same = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

export async function report(args: readonly string[], io: Io): Promise<number> {
  const options = parseReportArgs(args);
  if (typeof options === "string") {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  const profile = await loadProfile(options.profile);
  if (typeof profile === "string") {
    io.err(profile);
    return 2;
  }
  for (const out of [options.docx, options.fill]) {
    if (out && same(out, options.file)) {
      io.err(`输出文件不能是原工作簿 ${options.file}：请另取文件名，原文件保持不变`);
      return 2;
    }
  }
  const read = await readWorkbookFile(options.file);
  if ("error" in read) {
    io.err(`${options.file}：${read.error}`);
    return 2;
  }
  const doc = reportOf(read.snapshot, read.model, {
    profile,
    ...(options.outline ? { outline: options.outline } : {}),
  });
  io.out(options.json ? reportJson(options.file, doc) : reportText(doc));

  if (options.docx) {
    try {
      await writeFile(options.docx, await reportToDocx(doc));
      io.err(`已写入 Word 文档：${options.docx}`);
    } catch (e) {
      io.err(`Word 文档未能写入 ${options.docx}：${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  }
  if (options.fill) {
    const planned = planFill(read.snapshot, doc);
    if (!planned.ok) {
      io.err(`未填入工作簿：${planned.message}`);
      return 2;
    }
    const { plan } = planned;
    const result = await applyXlsxWrites(read.bytes, plan.writes, plan.settings, plan.newSheet ? [plan.newSheet] : []);
    try {
      await writeFile(options.fill, result.bytes);
    } catch (e) {
      io.err(`工作簿未能写入 ${options.fill}：${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    io.err(`${plan.summary}已另存为 ${options.fill}（原文件未改动）。`);
    for (const s of result.skipped) io.err(`  未写入：${s.reason}`);
  }
  return 0;
}
