// @vitest-environment jsdom
/**
 * The 报告 view over sample 000 in the fake Excel: write the report, see jixiao's passages beside the kept text,
 * click a figure to select its cell, fill the report sheet (the change list first, then one batch of two syncs),
 * undo the fill, export to Word; and a sheet the fill cannot use, with the way out to a new sheet.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReportView } from "../src/taskpane/report/ReportView";
import { renderPane } from "./helpers/pane";

/** How long to wait for the pane to reach a state: long enough for a machine under load; the waits end as soon as
 *  the state is reached, so a fast machine never waits. */
const PATIENT = { timeout: 15_000 };

/** Whether Fluent's modal dialog has hidden the rest of the pane (aria-hidden on the rendered container). */
const paneHiddenFromScreenReaders = () => document.body.firstElementChild?.getAttribute("aria-hidden") === "true";

describe("the 报告 view", { timeout: 60_000 }, () => {
  it("writes the report from the workbook, with every figure a link to its cell", async () => {
    const pane = await renderPane(<ReportView />);
    expect(screen.getByRole("combobox").textContent).toContain("按工作簿中的报告（自评报告）");
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    const preview = screen.getByRole("article");
    expect(within(preview).getByText(/南昌市公安局红谷滩分局 整体支出绩效自评报告/)).toBeTruthy();
    expect(screen.getByText(/由数据生成 \d+ 节，保留人工撰写 \d+ 节/)).toBeTruthy();
    // The total jixiao writes under 二、, its figure a link to the scores it adds.
    const total = within(preview).getByRole("button", { name: /^90\.84（总分/ });
    await pane.user.click(total);
    expect(pane.fake.selection).toEqual({ sheet: "绩效自评表", address: "J5" });
    // People's sections keep their text; jixiao's version is offered folded away.
    expect(within(preview).getAllByText("jixiao 按数据写的版本（未写入）").length).toBeGreaterThan(3);
  });

  it("fills the report sheet after showing the changes, in one batch, and undoes it", async () => {
    const pane = await renderPane(<ReportView />);
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    await pane.user.click(screen.getByRole("button", { name: "填入报告工作表…" }));
    const dialog = screen.getByRole("dialog");
    expect(
      within(dialog).getByText("在“自评报告”写入 1 段，已有段落移动 28 段，更正 1 段中的错误数字或编号。"),
    ).toBeTruthy();
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(30);
    // The dialog is modal: Fluent hides the rest of the pane from screen readers (a quarter of a second after it
    // opened). A person always takes longer than that to read the changes; the test waits for it too, so it runs
    // the same on a fast machine and a loaded one.
    await waitFor(() => expect(paneHiddenFromScreenReaders()).toBe(true), PATIENT);
    const before = pane.fake.sheet("自评报告").value("A39");
    const syncs = pane.fake.syncCount;
    await pane.user.click(within(dialog).getByRole("button", { name: "确认填入" }));
    // The fill is done when the view says so (it says so after the batch and the read that follows it).
    await screen.findByText(/^已填入。在“自评报告”写入 1 段/, undefined, PATIENT);
    // Two syncs to write (and one to read again).
    expect(pane.fake.syncCount - syncs).toBe(3);
    expect(String(pane.fake.sheet("自评报告").value("A39"))).toMatch(/^经自评，2022年度/);
    // The seed's wrong ratio is filled corrected (388.73 ÷ 17,467.49 = 2.23%).
    const ratio = Array.from({ length: 80 }, (_, i) => String(pane.fake.sheet("自评报告").value(`A${i + 1}`) ?? ""));
    expect(ratio.some((t) => t.includes("资产负债率为 2.23%"))).toBe(true);
    expect(ratio.some((t) => t.includes("22.25%"))).toBe(false);
    // The focus is back on the button that opened the dialog. In chromium that shows the pane to screen readers
    // again (test/e2e/preview.test.ts finds the undo button by its role there); in jsdom the pane stays marked
    // hidden after the dialog closed, so the undo button is looked for among hidden elements too.
    await waitFor(() => expect(document.activeElement?.textContent).toBe("填入报告工作表…"), PATIENT);
    const undo = await screen.findByRole("button", { name: "撤销上次填写", hidden: true }, PATIENT);
    // The undo is offered once the session is idle again.
    await waitFor(() => expect(undo.hasAttribute("disabled")).toBe(false), PATIENT);
    await pane.user.click(undo);
    await screen.findByText("已撤销上次填写。", undefined, PATIENT);
    expect(pane.fake.sheet("自评报告").value("A39")).toBe(before);
  });

  it("lists the corrections of the report's own errors and its warnings, and keeps the text as written on request", async () => {
    const pane = await renderPane(<ReportView />);
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    expect(screen.getByText(/报告中有 1 处错误数字或标题编号，生成、填入和导出时已按数据更正/)).toBeTruthy();
    expect(screen.getByText("第11段：资产负债率 22.25% → 2.23%")).toBeTruthy();
    expect(screen.getByText(/报告中有 \d+ 处需要核对（警告）/)).toBeTruthy();
    const preview = screen.getByRole("article");
    expect(within(preview).queryByText(/22\.25%/)).toBeNull();
    await pane.user.click(screen.getByRole("checkbox", { name: /按原文输出/ }));
    expect(screen.getByText("按原文输出：报告中 1 处检查出的错误未更正。")).toBeTruthy();
    expect(within(screen.getByRole("article")).getAllByText(/22\.25%/).length).toBeGreaterThan(0);
  });

  it("exports the report as a Word document", async () => {
    const pane = await renderPane(<ReportView />);
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    await pane.user.click(screen.getByRole("button", { name: "导出 Word" }));
    await screen.findByText(/^已生成 Word 文档/, undefined, PATIENT);
    expect(pane.saved).toHaveLength(1);
    expect(pane.saved[0]!.name).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告.docx");
    expect(String.fromCharCode(...pane.saved[0]!.bytes.subarray(0, 2))).toBe("PK");
  });

  it("says why a report sheet cannot be filled, and fills a new sheet instead", async () => {
    const pane = await renderPane(<ReportView />);
    pane.fake.userEdit("自评报告", "B12", "批注：待核实");
    await act(() => pane.session.refresh());
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    await pane.user.click(screen.getByRole("button", { name: "填入报告工作表…" }));
    expect(screen.getByText(/“自评报告”!B12 也有内容/)).toBeTruthy();
    await pane.user.click(screen.getByRole("button", { name: "改为写入新工作表" }));
    await pane.user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "确认填入" }));
    await screen.findByText(/^已填入。新建工作表“自评报告（2）”/, undefined, PATIENT);
    expect(pane.fake.sheets.map((s) => s.name)).toContain("自评报告（2）");
  });

  it("speaks English when asked", async () => {
    await renderPane(<ReportView />, { language: "en-US" });
    expect(screen.getByRole("button", { name: "Write the report" })).toBeTruthy();
  });
});
