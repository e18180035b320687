/**
 * The task pane's workbook in Excel: the WorkbookHost of src/taskpane/host.ts over office.js. Reading, writing
 * and undoing go through the office adapter (office.ts); this adds selecting a cell, the change events and
 * files for the user. `run` is Excel.run in Excel, and the fake Excel's run in the tests.
 */
import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { TemplateOptions } from "../core/template";
import type { HostBatch, HostTemplateResult, HostUndoResult, HostWriteResult, WorkbookHost } from "./host";
import { HostError, isTemplateResult } from "./host";
import { settingsFromStored, SETTINGS_KEY } from "./common";
import {
  applyOfficeWrites,
  documentSettings,
  OfficeAdapterError,
  readOffice,
  undoOfficeWrites,
  type SettingsStore,
} from "./office";
import {
  base64Of,
  createWorkbookError,
  insertOfficeTemplate,
  TEMPLATE_API,
  TEMPLATE_UNSUPPORTED,
  undoOfficeTemplate,
} from "./office-template";

/** Excel.run: a batch in a new context, or in `context` again (as removing an event handler needs). */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  context?: Excel.RequestContext,
) => Promise<T>;

export interface OfficeHostOptions {
  /** Excel.run, or the fake's. */
  readonly run: ExcelRun;
  /** Where jixiao's settings live; default Office.context.document.settings. */
  readonly store?: SettingsStore | null;
  /** Hands a file to the user (a download in the pane). */
  readonly save: (fileName: string, bytes: Uint8Array, mimeType: string) => Promise<void>;
  /** Changes Excel reports within this many ms after jixiao's own write are taken as its own, where Excel does
   *  not say who made them (triggerSource needs ExcelApi 1.14). */
  readonly ownWriteWindowMs?: number;
  /** Whether this Excel has an ExcelApi version ("1.8"); default Office.context.requirements, and yes where there
   *  is none to ask (tests). */
  readonly apiSupported?: (version: string) => boolean;
  /** Excel.createWorkbook, or the fake's; default the global one. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/** The workbook's file name, the last part of Office.context.document.url, where Excel gives one (a new workbook
 *  not yet saved has none). */
function workbookFileName(): string | undefined {
  const url = (globalThis as { Office?: typeof Office }).Office?.context?.document?.url;
  const last = url?.split(/[\\/]/).pop()?.split(/[?#]/)[0];
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Office.context.requirements.isSetSupported("ExcelApi", version), true where there is no Office to ask. */
function excelApiSupported(version: string): boolean {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  if (!requirements) return true;
  try {
    return requirements.isSetSupported(TEMPLATE_API.name, version);
  } catch {
    return false;
  }
}

/** The global Excel.createWorkbook, if this Excel has one. */
function globalCreateWorkbook(): ((base64: string) => Promise<void>) | null {
  const excel = (globalThis as { Excel?: { createWorkbook?: (base64?: string) => Promise<void> } }).Excel;
  return excel?.createWorkbook ? (base64) => excel.createWorkbook!(base64) : null;
}

function hostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof OfficeAdapterError) return new HostError(error.message, { cause: error });
  return new HostError(`Excel 操作未完成：${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

interface ChangedArgs {
  readonly triggerSource?: string;
}

export function officeHost(options: OfficeHostOptions): WorkbookHost {
  const store = options.store === undefined ? documentSettings() : options.store;
  const window = options.ownWriteWindowMs ?? 1000;
  let writingUntil = 0;
  const listeners = new Set<() => void>();
  let registration: Promise<{ handle: { remove(): void }; context: Excel.RequestContext } | null> | null = null;

  const settingsNow = (): Readonly<Record<string, string>> => settingsFromStored(store?.get(SETTINGS_KEY));
  const supported = options.apiSupported ?? excelApiSupported;

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw hostError(error);
    }
  }

  const onExcelChange = (args: ChangedArgs): void => {
    if (args.triggerSource === "ThisLocalAddin") return;
    if (args.triggerSource === undefined && Date.now() < writingUntil) return;
    for (const listener of listeners) listener();
  };

  return {
    kind: "excel",

    get fileName(): string | undefined {
      return workbookFileName();
    },

    read: (): Promise<WorkbookSnapshot> =>
      guarded(() => options.run((context) => readOffice(context, { settings: store }))),

    write: (batch: HostBatch): Promise<HostWriteResult> =>
      guarded(async () => {
        const previousSettings = batch.settings ? settingsNow() : null;
        writingUntil = Number.POSITIVE_INFINITY;
        try {
          const result = await options.run((context) =>
            applyOfficeWrites(context, batch.writes, {
              ...(batch.settings ? { settings: batch.settings } : {}),
              store,
              ...(batch.newSheets ? { newSheets: batch.newSheets } : {}),
            }),
          );
          return {
            applied: result.applied,
            skipped: result.skipped,
            createdSheets: result.createdSheets,
            rejectedSheets: result.rejectedSheets,
            previousSettings,
            settingsError: result.settingsError,
          };
        } finally {
          writingUntil = Date.now() + window;
        }
      }),

    undo: (done: HostWriteResult): Promise<HostUndoResult> =>
      guarded(async () => {
        writingUntil = Number.POSITIVE_INFINITY;
        try {
          if (isTemplateResult(done)) {
            const undone = await options.run((context) => undoOfficeTemplate(context, done.inserted));
            return { skipped: [], keptSheets: undone.keptSheets };
          }
          const result = await options.run(async (context) => {
            const undone = await undoOfficeWrites(context, done.applied, { createdSheets: done.createdSheets });
            if (done.previousSettings) await applyOfficeWrites(context, [], { settings: done.previousSettings, store });
            return undone;
          });
          return { skipped: result.skipped, keptSheets: result.keptSheets };
        } finally {
          writingUntil = Date.now() + window;
        }
      }),

    select: (sheet: string, address: string): Promise<void> =>
      guarded(() =>
        options.run(async (context) => {
          // One sync: a sheet that is gone fails the batch with ItemNotFound.
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          try {
            await context.sync();
          } catch (error) {
            if ((error as { code?: string }).code === "ItemNotFound")
              throw new HostError(`工作簿中已没有工作表“${sheet}”`, { cause: error });
            throw error;
          }
        }),
      ),

    onChanged(listener: () => void): () => void {
      listeners.add(listener);
      registration ??= options
        .run(async (context) => {
          const handle = context.workbook.worksheets.onChanged.add(async (args) => onExcelChange(args));
          await context.sync();
          return { handle, context };
        })
        .catch(() => null); // without events (an old Excel), the pane is refreshed by its own actions
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !registration) return;
        const pending = registration;
        registration = null;
        // A handler is removed in the context that added it.
        void pending.then((added) =>
          added
            ? options
                .run(async (context) => {
                  added.handle.remove();
                  await context.sync();
                }, added.context)
                .catch(() => undefined)
            : undefined,
        );
      };
    },

    save: (fileName, bytes, mimeType) => options.save(fileName, bytes, mimeType),

    insertTemplate: (template: TemplateOptions): Promise<HostTemplateResult> =>
      guarded(async () => {
        if (!supported(TEMPLATE_API.version)) throw new HostError(TEMPLATE_UNSUPPORTED);
        writingUntil = Number.POSITIVE_INFINITY;
        try {
          const result = await options.run((context) => insertOfficeTemplate(context, template));
          return {
            applied: [],
            skipped: [],
            createdSheets: result.createdSheets,
            rejectedSheets: [],
            previousSettings: null,
            settingsError: null,
            template: result.template,
            inserted: result.inserted,
          };
        } finally {
          writingUntil = Date.now() + window;
        }
      }),

    createWorkbook: (bytes: Uint8Array): Promise<void> =>
      guarded(async () => {
        const create = options.createWorkbook ?? globalCreateWorkbook();
        if (!create || !supported(TEMPLATE_API.version)) throw new HostError(TEMPLATE_UNSUPPORTED);
        try {
          await create(base64Of(bytes));
        } catch (error) {
          throw createWorkbookError(error);
        }
      }),
  };
}
