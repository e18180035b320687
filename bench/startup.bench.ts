/**
 * Start-up of the command line: one small file checked by the built CLI (`node bin/jixiao.js check …`, as
 * `npx jixiao` runs it), against a bare `node -e 0`, both as child processes, run in turn several times; the
 * median (and the best) of the wall times. Beside them, to show where the time goes: `jixiao --version` (the
 * built CLI loading nothing but its entry) and the import of ExcelJS alone (the library of the reader jixiao had before its own).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { smallWorkbook as smallWorkbookBytes } from "../test/helpers/cli-fixtures";
import { buildCli } from "../scripts/build-cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/jixiao.js");
const SAMPLE = path.join(ROOT, "samples/000-honggutan-2022.xlsx");

export interface StartupRow {
  readonly name: string;
  readonly medianMs: number;
  readonly bestMs: number;
  /** The exit code of the last run (the check of a workbook with errors exits 1). */
  readonly status: number | null;
}

export const STARTUP_TARGET = 3;

/** The smallest workbook jixiao checks (test/helpers/cli-fixtures.ts), written into `dir`. */
async function smallWorkbook(dir: string): Promise<string> {
  const file = path.join(dir, "预算执行.xlsx");
  await writeFile(file, await smallWorkbookBytes());
  return file;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchStartup(runs = 11): Promise<StartupRow[]> {
  await buildCli();
  const dir = await mkdtemp(path.join(tmpdir(), "jixiao-startup-"));
  try {
    const small = await smallWorkbook(dir);
    const commands: [string, string[]][] = [
      ["baseline: node -e 0", ["-e", "0"]],
      ["jixiao --version (built CLI)", [BIN, "--version"]],
      ["import of ExcelJS alone", ["--input-type=module", "-e", "await import('exceljs')"]],
      ["jixiao check, one small file (4 rows)", [BIN, "check", small]],
      ["jixiao check, sample 000 (20 KB)", [BIN, "check", SAMPLE]],
    ];
    const times = commands.map(() => [] as number[]);
    const status: (number | null)[] = commands.map(() => null);
    // One warm-up round (the file cache), then the commands in turn, so that the machine's load falls on all.
    for (let round = 0; round <= runs; round++) {
      commands.forEach(([, args], i) => {
        const start = performance.now();
        const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
        const ms = performance.now() - start;
        if (run.error) throw run.error;
        if (round > 0) times[i]!.push(ms);
        status[i] = run.status;
      });
    }
    return commands.map(([name], i) => ({
      name,
      medianMs: median(times[i]!),
      bestMs: Math.min(...times[i]!),
      status: status[i]!,
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function startupLines(rows: readonly StartupRow[]): string[] {
  const base = rows[0]!;
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map(
    (r) =>
      `${r.name.padEnd(width)}  ${r.medianMs.toFixed(0).padStart(6)} ms median (best ${r.bestMs.toFixed(0)})` +
      (r === base ? "" : `  ×${(r.medianMs / base.medianMs).toFixed(1)} node -e 0`),
  );
  const small = rows.find((r) => r.name.includes("small file"))!;
  const ratio = small.medianMs / base.medianMs;
  lines.push(
    `target: one small file checked within ${STARTUP_TARGET}× node -e 0: ` +
      `${ratio <= STARTUP_TARGET ? "met" : "NOT met"} (×${ratio.toFixed(1)})`,
  );
  return lines;
}
