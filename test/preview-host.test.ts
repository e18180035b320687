/**
 * Opening files in the browser preview (src/preview/preview-host.ts) and the pane's session over it: a file the
 * reader refuses changes nothing (bytes, name, what 下载工作簿 would save, the undo), a file that reads is read once,
 * the last file asked for wins whatever order the reads finish in, and the session never shows a read that started
 * before another workbook opened (pressing 检查 just after opening a file shows that file).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sheetFromGrid, type WorkbookSnapshot } from "../src/core/model/snapshot";
import { previewHost } from "../src/preview/preview-host";
import { PaneSession } from "../src/taskpane/state/session";
import type { HostWriteResult, WorkbookHost } from "../src/workbook/host";

const SAMPLES = path.join(import.meta.dirname, "../samples");
const sample = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, name)));
const S000 = sample("000-honggutan-2022.xlsx");
const S002 = sample("002-chenggong-2021.xlsx");

const hostOf = (bytes = S000, fileName = "000.xlsx") => previewHost({ bytes, fileName, save: async () => undefined });

describe("opening a file in the preview", () => {
  it("a corrupt file is refused with the reader's Chinese message and leaves the workbook as it was", async () => {
    const host = hostOf();
    const opened: string[] = [];
    host.onOpened(() => opened.push(host.fileName));
    const outcome = await host.open(new TextEncoder().encode("PK\u0003\u0004 broken"), "坏文件.xlsx");
    expect(outcome).toEqual({ kind: "refused", message: "文件已损坏或不是 Excel 工作簿" });
    expect(host.fileName).toBe("000.xlsx");
    expect(host.bytes).toBe(S000);
    expect(host.generation).toBe(0);
    expect(opened).toEqual([]);
  });

  it("an old .xls and an encrypted file are told apart", async () => {
    const host = hostOf();
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await host.open(ole2, "旧表.xlsx")).toEqual({
      kind: "refused",
      message: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx",
    });
    const name = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...ole2, ...name]);
    expect(await host.open(encrypted, "加密.xlsx")).toMatchObject({ kind: "refused", message: /密码/ });
    expect(host.bytes).toBe(S000);
  });

  it("a file that reads becomes the workbook, and its read is handed to the pane: the file is read once", async () => {
    const host = hostOf();
    expect(await host.open(S002, "002.xlsx")).toEqual({ kind: "opened" });
    expect(host.fileName).toBe("002.xlsx");
    expect(host.bytes).toBe(S002);
    expect(host.generation).toBe(1);
    const first = await host.read();
    expect(first.sheets.map((s) => s.name)).toContain("评价报告");
    // the next read reads the file again (the primed one is used once)
    const second = await host.read();
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it("the last file asked for wins: an earlier one that finishes later is dropped", async () => {
    const host = hostOf();
    const [a, b] = await Promise.all([host.open(S002, "先.xlsx"), host.open(S000, "后.xlsx")]);
    expect(a).toEqual({ kind: "superseded" });
    expect(b).toEqual({ kind: "opened" });
    expect(host.fileName).toBe("后.xlsx");
    // a refused file asked for after a good one: the good one does not open either, the page says why
    const [c, d] = await Promise.all([host.open(S002, "好.xlsx"), host.open(new Uint8Array(8), "坏.xlsx")]);
    expect(c).toEqual({ kind: "superseded" });
    expect(d.kind).toBe("refused");
    expect(host.fileName).toBe("后.xlsx");
  });

  it("forgets the previous workbook's undo in the pane once another opened", async () => {
    const host = hostOf();
    const session = new PaneSession(host, 10);
    await session.refresh();
    await session.write({ writes: [{ sheet: "绩效自评表", row: 18, col: 9, value: 95, expected: 90.84 }] }, "改总分");
    expect(session.current.done.map((d) => d.label)).toEqual(["改总分"]);
    expect(await host.open(S002, "002.xlsx")).toEqual({ kind: "opened" });
    await session.refresh();
    expect(session.current.done).toEqual([]);
    expect(session.current.workbook?.snapshot.sheets.map((s) => s.name)).toContain("评价报告");
    session.dispose();
  });
});

// ---------------------------------------------------------------------------------------------------------
// The session's reads keyed by the host's generation, over a host whose reads finish when the test says

interface Deferred {
  readonly generation: number;
  readonly resolve: (s: WorkbookSnapshot) => void;
}

function slowHost() {
  const pending: Deferred[] = [];
  const host: WorkbookHost & { generation: number } = {
    kind: "preview",
    generation: 0,
    read: () => new Promise<WorkbookSnapshot>((resolve) => pending.push({ generation: host.generation, resolve })),
    write: async () => ({}) as HostWriteResult,
    undo: async () => ({ skipped: [], keptSheets: [] }),
    select: async () => undefined,
    onChanged: () => () => undefined,
    save: async () => undefined,
  };
  return { host, pending };
}

const workbookNamed = (name: string): WorkbookSnapshot => ({
  sheets: [sheetFromGrid(name, 1, 1, [["单位名称", name]])],
  settings: {},
});

const sheetNames = (session: PaneSession) => session.current.workbook?.snapshot.sheets.map((s) => s.name);

describe("the pane's session when another workbook opens during a read", () => {
  it("检查 pressed just after the open reads the new workbook, and the older read never shows", async () => {
    const { host, pending } = slowHost();
    const session = new PaneSession(host, 10);
    const old = session.refresh(); // reading the first workbook…
    host.generation = 1; // …when another opens
    const check = session.refresh(); // 检查 pressed
    expect(check).not.toBe(old);
    expect(pending.map((p) => p.generation)).toEqual([0, 1]);
    pending[1]!.resolve(workbookNamed("新表"));
    expect((await check)?.snapshot.sheets[0]!.name).toBe("新表");
    expect(session.current.busy).toBe(null);
    // the first read finishes last: it is not shown, and hands over the newer workbook
    pending[0]!.resolve(workbookNamed("旧表"));
    expect((await old)?.snapshot.sheets[0]!.name).toBe("新表");
    expect(sheetNames(session)).toEqual(["新表"]);
    session.dispose();
  });

  it("a read of the older workbook that finishes with nobody else reading starts the read of the new one", async () => {
    const { host, pending } = slowHost();
    const session = new PaneSession(host, 10);
    const old = session.refresh();
    host.generation = 1;
    pending[0]!.resolve(workbookNamed("旧表"));
    await Promise.resolve();
    await Promise.resolve();
    expect(sheetNames(session)).toBe(undefined);
    expect(session.current.busy).toBe("reading");
    await new Promise((r) => setTimeout(r, 0));
    expect(pending.map((p) => p.generation)).toEqual([0, 1]);
    pending[1]!.resolve(workbookNamed("新表"));
    expect((await old)?.snapshot.sheets[0]!.name).toBe("新表");
    expect(session.current.busy).toBe(null);
    session.dispose();
  });

  it("calls during one read of the same workbook share it", async () => {
    const { host, pending } = slowHost();
    const session = new PaneSession(host, 10);
    const a = session.refresh();
    const b = session.refresh();
    expect(a).toBe(b);
    expect(pending).toHaveLength(1);
    pending[0]!.resolve(workbookNamed("表"));
    expect((await a)?.generation).toBe(0);
    session.dispose();
  });
});
