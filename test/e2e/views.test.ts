/**
 * Every view, light and dark, in headless chromium: axe-core finds no serious or critical violation, the page's
 * Content-Security-Policy refuses nothing it does, and a screenshot is taken (<view>-<light|dark>.png, in Chinese:
 * into docs/screenshots/ with JIXIAO_SCREENSHOTS=1, else into a temporary folder). The task pane runs as Excel
 * loads it (the office.js stand-in over sample 000; dark is Office's dark theme, bodyBackgroundColor #262626):
 * 检查 after a check, 报告 after writing the report (and its fill dialog), 模板, 设置, 函数. The preview follows the
 * browser's colour scheme, after a check with a finding's cell selected; so does the help page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleSnapshot } from "../helpers/sample-snapshot";
import { axeViolations, describeViolation, screenshot, startE2e, type E2e, type OpenedPage } from "./harness";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

type Theme = "light" | "dark";
const THEMES: readonly Theme[] = ["light", "dark"];
/** Office's body background in its light (白色) and dark (黑色) themes. */
const OFFICE_BACKGROUND: Record<Theme, string> = { light: "#ffffff", dark: "#262626" };
const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map(describeViolation)).toEqual([]);
}

/** Nothing the page did was refused by its Content-Security-Policy. */
const expectWithinPolicy = (opened: Pick<OpenedPage, "cspViolations">) => expect(opened.cspViolations).toEqual([]);

/** The page's background as Fluent paints it: white in the light theme, dark grey in the dark one. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
const LIGHT = "rgb(255, 255, 255)";

describe.each(THEMES)("the task pane in Excel's %s theme", (theme) => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await e2e.open("taskpane.html", {
      standIn: { snapshot: await sampleSnapshot("000-honggutan-2022"), bodyBackgroundColor: OFFICE_BACKGROUND[theme] },
      viewport: { width: 420, height: 860 },
    });
    page = opened.page;
    await page.getByText("南昌市公安局红谷滩分局", { exact: false }).first().waitFor();
  });

  it(`检查 after a check (${theme})`, async () => {
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(SEED_SUMMARY).waitFor();
    if (theme === "light") expect(await background(page)).toBe(LIGHT);
    else expect(await background(page)).not.toBe(LIGHT);
    await expectAccessible(page);
    expectWithinPolicy(opened);
    await screenshot(page, "check", theme);
  });

  it(`报告 after writing the report, and its fill dialog (${theme})`, async () => {
    await page.getByRole("tab", { name: "报告" }).click();
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByText(/^由数据生成 \d+ 节/).waitFor();
    await expect.poll(() => page.getByRole("button", { name: "导出 Word" }).isEnabled()).toBe(true);
    await expectAccessible(page);
    expectWithinPolicy(opened);
    await screenshot(page, "report", theme);
    await page.getByRole("button", { name: "填入报告工作表…" }).click();
    const dialog = page.getByRole("dialog");
    try {
      await dialog.getByRole("button", { name: "确认填入" }).waitFor();
      await expectAccessible(page);
      expectWithinPolicy(opened);
    } finally {
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
    }
  });

  it(`模板 (${theme})`, async () => {
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("heading", { name: "插入绩效自评模板" }).waitFor();
    await expectAccessible(page);
    expectWithinPolicy(opened);
    await screenshot(page, "template", theme);
  });

  it(`设置 (${theme})`, async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("heading", { name: "规则口径" }).waitFor();
    await expectAccessible(page);
    expectWithinPolicy(opened);
    await screenshot(page, "settings", theme);
  });

  it(`函数 (${theme})`, async () => {
    await page.getByRole("tab", { name: "函数" }).click();
    await page.getByRole("heading", { name: /JX\.EXECRATE/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "functions", theme);
    expect(opened.errors).toEqual([]);
    expectWithinPolicy(opened);
  });
});

describe.each(THEMES)("the preview in the browser's %s colour scheme", (theme) => {
  it(`shows the findings in the grid and the pane (${theme})`, async () => {
    const opened = await e2e.open("preview.html?lang=zh-CN&sample=000-honggutan-2022.xlsx", {
      colorScheme: theme,
      viewport: { width: 1360, height: 820 },
    });
    const { page, errors } = opened;
    await page.getByRole("grid", { name: "绩效自评表" }).waitFor();
    await page.locator("aside").getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(SEED_SUMMARY).waitFor();
    await page.getByRole("button", { name: "绩效自评表!H5:H17" }).click();
    await expect.poll(() => page.locator('[data-cell="5,8"]').getAttribute("aria-selected")).toBe("true");
    if (theme === "light") expect(await background(page)).toBe(LIGHT);
    else expect(await background(page)).not.toBe(LIGHT);
    await expectAccessible(page);
    await screenshot(page, "preview", theme);
    expect(errors).toEqual([]);
    expectWithinPolicy(opened);
  });
});

describe.each(THEMES)("the help page in the browser's %s colour scheme", (theme) => {
  it(`(${theme})`, async () => {
    const opened = await e2e.open("help.html", { colorScheme: theme, viewport: { width: 800, height: 860 } });
    const { page, errors } = opened;
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "help", theme);
    expect(errors).toEqual([]);
    expectWithinPolicy(opened);
  });
});
