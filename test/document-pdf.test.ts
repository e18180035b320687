/**
 * PDF reports. A PDF holds glyphs on lines, not paragraphs: the lines and paragraphs are rebuilt from the text
 * items' positions (pdf-layout.ts, tested here on pages laid out by hand as a report prints: GB/T 9704's first-line
 * indent, page numbers “— 3 —”, a running header, headings, a paragraph across a page break), and the PDFs that
 * cannot be read — a scan, an encrypted or a broken file — are each told in one Chinese sentence.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/workbook/document";
import { unfoldIdeographs } from "../src/workbook/document/pdf";
import {
  opensWithHeading,
  pageLines,
  paragraphsOf,
  withoutFurniture,
  type PdfPageText,
  type PdfTextItem,
} from "../src/workbook/document/pdf-layout";
import {
  encryptedPdf,
  latinPdf,
  pdfOf,
  pdfStream,
  scannedPdf,
  unembeddedChinesePdf,
} from "./helpers/document-fixtures";

// ---------------------------------------------------------------------------------------------------------
// Pages laid out by hand: A4, 16 pt body (三号), text from x = 79 to 521 (27 characters a line), 28.9 pt pitch.

const SIZE = 16;
const LEFT = 79;
const RIGHT = 79 + 27 * SIZE;
const PITCH = 28.9;
const FULL = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’—…]/;
const widthOf = (s: string, size = SIZE) => [...s].reduce((w, ch) => w + (FULL.test(ch) ? size : size * 0.5), 0);

/** An item at (x, y) with the width its characters take (or the width given: a justified line's). */
const item = (str: string, x: number, y: number, size = SIZE, width = widthOf(str, size)): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size,
});

/** A line of a page: its text, where it starts, its size and (justified) width where they are not the usual. */
interface Line {
  readonly text: string;
  readonly x?: number;
  readonly size?: number;
  readonly width?: number;
}

/** A page of lines one pitch apart from the top margin ("" for an empty line; a string is a line at the left edge). */
function page(number: number, lines: readonly (string | Line)[]): PdfPageText {
  const items = lines.flatMap((l, i) => {
    const line = typeof l === "string" ? { text: l } : l;
    if (line.text === "") return [];
    return [item(line.text, line.x ?? LEFT, 105 + i * PITCH, line.size ?? SIZE, line.width)];
  });
  return { number, width: 595, height: 842, items };
}

/** A body paragraph of GB/T 9704: its first line indented two characters, every line but the last justified to
 *  the right edge. */
function paragraph(text: string): Line[] {
  const out: Line[] = [];
  let x = LEFT + 2 * SIZE;
  let line = "";
  for (const ch of text) {
    if (x + widthOf(line + ch) > RIGHT + 0.01) {
      out.push({ text: line, x, width: RIGHT - x });
      line = "";
      x = LEFT;
    }
    line += ch;
  }
  out.push({ text: line, x });
  return out;
}

const read = (pages: PdfPageText[]) =>
  paragraphsOf(
    withoutFurniture(
      pages.map(pageLines),
      pages.map((p) => p.height),
    ),
    pages.map((p) => p.width),
  );

const BODY_1 =
  "为贯彻落实有关规定，进一步规范财政支出预算管理，提高财政资金使用效益，根据有关通知要求，我局进行了2022年度部门整体支出绩效自评，现将绩效自评情况汇报如下：";
const BODY_2 =
  "2022年全年预算数为36,353.37万元，资金来源全部为当年财政拨款，其中基本支出16,084.2万元，项目支出20,269.17万元。全年执行数为32,132.93万元，预算执行率为88.39%。";

describe("lines", () => {
  it("items on one baseline in x order; no space between Chinese runs, a space where Latin words are apart", () => {
    const [line, second] = pageLines({
      number: 1,
      width: 595,
      height: 842,
      items: [
        item("支出", LEFT + 4 * SIZE, 200),
        item("预算", LEFT, 200),
        item("执行", LEFT + 2 * SIZE, 200.5),
        // A footnote mark, smaller and raised, is on the line.
        item("1", LEFT + 6 * SIZE, 195, 9),
        item("Budget", LEFT, 240),
        item("report", LEFT + widthOf("Budget") + 4, 240),
        item("2022", LEFT + widthOf("Budget") + 4 + widthOf("report"), 240),
      ],
    });
    expect(line!.text).toBe("预算执行支出1");
    expect(line!.size).toBe(SIZE);
    expect(second!.text).toBe("Budget report2022");
  });

  it("a space only where the gap next to Chinese is a character wide", () => {
    const [line] = pageLines({
      number: 1,
      width: 595,
      height: 842,
      items: [
        item("南昌市委", LEFT, 200),
        item("南昌市人民政府", LEFT + 5 * SIZE, 200),
        item("2022", LEFT + 12 * SIZE + 3, 200),
      ],
    });
    expect(line!.text).toBe("南昌市委 南昌市人民政府2022");
  });
});

describe("page furniture", () => {
  const body = (n: number) => [...paragraph(BODY_1), ...paragraph(BODY_2)].slice(0, 4 + n);

  it.each([
    ["— 3 —", "dashes (GB/T 9704)"],
    ["- 3 -", "hyphens"],
    ["第 3 页", "第 n 页"],
    ["第3页 共15页", "第 n 页 共 m 页"],
    ["3", "a bare number"],
    ["3 / 15", "n / m"],
  ])("page numbers like “%s” (%s) at the foot are left out", (number) => {
    const plain = [1, 2, 3].map((n) => page(n, body(n)));
    const numbered = plain.map((p, i) => ({
      ...p,
      items: [...p.items, item(number.replace("3", String(i + 1)), 280, 800)],
    }));
    expect(read(numbered)).toEqual(read(plain));
    expect(read(plain).length).toBeGreaterThanOrEqual(3);
  });

  it("a running header repeated at the same height on most pages is left out; a number in the body is kept", () => {
    const pages = [1, 2, 3, 4].map((n) => {
      const p = page(n, [...paragraph(BODY_1), "3"]);
      return { ...p, items: [item("南昌市公安局红谷滩分局2022年度整体支出绩效自评报告", 150, 60, 10.5), ...p.items] };
    });
    const texts = read(pages).map((x) => x.text);
    expect(texts.some((t) => t.includes("红谷滩分局2022年度"))).toBe(false);
    expect(texts.filter((t) => t === "3")).toHaveLength(4);
  });
});

describe("paragraphs", () => {
  it("a first-line indent starts a paragraph; full lines run on; headings stand alone", () => {
    const texts = read([
      page(1, [
        { text: "一、部门基本概况", x: LEFT + 2 * SIZE },
        { text: "（一）主要职责职能", x: LEFT + 2 * SIZE },
        ...paragraph(BODY_1),
        ...paragraph(BODY_2).map((l, i, all) => (i === all.length - 1 ? { ...l, width: RIGHT - (l.x ?? LEFT) } : l)),
        // A heading number opens a paragraph even at the left edge, after a full line.
        "1.部门职责职能：贯彻执行公安工作的方针、政策、法律、法规、规章",
      ]),
    ]).map((x) => x.text);
    expect(texts).toEqual([
      "一、部门基本概况",
      "（一）主要职责职能",
      BODY_1,
      BODY_2,
      "1.部门职责职能：贯彻执行公安工作的方针、政策、法律、法规、规章",
    ]);
  });

  it("a paragraph runs on across a page break and keeps the page it starts on", () => {
    const lines = paragraph(BODY_1 + BODY_2);
    const pages = [
      page(1, [{ text: "一、部门基本概况", x: LEFT + 2 * SIZE }, ...lines.slice(0, 3)]),
      page(2, [...lines.slice(3), ...paragraph(BODY_1)]),
    ];
    expect(read(pages)).toEqual([
      { text: "一、部门基本概况", page: 1 },
      { text: BODY_1 + BODY_2, page: 1 },
      { text: BODY_1, page: 2 },
    ]);
  });

  it("a short last line ends a paragraph, also when the next one is not indented", () => {
    const texts = read([
      page(1, [
        { text: "2022年全年预算数为36,353.37万元，资金来源全部为当年财政拨款，其", width: RIGHT - LEFT },
        "中基本支出16,084.2万元。",
        { text: "项目支出20,269.17万元，预算执行率为82.16%，执行率偏低的原因是部分", width: RIGHT - LEFT },
        "项目尚在合同履约期。",
      ]),
    ]).map((x) => x.text);
    expect(texts).toEqual([
      "2022年全年预算数为36,353.37万元，资金来源全部为当年财政拨款，其中基本支出16,084.2万元。",
      "项目支出20,269.17万元，预算执行率为82.16%，执行率偏低的原因是部分项目尚在合同履约期。",
    ]);
  });

  it("a line cut early because a figure did not fit still runs on", () => {
    const texts = read([
      page(1, [
        ...paragraph(BODY_1),
        // 23 characters of 27: the figure that opens the next line (4.5 characters wide) would not fit.
        "截至年末，我分局资产合计为人民币资产总额合计为",
        "17,467.49万元，其中流动资产1,262.54万元。",
      ]),
    ]).map((x) => x.text);
    expect(texts).toEqual([
      BODY_1,
      "截至年末，我分局资产合计为人民币资产总额合计为17,467.49万元，其中流动资产1,262.54万元。",
    ]);
  });

  it("lines set apart by a blank line are paragraphs of their own", () => {
    const texts = read([
      page(1, [
        { text: "绩效目标完成情况良好，各项指标均按计划推进并达到年度绩效目标的要", width: RIGHT - LEFT },
        "",
        "下一年度将继续加强预算绩效管理，提高财政资金使用效益和管理水平。",
      ]),
    ]).map((x) => x.text);
    expect(texts).toHaveLength(2);
  });

  it("a title that wraps is one paragraph; a date set right is one; the attachment after it is another", () => {
    const title1 = "2022年度南昌市公安局红谷滩分局整体支出";
    const title2 = "绩效自评报告";
    const texts = read([
      page(1, [
        { text: title1, x: LEFT + (RIGHT - LEFT - widthOf(title1, 22)) / 2, size: 22 },
        { text: title2, x: LEFT + (RIGHT - LEFT - widthOf(title2, 22)) / 2, size: 22 },
        ...paragraph(BODY_1),
        { text: "南昌市公安局红谷滩分局", x: RIGHT - widthOf("南昌市公安局红谷滩分局") },
        { text: "2023年3月18日", x: RIGHT - widthOf("2023年3月18日") },
      ]),
      page(2, ["附件：2022年度部门整体支出绩效自评表", ...paragraph(BODY_2)]),
    ]).map((x) => x.text);
    expect(texts).toEqual([
      title1 + title2,
      BODY_1,
      "南昌市公安局红谷滩分局",
      "2023年3月18日",
      "附件：2022年度部门整体支出绩效自评表",
      BODY_2,
    ]);
  });

  it("a hanging indent (Word's numbered list: number, tab, words) continues under the words", () => {
    const hang = LEFT + 3 * SIZE;
    const items = [
      item("（1）", LEFT, 105),
      item("采购应急处突装备（指标分数7分，实际得分7分）：2022年", hang, 105),
      item("采购应急处突装备1批，数量215套，验收合格率100%，完成年", hang, 105 + PITCH),
      item("度绩效指标值的100%。", hang, 105 + 2 * PITCH),
      item("（2）", LEFT, 105 + 3 * PITCH),
      item("化解矛盾纠纷案件。", hang, 105 + 3 * PITCH),
    ];
    const texts = read([{ number: 1, width: 595, height: 842, items }]).map((x) => x.text);
    expect(texts).toEqual([
      "（1）采购应急处突装备（指标分数7分，实际得分7分）：2022年采购应急处突装备1批，数量215套，验收合格率100%，完成年度绩效指标值的100%。",
      "（2）化解矛盾纠纷案件。",
    ]);
  });

  it("a tagged PDF's structure says where paragraphs end on a page, whatever the layout", () => {
    // Two paragraphs whose first ends exactly at the right edge, with no indent: only the tags tell them apart.
    const line = "本年度预算执行情况良好，各项支出均按预算执行，没有超支情况。";
    const items = [
      { ...item(line.slice(0, 27), LEFT, 105), block: 0 },
      { ...item("下一年度将继续加强预算绩效管理，提高财政资金使用效益和管理水平。", LEFT, 105 + PITCH), block: 1 },
      { ...item("管理水平的提高是长期的任务。", LEFT, 105 + 2 * PITCH), block: 1 },
    ];
    const texts = read([{ number: 1, width: 595, height: 842, items }]).map((x) => x.text);
    expect(texts).toEqual([
      line.slice(0, 27),
      "下一年度将继续加强预算绩效管理，提高财政资金使用效益和管理水平。管理水平的提高是长期的任务。",
    ]);
  });

  it("heading numbers that open a line: 一、 （一） 1. 1、 （1） a、 第一章, not 1.5 or 2022年", () => {
    for (const t of [
      "一、基本情况",
      "（二）绩效目标",
      "(三)实施",
      "3.分析",
      "4、 存在的问题",
      "（1）资金",
      "a、全力维护",
      "A、组织",
      "第一章 总则",
    ])
      expect(opensWithHeading(t)).toBe(true);
    for (const t of ["1.5万元的支出", "2022年全年", "一是加强", "100%。"]) expect(opensWithHeading(t)).toBe(false);
  });
});

describe("text as printed", () => {
  it("radicals and compatibility ideographs some producers map glyphs to are the characters they stand for; nothing else changes", () => {
    expect(unfoldIdeographs("⾏政⽀出执⾏率")).toBe("行政支出执行率");
    expect(unfoldIdeographs("（一）执行率８８．３９％，①“好”")).toBe("（一）执行率８８．３９％，①“好”");
  });
});

// ---------------------------------------------------------------------------------------------------------
// Files

/** A PDF of pages: text pages (Latin lines in Helvetica) and picture pages (null). */
function pagesPdf(pages: readonly (readonly string[] | null)[]): Uint8Array {
  const objects: (string | Uint8Array)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  objects.push(
    pdfStream(
      "/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8",
      new Uint8Array(16).fill(128),
    ),
  );
  const kids: string[] = [];
  for (const lines of pages) {
    const ops = lines
      ? lines.map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td (${l}) Tj ET`).join("\n")
      : "q 400 0 0 600 90 120 cm /Im0 Do Q";
    objects.push(pdfStream("", ops));
    const content = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im0 4 0 R >> >> >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`;
  return pdfOf(objects);
}

// The first file loads pdf.js (a second or more on a busy machine).
describe("PDF files", { timeout: 30_000 }, () => {
  it("reads the text layer, with each paragraph's page", async () => {
    const doc = await readDocument(
      pagesPdf([["Budget execution report"], ["Execution rate 88.39%."], ["Total score 90.84."]]),
      "report.pdf",
    );
    expect(doc.kind).toBe("pdf");
    expect(doc.places.list.map((p) => [p.text, p.page])).toEqual([
      ["Budget execution report", 1],
      ["Execution rate 88.39%.", 2],
      ["Total score 90.84.", 3],
    ]);
    expect(doc.places.describe("自评报告", 2, "88.39%")).toBe("第2段（第2页）：“Execution rate 88.39%.”");
    expect(doc.notes).toEqual([]);
  });

  it("pages without text are named in a note, the others read", async () => {
    const doc = await readDocument(
      pagesPdf([["Budget execution report"], null, ["Total score 90.84."], null]),
      "report.pdf",
    );
    expect(doc.places.list.map((p) => p.text)).toEqual(["Budget execution report", "Total score 90.84."]);
    expect(doc.notes).toEqual(["第 2、4 页没有文字层（可能是扫描页、图片或空白页），这些页上的内容没有读入。"]);
  });

  it("a font that is not embedded (STSong-Light, UniGB-UCS2-H) is read with pdf.js's character maps", async () => {
    // The caller says where pdfjs-dist/cmaps/ is (a path in Node, a URL in the browser); without them pdf.js
    // cannot map such a font's codes to characters.
    const cMapUrl =
      path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;
    const pdf = unembeddedChinesePdf(["一、预算执行情况", "预算执行率为88.39%，资产负债率为2.23%。"]);
    const doc = await readDocument(pdf, "系统导出.pdf", { pdf: { cMapUrl } });
    expect(doc.places.list.map((p) => p.text)).toEqual(["一、预算执行情况", "预算执行率为88.39%，资产负债率为2.23%。"]);
    // Without them, the text is there but cannot be read: told as such, not as a scan.
    await expect(readDocument(pdf, "系统导出.pdf")).rejects.toMatchObject({
      code: "unsupported",
      message:
        "“系统导出.pdf”中的文字无法提取（使用了未嵌入的字体或特殊的字符编码），无法检查。请提供 Word 版，或导出嵌入字体的 PDF。可以检查的报告格式：Word 文档（.docx）、PDF、文本（.txt）和 Markdown（.md）。",
    });
  });

  it("a scan without a text layer", async () => {
    await expect(readDocument(scannedPdf(), "扫描件.pdf")).rejects.toMatchObject({
      code: "scanned",
      message: "“扫描件.pdf”：这份 PDF 没有文字层（可能是扫描件），无法检查，请提供 Word 版或可复制文字的 PDF。",
    });
  });

  it("an encrypted PDF", async () => {
    await expect(readDocument(encryptedPdf(), "加密.pdf")).rejects.toMatchObject({
      code: "encrypted",
      message: "“加密.pdf”是加密的 PDF，需要密码才能打开，无法读取。请提供未加密的 PDF，或报告的 Word 版。",
    });
  });

  it("a broken PDF, and one cut short", async () => {
    const message =
      "“坏.pdf”已损坏，无法作为 PDF 读取（文件结构不完整，可能没有下载或复制完整）。请从原文档重新导出 PDF，或提供报告的 Word 版。";
    await expect(
      readDocument(new TextEncoder().encode(`%PDF-1.7\n${"乱码".repeat(200)}`), "坏.pdf"),
    ).rejects.toMatchObject({
      code: "corrupt",
      message,
    });
    const whole = latinPdf(["Budget execution report"]);
    await expect(readDocument(whole.subarray(0, whole.length / 2), "坏.pdf")).rejects.toMatchObject({
      code: "corrupt",
      message,
    });
  });

  it("bounds: pages, time per page, characters of text", async () => {
    await expect(readDocument(scannedPdf(3), "长.pdf", { limits: { pages: 2 } })).rejects.toMatchObject({
      code: "limit",
      message: "“长.pdf”有 3 页，超过 2 页的上限，未读取。请只提供报告正文。",
    });
    await expect(readDocument(latinPdf(["Budget"]), "慢.pdf", { limits: { pageMillis: 0 } })).rejects.toMatchObject({
      code: "limit",
      message: expect.stringMatching(/^“慢\.pdf”的第 1 页读取超过 0 秒/),
    });
    await expect(
      readDocument(latinPdf(["Budget execution report"]), "多.pdf", { limits: { textChars: 10 } }),
    ).rejects.toMatchObject({
      code: "limit",
      message: "“多.pdf”的文字超过 10 个字符的上限，不像一份报告，已停止读取。",
    });
  });

  it("a PDF named .docx is read as a PDF, and told", async () => {
    const doc = await readDocument(latinPdf(["Budget execution report"]), "报告.docx");
    expect(doc.kind).toBe("pdf");
    expect(doc.notes).toEqual(["文件扩展名是 .docx，但内容是 PDF 文件，已按 PDF 文件读取。"]);
  });

  it("the caller's bytes are left whole (pdf.js may take its copy to its worker)", async () => {
    const bytes = latinPdf(["Budget execution report"]);
    const before = bytes.slice();
    await readDocument(bytes, "a.pdf");
    expect(bytes.byteLength).toBe(before.byteLength);
    expect(bytes).toEqual(before);
  });
});
