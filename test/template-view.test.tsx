// @vitest-environment jsdom
/**
 * The 模板 view over the office host and the fake Excel (renderPane): inserting the template adds its sheets and
 * says which; undoing removes them; a new workbook goes to Excel.createWorkbook; a protected workbook and a bad
 * year are explained in Chinese; the column mapping's place below is kept.
 */
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TemplateView } from "../src/taskpane/template/TemplateView";
import { renderPane } from "./helpers/pane";

const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

const TEMPLATE_SHEETS = ["绩效自评表（2）", "预算执行情况（2）", "资产负债表（2）", "单位基本情况（2）"];

describe("the 模板 view", () => {
  it("inserts the template into the workbook, says what it did, and undoes it", async () => {
    const pane = await renderPane(<TemplateView />);
    const sheetsBefore = pane.fake.sheets.map((s) => s.name);
    await pane.user.clear(screen.getByLabelText("评价年度"));
    await pane.user.type(screen.getByLabelText("评价年度"), "2022");
    await pane.user.type(screen.getByLabelText("单位名称"), "南昌市公安局红谷滩分局");
    await pane.user.click(screen.getByRole("button", { name: "插入到当前工作簿" }));
    await screen.findByText(`已插入 4 张工作表：${TEMPLATE_SHEETS.join("、")}。`);
    expect(screen.getByText("工作簿里已有同名的工作表，新表名后加了序号。")).toBeTruthy();
    expect(pane.fake.sheets.map((s) => s.name)).toEqual([...sheetsBefore, ...TEMPLATE_SHEETS]);
    expect(pane.fake.sheet("绩效自评表（2）").value("A1")).toBe("2022年度部门整体支出绩效自评表");
    expect(pane.fake.sheet("绩效自评表（2）").value("B3")).toBe("南昌市公安局红谷滩分局");
    // The session read the workbook again.
    expect(pane.session.current.workbook?.snapshot.sheets.map((s) => s.name)).toEqual(
      pane.fake.sheets.map((s) => s.name),
    );

    await pane.user.click(screen.getByRole("button", { name: "撤销插入" }));
    await screen.findByText("已撤销插入，删除了 4 张工作表。");
    expect(pane.fake.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(screen.queryByRole("button", { name: "撤销插入" })).toBeNull();
  });

  it("keeps a sheet changed since the insertion and says why", async () => {
    const pane = await renderPane(<TemplateView />);
    await pane.user.click(screen.getByRole("button", { name: "插入到当前工作簿" }));
    await screen.findByText(/已插入 4 张工作表/);
    pane.fake.userEdit("预算执行情况（2）", "A8", "信息化建设");
    await pane.user.click(screen.getByRole("button", { name: "撤销插入" }));
    await screen.findByText("已撤销插入，删除了 3 张工作表。");
    expect(
      screen.getByText("工作表「预算执行情况（2）」插入后已有改动（A8），未删除；如不需要，请在 Excel 中删除"),
    ).toBeTruthy();
  });

  it("opens the template as a new workbook through Excel.createWorkbook", async () => {
    const pane = await renderPane(<TemplateView />);
    globals.Excel = { createWorkbook: (base64?: string) => pane.fake.createWorkbook(base64) };
    const sheets = pane.fake.sheets.length;
    await pane.user.click(screen.getByRole("button", { name: "新建工作簿" }));
    await screen.findByText("已新建工作簿（含 4 张工作表），在新窗口中打开。", undefined, { timeout: 5000 });
    expect(pane.fake.createdWorkbooks).toHaveLength(1);
    expect(atob(pane.fake.createdWorkbooks[0]!).slice(0, 2)).toBe("PK");
    expect(pane.fake.sheets).toHaveLength(sheets);
  });

  it("explains in Chinese what stops it: a protected workbook, an old Excel, a bad year", async () => {
    const pane = await renderPane(<TemplateView />);
    pane.fake.workbookProtected = true;
    await pane.user.click(screen.getByRole("button", { name: "插入到当前工作簿" }));
    await screen.findByText(/工作簿结构受保护，不能新建工作表/);
    await pane.user.click(screen.getByRole("button", { name: "新建工作簿" }));
    await screen.findByText(/这个版本的 Excel 太旧，不能插入模板或新建工作簿/);
    await act(async () => {
      await pane.user.clear(screen.getByLabelText("评价年度"));
      await pane.user.type(screen.getByLabelText("评价年度"), "22");
    });
    expect(screen.getByText("年度应为 2000 至 2099 之间的四位数年份")).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入到当前工作簿" }).hasAttribute("disabled")).toBe(true);
  });

  it("renders the column mapping below, and speaks English in an English pane", async () => {
    await renderPane(
      <TemplateView>
        <p>列对应组件</p>
      </TemplateView>,
      { language: "en-US" },
    );
    expect(screen.getByRole("region", { name: "Column mapping" }).textContent).toBe("列对应组件");
    expect(screen.getByRole("button", { name: "Insert into this workbook" })).toBeTruthy();
  });
});
