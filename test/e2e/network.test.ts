/**
 * No request leaves loopback. Every page of dist/ is opened in headless chromium with every request routed: the
 * test server's are served, Office's script is answered by the stand-in where the test gives one, anything else
 * is aborted and recorded. Each page is taken through all it can load (every view of the pane, so every lazily
 * loaded part: the views, the Word export, the template), and then nothing may have been aborted and nothing may
 * have gone anywhere but the test server, and no Content-Security-Policy violation may have been reported. The
 * policy itself is checked (it refuses a request to another host, inline script, eval, a style element with text
 * and a style attribute, while Fluent's styles apply), and so is the routing: a request to the outside from a page
 * without the policy is aborted and recorded, and the pane without Office's script says it is not in Excel.
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
  expect(opened.cspViolations).toEqual([]);
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

describe("the pages' Content-Security-Policy", () => {
  it("refuses a request to another host before it is made", async () => {
    const opened = await e2e.open("help.html");
    await opened.page.getByRole("heading", { level: 1 }).waitFor();
    const outcome = await opened.page.evaluate(() =>
      fetch("https://example.com/collect?x=1").then(
        () => "answered",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(opened.aborted).toEqual([]);
    // the page reports the violation a moment after the request failed
    await expect
      .poll(() => opened.cspViolations)
      .toEqual([expect.stringMatching(/^connect-src blocked https:\/\/example\.com\/collect/)]);
  });

  // (eval cannot be tried from here: chromium lets code the test evaluates through DevTools eval; the policy has
  // no 'unsafe-eval', test/csp.test.ts)
  it("refuses an inline script, a style element with text and a style attribute; Fluent's styles still apply", async () => {
    const opened = await e2e.open("preview.html?lang=zh-CN");
    const { page } = opened;
    await page.getByRole("grid").waitFor();
    const outcome = await page.evaluate(`(() => {
      const script = document.createElement("script");
      script.textContent = "window.__ran = true";
      document.head.append(script);
      const style = document.createElement("style");
      style.textContent = "body { visibility: hidden }";
      document.head.append(style);
      const div = document.createElement("div");
      div.innerHTML = '<p id="attr" style="display: none">x</p>';
      document.body.append(div);
      return {
        script: window.__ran === true ? "ran" : "refused",
        style: getComputedStyle(document.body).visibility,
        attribute: getComputedStyle(document.getElementById("attr")).display,
      };
    })()`);
    expect(outcome).toEqual({ script: "refused", style: "visible", attribute: "block" });
    await expect
      .poll(() => opened.cspViolations.map((v) => v.split(" ")[0]).sort())
      .toEqual(["script-src-elem", "style-src-attr", "style-src-elem"]);
    // Griffel's empty style elements are allowed and filled: the page is styled (the grid's header is grey)
    const header = await page
      .getByRole("columnheader", { name: "A", exact: true })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).not.toBe("rgba(0, 0, 0, 0)");
  });
});

describe("the routing that holds the pages to loopback", () => {
  it("aborts and records a request to anywhere else", async () => {
    // a page of the test server without jixiao's Content-Security-Policy, which would refuse the request first
    const opened = await e2e.open("routing.html", {
      files: { "/routing.html": { body: "<!doctype html><title>routing</title>", contentType: "text/html" } },
    });
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
