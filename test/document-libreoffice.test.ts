/**
 * The two seeds made into Word documents and PDFs by LibreOffice (headless, from the .txt, as a unit would print
 * its report) read back to the seed's paragraphs; the project's own Word export printed to PDF reads back to the
 * report's paragraphs without its page numbers; an old .doc is told as such. Needs the Debian packages
 * libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk (which .ci/run installs); every conversion runs once,
 * side by side, before the tests.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../src/core/model/read";
import { reportOf } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { reportToDocx } from "../src/export/word";
import { readDocument, type DocumentRead } from "../src/workbook/document";
import { readXlsx } from "../src/workbook/xlsx";
import { docxToPdf, requireChineseFonts } from "../scripts/render-report-page";
import { libreOffice, TAGGED_PDF, tempDir } from "./helpers/document-fixtures";
import { ROOT } from "./setup/dist";

const SEEDS = path.join(ROOT, "..", "shared", "seeds");
const SEED_FILES = { "000": "000_9460760e9631459a.txt", "002": "002_469236002914811f.txt" } as const;
type Seed = keyof typeof SEED_FILES;

const dir = tempDir("jixiao-document-lo-");
const file = (sub: string, seed: Seed, ext: string) => path.join(dir, sub, `${seed}.${ext}`);

/** The seed's paragraphs: its non-empty lines as written. */
const seedParagraphs = (seed: Seed): string[] =>
  readFileSync(path.join(SEEDS, SEED_FILES[seed]), "utf8")
    .split(/\r\n|\n/)
    .filter((l) => l.trim() !== "");

const compact = (s: string): string => s.replace(/\s+/g, "");
const report = (doc: DocumentRead): string[] =>
  doc.places.list.filter((p) => p.sheet === doc.places.reportSheet).map((p) => p.text);

/** The text of one page of a PDF as poppler's pdftotext reads it, without white space (nor the page number
 *  “— n —” at its foot). */
const pageText = (pdf: string, page: number): string =>
  compact(execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" })).replace(
    /—\d+—$/,
    "",
  );

const pageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);

/**
 * How many times `actual` joins consecutive paragraphs of `expected` into one; throws where it splits, changes or
 * loses one (white space aside).
 */
function joinsIn(expected: readonly string[], actual: readonly string[]): number {
  let joins = 0;
  let j = 0;
  for (const a of actual) {
    let want = compact(expected[j++] ?? "");
    while (want.length < compact(a).length && j < expected.length) {
      want += compact(expected[j++]!);
      joins++;
    }
    if (want !== compact(a))
      throw new Error(`paragraph ${j}: expected “${want.slice(0, 40)}…”, read “${a.slice(0, 40)}…”`);
  }
  if (j !== expected.length) throw new Error(`${expected.length - j} paragraphs not read`);
  return joins;
}

let reportDocx: Uint8Array;
let reportPdf: string;

beforeAll(async () => {
  requireChineseFonts();
  const seeds = (Object.keys(SEED_FILES) as Seed[]).map((seed) => {
    const to = path.join(dir, `${seed}.txt`);
    copyFileSync(path.join(SEEDS, SEED_FILES[seed]), to);
    return to;
  });
  const xlsx = await readXlsx(readFileSync(path.join(ROOT, "samples", "000-honggutan-2022.xlsx")));
  reportDocx = await reportToDocx(reportOf(xlsx, readModel(xlsx), { profile: DEFAULT_PROFILE }));
  writeFileSync(path.join(dir, "report.docx"), reportDocx);
  // Side by side, each LibreOffice in a profile of its own.
  const conversions = Promise.all([
    libreOffice(seeds, "docx", path.join(dir, "docx")),
    libreOffice(seeds, "pdf", path.join(dir, "pdf")),
    libreOffice(seeds, TAGGED_PDF, path.join(dir, "tagged")),
    libreOffice([seeds[0]!], "doc", path.join(dir, "doc")),
  ]);
  // The official fonts mapped to Noto CJK, as the Word export's own tests print it.
  reportPdf = docxToPdf(path.join(dir, "report.docx"), path.join(dir, "report"));
  await conversions;
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(["000", "002"] as const)("seed %s made by LibreOffice", { timeout: 60_000 }, (seed) => {
  it("as .docx reads back to the seed's paragraphs", async () => {
    const doc = await readDocument(readFileSync(file("docx", seed, "docx")), `${seed}.docx`);
    expect(doc.kind).toBe("docx");
    expect(report(doc).map(compact)).toEqual(seedParagraphs(seed).map(compact));
    expect(doc.places.reportSheet).toBe(seed === "000" ? "自评报告" : "评价报告");
  });

  it("as a tagged PDF reads back to the seed's paragraphs, each on the page where it starts", async () => {
    const pdf = file("tagged", seed, "pdf");
    const doc = await readDocument(readFileSync(pdf), `${seed}.pdf`);
    expect(doc.kind).toBe("pdf");
    expect(report(doc).map(compact)).toEqual(seedParagraphs(seed).map(compact));
    const pages = doc.places.list.map((p) => p.page!);
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(pageCount(pdf));
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThanOrEqual(pages[i - 1]!);
    const texts = new Map<number, string>();
    for (const place of doc.places.list) {
      if (!texts.has(place.page!)) texts.set(place.page!, pageText(pdf, place.page!));
      expect(texts.get(place.page!)).toContain(compact(place.text).slice(0, 8));
    }
  });

  it("as a PDF without tags: the same paragraphs, but for one whose last line ends exactly at the margin", async () => {
    // LibreOffice prints a .txt without indents or space between paragraphs; seed 000 has blank lines between its
    // paragraphs, seed 002 none. A paragraph of 002 whose last line fills the line to the margin, followed by one
    // at the margin, cannot be told from one paragraph in such a PDF (by anyone): it is read joined to the next.
    const pdf = file("pdf", seed, "pdf");
    const doc = await readDocument(readFileSync(pdf), `${seed}.pdf`);
    expect(joinsIn(seedParagraphs(seed), report(doc))).toBeLessThanOrEqual(seed === "000" ? 0 : 1);
    expect(doc.places.list.at(-1)!.page).toBe(pageCount(pdf));
  });
});

describe("the project's Word export printed to PDF", { timeout: 60_000 }, () => {
  it("reads back to the report's paragraphs, without the page numbers “— n —”, each with its page", async () => {
    const fromDocx = report(await readDocument(reportDocx, "report.docx"));
    const doc = await readDocument(readFileSync(reportPdf), "report.pdf");
    const texts = report(doc);
    const pages = pageCount(reportPdf);
    expect(pages).toBeGreaterThan(5);
    // No page number left, neither alone nor run into a paragraph.
    for (let n = 1; n <= pages; n++)
      expect(texts.some((t) => t.includes(`— ${n} —`) || compact(t) === `—${n}—`)).toBe(false);
    // The report's paragraphs, then the attachment's head: the same boundaries as in Word (each starts and ends
    // as there), and the text as poppler reads the PDF (LibreOffice leaves out a 、 hung in the margin at times).
    const all = compact(Array.from({ length: pages }, (_, i) => pageText(reportPdf, i + 1)).join(""));
    // The attachment begins on its own page with "附件" alone on the first line (the body's "附件：…" line above
    // the signature names it).
    const attachment = fromDocx.findIndex((t) => t.trim() === "附件");
    for (let i = 0; i <= attachment; i++) {
      const [want, got] = [compact(fromDocx[i]!), compact(texts[i]!)];
      expect(got.slice(0, 6), `paragraph ${i + 1}`).toBe(want.slice(0, 6));
      expect(got.slice(-4), `paragraph ${i + 1}`).toBe(want.slice(-4));
      expect(Math.abs(got.length - want.length), `paragraph ${i + 1}`).toBeLessThanOrEqual(2);
      expect(all).toContain(got);
    }
    expect(doc.places.list[0]!.page).toBe(1);
    expect(doc.places.list[attachment]!.page).toBe(pages);
    expect(readModel(doc.snapshot).report?.paragraphs.length).toBe(texts.length);
  });
});

describe("an old Word document", () => {
  it("a .doc written by LibreOffice is told to be saved as .docx", async () => {
    await expect(readDocument(readFileSync(file("doc", "000", "doc")), "自评报告.doc")).rejects.toMatchObject({
      code: "doc",
      message:
        "“自评报告.doc”是旧版 Word 文档（.doc 或 .wps），无法直接读取。请在 Word 或 WPS 中“另存为” Word 文档（.docx）或 PDF 后再检查。",
    });
  });
});
