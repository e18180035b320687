/**
 * A report document in the browser preview, end to end: seed 000's report (红谷滩分局 2022) printed to PDF by
 * LibreOffice (headless) here, dropped onto the preview beside sample 000 — the workbook stays open, the pane
 * turns to 报告 and lists the report's findings checked against the workbook's tables, the seed's 资产负债率 at
 * its paragraph and page with the sentence quoted, no fix. pdf.js reads it in a worker of the page's own origin,
 * allowed by the page's Content-Security-Policy; the file is read in the page: no request after the drop but the
 * page's own scripts (GET, no body), nothing aborted. Then the seed as .txt chosen through the file input, 清除,
 * and a file the reader refuses. And the same PDF chosen in the task pane as Excel loads it (the office.js
 * stand-in over sample 000): its worker loads under the task pane's policy too. Needs the Debian packages libreoffice-writer-nogui, poppler-utils and
 * fonts-noto-cjk (as test/document-libreoffice.test.ts).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { libreOffice, tempDir, unembeddedChinesePdf } from "../helpers/document-fixtures";
import { sampleSnapshot } from "../helpers/sample-snapshot";
import { axeViolations, describeViolation, ROOT, startE2e, type E2e, type OpenedPage } from "./harness";

// LibreOffice's conversion, pdf.js's first load and its worker on a busy 2-core machine take their time.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const SEED = path.join(ROOT, "..", "shared", "seeds", "000_9460760e9631459a.txt");
const NAME = "红谷滩分局2022自评报告";

let dir = "";
let pdf = "";
let e2e: E2e;
let opened: OpenedPage;
let page: Page;

/** Every request the page made, with its method and whether it carried a body. */
const sent: { url: string; method: string; body: boolean }[] = [];

beforeAll(async () => {
  dir = tempDir("jixiao-preview-report-");
  copyFileSync(SEED, path.join(dir, `${NAME}.txt`));
  const conversion = libreOffice([path.join(dir, `${NAME}.txt`)], "pdf", dir);
  e2e = await startE2e();
  opened = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx");
  page = opened.page;
  page.on("request", (r) => sent.push({ url: r.url(), method: r.method(), body: r.postDataBuffer() !== null }));
  await page.getByRole("grid", { name: "绩效自评表" }).waitFor({ timeout: 120_000 });
  await conversion;
  pdf = path.join(dir, `${NAME}.pdf`);
});

afterAll(async () => {
  await e2e?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pane = (): Locator => page.locator("aside");
const section = (): Locator => pane().getByRole("region", { name: "核对报告文档" });

/** Drops a file onto the preview, as a file dragged from the desktop: dragover, then drop with its bytes. */
async function drop(name: string, bytes: Uint8Array, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ data, fileName, mime }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName, { type: mime }));
      return dt;
    },
    { data: [...bytes], fileName: name, mime: type },
  );
  const target = page.getByRole("grid");
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

/** The text of one page of the PDF as poppler reads it, without white space. */
const pageText = (n: number): string =>
  execFileSync("pdftotext", ["-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");

describe("a report document in the preview", () => {
  it("a PDF dropped beside the workbook: the pane's 报告 lists its findings by paragraph and page", async () => {
    const before = sent.length;
    await drop(`${NAME}.pdf`, new Uint8Array(readFileSync(pdf)), "application/pdf");
    // The pane turns to 报告 and reads the file (pdf.js's first load takes a while on a loaded machine).
    await expect.poll(() => pane().getByRole("tab", { name: "报告" }).getAttribute("aria-selected")).toBe("true");
    await section().getByText(`报告文件：${NAME}.pdf（PDF）`).waitFor({ timeout: 90_000 });
    expect(await section().getAttribute("aria-busy")).toBe("false");
    expect(
      await section()
        .getByText(/^共 74 段，\d+ 页$/)
        .count(),
    ).toBe(1);
    expect(await section().getByText("按工作簿“000-honggutan-2022.xlsx”的表格核对").count()).toBe(1);
    expect(await section().getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "错误（1）",
      "警告（4）",
      "提示（2）",
    ]);
    // The seed's 资产负债率: 388.73 ÷ 17,467.49 = 2.23%, written 22.25%, at its paragraph and the page it is on.
    const debt = section().getByRole("listitem").filter({ hasText: "报告写资产负债率为 22.25%" });
    const where = (await debt.locator("dd").last().textContent())!;
    const [, paragraph, shownPage] = /^第(\d+)段（第(\d+)页）$/.exec(where)!;
    expect(paragraph).toBe("13");
    expect(pageText(Number(shownPage))).toContain("资产负债率为22.25%");
    expect(await debt.locator("blockquote").textContent()).toMatch(/^“资产负债率为\s*22\.25%/);
    // A document is never written: no fix, no button at all among its findings.
    expect(await section().getByRole("listitem").getByRole("button").count()).toBe(0);
    // The workbook is still open beside it.
    expect(await page.getByRole("grid", { name: "绩效自评表" }).count()).toBe(1);
    expect(await page.locator("header").first().getByText("000-honggutan-2022.xlsx", { exact: false }).count()).toBe(1);

    // Read in the page: after the drop the page fetched only its own scripts (the reader, pdf.js, its worker),
    // with GET and no body; nothing left loopback, nothing was aborted.
    const after = sent.slice(before);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) {
      expect(r.url.startsWith(`${e2e.origin}/assets/`), r.url).toBe(true);
      expect(r.url).toMatch(/\.js$/);
      expect(r.method).toBe("GET");
      expect(r.body).toBe(false);
    }
    // pdf.js parsed in its worker, a file of the page's own origin.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/assets\/pdf-worker-[\w-]+\.js$/)]);
    expect(page.workers()[0]!.url().startsWith(`${e2e.origin}/`)).toBe(true);
    expect(opened.aborted).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it("a PDF whose Chinese font is not embedded (STSong-Light, as Java report tools write) reads with pdf.js's character maps from the page's own origin", async () => {
    const before = sent.length;
    const bytes = unembeddedChinesePdf(["资产情况", "负债合计388.73万元，资产合计17,467.49万元，资产负债率为22.25%。"]);
    await drop("报表工具导出.pdf", bytes, "application/pdf");
    await section().getByText("报告文件：报表工具导出.pdf（PDF）").waitFor({ timeout: 90_000 });
    // the text was extracted: its 资产负债率 is checked (388.73 ÷ 17,467.49 = 2.23%)
    const debt = section().getByRole("listitem").filter({ hasText: "22.25%" }).first();
    expect(await debt.textContent()).toContain("2.23%");
    const after = sent.slice(before);
    expect(after.some((r) => r.url === `${e2e.origin}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`)).toBe(true);
    for (const r of after) {
      expect(r.url.startsWith(`${e2e.origin}/`), r.url).toBe(true);
      expect([r.method, r.body]).toEqual(["GET", false]);
    }
    expect(opened.aborted).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it("has no serious or critical accessibility violation with the findings shown", async () => {
    expect((await axeViolations(page)).map(describeViolation)).toEqual([]);
  });

  it("a .txt chosen through the file input takes its place; 清除 drops it; a file refused is one line", async () => {
    await page.locator('header input[type="file"]').setInputFiles({
      name: `${NAME}.txt`,
      mimeType: "text/plain",
      buffer: readFileSync(SEED),
    });
    await section().getByText(`报告文件：${NAME}.txt（文本）`).waitFor({ timeout: 60_000 });
    const debt = section().getByRole("listitem").filter({ hasText: "报告写资产负债率为 22.25%" });
    expect(await debt.locator("dd").last().textContent()).toBe("第13段");

    await drop("截图.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "image/png");
    // Not a report by its name: the preview says what it opens, and keeps everything.
    await page.getByText(/^“截图\.png”无法打开：工作簿请用 \.xlsx 文件/).waitFor();
    await drop("损坏.pdf", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<"), "application/pdf");
    await section()
      .getByText(/^“损坏\.pdf”已损坏，无法作为 PDF 读取/)
      .waitFor({ timeout: 60_000 });
    expect(await section().getByText(`报告文件：${NAME}.txt（文本）`).count()).toBe(1);
    expect(await section().getAttribute("aria-busy")).toBe("false");

    await section().getByRole("button", { name: "清除" }).click();
    expect(
      await section()
        .getByText(/报告文件/)
        .count(),
    ).toBe(0);
    expect(await section().getByRole("button", { name: "检查 Word/PDF 报告…" }).count()).toBe(1);
    expect(opened.aborted).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe("a report document in the task pane (the office.js stand-in over sample 000)", () => {
  it("检查 Word/PDF 报告… reads the PDF in the pane, pdf.js in its worker, and lists the finding with its page", async () => {
    const taskpane = await e2e.open("taskpane.html", {
      standIn: { snapshot: await sampleSnapshot("000-honggutan-2022"), displayLanguage: "zh-CN" },
      viewport: { width: 420, height: 900 },
    });
    const p = taskpane.page;
    const requests: { url: string; method: string; body: boolean }[] = [];
    p.on("request", (r) => requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer() !== null }));
    await p.getByRole("tab", { name: "报告" }).click();
    const region = p.getByRole("region", { name: "核对报告文档" });
    await region.getByRole("button", { name: "检查 Word/PDF 报告…" }).waitFor({ timeout: 60_000 });
    const before = requests.length;
    await region.locator('input[type="file"]').setInputFiles({
      name: `${NAME}.pdf`,
      mimeType: "application/pdf",
      buffer: readFileSync(pdf),
    });
    await region.getByText(`报告文件：${NAME}.pdf（PDF）`).waitFor({ timeout: 90_000 });
    expect(await region.getByText("按当前工作簿的表格核对").count()).toBe(1);
    const debt = region.getByRole("listitem").filter({ hasText: "报告写资产负债率为 22.25%" });
    expect(await debt.locator("dd").last().textContent()).toMatch(/^第13段（第\d+页）$/);
    for (const r of requests.slice(before)) {
      expect(r.url.startsWith(`${e2e.origin}/assets/`), r.url).toBe(true);
      expect([r.method, r.body]).toEqual(["GET", false]);
    }
    expect(p.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/assets\/pdf-worker-[\w-]+\.js$/)]);
    expect(taskpane.aborted).toEqual([]);
    expect(taskpane.cspViolations).toEqual([]);
    expect(taskpane.errors).toEqual([]);
    await taskpane.context.close();
  });
});
