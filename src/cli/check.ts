/**
 * jixiao check <file.xlsx>... [--json] [--profile NAME|FILE]: the checker over files. Files are checked one after
 * another, so a batch of hundreds stays within bounded memory. Findings go to standard output; a file that
 * could not be read is told once, in one Chinese line on standard error (and, with --json, as its "error").
 */
import { CATALOGUE } from "../core/checks/catalogue";
import { runChecks } from "../core/checks/run";
import type { Finding } from "../core/checks/types";
import type { Profile } from "../core/profile";
import { NODE_FS, type FileSystem } from "./files";
import type { Io } from "./io";
import { formatHuman, formatJson, unreadableLine, type FileResult } from "./output";
import { chooseProfile, profileLine } from "../core/framework";
import { loadProfile } from "./profile-arg";
import { safeLine } from "./safe-text";
import { USAGE } from "./usage";
import { readWorkbookFile } from "./workbook-file";

interface CheckOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly profile: string | null;
}

function parseCheckArgs(args: readonly string[]): CheckOptions | string {
  const files: string[] = [];
  let json = false;
  let profile: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (onlyFiles) files.push(a);
    else if (a === "--")
      onlyFiles = true; // what follows is files, even when it starts with --
    else if (a === "--json") json = true;
    else if (a === "--profile" || a.startsWith("--profile=")) {
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (!value) return "--profile 后面应写规则口径名称或口径文件";
      profile = value;
    } else if (a.startsWith("--")) return `不认识的选项 ${safeLine(a)}`;
    else files.push(a);
  }
  if (files.length === 0) return "请给出要检查的 .xlsx 文件";
  return { files, json, profile };
}

/** Checks one file: its findings, or the one Chinese line that says why it could not be read. */
export async function checkFile(file: string, chosen: Profile | null, fs: FileSystem = NODE_FS): Promise<FileResult> {
  const read = await readWorkbookFile(file, fs);
  if ("error" in read) return { file, error: read.error };
  try {
    const choice = chooseProfile(read.model, read.snapshot.settings, chosen);
    const findings: Finding[] = runChecks(read.model, choice.profile, CATALOGUE);
    const profile = {
      id: choice.profile.id,
      name: choice.profile.name,
      source: choice.source,
      line: profileLine(choice),
      problem: choice.problem,
    };
    return { file, findings, profile };
  } catch {
    return { file, error: "检查时程序出错，请把工作簿发给开发者" };
  }
}

export async function check(args: readonly string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  if (typeof options === "string") {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  const fs = io.fs ?? NODE_FS;
  // The profile named on the command line decides for every file; without one, each file's own setting or the
  // framework its table follows (framework.ts).
  const profile = options.profile === null ? null : await loadProfile(options.profile, fs);
  if (typeof profile === "string") {
    io.err(profile);
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = false;
  let errors = false;
  for (const file of options.files) {
    const result = await checkFile(file, profile, fs);
    if ("error" in result) {
      unreadable = true;
      io.err(unreadableLine(result));
    } else {
      if (result.findings.some((f) => f.severity === "error")) errors = true;
      if (!options.json) io.out(formatHuman(result, io.color));
    }
    if (options.json) results.push(result);
  }
  if (options.json) io.out(formatJson(results));
  return unreadable ? 2 : errors ? 1 : 0;
}
