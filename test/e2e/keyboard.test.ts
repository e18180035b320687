/**
 * Everything from the keyboard, without the mouse, in headless chromium. The task pane as Excel loads it (the
 * office.js stand-in over sample 000): from the start of the page Tab reaches 检查 and Enter checks; Tab reaches a
 * finding's place (Enter selects the cell in Excel) and its fix (Enter writes it); the arrow keys move along the
 * tabs and Enter opens one; Tab reaches the report's buttons: 生成报告, 填入报告工作表… and the dialog's 确认填入,
 * 导出 Word (a download). The preview: Tab from the page start reaches the grid, the arrows move its active cell,
 * Enter edits it, and Tab goes on to the pane's 检查.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleSnapshot } from "../helpers/sample-snapshot";
import { fakeExcel, focused, focusedElement, startE2e, tabTo, type E2e } from "./harness";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/** After two frames: the preview's grid moves its focus in an animation frame after the key. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Presses an arrow key until `target` has the focus, one key a frame (a tab list or the grid). */
async function arrowTo(page: Page, target: Locator, key: ArrowKey, max = 6): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(target)) return;
    await page.keyboard.press(key);
    await nextFrames(page);
  }
  expect(await focused(target)).toBe(true);
}

/** Presses an arrow key `n` times, letting the grid move its focus after each. */
async function arrows(page: Page, key: ArrowKey, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    await nextFrames(page);
  }
}

type ArrowKey = "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown";

describe("the task pane from the keyboard", () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await e2e.open("taskpane.html", {
      standIn: { snapshot: await sampleSnapshot("000-honggutan-2022") },
      viewport: { width: 420, height: 860 },
    }));
    await page.getByText("南昌市公安局红谷滩分局", { exact: false }).first().waitFor();
  });

  it("Tab from the page start reaches 检查, and Enter checks", async () => {
    expect((await focusedElement(page)).tag).toBe("body");
    const check = page.getByRole("button", { name: "检查", exact: true });
    expect(await tabTo(page, check)).toBeLessThanOrEqual(3);
    await page.keyboard.press("Enter");
    await page.getByText(SEED_SUMMARY).waitFor();
  });

  it("Tab reaches a finding's place, and Enter selects its cell in Excel", async () => {
    await tabTo(page, page.getByRole("button", { name: "自评报告!A11" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => fakeExcel(page, "selection")).toEqual({ sheet: "自评报告", address: "A11" });
  });

  it("Tab reaches a fix, and Enter writes it", async () => {
    await fakeExcel(page, "userEdit", "绩效自评表", "I18", 95);
    await page.getByText("共 4 个错误，8 个警告，2 个提示。").waitFor();
    const fix = page.getByRole("button", { name: "修复：把 I18 改为 90.84" });
    // from wherever the focus is, the fix is a Tab or a Shift+Tab away
    await tabTo(page, fix, 60, "Shift+Tab").catch(() => tabTo(page, fix));
    await page.keyboard.press("Enter");
    await page.getByText("已修复：把 I18 改为 90.84").waitFor();
    expect(await fakeExcel(page, "value", "绩效自评表", "I18")).toBe(90.84);
    await page.getByText(SEED_SUMMARY).waitFor();
  });

  it("the arrow keys move along the tabs, and Enter opens 报告", async () => {
    await tabTo(page, page.getByRole("tab", { name: "检查" }), 60, "Shift+Tab");
    const report = page.getByRole("tab", { name: "报告" });
    await arrowTo(page, report, "ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => report.getAttribute("aria-selected")).toBe("true");
    // and round: past 函数 and back
    await arrowTo(page, page.getByRole("tab", { name: "函数" }), "ArrowRight");
    await arrowTo(page, report, "ArrowLeft");
  });

  it("Tab reaches the report's buttons: write, fill (and confirm in the dialog), export to Word", async () => {
    await tabTo(page, page.getByRole("button", { name: "生成报告" }));
    await page.keyboard.press("Enter");
    await page.getByText(/^由数据生成 \d+ 节/).waitFor();

    const fill = page.getByRole("button", { name: "填入报告工作表…" });
    await tabTo(page, fill, 60, "Shift+Tab").catch(() => tabTo(page, fill));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByText("在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。").waitFor();
    await tabTo(page, dialog.getByRole("button", { name: "确认填入" }), 10);
    await page.keyboard.press("Enter");
    await page.getByText(/^已填入。在“自评报告”写入 1 段/).waitFor();
    expect(String(await fakeExcel(page, "value", "自评报告", "A39"))).toMatch(/^经自评，2022年度/);

    const word = page.getByRole("button", { name: "导出 Word" });
    await tabTo(page, word, 60, "Shift+Tab").catch(() => tabTo(page, word));
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告.docx");
  });
});

describe("the preview from the keyboard", () => {
  let page: Page;
  const cell = (row: number, col: number) => page.locator(`[data-cell="${row},${col}"]`);

  beforeAll(async () => {
    ({ page } = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx"));
    await page.getByRole("grid", { name: "绩效自评表" }).waitFor();
  });

  it("Tab goes through the page's controls and the grid (one stop) to the pane's 检查", async () => {
    expect((await focusedElement(page)).tag).toBe("body");
    await tabTo(page, page.getByRole("button", { name: "打开文件…" }), 3);
    await tabTo(page, page.getByRole("combobox", { name: "示例" }), 3);
    await tabTo(page, page.getByRole("button", { name: "下载工作簿" }), 3);
    await tabTo(page, page.getByRole("tab", { name: "绩效自评表" }), 3);
    await tabTo(page, cell(1, 1), 3);
    await tabTo(page, page.locator("aside").getByRole("button", { name: "检查", exact: true }), 5);
    await page.keyboard.press("Enter");
    await page.getByText(SEED_SUMMARY).waitFor();
  });

  it("a finding's place, from the keyboard, makes its cell the grid's stop; the arrows move and Enter edits", async () => {
    await tabTo(page, page.getByRole("button", { name: "绩效自评表!H5:H17" }));
    await page.keyboard.press("Enter");
    await tabTo(page, cell(5, 8), 60, "Shift+Tab");
    // H5 → I5, then down column I to the 总分
    await arrowTo(page, cell(5, 9), "ArrowRight");
    await arrows(page, "ArrowDown", 13);
    const i18 = cell(18, 9);
    await expect.poll(() => focused(i18)).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("95");
    await page.keyboard.press("Enter");
    await expect.poll(() => i18.textContent()).toBe("95.00");
    await expect.poll(() => focused(i18)).toBe(true);
    // the pane checks the edited workbook again by itself
    await page.getByText("共 4 个错误，8 个警告，2 个提示。").waitFor();
  });

  // The grid's arrow keys step over merged areas: from A1 (merged across) down column A, and from A10 (merged
  // over A10:A14) to A15.
  it("ArrowDown steps over a merged cell (A10:A14 → A15)", async () => {
    ({ page } = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx"));
    await page.getByRole("grid", { name: "绩效自评表" }).waitFor();
    await tabTo(page, cell(1, 1), 10);
    await arrows(page, "ArrowDown", 9);
    expect(await focused(cell(10, 1))).toBe(true);
    await arrows(page, "ArrowDown", 1);
    await expect.poll(() => focused(cell(15, 1)), { timeout: 1000 }).toBe(true);
  });
});
