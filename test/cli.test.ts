import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../src/cli/main";

const SEED_000 = "samples/000-honggutan-2022.xlsx";
const SEED_002 = "samples/002-chenggong-2021.xlsx";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), color: false };
}

let dir = "";
const files = { corrupt: "", xls: "", encrypted: "", noTable: "", clean: "", profile: "", badProfile: "" };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-cli-"));
  files.corrupt = path.join(dir, "坏文件.xlsx");
  await writeFile(files.corrupt, Buffer.from("这不是一个 Excel 文件"));
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  files.xls = path.join(dir, "旧版.xls");
  await writeFile(files.xls, ole);
  const encrypted = Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(64)]);
  files.encrypted = path.join(dir, "加密.xlsx");
  await writeFile(files.encrypted, encrypted);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "会议签到表";
  files.noTable = path.join(dir, "签到表.xlsx");
  await writeFile(files.noTable, Buffer.from(await wb.xlsx.writeBuffer()));
  const ok = new ExcelJS.Workbook();
  const ws = ok.addWorksheet("预算执行情况");
  ws.addRows([
    ["项目名称", "全年预算数", "全年执行数", "执行率", "未执行原因"],
    ["基本支出", 100, 90, 0.9, null],
    ["项目支出", 50, 50, 1, null],
    ["合计", 150, 140, 0.9333, null],
  ]);
  files.clean = path.join(dir, "预算执行.xlsx");
  await writeFile(files.clean, Buffer.from(await ok.xlsx.writeBuffer()));
  const national = (await import("../src/core/profiles/national.json")).default;
  files.profile = path.join(dir, "本县口径.json");
  await writeFile(files.profile, JSON.stringify({ ...national, id: "my-county", name: "本县口径" }));
  files.badProfile = path.join(dir, "坏口径.json");
  await writeFile(files.badProfile, JSON.stringify({ ...national, reverseMethod: "linear" }));
});

describe("jixiao check", () => {
  it("finds seed 000's errors and exits 1, grouped by severity with locations", async () => {
    const io = capture();
    expect(await main(["check", SEED_000], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain(SEED_000);
    expect(text.indexOf("错误 3 项")).toBeLessThan(text.indexOf("警告"));
    expect(text).toContain("自评报告!A11");
    expect(text).toContain("应为 2.23%");
    expect(text).toContain("[weights-total]");
    expect(io.stderr).toEqual([]);
  });

  it("--json prints exactly the documented shape", async () => {
    const io = capture();
    expect(await main(["check", "--json", SEED_000, SEED_002], io)).toBe(1);
    const json = JSON.parse(io.stdout.join("")) as {
      files: { file: string; profile: Record<string, unknown>; findings: Record<string, unknown>[] }[];
    };
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files.map((f) => f.file)).toEqual([SEED_000, SEED_002]);
    for (const f of json.files) {
      expect(Object.keys(f)).toEqual(["file", "profile", "findings"]);
      // Neither seed sets a profile nor follows another framework: the national default.
      expect(f.profile).toEqual({
        id: "national",
        name: "全国通用（财预〔2020〕10号）",
        source: "default",
        note: null,
      });
      for (const finding of f.findings) {
        expect(Object.keys(finding)).toEqual(["rule", "severity", "sheet", "cell", "message", "expected", "actual"]);
        expect(["error", "warning", "info"]).toContain(finding.severity);
        expect(finding.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      }
    }
    const debt = json.files[0]!.findings.find((f) => f.cell === "A11")!;
    expect(debt).toMatchObject({
      rule: "report-figures",
      severity: "error",
      sheet: "自评报告",
      expected: 0.0223,
      actual: 0.2225,
    });
  });

  it("exits 0 on a workbook with no errors", async () => {
    const io = capture();
    expect(await main(["check", files.clean], io)).toBe(0);
  });

  it("one clear Chinese line per unreadable file, never a stack trace; the others are still checked; exit 2", async () => {
    const io = capture();
    const code = await main(
      ["check", files.corrupt, files.xls, files.encrypted, files.noTable, SEED_002, "不存在.xlsx"],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toHaveLength(5);
    expect(io.stderr[0]).toMatch(/坏文件\.xlsx：.*(损坏|不是 Excel)/);
    expect(io.stderr[1]).toMatch(/旧版\.xls：.*\.xls.*另存为 \.xlsx/);
    expect(io.stderr[2]).toMatch(/加密\.xlsx：.*密码/);
    expect(io.stderr[3]).toMatch(/签到表\.xlsx：没有识别出/);
    expect(io.stderr[4]).toMatch(/不存在\.xlsx：文件不存在/);
    for (const line of io.stderr) {
      expect(line).not.toMatch(/\n|at .*\(|Error:/);
    }
    expect(io.stdout.join("\n")).toContain("评价报告!A71");
  });

  it("--profile takes a built-in id or a profile file, and refuses a broken one with exit 2", async () => {
    const strict = capture();
    await main(["check", "--json", "--profile", "strict-local", SEED_000], strict);
    const national = capture();
    await main(["check", "--json", SEED_000], national);
    expect(strict.stdout.join("")).not.toEqual(national.stdout.join(""));
    const own = capture();
    expect(await main(["check", `--profile=${files.profile}`, SEED_000], own)).toBe(1);
    const bad = capture();
    expect(await main(["check", "--profile", files.badProfile, SEED_000], bad)).toBe(2);
    expect(bad.stderr.join("")).toContain("reverseMethod");
    const unknown = capture();
    expect(await main(["check", "--profile", "beijing", SEED_000], unknown)).toBe(2);
    expect(unknown.stderr.join("")).toContain("未知的规则口径");
  });

  it("explains its usage on wrong arguments", async () => {
    const io = capture();
    expect(await main(["check"], io)).toBe(2);
    expect(io.stderr.join("")).toContain("用法");
    expect(await main(["chek", SEED_000], capture())).toBe(2);
  });

  it("runs as the package's bin (npx jixiao)", async () => {
    const run = promisify(execFile);
    const result = await run("node", ["bin/jixiao.js", "check", "--json", SEED_002]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((result as { code?: number }).code).toBe(1);
    const json = JSON.parse((result as { stdout: string }).stdout) as { files: { findings: unknown[] }[] };
    expect(json.files[0]!.findings.length).toBeGreaterThan(0);
  }, 30000);
});
