/**
 * jixiao report on the sample workbooks: the text on standard output, --outline, --json, --docx (a Word file),
 * --fill (a filled copy; the original untouched), and one Chinese line for every way it can go wrong.
 */
import { readFile, stat, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../src/cli/main";
import { readModel } from "../src/core/model/read";
import { readXlsx } from "../src/workbook/xlsx";

const SEED_000 = "samples/000-honggutan-2022.xlsx";
const SEED_002 = "samples/002-chenggong-2021.xlsx";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), color: false };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-report-"));
});

describe("jixiao report", () => {
  it("prints the report of seed 000 as text, the workbook's own paragraphs kept", async () => {
    const io = capture();
    expect(await main(["report", SEED_000], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text.split("\n")[0]).toBe("2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告");
    expect(text).toContain(
      "　　二、部门整体支出绩效实现情况\n　　经自评，2022年度部门整体支出绩效自评结果为：总分90.84分，自评等级为“优”。",
    );
    expect(text).toContain("资产负债率为 22.25%"); // the seed's own sentence stays theirs: the checker reports it
    expect(io.stderr).toEqual([]);
  });

  it("--outline 评价报告 composes the other outline", async () => {
    const io = capture();
    expect(await main(["report", SEED_000, "--outline", "评价报告"], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text.split("\n")[0]).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效评价报告");
    expect(text).toContain("　　（一）经济性分析\n");
  });

  it("--json gives the outline, the nodes and every passage with its figures' cells", async () => {
    const io = capture();
    expect(await main(["report", SEED_002, "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("\n"));
    expect(json.outline).toBe("评价报告");
    expect(json.nodes.map((n: { id: string }) => n.id)).toContain("三.（一）");
    expect(json.table).toBeUndefined();
  });

  it("--docx writes a Word document", async () => {
    const out = path.join(dir, "报告.docx");
    const io = capture();
    expect(await main(["report", SEED_000, "--docx", out], io)).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(io.stderr).toEqual([`已写入 Word 文档：${out}`]);
  });

  it("--fill saves a filled copy and leaves the original as it was", async () => {
    const out = path.join(dir, "已填.xlsx");
    const before = await readFile(SEED_000);
    const io = capture();
    expect(await main(["report", SEED_000, "--fill", out], io)).toBe(0);
    expect(await readFile(SEED_000)).toEqual(before);
    expect(io.stderr).toEqual([`在“自评报告”写入 1 段，已有段落移动 28 段。已另存为 ${out}（原文件未改动）。`]);
    const model = readModel(await readXlsx(await readFile(out)));
    expect(model.report!.paragraphs.some((p) => p.text.startsWith("经自评，2022年度"))).toBe(true);
  });

  it("refuses to write over the workbook it reads", async () => {
    const io = capture();
    expect(await main(["report", SEED_000, "--fill", `./${SEED_000}`], io)).toBe(2);
    expect(io.stderr[0]).toBe(
      `输出文件 ./${SEED_000} 就是原工作簿 ${SEED_000}（同一个文件）：请另取文件名，原文件保持不变`,
    );
    expect((await stat(SEED_000)).size).toBeGreaterThan(0);
  });

  it("says in one line what is wrong with the command or the file", async () => {
    const cases: [string[], string][] = [
      [["report"], "请给出一个 .xlsx 文件"],
      [["report", SEED_000, SEED_002], "report 一次处理一个文件"],
      [["report", SEED_000, "--outline", "总结"], "不认识的提纲“总结”：应为 自评报告 或 评价报告"],
      [["report", SEED_000, "--docx"], "--docx 后面应写文件名"],
      [["report", SEED_000, "--pdf", "x.pdf"], "不认识的选项 --pdf"],
      [["report", "没有这个文件.xlsx"], "没有这个文件.xlsx：文件不存在"],
    ];
    for (const [args, first] of cases) {
      const io = capture();
      expect(await main(args, io), args.join(" ")).toBe(2);
      expect(io.stderr.join("\n").split("\n")[0]).toBe(first);
      expect(io.stdout).toEqual([]);
    }
    const corrupt = path.join(dir, "坏文件.xlsx");
    await writeFile(corrupt, "这不是一个 Excel 文件");
    const io = capture();
    expect(await main(["report", corrupt], io)).toBe(2);
    expect(io.stderr.join("")).toMatch(/^.*坏文件\.xlsx：.+/);
    expect(io.stderr.join("")).not.toMatch(/Error|at /);
  });
});
