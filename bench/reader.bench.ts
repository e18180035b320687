/**
 * The .xlsx reader: its read of the 10,000-row workbook against ExcelJS's own load of the same bytes, in this
 * process (target: at least 3× faster); then every hostile and unusual file of the tests (test/helpers/
 * hostile-files.ts) checked by the built command line in a child process of its own, with its wall time and its
 * peak memory (the child's maxRSS) — target: any file of 3 MB or less checked within 5 s and 300 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/workbook/xlsx";
import { hostileCases, writeCases } from "../test/helpers/hostile-files";
import { buildCli } from "../scripts/build-cli.js";
import { xlsxOf } from "./checker.bench";
import { largeWorkbook } from "./large-workbook";
import { measureAsync, type MsRow } from "./measure";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/jixiao.js");
export const READ_TARGET = 3;
export const FILE_TARGET = { bytes: 3 * 1024 * 1024, ms: 5000, mb: 300 };

export interface HostileRow {
  readonly file: string;
  readonly what: string;
  readonly kb: number;
  readonly ms: number;
  readonly mb: number;
  /** The command's answer: findings (exit 0 or 1) or one line (exit 2). */
  readonly answer: string;
}

export async function benchReader(): Promise<{ read: MsRow[]; hostile: HostileRow[] }> {
  const bytes = await xlsxOf(largeWorkbook());
  const exceljs = await measureAsync("baseline: ExcelJS load of the 10,000-row workbook", async () => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  });
  const ours = await measureAsync("readXlsx of the same bytes", async () => {
    await readXlsx(bytes);
  });

  await buildCli();
  const dir = await mkdtemp(path.join(tmpdir(), "jixiao-hostile-"));
  const hostile: HostileRow[] = [];
  try {
    const cases = hostileCases();
    const files = writeCases(dir, cases);
    // The child prints its peak memory on exit, after the command's own output (a module loaded first).
    const probe = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxRSS "+process.resourceUsage().maxRSS))`;
    cases.forEach((c, i) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, ["--import", probe, BIN, "check", files[i]!], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      const ms = performance.now() - start;
      const kb = Number(/maxRSS (\d+)/.exec(run.stderr ?? "")?.[1] ?? 0);
      const line = (run.stderr ?? "").split("\n").find((l) => l.trim() !== "" && !l.startsWith("maxRSS")) ?? "";
      const answer = run.status === 2 ? line.replace(/^.*?：/, "") : `findings (exit ${run.status})`;
      hostile.push({ file: c.file, what: c.what, kb: c.bytes.length / 1024, ms, mb: kb / 1024, answer });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { read: [exceljs, ours], hostile };
}

export function readerLines(result: { read: MsRow[]; hostile: HostileRow[] }): string[] {
  const [exceljs, ours] = result.read as [MsRow, MsRow];
  const ratio = (exceljs.medianMs ?? exceljs.ms) / (ours.medianMs ?? ours.ms);
  const lines = [
    `${exceljs.name}: ${exceljs.ms.toFixed(0)} ms best, ${(exceljs.medianMs ?? exceljs.ms).toFixed(0)} ms median`,
    `${ours.name}: ${ours.ms.toFixed(0)} ms best, ${(ours.medianMs ?? ours.ms).toFixed(0)} ms median  ×${ratio.toFixed(1)} faster`,
    `target: at least ${READ_TARGET}× faster than ExcelJS's load: ${ratio >= READ_TARGET ? "met" : "NOT met"} (×${ratio.toFixed(1)})`,
    "",
    "every hostile or unusual file, checked by the built CLI in a child process: size, wall time, peak memory, answer",
  ];
  let worst = { ms: 0, mb: 0 };
  for (const h of result.hostile) {
    if (h.kb * 1024 <= FILE_TARGET.bytes) worst = { ms: Math.max(worst.ms, h.ms), mb: Math.max(worst.mb, h.mb) };
    lines.push(
      `  ${h.file.padEnd(28)} ${h.kb.toFixed(0).padStart(7)} KB ${h.ms.toFixed(0).padStart(6)} ms ${h.mb.toFixed(0).padStart(5)} MB  ${h.answer.slice(0, 60)}`,
    );
  }
  const met = worst.ms <= FILE_TARGET.ms && worst.mb <= FILE_TARGET.mb;
  lines.push(
    `target: any file of 3 MB or less checked within 5 s and 300 MB: ${met ? "met" : "NOT met"} ` +
      `(slowest ${worst.ms.toFixed(0)} ms, largest ${worst.mb.toFixed(0)} MB)`,
  );
  return lines;
}
