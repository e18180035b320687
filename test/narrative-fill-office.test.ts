/**
 * The fill in Excel (through the fake Excel of test/fakes): the plan read from the open workbook, written in
 * one batch of two syncs with the marks saved to the document's settings, and undone as a whole — the cells
 * back as they were, the sheet it created deleted, the settings restored.
 */
import { describe, expect, it } from "vitest";
import { readModel } from "../src/core/model/read";
import { planFill, readMarks, reportOf } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { applyOfficeWrites, readOffice, undoOfficeWrites } from "../src/workbook/office";
import { createFakeExcel, settingsFromSnapshot, sheetsFromSnapshot } from "./fakes/fake-excel";
import { sampleSnapshot } from "./helpers/sample-snapshot";

async function openSample(id: string, without?: string) {
  const snapshot = await sampleSnapshot(id);
  const sheets = sheetsFromSnapshot(snapshot).filter((s) => s.name !== without);
  return { fake: createFakeExcel(sheets), store: settingsFromSnapshot(snapshot) };
}

describe("filling the report in Excel", () => {
  it("writes the plan in two syncs, and undoes it as a whole", async () => {
    const { fake, store } = await openSample("000-honggutan-2022");
    const before = await readOffice(fake.context, { settings: store });
    const plan = planFill(before, reportOf(before, readModel(before), { profile: DEFAULT_PROFILE }));
    if (!plan.ok) throw new Error(plan.message);

    const syncs = fake.syncCount;
    const result = await applyOfficeWrites(fake.context, plan.plan.writes, { settings: plan.plan.settings, store });
    expect(fake.syncCount - syncs).toBe(2);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(plan.plan.writes.length);
    const filled = await readOffice(fake.context, { settings: store });
    expect(readMarks(filled.settings).written).toHaveLength(1);
    expect(
      reportOf(filled, readModel(filled), { profile: DEFAULT_PROFILE }).nodes.find((n) => n.id === "二")?.state,
    ).toBe("generated");

    await undoOfficeWrites(fake.context, result.applied);
    await applyOfficeWrites(fake.context, [], { settings: plan.plan.previousSettings, store });
    const undone = await readOffice(fake.context, { settings: store });
    expect(undone).toEqual(before);
  });

  it("creates the report sheet where there is none, and the undo deletes it", async () => {
    const { fake, store } = await openSample("000-honggutan-2022", "自评报告");
    const before = await readOffice(fake.context, { settings: store });
    const doc = reportOf(before, readModel(before), { profile: DEFAULT_PROFILE });
    const outcome = planFill(before, doc);
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    expect(plan.newSheet?.name).toBe("自评报告");

    const result = await applyOfficeWrites(fake.context, plan.writes, {
      settings: plan.settings,
      store,
      newSheets: plan.newSheet ? [plan.newSheet] : [],
    });
    expect(result.createdSheets).toEqual(["自评报告"]);
    expect(result.skipped).toEqual([]);
    const filled = readModel(await readOffice(fake.context, { settings: store }));
    expect(filled.report?.sheet).toBe("自评报告");
    expect(filled.report?.paragraphs[0]?.text).toBe("2022年度南昌市公安局红谷滩分局整体支出绩效自评报告");

    const undo = await undoOfficeWrites(fake.context, result.applied, { createdSheets: result.createdSheets });
    expect(undo.deletedSheets).toEqual(["自评报告"]);
    await applyOfficeWrites(fake.context, [], { settings: plan.previousSettings, store });
    expect(await readOffice(fake.context, { settings: store })).toEqual(before);
  });
});
