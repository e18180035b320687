// @vitest-environment jsdom
/**
 * The 报告 view over sample 000 in the fake Excel: write the report, see jixiao's passages beside the kept text,
 * click a figure to select its cell, fill the report sheet (the change list first, then one batch of two syncs),
 * undo the fill, export to Word; and a sheet the fill cannot use, with the way out to a new sheet.
 */
import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReportView } from "../src/taskpane/report/ReportView";
import { renderPane } from "./helpers/pane";

describe("the 报告 view", () => {
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
    expect(within(dialog).getByText("在“自评报告”写入 1 段，已有段落移动 28 段。")).toBeTruthy();
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(29);
    const before = pane.fake.sheet("自评报告").value("A39");
    const syncs = pane.fake.syncCount;
    await pane.user.click(within(dialog).getByRole("button", { name: "确认填入" }));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    // Two syncs to write (and one to read again).
    expect(pane.fake.syncCount - syncs).toBe(3);
    expect(String(pane.fake.sheet("自评报告").value("A39"))).toMatch(/^经自评，2022年度/);
    expect(screen.getByText(/^已填入。在“自评报告”写入 1 段/)).toBeTruthy();
    await pane.user.click(screen.getByRole("button", { name: "撤销上次填写" }));
    expect(pane.fake.sheet("自评报告").value("A39")).toBe(before);
    expect(screen.getByText("已撤销上次填写。")).toBeTruthy();
  });

  it("exports the report as a Word document", async () => {
    const pane = await renderPane(<ReportView />);
    await pane.user.click(screen.getByRole("button", { name: "生成报告" }));
    await pane.user.click(screen.getByRole("button", { name: "导出 Word" }));
    await screen.findByText(/^已生成 Word 文档/);
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
    await screen.findByText(/^已填入。新建工作表“自评报告（2）”/);
    expect(pane.fake.sheets.map((s) => s.name)).toContain("自评报告（2）");
  });

  it("speaks English when asked", async () => {
    await renderPane(<ReportView />, { language: "en-US" });
    expect(screen.getByRole("button", { name: "Write the report" })).toBeTruthy();
  });
});
