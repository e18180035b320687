import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { Block, DocTable, ReportDocument } from "../src/core/narrative/types";
import { reportToDocx } from "../src/export/word";
import { columnWidths, tableLayout, textTwips } from "../src/export/word-table";
import { DUTIES, honggutanReport, passage, SPECIAL } from "./helpers/report-document";

// ---------------------------------------------------------------------------------------------------------
// The .docx opened: its parts, parsed by saxes (which also checks that every part is well-formed XML).

interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const stack: El[] = [];
  let root: El | null = null;
  parser.on("opentag", (tag) => {
    const el: El = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: "" };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Elements named `name` under `el`, in document order; `stop` elements are not looked into. */
function all(el: El, name: string, stop: readonly string[] = []): El[] {
  return el.children.flatMap((c) => [
    ...(c.name === name ? [c] : []),
    ...(stop.includes(c.name) ? [] : all(c, name, stop)),
  ]);
}
const first = (el: El | undefined, name: string): El | undefined => (el ? all(el, name)[0] : undefined);
const kid = (el: El | undefined, name: string): El | undefined => el?.children.find((c) => c.name === name);
const val = (el: El | undefined, name: string, attr = "w:val"): string | undefined => kid(el, name)?.attrs[attr];

/** A paragraph's text: its w:t, a line break for w:br. */
function textOf(p: El): string {
  return all(p, "w:r")
    .flatMap((r) => r.children.map((c) => (c.name === "w:t" ? c.text : c.name === "w:br" ? "\n" : "")))
    .join("");
}

interface Docx {
  readonly bytes: Uint8Array;
  readonly parts: readonly string[];
  readonly raw: (part: string) => string;
  readonly xml: (part: string) => El;
  /** The paragraphs of the body outside tables. */
  readonly paragraphs: El[];
  readonly tables: El[];
  /** Every paragraph's style id, the body's and the tables'. */
  readonly styleOf: (p: El) => string | undefined;
  readonly styles: Styles;
}

async function openDocx(doc: ReportDocument): Promise<Docx> {
  const bytes = await reportToDocx(doc);
  const files = unzipSync(bytes);
  const raw = (part: string): string => {
    const f = files[part];
    if (!f) throw new Error(`no part ${part}`);
    return strFromU8(f);
  };
  const parsed = new Map<string, El>();
  const xml = (part: string): El => {
    if (!parsed.has(part)) parsed.set(part, parseXml(raw(part)));
    return parsed.get(part)!;
  };
  const body = first(xml("word/document.xml"), "w:body")!;
  return {
    bytes,
    parts: Object.keys(files),
    raw,
    xml,
    paragraphs: all(body, "w:p", ["w:tbl"]),
    tables: all(body, "w:tbl", ["w:tbl"]),
    styleOf: (p) => val(kid(p, "w:pPr"), "w:pStyle"),
    styles: stylesOf(xml("word/styles.xml")),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Styles: what a paragraph of a style gets, through its basedOn chain and the document defaults.

interface Styles {
  /** The first value `get` finds on the style or a style it is based on, else in the document defaults. */
  readonly resolve: (id: string, get: (props: { pPr?: El; rPr?: El }) => string | undefined) => string | undefined;
  readonly has: (id: string) => boolean;
  readonly nameOf: (id: string) => string | undefined;
}

function stylesOf(styles: El): Styles {
  const byId = new Map(all(styles, "w:style").map((s) => [s.attrs["w:styleId"]!, s]));
  const defaults = kid(styles, "w:docDefaults");
  const fallback = {
    pPr: kid(kid(defaults, "w:pPrDefault"), "w:pPr"),
    rPr: kid(kid(defaults, "w:rPrDefault"), "w:rPr"),
  };
  return {
    resolve(id, get) {
      for (let s = byId.get(id), seen = 0; s && seen < 10; s = byId.get(val(s, "w:basedOn") ?? ""), seen++) {
        const v = get({ pPr: kid(s, "w:pPr"), rPr: kid(s, "w:rPr") });
        if (v !== undefined) return v;
      }
      return get(fallback);
    },
    has: (id) => byId.has(id),
    nameOf: (id) => val(byId.get(id), "w:name"),
  };
}

const eastAsiaFont = (p: { rPr?: El }) => val(p.rPr, "w:rFonts", "w:eastAsia");
const asciiFont = (p: { rPr?: El }) => val(p.rPr, "w:rFonts", "w:ascii");
const size = (p: { rPr?: El }) => val(p.rPr, "w:sz");
const bold = (p: { rPr?: El }) => (kid(p.rPr, "w:b") ? (val(p.rPr, "w:b") ?? "true") : undefined);
const align = (p: { pPr?: El }) => val(p.pPr, "w:jc");
const line = (p: { pPr?: El }) => {
  const s = kid(p.pPr, "w:spacing");
  return s?.attrs["w:line"] ? `${s.attrs["w:line"]} ${s.attrs["w:lineRule"]}` : undefined;
};
const firstLineChars = (p: { pPr?: El }) => val(p.pPr, "w:ind", "w:firstLineChars");
const firstLine = (p: { pPr?: El }) => val(p.pPr, "w:ind", "w:firstLine");
const outline = (p: { pPr?: El }) => val(p.pPr, "w:outlineLvl");

/** The format a paragraph of the style gets: East Asian font, size in half-points, bold, alignment, line. */
function formatOf(styles: Styles, id: string) {
  return {
    font: styles.resolve(id, eastAsiaFont),
    ascii: styles.resolve(id, asciiFont),
    size: styles.resolve(id, size),
    bold: styles.resolve(id, bold) ?? "false",
    align: styles.resolve(id, align),
    line: styles.resolve(id, line),
    indentChars: styles.resolve(id, firstLineChars) ?? "0",
  };
}

/** The body's paragraphs that render the document's blocks, one a block: without the 附件说明 (an empty line, “附件：…”
 *  and an empty line before the closing lines) that the export adds under the body. */
function blockParagraphs(d: Docx): El[] {
  const at = d.paragraphs.findIndex((p) => /^附件：/.test(textOf(p)));
  return at < 0 ? d.paragraphs : d.paragraphs.filter((_, i) => i < at - 1 || i > at + 1);
}

const blockText = (b: Block): string | null =>
  b.kind === "place" ? null : b.kind === "passage" ? b.passage.text : b.text;

function tableTexts(t: DocTable): string[] {
  return t.rows.flatMap((r) => r.map((c) => c.text)).filter((t) => t !== "");
}

// ---------------------------------------------------------------------------------------------------------

describe("reportToDocx: the report of seed 000 as a Word document (GB/T 9704)", () => {
  const doc = honggutanReport();
  const open = openDocx(doc);

  it("is a .docx: a zip holding the parts Word reads, each well-formed XML", async () => {
    const d = await open;
    expect(d.bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(d.bytes.subarray(0, 2))).toBe("PK");
    for (const part of [
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/styles.xml",
      "word/fontTable.xml",
      "word/footer1.xml",
      "docProps/core.xml",
    ]) {
      expect(d.parts).toContain(part);
    }
    for (const part of d.parts.filter((p) => p.endsWith(".xml") || p.endsWith(".rels")))
      expect(() => d.xml(part)).not.toThrow();
  });

  it("says its title and that jixiao made it (core properties)", async () => {
    const core = (await open).xml("docProps/core.xml");
    expect(first(core, "dc:title")!.text).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告");
    expect(first(core, "dc:creator")!.text).toBe("jixiao");
  });

  it("prints the report on A4 portrait with the margins of official documents, in twips", async () => {
    const sections = all((await open).xml("word/document.xml"), "w:sectPr");
    expect(sections).toHaveLength(2);
    const [report, appendix] = sections;
    // A4 210 × 297 mm; 1 mm = 1440 / 25.4 twips: 37 mm = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474.
    expect(kid(report, "w:pgSz")!.attrs).toMatchObject({ "w:w": "11906", "w:h": "16838", "w:orient": "portrait" });
    expect(kid(report, "w:pgMar")!.attrs).toMatchObject({
      "w:top": "2098",
      "w:bottom": "1984",
      "w:left": "1587",
      "w:right": "1474",
    });
    // The 版心 is 156 mm × 225 mm; 225 mm at a 28.9 pt line holds 22 lines, GB/T 9704's 22 lines a page.
    expect(Math.floor((16838 - 2098 - 1984) / 578)).toBe(22);
    expect((11906 - 1587 - 1474) / 56.6929).toBeCloseTo(156, 0);
    // The 自评表 on landscape pages: the same 版心 turned, the binding edge (28 mm) at the top.
    expect(kid(appendix, "w:pgSz")!.attrs).toMatchObject({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
    expect(kid(appendix, "w:pgMar")!.attrs).toMatchObject({
      "w:top": "1587",
      "w:bottom": "1474",
      "w:left": "2098",
      "w:right": "1984",
    });
  });

  it("sets each kind of block in its font and size: title 方正小标宋简体 二号, body 仿宋_GB2312 三号, headings 黑体 and 楷体_GB2312", async () => {
    const d = await open;
    const kinds = new Map<string, string>();
    doc.blocks.forEach((b, i) => {
      const key =
        b.kind === "heading"
          ? `heading ${b.level}`
          : b.kind === "passage"
            ? `passage ${b.passage.role}${b.passage.level ? ` ${b.passage.level}` : ""}`
            : b.kind === "paragraph"
              ? `paragraph ${b.align}`
              : b.kind;
      const style = d.styleOf(blockParagraphs(d)[i]!)!;
      if (kinds.has(key)) expect(style, key).toBe(kinds.get(key));
      kinds.set(key, style);
    });
    const formats = Object.fromEntries([...kinds].map(([k, id]) => [k, formatOf(d.styles, id)]));
    const body = {
      font: "仿宋_GB2312",
      size: "32",
      bold: "false",
      align: "both",
      line: "578 exact",
      indentChars: "200",
    };
    expect(formats).toEqual({
      title: {
        font: "方正小标宋简体",
        ascii: "方正小标宋简体",
        size: "44",
        bold: "false",
        align: "center",
        line: "700 exact",
        indentChars: "0",
      },
      "paragraph justify": { ...body, ascii: "仿宋_GB2312" },
      "heading 1": { ...body, ascii: "黑体", font: "黑体" },
      "heading 2": { ...body, ascii: "楷体_GB2312", font: "楷体_GB2312" },
      "heading 3": { ...body, ascii: "仿宋_GB2312", bold: "true" },
      "passage body": { ...body, ascii: "仿宋_GB2312" },
      place: { ...body, ascii: "仿宋_GB2312" },
      "passage heading 3": { ...body, ascii: "仿宋_GB2312", bold: "true" },
      "passage heading 4": { ...body, ascii: "仿宋_GB2312" },
      "paragraph right": { ...body, ascii: "仿宋_GB2312", align: "right", indentChars: "0" },
    });
    // Two characters of 16 pt for programs that ignore the indent in characters; none on the closing lines.
    expect(d.styles.resolve(kinds.get("passage body")!, firstLine)).toBe("640");
    expect(d.styles.resolve(kinds.get("paragraph right")!, firstLine)).toBe("0");
    // Headings are headings to Word (navigation pane, table of contents) and stay with what follows them.
    expect([1, 2, 3].map((l) => d.styles.resolve(kinds.get(`heading ${l}`)!, outline))).toEqual(["0", "1", "2"]);
    expect(d.styles.resolve(kinds.get("passage heading 4")!, outline)).toBe("3");
    // Chinese names in Word's style list.
    expect(d.styles.nameOf(kinds.get("place")!)).toBe("待填写正文");
    expect(d.styles.nameOf(kinds.get("passage body")!)).toBe("报告正文");
  });

  it("leaves one empty body line under the title and an empty paragraph for each place to write", async () => {
    const d = await open;
    const titles = d.paragraphs.slice(0, 2);
    expect(titles.map((p) => kid(kid(p, "w:pPr"), "w:spacing")?.attrs["w:after"])).toEqual([undefined, "578"]);
    const places = doc.blocks.flatMap((b, i) => (b.kind === "place" ? [d.paragraphs[i]!] : []));
    expect(places).toHaveLength(2);
    for (const p of places) expect(all(p, "w:r")).toEqual([]);
  });

  it("writes the headings in the order of the document, the attachment's last", async () => {
    const d = await open;
    const headingStyles = ["JxHeading1", "JxHeading2", "JxHeading3", "JxHeading4", "JxAttachmentTitle"];
    const headings = d.paragraphs.filter((p) => headingStyles.includes(d.styleOf(p) ?? "")).map(textOf);
    expect(headings).toEqual([
      "一、部门基本概况",
      "（一）主要职责职能，组织架构、人员及资产等基本情况",
      "1、部门职责职能",
      "2、部门机构设置及人员情况",
      "3、部门资产情况",
      "（二）当年部门履职总体目标、工作任务",
      "（五）当年部门预算及执行情况",
      "二、部门整体支出绩效实现情况",
      "（一）履职完成情况",
      "1、数量指标（指标分数 14 分，实际得分 14 分）",
      "（1）采购应急处突装备（指标分数 7 分，实际得分 7 分）",
      "三、部门整体支出绩效中存在问题及改进措施",
      "四、绩效自评结果拟应用和公开情况",
      "2022年度部门整体支出绩效自评表",
    ]);
  });

  it("opens the attachment as GB/T 9704 §8 lays it out: “附件” in 黑体 三号 at the top left, its title centred under it", async () => {
    const d = await open;
    const at = d.paragraphs.findIndex((p) => d.styleOf(p) === "JxAttachmentLabel");
    const [label, title, caption] = d.paragraphs.slice(at, at + 3);
    expect([label, title, caption].map((p) => textOf(p!))).toEqual([
      "附件",
      "2022年度部门整体支出绩效自评表",
      "单位名称：南昌市公安局红谷滩分局　　单位：万元",
    ]);
    expect(formatOf(d.styles, "JxAttachmentLabel")).toMatchObject({
      font: "黑体",
      size: "32",
      align: "left",
      indentChars: "0",
    });
    expect(d.styles.resolve("JxAttachmentLabel", firstLine)).toBe("0");
    // The title as the report's: 方正小标宋简体 二号, centred.
    expect(formatOf(d.styles, "JxAttachmentTitle")).toMatchObject({
      font: "方正小标宋简体",
      size: "44",
      align: "center",
    });
    // The attachment is the first thing of its landscape section: its own page, “附件” on its first line.
    const body = first(d.xml("word/document.xml"), "w:body")!;
    const sectionBreak = d.paragraphs.findIndex((p) => kid(kid(p, "w:pPr"), "w:sectPr"));
    expect(sectionBreak).toBe(at - 1);
    expect(body.children.filter((c) => c.name === "w:p").indexOf(label!)).toBe(sectionBreak + 1);
  });

  it("announces the attachment under the body, before the unit's name and the date (附件说明)", async () => {
    const d = await open;
    const texts = d.paragraphs.map(textOf);
    const note = texts.indexOf("附件：2022年度部门整体支出绩效自评表");
    // After the last paragraph of the body and an empty line; an empty line, then the closing lines.
    expect(texts.slice(note - 2, note + 4)).toEqual([
      "针对绩效自评中存在的问题，我局将以问题为导向，进行整改的同时提高预算管理水平，并按照财政统一安排部署进行公开。",
      "",
      "附件：2022年度部门整体支出绩效自评表",
      "",
      "南昌市公安局红谷滩分局",
      "2023年3月18日",
    ]);
    // Set as the body: indented two characters (左空二字).
    expect(d.styleOf(d.paragraphs[note]!)).toBe("JxBody");
  });

  it("holds every text of the document exactly once: the blocks in order, then the attachment", async () => {
    const d = await open;
    const note = ["", "附件：2022年度部门整体支出绩效自评表", ""];
    const body = d.paragraphs.map(textOf);
    const blocks = doc.blocks.map((b) => blockText(b) ?? "");
    // The blocks, the 附件说明 before the two closing lines.
    expect(body.slice(0, blocks.length + note.length)).toEqual([...blocks.slice(0, -2), ...note, ...blocks.slice(-2)]);
    const rest = body.slice(blocks.length + note.length).filter((t) => t !== "");
    expect(rest).toEqual(["附件", "2022年度部门整体支出绩效自评表", "单位名称：南昌市公安局红谷滩分局　　单位：万元"]);
    const cells = d.tables
      .flatMap((t) => all(t, "w:p"))
      .map(textOf)
      .filter((t) => t !== "");
    // A header too long for its cell is broken where its words part (偏差原因分析 / 及改进措施).
    expect(cells).toContain("偏差原因分析\n及改进措施");
    expect(cells.map((c) => c.replace("\n", "")).sort()).toEqual(tableTexts(doc.table!).sort());
    // The figures of seed 000, each where the document has it.
    const text = body.join("\n");
    expect(text.split("36,353.37")).toHaveLength(3);
    expect(text.split("88.39%")).toHaveLength(3);
    // The table writes them as the body does.
    expect(body).toContain(DUTIES);
    expect(cells.filter((c) => c === "88.39%")).toHaveLength(2);
    expect(cells).toEqual(expect.arrayContaining(["36,353.37", "32,132.93", "8.84", "90.84", "优"]));
  });

  it("escapes the characters XML reserves, and reads them back as written", async () => {
    const d = await open;
    expect(d.raw("word/document.xml")).toContain("“三公”经费 &lt;269.35 万元&gt; &amp; 公用经费");
    expect(d.paragraphs.map(textOf)).toContain(SPECIAL);
  });

  it("highlights the gaps of passages, and nothing else", async () => {
    const d = await open;
    const highlighted = all(d.xml("word/document.xml"), "w:r")
      .filter((r) => kid(kid(r, "w:rPr"), "w:highlight"))
      .map((r) => [val(kid(r, "w:rPr"), "w:highlight"), textOf({ name: "w:p", attrs: {}, children: [r], text: "" })]);
    expect(highlighted).toEqual([["yellow", "【待填：其他人员】"]]);
  });

  it("numbers the pages “— 1 —” in 宋体 四号 on the outer edge: odd pages right, even pages left, one character in", async () => {
    const d = await open;
    // Different footers for odd and even pages (Word: 奇偶页不同).
    expect(kid(d.xml("word/settings.xml"), "w:evenAndOddHeaders")).toBeDefined();
    const sections = all(d.xml("word/document.xml"), "w:sectPr");
    const rels = d.xml("word/_rels/document.xml.rels");
    const footerOf = (s: El, type: string): El => {
      const ref = all(s, "w:footerReference").find((r) => r.attrs["w:type"] === type)!;
      const target = all(rels, "Relationship").find((r) => r.attrs.Id === ref.attrs["r:id"])!.attrs.Target!;
      return d.xml(`word/${target}`);
    };
    for (const s of sections) {
      expect(all(s, "w:footerReference").map((r) => r.attrs["w:type"])).toEqual(["default", "even"]);
      for (const [type, style] of [
        ["default", "JxPageNumberOdd"],
        ["even", "JxPageNumberEven"],
      ] as const) {
        const p = first(footerOf(s, type), "w:p")!;
        expect(val(kid(p, "w:pPr"), "w:pStyle")).toBe(style);
        const pieces = all(p, "w:r").map((r) =>
          r.children
            .filter((c) => c.name !== "w:rPr")
            .map((c) =>
              c.name === "w:t"
                ? c.text
                : c.name === "w:instrText"
                  ? `{${c.text.trim()}}`
                  : `[${c.attrs["w:fldCharType"]}]`,
            )
            .join(""),
        );
        expect(pieces.join("")).toMatch(/^— \[begin\]\{PAGE\}\[separate\]\[end\] —$/);
      }
    }
    expect(formatOf(d.styles, "JxPageNumber")).toMatchObject({ font: "宋体", ascii: "宋体", size: "28" });
    // Odd pages: right, one 四号 character (14 pt = 280 twips) from the right; even pages: left, as far from the left.
    const indent = (id: string) =>
      kid(
        kid(
          all(d.xml("word/styles.xml"), "w:style").find((x) => x.attrs["w:styleId"] === id),
          "w:pPr",
        ),
        "w:ind",
      )?.attrs;
    expect(formatOf(d.styles, "JxPageNumberOdd").align).toBe("right");
    expect(indent("JxPageNumberOdd")).toMatchObject({ "w:right": "280", "w:left": "0" });
    expect(formatOf(d.styles, "JxPageNumberEven").align).toBe("left");
    expect(indent("JxPageNumberEven")).toMatchObject({ "w:left": "280", "w:right": "0" });
  });

  it("names in its font table what to print each Chinese font with where it is missing (w:altName, PANOSE, family, GB2312)", async () => {
    const fonts = all((await open).xml("word/fontTable.xml"), "w:font").map((f) => ({
      name: f.attrs["w:name"],
      alt: val(f, "w:altName"),
      panose: val(f, "w:panose1"),
      charset: val(f, "w:charset"),
      family: val(f, "w:family"),
      pitch: val(f, "w:pitch"),
      codePages: kid(f, "w:sig")?.attrs["w:csb0"],
    }));
    const serif = { charset: "86", family: "roman", pitch: "variable", codePages: "00040001" };
    expect(fonts).toEqual([
      // 方正小标宋简体 → 宋体 (serif), 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 黑体 → SimHei (sans).
      { name: "方正小标宋简体", alt: "宋体", panose: "02010600030101010101", ...serif },
      { name: "仿宋_GB2312", alt: "仿宋", panose: "02010609060101010101", ...serif },
      { name: "楷体_GB2312", alt: "楷体", panose: "02010609060101010101", ...serif },
      { name: "黑体", alt: "SimHei", panose: "02010609060101010101", ...serif, family: "swiss" },
      { name: "宋体", alt: "SimSun", panose: "02010600030101010101", ...serif },
      { name: "仿宋", alt: "FangSong", panose: "02010609060101010101", ...serif },
      { name: "楷体", alt: "KaiTi", panose: "02010609060101010101", ...serif },
    ]);
    // Every font the document's styles name is in the table.
    const named = new Set(all((await open).xml("word/styles.xml"), "w:rFonts").flatMap((r) => Object.values(r.attrs)));
    for (const font of named) expect(fonts.map((f) => f.name)).toContain(font);
  });

  it("writes the 绩效自评表 as Word tables on the grid of its twelve columns, with its merges", async () => {
    const d = await open;
    // The funds block and the indicators block: two tables, so that each repeats its own header on a new page.
    expect(d.tables).toHaveLength(2);
    const grid = all(d.tables[0]!, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
    expect(grid).toHaveLength(12);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2098 - 1984);
    expect(all(d.tables[1]!, "w:gridCol").map((g) => Number(g.attrs["w:w"]))).toEqual(grid);
    expect(val(kid(d.tables[0]!, "w:tblPr"), "w:tblLayout", "w:type")).toBe("fixed");

    /** Each row as its cells: text, then ^n for a column span, ↓ for a merge's first cell, ↑ for its continuation. */
    const rows = (t: El) =>
      all(t, "w:tr").map((tr) =>
        all(tr, "w:tc").map((tc) => {
          const pr = kid(tc, "w:tcPr");
          const span = val(pr, "w:gridSpan");
          const merge = kid(pr, "w:vMerge");
          const mark = merge ? (merge.attrs["w:val"] === "restart" ? "↓" : "↑") : "";
          return `${all(tc, "w:p").map(textOf).join("")}${span ? `^${span}` : ""}${mark}`;
        }),
      );
    const funds = rows(d.tables[0]!);
    expect(funds[0]).toEqual([
      "年度预算资金^3",
      "年初预算数^2",
      "全年预算数^2",
      "全年执行数^2",
      "分值",
      "执行率",
      "得分",
    ]);
    expect(funds[1]).toEqual(["年度资金总额^3", "^2", "36,353.37^2", "32,132.93^2", "10", "88.39%", "8.84"]);
    const indicators = rows(d.tables[1]!);
    expect(indicators.map((r) => r.slice(0, 2))).toEqual([
      ["一级指标", "二级指标"],
      ["产出指标↓", "数量指标↓"],
      ["↑", "↑"],
      ["↑", "质量指标↓"],
      ["↑", "↑"],
      ["↑", "时效指标"],
      ["效益指标↓", "社会效益指标"],
      ["↑", "可持续性影响指标"],
      ["满意度指标", "社会满意度指标"],
      ["总分^8", "90.84"],
      ["自评等级^8", "优"],
    ]);
    expect(indicators[7]).toEqual([
      "↑",
      "可持续性影响指标",
      "持续推进放管服改革",
      "定性",
      "持续推进放管服改革",
      "",
      "达成年度指标",
      "20",
      "17",
      "存在个别工作人员对政策和流程掌握还不是特别熟悉的情况，在一定程度上影响了人民群众办事效率和效果。^3",
    ]);
    // Every row covers the twelve columns.
    for (const t of d.tables) {
      for (const tr of all(t, "w:tr")) {
        expect(all(tr, "w:tc").reduce((n, tc) => n + Number(val(kid(tc, "w:tcPr"), "w:gridSpan") ?? 1), 0)).toBe(12);
      }
    }
  });

  it("repeats each table's header row on every page it runs onto, keeps rows whole and sets the cells in 仿宋 五号", async () => {
    const d = await open;
    for (const t of d.tables) {
      const headers = all(t, "w:tr").map((tr) => {
        const h = kid(kid(tr, "w:trPr"), "w:tblHeader");
        return h !== undefined && h.attrs["w:val"] !== "off" && h.attrs["w:val"] !== "false";
      });
      expect(headers[0]).toBe(true);
      expect(headers.slice(1).every((h) => !h)).toBe(true);
      expect(all(t, "w:tr").every((tr) => kid(kid(tr, "w:trPr"), "w:cantSplit"))).toBe(true);
    }
    expect(formatOf(d.styles, "JxTableText")).toMatchObject({ font: "仿宋_GB2312", size: "21", indentChars: "0" });
    const borders = kid(kid(d.tables[0]!, "w:tblPr"), "w:tblBorders")!;
    expect(borders.children.map((b) => `${b.name} ${b.attrs["w:val"]}`)).toEqual([
      "w:top single",
      "w:left single",
      "w:bottom single",
      "w:right single",
      "w:insideH single",
      "w:insideV single",
    ]);
    // The header cells bold.
    const headerRun = first(first(d.tables[1]!, "w:tr"), "w:r")!;
    expect(kid(kid(headerRun, "w:rPr"), "w:b")).toBeDefined();
  });
});

describe("reportToDocx: other documents", () => {
  const base = honggutanReport({ table: null });

  it("has one portrait section and no attachment without a table", async () => {
    const d = await openDocx(base);
    expect(all(d.xml("word/document.xml"), "w:sectPr")).toHaveLength(1);
    expect(d.tables).toEqual([]);
    expect(d.paragraphs.map(textOf).some((t) => t.startsWith("附件"))).toBe(false);
  });

  it("keeps a narrow table on portrait pages, after a page break", async () => {
    const table: DocTable = {
      title: "2022年度预算执行情况表",
      caption: null,
      columns: 3,
      widths: [2, 1, 1],
      rows: [
        [
          { text: "项目名称", header: true },
          { text: "全年预算数", header: true },
          { text: "执行率", header: true },
        ],
        [{ text: "基本支出" }, { text: "16,084.20", align: "right" }, { text: "96.24%", align: "right" }],
      ],
    };
    const d = await openDocx({ ...base, table });
    const sections = all(d.xml("word/document.xml"), "w:sectPr");
    expect(sections).toHaveLength(1);
    // “附件” opens a new page; the title under it.
    const label = d.paragraphs.findIndex((p) => textOf(p) === "附件");
    expect(kid(kid(d.paragraphs[label]!, "w:pPr"), "w:pageBreakBefore")).toBeDefined();
    expect(textOf(d.paragraphs[label + 1]!)).toBe("2022年度预算执行情况表");
    expect(d.paragraphs.map(textOf)).toContain("附件：2022年度预算执行情况表");
    expect(all(d.tables[0]!, "w:gridCol").map((g) => Number(g.attrs["w:w"]))).toEqual([4422, 2211, 2212]);
  });

  it("writes line breaks as Word line breaks and leaves out characters XML cannot carry", async () => {
    const blocks: Block[] = [
      { kind: "title", text: "整体支出绩效自评报告", ref: null },
      { kind: "passage", node: "一", passage: passage("x", "body", null, ["第一行\n第二行\u0007。"]) },
    ];
    const d = await openDocx({ ...base, blocks });
    expect(d.paragraphs.map(textOf)).toEqual(["整体支出绩效自评报告", "第一行\n第二行。"]);
    expect(all(d.paragraphs[1]!, "w:br")).toHaveLength(1);
  });

  it("titles a document without title lines by its unit and year", async () => {
    const d = await openDocx({ ...base, blocks: [] });
    expect(first(d.xml("docProps/core.xml"), "dc:title")!.text).toBe(
      "2022年度南昌市公安局红谷滩分局整体支出绩效自评报告",
    );
  });
});

describe("the 绩效自评表's columns: 一级 and 二级 names never broken", () => {
  const table = honggutanReport().table!;
  /** The landscape 版心: 297 − 37 − 35 mm. */
  const WIDTH = 16838 - 2098 - 1984;

  it("widens the two columns to hold the longest name at 五号 (10.5 pt: 210 twips a character), the others giving width", () => {
    const { grid, oneLineSize } = tableLayout(table, WIDTH);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(WIDTH);
    expect(oneLineSize).toBeNull();
    // 满意度指标, five characters; 可持续性影响指标, eight: each with the cell's margins (80) and borders beside it.
    expect(textTwips("满意度指标")).toBe(5 * 210);
    expect(textTwips("可持续性影响指标")).toBe(8 * 210);
    expect(grid[0]).toBeGreaterThanOrEqual(5 * 210 + 80 + 10);
    expect(grid[1]).toBeGreaterThanOrEqual(8 * 210 + 80 + 10);
    // The relative widths would have broken them (15 of 200: 956 twips, four and a half characters).
    expect(columnWidths(table.widths, 12, WIDTH)[1]).toBeLessThan(8 * 210);
    // Headers of up to six characters and figures keep their line: 指标性质, 年度指标值, 88.39% …
    for (const [col, text] of [
      [3, "指标性质"],
      [4, "年度指标值"],
      [6, "实际完成值"],
      [10, "88.39%"],
    ] as const)
      expect(grid[col]!, text).toBeGreaterThanOrEqual(textTwips(text) + 80);
    expect(grid[7]! + grid[8]!).toBeGreaterThanOrEqual(textTwips("32,132.93") + 80);
  });

  it("widens them for the longest names of the national template too (服务对象满意度指标, nine characters)", () => {
    const long: DocTable = {
      ...table,
      rows: table.rows.map((r) =>
        r.map((c) =>
          c.text === "社会满意度指标"
            ? { ...c, text: "服务对象满意度指标" }
            : c.text === "满意度指标"
              ? { ...c, text: "满意度指标（10分）" }
              : c,
        ),
      ),
    };
    const { grid, oneLineSize } = tableLayout(long, WIDTH);
    expect(oneLineSize).toBeNull();
    expect(grid[1]).toBeGreaterThanOrEqual(textTwips("服务对象满意度指标") + 90);
    expect(grid[0]).toBeGreaterThanOrEqual(textTwips("满意度指标（10分）") + 90);
  });

  it("sets the names smaller, never broken, where the page cannot give the width, and writes that size", async () => {
    const name = "按照部门职责设定的重点工作任务完成情况及其社会效益指标";
    const long: DocTable = {
      ...table,
      rows: table.rows.map((r) => r.map((c) => (c.text === "社会效益指标" ? { ...c, text: name } : c))),
    };
    const { grid, oneLineSize } = tableLayout(long, WIDTH);
    expect(oneLineSize).not.toBeNull();
    expect(oneLineSize!).toBeLessThan(21);
    expect(oneLineSize!).toBeGreaterThanOrEqual(15);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(WIDTH);
    const d = await openDocx({ ...honggutanReport(), table: long });
    const cell = all(d.tables[1]!, "w:tc").find((tc) => all(tc, "w:p").map(textOf).join("") === name)!;
    expect(val(kid(first(cell, "w:r"), "w:rPr"), "w:sz")).toBe(String(oneLineSize));
  });

  it("writes the widened grid into the .docx", async () => {
    const d = await openDocx(honggutanReport());
    const grid = all(d.tables[1]!, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
    expect(grid).toEqual(tableLayout(table, WIDTH).grid);
  });
});

describe("src/export runs in the browser as on Node", () => {
  it("uses no Node API", () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src", "export");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      expect(source, file).not.toMatch(/from "node:|require\(|\bBuffer\b|\bprocess\./);
    }
  });
});
