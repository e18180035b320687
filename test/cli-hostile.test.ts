/**
 * `jixiao check` over a batch of hostile and unusual files (test/helpers/hostile-files.ts) with the two samples
 * among them: each refused file is told in one Chinese line on standard error naming it, each readable one gets
 * its findings, the samples in the middle and at the end of the batch are checked as if alone, and the run ends
 * with exit 2 (a file could not be read). Once in process, once as a new user runs it (node bin/jixiao.js).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../src/cli/main";
import { hostileCases, writeCases, type HostileCase } from "./helpers/hostile-files";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = ["000-honggutan-2022.xlsx", "002-chenggong-2021.xlsx"].map((f) => path.join(ROOT, "samples", f));

let dir = "";
let cases: HostileCase[] = [];
let files: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-hostile-cli-"));
  cases = hostileCases();
  files = writeCases(dir, cases);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), color: false };
}

describe("jixiao check over hostile files", () => {
  it(
    "tells each refused file in one Chinese line and checks every other file of the batch",
    { timeout: 120_000 },
    async () => {
      const batch = [SAMPLES[0]!, ...files.slice(0, 10), SAMPLES[1]!, ...files.slice(10), SAMPLES[0]!];
      const io = capture();
      expect(await main(["check", ...batch], io)).toBe(2);
      const refused = cases.filter((c) => c.expect.kind === "refused");
      expect(io.stderr).toHaveLength(refused.length);
      refused.forEach((c, i) => {
        const line = io.stderr[i]!;
        expect(line.startsWith(path.join(dir, c.file))).toBe(true);
        if (c.expect.kind === "refused") expect(line).toMatch(c.expect.message);
        expect(line).not.toMatch(/\n|Error|at .*\(|ENOENT|Infinity/);
      });
      const out = io.stdout.join("\n");
      for (const c of cases.filter((x) => x.expect.kind === "read")) expect(out).toContain(path.join(dir, c.file));
      // The samples after the hostile files are checked as if alone: sample 000's three errors, sample 002's.
      const blocks = io.stdout.filter((b) => b.startsWith(SAMPLES[0]!));
      expect(blocks).toHaveLength(2);
      expect(blocks[1]).toBe(blocks[0]);
      expect(blocks[0]).toContain("共 3 个错误");
    },
  );

  it("as a new user runs it: node bin/jixiao.js, no stack trace, exit 2", { timeout: 120_000 }, () => {
    const pick = ["压缩炸弹-谎报大小.xlsx", "远处的单元格-XFD1048576.xlsx", "截断.xlsx", "整表合并.xlsx"];
    const chosen = pick.map((name) => files[cases.findIndex((c) => c.file === name)]!);
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin/jixiao.js"), "check", ...chosen, SAMPLES[1]!], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(2);
    expect(run.stderr).toMatch(
      /压缩炸弹-谎报大小\.xlsx：文件中的一个部件（工作表“绩效自评表”）压缩比超过 200 倍的上限/,
    );
    expect(run.stderr).toMatch(/截断\.xlsx：文件已损坏或不是 Excel 工作簿/);
    expect(run.stderr).not.toMatch(/\bat\b.*:\d+|Error:|heap/);
    expect(run.stdout).toContain("远处的单元格-XFD1048576.xlsx");
    expect(run.stdout).toContain("002-chenggong-2021.xlsx");
  });
});
