// @vitest-environment jsdom
/**
 * The pane's session over the office host and the fake Excel: one read a refresh, a batch written and undone as a
 * whole, the refresh after the user's edits (debounced, and not after jixiao's own writes), selecting a cell, and
 * a failure shown as one Chinese message.
 */
import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useSession } from "../src/taskpane/state/pane-context";
import { renderPane } from "./helpers/pane";

function Status() {
  const s = useSession();
  return (
    <p>
      {s.workbook ? `读到 ${s.workbook.snapshot.sheets.length} 张表，第 ${s.workbook.version} 次` : "未读取"}
      {s.error ? `；${s.error}` : ""}
    </p>
  );
}

const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe("the pane's session", () => {
  it("reads the workbook in one sync and shows it", async () => {
    const pane = await renderPane(<Status />);
    expect(pane.fake.syncCount).toBe(1);
    expect(screen.getByText("读到 5 张表，第 1 次")).toBeTruthy();
    expect(pane.session.current.workbook?.model.indicators?.rows).toHaveLength(8);
  });

  it("writes a batch, reads again, and undoes it as a whole (cells and settings)", async () => {
    const pane = await renderPane(<Status />);
    const before = pane.session.current.workbook!.snapshot;
    const result = await act(() =>
      pane.session.write(
        {
          writes: [{ sheet: "绩效自评表", row: 18, col: 9, value: 95, expected: 90.84 }],
          settings: { profile: JSON.stringify("strict-local") },
        },
        "修改总分",
      ),
    );
    expect(result?.applied).toHaveLength(1);
    expect(pane.fake.sheet("绩效自评表").value("I18")).toBe(95);
    expect(pane.session.current.workbook?.profile.id).toBe("strict-local");
    expect(pane.session.current.done.map((d) => d.label)).toEqual(["修改总分"]);
    await act(() => pane.session.undo());
    expect(pane.session.current.workbook?.snapshot).toEqual(before);
    expect(pane.session.current.done).toEqual([]);
  });

  it("reads again after the user's edits, once, and not after its own writes", async () => {
    const pane = await renderPane(<Status />, { debounceMs: 30 });
    pane.session.watch();
    await wait(5);
    expect(pane.fake.changeHandlerCount).toBe(1);
    await act(() =>
      pane.session.write({ writes: [{ sheet: "绩效自评表", row: 18, col: 9, value: 95, expected: 90.84 }] }, "x"),
    );
    const afterOwn = pane.session.current.workbook!.version;
    await wait(60);
    expect(pane.session.current.workbook!.version).toBe(afterOwn);
    pane.fake.userEdit("绩效自评表", "I10", 6);
    pane.fake.userEdit("绩效自评表", "I11", 6);
    await wait(10);
    expect(pane.session.current.stale).toBe(true);
    await wait(80);
    expect(pane.session.current.workbook!.version).toBe(afterOwn + 1);
    expect(pane.session.current.stale).toBe(false);
    pane.session.dispose();
    await wait(5);
    expect(pane.fake.changeHandlerCount).toBe(0);
  });

  it("selects a cell on its sheet", async () => {
    const pane = await renderPane(<Status />);
    const syncs = pane.fake.syncCount;
    await pane.session.host.select("资产负债表", "E7");
    expect(pane.fake.syncCount - syncs).toBe(1);
    expect(pane.fake.activeSheet).toBe("资产负债表");
    expect(pane.fake.selection).toEqual({ sheet: "资产负债表", address: "E7" });
    await expect(pane.session.host.select("没有这张表", "A1")).rejects.toThrow("工作簿中已没有工作表“没有这张表”");
  });

  it("shows why a read failed, in Chinese, and keeps what it had", async () => {
    const pane = await renderPane(<Status />);
    pane.fake.editMode = true;
    await act(() => pane.session.refresh());
    expect(screen.getByText(/读到 5 张表，第 1 次；.*编辑/)).toBeTruthy();
    pane.fake.editMode = false;
  });
});
