/**
 * What the task pane asks of the workbook it works on, whoever holds it: Excel through office.js
 * (office-host.ts) or an .xlsx file in the browser preview. The pane's views know only this interface: no
 * Office call is made in a component.
 */
import type { CellWrite } from "../core/checks/types";
import type { Area, WorkbookSnapshot } from "../core/model/snapshot";
import type { CellInput, Template, TemplateOptions } from "../core/template";
import type { NewSheet, SheetNote, SkippedWrite } from "./common";

/** One batch of changes: cell writes, sheets to create first, and jixiao's settings (the whole of them). */
export interface HostBatch {
  readonly writes: readonly CellWrite[];
  readonly newSheets?: readonly NewSheet[];
  readonly settings?: Readonly<Record<string, string>>;
}

/** What a batch did: enough to undo it as a whole. */
export interface HostWriteResult {
  readonly applied: readonly CellWrite[];
  readonly skipped: readonly SkippedWrite[];
  readonly createdSheets: readonly string[];
  readonly rejectedSheets: readonly SheetNote[];
  /** The settings before the batch, when it changed them (restored by the undo). */
  readonly previousSettings: Readonly<Record<string, string>> | null;
  /** Why the settings could not be saved (the cells were written), or null. */
  readonly settingsError: string | null;
}

export interface HostUndoResult {
  /** Writes that could not be undone (the cell was changed since), with the Chinese reason. */
  readonly skipped: readonly SkippedWrite[];
  readonly keptSheets: readonly SheetNote[];
}

/** A sheet the template created, with what was typed into it (row by row from A1 over `area`): its undo deletes
 *  the sheet while it still holds exactly this. */
export interface InsertedSheet {
  readonly name: string;
  readonly area: Area;
  readonly inputs: readonly (readonly CellInput[])[];
}

/** What inserting the template did: a write result whose `createdSheets` are the template's sheets (no cell of
 *  the user's was written, so `applied` is empty), with the template as built and what each sheet holds. */
export interface HostTemplateResult extends HostWriteResult {
  readonly template: Template;
  readonly inserted: readonly InsertedSheet[];
}

/** Whether a done batch is a template insertion (its undo deletes the sheets it created, if unchanged). */
export function isTemplateResult(done: HostWriteResult): done is HostTemplateResult {
  return "inserted" in done && Array.isArray((done as { inserted?: unknown }).inserted);
}

/** A failure the pane shows as it is: a Chinese message (a protected sheet, an edit in progress, …). */
export class HostError extends Error {
  override readonly name = "HostError";
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /**
   * Which workbook the host holds: a number that changes when another workbook takes the place of the one read
   * (the preview opening another file). A read started under an older generation is of a workbook no longer
   * there. Absent where the workbook never changes (Excel: each workbook has its own pane).
   */
  readonly generation?: number;
  /** The workbook's file name where the host knows it (the preview's file; Excel's document URL), for the pane to
   *  say which workbook a report was checked against. */
  readonly fileName?: string | undefined;
  /** The whole workbook and jixiao's settings, in one round trip. */
  read(): Promise<WorkbookSnapshot>;
  /** One batch, calculation suspended until it ends; cells the user changed since the read are left alone. */
  write(batch: HostBatch): Promise<HostWriteResult>;
  /** Undoes a batch written by `write`: values back, created sheets deleted (when still empty), settings back. */
  undo(done: HostWriteResult): Promise<HostUndoResult>;
  /** Selects a cell or range ("H17", "H10:H17") on its sheet and brings it into view. */
  select(sheet: string, address: string): Promise<void>;
  /** Calls `listener` after the user changes the workbook (not after jixiao's own writes); returns the
   *  unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** Hands a file to the user (a download, or the browser's save dialog). */
  save(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /**
   * Inserts the template (core/template) as new sheets with free names, in one batch with calculation suspended;
   * nothing the workbook has is changed. `undo` of the result deletes those sheets while the user has not changed
   * them. Optional: a host that cannot (yet) leaves it out and the pane says so.
   */
  insertTemplate?(options: TemplateOptions): Promise<HostTemplateResult>;
  /** Opens a new workbook holding `bytes` (an .xlsx file, as xlsx-template.ts builds it): Excel.createWorkbook
   *  in Excel. Optional, as insertTemplate. */
  createWorkbook?(bytes: Uint8Array): Promise<void>;
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
