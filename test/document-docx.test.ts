/**
 * Reports handed in as Word documents: what a reader of the document sees is what is read — automatic numbering
 * as its numbers, tracked changes accepted, field results without their codes, no hidden text, no table of
 * contents — and its tables become sheets on their grid, so that a report with its 绩效自评表 attached gets the
 * scoring checks. The project's own Word export reads back. Every broken or hostile file is one Chinese sentence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, constants as zlibConstants } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import { cellAt, type WorkbookSnapshot } from "../src/core/model/snapshot";
import { reportOf } from "../src/core/narrative/index";
import type { ReportDocument } from "../src/core/narrative/types";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { reportToDocx } from "../src/export/word";
import { DocumentReadError, readDocument, type DocumentRead } from "../src/workbook/document";
import { readXlsx } from "../src/workbook/xlsx";
import {
  body,
  compoundFile,
  concat,
  docxOf,
  numbered,
  numberingXml,
  p,
  pWith,
  rawZip,
  run,
  simpleTable,
  stylesXml,
  tbl,
  tc,
  tr,
} from "./helpers/document-fixtures";
import { ROOT } from "./setup/dist";

const read = (bytes: Uint8Array, name = "报告.docx"): Promise<DocumentRead> => readDocument(bytes, name);
const paragraphs = (doc: DocumentRead): string[] =>
  doc.places.list.filter((x) => x.sheet === doc.places.reportSheet).map((x) => x.text);
const textsOf = async (xml: string, parts = {}): Promise<string[]> => paragraphs(await read(docxOf(xml, parts)));

describe("what a reader sees", () => {
  it("paragraphs of runs, tabs and line breaks inside a paragraph, empty paragraphs not counted", async () => {
    const doc = await read(
      docxOf(
        body(
          p("2022年度某局整体支出", "绩效自评报告"),
          p(),
          p("一、部门基本概况"),
          p("资产负债率为 ", "<w:r><w:t>2.23%</w:t></w:r>", "。"),
          p("序号", "<w:r><w:tab/></w:r>", "内容", "<w:r><w:br/></w:r>", "第二行", "<w:r><w:cr/></w:r>", "第三行"),
          p("分页", '<w:r><w:br w:type="page"/></w:r>', "之后"),
          p(
            "<w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>1</w:t></w:r>",
            '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>',
          ),
          p("   "),
        ),
      ),
    );
    expect(doc.kind).toBe("docx");
    expect(doc.title).toBe("2022年度某局整体支出绩效自评报告");
    expect(paragraphs(doc)).toEqual([
      "2022年度某局整体支出绩效自评报告",
      "一、部门基本概况",
      "资产负债率为 2.23%。",
      "序号\t内容\n第二行\n第三行",
      "分页之后",
      "A-1",
    ]);
    expect(doc.places.placeOf("自评报告", 3)).toMatchObject({ paragraph: 3, page: null, text: "资产负债率为 2.23%。" });
  });

  it("tracked changes as accepted: insertions kept, deletions and moved-away text left out", async () => {
    const ins = (t: string) => `<w:ins w:id="1" w:author="财务科"><w:r><w:t>${t}</w:t></w:r></w:ins>`;
    const del = (t: string) => `<w:del w:id="2" w:author="财务科"><w:r><w:delText>${t}</w:delText></w:r></w:del>`;
    const texts = await textsOf(
      body(
        p("资产负债率为 ", del("22.25%"), ins("2.23%"), "。"),
        p("执行率", `<w:moveFrom w:id="3"><w:r><w:t>（已移走）</w:t></w:r></w:moveFrom>`, "为 88.39%。"),
        p(`<w:moveTo w:id="4"><w:r><w:t>移到这里。</w:t></w:r></w:moveTo>`),
        // A deleted paragraph mark: the paragraph runs on into the next one.
        pWith(`<w:rPr><w:del w:id="5" w:author="财务科"/></w:rPr>`, "上一段的前半，"),
        p("与下一段连成一段。"),
        p(del("整段删除的文字")),
      ),
    );
    expect(texts).toEqual([
      "资产负债率为 2.23%。",
      "执行率为 88.39%。",
      "移到这里。",
      "上一段的前半，与下一段连成一段。",
    ]);
  });

  it("tracked changes of formatting: what shows is the formatting now, not the one recorded as it was", async () => {
    const numbering = numberingXml({ "0": [["chineseCounting", "%1、"]] }, { "1": "0" });
    const texts = await textsOf(
      body(
        pWith(
          `<w:pPrChange w:id="1" w:author="x"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>`,
          "不再编号的段落",
        ),
        p(
          run(
            "曾经隐藏、现在显示的文字",
            `<w:rPrChange w:id="2" w:author="x"><w:rPr><w:vanish/></w:rPr></w:rPrChange>`,
          ),
        ),
        numbered("1", 0, "编号的段落"),
      ),
      { numbering },
    );
    expect(texts).toEqual(["不再编号的段落", "曾经隐藏、现在显示的文字", "一、\t编号的段落"]);
  });

  it("fields show their results, not their codes; hidden text, footnote marks, text boxes and comments are left out", async () => {
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const texts = await textsOf(
      body(
        p("表", field("SEQ 表 \\* ARABIC", "1"), " 预算执行情况"),
        p(`<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>某局</w:t></w:r></w:fldSimple>`, "财务科"),
        p("可见", run("隐藏的批注", "<w:vanish/>"), "文字"),
        p(
          "正文",
          `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`,
          "。",
        ),
        p(
          "图前",
          `<w:r><w:drawing><wp:inline xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
          "图后",
        ),
        p(
          `<w:commentRangeStart w:id="0"/>`,
          "有批注的文字",
          `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
        ),
        p(
          '<w:hyperlink r:id="rId9">',
          // (a hyperlink's runs are text like any other)
        ).replace('<w:hyperlink r:id="rId9"></w:p>', `<w:hyperlink r:id="rId9">${run("链接文字")}</w:hyperlink></w:p>`),
      ),
    );
    expect(texts).toEqual([
      "表1 预算执行情况",
      "某局财务科",
      "可见文字",
      "正文。",
      "图前图后",
      "有批注的文字",
      "链接文字",
    ]);
  });

  it("leaves out the table of contents: its field, its content control and its styles", async () => {
    const toc =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3" \\h</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const styles = stylesXml({ TOC1: ["toc 1"], Heading1: ["heading 1"] });
    const texts = await textsOf(
      body(
        p("目　录"),
        pWith(`<w:pStyle w:val="TOC1"/>`, toc, "一、部门基本概况\t1"),
        pWith(`<w:pStyle w:val="TOC1"/>`, "二、绩效实现情况\t3", `<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
        `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p("三、存在问题\t5")}</w:sdtContent></w:sdt>`,
        `<w:sdt><w:sdtPr><w:alias w:val="单位名称"/></w:sdtPr><w:sdtContent>${p("某局")}</w:sdtContent></w:sdt>`,
        pWith(`<w:pStyle w:val="Heading1"/>`, "一、部门基本概况"),
      ),
      { styles },
    );
    expect(texts).toEqual(["目　录", "某局", "一、部门基本概况"]);
  });
});

describe("automatic numbering", () => {
  /** The outline of the reports: 一、 → （一） → 1. → （1）. */
  const outline = numberingXml(
    {
      "0": [
        ["chineseCounting", "%1、"],
        ["chineseCounting", "（%2）"],
        ["decimal", "%3."],
        ["decimal", "（%4）"],
      ],
    },
    {
      "1": "0",
      "2": "0",
      "3": { abstract: "0", overrides: `<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride>` },
    },
  );

  it("renders the numbers Word shows, levels restarting under their parent", async () => {
    const texts = await textsOf(
      body(
        numbered("1", 0, "部门基本概况"),
        numbered("1", 1, "主要职责"),
        numbered("1", 2, "部门职责职能"),
        numbered("1", 2, "机构设置"),
        numbered("1", 3, "内设机构"),
        numbered("1", 3, "人员"),
        numbered("1", 1, "年度目标"),
        numbered("1", 2, "总体目标"),
        p("正文不编号。"),
        numbered("1", 0, "绩效实现情况"),
        // Another instance of the same list continues it ...
        numbered("2", 0, "存在问题"),
        numbered("2", 1, "主要问题"),
        // ... unless it restarts a level.
        numbered("3", 2, "第一条"),
        numbered("3", 2, "第二条"),
      ),
      { numbering: outline },
    );
    expect(texts).toEqual([
      "一、\t部门基本概况",
      "（一）\t主要职责",
      "1.\t部门职责职能",
      "2.\t机构设置",
      "（1）\t内设机构",
      "（2）\t人员",
      "（二）\t年度目标",
      "1.\t总体目标",
      "正文不编号。",
      "二、\t绩效实现情况",
      "三、\t存在问题",
      "（一）\t主要问题",
      "1.\t第一条",
      "2.\t第二条",
    ]);
  });

  it("the heading check reads the rendered numbers", async () => {
    const doc = await read(
      docxOf(
        body(
          p("2022年度某局整体支出绩效自评报告"),
          numbered("1", 0, "部门基本概况"),
          numbered("1", 1, "主要职责"),
          numbered("1", 1, "年度目标"),
          numbered("1", 0, "绩效实现情况"),
        ),
        { numbering: outline },
      ),
    );
    const model = readModel(doc.snapshot);
    expect(model.report?.paragraphs.map((x) => x.text)).toEqual([
      "2022年度某局整体支出绩效自评报告",
      "一、\t部门基本概况",
      "（一）\t主要职责",
      "（二）\t年度目标",
      "二、\t绩效实现情况",
    ]);
    expect(runChecks(model, DEFAULT_PROFILE, CATALOGUE).filter((f) => f.rule === "report-headings")).toEqual([]);
  });

  it("formats: 一、 十一、 ①  甲 a. 壹 and the rest; suffixes, starts, legal numbering, bullets", async () => {
    const numbering = numberingXml(
      {
        "10": [["chineseCountingThousand", "%1、", 9]],
        "11": [["ideographTraditional", "%1．"]],
        "12": [["decimalEnclosedCircle", "%1", 1, `<w:suff w:val="nothing"/>`]],
        "13": [["lowerLetter", "%1)", 26, `<w:suff w:val="space"/>`]],
        "14": [["chineseLegalSimplified", "第%1条"]],
        "15": [
          ["chineseCounting", "%1、"],
          ["decimal", "%1.%2", 1, `<w:isLgl/>`],
        ],
        "16": [["bullet", "●"]],
        "17": [["upperRoman", "%1.", 4]],
        "18": [["decimalZero", "%1"]],
      },
      { "10": "10", "11": "11", "12": "12", "13": "13", "14": "14", "15": "15", "16": "16", "17": "17", "18": "18" },
    );
    const texts = await textsOf(
      body(
        numbered("10", 0, "九"),
        numbered("10", 0, "十"),
        numbered("10", 0, "十一"),
        numbered("11", 0, "甲"),
        numbered("11", 0, "乙"),
        numbered("12", 0, "圈一"),
        numbered("12", 0, "圈二"),
        numbered("13", 0, "z"),
        numbered("13", 0, "aa"),
        numbered("14", 0, "壹"),
        numbered("15", 0, "一级"),
        numbered("15", 1, "法定编号"),
        numbered("16", 0, "项目符号不是编号"),
        numbered("17", 0, "IV"),
        numbered("18", 0, "01"),
        numbered("0", 0, "numId 0 不编号"),
        numbered("99", 0, "未定义的编号不编号"),
      ),
      { numbering },
    );
    expect(texts).toEqual([
      "九、\t九",
      "十、\t十",
      "十一、\t十一",
      "甲．\t甲",
      "乙．\t乙",
      "①圈一",
      "②圈二",
      "z) z",
      "aa) aa",
      "第壹条\t壹",
      "一、\t一级",
      "1.1\t法定编号",
      "项目符号不是编号",
      "IV.\tIV",
      "01\t01",
      "numId 0 不编号",
      "未定义的编号不编号",
    ]);
  });

  it("numbering from a paragraph style, its level named by the list (headings numbered as Word does)", async () => {
    const numbering = numberingXml(
      {
        "5": [
          ["chineseCounting", "%1、", 1, `<w:pStyle w:val="Heading1"/>`],
          ["chineseCounting", "（%2）", 1, `<w:pStyle w:val="Heading2"/>`],
        ],
      },
      { "7": "5" },
    );
    const styles = stylesXml({
      Heading1: ["heading 1", `<w:numPr><w:numId w:val="7"/></w:numPr>`],
      Heading2: ["heading 2", `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>`, "Heading1"],
      MyHeading: ["我的标题", "", "Heading2"],
    });
    const texts = await textsOf(
      body(
        pWith(`<w:pStyle w:val="Heading1"/>`, "部门基本概况"),
        pWith(`<w:pStyle w:val="Heading2"/>`, "主要职责"),
        pWith(`<w:pStyle w:val="MyHeading"/>`, "基于标题2的样式"),
        pWith(`<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>`, "取消了编号"),
        pWith(`<w:pStyle w:val="Heading1"/>`, "绩效实现情况"),
      ),
      { numbering, styles },
    );
    expect(texts).toEqual([
      "一、\t部门基本概况",
      "（一）\t主要职责",
      "（二）\t基于标题2的样式",
      "取消了编号",
      "二、\t绩效实现情况",
    ]);
  });

  it("a damaged numbering part leaves the paragraphs unnumbered, not the document unread", async () => {
    const texts = await textsOf(body(numbered("1", 0, "部门基本概况")), { numbering: "<w:numbering><w:num>" });
    expect(texts).toEqual(["部门基本概况"]);
  });
});

describe("tables", () => {
  it("become sheets on their grid: spans as merged areas, the text in the top-left cell, numbers as written", async () => {
    const doc = await read(
      docxOf(
        body(
          p("一、预算执行情况"),
          p("附件1 绩效自评表"),
          p("单位：万元"),
          tbl(
            5,
            tr(
              tc("一级指标", `<w:vMerge w:val="restart"/>`),
              tc("指标", `<w:gridSpan w:val="2"/>`),
              tc("分值"),
              tc("得分"),
            ),
            tr(tc("", "<w:vMerge/>"), tc("二级"), tc("三级"), tc(""), tc("")),
            tr(tc("产出指标", `<w:vMerge w:val="restart"/>`), tc("数量指标"), tc("采购装备"), tc("7"), tc("7.00")),
            tr(tc("", "<w:vMerge/>"), tc("质量指标"), tc("化解率"), tc("7"), tc("88.39%")),
            `<w:tr><w:trPr><w:gridBefore w:val="3"/></w:trPr>${tc("36,353.37")}${tc("合计")}</w:tr>`,
            tr(tc(""), tc(""), tc(""), tc(""), tc("")),
            tr(tc("旧式横向合并", `<w:hMerge w:val="restart"/>`), tc("", "<w:hMerge/>"), tc("x"), tc("y"), tc("z")),
          ),
          p("表后的段落。"),
        ),
      ),
    );
    expect(doc.snapshot.sheets.map((s) => s.name)).toEqual(["自评报告", "附件1 绩效自评表"]);
    const sheet = doc.snapshot.sheets[1]!;
    // The caption lines first, then the rows.
    expect(cellAt(sheet, 1, 1)).toBe("附件1 绩效自评表");
    expect(cellAt(sheet, 2, 1)).toBe("单位：万元");
    expect(cellAt(sheet, 3, 1)).toBe("一级指标");
    expect(cellAt(sheet, 3, 2)).toBe("指标");
    expect(cellAt(sheet, 3, 4)).toBe("分值");
    expect(cellAt(sheet, 4, 2)).toBe("二级");
    expect(cellAt(sheet, 6, 5)).toBe("88.39%");
    expect(cellAt(sheet, 7, 4)).toBe("36,353.37");
    expect(cellAt(sheet, 7, 5)).toBe("合计");
    expect(cellAt(sheet, 9, 1)).toBe("旧式横向合并");
    expect(cellAt(sheet, 9, 3)).toBe("x");
    expect(sheet.merges).toEqual([
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 9, left: 1, bottom: 9, right: 2 },
    ]);
    // Its rows are not paragraphs of the report; the caption lines are.
    expect(paragraphs(doc)).toEqual(["一、预算执行情况", "附件1 绩效自评表", "单位：万元", "表后的段落。"]);
    expect(doc.places.placeOf("附件1 绩效自评表", 5)).toEqual({
      sheet: "附件1 绩效自评表",
      row: 5,
      paragraph: 3,
      page: null,
      text: "产出指标\t数量指标\t采购装备\t7\t7.00",
      table: { number: 1, row: 3 },
    });
    expect(doc.places.placeOf("附件1 绩效自评表", 1)).toMatchObject({ paragraph: 2, table: null });
    expect(doc.places.describe("附件1 绩效自评表", 5, "7.00")).toBe(
      "附件1 绩效自评表第3行：“产出指标 数量指标 采购装备 7 7.00”",
    );
  });

  it("names sheets within Excel's rules, 表1, 表2 … where no caption stands above", async () => {
    const grid = simpleTable([
      ["项目", "金额"],
      ["a", "1"],
    ]);
    const doc = await read(
      docxOf(
        body(
          grid,
          p("这一段不是标题，所以下一张表叫表2。"),
          grid,
          p("附表：2022年度部门整体支出绩效自评表/预算执行情况表[含明细]（续表）"),
          grid,
          p("附表：2022年度部门整体支出绩效自评表/预算执行情况表[含明细]（续表）"),
          grid,
          p("附件：2022年度整体支出绩效自评报告附表"),
          grid,
          p("表1"),
          grid,
        ),
      ),
    );
    expect(doc.snapshot.sheets.map((s) => s.name)).toEqual([
      "自评报告",
      "表1",
      "表2",
      // No / [ ] in a name; 31 characters at most, （2） within them.
      "附表：2022年度部门整体支出绩效自评表预算执行情况表含明细（",
      "附表：2022年度部门整体支出绩效自评表预算执行情况表含（2）",
      // A caption that would make the model take the table for the report gives the table a plain name.
      "表5",
      "表1（2）",
    ]);
    for (const s of doc.snapshot.sheets) expect([...s.name].length).toBeLessThanOrEqual(31);
  });

  it("a table inside a cell is flattened into its text; one-column tables are text; split tables are one", async () => {
    const nested = tbl(2, tr(tc("内表a"), tc("内表b")), tr(tc(""), tc("内表d")));
    const doc = await read(
      docxOf(
        body(
          p("附件2 预算执行情况表"),
          tbl(2, tr(tc("项目名称"), tc("说明")), tr(tc("基本支出"), `<w:tc>${p("外层文字")}${nested}</w:tc>`)),
          p(),
          tbl(2, tr(tc("项目支出"), tc("续表的行"))),
          p("正文。"),
          // A frame around text (a one-column table) is text.
          tbl(1, tr(tc("框里的第一段\n框里的第二段")), tr(tc("框里的第三段"))),
        ),
      ),
    );
    expect(doc.snapshot.sheets.map((s) => s.name)).toEqual(["自评报告", "附件2 预算执行情况表"]);
    const sheet = doc.snapshot.sheets[1]!;
    expect(cellAt(sheet, 3, 2)).toBe("外层文字\n内表a\t内表b\n内表d");
    expect(cellAt(sheet, 4, 1)).toBe("项目支出");
    expect(paragraphs(doc)).toEqual(["附件2 预算执行情况表", "正文。", "框里的第一段", "框里的第二段", "框里的第三段"]);
  });

  it("a deleted row (a tracked change) is left out", async () => {
    const doc = await read(
      docxOf(
        body(
          tbl(
            2,
            tr(tc("项目名称"), tc("金额")),
            `<w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr>${tc("删掉的行")}${tc("9")}</w:tr>`,
            tr(tc("基本支出"), tc("1")),
          ),
        ),
      ),
    );
    const sheet = doc.snapshot.sheets[1]!;
    expect(cellAt(sheet, 2, 1)).toBe("基本支出");
    expect(sheet.bottom).toBe(2);
  });
});

describe("the project's own Word export reads back", { timeout: 30_000 }, () => {
  const exported: Record<string, { doc: ReportDocument; bytes: Uint8Array; xlsx: WorkbookSnapshot }> = {};

  beforeAll(async () => {
    for (const id of ["000-honggutan-2022", "002-chenggong-2021"]) {
      const xlsx = await readXlsx(readFileSync(path.join(ROOT, "samples", `${id}.xlsx`)));
      const doc = reportOf(xlsx, readModel(xlsx), { profile: DEFAULT_PROFILE });
      exported[id] = { doc, bytes: await reportToDocx(doc), xlsx };
    }
  });

  it("sample 000: the report's paragraphs in order, and its 绩效自评表 a sheet the model recognises", async () => {
    const { doc, bytes, xlsx } = exported["000-honggutan-2022"]!;
    const read000 = await read(bytes, "红谷滩分局2022自评报告.docx");
    expect(read000.title).toBe("2022年度南昌市公安局红谷滩分局 整体支出绩效自评报告");
    expect(read000.snapshot.sheets.map((s) => s.name)).toEqual(["自评报告", "附件：2022年度部门整体支出绩效自评表"]);
    // Every block of the document, in order (an empty place is no paragraph), then the attachment's lines.
    const written = doc.blocks.flatMap((b) =>
      b.kind === "place" ? [] : [b.kind === "passage" ? b.passage.text : b.text].filter((t) => t.trim() !== ""),
    );
    // As a 公文 lays them out (GB/T 9704): the body, the attachment's line, the unit and date; then the attachment,
    // "附件" on its own line above its title.
    const signature = written.slice(-2);
    expect(signature[0]).toBe("南昌市公安局红谷滩分局");
    expect(paragraphs(read000)).toEqual([
      ...written.slice(0, -2),
      `附件：${doc.table!.title}`,
      ...signature,
      "附件",
      doc.table!.title,
      doc.table!.caption,
    ]);

    const model = readModel(read000.snapshot);
    expect(model.indicators).not.toBeNull();
    expect(model.funds).not.toBeNull();
    const fromXlsx = readModel(xlsx);
    expect(model.indicators!.rows.map((r) => r.third?.text)).toEqual(
      fromXlsx.indicators!.rows.map((r) => r.third?.text),
    );
    const scores = (m: typeof model) =>
      m.indicators!.rows.map((r) => (r.score?.figure.kind === "number" ? r.score.figure.value : null));
    expect(scores(model)).toEqual(scores(fromXlsx));
    expect(scores(model)).toContain(17);
    expect(model.funds!.unit.unit?.text).toBe("万元");
    // The scoring checks run on the Word report: the seed's weights total 95, as in the workbook.
    const findings = runChecks(model, DEFAULT_PROFILE, CATALOGUE);
    const weights = findings.find((f) => f.rule === "weights-total")!;
    expect(weights.sheet).toBe("附件：2022年度部门整体支出绩效自评表");
    expect(weights.message).toContain("分值合计 95 分");
    expect(findings.filter((f) => f.rule === "first-level-weights")).toHaveLength(2);
  });

  it("sample 002: a 评价报告 with its table", async () => {
    const { bytes } = exported["002-chenggong-2021"]!;
    const read002 = await read(bytes, "呈贡分局2021评价报告.docx");
    expect(read002.title).toBe("2021年度昆明市公安局呈贡分局整体支出绩效评价报告");
    expect(read002.places.reportSheet).toBe("评价报告");
    const model = readModel(read002.snapshot);
    expect(model.report?.sheet).toBe("评价报告");
    expect(model.funds?.rows.length).toBeGreaterThan(0);
  });

  it("a Word document named .pdf is read as Word, and told", async () => {
    const doc = await read(exported["000-honggutan-2022"]!.bytes, "自评报告.pdf");
    expect(doc.kind).toBe("docx");
    expect(doc.notes).toEqual(["文件扩展名是 .pdf，但内容是 Word 文档，已按 Word 文档读取。"]);
  });
});

describe("broken, old, protected and hostile files", { timeout: 30_000 }, () => {
  const simple = docxOf(body(p("一、部门基本概况"), p("正文。")));

  it("a truncated .docx", async () => {
    await expect(read(simple.subarray(0, Math.floor(simple.length / 2)), "报告.docx")).rejects.toMatchObject({
      code: "corrupt",
      message:
        "“报告.docx”已损坏，无法读取（压缩包不完整，文件可能没有下载或复制完整）。请在 Word 或 WPS 中打开后重新另存为 .docx 或 PDF，再检查。",
    });
  });

  it("an old .doc (OLE2) and an encrypted .docx (OLE2 holding EncryptedPackage)", async () => {
    await expect(
      read(compoundFile(["WordDocument", "1Table", "SummaryInformation"]), "报告.docx"),
    ).rejects.toMatchObject({
      code: "doc",
      message:
        "“报告.docx”是旧版 Word 文档（.doc 或 .wps），无法直接读取。请在 Word 或 WPS 中“另存为” Word 文档（.docx）或 PDF 后再检查。",
    });
    await expect(read(compoundFile(["EncryptionInfo", "EncryptedPackage"]), "报告.docx")).rejects.toMatchObject({
      code: "encrypted",
      message:
        "“报告.docx”设有打开密码，无法读取。请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后保存，再检查。",
    });
    await expect(read(compoundFile(["Workbook"]), "报告.xls")).rejects.toMatchObject({
      code: "unsupported",
      message: expect.stringMatching(/旧版 Excel 工作簿/),
    });
  });

  it("a workbook, and a zip that holds no Word document", async () => {
    const xlsx = readFileSync(path.join(ROOT, "samples", "000-honggutan-2022.xlsx"));
    await expect(read(xlsx, "报告.docx")).rejects.toMatchObject({
      code: "unsupported",
      message:
        "“报告.docx”是 Excel 工作簿，不是报告文档（请按工作簿检查它）。可以检查的报告格式：Word 文档（.docx）、PDF、文本（.txt）和 Markdown（.md）。",
    });
    await expect(read(zipSync({ "a.txt": strToU8("x") }), "报告.docx")).rejects.toMatchObject({
      code: "unsupported",
      message: expect.stringMatching(/不是 Word 文档（压缩包中没有 Word 正文/),
    });
  });

  it("a document part that is not well-formed XML, or whose compressed data is damaged", async () => {
    const broken = docxOf("<w:document><w:body><w:p><w:r><w:t>文字</w:t></w:p></w:body></w:document>");
    await expect(read(broken)).rejects.toMatchObject({
      code: "corrupt",
      message:
        "“报告.docx”已损坏，无法读取（Word 正文的 XML 格式错误）。请在 Word 或 WPS 中打开后重新另存为 .docx 或 PDF，再检查。",
    });
    const garbage = rawZip([
      {
        name: "_rels/.rels",
        data: strToU8(
          `<Relationships xmlns="x"><Relationship Type="a/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
      },
      { name: "word/document.xml", data: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]), deflated: { size: 100 } },
    ]);
    await expect(read(garbage)).rejects.toMatchObject({
      code: "corrupt",
      message: expect.stringMatching(/压缩内容已损坏/),
    });
  });

  it("a zip bomb inside a .docx stops at the bound, told as limits.ts tells it", async () => {
    // 64 MB of spaces deflated with a sync flush and no final block, repeated: a stream that inflates to 256 MB
    // from 256 KB, in an entry that declares a size of 1,000 bytes.
    const run64 = deflateRawSync(Buffer.alloc(64 << 20, 32), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const stream = concat([run64, run64, run64, run64, Uint8Array.from([0x03, 0x00])]);
    const bomb = rawZip([
      { name: "[Content_Types].xml", data: strToU8("<Types/>") },
      {
        name: "_rels/.rels",
        data: strToU8(
          `<Relationships xmlns="x"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
      },
      { name: "word/document.xml", data: stream, deflated: { size: 1000 } },
    ]);
    const error = await read(bomb, "报告.docx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({
      code: "limit",
      message:
        "“报告.docx”：文件中的一个部件（word/document.xml）压缩比超过 200 倍的上限，可能是“压缩炸弹”，已停止读取。",
    });
  });

  it("bounds of the document itself: paragraphs and cells, tables, one paragraph's length", async () => {
    const many = docxOf(body(...Array.from({ length: 50 }, (_, i) => p(`第${i + 1}段。`))));
    await expect(readDocument(many, "长.docx", { limits: { cells: 20 } })).rejects.toMatchObject({
      code: "limit",
      message: "“长.docx”的段落和表格单元格超过 20 个的上限，已停止读取。",
    });
    const tables = docxOf(body(...Array.from({ length: 5 }, () => [p("说明。"), simpleTable([["a", "b"]])]).flat()));
    await expect(readDocument(tables, "表.docx", { limits: { sheets: 3 } })).rejects.toMatchObject({
      code: "limit",
      message: "“表.docx”中的表格超过 3 个的上限，已停止读取。",
    });
    const long = docxOf(body(p("很长".repeat(100))));
    await expect(readDocument(long, "段.docx", { limits: { textLength: 100 } })).rejects.toMatchObject({
      code: "limit",
      message: "“段.docx”中有一段连续的文字过长，文件可能已损坏或是恶意构造的，已停止读取。",
    });
  });

  it("a DOCTYPE's entities are never expanded", async () => {
    const laughs =
      `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>` +
      `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    await expect(read(docxOf(laughs))).rejects.toMatchObject({ code: "corrupt" });
  });
});
