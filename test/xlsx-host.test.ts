/**
 * The preview's host over .xlsx bytes: read, a batch written and undone exactly (the same bytes back), the undo
 * after later edits writing cells back one by one, the user's edits in the grid reported as changes (and jixiao's
 * own writes not), selecting a cell, another file opened.
 */
import { cellAt } from "../src/core/model/snapshot";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../src/workbook/xlsx";
import { xlsxHost } from "../src/workbook/xlsx-host";
import { sampleBytes } from "./helpers/sample-snapshot";

function host() {
  const selected: string[] = [];
  const saved: string[] = [];
  const h = xlsxHost({
    bytes: sampleBytes("000-honggutan-2022"),
    fileName: "000-honggutan-2022.xlsx",
    save: async (name) => void saved.push(name),
    onSelect: (sheet, a1) => void selected.push(`${sheet}!${a1}`),
  });
  return { h, selected, saved };
}

const TOTAL = { sheet: "绩效自评表", row: 18, col: 9 } as const;

describe("the .xlsx host of the preview", () => {
  it("reads the workbook, writes a batch, and undoes it to the very same bytes", async () => {
    const { h } = host();
    const original = h.bytes;
    expect((await h.read()).sheets.map((s) => s.name)).toContain("绩效自评表");
    const done = await h.write({
      writes: [{ ...TOTAL, value: 95, expected: 90.84 }],
      settings: { profile: '"strict-local"' },
    });
    expect(done.applied).toHaveLength(1);
    expect(done.previousSettings).toEqual({});
    const after = await readXlsx(h.bytes);
    expect(after.settings).toEqual({ profile: '"strict-local"' });
    await h.undo(done);
    expect(h.bytes).toBe(original);
  });

  it("after a later edit, undoes cell by cell and keeps the edit", async () => {
    const { h } = host();
    const changes: number[] = [];
    h.onChanged(() => changes.push(1));
    const done = await h.write({ writes: [{ ...TOTAL, value: 95, expected: 90.84 }] });
    expect(changes).toEqual([]);
    expect(await h.edit("绩效自评表", 19, 9, "良")).toBeNull();
    expect(changes).toEqual([1]);
    const undo = await h.undo(done);
    expect(undo.skipped).toEqual([]);
    const s = (await readXlsx(h.bytes)).sheets.find((x) => x.name === "绩效自评表")!;
    expect(cellAt(s, 18, 9)).toBe(90.84);
    expect(cellAt(s, 19, 9)).toBe("良");
  });

  it("refuses an edit of a cell inside a merged area, with the reason", async () => {
    const { h } = host();
    expect(await h.edit("绩效自评表", 11, 1, "x")).toMatch(/合并/);
  });

  it("passes a selection to the grid and files to the browser", async () => {
    const { h, selected, saved } = host();
    await h.select("资产负债表", "E7");
    await h.save("报告.docx", new Uint8Array([1]), "application/octet-stream");
    expect(selected).toEqual(["资产负债表!E7"]);
    expect(saved).toEqual(["报告.docx"]);
  });

  it("opens another file, and an undo from before it is refused", async () => {
    const { h } = host();
    const done = await h.write({ writes: [{ ...TOTAL, value: 95, expected: 90.84 }] });
    h.open(sampleBytes("002-chenggong-2021"), "002-chenggong-2021.xlsx");
    expect(h.fileName).toBe("002-chenggong-2021.xlsx");
    expect((await h.read()).sheets.map((s) => s.name)).toContain("评价报告");
    await expect(h.undo(done)).rejects.toThrow();
  });

  it("inserts the template as new sheets, and its undo gives the file back", async () => {
    const { h } = host();
    const original = h.bytes;
    const done = await h.insertTemplate!({ year: 2023, unitName: "某某局" });
    expect(done.createdSheets[0]).toBe("绩效自评表（2）");
    const names = (await h.read()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["绩效自评表", "绩效自评表（2）", "预算执行情况（2）"]));
    await h.undo(done);
    expect(h.bytes).toBe(original);
  });
});
