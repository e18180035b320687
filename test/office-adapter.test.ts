import { describe, expect, it } from "vitest";
import { valuesOf } from "./helpers/workbook";
import type { CellWrite } from "../src/core/checks/types";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { SETTINGS_KEY } from "../src/workbook/common";
import {
  OfficeAdapterError,
  applyOfficeWrites,
  checkRequirements,
  officeInput,
  parseAreasAddress,
  parseRangeAddress,
  readOffice,
  undoOfficeWrites,
} from "../src/workbook/office";
import { type FakeSheetInit, createFakeExcel, createFakeSettings } from "./fakes/fake-excel";
import { sheet, workbook } from "./helpers/workbook";

/** A small 绩效自评表 as an accountant lays it out, with the kinds of cell office.js gives. */
const FORM: FakeSheetInit = {
  name: "绩效自评表",
  values: [
    ["2022年度部门整体支出绩效自评表", null, null, null, null, null],
    ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", null, 36353.37, 32132.93, 0.8839, 8.84],
    ["其中：财政拨款", null, 36353.37, 32132.93, 0.8839, "#DIV/0!"],
    ["填报日期", 44927, null, null, true, null],
  ],
  numberFormats: [
    ["General", "General", "General", "General", "General", "General"],
    ["General", "General", "General", "General", "General", "General"],
    ["General", "#,##0.00", "#,##0.00", "#,##0.00", "0.00%", "0.00"],
    ["General", "#,##0.00", "#,##0.00", "#,##0.00", "0.00%", "0.00"],
    ["General", "yyyy-mm-dd", "General", "General", "General", "General"],
  ],
  formulas: { E3: "=D3/C3", F4: "=1/0" },
  merges: ["A1:F1"],
};

const EXPECTED_FORM = sheet(
  "绩效自评表",
  FORM.values!.map((r) => [...r]),
  { merges: ["A1:F1"], numberFormats: FORM.numberFormats },
);

function fakeWorkbook(options: { payloadLimit?: number } = {}) {
  return createFakeExcel(
    [
      FORM,
      {
        name: "My Sheet",
        top: 3,
        left: 2,
        values: [
          ["x", null],
          [null, 2],
        ],
        merges: ["B3:C3", "E10:F12"],
      },
      { name: "It's 附表", visibility: "Hidden", values: [[1]], merges: ["A5:A6"] },
      { name: "锁定", protected: true, values: [[7, 8]] },
      { name: "空表" },
      {
        name: "_jixiao",
        visibility: "VeryHidden",
        values: [
          ["profile", '"national"', null],
          ["accepted", "[]", null],
          ["columns", '{"得分":', '"J"}'], // a long text goes on in column C
        ],
      },
    ],
    options,
  );
}

const EXPECTED: WorkbookSnapshot = workbook(
  [
    EXPECTED_FORM,
    sheet(
      "My Sheet",
      [
        ["x", null],
        [null, 2],
      ],
      { at: "B3", merges: ["B3:C3", "E10:F12"] },
    ),
    sheet("It's 附表", [[1]], { visible: false, merges: ["A5:A6"] }),
    sheet("锁定", [[7, 8]], { protected: true }),
    sheet("空表", []),
  ],
  { profile: '"strict-local"', accepted: "[]", columns: '{"得分":"J"}', mapping: '{"a":1}' },
);

/** A workbook of `count` sheets of `rows` rows of 8 columns. */
function bigSheets(count: number, rows: number): FakeSheetInit[] {
  return Array.from({ length: count }, (_, s) => ({
    name: `明细${s + 1}`,
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 8 }, (_, c) =>
        c === 0 ? `项目${r + 1}` : c === 7 ? (r % 3 === 0 ? null : "说明") : r * 8 + c + s,
      ),
    ),
    numberFormats: Array.from({ length: rows }, () => [
      "General",
      "#,##0.00",
      "#,##0.00",
      "0.00%",
      "General",
      "General",
      "General",
      "General",
    ]),
    merges: [`A${rows + 2}:H${rows + 2}`],
  }));
}

const storeWith = () => createFakeSettings({ [SETTINGS_KEY]: { profile: '"strict-local"', mapping: '{"a":1}' } });

async function rejection(promise: Promise<unknown>): Promise<OfficeAdapterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeAdapterError);
  return error as OfficeAdapterError;
}

describe("readOffice", () => {
  it("reads a workbook in one sync: sheets, used ranges, formats, merges, protection, visibility, settings", async () => {
    const fake = fakeWorkbook();
    const snapshot = await readOffice(fake.context, { settings: storeWith() });
    expect(snapshot).toEqual(EXPECTED);
    expect(fake.syncCount).toBe(1);
  });

  it("loads what it reads in that one sync (the fake refuses properties read before their sync)", async () => {
    const fake = fakeWorkbook();
    await readOffice(fake.context, { settings: null });
    const loads = fake.syncs[0]!.ops.filter((op) => op.kind === "load");
    expect(loads.map((op) => op.props.join(",")).slice(0, 4)).toEqual([
      "name,visibility",
      "protected",
      "address,values,numberFormat",
      "address",
    ]);
    const { context } = fake;
    const first = context.workbook.worksheets.getFirst();
    first.load("name");
    // Read before its sync on purpose: the fake throws as office.js does.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    expect(() => first.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(first.name).toBe("绩效自评表");
  });

  it("gives an empty sheet no rows and no merges (null objects), and lists sheets in workbook order", async () => {
    const fake = createFakeExcel([{ name: "空表" }, { name: "B", values: [[null, 1]] }]);
    const snapshot = await readOffice(fake.context, { settings: createFakeSettings() });
    expect(snapshot).toEqual(workbook([sheet("空表", []), sheet("B", [[1]], { at: "B1" })]));
  });

  it("reads 64 sheets of 1,000 rows in one sync, and 100 such sheets in two (64 sheets a round)", async () => {
    const sixtyFour = createFakeExcel(bigSheets(64, 1000));
    const a = await readOffice(sixtyFour.context, { settings: null });
    expect(sixtyFour.syncCount).toBe(1);
    expect(a.sheets).toHaveLength(64);
    expect(valuesOf(a.sheets[63]!)).toHaveLength(1000);

    const hundred = createFakeExcel(bigSheets(100, 1000));
    const b = await readOffice(hundred.context, { settings: null });
    expect(hundred.syncCount).toBe(2);
    expect(b.sheets.map((s) => s.name)).toEqual(Array.from({ length: 100 }, (_, i) => `明细${i + 1}`));
    expect(valuesOf(b.sheets[99]!)[999]).toEqual([
      "项目1000",
      7993 + 99,
      7994 + 99,
      7995 + 99,
      7996 + 99,
      7997 + 99,
      7998 + 99,
      null, // row 1000: every third row has no 说明
    ]);
  });

  it("reads in parts when the response is too large for one sync, and gets the same snapshot", async () => {
    const sheets = bigSheets(3, 3000);
    const whole = await readOffice(createFakeExcel(sheets).context, { settings: null });
    const limit = 200_000;
    const fake = createFakeExcel(sheets, { payloadLimit: limit });
    const parts = await readOffice(fake.context, { settings: null, chunkCells: 4000, syncBudget: 0.8 * limit });
    expect(parts).toEqual(whole);
    // The one-sync read fails, then one sync for the layout and several for the chunks, each under the limit.
    expect(fake.syncs[0]!.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.syncs.slice(1).every((s) => s.error === null && s.responseSize <= limit)).toBe(true);
    expect(fake.syncCount).toBeGreaterThan(3);
    // Several chunks share a sync.
    expect(Math.max(...fake.syncs.slice(2).map((s) => s.ops.length))).toBeGreaterThan(1);
  });

  it("finds the limit by itself when its budget is too high, down to splitting a chunk", async () => {
    const sheets = bigSheets(2, 2000);
    const whole = await readOffice(createFakeExcel(sheets).context, { settings: null });
    const fake = createFakeExcel(sheets, { payloadLimit: 60_000 });
    expect(await readOffice(fake.context, { settings: null })).toEqual(whole);
    expect(fake.syncs.filter((s) => s.error !== null).length).toBeGreaterThan(1);
  });

  it("fails with a Chinese message when one row is too large to read", async () => {
    const fake = createFakeExcel([{ name: "长文", values: [["字".repeat(20000), "字".repeat(20000)]] }], {
      payloadLimit: 30_000,
    });
    const error = await rejection(readOffice(fake.context, { settings: null }));
    expect(error.code).toBe("too-large");
    expect(error.message).toBe("工作表「长文」第 1 行的内容太多，Excel 无法一次传送，读取未完成");
  });

  it("turns cell edit mode into an OfficeAdapterError with a Chinese message", async () => {
    const fake = fakeWorkbook();
    fake.editMode = true;
    const error = await rejection(readOffice(fake.context, { settings: null }));
    expect(error).toMatchObject({ code: "edit-mode", officeCode: "InvalidOperationInCellEditMode" });
    expect(error.message).toBe("Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点一次");
  });

  it("turns any other failure into an OfficeAdapterError", async () => {
    const fake = fakeWorkbook();
    fake.failNextSync("GeneralException");
    const error = await rejection(readOffice(fake.context, { settings: null }));
    expect(error).toMatchObject({
      code: "failed",
      message: "读取工作簿失败（Excel 错误代码 GeneralException），请重试",
    });
  });
});

describe("addresses as office.js gives them", () => {
  it("parses used-range and merged-area addresses, quoted sheet names included", () => {
    expect(parseRangeAddress("Sheet1!B2:D9")).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(parseRangeAddress("'My Sheet'!$A$1")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRangeAddress("'It''s, 附表!'!C3:C4")).toEqual({ top: 3, left: 3, bottom: 4, right: 3 });
    expect(parseRangeAddress("绩效自评表!3:5")).toEqual({ top: 3, left: 1, bottom: 5, right: 16384 });
    expect(parseRangeAddress("Sheet1!B:C")).toEqual({ top: 1, left: 2, bottom: 1048576, right: 3 });
    expect(parseRangeAddress("nonsense")).toBeNull();
    expect(parseAreasAddress("'It''s, 附表!'!A1:B2, 'It''s, 附表!'!D4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  it("writes text that Excel would take for something else with a leading apostrophe", () => {
    expect(
      ["123", "-5", "=SUM(A1)", "50%", "2022/1/1", "2022年1月1日", "TRUE", "#N/A", "'引号"].map(officeInput),
    ).toEqual(["'123", "'-5", "'=SUM(A1)", "'50%", "'2022/1/1", "'2022年1月1日", "'TRUE", "'#N/A", "''引号"]);
    expect(["17467.49万元", "1批", "≥95%", "良"].map(officeInput)).toEqual(["17467.49万元", "1批", "≥95%", "良"]);
    expect([null, 8.84, false].map(officeInput)).toEqual(["", 8.84, false]);
  });
});

describe("applyOfficeWrites", () => {
  const w = (sheet: string, a1: [number, number], value: CellWrite["value"], expected: CellWrite["expected"]) => ({
    sheet,
    row: a1[0],
    col: a1[1],
    value,
    expected,
  });
  const form = "绩效自评表";

  it("reads the targets in one sync and writes in a second with calculation suspended; skips with reasons", async () => {
    const fake = fakeWorkbook();
    const writes: CellWrite[] = [
      w(form, [3, 6], 8.85, 8.84), // F3: applied
      w(form, [4, 4], 1, 99), // D4 holds 32132.93
      w("锁定", [1, 1], 8, 7),
      w(form, [3, 5], 0.9, 0.8839), // E3 is a formula
      w(form, [1, 2], "x", null), // B1 lies inside A1:F1
      w("不存在", [1, 1], 1, null),
      w(form, [6, 1], "123", null), // text that looks like a number
      w(form, [5, 5], null, true), // clears E5
      w(form, [3, 6], 8.86, 8.85), // sees the first write
      w(form, [2, 16385], 1, null),
    ];
    const result = await applyOfficeWrites(fake.context, writes, { store: null });
    expect(fake.syncCount).toBe(2);
    expect(fake.suspendedSyncs()).toEqual([1]);
    expect(result.applied).toEqual([writes[0], writes[6], writes[7], writes[8]]);
    expect(result.skipped.map((s) => s.write)).toEqual([
      writes[1],
      writes[2],
      writes[3],
      writes[4],
      writes[5],
      writes[9],
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「绩效自评表」D4 现在是 32132.93，不是检查时的 99：您已改过这个单元格，未覆盖",
      "工作表「锁定」受保护，A1 未写入；请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试",
      "「绩效自评表」E3 是公式 =D3/C3，未用数值覆盖；请修改公式或它引用的单元格",
      "「绩效自评表」B1 在合并单元格 A1:F1 内，只能写入左上角的 A1，未写入",
      "工作簿里已没有工作表「不存在」，A1 未写入",
      "「绩效自评表」XFE2 不是有效的单元格位置（行 1–1048576，列 1–16384），未写入",
    ]);
    expect(result.settingsError).toBeNull();
    const sheet = fake.sheet(form);
    expect([sheet.value("F3"), sheet.value("A6"), sheet.value("E5"), sheet.formula("E3")]).toEqual([
      8.86,
      "123",
      null,
      "=D3/C3",
    ]);
    expect(fake.sheet("锁定").value("A1")).toBe(7);

    // The workbook reads back as before but for the written cells.
    const after = await readOffice(fake.context, { settings: null });
    expect(valuesOf(after.sheets[0]!)[2]![5]).toBe(8.86);
    expect(after.sheets.slice(1)).toEqual(EXPECTED.sheets.slice(1));
  });

  it("undoes what it wrote, except a cell changed since", async () => {
    const fake = fakeWorkbook();
    const done = await applyOfficeWrites(fake.context, [w(form, [3, 6], 8.85, 8.84), w(form, [6, 1], "说明", null)], {
      store: null,
    });
    expect(done.applied).toHaveLength(2);
    fake.sheet(form).put(6, 1, { value: "用户改过" });
    const undone = await undoOfficeWrites(fake.context, done.applied);
    expect(undone.applied).toEqual([w(form, [3, 6], 8.84, 8.85)]);
    expect(undone.skipped.map((s) => s.reason)).toEqual([
      "「绩效自评表」A6 现在是 “用户改过”，不是检查时的 “说明”：您已改过这个单元格，未覆盖",
    ]);
    expect(fake.sheet(form).value("F3")).toBe(8.84);
  });

  it("saves settings to the document's settings store, and says so when it cannot", async () => {
    const fake = fakeWorkbook();
    const store = createFakeSettings();
    const settings = { profile: '"national"' };
    const result = await applyOfficeWrites(fake.context, [], { settings, store });
    expect(result.settingsError).toBeNull();
    expect(store.saved).toEqual({ [SETTINGS_KEY]: settings });
    expect(fake.syncCount).toBe(0);
    expect((await readOffice(fake.context, { settings: store })).settings).toEqual({
      ...settings,
      accepted: "[]",
      columns: '{"得分":"J"}',
    });

    store.failSave = "网络断开";
    const failed = await applyOfficeWrites(fake.context, [], { settings, store });
    expect(failed.settingsError).toBe("设置未能保存到工作簿：网络断开");
  });

  it("turns cell edit mode and a refused write into OfficeAdapterErrors", async () => {
    const fake = fakeWorkbook();
    fake.editMode = true;
    const edit = await rejection(applyOfficeWrites(fake.context, [w(form, [3, 6], 1, 8.84)], { store: null }));
    expect(edit).toMatchObject({
      code: "edit-mode",
      message: "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点一次",
    });
    fake.editMode = false;
    // Refused at the second sync (the writes), after the targets were read.
    fake.failNextSync("AccessDenied", 1);
    const denied = await rejection(applyOfficeWrites(fake.context, [w(form, [3, 6], 1, 8.84)], { store: null }));
    expect(denied).toMatchObject({
      code: "protected",
      message: "Excel 拒绝了写入工作簿：工作表受保护，或工作簿以只读方式打开",
    });
    expect(fake.syncs.slice(-2).map((s) => s.error)).toEqual([null, "AccessDenied"]);
  });
});

describe("the fake Excel", () => {
  it("behaves as office.js where the adapters depend on it", async () => {
    const fake = createFakeExcel([
      { name: "A", values: [[1]] },
      { name: "B", protected: true, values: [[2]] },
    ]);
    const { context } = fake;
    const sheets = context.workbook.worksheets;
    const past = sheets.getItem("B").getNextOrNullObject(); // null object
    const beyond = past.getNextOrNullObject(); // navigation from a null object: null too
    beyond.load("name");
    const used = past.getUsedRangeOrNullObject(true);
    used.load("values");
    const cell = sheets.getItem("A").getRange("B2");
    cell.values = [["'123"]];
    const typed = sheets.getItem("A").getRange("C2:E2");
    typed.values = [["123", "50%", "TRUE"]];
    await context.sync();
    expect([past.isNullObject, beyond.isNullObject, used.isNullObject]).toEqual([true, true, true]);
    expect(fake.sheet("A").value("B2")).toBe("123");
    expect(["C2", "D2", "E2"].map((a) => fake.sheet("A").value(a))).toEqual([123, 0.5, true]);

    sheets.getItem("B").getRange("A1").values = [[3]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    past.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.syncs.map((s) => s.error)).toEqual([null, "AccessDenied", "ItemNotFound"]);
  });
});

describe("checkRequirements", () => {
  const office = (supported: boolean) => ({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => supported && name === "ExcelApi" && version === "1.13",
      },
    },
  });
  it("is null when ExcelApi 1.13 is there, a Chinese message otherwise", () => {
    expect(checkRequirements(office(true))).toBeNull();
    expect(checkRequirements(office(false))).toMatch(/ExcelApi 1\.13/);
    expect(checkRequirements(undefined)).toBe("绩效自评助手需要在 Excel 中运行（没有找到 Office 环境）");
  });
});
