/**
 * The task pane's workbook in the browser preview: the WorkbookHost of host.ts over the bytes of an .xlsx file
 * held in memory. Reading and writing go through the .xlsx adapter (xlsx.ts, loaded when first needed so that
 * the page's first view stays small); every batch keeps the bytes it replaced, so its undo gives back exactly
 * the file as it was. The grid beside the pane edits cells through `edit`, which counts as the user's change.
 * The file never leaves the browser.
 */
import type { CellWrite } from "../core/checks/types";
import type { CellValue, WorkbookSnapshot } from "../core/model/snapshot";
import { cellAt } from "../core/model/snapshot";
import type { TemplateOptions } from "../core/template";
import type { HostBatch, HostTemplateResult, HostUndoResult, HostWriteResult, WorkbookHost } from "./host";
import { HostError } from "./host";

export interface XlsxHostOptions {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly save: (fileName: string, bytes: Uint8Array, mimeType: string) => Promise<void>;
  /** Called when the pane selects a cell or range (the grid shows it). */
  readonly onSelect?: (sheet: string, address: string) => void;
}

export interface XlsxHost extends WorkbookHost {
  /** The file as it stands now. */
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Another file opened in the preview: forgets the undo of the previous one. */
  open(bytes: Uint8Array, fileName: string): void;
  /** The user typed into a cell of the grid: written like any batch, reported as the user's change. */
  edit(sheet: string, row: number, col: number, value: CellValue): Promise<string | null>;
  /** Called after every change of the bytes (the pane's or the user's), for the grid. */
  onBytes(listener: () => void): () => void;
}

type Adapter = typeof import("./xlsx");
let adapter: Promise<Adapter> | null = null;
const load = (): Promise<Adapter> => (adapter ??= import("./xlsx"));

function failure(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError(error instanceof Error ? error.message : String(error), { cause: error });
}

export function xlsxHost(options: XlsxHostOptions): XlsxHost {
  let bytes = options.bytes;
  let fileName = options.fileName;
  let settings: Readonly<Record<string, string>> = {};
  /** The bytes each batch replaced, and those it left: its undo restores the first while the file is still the
   *  second; after later changes it writes the cells back one by one instead, so nothing else is lost. */
  let before = new WeakMap<HostWriteResult, Uint8Array>();
  let after = new WeakMap<HostWriteResult, Uint8Array>();
  const changed = new Set<() => void>();
  const bytesListeners = new Set<() => void>();
  const bytesChanged = () => bytesListeners.forEach((l) => l());

  async function apply(batch: HostBatch): Promise<HostWriteResult> {
    const { applyXlsxWrites } = await load();
    const previous = bytes;
    const previousSettings = batch.settings ? settings : null;
    const result = await applyXlsxWrites(bytes, batch.writes, batch.settings, batch.newSheets ?? []);
    bytes = result.bytes;
    if (batch.settings) settings = batch.settings;
    const done: HostWriteResult = {
      applied: result.applied,
      skipped: result.skipped,
      createdSheets: result.createdSheets,
      rejectedSheets: result.rejectedSheets,
      previousSettings,
      settingsError: null,
    };
    before.set(done, previous);
    after.set(done, bytes);
    if (previous !== bytes) bytesChanged();
    return done;
  }

  function open(next: Uint8Array, name: string): void {
    before = new WeakMap();
    after = new WeakMap();
    bytes = next;
    fileName = name;
    settings = {};
    bytesChanged();
    changed.forEach((l) => l());
  }

  return {
    kind: "preview",
    get bytes() {
      return bytes;
    },
    get fileName() {
      return fileName;
    },

    async read(): Promise<WorkbookSnapshot> {
      try {
        const { readXlsx } = await load();
        const snapshot = await readXlsx(bytes);
        settings = snapshot.settings;
        return snapshot;
      } catch (error) {
        throw failure(error);
      }
    },

    async write(batch: HostBatch): Promise<HostWriteResult> {
      try {
        return await apply(batch);
      } catch (error) {
        throw failure(error);
      }
    },

    async undo(done: HostWriteResult): Promise<HostUndoResult> {
      const previous = before.get(done);
      if (!previous) throw new HostError("这一步无法撤销：工作簿已重新打开");
      before.delete(done);
      if (after.get(done) === bytes) {
        bytes = previous;
        if (done.previousSettings) settings = done.previousSettings;
        bytesChanged();
        return { skipped: [], keptSheets: [] };
      }
      // Changed since: write each cell back where it still holds what the batch wrote.
      const inverse = [...done.applied].reverse().map((w) => ({ ...w, value: w.expected, expected: w.value }));
      const result = await apply({
        writes: inverse,
        ...(done.previousSettings ? { settings: done.previousSettings } : {}),
      });
      return {
        skipped: result.skipped,
        keptSheets: done.createdSheets.map((name) => ({
          name,
          reason: `工作表“${name}”在此后有改动，保留未删除`,
        })),
      };
    },

    async select(sheet: string, address: string): Promise<void> {
      options.onSelect?.(sheet, address);
    },

    onChanged(listener: () => void): () => void {
      changed.add(listener);
      return () => changed.delete(listener);
    },

    onBytes(listener: () => void): () => void {
      bytesListeners.add(listener);
      return () => bytesListeners.delete(listener);
    },

    open,

    async edit(sheet: string, row: number, col: number, value: CellValue): Promise<string | null> {
      try {
        const { readXlsx } = await load();
        const snapshot = await readXlsx(bytes);
        const s = snapshot.sheets.find((x) => x.name === sheet);
        const current = s ? cellAt(s, row, col) : null;
        const write: CellWrite = { sheet, row, col, value, expected: current };
        const result = await apply({ writes: [write] });
        if (result.skipped.length > 0) return result.skipped[0]!.reason;
        changed.forEach((l) => l());
        return null;
      } catch (error) {
        return failure(error).message;
      }
    },

    async insertTemplate(template: TemplateOptions): Promise<HostTemplateResult> {
      try {
        const { insertTemplateIntoXlsx } = await import("./xlsx-template");
        const previous = bytes;
        const inserted = await insertTemplateIntoXlsx(bytes, template);
        bytes = inserted.bytes;
        const done: HostTemplateResult = {
          applied: [],
          skipped: [],
          createdSheets: inserted.createdSheets,
          rejectedSheets: [],
          previousSettings: null,
          settingsError: null,
          template: inserted.template,
          // The preview's undo gives the file back as it was: it needs no record of the sheets' cells.
          inserted: [],
        };
        before.set(done, previous);
        after.set(done, bytes);
        bytesChanged();
        return done;
      } catch (error) {
        throw failure(error);
      }
    },

    /** In the preview, a new workbook is opened in place of the current one (download the current one first). */
    async createWorkbook(next: Uint8Array): Promise<void> {
      open(next, "绩效自评模板.xlsx");
    },

    save: (name, data, mimeType) => options.save(name, data, mimeType),
  };
}
