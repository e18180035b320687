/**
 * The preview's workbook host: the .xlsx host of src/workbook/xlsx-host.ts, one per file that opened, behind one
 * host the pane keeps. Opening a file reads it first, with the .xlsx reader, beside the workbook that is open; only
 * a file that reads becomes the preview's workbook (its bytes, its name, what 下载工作簿 saves), and its first read
 * is handed to the pane's session as is, so the file is read once. A file the reader refuses leaves everything as
 * it was and says why in the reader's Chinese words.
 *
 * Opens race: each is numbered when asked, and one that finishes after a later one was asked is dropped, so a
 * slow read of an older file never lands over a newer one. `generation` counts the workbooks that opened; the
 * session keys its reads by it (a read that started before an open is not shown as the new workbook's).
 */
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { HostError, type WorkbookHost } from "../workbook/host";
import { xlsxHost, type XlsxHost, type XlsxHostOptions } from "../workbook/xlsx-host";

export type OpenOutcome =
  | { readonly kind: "opened" }
  /** The reader refused the file: its message, in Chinese. */
  | { readonly kind: "refused"; readonly message: string }
  /** Another file was asked for before this one finished reading: nothing was changed. */
  | { readonly kind: "superseded" };

export interface PreviewHost extends WorkbookHost {
  /** The workbook's file as it stands now: always one that opened. */
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** How many workbooks have opened since the page loaded (0 for the first). */
  readonly generation: number;
  /** Reads another file and, if it reads, makes it the preview's workbook (the undo of the previous one is
   *  forgotten). Never rejects. */
  open(bytes: Uint8Array, fileName: string): Promise<OpenOutcome>;
  /** Called after another workbook opened (a file, or the template as a new workbook). */
  onOpened(listener: () => void): () => void;
  /** The user typed into a cell of the grid: written like any batch, reported as the user's change. */
  edit(...args: Parameters<XlsxHost["edit"]>): ReturnType<XlsxHost["edit"]>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function previewHost(options: XlsxHostOptions): PreviewHost {
  let current: XlsxHost = xlsxHost(options);
  let generation = 0;
  let asked = 0;
  /** The read that opened the current file, handed to the first read the pane asks for. */
  let primed: { host: XlsxHost; bytes: Uint8Array; snapshot: WorkbookSnapshot } | null = null;
  const changed = new Set<() => void>();
  const opened = new Set<() => void>();
  const forward = () => changed.forEach((l) => l());
  let unhook = current.onChanged(forward);

  const open = async (bytes: Uint8Array, fileName: string): Promise<OpenOutcome> => {
    const ticket = ++asked;
    const candidate = xlsxHost({ ...options, bytes, fileName });
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await candidate.read();
    } catch (error) {
      return ticket === asked ? { kind: "refused", message: messageOf(error) } : { kind: "superseded" };
    }
    if (ticket !== asked) return { kind: "superseded" };
    unhook();
    current = candidate;
    unhook = current.onChanged(forward);
    primed = { host: candidate, bytes: candidate.bytes, snapshot };
    generation++;
    opened.forEach((l) => l());
    return { kind: "opened" };
  };

  return {
    kind: "preview",
    get bytes() {
      return current.bytes;
    },
    get fileName() {
      return current.fileName;
    },
    get generation() {
      return generation;
    },
    open,

    read(): Promise<WorkbookSnapshot> {
      const p = primed;
      primed = null;
      if (p && p.host === current && p.bytes === current.bytes) return Promise.resolve(p.snapshot);
      return current.read();
    },
    write: (batch) => current.write(batch),
    undo: (done) => current.undo(done),
    select: (sheet, a1) => current.select(sheet, a1),
    onChanged(listener) {
      changed.add(listener);
      return () => changed.delete(listener);
    },
    onOpened(listener) {
      opened.add(listener);
      return () => opened.delete(listener);
    },
    save: (name, data, mimeType) => current.save(name, data, mimeType),
    edit: (...args) => current.edit(...args),
    insertTemplate: (template) => current.insertTemplate!(template),

    /** In the preview a new workbook (the template) is opened in place of the current one: download it first. */
    async createWorkbook(next: Uint8Array): Promise<void> {
      const outcome = await open(next, "绩效自评模板.xlsx");
      if (outcome.kind === "refused") throw new HostError(outcome.message);
    },
  };
}
