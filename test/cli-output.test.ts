/**
 * Output a terminal can trust, and messages people can read: control characters from a sheet name, a cell or a
 * heading never reach the terminal raw (made visible for people, escaped as \uXXXX in JSON); figures past what a
 * cell holds are never printed as Infinity or with an exponent; every file-system error is one Chinese line
 * naming the file, on standard error, once; --version.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, VERSION } from "../src/cli/main";
import { safeJson, safeLine, safeText } from "../src/cli/safe-text";
import pkg from "../package.json";
import {
  capture,
  errno,
  fsWith,
  SEED_000,
  seedBytes,
  smallWorkbook,
  withNumbers,
  withTexts,
} from "./helpers/cli-fixtures";

/** What a terminal acts on: C0 but tab and line feed, DEL, C1, the bidirectional controls, the separators. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** "Infinity", "NaN", or digits with an exponent. */
const UNPRINTABLE = /Infinity|NaN|\d[eE][+-]?\d/;
/** The colours the human output uses, and nothing else. */
const OUR_COLOURS = /\x1b\[(?:0|1|2|31|33|36|31\x1b\[1|33\x1b\[1|36\x1b\[1)m/g;

const HEADING = "一、部门基本概况";
/** A heading that, printed raw, would clear the screen and print 全部通过 in green, then reverse what follows. */
const HOSTILE = `${HEADING}\x1b[2J\x1b[H\x1b[32m全部通过\x1b[0m\u202e\u009b31m\u0085\r`;
const SHEET = "绩效自评表";
const HOSTILE_SHEET = `${SHEET}\u009b2J\u202e`;

let dir = "";
let hostile = "";
let extreme = "";
let small = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-output-"));
  hostile = path.join(dir, "控制字符.xlsx");
  await writeFile(hostile, withTexts(seedBytes(), { strings: [[HEADING, HOSTILE]], sheets: [[SHEET, HOSTILE_SHEET]] }));
  extreme = path.join(dir, "极端数字.xlsx");
  await writeFile(extreme, await withNumbers(seedBytes(), 1e308, SHEET));
  small = path.join(dir, "预算执行.xlsx");
  await writeFile(small, await smallWorkbook());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("safe text", () => {
  it("makes C0, DEL, C1 and bidirectional controls visible; keeps line breaks and tabs where text spans lines", () => {
    expect(safeText("a\x1b[2Jb\x07\x7f\u009b\u202e\u2066c\r\nd\te")).toBe("a␛[2Jb␇␡⟨U+009B⟩⟨U+202E⟩⟨U+2066⟩c\nd\te");
    expect(safeText("改写\r行首")).toBe("改写␍行首");
    expect(safeLine("两\n行\t")).toBe("两␊行␉");
    expect(safeLine("普通的中文、English, 1,234.56%")).toBe("普通的中文、English, 1,234.56%");
  });

  it("JSON escapes what JSON.stringify leaves raw, and reads back as the original text", () => {
    const text = "\x1b[2J\u0085\u009b\u202e\u2028\u2069\u061c\u200f\x7f“引号”\\";
    const json = safeJson({ text });
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).toContain("\\u202e");
    expect(JSON.parse(json)).toEqual({ text });
    expect(JSON.stringify({ text })).toMatch(RAW_CONTROL); // what the JSON would have been
  });
});

describe("control characters from a file", () => {
  it("jixiao check: the sheet name and the heading quoted in a finding reach the terminal visible, not raw", async () => {
    const io = capture();
    expect(await main(["check", hostile], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).not.toMatch(RAW_CONTROL);
    // report-headings quotes the heading, shortened: what it quotes is made visible.
    expect(text).toContain("“一、部门基本概况␛[2J␛[");
    expect(text).toContain("绩效自评表⟨U+009B⟩2J⟨U+202E⟩!H5:H17");
  });

  it("jixiao check in colour: the only escape sequences printed are its own colours", async () => {
    const io = { ...capture(), color: true };
    await main(["check", hostile], io);
    const text = io.stdout.join("\n");
    expect(text).toMatch(OUR_COLOURS);
    expect(text.replace(OUR_COLOURS, "")).not.toMatch(RAW_CONTROL);
  });

  it("jixiao check --json: valid JSON with the controls escaped, the texts exactly as the file holds them", async () => {
    const io = capture();
    await main(["check", "--json", hostile], io);
    const json = io.stdout.join("");
    expect(json).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(json) as { files: { findings: { sheet: string; message: string }[] }[] };
    const findings = parsed.files[0]!.findings;
    expect(findings.some((f) => f.sheet === HOSTILE_SHEET)).toBe(true);
    expect(findings.some((f) => f.message.includes("“一、部门基本概况\x1b[2J\x1b["))).toBe(true);
  });

  it("jixiao report: the heading printed visible, as text and as JSON", async () => {
    const io = capture();
    expect(await main(["report", hostile], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain("一、部门基本概况␛[2J␛[H␛[32m全部通过");
    const json = capture();
    expect(await main(["report", "--json", hostile], json)).toBe(0);
    expect(json.stdout.join("")).not.toMatch(RAW_CONTROL);
    expect(JSON.stringify(JSON.parse(json.stdout.join("")))).toContain("全部通过");
  });

  it("a file name with control characters is told on one line, visible", async () => {
    const io = capture();
    expect(await main(["check", "坏\x1b[2J名\n字.xlsx"], io)).toBe(2);
    expect(io.stderr).toEqual(["坏␛[2J名␊字.xlsx：文件不存在"]);
  });
});

describe("figures past what a cell holds", () => {
  it("are printed neither as Infinity nor with an exponent, in the findings, the JSON and the report", async () => {
    const human = capture();
    await main(["check", extreme], human);
    expect(human.stdout.join("\n")).not.toMatch(UNPRINTABLE);
    expect(human.stdout.join("\n")).not.toMatch(/In,fin,ity/);

    const json = capture();
    await main(["check", "--json", extreme], json);
    const parsed = JSON.parse(json.stdout.join("")) as {
      files: { findings: { message: string; expected: number | null; actual: number | null }[] }[];
    };
    for (const f of parsed.files[0]!.findings) {
      expect(f.message).not.toMatch(UNPRINTABLE);
      for (const x of [f.expected, f.actual]) if (x !== null) expect(Math.abs(x)).toBeLessThan(1e15);
    }

    const report = capture();
    expect(await main(["report", extreme], report)).toBe(0);
    expect(report.stdout.join("\n")).not.toMatch(UNPRINTABLE);
  });
});

describe("messages", () => {
  it("--version prints the package's version", async () => {
    for (const flag of ["--version", "-V", "-v"]) {
      const io = capture();
      expect(await main([flag], io)).toBe(0);
      expect(io.stdout).toEqual([`jixiao ${pkg.version}`]);
      expect(io.stderr).toEqual([]);
    }
    expect(VERSION).toBe(`jixiao ${pkg.version}`);
  });

  it("an unreadable file is told once, on standard error; the findings of the others on standard output", async () => {
    const missing = path.join(dir, "没有这个文件.xlsx");
    const io = capture();
    expect(await main(["check", small, missing], io)).toBe(2);
    expect(io.stderr).toEqual([`${missing}：文件不存在`]);
    const out = io.stdout.join("\n");
    expect(out).toContain("预算执行.xlsx\n  按全国通用（财预〔2020〕10号）检查\n  提示 1 项");
    expect(out).not.toContain("没有这个文件");
  });

  it("usage goes to standard error when the command is wrong or missing, to standard output when asked", async () => {
    const none = capture();
    expect(await main([], none)).toBe(2);
    expect(none.stdout).toEqual([]);
    expect(none.stderr.join("")).toContain("用法");
    const help = capture();
    expect(await main(["--help"], help)).toBe(0);
    expect(help.stdout.join("")).toContain("--version");
    expect(help.stderr).toEqual([]);
  });

  it("every file-system error is a Chinese line naming the file, never node's English text", async () => {
    const folder = path.join(dir, "一个文件夹.xlsx");
    await mkdir(folder, { recursive: true });
    const cases: [string, string][] = [
      ["ENOENT", "文件不存在"],
      ["EACCES", "没有权限读取"],
      ["EPERM", "没有权限读取，或文件正被其他程序（如 Excel）打开"],
      ["EISDIR", "这是一个文件夹，不是文件"],
      ["EBUSY", "文件正被其他程序（如 Excel）使用，请关闭后重试"],
      ["EIO", "读取磁盘时出错（磁盘或网络位置可能有问题）"],
      ["EMFILE", "同时打开的文件过多，请稍后重试"],
      ["ENAMETOOLONG", "文件名或路径过长"],
      ["ELOOP", "符号链接（快捷方式）层层相指，找不到实际文件"],
      ["ETIMEDOUT", "网络位置无法访问"],
      ["EWHATEVER", "无法读取文件"],
    ];
    for (const [code, reason] of cases) {
      const io = capture(fsWith({ readFile: async () => Promise.reject(errno(code)) }));
      expect(await main(["check", small], io)).toBe(2);
      expect(io.stderr, code).toEqual([`${small}：${reason}`]);
      expect(io.stdout).toEqual([]);
    }
    // On this machine, without a seam: a folder, a missing file.
    const real = capture();
    expect(await main(["check", folder, path.join(dir, "无.xlsx")], real)).toBe(2);
    expect(real.stderr).toEqual([
      `${folder}：这个文件夹中没有工作簿（.xlsx）或报告（.docx、.pdf、.txt、.md）`,
      `${path.join(dir, "无.xlsx")}：文件不存在`,
    ]);
    // The temporary folder's random name may hold capitals of its own: judge only what follows it.
    for (const line of real.stderr) expect(line.split(dir).join("")).not.toMatch(/[A-Z]{4,}|no such|directory|Error/);
  });

  it("a profile file that cannot be read: one Chinese line", async () => {
    const io = capture();
    expect(await main(["check", "--profile", path.join(dir, "无口径.json"), SEED_000], io)).toBe(2);
    expect(io.stderr).toEqual([`读不到规则口径文件 ${path.join(dir, "无口径.json")}：文件不存在`]);
  });

  it("-- ends the options: a file whose name starts with -- is a file", async () => {
    const io = capture();
    expect(await main(["check", "--", "--奇怪的名字.xlsx"], io)).toBe(2);
    expect(io.stderr).toEqual(["--奇怪的名字.xlsx：文件不存在"]);
  });
});
