/**
 * Filling the report into the workbook: the plan's writes applied to the .xlsx as the command line and the
 * preview do, read back, filled again. What people wrote keeps its text; jixiao's passages are marked so that a
 * later fill updates them, and once a person edits one it is theirs; a second fill with nothing new changes
 * nothing; a sheet that does not hold one paragraph a row is refused with the cell that stops it.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/core/checks/types";
import { readModel } from "../src/core/model/read";
import { cellAt, type WorkbookSnapshot } from "../src/core/model/snapshot";
import { planFill, readMarks, reportOf, type FillPlan } from "../src/core/narrative/index";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { sampleBytes } from "./helpers/sample-snapshot";

const profile = DEFAULT_PROFILE;

async function plan(bytes: Uint8Array, options: { newSheet?: string } = {}) {
  const snapshot = await readXlsx(bytes);
  const doc = reportOf(snapshot, readModel(snapshot), { profile });
  return { snapshot, doc, outcome: planFill(snapshot, doc, options) };
}

function ok(outcome: Awaited<ReturnType<typeof plan>>["outcome"]): FillPlan {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

async function apply(bytes: Uint8Array, p: FillPlan): Promise<Uint8Array> {
  const result = await applyXlsxWrites(bytes, p.writes, p.settings, p.newSheet ? [p.newSheet] : []);
  expect(result.skipped).toEqual([]);
  return result.bytes;
}

const column = (snapshot: WorkbookSnapshot, sheet: string): string[] => {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  return s.rows.map((r) => cellAt(s, r.row, 1)).flatMap((v) => (v === null ? [] : [String(v)]));
};

async function edit(bytes: Uint8Array, write: CellWrite): Promise<Uint8Array> {
  const result = await applyXlsxWrites(bytes, [write]);
  expect(result.applied).toHaveLength(1);
  return result.bytes;
}

describe("filling the report sheet of seed 000", () => {
  it("writes the total under 二、, moves the paragraphs below it down a row, keeps every text", async () => {
    const bytes = sampleBytes("000-honggutan-2022");
    const { snapshot, outcome } = await plan(bytes);
    const p = ok(outcome);
    expect(p.sheet).toBe("自评报告");
    expect(p.newSheet).toBeNull();
    expect(p.summary).toBe("在“自评报告”写入 1 段，已有段落移动 28 段。");
    // Every write names what its cell holds now.
    for (const w of p.writes)
      expect(w.expected).toEqual(
        cellAt(
          snapshot.sheets.find((s) => s.name === w.sheet)!,
          w.row,
          w.col,
        ),
      );

    const before = column(snapshot, "自评报告");
    const filled = await readXlsx(await apply(bytes, p));
    const after = column(filled, "自评报告");
    const at = after.indexOf("二、部门整体支出绩效实现情况");
    expect(after[at + 1]).toMatch(/^经自评，2022年度部门整体支出绩效自评结果为：总分90\.84分，自评等级为“优”。/);
    expect(after.filter((_, i) => i !== at + 1)).toEqual(before);
    expect(readMarks(filled.settings).written).toEqual([after[at + 1]]);
  });

  it("a second fill with nothing new changes nothing", async () => {
    const once = await apply(
      sampleBytes("000-honggutan-2022"),
      ok((await plan(sampleBytes("000-honggutan-2022"))).outcome),
    );
    const again = ok((await plan(once)).outcome);
    expect(again.writes).toEqual([]);
    expect(again.summary).toBe("“自评报告”已是最新，无需改动。");
  });

  it("updates jixiao's passage when the data changes, and leaves it alone once a person edits it", async () => {
    const once = await apply(
      sampleBytes("000-honggutan-2022"),
      ok((await plan(sampleBytes("000-honggutan-2022"))).outcome),
    );
    const snapshot = await readXlsx(once);
    const model = readModel(snapshot);
    const scoreCell = model.funds!.rows.find((r) => r.line === "total")!.score!;
    const changed = await edit(once, { ...scoreCell.ref, value: 9.5, expected: 8.84 });
    const update = ok((await plan(changed)).outcome);
    expect(update.changes).toEqual([
      expect.objectContaining({
        kind: "update",
        text: expect.stringContaining("总分91.50分，自评等级为“优”。其中预算执行率得分9.50分"),
      }),
    ]);

    const row = column(snapshot, "自评报告").findIndex((t) => t.startsWith("经自评")) + 1;
    const mine = String(
      cellAt(
        snapshot.sheets.find((s) => s.name === "自评报告")!,
        row,
        1,
      ),
    );
    const edited = await edit(once, {
      sheet: "自评报告",
      row,
      col: 1,
      value: `${mine}全局上下共同努力。`,
      expected: mine,
    });
    const { doc, outcome } = await plan(await edit(edited, { ...scoreCell.ref, value: 9.5, expected: 8.84 }));
    expect(doc.nodes.find((n) => n.id === "二")?.state).toBe("kept");
    expect(ok(outcome).writes).toEqual([]);
  });

  it("fills a new sheet when asked, leaving the report sheet as it is", async () => {
    const bytes = sampleBytes("000-honggutan-2022");
    const { doc, outcome } = await plan(bytes, { newSheet: "自评报告" });
    const p = ok(outcome);
    expect(p.newSheet).toEqual({ name: "自评报告（2）", columnWidths: [90], wrapColumns: [1] });
    const filled = await readXlsx(await apply(bytes, p));
    expect(column(filled, "自评报告")).toEqual(column(await readXlsx(bytes), "自评报告"));
    const lines = doc.blocks.flatMap((b) =>
      b.kind === "place" ? [] : [b.kind === "passage" ? b.passage.text : b.text],
    );
    expect(column(filled, "自评报告（2）")).toEqual(lines);
  });
});

describe("a workbook without a report", () => {
  it("gets a 自评报告 sheet with the whole outline, which a later fill recognises as jixiao's", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sampleBytes("000-honggutan-2022") as unknown as ArrayBuffer);
    workbook.removeWorksheet(workbook.getWorksheet("自评报告")!.id);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const { doc, outcome } = await plan(bytes);
    expect(doc.fromReport).toBe(false);
    const p = ok(outcome);
    expect(p.newSheet?.name).toBe("自评报告");
    expect(p.summary).toMatch(/^新建工作表“自评报告”，写入 \d+ 段。$/);
    const filled = await apply(bytes, p);
    const again = await plan(filled);
    expect(again.doc.fromReport).toBe(true);
    expect(again.doc.nodes.filter((n) => n.state === "kept")).toEqual([]);
    expect(ok(again.outcome).writes).toEqual([]);
  });
});

describe("a report sheet that is not one paragraph a row", () => {
  it("is refused, naming the cell, and can go to a new sheet instead", async () => {
    const bytes = await edit(sampleBytes("000-honggutan-2022"), {
      sheet: "自评报告",
      row: 12,
      col: 2,
      value: "批注：待核实",
      expected: null,
    });
    const { outcome } = await plan(bytes);
    expect(outcome).toEqual({
      ok: false,
      message: "“自评报告”!B12 也有内容：报告要每段一行、写在同一列，才能逐段填入。可改为写入新工作表。",
    });
    expect(ok((await plan(bytes, { newSheet: "自评报告" })).outcome).newSheet?.name).toBe("自评报告（2）");
  });
});
