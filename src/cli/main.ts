/**
 * The command line over the engine:
 *   jixiao check <file.xlsx>... [--json] [--profile NAME|FILE]
 * Exit 0: no errors; 1: errors were found; 2: a file could not be read (or the command was wrong).
 * Files are checked one after another, so a batch of hundreds stays within bounded memory.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { CATALOGUE } from "../core/checks/catalogue";
import { hasRecognisedTables, runChecks } from "../core/checks/run";
import type { Finding } from "../core/checks/types";
import { readModel } from "../core/model/read";
import { findProfile, parseProfile, type Profile } from "../core/profile";
import { readXlsx, XlsxReadError } from "../workbook/xlsx";
import { formatHuman, formatJson, type FileResult } from "./output";

export const USAGE = `用法 / Usage:
  jixiao check <文件.xlsx>... [--json] [--profile 口径名称|口径文件.json]

  --json       以 JSON 输出检查结果 / print the findings as JSON
  --profile    规则口径：national（默认）、common-framework、strict-local，或自定义口径文件
               rule profile: a built-in id or a profile JSON file

退出码 / Exit code: 0 没有错误 no errors · 1 发现错误 errors found · 2 有文件无法读取 a file could not be read`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
}

interface CheckOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly profile: string | null;
}

function parseCheckArgs(args: readonly string[]): CheckOptions | string {
  const files: string[] = [];
  let json = false;
  let profile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--profile" || a.startsWith("--profile=")) {
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (!value) return "--profile 后面应写规则口径名称或口径文件";
      profile = value;
    } else if (a.startsWith("--")) return `不认识的选项 ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return "请给出要检查的 .xlsx 文件";
  return { files, json, profile };
}

async function loadProfile(spec: string | null): Promise<Profile | string> {
  const builtIn = findProfile(spec);
  if (builtIn.ok) return builtIn.value;
  if (spec && /\.json$/i.test(spec)) {
    let text: string;
    try {
      text = await readFile(spec, "utf8");
    } catch {
      return `读不到规则口径文件 ${spec}`;
    }
    const parsed = parseProfile(text, path.basename(spec));
    return parsed.ok ? parsed.value : parsed.message;
  }
  return builtIn.message;
}

/** Checks one file: its findings, or the one Chinese line that says why it could not be read. */
export async function checkFile(file: string, profile: Profile): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取文件";
    return { file, error: `${reason}：${file}` };
  }
  try {
    const model = readModel(await readXlsx(bytes));
    if (!hasRecognisedTables(model)) {
      return { file, error: "没有识别出绩效自评表、预算执行表、资产负债表或自评报告，请检查表头是否与通用格式一致" };
    }
    const findings: Finding[] = runChecks(model, profile, CATALOGUE);
    return { file, findings };
  } catch (e) {
    if (e instanceof XlsxReadError) return { file, error: e.message };
    return { file, error: `读取时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}

async function check(args: readonly string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  if (typeof options === "string") {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  const profile = await loadProfile(options.profile);
  if (typeof profile === "string") {
    io.err(profile);
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = false;
  let errors = false;
  for (const file of options.files) {
    const result = await checkFile(file, profile);
    if ("error" in result) {
      unreadable = true;
      io.err(`${file}：${result.error}`);
    } else if (result.findings.some((f) => f.severity === "error")) {
      errors = true;
    }
    if (options.json) results.push(result);
    else io.out(formatHuman(result, io.color));
  }
  if (options.json) io.out(formatJson(results));
  return unreadable ? 2 : errors ? 1 : 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return check(rest, io);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.err(`不认识的命令 ${command}\n\n${USAGE}`);
  return 2;
}
