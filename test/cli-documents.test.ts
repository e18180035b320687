/**
 * `jixiao check` on the reports reviewers receive: the seeds' texts as .txt, and as .docx and PDF made from them by
 * LibreOffice here, checked alone (against themselves); a report with its workbook (--report, or two files of one
 * unit in a folder, paired by their names); findings told by paragraph, page and the sentence quoted; a scan, an
 * encrypted PDF and an old .doc each one Chinese line.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../src/cli/main";
import { compoundFile, encryptedPdf, libreOffice, scannedPdf, tempDir, writeAll } from "./helpers/document-fixtures";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEEDS = path.resolve(ROOT, "../shared/seeds");
const SAMPLE_000 = path.join(ROOT, "samples/000-honggutan-2022.xlsx");

let dir = "";
const file = (name: string) => path.join(dir, name);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), color: false };
}

interface JsonFinding {
  rule: string;
  severity: string;
  paragraph?: number;
  page?: number | null;
  quote?: string;
  sheet?: string;
  cell?: string;
  message: string;
}

async function json(
  args: string[],
): Promise<{ code: number; files: { file: string; findings: JsonFinding[]; notes?: string[] }[]; stderr: string[] }> {
  const io = capture();
  const code = await main(["check", "--json", ...args], io);
  return { code, files: JSON.parse(io.stdout.join("")).files, stderr: io.stderr };
}

const errorsOf = (findings: JsonFinding[]) => findings.filter((f) => f.severity === "error");

beforeAll(async () => {
  dir = tempDir("jixiao-cli-documents-");
  copyFileSync(path.join(SEEDS, "000_9460760e9631459a.txt"), file("红谷滩分局2022自评报告.txt"));
  copyFileSync(path.join(SEEDS, "002_469236002914811f.txt"), file("呈贡分局2021评价报告.txt"));
  const texts = [file("红谷滩分局2022自评报告.txt"), file("呈贡分局2021评价报告.txt")];
  mkdirSync(file("docx"));
  mkdirSync(file("pdf"));
  await Promise.all([libreOffice(texts, "docx", file("docx")), libreOffice(texts, "pdf", file("pdf"))]);
  writeAll(dir, {
    "扫描件.pdf": scannedPdf(2),
    "加密.pdf": encryptedPdf(),
    "旧版.doc": compoundFile(["WordDocument"]),
  });
  // A folder with one unit's workbook and report, named as units name them.
  mkdirSync(file("红谷滩"));
  copyFileSync(SAMPLE_000, file("红谷滩/2022年度红谷滩分局绩效自评表.xlsx"));
  copyFileSync(
    path.join(file("docx"), "红谷滩分局2022自评报告.docx"),
    file("红谷滩/2022年度红谷滩分局整体支出绩效自评报告.docx"),
  );
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("jixiao check on report documents", () => {
  for (const kind of ["txt", "docx", "pdf"] as const) {
    it(`reads seed 002 as .${kind} and finds its real mistakes: 3. for （三）, 78.6% for 78.16%, 4、 and 5、 for 四、 and 五、`, async () => {
      const name =
        kind === "txt" ? file("呈贡分局2021评价报告.txt") : path.join(file(kind), `呈贡分局2021评价报告.${kind}`);
      const run = await json([name]);
      expect(run.code).toBe(1);
      const errors = errorsOf(run.files[0]!.findings);
      expect(errors.map((f) => [f.rule, f.quote?.replace(/\s/g, "")])).toEqual([
        ["report-headings", "3.效益性分析"],
        ["report-share", "一年来共创建“零发案”小区、城中村136个，占比达78.6%。"],
        ["report-headings", "4、存在的问题"],
        ["report-headings", "5、有关建议"],
      ]);
      for (const f of run.files[0]!.findings) {
        expect(f.sheet).toBeUndefined();
        expect(f.paragraph).toBeGreaterThan(0);
        if (kind === "pdf") expect(f.page).toBeGreaterThan(0);
        else expect(f.page).toBeNull();
      }
    });

    it(`reads seed 000 as .${kind} and finds its ratio: 资产负债率 22.25% where 388.73 ÷ 17,467.49 = 2.23%`, async () => {
      const name =
        kind === "txt" ? file("红谷滩分局2022自评报告.txt") : path.join(file(kind), `红谷滩分局2022自评报告.${kind}`);
      const run = await json([name]);
      const errors = errorsOf(run.files[0]!.findings);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(/22\.25%.*2\.23%/);
      expect(errors[0]!.quote).toMatch(/资产负债率为\s*22\.25%/);
    });
  }

  it("checks a report with its workbook (--report): the text against the tables, told by paragraph", async () => {
    const run = await json([SAMPLE_000, "--report", file("红谷滩分局2022自评报告.txt")]);
    const report = run.files[0]!;
    expect(report.notes?.[0]).toMatch(
      /^报告 .*红谷滩分局2022自评报告\.txt 与工作簿 .*000-honggutan-2022\.xlsx 一起检查：按 --report 指定$/,
    );
    const debt = report.findings.find((f) => f.rule === "report-figures" && /资产负债率/.test(f.message))!;
    expect(debt).toMatchObject({ severity: "error", quote: expect.stringMatching(/22\.25%/) });
    expect(debt.paragraph).toBe(13); // the 13th paragraph: the text file's blank lines part paragraphs
    // The workbook's own findings keep their sheet and cell.
    expect(report.findings.find((f) => f.rule === "weights-total")).toMatchObject({ sheet: "绩效自评表" });
  });

  it("pairs a folder's workbook and report of one unit by their names, and says so", async () => {
    const io = capture();
    await main(["check", file("红谷滩")], io);
    const out = io.stdout.join("\n");
    expect(out).toMatch(
      /报告 .*2022年度红谷滩分局整体支出绩效自评报告\.docx 与工作簿 .*2022年度红谷滩分局绩效自评表\.xlsx 一起检查：按文件名配对（都写着“红谷滩分局”）/,
    );
    expect(out).toMatch(/第\d+段  报告写资产负债率为 22\.25%/);
  });

  it("takes --report with one workbook only: two workbooks, or a folder with nothing in it, are one line and exit 2", async () => {
    const two = capture();
    expect(await main(["check", SAMPLE_000, SAMPLE_000, "--report", file("红谷滩分局2022自评报告.txt")], two)).toBe(2);
    expect(two.stdout).toEqual([]);
    expect(two.stderr.join("")).toMatch(
      /^--report 与一个工作簿一起使用：jixiao check 自评表\.xlsx --report 自评报告\.docx/,
    );
    mkdirSync(file("空文件夹"));
    const empty = capture();
    expect(await main(["check", file("空文件夹"), "--report", file("红谷滩分局2022自评报告.txt")], empty)).toBe(2);
    expect(empty.stdout).toEqual([]);
    expect(empty.stderr).toHaveLength(1);
    expect(empty.stderr[0]).toMatch(
      /^--report 要与一个工作簿一起检查，但文件夹“.*空文件夹”中没有工作簿（\.xlsx）或报告/,
    );
  });

  it("tells a scan, an encrypted PDF and an old .doc in one Chinese line each, and checks the rest", async () => {
    const io = capture();
    const code = await main(
      ["check", file("扫描件.pdf"), file("加密.pdf"), file("旧版.doc"), file("呈贡分局2021评价报告.txt")],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toHaveLength(3);
    expect(io.stderr[0]).toMatch(/扫描件\.pdf.*没有文字层（可能是扫描件），无法检查/);
    expect(io.stderr[1]).toMatch(/加密\.pdf.*加密的 PDF/);
    expect(io.stderr[2]).toMatch(/旧版\.doc.*旧版 Word 文档/);
    expect(io.stdout.join("\n")).toContain("呈贡分局2021评价报告.txt");
  });
});
