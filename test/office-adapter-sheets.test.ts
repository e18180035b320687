/**
 * The office.js adapter's new sheets: created before the writes in the same two syncs, reused when the workbook
 * has them, refused with Excel's reasons, and deleted again by the undo when it leaves them empty.
 */
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import { type NewSheet, columnWidthPoints, invalidSheetName } from "../src/workbook/common";
import { applyOfficeWrites, readOffice, undoOfficeWrites } from "../src/workbook/office";
import { DEFAULT_COLUMN_WIDTH, FakeSheet, createFakeExcel, type FakeSheetInit } from "./fakes/fake-excel";

const REPORT = "自评报告";
const FORM_NAME = "绩效自评表";
const FORM: FakeSheetInit = {
  name: FORM_NAME,
  values: [
    ["项目", "得分"],
    ["年度资金总额", 8.84],
  ],
};
const SPEC: NewSheet = { name: REPORT, columnWidths: [12, 80], wrapColumns: [2, 2, 0, 1.5] };

const w = (sheet: string, a1: [number, number], value: CellWrite["value"], expected: CellWrite["expected"]) => ({
  sheet,
  row: a1[0],
  col: a1[1],
  value,
  expected,
});

/** The report as a fill writes it: a heading in A1, paragraphs in B2 and B3. */
const FILL: CellWrite[] = [
  w(REPORT, [1, 1], "一、部门基本情况", null),
  w(REPORT, [2, 2], "2022年度部门整体支出预算执行率为88.39%。", null),
  w(REPORT, [3, 2], "=不是公式", null),
];

/** Each of Excel's rules, with the reason the adapters give. */
const BAD_NAMES: [string, string][] = [
  ["", "工作表名不能为空"],
  [
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二",
    "工作表名「一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二」有 32 个字符，超过 Excel 的上限 31 个",
  ],
  ["报告:2022", "工作表名「报告:2022」含有 Excel 不允许的字符 “:”（工作表名不能含 : \\ / ? * [ ]）"],
  ["报告\\2022", "工作表名「报告\\2022」含有 Excel 不允许的字符 “\\”（工作表名不能含 : \\ / ? * [ ]）"],
  ["报告/2022", "工作表名「报告/2022」含有 Excel 不允许的字符 “/”（工作表名不能含 : \\ / ? * [ ]）"],
  ["报告?", "工作表名「报告?」含有 Excel 不允许的字符 “?”（工作表名不能含 : \\ / ? * [ ]）"],
  ["报告*", "工作表名「报告*」含有 Excel 不允许的字符 “*”（工作表名不能含 : \\ / ? * [ ]）"],
  ["[报告]", "工作表名「[报告]」含有 Excel 不允许的字符 “[”（工作表名不能含 : \\ / ? * [ ]）"],
  ["报告]", "工作表名「报告]」含有 Excel 不允许的字符 “]”（工作表名不能含 : \\ / ? * [ ]）"],
  ["'报告", "工作表名「'报告」以单引号开头或结尾，Excel 不允许"],
  ["报告'", "工作表名「报告'」以单引号开头或结尾，Excel 不允许"],
  ["History", "工作表名「History」是 Excel 保留的名称，不能用作工作表名"],
  ["history", "工作表名「history」是 Excel 保留的名称，不能用作工作表名"],
  ["_jixiao", "工作表名「_jixiao」留作绩效自评助手保存设置的工作表，不能另作他用"],
];

describe("invalidSheetName", () => {
  it("gives Excel's rules in Chinese, and takes what Excel takes", () => {
    for (const [name, reason] of BAD_NAMES) expect(invalidSheetName(name), name).toBe(reason);
    for (const name of ["自评报告", "一".repeat(31), "It's 附表", "预算(1)", "History 2022", "A1"])
      expect(invalidSheetName(name), name).toBeNull();
    expect(invalidSheetName("my sheet", ["绩效自评表", "My Sheet"])).toBe(
      "工作簿里已有工作表「My Sheet」（工作表名不区分大小写）",
    );
  });
});

describe("applyOfficeWrites with new sheets", () => {
  it("adds the sheet and writes into it in the same two syncs", async () => {
    const fake = createFakeExcel([FORM]);
    const writes = [...FILL, w(REPORT, [2, 2], "改写后的段落", FILL[1]!.value), w(REPORT, [4, 1], "x", "已有")];
    const result = await applyOfficeWrites(fake.context, writes, { store: null, newSheets: [SPEC] });
    expect(fake.syncCount).toBe(2);
    expect(fake.suspendedSyncs()).toEqual([1]);
    expect(result.createdSheets).toEqual([REPORT]);
    expect(result.rejectedSheets).toEqual([]);
    expect(result.applied).toEqual(writes.slice(0, 4));
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「自评报告」A4 现在是 空白，不是检查时的 “已有”：您已改过这个单元格，未覆盖",
    ]);
    // The sheet is added before the writes, in the second sync.
    const ops = fake.syncs[1]!.ops;
    const addAt = ops.findIndex((op) => op.kind === "call" && op.method === "add");
    const firstWrite = ops.findIndex((op) => op.kind === "set" && op.prop === "values");
    expect(addAt).toBeGreaterThanOrEqual(0);
    expect(addAt).toBeLessThan(firstWrite);

    expect(fake.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["绩效自评表", "Visible"],
      [REPORT, "Visible"],
    ]);
    const report = fake.sheet(REPORT);
    expect([report.value("A1"), report.value("B2"), report.value("B3")]).toEqual([
      "一、部门基本情况",
      "改写后的段落",
      "=不是公式",
    ]);
    expect(report.formula("B3")).toBeNull();
    expect([report.columnWidth(1), report.columnWidth(2), report.columnWidth(3)]).toEqual([
      columnWidthPoints(12),
      columnWidthPoints(80),
      DEFAULT_COLUMN_WIDTH,
    ]);
    expect(columnWidthPoints(8.43)).toBeCloseTo(DEFAULT_COLUMN_WIDTH, 0);
    expect([report.wraps("B2"), report.wraps("B900"), report.wraps("A1"), report.wraps("C2")]).toEqual([
      true,
      true,
      false,
      false,
    ]);

    const after = await readOffice(fake.context, { settings: null });
    expect(after.sheets.map((s) => s.name)).toEqual(["绩效自评表", REPORT]);
    expect(after.sheets[1]).toMatchObject({ top: 1, left: 1, visible: true, protected: false });
  });

  it("adds a sheet without writes in two syncs, and none when the workbook has it", async () => {
    const fake = createFakeExcel([FORM]);
    const result = await applyOfficeWrites(fake.context, [], { store: null, newSheets: [SPEC, { name: "附表" }] });
    expect(result.createdSheets).toEqual([REPORT, "附表"]);
    expect(fake.syncCount).toBe(2);
    expect(fake.suspendedSyncs()).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["绩效自评表", REPORT, "附表"]);

    const again = await applyOfficeWrites(fake.context, [], { store: null, newSheets: [SPEC] });
    expect(again.createdSheets).toEqual([]);
    expect(fake.syncCount).toBe(3);
  });

  it("uses a sheet the workbook has (in any case) as it is", async () => {
    const fake = createFakeExcel([FORM, { name: REPORT, values: [["旧的标题"]] }, { name: "Notes", protected: true }]);
    const writes = [
      w(REPORT, [1, 1], "一、部门基本情况", "旧的标题"),
      w(REPORT, [2, 1], "x", "以为是新表"),
      w("notes", [1, 1], "备注", null),
    ];
    const result = await applyOfficeWrites(fake.context, writes, {
      store: null,
      newSheets: [SPEC, { name: "notes" }, { name: "NOTES" }],
    });
    expect(fake.syncCount).toBe(2);
    expect(result.createdSheets).toEqual([]);
    expect(result.applied).toEqual([writes[0]]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "「自评报告」A2 现在是 空白，不是检查时的 “以为是新表”：您已改过这个单元格，未覆盖",
      "工作表「notes」受保护，A1 未写入；请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试",
    ]);
    expect(fake.syncs.flatMap((s) => s.ops).some((op) => op.kind === "call" && op.method === "add")).toBe(false);
    expect(fake.sheets.map((s) => s.name)).toEqual(["绩效自评表", REPORT, "Notes"]);
    expect(fake.sheet(REPORT).columnWidth(2)).toBe(DEFAULT_COLUMN_WIDTH);
  });

  it("refuses each name Excel refuses, and skips its writes with the reason", async () => {
    const fake = createFakeExcel([FORM]);
    const newSheets = BAD_NAMES.map(([name]) => ({ name }));
    const writes = BAD_NAMES.map(([name]) => w(name, [1, 1], "段落", null));
    const result = await applyOfficeWrites(fake.context, [...writes, w(FORM_NAME, [2, 2], 8.85, 8.84)], {
      store: null,
      newSheets,
    });
    expect(result.createdSheets).toEqual([]);
    // "history" is "History" again (names are compared case-insensitively): its writes take that one's reason.
    const once = BAD_NAMES.filter(([name]) => name !== "history");
    expect(result.rejectedSheets).toEqual(once.map(([name, reason]) => ({ name, reason })));
    expect(result.skipped.map((s) => s.reason)).toEqual(
      BAD_NAMES.map(
        ([name, reason]) => `${name === "history" ? BAD_NAMES[11]![1] : reason}，未能新建工作表，A1 未写入`,
      ),
    );
    expect(result.applied).toHaveLength(1);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["绩效自评表"]);

    // Nothing valid and nothing to write: no sync at all.
    const none = await applyOfficeWrites(fake.context, [], { store: null, newSheets: [{ name: "a/b" }] });
    expect(none.rejectedSheets.map((r) => r.name)).toEqual(["a/b"]);
    expect(fake.syncCount).toBe(2);
  });

  it("fails as an OfficeAdapterError when the sheet appears between the two syncs", async () => {
    const fake = createFakeExcel([FORM]);
    let syncs = 0;
    const context = {
      ...fake.context,
      sync: async () => {
        await fake.context.sync();
        if (++syncs === 1) (fake.sheets as FakeSheet[]).push(new FakeSheet(REPORT, "Visible", false));
      },
    } as Excel.RequestContext;
    const error = await applyOfficeWrites(context, FILL, { store: null, newSheets: [SPEC] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "OfficeAdapterError",
      code: "failed",
      officeCode: "ItemAlreadyExists",
      message: "写入工作簿时要新建的工作表已经存在（可能刚被建好），请重试",
    });
  });
});

describe("undoOfficeWrites with created sheets", () => {
  async function filled() {
    const fake = createFakeExcel([FORM]);
    const done = await applyOfficeWrites(fake.context, [...FILL, w(FORM_NAME, [2, 2], 8.85, 8.84)], {
      store: null,
      newSheets: [SPEC],
    });
    expect(done.applied).toHaveLength(4);
    return { fake, done, before: fake.syncCount };
  }

  it("deletes a created sheet the undo leaves empty, in a third sync", async () => {
    const { fake, done, before } = await filled();
    const undone = await undoOfficeWrites(fake.context, done.applied, { createdSheets: done.createdSheets });
    expect(fake.syncCount - before).toBe(3);
    expect(undone.applied).toHaveLength(4);
    expect(undone.skipped).toEqual([]);
    expect(undone.deletedSheets).toEqual([REPORT]);
    expect(undone.keptSheets).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["绩效自评表"]);
    expect(fake.sheet(FORM_NAME).value("B2")).toBe(8.84);
    const last = fake.syncs.at(-1)!.ops;
    expect(last).toEqual([
      { kind: "call", path: expect.stringContaining(REPORT) as string, method: "delete", args: [] },
    ]);
  });

  it("keeps a created sheet the user has written into since, with a note, in two syncs", async () => {
    const { fake, done, before } = await filled();
    fake.sheet(REPORT).put(9, 3, { value: "我的补充" });
    const undone = await undoOfficeWrites(fake.context, done.applied, { createdSheets: done.createdSheets });
    expect(fake.syncCount - before).toBe(2);
    expect(undone.deletedSheets).toEqual([]);
    expect(undone.keptSheets).toEqual([
      {
        name: REPORT,
        reason: "新建的工作表「自评报告」的 C9 还有内容（可能是您后来写入的），未删除；如不需要，请在 Excel 中删除",
      },
    ]);
    const report = fake.sheet(REPORT);
    expect([report.value("A1"), report.value("B2"), report.value("C9")]).toEqual([null, null, "我的补充"]);
  });

  it("keeps a created sheet whose written cell the user changed", async () => {
    const { fake, done } = await filled();
    fake.sheet(REPORT).put(2, 2, { value: "用户改写的段落" });
    const undone = await undoOfficeWrites(fake.context, done.applied, { createdSheets: done.createdSheets });
    expect(undone.skipped.map((s) => s.reason)).toEqual([
      "「自评报告」B2 现在是 “用户改写的段落”，不是检查时的 “2022年度部门整体支出预算执行率为88.39%。”：您已改过这个单元格，未覆盖",
    ]);
    expect(undone.keptSheets.map((k) => k.reason)).toEqual([
      "新建的工作表「自评报告」的 B2 还有内容（可能是您后来写入的），未删除；如不需要，请在 Excel 中删除",
    ]);
  });

  it("stays at two syncs without created sheets, and at two with only sheets to delete", async () => {
    const { fake, done, before } = await filled();
    await undoOfficeWrites(fake.context, done.applied);
    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["绩效自评表", REPORT]);

    const undone = await undoOfficeWrites(fake.context, [], { createdSheets: [REPORT, REPORT] });
    expect(fake.syncCount - before).toBe(4);
    expect(undone.deletedSheets).toEqual([REPORT]);
  });

  it("leaves alone a created sheet the user deleted, and keeps the last visible sheet", async () => {
    const { fake, done } = await filled();
    (fake.sheets as FakeSheet[]).splice(1, 1);
    const gone = await undoOfficeWrites(fake.context, done.applied, { createdSheets: done.createdSheets });
    expect([gone.deletedSheets, gone.keptSheets]).toEqual([[], []]);
    expect(gone.skipped.map((s) => s.reason)).toEqual([
      "工作簿里已没有工作表「自评报告」，B3 未写入",
      "工作簿里已没有工作表「自评报告」，B2 未写入",
      "工作簿里已没有工作表「自评报告」，A1 未写入",
    ]);

    const hidden = createFakeExcel([{ ...FORM, visibility: "Hidden" }]);
    const made = await applyOfficeWrites(hidden.context, [FILL[0]!], { store: null, newSheets: [SPEC] });
    const undone = await undoOfficeWrites(hidden.context, made.applied, { createdSheets: made.createdSheets });
    expect(undone.deletedSheets).toEqual([]);
    expect(undone.keptSheets.map((k) => k.reason)).toEqual([
      "删除新建的工作表「自评报告」后工作簿里将没有可见的工作表，Excel 不允许，未删除",
    ]);
    expect(hidden.sheets.map((s) => s.name)).toEqual(["绩效自评表", REPORT]);
  });
});

describe("the fake Excel's sheets and column formats", () => {
  it("adds, formats and deletes sheets as office.js does", async () => {
    const fake = createFakeExcel([FORM, { name: "隐", visibility: "VeryHidden" }]);
    const { context } = fake;
    const sheets = context.workbook.worksheets;
    const added = sheets.add(REPORT);
    const used = added.getUsedRangeOrNullObject(true);
    used.load("address");
    added.getRange("B:C").format.columnWidth = 120;
    added.getRange("B:B").format.wrapText = true;
    added.getRange("D2").format.wrapText = true;
    const b = added.getRange("B:B").format.load("columnWidth, wrapText");
    const bc = added.getRange("B1:C1").format.load("columnWidth, wrapText");
    await context.sync();
    expect(used.isNullObject).toBe(true);
    expect([b.columnWidth, b.wrapText, bc.columnWidth, bc.wrapText]).toEqual([120, true, 120, null]);
    expect(fake.sheet(REPORT).wraps("D2")).toBe(true);
    expect(fake.sheet(REPORT).used(false)).toEqual({ top: 2, left: 4, bottom: 2, right: 4 });

    sheets.add("自评报告");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    for (const name of ["a/b", "History", "'x", "x".repeat(32)]) {
      sheets.add(name);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one failing sync per name
      await expect(context.sync(), name).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    sheets.getItem("隐").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    sheets.getItem("绩效自评表").delete();
    sheets.getItem(REPORT).delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["隐", REPORT]);
  });
});
