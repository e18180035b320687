/**
 * jixiao report's writes never touch what was read and never leave half a file: the outputs compared with the
 * workbook (and the profile file) by identity — a symbolic link, a hard link, the same name in another letter
 * case where the file system ignores case —, two outputs to one file refused, a folder, a device or a missing
 * folder refused before anything is read, every file written whole or not at all (disk full, a failing rename,
 * Ctrl-C in the middle), an .xlsm filled only into an .xlsm. The file systems that fail are node:fs with one
 * function replaced (the seam of src/cli/files.ts); this machine's file system is case-sensitive and lets root
 * write anywhere, so those cases are simulated.
 */
import { chmod, link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as fflate from "fflate";
import { interruptWrites, NODE_FS, removeUnfinishedWrites, sameAsInput, writing } from "../src/cli/files";
import { fillRefusal, workbookKind } from "../src/cli/workbook-kind";
import { main } from "../src/cli/main";
import { readModel } from "../src/core/model/read";
import { readXlsx } from "../src/workbook/xlsx";
import { capture, errno, fileLines, fsWith, mainContentType, seedBytes, xlsmOf } from "./helpers/cli-fixtures";

let dir = "";
let input = "";
let original: Uint8Array;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-files-"));
  input = path.join(dir, "自评表.xlsx");
  original = seedBytes();
  await writeFile(input, original);
});

afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** The folder's names, sorted: nothing was left or added that the test does not expect. */
async function listing(folder = dir): Promise<string[]> {
  return (await readdir(folder)).sort();
}

async function expectInputIntact(): Promise<void> {
  expect(new Uint8Array(await readFile(input))).toEqual(original);
}

describe("an output that is the workbook read", () => {
  it("through a symbolic link (--docx link.docx → the workbook) is refused; the workbook is as it was", async () => {
    const linkPath = path.join(dir, "link.docx");
    await symlink(input, linkPath);
    const io = capture();
    expect(await main(["report", input, "--docx", linkPath], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([
      `输出文件 ${linkPath} 就是原工作簿 ${input}（同一个文件）：请另取文件名，原文件保持不变`,
    ]);
    expect(io.stdout).toEqual([]);
    await expectInputIntact();
    expect((await stat(linkPath)).isFile()).toBe(true);
  });

  it("through a hard link (--fill 硬链接.xlsx) is refused", async () => {
    const hard = path.join(dir, "硬链接.xlsx");
    await link(input, hard);
    const io = capture();
    expect(await main(["report", input, "--fill", hard], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^输出文件 .*硬链接\.xlsx 就是原工作簿 .*自评表\.xlsx（同一个文件）/);
    await expectInputIntact();
  });

  it("read through a symbolic link and written under its real name is refused", async () => {
    const alias = path.join(dir, "别名.xlsx");
    await symlink(input, alias);
    const io = capture();
    expect(await main(["report", alias, "--fill", input], io)).toBe(2);
    await expectInputIntact();
  });

  it("under the same name in other letters' case is refused where the file system ignores case", async () => {
    const upper = path.join(dir, "自评表.XLSX");
    // A file system that ignores case (Windows, macOS): the seam says so; names then compare case-folded.
    const insensitive = fsWith({ ignoresCase: async () => true });
    const io = capture(insensitive);
    expect(await main(["report", input, "--fill", upper], io)).toBe(2);
    expect(io.stderr[0]).toContain("就是原工作簿");
    expect(await listing()).toEqual(["自评表.xlsx"]);
    await expectInputIntact();
  });

  it("under the same name in other letters' case is another file where the file system tells case apart", async () => {
    const upper = path.join(dir, "自评表.XLSX");
    const io = capture(fsWith({ ignoresCase: async () => false }));
    expect(await main(["report", input, "--fill", upper], io)).toBe(0);
    expect(await listing()).toEqual(["自评表.XLSX", "自评表.xlsx"]);
    await expectInputIntact();
  });

  it("this machine's file system is probed as case-sensitive", async () => {
    expect(await NODE_FS.ignoresCase(dir)).toBe(false);
  });

  it("the profile file read is not written over either", async () => {
    const national = (await import("../src/core/profiles/national.json")).default;
    const profile = path.join(dir, "本县口径.json");
    const text = JSON.stringify({ ...national, id: "my-county", name: "本县口径" });
    await writeFile(profile, text);
    const linkPath = path.join(dir, "口径.docx");
    await symlink(profile, linkPath);
    const io = capture();
    expect(await main(["report", input, "--profile", profile, "--docx", linkPath], io)).toBe(2);
    expect(io.stderr[0]).toContain("就是规则口径文件");
    expect(await readFile(profile, "utf8")).toBe(text);
  });
});

describe("two outputs, or an output that cannot be a file", () => {
  it("--docx and --fill to one file (through a link) are refused, and nothing is written", async () => {
    const docx = path.join(dir, "报告.docx");
    await writeFile(docx, "old");
    const fillLink = path.join(dir, "填好.xlsx");
    await symlink(docx, fillLink);
    const io = capture();
    expect(await main(["report", input, "--docx", docx, "--fill", fillLink], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`--docx 和 --fill 指向同一个文件 ${fillLink}：请分别取名`]);
    expect(await readFile(docx, "utf8")).toBe("old");
  });

  it("a folder as output is refused", async () => {
    const folder = path.join(dir, "报告.docx");
    await mkdir(folder);
    const io = capture();
    expect(await main(["report", input, "--docx", folder], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`--docx ${folder}：这是一个文件夹，不是文件：请写出文件名`]);
  });

  it("a device as output (a link to /dev/full) is refused and the device left alone", async () => {
    const device = path.join(dir, "满.docx");
    await symlink("/dev/full", device);
    const io = capture();
    expect(await main(["report", input, "--docx", device], io)).toBe(2);
    expect(io.stderr[0]).toContain("这不是普通文件");
    expect((await stat("/dev/full")).isCharacterDevice()).toBe(true);
  });

  it("a read-only file as output is refused and left as it was", async () => {
    const out = path.join(dir, "定稿.docx");
    await writeFile(out, "定稿，勿改");
    await chmod(out, 0o444);
    const io = capture();
    expect(await main(["report", input, "--docx", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`--docx ${out}：这个文件是只读的，未写入：请先取消只读，或另取文件名`]);
    expect(await readFile(out, "utf8")).toBe("定稿，勿改");
  });

  it("a symbolic link to nowhere as output is refused", async () => {
    const dangling = path.join(dir, "断链.docx");
    await symlink(path.join(dir, "没有/这个.docx"), dangling);
    const io = capture();
    expect(await main(["report", input, "--docx", dangling], io)).toBe(2);
    expect(io.stderr[0]).toContain("指向不存在位置的符号链接");
  });

  it("an output in a folder that does not exist is refused before the workbook is read", async () => {
    let reads = 0;
    const io = capture(fsWith({ readFile: async (f) => (reads++, NODE_FS.readFile(f)) }));
    const out = path.join(dir, "没有的文件夹", "报告.docx");
    expect(await main(["report", input, "--docx", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`--docx ${out}：所在文件夹不存在`]);
    expect(reads).toBe(0);
  });

  it("an output whose extension does not match what is written is refused", async () => {
    const cases: [string[], string][] = [
      [["--docx", "报告.xlsx"], "--docx 写出的是 Word 文档，文件名应以 .docx 结尾：报告.xlsx"],
      [["--docx", "报告"], "--docx 写出的是 Word 文档，文件名应以 .docx 结尾：报告"],
      [["--fill", "填好.docx"], "--fill 写出的是工作簿，文件名应以 .xlsx 结尾（含宏的工作簿为 .xlsm）：填好.docx"],
      [["--fill", "填好.xls"], "--fill 写出的是工作簿，文件名应以 .xlsx 结尾（含宏的工作簿为 .xlsm）：填好.xls"],
      [
        ["--docx", "同一个.docx", "--fill", "同一个.docx"],
        "--fill 写出的是工作簿，文件名应以 .xlsx 结尾（含宏的工作簿为 .xlsm）：同一个.docx",
      ],
      [
        ["--docx", "a.docx", "--json"],
        "--json 用于打印报告，不能与 --docx、--fill 同时使用（写出文件时只报告写了什么）",
      ],
    ];
    for (const [args, line] of cases) {
      const io = capture();
      expect(await main(["report", input, ...args], io), args.join(" ")).toBe(2);
      expect(io.stderr[0]!.split("\n")[0]).toBe(line);
    }
    expect(await listing()).toEqual(["自评表.xlsx"]);
  });

  it("accepts .DOCX and .XLSX in capitals", async () => {
    const io = capture();
    expect(
      await main(["report", input, "--docx", path.join(dir, "R.DOCX"), "--fill", path.join(dir, "F.XLSX")], io),
    ).toBe(0);
    expect(await listing()).toEqual(["F.XLSX", "R.DOCX", "自评表.xlsx"]);
  });
});

describe("a write that fails leaves no half-written file and the old one as it was", () => {
  it("disk full in the middle of the Word document: one Chinese line, the old file intact, no temporary file", async () => {
    const out = path.join(dir, "报告.docx");
    await writeFile(out, "上一版报告");
    const full = fsWith({
      async writeNew(file, bytes) {
        await writeFile(file, bytes.subarray(0, bytes.length >> 1)); // half of it reaches the disk
        throw errno("ENOSPC", "no space left on device");
      },
    });
    const io = capture(full);
    expect(await main(["report", input, "--docx", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`Word 文档未能写入 ${out}：磁盘已满，未能写入（原有的同名文件未改动）`]);
    expect(await readFile(out, "utf8")).toBe("上一版报告");
    expect(await listing()).toEqual(["报告.docx", "自评表.xlsx"]);
  });

  it("a new file that fails to be written leaves nothing behind", async () => {
    const out = path.join(dir, "新报告.docx");
    const io = capture(fsWith({ writeNew: async () => Promise.reject(errno("EIO")) }));
    expect(await main(["report", input, "--docx", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([
      `Word 文档未能写入 ${out}：写入磁盘时出错（磁盘或网络位置可能有问题）（没有留下不完整的文件）`,
    ]);
    expect(await listing()).toEqual(["自评表.xlsx"]);
  });

  it("a rename refused (the old file open in Excel): the temporary file removed, the old file intact", async () => {
    const out = path.join(dir, "填好.xlsx");
    await writeFile(out, "旧的填好的工作簿");
    const io = capture(fsWith({ rename: async () => Promise.reject(errno("EBUSY", "resource busy or locked")) }));
    expect(await main(["report", input, "--fill", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([
      `工作簿未能写入 ${out}：文件正被其他程序（如 Excel）使用，请关闭后重试（原有的同名文件未改动）`,
    ]);
    expect(await readFile(out, "utf8")).toBe("旧的填好的工作簿");
    expect(await listing()).toEqual(["填好.xlsx", "自评表.xlsx"]);
  });

  /** An fs whose write of the temporary file writes 100 bytes, then waits for the test. */
  function heldWrite() {
    let started!: () => void;
    const writing = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const fs = fsWith({
      async writeNew(file, bytes) {
        await writeFile(file, bytes.subarray(0, 100));
        started();
        await hold; // the disk is still busy here when Ctrl-C comes
      },
    });
    return { fs, writing, release };
  }

  it("Ctrl-C during the write: the write stops, its unfinished file is removed, the old file is as it was", async () => {
    const out = path.join(dir, "报告.docx");
    await writeFile(out, "上一版报告");
    const held = heldWrite();
    const io = capture(held.fs);
    const running = main(["report", input, "--docx", out], io);
    await held.writing;
    expect(writing()).toBe(true);
    expect((await listing()).some((n) => n.endsWith(".tmp"))).toBe(true);
    interruptWrites(); // what run.ts's SIGINT handler does while a write is under way
    held.release(); // the system call in progress completes
    expect(await running).toBe(130);
    expect(fileLines(io.stderr)).toEqual([`已中断：${out} 未写完的文件已删除，原有文件未改动。`]);
    expect(await listing()).toEqual(["报告.docx", "自评表.xlsx"]);
    expect(await readFile(out, "utf8")).toBe("上一版报告");
  });

  it("Ctrl-C between the Word document and the fill: the document is whole, the fill not begun", async () => {
    const docx = path.join(dir, "报告.docx");
    const fill = path.join(dir, "填好.xlsx");
    const io = capture(
      fsWith({
        async rename(from, to) {
          await NODE_FS.rename(from, to);
          interruptWrites(); // comes just after the first file is in place
        },
      }),
    );
    expect(await main(["report", input, "--docx", docx, "--fill", fill], io)).toBe(130);
    expect(fileLines(io.stderr)).toEqual([
      `已写入 Word 文档：${docx}`,
      `已中断：${fill} 未写完的文件已删除，原有文件未改动。`,
    ]);
    expect(await listing()).toEqual(["报告.docx", "自评表.xlsx"]);
  });

  it("a second Ctrl-C does not wait: the unfinished file is removed at once", async () => {
    const out = path.join(dir, "报告.docx");
    await writeFile(out, "上一版报告");
    const held = heldWrite();
    const running = main(["report", input, "--docx", out], capture(held.fs));
    await held.writing;
    expect(removeUnfinishedWrites()).toBe(1); // run.ts then exits
    expect(await listing()).toEqual(["报告.docx", "自评表.xlsx"]);
    expect(await readFile(out, "utf8")).toBe("上一版报告");
    interruptWrites();
    held.release();
    expect(await running).toBe(130);
  });

  it("a read-only folder: one Chinese line, nothing written", async () => {
    const out = path.join(dir, "报告.docx");
    const io = capture(fsWith({ writeNew: async () => Promise.reject(errno("EACCES", "permission denied")) }));
    expect(await main(["report", input, "--docx", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([`Word 文档未能写入 ${out}：没有权限写入（没有留下不完整的文件）`]);
    const readOnlyDisk = capture(
      fsWith({ writeNew: async () => Promise.reject(errno("EROFS", "read-only file system")) }),
    );
    expect(await main(["report", input, "--docx", out], readOnlyDisk)).toBe(2);
    expect(fileLines(readOnlyDisk.stderr)[0]).toContain("所在磁盘是只读的，无法写入");
  });

  it.skipIf(process.getuid?.() === 0)("a read-only folder on this machine (not as root)", async () => {
    const folder = path.join(dir, "只读");
    await mkdir(folder);
    await chmod(folder, 0o555);
    const io = capture();
    expect(await main(["report", input, "--docx", path.join(folder, "报告.docx")], io)).toBe(2);
    expect(fileLines(io.stderr)[0]).toContain("没有权限写入");
    expect(await listing(folder)).toEqual([]);
  });

  it("when the fill is refused, the Word document asked for with it is not written either", async () => {
    const docx = path.join(dir, "报告.docx");
    const io = capture();
    const xlsm = path.join(dir, "宏.xlsm");
    await writeFile(xlsm, xlsmOf(original));
    expect(await main(["report", xlsm, "--docx", docx, "--fill", path.join(dir, "填好.xlsx")], io)).toBe(2);
    expect(await listing()).toEqual(["宏.xlsm", "自评表.xlsx"]);
  });
});

describe("writing", () => {
  it("replaces an existing output whole and keeps its permissions", async () => {
    const out = path.join(dir, "报告.docx");
    await writeFile(out, "上一版报告");
    await chmod(out, 0o640);
    const io = capture();
    expect(await main(["report", input, "--docx", out], io)).toBe(0);
    expect(fileLines(io.stderr)).toEqual([`已写入 Word 文档：${out}`]);
    expect(io.stdout).toEqual([]);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe("PK");
    expect((await stat(out)).mode & 0o777).toBe(0o640);
    expect(await listing()).toEqual(["报告.docx", "自评表.xlsx"]);
  });

  it("writes through a symbolic link to the file it points to; the link stays a link", async () => {
    const real = path.join(dir, "实际.docx");
    await writeFile(real, "old");
    const linkPath = path.join(dir, "快捷.docx");
    await symlink(real, linkPath);
    expect(await main(["report", input, "--docx", linkPath], capture())).toBe(0);
    expect((await readFile(real)).subarray(0, 2).toString()).toBe("PK");
    expect((await import("node:fs")).lstatSync(linkPath).isSymbolicLink()).toBe(true);
  });

  it("--docx and --fill together say only what was written, one line each, on stderr", async () => {
    const io = capture();
    const docx = path.join(dir, "报告.docx");
    const fill = path.join(dir, "填好.xlsx");
    expect(await main(["report", input, "--docx", docx, "--fill", fill], io)).toBe(0);
    expect(io.stdout).toEqual([]);
    expect(fileLines(io.stderr)).toEqual([
      `已写入 Word 文档：${docx}`,
      `在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。已另存为 ${fill}（原文件未改动）。`,
    ]);
    await expectInputIntact();
  });
});

describe("a workbook with macros (.xlsm)", () => {
  it("is never filled into an .xlsx name: the line says why and names the .xlsm to use", async () => {
    const xlsm = path.join(dir, "自评表.xlsm");
    await writeFile(xlsm, xlsmOf(original));
    const io = capture();
    const out = path.join(dir, "填好.xlsx");
    expect(await main(["report", xlsm, "--fill", out], io)).toBe(2);
    expect(fileLines(io.stderr)).toEqual([
      `未填入工作簿：原工作簿含宏（.xlsm），填好的副本也含宏，只能存为 .xlsm：请改用 --fill ${path.join(dir, "填好.xlsm")}。` +
        "存为 .xlsx 时 Excel 会拒绝打开；不需要宏的，请先在 Excel 中把原工作簿另存为 .xlsx 再填",
    ]);
    expect(await listing()).toEqual(["自评表.xlsm", "自评表.xlsx"]);
  });

  it("is filled into an .xlsm that keeps its macros and its content type", async () => {
    const bytes = xlsmOf(original);
    const xlsm = path.join(dir, "自评表.xlsm");
    await writeFile(xlsm, bytes);
    const out = path.join(dir, "填好.xlsm");
    const io = capture();
    expect(await main(["report", xlsm, "--fill", out], io)).toBe(0);
    const filled = new Uint8Array(await readFile(out));
    expect(mainContentType(filled)).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const { unzipSync } = await import("fflate");
    expect(unzipSync(filled)["xl/vbaProject.bin"]).toEqual(unzipSync(bytes)["xl/vbaProject.bin"]);
    const model = readModel(await readXlsx(filled));
    expect(model.report!.paragraphs.some((p) => p.text.startsWith("经自评，2022年度"))).toBe(true);
  });

  it("a plain workbook is not filled into an .xlsm name", async () => {
    const io = capture();
    expect(await main(["report", input, "--fill", path.join(dir, "填好.xlsm")], io)).toBe(2);
    expect(io.stderr[0]).toBe(
      `未填入工作簿：原工作簿不含宏（.xlsx），填好的副本应存为 .xlsx：请改用 --fill ${path.join(dir, "填好.xlsx")}（存为 .xlsm 时 Excel 会拒绝打开）`,
    );
  });

  it("is checked like any workbook", async () => {
    const xlsm = path.join(dir, "自评表.xlsm");
    await writeFile(xlsm, xlsmOf(original));
    const io = capture();
    expect(await main(["check", xlsm], io)).toBe(1);
    expect(io.stdout.join("\n")).toContain("错误 3 项");
  });
});

describe("file identity where the file system gives no inode number", () => {
  const info = (ino: bigint) => ({
    dev: 1n,
    ino,
    mode: 0o100644n,
    isFile: () => true,
    isDirectory: () => false,
    isSymbolicLink: () => false,
  });
  const input = (real: string, ignoresCase: boolean) => ({ given: real, real, info: info(0n), ignoresCase });
  const output = (target: string, ignoresCase: boolean) => ({ given: target, target, existing: info(0n), ignoresCase });

  it("compares the real paths, case-folded where the file system ignores case (a network share on Windows)", () => {
    expect(sameAsInput(output("C:\\单位\\自评表.XLSX", true), input("C:\\单位\\自评表.xlsx", true))).toBe(true);
    expect(sameAsInput(output("/srv/单位/自评表.XLSX", false), input("/srv/单位/自评表.xlsx", false))).toBe(false);
    // Inode 0 on both says nothing: two different files are not taken for one.
    expect(sameAsInput(output("/srv/a.xlsx", false), input("/srv/b.xlsx", false))).toBe(false);
  });

  it("takes a name in decomposed Unicode (macOS) for the same name where case is ignored", () => {
    const composed = "/Users/会计/Désktop/自评表.xlsx".normalize("NFC");
    const decomposed = composed.normalize("NFD");
    expect(sameAsInput(output(decomposed, true), input(composed, true))).toBe(true);
  });
});

describe("the kind of workbook, from its content type", () => {
  it("reads the content types within the reader's limits: a part that inflates a thousandfold is not inflated", () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = fflate;
    const files = unzipSync(xlsmOf(original));
    const types = strFromU8(files["[Content_Types].xml"]!);
    // 16 MiB of spaces before the types: about 16 KB deflated, past the 200-fold ratio once 2 MiB are inflated
    files["[Content_Types].xml"] = strToU8(types.replace("<Types", `${" ".repeat(16 << 20)}<Types`));
    const bomb = zipSync(files, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(workbookKind(bomb)).toBe("xlsx");
  });

  it("knows .xlsx, .xlsm, templates and add-ins; anything unreadable counts as .xlsx", () => {
    expect(workbookKind(original)).toBe("xlsx");
    expect(workbookKind(xlsmOf(original))).toBe("xlsm");
    expect(workbookKind(new Uint8Array([1, 2, 3]))).toBe("xlsx");
    const { unzipSync, zipSync, strFromU8, strToU8 } = fflate;
    const as = (type: string) => {
      const files = unzipSync(original);
      files["[Content_Types].xml"] = strToU8(
        strFromU8(files["[Content_Types].xml"]!).replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          type,
        ),
      );
      return zipSync(files);
    };
    expect(workbookKind(as("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"))).toBe(
      "xltx",
    );
    expect(workbookKind(as("application/vnd.ms-excel.template.macroEnabled.main+xml"))).toBe("xltm");
    expect(workbookKind(as("application/vnd.ms-excel.addin.macroEnabled.main+xml"))).toBe("xlam");
  });

  it("a template or an add-in is not filled, with the reason", () => {
    expect(fillRefusal("xltx", "填好.xlsx")).toBe(
      "原文件是 Excel 模板（.xltx），不能直接填写：请先在 Excel 中用模板新建工作簿，另存为 .xlsx 后再填",
    );
    expect(fillRefusal("xlam", "填好.xlsm")).toBe("原文件是 Excel 加载项（.xlam），不是自评工作簿，不能填写");
    expect(fillRefusal("xlsx", "填好.XLSX")).toBeNull();
    expect(fillRefusal("xlsm", "填好.xlsm")).toBeNull();
  });
});
