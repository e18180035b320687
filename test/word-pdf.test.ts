/**
 * The Word export as printed: the report of seed 000 converted to PDF by LibreOffice (headless), read back with
 * poppler (pdftotext, pdfinfo). Needs the Debian packages libreoffice-writer-nogui, poppler-utils and
 * fonts-noto-cjk (.ci/run installs them); without them every test fails, naming the package to install.
 * The .docx and the PDF are left in the system's temporary folder, jixiao-word/, to look at (and for
 * scripts/render-report-page.ts): a test run writes nothing into the work tree.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, DocTable, ReportDocument } from "../src/core/narrative/types";
import { reportToDocx } from "../src/export/word";
import { placed } from "../src/export/word-table";
import { docxToPdf, requireChineseFonts, run } from "../scripts/render-report-page";
import { honggutanReport } from "./helpers/report-document";

const OUT = path.join(tmpdir(), "jixiao-word");

/** Points of a PDF page (1/72 inch) from millimetres. */
const mm = (v: number): number => (v * 72) / 25.4;
const A4 = { width: mm(210), height: mm(297) };
/** The body line, 28.9 pt; the body font, 16 pt. */
const LINE = 28.9;
const CHAR = 16;

interface Line {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

interface Page {
  readonly width: number;
  readonly height: number;
  /** pdftotext -layout, whitespace removed (LibreOffice sets Latin and Chinese apart; pdftotext adds spaces). */
  readonly text: string;
  readonly lines: readonly Line[];
}

interface Rendered {
  readonly pages: readonly Page[];
  readonly seconds: number;
}

const squeeze = (s: string): string => s.replace(/\s+/g, "");

function linesOf(bbox: string): Line[] {
  const lines: Line[] = [];
  const re = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
  for (let m = re.exec(bbox); m; m = re.exec(bbox)) {
    const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join("");
    lines.push({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: words });
  }
  return lines;
}

async function render(name: string, doc: ReportDocument): Promise<Rendered> {
  // Fail at once, naming the package, where a tool or the fonts are missing.
  run("soffice", ["--version"]);
  run("pdftotext", ["-v"]);
  run("pdfinfo", ["-v"]);
  requireChineseFonts();
  mkdirSync(OUT, { recursive: true });
  const docx = path.join(OUT, `${name}.docx`);
  writeFileSync(docx, await reportToDocx(doc));
  const start = performance.now();
  const pdf = docxToPdf(docx, OUT);
  const seconds = (performance.now() - start) / 1000;
  console.info(`LibreOffice: ${name}.docx → ${name}.pdf in ${seconds.toFixed(1)} s`);
  const info = run("pdfinfo", [pdf]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = run("pdfinfo", ["-f", "1", "-l", String(count), pdf]);
  const pages: Page[] = [];
  for (let p = 1; p <= count; p++) {
    const size = new RegExp(`^Page\\s+${p} size:\\s+([\\d.]+) x ([\\d.]+)`, "m").exec(sizes)!;
    pages.push({
      width: Number(size[1]),
      height: Number(size[2]),
      text: squeeze(run("pdftotext", ["-layout", "-f", String(p), "-l", String(p), pdf, "-"])),
      lines: linesOf(run("pdftotext", ["-bbox-layout", "-f", String(p), "-l", String(p), pdf, "-"])),
    });
  }
  return { pages, seconds };
}

let pending: Promise<Rendered> | undefined;
/** The PDF of seed 000's report, converted once; every test fails with the same message where it could not be. */
const rendered = (): Promise<Rendered> => (pending ??= render("report", honggutanReport()));

/** The same report with the longest 一级 and 二级 names of the national template's kind in its table. */
function longNames(): ReportDocument {
  const doc = honggutanReport();
  const names: Record<string, string> = { 社会满意度指标: "服务对象满意度指标", 满意度指标: "满意度指标（10分）" };
  const table = doc.table!;
  return {
    ...doc,
    table: { ...table, rows: table.rows.map((r) => r.map((c) => ({ ...c, text: names[c.text] ?? c.text }))) },
  };
}
let pendingLong: Promise<Rendered> | undefined;
const renderedLong = (): Promise<Rendered> => (pendingLong ??= render("long-names", longNames()));

const portrait = (p: Page): boolean => Math.abs(p.width - A4.width) < 1 && Math.abs(p.height - A4.height) < 1;
const landscape = (p: Page): boolean => Math.abs(p.width - A4.height) < 1 && Math.abs(p.height - A4.width) < 1;
const footer = (n: number): string => `—${n}—`;
/** The page's number: its lowest line, “—n—”. */
const numberLine = (p: Page): Line => p.lines.reduce((a, b) => (b.yMin > a.yMin ? b : a));
/** The 版心's edges on a page (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; turned on landscape
 *  pages, the binding edge at the top). */
const textArea = (p: Page) =>
  portrait(p)
    ? { top: mm(37), bottom: p.height - mm(35), left: mm(28), right: p.width - mm(26) }
    : { top: mm(28), bottom: p.height - mm(26), left: mm(37), right: p.width - mm(35) };
/** 四号: the page number's size, and the one character it stands in from the edge. */
const 四号 = 14;

/** The 一级 and 二级 names of a table: its cells alone in the first two grid columns, headers left out. */
function levelNames(t: DocTable): string[] {
  const cells = placed(t.rows, t.columns).filter((p) => p.col <= 1 && (p.cell.colSpan ?? 1) === 1 && !p.cell.header);
  return [...new Set(cells.map((p) => p.cell.text).filter((text) => text !== ""))];
}

/**
 * Lines of body text the report needs at 16 pt on a 156 mm line (27.6 characters of Chinese, Latin letters and
 * figures half as wide), a paragraph at least one line, the two title lines 35 pt each and the empty line under
 * them.
 */
function bodyLines(blocks: readonly Block[]): number {
  const perLine = mm(156) / CHAR;
  let lines = 1;
  for (const b of blocks) {
    if (b.kind === "title") {
      lines += 35 / LINE;
      continue;
    }
    const text = b.kind === "place" ? "" : b.kind === "passage" ? b.passage.text : b.text;
    const indent = b.kind === "paragraph" && b.align === "right" ? 0 : 2;
    const width = [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), indent);
    lines += Math.max(1, Math.ceil(width / perLine));
  }
  return lines;
}

describe("the Word export printed by LibreOffice", { timeout: 180_000 }, () => {
  const doc = honggutanReport();

  it("has as many pages as the content needs: the report on A4 portrait, then the 自评表 on landscape A4", async () => {
    const { pages } = await rendered();
    const report = pages.filter(portrait);
    const appendix = pages.filter(landscape);
    expect(report.length + appendix.length).toBe(pages.length);
    expect(pages.slice(0, report.length).every(portrait)).toBe(true);
    // 22 lines a page; a heading kept with its next lines, or a paragraph's last two lines kept together, can
    // leave up to three lines of a page empty: between ⌈lines ÷ 22⌉ and ⌈lines ÷ 19⌉ pages (4 for this report).
    const lines = bodyLines(doc.blocks);
    expect(report.length).toBeGreaterThanOrEqual(Math.ceil(lines / 22));
    expect(report.length).toBeLessThanOrEqual(Math.ceil(lines / 19));
    // The 自评表 of seed 000 (20 rows, most of one line) fits one landscape page, under “附件” and its title.
    expect(appendix).toHaveLength(1);
    expect(appendix[0]!.text.startsWith("附件2022年度部门整体支出绩效自评表")).toBe(true);
  });

  it("prints the title, the headings in order and the figures of seed 000", async () => {
    const { pages } = await rendered();
    const text = pages.map((p) => p.text).join("");
    expect(pages[0]!.text.startsWith("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告")).toBe(true);
    const headings = doc.blocks.flatMap((b) =>
      b.kind === "heading" ? [b.text] : b.kind === "passage" && b.passage.role === "heading" ? [b.passage.text] : [],
    );
    let at = 0;
    for (const h of headings) {
      const i = text.indexOf(squeeze(h), at);
      expect(i, h).toBeGreaterThan(at - 1);
      at = i + 1;
    }
    for (const figure of ["36,353.37", "32,132.93", "88.39%", "16,084.20", "96.24%", "82.16%", "17,467.49", "2.23%"]) {
      expect(text, figure).toContain(figure);
    }
    expect(text).toContain("年末其他人员【待填：其他人员】人");
    expect(text).toContain(squeeze("“三公”经费 <269.35 万元> & 公用经费 \"R&D\" 'A<B'"));
    expect(text).toContain("南昌市公安局红谷滩分局2023年3月18日");
  });

  it("numbers every page “— n —” on its outer edge, below the 版心: odd pages right, even pages left, one character in", async () => {
    const { pages } = await rendered();
    expect(pages.length).toBeGreaterThanOrEqual(4); // odd and even pages, portrait and landscape
    pages.forEach((p, i) => {
      const n = i + 1;
      const line = numberLine(p);
      const area = textArea(p);
      expect(squeeze(line.text), `page ${n}`).toBe(footer(n));
      expect(line.yMin, `page ${n}`).toBeGreaterThan(area.bottom);
      if (n % 2 === 1) {
        // 单页码居右空一字: its right end one 四号 character in from the 版心's right edge.
        expect(Math.abs(area.right - 四号 - line.xMax), `page ${n} right`).toBeLessThan(2);
        expect(line.xMin, `page ${n}`).toBeGreaterThan(p.width / 2);
      } else {
        // 双页码居左空一字.
        expect(Math.abs(line.xMin - (area.left + 四号)), `page ${n} left`).toBeLessThan(2);
        expect(line.xMax, `page ${n}`).toBeLessThan(p.width / 2);
      }
    });
  });

  it("opens the attachment with “附件” at the top left of its first page and its title centred under it", async () => {
    const { pages } = await rendered();
    const page = pages.find(landscape)!;
    const area = textArea(page);
    const [label, title] = [...page.lines].sort((a, b) => a.yMin - b.yMin);
    expect(squeeze(label!.text)).toBe("附件");
    expect(Math.abs(label!.xMin - area.left)).toBeLessThan(1);
    // On the first line of the 版心: its top within one line (28.9 pt) of the 版心's.
    expect(label!.yMin - area.top).toBeGreaterThanOrEqual(-1);
    expect(label!.yMin - area.top).toBeLessThan(LINE);
    expect(squeeze(title!.text)).toBe("2022年度部门整体支出绩效自评表");
    expect(title!.yMin).toBeGreaterThan(label!.yMax);
    expect(Math.abs((title!.xMin + title!.xMax) / 2 - (area.left + area.right) / 2)).toBeLessThan(2);
  });

  it("sets the body on a 28.9 pt line inside the 版心 (37 mm top, 35 mm bottom, 28 mm left, 26 mm right), indented two characters", async () => {
    const { pages } = await rendered();
    const page = pages[1]!; // the 职责 paragraph and the passages after it: body lines only
    const body = page.lines.filter((l) => squeeze(l.text) !== footer(2));
    expect(body).toHaveLength(page.lines.length - 1);
    expect(body.length).toBeGreaterThanOrEqual(20);
    // Lines follow each other 28.9 pt apart (two lines apart where an empty place is), 22 lines at most.
    for (let i = 1; i < body.length; i++) {
      const steps = (body[i]!.yMin - body[i - 1]!.yMin) / LINE;
      expect(Math.abs(steps - Math.round(steps)), `line ${i}`).toBeLessThan(0.01);
      expect(Math.round(steps)).toBeGreaterThanOrEqual(1);
    }
    expect(Math.round((body.at(-1)!.yMin - body[0]!.yMin) / LINE) + 1).toBeLessThanOrEqual(22);
    for (const l of body) {
      expect(l.yMin).toBeGreaterThanOrEqual(mm(37) - 0.5);
      expect(l.yMax).toBeLessThanOrEqual(page.height - mm(35) + 0.5);
      expect(l.xMin).toBeGreaterThanOrEqual(mm(28) - 0.5);
      // Closing punctuation may hang one character into the right margin, as Word and LibreOffice set Chinese.
      expect(l.xMax).toBeLessThanOrEqual(page.width - mm(26) + CHAR + 0.5);
    }
    // Paragraphs start two characters in (32 pt); every other line at the margin.
    const starts = new Set(body.map((l) => Math.round(l.xMin - mm(28))));
    expect([...starts].sort((a, b) => a - b)).toEqual([0, 2 * CHAR]);
  });

  it("prints the 自评表 with its figures, merged cells once, and the total", async () => {
    const { pages } = await rendered();
    const table = pages.find(landscape)!;
    expect(table.text).toContain("单位名称：南昌市公安局红谷滩分局单位：万元");
    for (const t of ["年度预算资金", "年度资金总额", "36,353.37", "32,132.93", "88.39%", "8.84"]) {
      expect(table.text, t).toContain(t);
    }
    // Headers of up to six characters on one line each; the long one in two lines, parted where its words part.
    const headers = doc.table!.rows.flatMap((r) => r.filter((c) => c.header && [...c.text].length <= 6));
    expect(headers.map((c) => c.text)).toEqual(expect.arrayContaining(["指标性质", "度量单位", "年度指标值"]));
    for (const h of headers)
      expect(
        table.lines.some((l) => squeeze(l.text).includes(h.text)),
        h.text,
      ).toBe(true);
    const lines = table.lines.map((l) => squeeze(l.text));
    expect(lines.some((l) => l.startsWith("偏差原因分析") && !l.includes("及改进"))).toBe(true);
    expect(lines.some((l) => l.includes("及改进措施"))).toBe(true);
    for (const t of ["采购应急处突装备", "7,129", "99.1", "达成年度指标", "总分", "90.84", "自评等级"]) {
      expect(table.text, t).toContain(t);
    }
    // 产出指标 spans its five rows: printed once.
    expect(table.text.split("产出指标")).toHaveLength(2);
    expect(table.lines.some((l) => squeeze(l.text) === "优")).toBe(true);
  });

  it("writes the 自评表's figures as the body writes them", async () => {
    const { pages } = await rendered();
    const body = pages
      .filter(portrait)
      .map((p) => p.text)
      .join("");
    const table = pages
      .filter(landscape)
      .map((p) => p.text)
      .join("");
    for (const figure of ["36,353.37", "32,132.93", "88.39%"]) {
      expect(body, figure).toContain(figure);
      expect(table, figure).toContain(figure);
    }
  });

  for (const [what, get] of [
    ["seed 000's", rendered],
    ["the longest of the national template's (服务对象满意度指标, 满意度指标（10分）)", renderedLong],
  ] as const) {
    it(`breaks none of ${what} 一级 and 二级 names across lines`, async () => {
      const { pages } = await get();
      const names = levelNames((what.startsWith("seed") ? doc : longNames()).table!);
      expect(names).toEqual(
        expect.arrayContaining(
          what.startsWith("seed") ? ["可持续性影响指标", "社会满意度指标"] : ["服务对象满意度指标"],
        ),
      );
      const lines = pages.filter(landscape).flatMap((p) => p.lines.map((l) => squeeze(l.text)));
      // A name broken in its cell would stand on two lines, neither holding it whole.
      for (const name of names)
        expect(
          lines.some((l) => l.includes(squeeze(name))),
          name,
        ).toBe(true);
    });
  }
});
