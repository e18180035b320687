/**
 * No request leaves loopback. Every page of dist/ is opened in headless chromium with every request routed: the
 * test server's are served, Office's script is answered by the stand-in where the test gives one, anything else
 * is aborted and recorded. Each page is taken through all it can load (every view of the pane, so every lazily
 * loaded part: the views, the Word export, the template), and then nothing may have been aborted and nothing may
 * have gone anywhere but the test server. The routing itself is checked too: a request to the outside is aborted
 * and recorded, and the pane without Office's script says it is not in Excel.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleSnapshot } from "../helpers/sample-snapshot";
import { OFFICE_JS, startE2e, type E2e, type OpenedPage } from "./harness";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/** Everything the page asked for went to the test server, but Office's script to the stand-in. */
function expectLoopbackOnly(opened: OpenedPage): void {
  expect(opened.aborted).toEqual([]);
  const outside = opened.requests.filter((u) => !u.startsWith(`${e2e.origin}/`));
  expect(outside).toEqual(opened.stoodIn);
  expect(new URL(e2e.origin).hostname).toBe("127.0.0.1");
  expect(opened.errors).toEqual([]);
}

/** Opens each of the pane's views in turn, and what each can load on demand. */
async function everyView(page: Page): Promise<void> {
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByText(/^共 \d+ 个错误/).waitFor();
  await page.getByRole("tab", { name: "报告", exact: true }).click();
  await page.getByRole("button", { name: "生成报告" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出 Word" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await page.getByRole("tab", { name: "模板", exact: true }).click();
  await page.getByRole("heading", { name: "插入绩效自评模板" }).waitFor();
  await page.getByRole("tab", { name: "设置", exact: true }).click();
  await page.getByRole("heading", { name: "规则口径" }).waitFor();
  await page.getByRole("tab", { name: "函数", exact: true }).click();
  await page.getByRole("heading", { name: /JX\.EXECRATE/ }).waitFor();
}

describe("no request leaves loopback", () => {
  it("the task pane as Excel loads it (Office's script from the stand-in), through every view", async () => {
    const opened = await e2e.open("taskpane.html", {
      standIn: { snapshot: await sampleSnapshot("000-honggutan-2022") },
      viewport: { width: 420, height: 860 },
    });
    await everyView(opened.page);
    expect(opened.stoodIn).toEqual([OFFICE_JS]);
    expectLoopbackOnly(opened);
  });

  it("the preview, through both samples, every view and the downloads", async () => {
    const opened = await e2e.open("preview.html?lang=zh-CN");
    const { page } = opened;
    await page.getByRole("grid").waitFor();
    await everyView(page);
    await page.getByRole("combobox", { name: "示例" }).selectOption({ label: "昆明市公安局呈贡分局 2021（评价报告）" });
    await page.getByRole("tab", { name: "评价报告" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载工作簿" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("002-chenggong-2021.xlsx");
    expect(opened.stoodIn).toEqual([]);
    expectLoopbackOnly(opened);
  });

  it("the help page", async () => {
    const opened = await e2e.open("help.html");
    await opened.page.getByRole("heading", { level: 1 }).waitFor();
    expectLoopbackOnly(opened);
  });
});

describe("the routing that holds the pages to loopback", () => {
  it("aborts and records a request to anywhere else", async () => {
    const opened = await e2e.open("help.html");
    const outcome = await opened.page.evaluate(() =>
      fetch("https://example.com/collect?x=1").then(
        () => "answered",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(opened.aborted).toEqual(["https://example.com/collect?x=1"]);
  });

  it("without the stand-in, Office's script is aborted and the pane says it is not in Excel", async () => {
    const opened = await e2e.open("taskpane.html", { viewport: { width: 420, height: 860 } });
    await opened.page.getByText("没有连接到 Excel 工作簿", { exact: false }).waitFor();
    expect(opened.aborted).toEqual([OFFICE_JS]);
    // only the function reference is offered
    expect(await opened.page.getByRole("tab").allTextContents()).toEqual(["函数"]);
  });
});
