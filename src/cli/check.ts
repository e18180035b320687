/**
 * jixiao check <file.xlsx | report.docx|.pdf|.txt|.md | folder>... [--report DOC] [--json] [--profile NAME|FILE]:
 * the checker over files. A workbook is checked as it is; a report document against itself (its tables as a
 * workbook's); a workbook and its report together (--report, or paired by name in a folder: inputs.ts), the
 * report's text against the workbook's tables. Files are checked one after another, so a batch of hundreds stays
 * within bounded memory. Findings go to standard output (a document's by paragraph, page and quote); a file that
 * could not be read is told once, in one Chinese line on standard error (and, with --json, as its "error").
 */
import { CATALOGUE } from "../core/checks/catalogue";
import { runChecks } from "../core/checks/run";
import { chooseProfile, profileLine, type ProfileChoice } from "../core/framework";
import { readModel } from "../core/model/read";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { Profile } from "../core/profile";
import { checkDocument as checkReportDocument } from "../workbook/document/findings";
import { readDocumentFile } from "./document-file";
import { NODE_FS, type FileSystem } from "./files";
import { EMPTY_FOLDER, inputsOf } from "./inputs";
import type { Io } from "./io";
import { formatHuman, formatJson, unreadableLine, type CheckedBy, type FileResult } from "./output";
import { loadProfile } from "./profile-arg";
import { safeLine } from "./safe-text";
import { USAGE } from "./usage";
import { readWorkbookFile } from "./workbook-file";

interface CheckOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly profile: string | null;
  /** A report document to check with the one workbook given. */
  readonly report: string | null;
}

function parseCheckArgs(args: readonly string[]): CheckOptions | string {
  const files: string[] = [];
  let json = false;
  let profile: string | null = null;
  let report: string | null = null;
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
    } else if (a === "--report" || a.startsWith("--report=")) {
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (!value) return "--report 后面应写报告文件（.docx、.pdf、.txt 或 .md）";
      report = value;
    } else if (a.startsWith("--")) return `不认识的选项 ${safeLine(a)}`;
    else files.push(a);
  }
  if (files.length === 0) return "请给出要检查的工作簿（.xlsx）、报告（.docx、.pdf、.txt、.md）或文件夹";
  return { files, json, profile, report };
}

function checkedBy(choice: ProfileChoice): CheckedBy {
  return {
    id: choice.profile.id,
    name: choice.profile.name,
    source: choice.source,
    line: profileLine(choice),
    problem: choice.problem,
  };
}

/** Runs the catalogue on a snapshot, with the profile chosen for it. */
function checked(snapshot: WorkbookSnapshot, chosen: Profile | null) {
  const model = readModel(snapshot);
  const choice = chooseProfile(model, snapshot.settings, chosen);
  return { model, choice, findings: runChecks(model, choice.profile, CATALOGUE) };
}

/** Checks one workbook: its findings, or the one Chinese line that says why it could not be read. */
export async function checkFile(file: string, chosen: Profile | null, fs: FileSystem = NODE_FS): Promise<FileResult> {
  const read = await readWorkbookFile(file, fs);
  if ("error" in read) return { file, error: read.error };
  try {
    const { choice, findings } = checked(read.snapshot, chosen);
    return { file, findings, profile: checkedBy(choice) };
  } catch {
    return { file, error: "检查时程序出错，请把工作簿发给开发者" };
  }
}

/** Checks a report document alone: against itself, and its tables as a workbook's. */
export async function checkDocument(
  file: string,
  chosen: Profile | null,
  fs: FileSystem = NODE_FS,
): Promise<FileResult> {
  const read = await readDocumentFile(file, fs);
  if ("error" in read) return { file, error: read.error, named: read.named };
  try {
    const { model, choice, findings } = checkReportDocument(read.document, null, chosen);
    const notes = [...read.document.notes];
    if (!model.report) notes.push("没有读出报告正文");
    return { file, findings, profile: checkedBy(choice), notes };
  } catch {
    return { file, error: "检查报告时程序出错，请把文件发给开发者" };
  }
}

/** Checks a workbook and the report written from it: the report's text against the workbook's tables. */
export async function checkPair(
  workbook: string,
  document: string,
  how: string,
  chosen: Profile | null,
  fs: FileSystem = NODE_FS,
): Promise<FileResult> {
  const file = `${workbook} + ${document}`;
  const book = await readWorkbookFile(workbook, fs);
  if ("error" in book) return { file: workbook, error: book.error };
  const doc = await readDocumentFile(document, fs);
  if ("error" in doc) return { file: document, error: doc.error, named: doc.named };
  try {
    const { choice, findings } = checkReportDocument(doc.document, book.snapshot, chosen);
    return {
      file,
      findings,
      profile: checkedBy(choice),
      notes: [`报告 ${document} 与工作簿 ${workbook} 一起检查：${how}`, ...doc.document.notes],
    };
  } catch {
    return { file, error: "检查时程序出错，请把工作簿和报告发给开发者" };
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
  const inputs = await inputsOf(options.files, options.report, fs);
  if (typeof inputs === "string") {
    io.err(inputs);
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = false;
  let errors = false;
  for (const input of inputs) {
    if (input.kind === "empty-folder") {
      unreadable = true;
      io.err(unreadableLine({ file: input.file, error: EMPTY_FOLDER }));
      if (options.json) results.push({ file: input.file, error: EMPTY_FOLDER });
      continue;
    }
    const result =
      input.kind === "pair"
        ? await checkPair(input.workbook, input.document, input.how, profile, fs)
        : input.kind === "document"
          ? await checkDocument(input.file, profile, fs)
          : await checkFile(input.file, profile, fs);
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
