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
import { fileLines, SEED_000_CORRECTION, withTexts } from "./helpers/cli-fixtures";

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
    // The seed's own sentence, its wrong ratio corrected (388.73 ÷ 17,467.49 = 2.23%) and the correction listed;
    // the warnings in the text listed for the person to check, none passed on in silence.
    expect(text).toContain("资产负债率为 2.23%");
    expect(text).not.toContain("22.25%");
    expect(io.stderr[0]).toBe(SEED_000_CORRECTION);
    expect(io.stderr.slice(1).every((l) => l.startsWith("请核对 第"))).toBe(true);
    expect(io.stderr.some((l) => l.startsWith("请核对 第58段：") && l.includes("项目支出"))).toBe(true);
  });

  it("renumbers seed 002's headings and corrects its share, listing each correction", async () => {
    const io = capture();
    expect(await main(["report", SEED_002], io)).toBe(0);
    const text = io.stdout.join("\n");
    // 三、 … 4、 … 5、 are 四、 and 五、; 3.效益性分析 under (二) is （三）; 136 ÷ 174 = 78.16%, 78.2% at one decimal.
    expect(text).toContain("　　四、 存在的问题");
    expect(text).toContain("　　五、 有关建议");
    expect(text).toContain("　　（三）效益性分析");
    expect(text).toContain("占比达78.2%");
    expect(text).not.toMatch(/^\s*[45]、/m);
    expect(io.stderr.filter((l) => l.startsWith("已更正 "))).toEqual([
      "已更正 第65段：二级标题编号 3. → （三）",
      "已更正 第71段：占比 78.6% → 78.2%",
      "已更正 第79段：一级标题编号 4、 → 四、",
      "已更正 第81段：一级标题编号 5、 → 五、",
    ]);
  });

  it("--as-written keeps the text as the unit wrote it, and says so", async () => {
    const io = capture();
    expect(await main(["report", SEED_000, "--as-written"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("资产负债率为 22.25%");
    expect(io.stderr[0]).toBe("按原文输出：报告中有 1 处错误未更正（去掉 --as-written 可自动更正其中可更正的 1 处）。");
  });

  it("stops, writing nothing, where an error in the text has no safe correction: the person decides", async () => {
    // Seed 000 with its 35 内设机构 miscounted as 36: which of the count and the list is wrong only the unit knows.
    const bytes = withTexts(new Uint8Array(await readFile(SEED_000)), {
      strings: [["下设 35 个内设机构", "下设 36 个内设机构"]],
    });
    const input = path.join(dir, "机构数.xlsx");
    await writeFile(input, bytes);
    const out = path.join(dir, "机构数.docx");
    const io = capture();
    expect(await main(["report", input, "--docx", out], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    const lines = io.stderr.join("\n").split("\n");
    expect(lines[0]).toBe("报告中有 1 处错误需要您先确定如何改正，未输出报告：");
    expect(lines[1]).toMatch(/^ {2}第8段：“下设 36 个内设机构”而其后只列出 35 个/);
    expect(lines[2]).toBe("请在原文中改正后重试；如确需按原文输出，请加 --as-written。");
    expect(lines).toHaveLength(3);
    await expect(stat(out)).rejects.toThrow();
    const kept = capture();
    expect(await main(["report", input, "--docx", out, "--as-written"], kept)).toBe(0);
    expect(kept.stderr[0]).toBe(
      "按原文输出：报告中有 2 处错误未更正（去掉 --as-written 可自动更正其中可更正的 1 处）。",
    );
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
    expect(fileLines(io.stderr)).toEqual([`已写入 Word 文档：${out}`]);
  });

  it("--fill saves a filled copy and leaves the original as it was", async () => {
    const out = path.join(dir, "已填.xlsx");
    const before = await readFile(SEED_000);
    const io = capture();
    expect(await main(["report", SEED_000, "--fill", out], io)).toBe(0);
    expect(await readFile(SEED_000)).toEqual(before);
    expect(fileLines(io.stderr)).toEqual([
      `在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。已另存为 ${out}（原文件未改动）。`,
    ]);
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
