/**
 * The browser preview end to end: dist/preview.html in headless chromium, served on loopback, every other request
 * aborted. On sample 000 (红谷滩分局 2022): 检查 lists the seed's findings and the grid marks their cells; a
 * finding's place selects its cell in the grid (the sheet tab follows); a cell edited in the grid makes the pane
 * check again and offer the 总分 fix, which writes the cell and the finding goes; 报告 writes the report and fills
 * the report sheet; the workbook and the Word export are downloaded and read back in Node (the .xlsx through
 * readXlsx, readModel and every rule; the .docx as the text of word/document.xml). Then sample 002 from the
 * sample selector, and files opened through the file input.
 */
import { readFile } from "node:fs/promises";
import { unzipSync, strFromU8 } from "fflate";
import type { Download, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CATALOGUE } from "../../src/core/checks/catalogue";
import { runChecks } from "../../src/core/checks/run";
import { readModel } from "../../src/core/model/read";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { cellAt, gridOf } from "../../src/core/model/snapshot";
import { readMarks } from "../../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { readXlsx } from "../../src/workbook/xlsx";
import { screenshot, startE2e, type E2e, type OpenedPage } from "./harness";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";
const TOTAL_FIX = "修复：把 I18 改为 90.84";
const FILLED = /经自评，2022年度部门整体支出绩效自评结果为：总分90\.84分，自评等级为“优”/;

let e2e: E2e;
let opened: OpenedPage;
let page: Page;
/** What the downloads gave, for the later tests. */
const files: { xlsx?: Uint8Array; docx?: Uint8Array } = {};

beforeAll(async () => {
  e2e = await startE2e();
  opened = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx");
  page = opened.page;
  await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  // the grid shows once the sample is read
  await page.getByRole("grid", { name: "绩效自评表" }).waitFor();
});

afterAll(async () => {
  await e2e?.close();
});

/** The grid's cell at a row and column (1-based) of the sheet shown. */
const cell = (row: number, col: number): Locator => page.locator(`[data-cell="${row},${col}"]`);
const tab = (name: string): Locator => page.getByRole("tab", { name, exact: true });
/** Scrolls the grid shown, as the mouse wheel would, until `row` is on screen (only rows on screen are drawn). */
async function scrollToRow(row: number): Promise<void> {
  await page.getByRole("grid").evaluate((el, r) => {
    el.scrollTop = Math.max(0, (r - 5) * 24);
  }, row);
  await cell(row, 1).waitFor();
}
/** The pane beside the grid. */
const pane = (): Locator => page.locator("aside");

async function bytesOf(download: Download): Promise<Uint8Array> {
  const file = await download.path();
  return new Uint8Array(await readFile(file));
}

function column(snapshot: WorkbookSnapshot, sheet: string): string[] {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return gridOf(s, { top: s.top, left: s.left, bottom: s.bottom, right: s.left }).map((row) => String(row[0] ?? ""));
}

/** The text of a .docx: every w:t of word/document.xml, a paragraph a line. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]!);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((line) => line !== "")
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}

describe("the preview on sample 000", () => {
  it("opens the sample beside the pane, its sheets as tabs", async () => {
    await expect.poll(() => page.title()).toBe("绩效自评助手 · 浏览器预览");
    expect(await page.getByText("000-honggutan-2022.xlsx", { exact: false }).count()).toBeGreaterThan(0);
    for (const name of ["绩效自评表", "预算执行情况", "资产负债表", "单位基本情况", "自评报告"])
      expect(await tab(name).count()).toBe(1);
    expect(await tab("绩效自评表").getAttribute("aria-selected")).toBe("true");
    expect(await cell(1, 1).textContent()).toBe("2022年度部门整体支出绩效自评表");
  });

  it("检查 lists the seed's 3 errors and 8 warnings, and the grid marks their cells", async () => {
    await pane().getByRole("button", { name: "检查", exact: true }).click();
    await pane().getByText(SEED_SUMMARY).waitFor();
    expect(await pane().getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "错误（3）",
      "警告（8）",
      "提示（2）",
    ]);
    // 社会满意度 scored full with no 指标性质, target or actual: D17, E17, G17 marked as errors
    for (const col of [4, 5, 7]) expect(await cell(17, col).getAttribute("aria-label")).toMatch(/（错误）$/);
    // 7,129 cases against 2,000 without a 偏差原因: a warning on G11
    expect(await cell(11, 7).getAttribute("aria-label")).toBe("G11 7,129（警告）");
    // a cell with nothing to say is not marked
    expect(await cell(10, 9).getAttribute("aria-label")).toBe("I10 7.00");
    expect(opened.errors).toEqual([]);
  });

  it("a finding's place selects its cell in the grid, on its sheet", async () => {
    await pane().getByRole("button", { name: "自评报告!A11" }).click();
    await expect.poll(() => tab("自评报告").getAttribute("aria-selected")).toBe("true");
    const a11 = cell(11, 1);
    await expect.poll(() => a11.getAttribute("aria-selected")).toBe("true");
    expect(await a11.getAttribute("aria-label")).toMatch(/^A11 .*22\.25%.*（错误）$/);
    await pane().getByRole("button", { name: "绩效自评表!H5:H17" }).click();
    await expect.poll(() => tab("绩效自评表").getAttribute("aria-selected")).toBe("true");
    for (const row of [5, 10, 17]) expect(await cell(row, 8).getAttribute("aria-selected")).toBe("true");
    expect(await cell(18, 9).getAttribute("aria-selected")).toBe("false");
  });

  it("an edit in the grid is checked again, and the 总分 fix writes the cell and the finding goes", async () => {
    await cell(18, 9).click();
    await page.keyboard.press("Enter");
    const input = page.getByRole("textbox", { name: "I18" });
    await input.fill("95");
    await input.press("Enter");
    await expect.poll(() => cell(18, 9).textContent()).toBe("95.00");
    // the pane reads the edited workbook again by itself and checks it
    await pane().getByText("共 4 个错误，8 个警告，2 个提示。").waitFor();
    expect(await cell(18, 9).getAttribute("aria-label")).toMatch(/（错误）$/);
    await pane().getByRole("button", { name: TOTAL_FIX }).click();
    await pane().getByText("已修复：把 I18 改为 90.84").waitFor();
    await pane().getByText(SEED_SUMMARY).waitFor();
    expect(await pane().getByRole("button", { name: TOTAL_FIX }).count()).toBe(0);
    expect(await pane().getByRole("heading", { name: "总分与各项得分之和不符（1）" }).count()).toBe(0);
    await expect.poll(() => cell(18, 9).textContent()).toBe("90.84");
    expect(await cell(18, 9).getAttribute("aria-label")).toBe("I18 90.84");
    // the pane offers to undo it
    expect(await pane().getByText("上一步：把 I18 改为 90.84").count()).toBe(1);
  });

  it("报告 writes the report and fills the report sheet after showing the changes", async () => {
    await pane().getByRole("tab", { name: "报告" }).click();
    await pane().getByRole("button", { name: "生成报告" }).click();
    await pane()
      .getByText(/^由数据生成 \d+ 节，保留人工撰写 \d+ 节/)
      .waitFor();
    expect(
      await pane()
        .getByText(/南昌市公安局红谷滩分局 整体支出绩效自评报告/)
        .count(),
    ).toBeGreaterThan(0);
    await pane().getByRole("button", { name: "填入报告工作表…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。").waitFor();
    await dialog.getByRole("button", { name: "确认填入" }).click();
    await pane()
      .getByText(/^已填入。在“自评报告”写入 1 段/)
      .waitFor();
    // the dialog gave the focus back, and the pane is shown to screen readers again: its undo is found by its role
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("填入报告工作表…");
    await pane().getByRole("button", { name: "撤销上次填写" }).waitFor();
    // the grid shows the filled sheet
    await tab("自评报告").click();
    await scrollToRow(39);
    await expect.poll(() => cell(39, 1).textContent()).toMatch(FILLED);
  });

  it("downloads the workbook: the fill and the fix are in it, and jixiao's checker reads it", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载工作簿" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("000-honggutan-2022.xlsx");
    files.xlsx = await bytesOf(download);
    const snapshot = await readXlsx(files.xlsx);
    const report = column(snapshot, "自评报告");
    const at = report.indexOf("二、部门整体支出绩效实现情况");
    expect(report[at + 1]).toMatch(FILLED);
    expect(readMarks(snapshot.settings).written).toEqual([report[at + 1]]);
    const table = snapshot.sheets.find((s) => s.name === "绩效自评表")!;
    expect(cellAt(table, 18, 9)).toBe(90.84);
    const findings = runChecks(readModel(snapshot), DEFAULT_PROFILE, CATALOGUE);
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    // the fill corrected the one figure the checker proves wrong (A11: 388.73 ÷ 17,467.49 = 2.23%, not 22.25%);
    // the two errors of the 绩效自评表 and the eight warnings stay for the accountant
    expect(report[10]).toContain("资产负债率为 2.23%, 资产运行情况较好");
    expect([count("error"), count("warning"), count("info")]).toEqual([2, 8, 2]);
    expect(findings.some((f) => f.rule === "total-sum")).toBe(false);
    expect(findings.some((f) => f.rule === "report-figures" && f.severity === "error")).toBe(false);
  });

  it("exports the report to Word: the .docx holds the report's figures", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane().getByRole("button", { name: "导出 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告.docx");
    files.docx = await bytesOf(download);
    await pane().getByText("已生成 Word 文档：2022年度南昌市公安局红谷滩分局整体支出绩效自评报告.docx").waitFor();
    const text = docxText(files.docx);
    expect(text).toMatch(/南昌市公安局红谷滩分局/);
    expect(text).toMatch(FILLED);
    for (const figure of ["36,353.37", "32,132.93", "88.39%", "17,467.49", "90.84"]) expect(text).toContain(figure);
    // the 绩效自评表 follows as the attachment
    expect(text).toMatch(/绩效自评表/);
    expect(text).toContain("化解矛盾纠纷案件");
  });
});

describe("other workbooks", () => {
  it("opens sample 002 from the sample selector and checks it", async () => {
    await pane().getByRole("tab", { name: "检查" }).click();
    await page.getByRole("combobox", { name: "示例" }).selectOption({ label: "昆明市公安局呈贡分局 2021（评价报告）" });
    await page.getByText("002-chenggong-2021.xlsx", { exact: false }).first().waitFor();
    await tab("评价报告").waitFor();
    await pane().getByText("共 5 个错误，4 个警告，0 个提示。").waitFor();
    expect(
      await pane()
        .getByText(/呈贡分局/)
        .count(),
    ).toBeGreaterThan(0);
  });

  it("opens a file through the file input: the workbook downloaded before, as the user would", async () => {
    await page.locator('header input[type="file"]').setInputFiles({
      name: "红谷滩-已填.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(files.xlsx!),
    });
    await page.getByText("红谷滩-已填.xlsx", { exact: false }).first().waitFor();
    await tab("自评报告").click();
    await scrollToRow(39);
    await expect.poll(() => cell(39, 1).textContent()).toMatch(FILLED);
    await pane().getByText("共 2 个错误，8 个警告，2 个提示。").waitFor();
  });

  it("refuses a file that is not .xlsx with a Chinese message, and keeps the workbook open", async () => {
    await page.locator('header input[type="file"]').setInputFiles({
      name: "自评表.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: Buffer.from("not a workbook"),
    });
    await page.getByText("“自评表.xls”不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再打开").waitFor();
    expect(await page.getByText("红谷滩-已填.xlsx", { exact: false }).count()).toBeGreaterThan(0);
  });

  it("asked nothing of any host but its own", () => {
    expect(opened.aborted).toEqual([]);
    expect(opened.requests.every((u) => u.startsWith(`${e2e.origin}/`))).toBe(true);
    expect(opened.errors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
  });
});

describe("a narrow window (360 px, a phone or a window beside another)", () => {
  it("stacks the grid above the pane instead of overlapping them, and nothing runs off the side", async () => {
    const narrow = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx", {
      viewport: { width: 360, height: 740 },
    });
    const { page: p } = narrow;
    const grid = p.getByRole("grid", { name: "绩效自评表" });
    await grid.waitFor();
    const g = (await grid.boundingBox())!;
    const a = (await p.locator("aside").boundingBox())!;
    // one above the other, each the width of the window
    expect(g.y + g.height).toBeLessThanOrEqual(a.y + 0.5);
    expect([g.x, g.width, a.x, a.width].map(Math.round)).toEqual([0, 360, 0, 360]);
    expect(g.height).toBeGreaterThan(200);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    // the pane works there: 检查 and its findings
    await p.locator("aside").getByRole("button", { name: "检查", exact: true }).click();
    await p.locator("aside").getByText(SEED_SUMMARY).waitFor();
    await screenshot(p, "preview-narrow", "light");
    expect(narrow.errors).toEqual([]);
    expect(narrow.cspViolations).toEqual([]);
  });
});
