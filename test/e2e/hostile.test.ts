/**
 * Hostile files in the browser preview (built in the test by hostile-workbooks.ts): a corrupt file, an old .xls
 * and a password-protected file named .xlsx, and a zip bomb (1.3 MB inflating to 1.3 GB, its size declared as
 * 4 KB) are refused with the reader's Chinese message naming the file, and the page stays as it was — the
 * previous workbook's name, grid, findings and download, no spinner left, the page answering the keyboard. The
 * workbooks that are merely large open and scroll: one value at A1 and one at XFD1048576 (and at J1048576 on a
 * second sheet), one merged area over the whole sheet; the grid keeps to what is on screen.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROOT, startE2e, type E2e, type OpenedPage } from "./harness";
import { corrupt, encrypted, farCells, oldXls, wholeSheetMerge, zipBomb } from "./hostile-workbooks";

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const SAMPLE = "000-honggutan-2022.xlsx";
const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let e2e: E2e;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  e2e = await startE2e();
  opened = await e2e.open(`preview.html?lang=zh-CN&sample=${SAMPLE}`);
  page = opened.page;
  await page.getByRole("grid", { name: "绩效自评表" }).waitFor();
  await pane().getByRole("button", { name: "检查", exact: true }).click();
  await pane().getByText(SEED_SUMMARY).waitFor();
});

afterAll(async () => {
  await e2e?.close();
});

const pane = (): Locator => page.locator("aside");
const cell = (row: number, col: number): Locator => page.locator(`[data-cell="${row},${col}"]`);
const grid = (): Locator => page.getByRole("grid");
/** The preview's bar above the grid (the pane beside it has a header of its own). */
const bar = (): Locator => page.locator("header").first();

async function openFile(name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('header input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
}

/** What 下载工作簿 saves now. */
async function downloaded(): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载工作簿" }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The page answers: a frame is drawn, and the keyboard opens A1 for editing and closes it again. */
async function expectResponsive(): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  await cell(1, 1).click();
  await page.keyboard.press("F2");
  const input = page.getByRole("textbox", { name: "A1", exact: true });
  await input.waitFor();
  await page.keyboard.press("Escape");
  await input.waitFor({ state: "detached" });
}

/** How many cells of the grid are in the page. */
const renderedCells = () => page.locator('[role="gridcell"]').count();

describe("files the reader refuses leave the page as it was", () => {
  const refused: [string, () => Uint8Array, RegExp][] = [
    ["损坏的自评表.xlsx", corrupt, /文件已损坏或不是 Excel 工作簿/],
    ["旧版自评表.xlsx", oldXls, /这是旧版 \.xls 文件，请在 Excel 中另存为 \.xlsx/],
    ["加密的自评表.xlsx", encrypted, /文件有密码保护，请先在 Excel 中取消密码再检查/],
    ["压缩炸弹.xlsx", () => zipBomb().bytes, /压缩比超过 200 倍的上限，可能是“压缩炸弹”，已停止读取/],
  ];

  it.each(refused)("%s: the reader's Chinese message, the previous workbook kept", async (name, bytes, reason) => {
    await openFile(name, bytes());
    const message = page.getByRole("status").filter({ hasText: `未能打开“${name}”` });
    await message.waitFor();
    expect(await message.textContent()).toMatch(reason);
    expect(await message.textContent()).toMatch(`仍显示原工作簿“${SAMPLE}”。`);
    // the name, the grid, the findings: still the sample's
    expect(await bar().textContent()).toContain(SAMPLE);
    expect(await bar().textContent()).not.toContain(name);
    expect(await grid().getAttribute("aria-label")).toBe("绩效自评表");
    expect(await cell(1, 1).textContent()).toBe("2022年度部门整体支出绩效自评表");
    expect(await pane().getByText(SEED_SUMMARY).count()).toBe(1);
    expect(await cell(11, 7).getAttribute("aria-label")).toBe("G11 7,129（警告）");
    // no spinner left running
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await page.getByText(/^正在打开/).count()).toBe(0);
    await expectResponsive();
  });

  it("下载工作簿 still saves the workbook that opened, byte for byte", async () => {
    const { name, bytes } = await downloaded();
    expect(name).toBe(SAMPLE);
    expect(bytes.equals(await readFile(path.join(ROOT, "samples", SAMPLE)))).toBe(true);
  });
});

describe("large workbooks open and scroll", () => {
  it("A1 and XFD1048576: the grid reaches the last cell of the sheet, and Ctrl+End goes there", async () => {
    await openFile("四角.xlsx", farCells());
    await page.getByRole("tab", { name: "四角" }).waitFor();
    await expect.poll(() => grid().getAttribute("aria-label")).toBe("四角");
    expect(await page.getByRole("status").filter({ hasText: "未能打开" }).count()).toBe(0);
    expect(await bar().textContent()).toContain("四角.xlsx");
    expect(await grid().getAttribute("aria-rowcount")).toBe(String(1048576 + 1));
    expect(await grid().getAttribute("aria-colcount")).toBe(String(16384 + 1));
    expect(await cell(1, 1).textContent()).toBe("左上角");
    // only what is on screen is in the page
    expect(await renderedCells()).toBeLessThan(1000);
    await cell(1, 1).click();
    await page.keyboard.press("Control+End");
    const far = cell(1048576, 16384);
    await expect.poll(() => far.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await far.getAttribute("aria-label")).toMatch(/^XFD1048576 20,?240,?331$/);
    expect(await far.getAttribute("aria-rowindex")).toBe(String(1048576 + 1));
    expect(await far.getAttribute("aria-colindex")).toBe(String(16384 + 1));
    // scrolled into view: inside the grid's visible area (without its scroll bars)
    const box = (await far.boundingBox())!;
    const view = await grid().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { bottom: r.top + el.clientTop + el.clientHeight, right: r.left + el.clientLeft + el.clientWidth };
    });
    expect(box.y + box.height).toBeLessThanOrEqual(view.bottom + 1);
    expect(box.x + box.width).toBeLessThanOrEqual(view.right + 1);
    expect(await page.getByRole("rowheader", { name: "1048576", exact: true }).count()).toBe(1);
    expect(await page.getByRole("columnheader", { name: "XFD", exact: true }).count()).toBe(1);
    expect(await renderedCells()).toBeLessThan(1000);
    // back to the start
    await page.keyboard.press("Control+Home");
    await expect.poll(() => cell(1, 1).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("J1048576 on the second sheet: scrolled to with the mouse wheel", async () => {
    await page.getByRole("tab", { name: "J列末行" }).click();
    await expect.poll(() => grid().getAttribute("aria-label")).toBe("J列末行");
    expect(await grid().getAttribute("aria-colcount")).toBe("11");
    await grid().hover();
    await page.mouse.wheel(0, 30_000_000);
    const last = cell(1048576, 10);
    await last.waitFor();
    expect(await last.textContent()).toBe("最后一行");
    expect(await renderedCells()).toBeLessThan(1000);
  });

  it("a merged area over the whole sheet is drawn from A1, wherever the grid is scrolled", async () => {
    await openFile("整表合并.xlsx", wholeSheetMerge());
    await expect.poll(() => grid().getAttribute("aria-label")).toBe("整表合并");
    const merged = cell(1, 1);
    expect(await merged.getAttribute("aria-rowspan")).toBe("1048576");
    expect(await merged.getAttribute("aria-colspan")).toBe("16384");
    expect(await merged.textContent()).toBe("整张表合并为一格");
    // scrolled to the middle of the sheet: the one merged cell is still there, and no other cell
    await grid().evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
      el.scrollLeft = el.scrollWidth / 2;
    });
    await page.getByRole("rowheader", { name: "524288", exact: true }).waitFor();
    expect(
      await page.locator('[role="gridcell"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell"))),
    ).toEqual(["1,1"]);
    // the arrows stay in the one cell there is
    await merged.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => merged.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("the last file asked for wins when two are opened at once", async () => {
    await Promise.all([openFile("先打开.xlsx", farCells()), openFile("后打开.xlsx", wholeSheetMerge())]);
    await expect.poll(() => bar().textContent()).toContain("后打开.xlsx");
    await expect.poll(() => grid().getAttribute("aria-label")).toBe("整表合并");
    expect(await page.getByRole("progressbar").count()).toBe(0);
  });

  it("ran without an error in the page, nor a Content-Security-Policy violation, on loopback only", async () => {
    await expectResponsive();
    expect(opened.errors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.aborted).toEqual([]);
  });
});
