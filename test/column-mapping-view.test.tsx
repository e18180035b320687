// @vitest-environment jsdom
/**
 * The column mapping of the 模板 view (ColumnMapping.tsx) over the fake Excel: a workbook whose indicator table
 * has headers the reader does not know lists that header row; the user maps its columns with the keyboard and the
 * mouse, the form refuses a column twice and a missing required field, saving writes the mapping into the
 * workbook's settings (the fake's store) in one undoable batch, and the session's model then has the table.
 */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { COLUMNS_SETTING } from "../src/core/model/column-map";
import type { CellValue } from "../src/core/model/snapshot";
import { ColumnMapping } from "../src/taskpane/template/ColumnMapping";
import { SETTINGS_KEY } from "../src/workbook/common";
import { renderPane } from "./helpers/pane";
import { sheet, workbook } from "./helpers/workbook";

const ROWS: CellValue[][] = [
  ["2023年度项目支出绩效自评表"],
  ["单位：万元"],
  ["考核内容", "目标", "完成情况", "权重", "评分"],
  ["采购应急处突装备", "1批", "1批", 10, 10],
  ["化解矛盾纠纷案件", "≥2000件", "2100件", 20, 25],
  ["群众满意度", "≥90%", "95%", 20, 20],
  ["总分", null, null, null, 55],
];
const snapshot = workbook([sheet("绩效自评表", ROWS, { merges: ["A1:E1"] })], { profile: '"national"' });

/** The mapping as the fake's store holds it (what Office saved in the document). */
const storedColumns = (pane: Awaited<ReturnType<typeof renderPane>>): unknown => {
  const saved = pane.store.saved[SETTINGS_KEY] as Record<string, string> | undefined;
  const text = saved?.[COLUMNS_SETTING];
  return text === undefined ? undefined : JSON.parse(text);
};

describe("ColumnMapping", () => {
  it(
    "lists the unrecognised header row, maps it, saves the mapping and the table is read",
    { timeout: 20000 },
    async () => {
      const pane = await renderPane(<ColumnMapping />, { snapshot });
      const { user } = pane;
      expect(pane.session.current.workbook?.model.indicators).toBeNull();
      expect(screen.getByText("考核内容 | 目标 | 完成情况 | 权重 | 评分")).toBeTruthy();
      expect(screen.getByText("还没有保存列对应。")).toBeTruthy();

      // Open the form with the mouse: the table and the guessed columns are filled in, the table field has focus.
      await user.click(screen.getByRole("button", { name: "对应各列：工作表“绩效自评表”第 3 行" }));
      const form = screen.getByRole("form", { name: "工作表“绩效自评表”第 3 行的列对应" });
      // By label (the * of a required field is hidden from assistive technology): quicker than role queries in jsdom.
      const field = (name: string) => within(form).getByLabelText(new RegExp(`^${name}\\*?$`)) as HTMLSelectElement;
      expect(document.activeElement).toBe(field("这一行是哪张表的表头"));
      expect(field("这一行是哪张表的表头").value).toBe("indicators");
      const guessed = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"].map((n) => [n, field(n).value]);
      expect(guessed).toEqual([
        ["三级指标", "1"],
        ["年度指标值", "2"],
        ["实际完成值", "3"],
        ["分值", "4"],
        ["得分", "5"],
      ]);
      expect(field("得分").required).toBe(true);
      expect(field("一级指标").required).toBe(false);

      // Another table: its own fields, guessed again; then back.
      await user.selectOptions(field("这一行是哪张表的表头"), "预算执行表");
      expect(within(form).queryByLabelText(/^得分/)).toBeNull();
      expect(field("项目名称")).toBeTruthy();
      await user.selectOptions(field("这一行是哪张表的表头"), "绩效指标表");

      // With the keyboard: Tab through the fields to 分值 and choose E (评分's column), then save with Enter.
      const weight = field("分值");
      for (let i = 0; i < 12 && document.activeElement !== weight; i++) await user.tab();
      expect(document.activeElement).toBe(field("分值"));
      await user.selectOptions(field("分值"), "E 列：评分");
      await user.selectOptions(field("得分"), "（不对应）");
      within(form).getByRole("button", { name: "保存" }).focus();
      await user.keyboard("{Enter}");
      expect(within(form).getByText("请选择这一项所在的列")).toBeTruthy(); // 得分
      await user.selectOptions(field("得分"), "E 列：评分");
      expect(
        within(form)
          .getAllByText(/同为 E 列，一列只能对应一项/)
          .map((e) => e.textContent),
      ).toEqual(["与“得分”同为 E 列，一列只能对应一项", "与“分值”同为 E 列，一列只能对应一项"]);
      expect(field("分值").getAttribute("aria-invalid")).toBe("true");
      await user.click(within(form).getByRole("button", { name: "保存" }));
      expect(screen.getByText("还有标出的问题，改正后才能保存。")).toBeTruthy();
      expect(storedColumns(pane)).toBeUndefined();
      expect(pane.session.current.done).toEqual([]);

      // Corrected with the mouse and saved: one batch, the settings in the document, the table read.
      await user.selectOptions(field("分值"), "D 列：权重");
      await user.click(within(form).getByRole("button", { name: "保存" }));
      expect(storedColumns(pane)).toEqual([
        {
          sheet: "绩效自评表",
          headerRow: 3,
          table: "indicators",
          columns: { third: 1, target: 2, actual: 3, weight: 4, score: 5 },
        },
      ]);
      expect((pane.store.saved[SETTINGS_KEY] as Record<string, string>).profile).toBe('"national"');
      expect(pane.session.current.done.map((d) => d.label)).toEqual(["保存列对应"]);
      const model = pane.session.current.workbook!.model;
      expect(model.indicators).toMatchObject({ sheet: "绩效自评表", headerRow: 3 });
      expect(model.indicators!.rows.map((r) => [r.third?.text, r.score?.ref.col])).toEqual([
        ["采购应急处突装备", 5],
        ["化解矛盾纠纷案件", 5],
        ["群众满意度", 5],
      ]);
      expect(screen.getByText("已保存：工作表“绩效自评表”第 3 行现按绩效指标表读入。")).toBeTruthy();
      expect(screen.queryByRole("form")).toBeNull();
      expect(screen.getByText("没有需要手动对应的表头：工作簿中的表格都已识别。")).toBeTruthy();
      const saved = screen.getByText("工作表“绩效自评表”第 3 行 · 绩效指标表").closest("li")!;
      expect(within(saved).getByText("已读入")).toBeTruthy();
      expect(within(saved).getByText("三级指标 A、年度指标值 B、实际完成值 C、分值 D、得分 E")).toBeTruthy();
    },
  );

  it("removes a saved mapping, and the undo brings it back", async () => {
    const mapping = {
      sheet: "绩效自评表",
      headerRow: 3,
      table: "indicators",
      columns: { third: 1, target: 2, actual: 3, weight: 4, score: 5 },
    };
    const pane = await renderPane(<ColumnMapping />, {
      snapshot: { ...snapshot, settings: { ...snapshot.settings, [COLUMNS_SETTING]: JSON.stringify([mapping]) } },
    });
    expect(pane.session.current.workbook?.model.indicators?.rows).toHaveLength(3);
    await pane.user.click(screen.getByRole("button", { name: "删除工作表“绩效自评表”第 3 行的列对应" }));
    expect(storedColumns(pane)).toBeUndefined();
    expect(pane.session.current.workbook?.model.indicators).toBeNull();
    expect(pane.session.current.done.map((d) => d.label)).toEqual(["删除列对应"]);
    expect(screen.getByText("已删除工作表“绩效自评表”第 3 行的列对应。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "对应各列：工作表“绩效自评表”第 3 行" })).toBeTruthy();
    await act(() => pane.session.undo());
    expect(storedColumns(pane)).toEqual([mapping]);
    expect(pane.session.current.workbook?.model.indicators?.rows).toHaveLength(3);
    expect(screen.getByText("已读入")).toBeTruthy();
  });

  it("names the saved mappings that cannot be used", async () => {
    const broken = { sheet: "绩效自评表", headerRow: 3, table: "indicators", columns: { third: 1 } };
    const pane = await renderPane(<ColumnMapping />, {
      snapshot: { ...snapshot, settings: { [COLUMNS_SETTING]: JSON.stringify([broken]) } },
    });
    expect(pane.session.current.workbook?.model.indicators).toBeNull();
    expect(
      screen.getByText(
        "工作表“绩效自评表”第3行的列对应不完整（没有对应“年度指标值”；没有对应“实际完成值”；没有对应“分值”；没有对应“得分”），没有使用",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "对应各列：工作表“绩效自评表”第 3 行" })).toBeTruthy();
  });

  it("speaks English when the pane does, the names of the form kept", async () => {
    await renderPane(<ColumnMapping />, { snapshot, language: "en-US" });
    expect(screen.getByRole("heading", { name: "Map headers by hand" })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: "Map columns: sheet “绩效自评表”, row 3" }));
    expect(screen.getByRole("combobox", { name: "Score (得分)" })).toBeTruthy();
  });
});
