/**
 * jixiao report <file.xlsx> [--outline 自评报告|评价报告] [--docx OUT.docx] [--fill OUT.xlsx] [--json] [--profile …]:
 * composes the report of a workbook and prints it as text (or JSON); or writes it as a Word document and/or
 * fills it into a copy of the workbook, and then says only what was written. The engine does the work
 * (src/core/narrative, src/export/word.ts); this reads and writes files.
 *
 * What is written never touches what was read: every output is compared with the workbook and the profile file
 * by file identity (device and inode, through links, ignoring letter case where the file system does), two
 * outputs may not be one file, and each is written to a temporary file in its folder and renamed over the
 * target only when whole (files.ts). Everything is prepared before the first write, so a refusal writes nothing.
 */
import { planFill, reportText, settledReportOf, type OutlineId, type ReportDocument } from "../core/narrative/index";
import { OUTLINE_IDS } from "../core/narrative/types";
import { applyXlsxWrites, XlsxReadError } from "../workbook/xlsx";
import {
  inputPlace,
  NODE_FS,
  outputPlace,
  PlaceError,
  sameAsInput,
  sameOutput,
  writeAtomically,
  WriteInterrupted,
  type InputPlace,
  type OutputPlace,
} from "./files";
import { fsReason } from "./fs-errors";
import type { Io } from "./io";
import { unreadableLine } from "./output";
import { chooseProfile } from "../core/framework";
import { loadProfile } from "./profile-arg";
import { safeJson, safeLine, safeText } from "./safe-text";
import { USAGE } from "./usage";
import { readWorkbookFile } from "./workbook-file";
import { extensionOf, fillRefusal, workbookKind } from "./workbook-kind";

interface ReportOptions {
  readonly file: string;
  readonly outline: OutlineId | undefined;
  readonly docx: string | null;
  readonly fill: string | null;
  readonly json: boolean;
  readonly profile: string | null;
  /** Keep the report's text as written: no figure or heading number corrected (the output says so). */
  readonly asWritten: boolean;
}

function parseReportArgs(args: readonly string[]): ReportOptions | string {
  const files: string[] = [];
  let outline: OutlineId | undefined;
  let docx: string | null = null;
  let fill: string | null = null;
  let json = false;
  let asWritten = false;
  let profile: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const option = onlyFiles ? null : /^--(outline|docx|fill|profile)(?:=(.*))?$/.exec(a);
    if (onlyFiles) files.push(a);
    else if (a === "--")
      onlyFiles = true; // what follows is the file, even when it starts with --
    else if (a === "--json") json = true;
    else if (a === "--as-written") asWritten = true;
    else if (option) {
      const value = option[2] ?? args[++i];
      if (!value) return `--${option[1]} 后面应写${option[1] === "outline" ? "提纲名称" : "文件名"}`;
      if (option[1] === "outline") {
        const id = OUTLINE_IDS.find((o) => o === value.trim());
        if (!id) return `不认识的提纲“${safeLine(value)}”：应为 ${OUTLINE_IDS.join(" 或 ")}`;
        outline = id;
      } else if (option[1] === "docx") docx = value;
      else if (option[1] === "fill") fill = value;
      else profile = value;
    } else if (a.startsWith("--")) return `不认识的选项 ${safeLine(a)}`;
    else files.push(a);
  }
  if (files.length !== 1) return files.length === 0 ? "请给出一个 .xlsx 文件" : "report 一次处理一个文件";
  if (docx !== null && extensionOf(docx) !== "docx") {
    return `--docx 写出的是 Word 文档，文件名应以 .docx 结尾：${safeLine(docx)}`;
  }
  if (fill !== null && !["xlsx", "xlsm"].includes(extensionOf(fill))) {
    return `--fill 写出的是工作簿，文件名应以 .xlsx 结尾（含宏的工作簿为 .xlsm）：${safeLine(fill)}`;
  }
  if (json && (docx !== null || fill !== null)) {
    return "--json 用于打印报告，不能与 --docx、--fill 同时使用（写出文件时只报告写了什么）";
  }
  return { file: files[0]!, outline, docx, fill, json, profile, asWritten };
}

/** The document as JSON for tools: outline, nodes and blocks (figures with their cells), without the table. */
function reportJson(file: string, doc: ReportDocument): string {
  const { table: _table, ...rest } = doc;
  return safeJson({ file, ...rest }, 2);
}

interface Output {
  readonly option: "--docx" | "--fill";
  readonly place: OutputPlace;
}

/** The outputs' places, or the one line that says why one cannot be written (nothing is read or written then). */
async function placeOutputs(options: ReportOptions, io: Io): Promise<Output[] | string> {
  const fs = io.fs ?? NODE_FS;
  const asked = [
    ["--docx", options.docx],
    ["--fill", options.fill],
  ] as const;
  const read: { place: InputPlace; what: string }[] = [{ place: await inputPlace(options.file, fs), what: "原工作簿" }];
  if (options.profile !== null && /\.json$/i.test(options.profile)) {
    read.push({ place: await inputPlace(options.profile, fs), what: "规则口径文件" });
  }
  const outputs: Output[] = [];
  for (const [option, file] of asked) {
    if (file === null) continue;
    let place: OutputPlace;
    try {
      place = await outputPlace(file, fs);
    } catch (e) {
      if (e instanceof PlaceError) return `${option} ${safeLine(file)}：${e.message}`;
      throw e;
    }
    for (const input of read) {
      if (sameAsInput(place, input.place)) {
        return (
          `输出文件 ${safeLine(file)} 就是${input.what} ${safeLine(input.place.given)}（同一个文件）：` +
          `请另取文件名，原文件保持不变`
        );
      }
    }
    const twin = outputs.find((o) => sameOutput(o.place, place));
    if (twin) return `${twin.option} 和 ${option} 指向同一个文件 ${safeLine(file)}：请分别取名`;
    outputs.push({ option, place });
  }
  return outputs;
}

export async function report(args: readonly string[], io: Io): Promise<number> {
  const options = parseReportArgs(args);
  if (typeof options === "string") {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  const fs = io.fs ?? NODE_FS;
  const chosen = options.profile === null ? null : await loadProfile(options.profile, fs);
  if (typeof chosen === "string") {
    io.err(chosen);
    return 2;
  }
  const outputs = await placeOutputs(options, io);
  if (typeof outputs === "string") {
    io.err(outputs);
    return 2;
  }
  const read = await readWorkbookFile(options.file, fs);
  if ("error" in read) {
    io.err(unreadableLine({ file: options.file, error: read.error }));
    return 2;
  }
  if (options.fill !== null) {
    const refusal = fillRefusal(workbookKind(read.bytes), options.fill);
    if (refusal !== null) {
      io.err(`未填入工作簿：${safeLine(refusal)}`);
      return 2;
    }
  }
  const { profile } = chooseProfile(read.model, read.snapshot.settings, chosen);
  const { doc, settled } = settledReportOf(read.snapshot, read.model, {
    profile,
    asWritten: options.asWritten,
    ...(options.outline ? { outline: options.outline } : {}),
  });
  // What the checker proves wrong in the text is never published: corrected where the correction is safe (and
  // said), else the person decides first — unless they ask for the text as written.
  if (options.asWritten) {
    const wrong = settled.corrections.length + settled.undecided.length;
    if (wrong > 0)
      io.err(
        `按原文输出：报告中有 ${wrong} 处错误未更正（去掉 --as-written 可自动更正其中可更正的 ${settled.corrections.length} 处）。`,
      );
  } else {
    if (settled.undecided.length > 0) {
      io.err(
        [
          `报告中有 ${settled.undecided.length} 处错误需要您先确定如何改正，未输出报告：`,
          ...settled.undecided.map((c) => `  ${safeLine(c.line)}`),
          "请在原文中改正后重试；如确需按原文输出，请加 --as-written。",
        ].join("\n"),
      );
      return 1;
    }
    for (const c of settled.corrections) io.err(`已更正 ${safeLine(c.line)}`);
  }
  for (const w of settled.warnings) io.err(`请核对 ${safeLine(w.line)}`);
  if (outputs.length === 0) {
    io.out(options.json ? reportJson(options.file, doc) : safeText(reportText(doc)).replace(/\n$/, ""));
    return 0;
  }

  // Everything is made before anything is written: a refusal or a failure here writes nothing.
  const contents = new Map<Output, { bytes: Uint8Array; said: string[] }>();
  for (const output of outputs) {
    if (output.option === "--fill") {
      const planned = planFill(read.snapshot, doc);
      if (!planned.ok) {
        io.err(`未填入工作簿：${safeLine(planned.message)}`);
        return 2;
      }
      const { plan } = planned;
      let result;
      try {
        result = await applyXlsxWrites(read.bytes, plan.writes, plan.settings, plan.newSheet ? [plan.newSheet] : []);
      } catch (e) {
        const why = e instanceof XlsxReadError ? e.message : "程序出错，请把工作簿发给开发者";
        io.err(`未填入工作簿：${safeLine(why)}`);
        return 2;
      }
      contents.set(output, {
        bytes: result.bytes,
        said: [
          `${safeLine(plan.summary)}已另存为 ${safeLine(output.place.given)}（原文件未改动）。`,
          ...result.skipped.map((s) => `  未写入：${safeLine(s.reason)}`),
        ],
      });
    } else {
      let bytes: Uint8Array;
      try {
        // The Word export (the docx package) is loaded only when a Word document is asked for.
        const { reportToDocx } = await import("../export/word");
        bytes = await reportToDocx(doc);
      } catch {
        io.err("未能生成 Word 文档：程序出错，请把工作簿发给开发者");
        return 2;
      }
      contents.set(output, { bytes, said: [`已写入 Word 文档：${safeLine(output.place.given)}`] });
    }
  }
  for (const output of outputs) {
    const { bytes, said } = contents.get(output)!;
    try {
      await writeAtomically(output.place, bytes, fs);
    } catch (e) {
      if (e instanceof WriteInterrupted) {
        io.err(`已中断：${safeLine(output.place.given)} 未写完的文件已删除，原有文件未改动。`);
        return 130;
      }
      const what = output.option === "--docx" ? "Word 文档" : "工作簿";
      const left = output.place.existing ? "原有的同名文件未改动" : "没有留下不完整的文件";
      io.err(`${what}未能写入 ${safeLine(output.place.given)}：${fsReason(e, "write")}（${left}）`);
      return 2;
    }
    for (const line of said) io.err(line);
  }
  return 0;
}
