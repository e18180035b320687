/**
 * Office's script as the end-to-end tests give it to the task pane: when dist/taskpane.html asks for
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, the test answers with this file, bundled at test
 * time as a classic script (test/e2e/harness.ts, esbuild). It defines the globals the built page uses, over the
 * in-memory fake Excel of the adapter tests (test/fakes/fake-excel.ts), so the real page runs the real office
 * host and adapter against a workbook the test can inspect:
 *
 *   Office.onReady(cb) → { host: "Excel" }; Office.HostType; Office.context.requirements.isSetSupported (ExcelApi
 *   up to the configured version, 1.14 by default); Office.context.displayLanguage; Office.context.officeTheme;
 *   Office.context.document.settings (the fake's document settings)
 *   Excel.run(batch) and Excel.run(context, batch) over the fake's context; Excel.createWorkbook
 *   CustomFunctions.associate: records the ids functions.js registers
 *
 * The workbook comes from `window.__jixiaoStandIn` (set by the test with page.addInitScript before any script
 * runs): a snapshot as the .xlsx adapter reads it. The fake is exposed as `window.__jixiaoFake` for the test's
 * page.evaluate (sync counts and records, cells, selection, saved settings, a user's edit).
 */
import type { CellValue, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { createFakeExcel, settingsFromSnapshot, sheetsFromSnapshot, type FakeOp } from "../fakes/fake-excel";

export interface StandInConfig {
  readonly snapshot: WorkbookSnapshot;
  /** Office.context.displayLanguage; "zh-CN" by default. */
  readonly displayLanguage?: string;
  /** Office.context.officeTheme.bodyBackgroundColor; "#ffffff" (light) by default, "#262626" for dark. */
  readonly bodyBackgroundColor?: string;
  /** The highest ExcelApi version this Excel supports; "1.14" by default. */
  readonly excelApi?: string;
}

/** What a sync did, in a form the test can read through page.evaluate. */
export interface SyncSummary {
  /** Properties loaded ("worksheets.getFirst().getUsedRangeOrNullObject(true): values,numberFormat"). */
  readonly loads: number;
  /** Properties set, as "path.prop" ("…getRange(I18).values"). */
  readonly sets: readonly string[];
  /** Methods called ("application.suspendApiCalculationUntilNextSync"). */
  readonly calls: readonly string[];
  readonly error: string | null;
}

/** What the page exposes as window.__jixiaoFake. */
export interface StandInHandle {
  readonly syncCount: () => number;
  readonly syncs: (from?: number) => SyncSummary[];
  readonly value: (sheet: string, a1: string) => CellValue;
  readonly selection: () => { readonly sheet: string; readonly address: string } | null;
  readonly activeSheet: () => string | null;
  readonly userEdit: (sheet: string, a1: string, value: CellValue) => void;
  /** The document settings as last saved (saveAsync), and how many saves. */
  readonly savedSettings: () => Readonly<Record<string, unknown>>;
  readonly saveCount: () => number;
  /** The ids functions.js registered with CustomFunctions.associate. */
  readonly registered: () => readonly string[];
  readonly sheetNames: () => readonly string[];
}

declare global {
  interface Window {
    __jixiaoStandIn?: StandInConfig;
    __jixiaoFake?: StandInHandle;
  }
}

const config = window.__jixiaoStandIn;
if (!config) throw new Error("office stand-in: window.__jixiaoStandIn is not set (page.addInitScript)");

const fake = createFakeExcel(sheetsFromSnapshot(config.snapshot));
const settings = settingsFromSnapshot(config.snapshot);
const registered: string[] = [];
const maxApi = config.excelApi ?? "1.14";

/** "1.13" ≤ "1.14" numerically, part by part. */
function atMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

const SUPPORTED: Readonly<Record<string, string>> = {
  ExcelApi: maxApi,
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.2",
};

const info = { host: "Excel", platform: "OfficeOnline" };
const background = config.bodyBackgroundColor ?? "#ffffff";
const dark = background.toLowerCase() !== "#ffffff";

const office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    // As office.js: after the page's scripts have run, never synchronously.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    displayLanguage: config.displayLanguage ?? "zh-CN",
    contentLanguage: config.displayLanguage ?? "zh-CN",
    requirements: {
      isSetSupported(name: string, version?: string): boolean {
        const max = SUPPORTED[name];
        return max !== undefined && atMost(version ?? "1.1", max);
      },
    },
    officeTheme: {
      bodyBackgroundColor: background,
      bodyForegroundColor: dark ? "#ffffff" : "#000000",
      controlBackgroundColor: dark ? "#333333" : "#ffffff",
      controlForegroundColor: dark ? "#ffffff" : "#000000",
      isDarkTheme: dark,
    },
    document: { settings },
  },
};

type Batch = (context: Excel.RequestContext) => Promise<unknown>;
const excel = {
  run(a: Batch | Excel.RequestContext, b?: Batch): Promise<unknown> {
    const batch = typeof a === "function" ? a : b;
    if (!batch) return Promise.reject(new Error("Excel.run: no batch"));
    return fake.run(batch);
  },
  createWorkbook: (base64?: string) => fake.createWorkbook(base64),
};

const customFunctions = {
  associate(id: string | Record<string, unknown>): void {
    if (typeof id === "string") registered.push(id);
    else registered.push(...Object.keys(id));
  },
};

const opText = (op: FakeOp): string =>
  `${op.path}.${op.kind === "set" ? op.prop : op.kind === "call" ? op.method : ""}`;

const handle: StandInHandle = {
  syncCount: () => fake.syncCount,
  syncs: (from = 0) =>
    fake.syncs.slice(from).map((s) => ({
      loads: s.ops.filter((o) => o.kind === "load").length,
      sets: s.ops.filter((o) => o.kind === "set").map(opText),
      calls: s.ops.filter((o) => o.kind === "call").map(opText),
      error: s.error,
    })),
  value: (sheet, a1) => fake.sheet(sheet).value(a1),
  selection: () => fake.selection,
  activeSheet: () => fake.activeSheet,
  userEdit: (sheet, a1, value) => fake.userEdit(sheet, a1, value),
  savedSettings: () => settings.saved,
  saveCount: () => settings.saveCount,
  registered: () => registered,
  sheetNames: () => fake.sheets.map((s) => s.name),
};

Object.assign(window, { Office: office, Excel: excel, CustomFunctions: customFunctions, __jixiaoFake: handle });
