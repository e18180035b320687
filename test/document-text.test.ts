/**
 * Reports handed in as text: the two seeds (real reports) as .txt, in UTF-8 and as Chinese Windows saves them
 * (GBK), and Markdown. Each non-empty line is a paragraph, as written; the report sheet is named by what the
 * report calls itself; a finding's place is told by paragraph and quoted by sentence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import { cellAt } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { DocumentReadError, readDocument, sentenceOf } from "../src/workbook/document";
import { locateFindings } from "../src/workbook/document/findings";
import { gbk } from "./helpers/document-fixtures";
import { ROOT } from "./setup/dist";

const SEEDS = path.join(ROOT, "..", "shared", "seeds");
const SEED_000 = readFileSync(path.join(SEEDS, "000_9460760e9631459a.txt"));
const SEED_002 = readFileSync(path.join(SEEDS, "002_469236002914811f.txt"));

/** The paragraphs a reader counts in a text: its non-empty lines, as written. */
const linesOf = (bytes: Uint8Array): string[] =>
  new TextDecoder()
    .decode(bytes)
    .split(/\r\n|\n/)
    .filter((l) => l.trim() !== "");

describe("the seeds as .txt", () => {
  it("seed 000 is 74 paragraphs, each line as written, in a sheet named 自评报告", async () => {
    const doc = await readDocument(SEED_000, "红谷滩分局2022自评报告.txt");
    expect(doc.kind).toBe("txt");
    expect(doc.title).toBe("2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告");
    expect(doc.snapshot.sheets.map((s) => s.name)).toEqual(["自评报告"]);
    const sheet = doc.snapshot.sheets[0]!;
    expect(sheet.bottom).toBe(74);
    expect(sheet.right).toBe(1);
    const texts = doc.places.list.map((p) => p.text);
    expect(texts).toEqual(linesOf(SEED_000));
    // Headings are paragraphs of their own.
    expect(cellAt(sheet, 3, 1)).toBe("一、部门基本概况");
    expect(cellAt(sheet, 4, 1)).toBe("（一）主要职责职能，组织架构、人员及资产等基本情况");
    expect(cellAt(sheet, 5, 1)).toBe("1、部门职责职能");
    expect(cellAt(sheet, 14, 1)).toBe("(二) 当年部门履职总体目标、工作任务");
    expect(texts.filter((t) => /^[一二三四]、/.test(t))).toEqual([
      "一、部门基本概况",
      "二、部门整体支出绩效实现情况",
      "三、部门整体支出绩效中存在问题及改进措施",
      "四、绩效自评结果拟应用和公开情况",
    ]);
    // Figures exactly as written: half-width commas and spaces, 22.25% (the seed's mistake) untouched.
    expect(cellAt(sheet, 13, 1)).toBe(
      "2022 年年末, 我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。负债合计 388.73 万元, 其中流动负债 388.73 万元, 占比 100%。净资产 17,078.77 万元, 其中累计盈余 17,078.77 万元, 占比 100%。资产负债率为 22.25%, 资产运行情况较好。",
    );
    expect(cellAt(sheet, 74, 1)).toBe("2023年3月18日");
  });

  it("seed 002 is 85 paragraphs in a sheet named 评价报告, its title's two lines joined", async () => {
    const doc = await readDocument(SEED_002, "呈贡分局2021评价报告.txt");
    expect(doc.title).toBe("2021年度昆明市公安局呈贡分局整体支出绩效评价报告");
    expect(doc.snapshot.sheets.map((s) => s.name)).toEqual(["评价报告"]);
    const texts = doc.places.list.map((p) => p.text);
    expect(texts).toHaveLength(85);
    expect(texts).toEqual(linesOf(SEED_002));
    expect(texts[0]).toBe("2021年度昆明市公安局呈贡分局");
    expect(texts[1]).toBe("整体支出绩效评价报告");
    expect(texts[2]).toBe("[bookmark: _Toc399660434]");
    expect(texts[3]).toBe("一、基本情况");
    // Leading spaces and a trailing tab are part of what was written.
    expect(texts).toContain(
      "    5.三公”经费支出情况：2021年区公安分局“三公”经费支出269.35万元，其中：因公出国（境）费用0元；公务接待费1480元；公务用车购置及运行维护费269.2万元。",
    );
    expect(texts).toContain("1.实施进度\t");
    expect(texts).toContain("4、 存在的问题");
    expect(texts[84]).toBe("六、其他需要说明的问题");
  });

  it("the model reads the report sheet as the report, and the heading check finds the seed's 4、 and 5、", async () => {
    const doc = await readDocument(SEED_002, "呈贡分局2021评价报告.txt");
    const model = readModel(doc.snapshot);
    expect(model.report?.sheet).toBe("评价报告");
    expect(model.report?.paragraphs).toHaveLength(85);
    const headings = runChecks(model, DEFAULT_PROFILE, CATALOGUE).filter((f) => f.rule === "report-headings");
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.some((f) => f.message.includes("4、"))).toBe(true);
    // Each finding's place is a paragraph of the document.
    for (const f of headings) {
      const row = Number(/\d+/.exec(f.cell)![0]);
      expect(doc.places.placeOf(f.sheet, row)?.paragraph).toBe(row);
    }
  });

  it("a finding's place is told by paragraph and quoted by its sentence", async () => {
    const doc = await readDocument(SEED_000, "自评报告.txt");
    const place = doc.places.placeOf("自评报告", 13)!;
    expect(place).toMatchObject({ sheet: "自评报告", row: 13, paragraph: 13, page: null, table: null });
    expect(doc.places.quote("自评报告", 13, "22.25%")).toBe("资产负债率为 22.25%, 资产运行情况较好。");
    expect(doc.places.quote("自评报告", 13, "7.23%")).toBe(
      "2022 年年末, 我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%;",
    );
    expect(doc.places.describe("自评报告", 13, "22.25%")).toBe("第13段：“资产负债率为 22.25%, 资产运行情况较好。”");
    expect(doc.places.quote("自评报告", 13, "99.99%")).toBeNull();
    expect(doc.places.placeOf("自评报告", 75)).toBeNull();
    expect(doc.places.placeOf("绩效自评表", 1)).toBeNull();
    // A long sentence is shortened around the figure.
    expect(doc.places.describe("自评报告", 6, "公安宣传工作", 30)).toBe(
      "第6段：“……指导全区公安队伍管理、队伍建设、民警教育训练和公安宣传工作；”",
    );
    expect(doc.places.describe("自评报告", 6, "民警教育", 12)).toBe("第6段：“……伍建设、民警教育训练和公……”");
  });

  it("a seed saved in GBK (Chinese Windows' default) reads the same as in UTF-8", async () => {
    const utf8 = await readDocument(SEED_000, "a.txt");
    const fromGbk = await readDocument(gbk(new TextDecoder().decode(SEED_000)), "a.txt");
    expect(fromGbk.places.list.map((p) => p.text)).toEqual(utf8.places.list.map((p) => p.text));
    // Seed 002 holds three no-break spaces, which GBK cannot hold: saved as GBK they are plain spaces.
    const text002 = new TextDecoder().decode(SEED_002).replace(/\u00a0/g, " ");
    const fromGbk002 = await readDocument(gbk(text002), "b.txt");
    expect(fromGbk002.places.list.map((p) => p.text)).toEqual(linesOf(new TextEncoder().encode(text002)));
    expect(fromGbk002.places.list).toHaveLength(85);
  });

  it("a byte order mark (UTF-8 or UTF-16) and Windows line ends are not part of the text", async () => {
    const text = "2022年度某局整体支出绩效自评报告\r\n\r\n一、部门基本概况\r\n资产负债率为 2.23%。\r\n";
    const expected = ["2022年度某局整体支出绩效自评报告", "一、部门基本概况", "资产负债率为 2.23%。"];
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect((await readDocument(bom, "a.txt")).places.list.map((p) => p.text)).toEqual(expected);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await readDocument(utf16, "a.txt")).places.list.map((p) => p.text)).toEqual(expected);
  });

  it("the sheet is named 自评报告 when nothing says 评价报告, and by the headings when there is no title", async () => {
    const lines = (...l: string[]) => new TextEncoder().encode(l.join("\n"));
    const evaluation = await readDocument(
      lines("一、基本情况", "正文。", "二、绩效评价工作情况", "正文。", "三、主要绩效及评价结论", "五、有关建议"),
      "a.txt",
    );
    expect(evaluation.title).toBeNull();
    expect(evaluation.places.reportSheet).toBe("评价报告");
    const plain = await readDocument(lines("今年的工作。", "明年的打算。"), "a.txt");
    expect(plain.places.reportSheet).toBe("自评报告");
    expect(plain.snapshot.sheets[0]!.name).toBe("自评报告");
  });

  it("a text file named .pdf is read as text, and the mismatch is told", async () => {
    const doc = await readDocument(SEED_000, "自评报告.pdf");
    expect(doc.kind).toBe("txt");
    expect(doc.notes).toEqual(["文件扩展名是 .pdf，但内容是纯文本，已按纯文本读取。"]);
    expect(doc.places.list).toHaveLength(74);
  });
});

describe("Markdown", () => {
  const md = [
    "# 2022年度某局整体支出绩效自评报告",
    "",
    "## 一、部门基本概况",
    "",
    "- **预算执行**：全年预算数为 36,353.37 万元。",
    "* 资产负债率为 _2.23%_，详见[附表](附表.xlsx)。",
    "> 注：数据来自决算。",
    "1. 这是有序列表的编号，照写。",
    "---",
    "附表1 预算执行情况表（单位：万元）",
    "",
    "| 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 未执行原因 |",
    "| --- | ---: | ---: | :---: | --- |",
    "| 合计 | 36,353.37 | 32,132.93 | 88.39% | |",
    "| 基本支出 | 16,084.20 | 15,478.81 | 96.24% | |",
    "| 项目支出 | 20,269.17 | 16,654.12 | 82.16% | 合同\\|履约期 |",
    "",
    "```",
    "  代码块里的行照写",
    "```",
    "二、部门整体支出绩效实现情况",
  ].join("\n");

  it("keeps what a reader sees: heading marks, bullets, emphasis and link targets removed", async () => {
    const doc = await readDocument(new TextEncoder().encode(md), "报告.md");
    expect(doc.kind).toBe("md");
    expect(doc.title).toBe("2022年度某局整体支出绩效自评报告");
    expect(doc.places.list.filter((p) => p.sheet === "自评报告").map((p) => p.text)).toEqual([
      "2022年度某局整体支出绩效自评报告",
      "一、部门基本概况",
      "预算执行：全年预算数为 36,353.37 万元。",
      "资产负债率为 2.23%，详见附表。",
      "注：数据来自决算。",
      "1. 这是有序列表的编号，照写。",
      "附表1 预算执行情况表（单位：万元）",
      "  代码块里的行照写",
      "二、部门整体支出绩效实现情况",
    ]);
  });

  it("reads a pipe table as a sheet named by its caption, which the model recognises", async () => {
    const doc = await readDocument(new TextEncoder().encode(md), "报告.md");
    const table = doc.snapshot.sheets[1]!;
    expect(table.name).toBe("附表1 预算执行情况表（单位：万元）");
    // The caption first (it carries the unit), then the table's rows; the delimiter row is no row.
    expect(cellAt(table, 1, 1)).toBe("附表1 预算执行情况表（单位：万元）");
    expect(cellAt(table, 2, 1)).toBe("项目名称");
    expect(cellAt(table, 3, 2)).toBe("36,353.37");
    expect(cellAt(table, 5, 5)).toBe("合同|履约期");
    expect(table.bottom).toBe(5);
    const budget = readModel(doc.snapshot).budget;
    expect(budget).not.toBeNull();
    expect(budget!.rows.map((r) => r.name.text)).toEqual(["合计", "基本支出", "项目支出"]);
    expect(doc.places.placeOf(table.name, 3)).toMatchObject({ table: { number: 1, row: 2 }, paragraph: 7 });
  });
});

describe("failures of text files", () => {
  it("an empty file, and a file of blank lines, are told as such", async () => {
    await expect(readDocument(new Uint8Array(0), "空.txt")).rejects.toMatchObject({
      code: "empty",
      message: "“空.txt”是空文件（0 字节），没有可检查的内容。请确认选择的是报告文件，或重新导出后再试。",
    });
    await expect(readDocument(new TextEncoder().encode("\n  \n\u3000\n"), "空白.txt")).rejects.toMatchObject({
      code: "empty",
      message: "“空白.txt”中没有文字，没有可检查的报告内容。请确认选择的是报告正文文件。",
    });
  });

  it("random bytes are no text, and a picture is told as a picture", async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const error = await readDocument(random, "报告.txt").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ code: "unsupported" });
    expect((error as Error).message).toMatch(/^“报告\.txt”不是文本，也不是 Word 文档或 PDF/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(readDocument(png, "扫描.png")).rejects.toMatchObject({
      code: "unsupported",
      message: expect.stringMatching(/是图片/),
    });
  });

  it("RTF and web pages saved as .doc are told what to do", async () => {
    await expect(readDocument(new TextEncoder().encode("{\\rtf1\\ansi 报告}"), "报告.doc")).rejects.toMatchObject({
      code: "unsupported",
      message: expect.stringMatching(/RTF.*另存为 \.docx/),
    });
    await expect(
      readDocument(new TextEncoder().encode("<html><body>报告</body></html>"), "报告.doc"),
    ).rejects.toMatchObject({
      code: "unsupported",
      message: expect.stringMatching(/网页格式/),
    });
  });

  it("a file over the size bound is not read", async () => {
    await expect(readDocument(SEED_000, "大.txt", { limits: { fileBytes: 1000 } })).rejects.toMatchObject({
      code: "limit",
      message: expect.stringMatching(/^“大\.txt”：文件超过 .* MB 的上限，未读取。$/),
    });
  });
});

describe("sentences", () => {
  it("end at 。！？； and keep the quotes that close them", () => {
    const text = "他说：“完成了。”随后，执行率为 88.39%；结余 0 元！是否合理？待定";
    expect(sentenceOf(text, "88.39%")).toBe("随后，执行率为 88.39%；");
    expect(sentenceOf(text, "完成了")).toBe("他说：“完成了。”");
    expect(sentenceOf(text, "0 元")).toBe("结余 0 元！");
    expect(sentenceOf(text, "待定")).toBe("待定");
    expect(sentenceOf(text)).toBe(text);
    // Spaces do not matter in finding the figure (a PDF may space a figure from its unit, a finding may not).
    expect(sentenceOf(text, "88.39 %")).toBe("随后，执行率为 88.39%；");
    expect(sentenceOf("资产合计 17,467.49 万元。", "17,467.49万元")).toBe("资产合计 17,467.49 万元。");
    expect(sentenceOf(text, "99.99%")).toBeNull();
  });
});

describe("quotes of findings", () => {
  it("take a figure only where it stands whole: 6 is not in 36,353.37, 22.2 not in 22.25", () => {
    const text = "预算数为 36,353.37 万元。卧龙派出所装修及设备等 6 个项目未实施。";
    expect(sentenceOf(text, "6")).toBe("卧龙派出所装修及设备等 6 个项目未实施。");
    expect(sentenceOf("资产负债率为 22.25%。", "22.2")).toBeNull();
    expect(sentenceOf("合计 21.5%。其中占 1.5%。", "1.5%")).toBe("其中占 1.5%。");
  });

  it("quote the sentence holding the phrase or figure the message names, a sentence long, not the paragraph", async () => {
    const seed = readFileSync(path.join(ROOT, "..", "shared", "seeds", "000_9460760e9631459a.txt"));
    const doc = await readDocument(seed, "红谷滩分局2022自评报告.txt");
    const findings = locateFindings(runChecks(readModel(doc.snapshot), DEFAULT_PROFILE, CATALOGUE), doc);
    const quotes = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.place?.quote);
    // the English words: the sentence with “and” (of a paragraph of 900 characters), and the one with “etc”
    // (the message's figure 6 is not the 6 of 36,353.37 in the paragraph's first sentence)
    expect(quotes("english-words")).toEqual([
      "依法管理户籍、居民身份证、枪支弹药、危险物品、特种行业等工作 and 集会、游行、示威活动；",
      "部分项目如反恐基地装修及设备、建设生米派出所办公用房、卧龙派出所装修及设备 etc 6 个项目，受疫情影响推进缓慢及业务调整当年未实施，将在 2023 年实施。",
    ]);
    expect(quotes("report-debt-ratio")).toEqual(["资产负债率为 22.25%, 资产运行情况较好。"]);
    for (const f of findings) expect([...(f.place?.quote ?? "")].length, f.rule).toBeLessThanOrEqual(124);
  });
});
