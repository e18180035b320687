/**
 * The task pane as Excel loads it: the built dist/taskpane.html in headless chromium, Office's script answered with
 * the stand-in of test/e2e/office-stand-in.ts (the fake Excel of the adapter tests, holding sample 000), so the
 * real page runs functions.js, the real office host and the real adapter. What it reads and writes, and in how
 * many syncs: the workbook read in one sync when the pane opens and again at 检查; a location selecting its cell;
 * the user's edit seen through Excel's change event; a fix written in two syncs; the report filled in two syncs
 * with its marks saved in the document's settings; the rule profile saved there too.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FUNCTION_IDS } from "../../src/functions/register";
import { SETTINGS_KEY } from "../../src/workbook/common";
import { sampleSnapshot } from "../helpers/sample-snapshot";
import { fakeExcel, startE2e, type E2e, type OpenedPage } from "./harness";
import type { StandInHandle, SyncSummary } from "./office-stand-in";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";
const USED_RANGE_READ = 256; // 64 sheets walked blind × (name and visibility, protection, used range, merges)

let e2e: E2e;
let opened: OpenedPage;
let page: Page;

const fake = <K extends keyof StandInHandle>(key: K, ...args: Parameters<StandInHandle[K]>) =>
  fakeExcel(page, key, ...args);

const syncCount = () => fake("syncCount");
const syncsFrom = (n: number): Promise<SyncSummary[]> => fake("syncs", n);
/** A sync that reads the whole workbook: the blind walk over the sheets, nothing written. */
const isWorkbookRead = (s: SyncSummary) => s.loads === USED_RANGE_READ && s.sets.length === 0;
const settingsSaved = async (): Promise<Record<string, unknown>> =>
  ((await fake("savedSettings"))[SETTINGS_KEY] ?? {}) as Record<string, unknown>;

/** Waits until the syncs have stopped coming for a moment (the session's reads after a write). */
async function settled(): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await syncCount();
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(300);
  }
}

beforeAll(async () => {
  e2e = await startE2e();
  opened = await e2e.open("taskpane.html", {
    standIn: { snapshot: await sampleSnapshot("000-honggutan-2022"), displayLanguage: "zh-CN" },
    viewport: { width: 420, height: 900 },
  });
  page = opened.page;
});

afterAll(async () => {
  await e2e?.close();
});

describe("the task pane in (a stand-in for) Excel", () => {
  it("loads Office's script from the stand-in and nothing from anywhere but its own server", async () => {
    await page.getByRole("button", { name: "检查", exact: true }).waitFor();
    expect(opened.stoodIn).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(opened.aborted).toEqual([]);
    expect(opened.requests.filter((u) => !u.startsWith(`${e2e.origin}/`))).toEqual(opened.stoodIn);
  });

  it("registers every JX function from functions.js, in the same runtime", async () => {
    expect([...(await fake("registered"))].sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("reads the workbook in one sync when it opens, and shows the unit and profile", async () => {
    await page.getByText("南昌市公安局红谷滩分局", { exact: false }).first().waitFor();
    await page.getByText("规则口径：全国通用（财预〔2020〕10号）", { exact: false }).first().waitFor();
    const syncs = await syncsFrom(0);
    // one read of the whole workbook, and the registration of the change event
    expect(syncs.filter(isWorkbookRead)).toHaveLength(1);
    expect(syncs.map((s) => (isWorkbookRead(s) ? "read" : s.calls.join(",")))).toEqual([
      "read",
      "worksheets.onChanged.add",
    ]);
    expect(syncs.every((s) => s.error === null && s.sets.length === 0)).toBe(true);
    expect(await page.getByRole("tab").allTextContents()).toHaveLength(5);
  });

  it("检查 reads the workbook again in one sync and lists the findings", async () => {
    const before = await syncCount();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(SEED_SUMMARY).waitFor();
    const syncs = await syncsFrom(before);
    expect(syncs).toHaveLength(1);
    expect(isWorkbookRead(syncs[0]!)).toBe(true);
    expect(await page.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "错误（3）",
      "警告（8）",
      "提示（2）",
    ]);
    expect(
      await page
        .getByRole("listitem")
        .filter({ has: page.locator("dl") })
        .count(),
    ).toBe(13);
  });

  it("a finding's place selects its cell in Excel", async () => {
    await page.getByRole("button", { name: "自评报告!A11" }).click();
    await expect.poll(() => fake("selection")).toEqual({ sheet: "自评报告", address: "A11" });
    expect(await fake("activeSheet")).toBe("自评报告");
    await page.getByRole("button", { name: "绩效自评表!H5:H17" }).click();
    await expect.poll(() => fake("selection")).toEqual({ sheet: "绩效自评表", address: "H5:H17" });
  });

  it("sees the user's edit through Excel's change event, and writes the 总分 fix in two syncs", async () => {
    await fake("userEdit", "绩效自评表", "I18", 95);
    await page.getByText("共 4 个错误，8 个警告，2 个提示。").waitFor();
    const before = await settled();
    await page.getByRole("button", { name: "修复：把 I18 改为 90.84" }).click();
    await page.getByText("已修复：把 I18 改为 90.84").waitFor();
    await page.getByText(SEED_SUMMARY).waitFor();
    expect(await fake("value", "绩效自评表", "I18")).toBe(90.84);
    const syncs = await syncsFrom(before);
    // the write: one sync reads the target cell, one writes it with calculation suspended; then the read again
    expect(syncs).toHaveLength(3);
    const [look, write, reread] = syncs as [SyncSummary, SyncSummary, SyncSummary];
    expect(look.sets).toEqual([]);
    expect(look.loads).toBeGreaterThan(0);
    expect(write.sets).toEqual(['worksheets.getItemOrNullObject("绩效自评表").getCell(17,8).values']);
    expect(write.calls).toContain("application.suspendApiCalculationUntilNextSync");
    expect(isWorkbookRead(reread)).toBe(true);
    expect(await page.getByText("上一步：把 I18 改为 90.84").count()).toBe(1);
  });

  it("fills the report sheet in two syncs and keeps its marks in the document's settings", async () => {
    const saves = await fake("saveCount");
    await page.getByRole("tab", { name: "报告" }).click();
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByRole("button", { name: "填入报告工作表…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。").waitFor();
    const before = await settled();
    await dialog.getByRole("button", { name: "确认填入" }).click();
    await page.getByText(/^已填入。在“自评报告”写入 1 段/).waitFor();
    await expect.poll(() => syncCount()).toBe(before + 3);
    const [look, write, reread] = (await syncsFrom(before)) as [SyncSummary, SyncSummary, SyncSummary];
    expect(look.sets).toEqual([]);
    // one paragraph written under 二、, the 28 below it moved down a row, and the ratio of A11 corrected
    // (22.25% → 2.23%): 30 cells of column A
    expect(write.sets).toHaveLength(30);
    expect(String(await fake("value", "自评报告", "A11"))).toContain("资产负债率为 2.23%");
    expect(write.sets.every((s) => s.startsWith('worksheets.getItemOrNullObject("自评报告").getCell('))).toBe(true);
    expect(isWorkbookRead(reread)).toBe(true);
    const filled = String(await fake("value", "自评报告", "A39"));
    expect(filled).toMatch(/^经自评，2022年度部门整体支出绩效自评结果为：总分90\.84分，自评等级为“优”/);
    expect(await fake("saveCount")).toBe(saves + 1);
    const report = JSON.parse(String((await settingsSaved()).report)) as { sheet: string; written: string[] };
    expect(report.sheet).toBe("自评报告");
    expect(report.written).toEqual([filled]);
  });

  it("saves the chosen rule profile in the document's settings", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("radio", { name: "地方从严口径" }).check();
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByText("已把规则口径“地方从严口径”保存到工作簿。").waitFor();
    // stored as the settings store every setting: a JSON text (here of the profile's id)
    await expect.poll(async () => JSON.parse(String((await settingsSaved()).profile ?? "null"))).toBe("strict-local");
    await page.getByText("规则口径：地方从严口径", { exact: false }).first().waitFor();
    // the report's marks are still there
    expect((await settingsSaved()).report).toBeTruthy();
  });

  it("ran without an error in the page, nor a Content-Security-Policy violation", () => {
    expect(opened.errors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.aborted).toEqual([]);
  });
});
