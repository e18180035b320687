/**
 * The pages in the browser: what the task pane's first view costs to load, how soon it shows in headless
 * chromium, and how long the preview takes to check the large benchmark workbook. Debian's chromium through
 * playwright-core, dist/ served on loopback, every other request aborted (test/e2e/harness.ts); the task pane
 * runs as Excel loads it, Office's script answered with the stand-in over the fake Excel.
 *
 * - Size: the JavaScript the first view loads, as the built pages name it (the module script and its
 *   modulepreload links in dist/taskpane.html and dist/preview.html), each file gzipped (level 9) and summed;
 *   functions.js (the custom functions, a classic script of the same page) apart; then the parts loaded only when
 *   used (the views after the first, the Word export, the .xlsx reader). Checked against what the browser
 *   actually fetched before the first view showed. Target: the pane's first view at most 250 KB.
 * - First render: from navigation start to the pane's first view in the page (the 检查 button in the DOM, seen by
 *   a MutationObserver), best of several cold loads (a new browser context each, so no HTTP cache); for the
 *   preview, also to its grid. Baseline: a static page with the same button from the same server.
 * - The large workbook (bench/large-workbook.ts, 10,000 budget rows and 2,000 indicators) opened in the preview
 *   through its file input, then 检查 pressed: the time until the summary line shows (a read of the .xlsx in the
 *   browser, the model, every rule, the findings rendered). Baselines: the same in Node (readXlsx + readModel +
 *   every rule), and the same check of sample 000 in the browser.
 * - The grid on the far-cell workbook (test/e2e/hostile-workbooks.ts: A1 and XFD1048576, a grid of 1,048,576 rows
 *   and 16,384 columns): opened through the file input, scrolled to 30 random places (a step: scroll position set →
 *   the new rows drawn in the next frame), Ctrl+End to its last cell. Baseline: the same scrolling on the large
 *   workbook's first sheet, a grid a hundred times smaller: the virtualised grid costs what is on screen.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { extentOf } from "../src/preview/window";
import { readXlsx } from "../src/workbook/xlsx";
import { sampleSnapshot } from "../test/helpers/sample-snapshot";
import { DIST, ROOT, startE2e, type E2e } from "../test/e2e/harness";
import { farCells } from "../test/e2e/hostile-workbooks";
import { distIsStale } from "../test/setup/build-dist";
import { xlsxOf } from "./checker.bench";
import { largeWorkbook } from "./large-workbook";
import { measureAsync, type MsRow } from "./measure";

export const FIRST_VIEW_TARGET_KB = 250;
const KB = 1024;

export interface SizeRow {
  readonly name: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzip: number;
}

export interface PreviewBench {
  readonly sizes: SizeRow[];
  readonly paneFirstView: SizeRow;
  /** The .xlsx reader's chunk(s), beyond the preview's first view. */
  readonly reader: SizeRow;
  readonly fetched: string[];
  /** The scripts the preview fetched after its first view, to open the sample. */
  readonly previewFetched: string[];
  readonly render: MsRow[];
  readonly check: MsRow[];
  readonly grid: MsRow[];
  readonly facts: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Sizes

const gzipped = (file: string): { bytes: number; gzip: number } => {
  const data = readFileSync(path.join(DIST, file));
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

function sizeOf(name: string, files: readonly string[]): SizeRow {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const s = gzipped(f);
    bytes += s.bytes;
    gzip += s.gzip;
  }
  return { name, files, bytes, gzip };
}

/** The module script and the modulepreload links of a built page, as paths under dist/. */
export function firstViewScripts(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) files.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.push(m[1]!);
  return files.map((f) => f.replace(/^\.\//, ""));
}

/** Every chunk a chunk imports, statically, as built (`from"./x.js"`, `import"./x.js"`), transitively. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(DIST, file), "utf8");
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) walk(`assets/${m[1]}`);
  };
  walk(entry);
  return seen;
}

function sizes(): { rows: SizeRow[]; paneFirstView: SizeRow; reader: SizeRow } {
  const pane = firstViewScripts(readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
  const preview = firstViewScripts(readFileSync(path.join(DIST, "preview.html"), "utf8"));
  const assets = readdirSync(path.join(DIST, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`);
  // A chunk is its module's name and an 8-character hash: "xlsx-D1jff5IG.js" (not "xlsx-template-DIPoywSb.js").
  const find = (prefix: string) =>
    assets.filter((f) => new RegExp(`^${prefix}-[A-Za-z0-9_-]{8}\\.js$`).test(path.basename(f)));
  // What each part loaded on use brings beyond what the first view (of the pane, or of the preview) has loaded.
  const beyond = (prefix: string, page: readonly string[] = pane) => {
    const all = new Set<string>();
    for (const f of find(prefix)) for (const x of staticClosure(f)) all.add(x);
    return [...all].filter((f) => !page.includes(f)).sort();
  };
  const reader = sizeOf("  + the .xlsx reader (jixiao's own), loaded to open the sample", beyond("xlsx", preview));
  const paneFirstView = sizeOf("task pane, first view (检查)", pane);
  const rows = [
    paneFirstView,
    sizeOf("  functions.js (custom functions, same page)", ["functions.js"]),
    sizeOf("preview, first view (pane beside the grid)", preview),
    reader,
    sizeOf("on use: the checker (检查 pressed: the rule catalogue)", beyond("results")),
    sizeOf("on use: 报告 view", beyond("ReportView")),
    sizeOf("on use: Word export (导出 Word)", beyond("word")),
    sizeOf("on use: 模板 view with the column mapping", [
      ...new Set([...beyond("TemplateView"), ...beyond("ColumnMapping")]),
    ]),
    sizeOf("on use: 设置 view", beyond("SettingsView")),
  ];
  return { rows, paneFirstView, reader };
}

// ---------------------------------------------------------------------------------------------------------
// First render

/** Records performance.now() when the first element matching `selector` (whose text is `text`, or includes
 *  `includes`) is in the page, for each mark. */
interface Mark {
  readonly selector: string;
  readonly text?: string;
  readonly includes?: string;
}
const firstSeen = (marks: Readonly<Record<string, Mark>>) => `
  (() => {
    const marks = ${JSON.stringify(marks)};
    const seen = (window.__firstSeen = {});
    const look = () => {
      for (const [name, { selector, text, includes }] of Object.entries(marks)) {
        if (seen[name] !== undefined) continue;
        for (const el of document.querySelectorAll(selector)) {
          const t = el.textContent ?? "";
          if ((text === undefined || t === text) && (includes === undefined || t.includes(includes))) {
            seen[name] = performance.now();
            break;
          }
        }
      }
      if (Object.keys(seen).length === Object.keys(marks).length) observer.disconnect();
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;

async function marksOf(page: Page, names: readonly string[]): Promise<Record<string, number>> {
  await page.waitForFunction(
    (n) => {
      const seen = (window as unknown as { __firstSeen?: Record<string, number> }).__firstSeen ?? {};
      return n.every((k) => seen[k] !== undefined);
    },
    names,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen);
}

const CHECK_BUTTON = { selector: 'button:not([role="tab"])', text: "检查" };
const BASELINE_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>基线</title></head>
<body><main><button type="button">检查</button></main></body></html>`;

function summary(name: string, times: number[]): MsRow {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, ms: sorted[0]!, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}

async function firstRender(
  e2e: E2e,
  runs: number,
): Promise<{ rows: MsRow[]; fetched: string[]; previewFetched: string[] }> {
  const snapshot = await sampleSnapshot("000-honggutan-2022");
  const times: Record<string, number[]> = {};
  const add = (name: string, ms: number) => (times[name] ??= []).push(ms);
  let fetched: string[] = [];
  let previewFetched: string[] = [];
  for (let i = 0; i <= runs; i++) {
    // run 0 warms the browser and the server up; it is not counted
    const keep = i > 0;
    const base = await e2e.open("bench-baseline.html", {
      files: { "/bench-baseline.html": { body: BASELINE_HTML, contentType: "text/html; charset=utf-8" } },
      initScript: firstSeen({ view: CHECK_BUTTON }),
    });
    const b = await marksOf(base.page, ["view"]);
    if (keep) add("baseline: a static page with the button", b.view!);
    await base.context.close();

    const pane = await e2e.open("taskpane.html", {
      standIn: { snapshot },
      viewport: { width: 420, height: 860 },
      initScript: firstSeen({ view: CHECK_BUTTON, unit: { selector: "header p", includes: "南昌市公安局红谷滩分局" } }),
    });
    const p = await marksOf(pane.page, ["view", "unit"]);
    if (keep) {
      add("task pane (stand-in): 检查 shown", p.view!);
      add("task pane (stand-in): workbook read, unit shown", p.unit!);
    }
    if (i === 1) {
      // the scripts the browser fetched for the first view
      const origin = new URL(pane.requests[0]!).origin;
      fetched = pane.requests
        .filter((u) => u.endsWith(".js") && u.startsWith(origin))
        .map((u) => new URL(u).pathname.slice(1));
    }
    await pane.context.close();

    const preview = await e2e.open("preview.html?lang=zh-CN", {
      initScript: firstSeen({ view: CHECK_BUTTON, grid: { selector: '[role="grid"]' } }),
    });
    const v = await marksOf(preview.page, ["view", "grid"]);
    if (keep) {
      add("preview: pane shown (检查)", v.view!);
      add("preview: sample 000 read, grid shown", v.grid!);
    }
    if (i === 1) {
      // the scripts the preview fetched beyond those its page names: what opening the sample loaded
      const named = new Set(firstViewScripts(readFileSync(path.join(DIST, "preview.html"), "utf8")));
      previewFetched = preview.requests
        .filter((u) => u.endsWith(".js"))
        .map((u) => new URL(u).pathname.slice(1))
        .filter((f) => !named.has(f));
    }
    await preview.context.close();
  }
  return { rows: Object.entries(times).map(([name, t]) => summary(name, t)), fetched, previewFetched };
}

// ---------------------------------------------------------------------------------------------------------
// Checking in the preview

/**
 * Opens the workbook in a fresh preview through its file input; resolves once its grid shows its first sheet
 * (the sheet's name and its number of rows, so not the sample shown before).
 */
async function openInPreview(e2e: E2e, name: string, bytes: Uint8Array, snapshot: WorkbookSnapshot) {
  const opened = await e2e.open("preview.html?lang=zh-CN");
  const { page } = opened;
  await page.getByRole("grid").waitFor({ timeout: 60_000 });
  const first = snapshot.sheets.find((s) => s.visible)!;
  const rows = extentOf(first).rows;
  const start = Date.now();
  await page.locator('header input[type="file"]').setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bytes),
  });
  await page
    .locator(`[role="grid"][aria-label="${first.name}"][aria-rowcount="${rows + 1}"]`)
    .waitFor({ timeout: 120_000 });
  return { opened, openMs: Date.now() - start };
}

/**
 * Presses 检查 in the page and waits, in the page, for the summary line: milliseconds between the two. (A script
 * in a string: tsx would wrap a named function of the callback in a helper the page does not have.)
 */
const TIME_CHECK = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('aside button:not([role="tab"])')].find((b) => b.textContent === "检查");
  if (!button) return reject(new Error("no 检查 button"));
  const start = performance.now();
  const observer = new MutationObserver(() => {
    const shown = [...document.querySelectorAll('[role="status"]')].some((el) => /^共 \\d+ 个错误/.test(el.textContent ?? ""));
    if (!shown) return;
    observer.disconnect();
    resolve(performance.now() - start);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  button.click();
  setTimeout(() => reject(new Error("the check did not finish in 120 s")), 120000);
})`;

const timeCheck = (page: Page): Promise<number> => page.evaluate(TIME_CHECK) as Promise<number>;

async function checkInPreview(e2e: E2e, runs: number): Promise<{ rows: MsRow[]; facts: string[] }> {
  const snapshot = largeWorkbook();
  const large = await xlsxOf(snapshot);
  const sample = new Uint8Array(readFileSync(path.join(ROOT, "samples/000-honggutan-2022.xlsx")));
  const sampleRead = await readXlsx(sample);
  const facts: string[] = [];

  let findings = 0;
  const node = await measureAsync(
    "baseline: Node, readXlsx + readModel + all rules",
    async () => {
      findings = runChecks(readModel(await readXlsx(large)), DEFAULT_PROFILE, CATALOGUE).length;
    },
    runs,
  );

  const sampleTimes: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const { opened } = await openInPreview(e2e, "sample-000.xlsx", sample, sampleRead);
    const ms = await timeCheck(opened.page);
    if (i > 0) sampleTimes.push(ms);
    await opened.context.close();
  }

  const largeTimes: number[] = [];
  const openTimes: number[] = [];
  let shown = "";
  for (let i = 0; i < runs; i++) {
    const { opened, openMs } = await openInPreview(e2e, "large.xlsx", large, snapshot);
    openTimes.push(openMs);
    largeTimes.push(await timeCheck(opened.page));
    shown =
      (await opened.page
        .getByRole("status")
        .filter({ hasText: /^共 \d+ 个错误/ })
        .textContent()) ?? "";
    await opened.context.close();
  }
  facts.push(
    `large workbook: ${(large.length / KB / KB).toFixed(1)} MB .xlsx; the preview says “${shown.trim()}” ` +
      `(${findings} findings in Node)`,
  );
  return {
    rows: [
      node,
      summary("preview: 检查 on sample 000", sampleTimes),
      summary("preview: open the large .xlsx (file input → grid)", openTimes),
      summary("preview: 检查 on the large workbook", largeTimes),
    ],
    facts,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The grid on the far-cell workbook

/**
 * Scrolls the grid to `steps` places, one after another (scrollTop and scrollLeft set, as the wheel or the scroll
 * bar would), each time until the next frame is drawn with the rows of the new place in the page: milliseconds a
 * step, and the most cells the page held. (A string: see TIME_CHECK.)
 */
const SCROLL_STEPS = (steps: number) => `(async () => {
  const grid = document.querySelector('[role="grid"]');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  let most = 0;
  let seed = 12345;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  await frame();
  const start = performance.now();
  for (let i = 0; i < ${steps}; i++) {
    const top = Math.floor(next() * (grid.scrollHeight - grid.clientHeight));
    const left = Math.floor(next() * (grid.scrollWidth - grid.clientWidth));
    grid.scrollTop = top;
    grid.scrollLeft = left;
    // a row below the sticky column letters, by its aria-rowindex (its row number + 1)
    const wanted = '[role="row"][aria-rowindex="' + (Math.floor(top / 24) + 3) + '"]';
    for (let k = 0; k < 20 && !document.querySelector(wanted); k++) await frame();
    await frame();
    most = Math.max(most, document.querySelectorAll('[role="gridcell"]').length);
  }
  return { ms: (performance.now() - start) / ${steps}, most };
})()`;

/**
 * Ctrl+End on the grid, waited for in the page: from the key's keydown (seen before the grid sees it) to the frame
 * in which the last cell has the focus, in milliseconds. Installed before the key is pressed through the browser's
 * own input (a click on A1, then the key), as a person presses it.
 */
const WAIT_CTRL_END = `(() => {
  const grid = document.querySelector('[role="grid"]');
  const last = grid.getAttribute("aria-rowcount") - 1 + "," + (grid.getAttribute("aria-colcount") - 1);
  window.__ctrlEnd = new Promise((resolve, reject) => {
    let start = null;
    document.addEventListener("keydown", (e) => { if (e.key === "End" && start === null) start = performance.now(); }, { capture: true });
    const begun = performance.now();
    const look = () => {
      if (start !== null && document.activeElement?.getAttribute("data-cell") === last) return resolve(performance.now() - start);
      if (performance.now() - begun > 60000) return reject(new Error("Ctrl+End did not reach " + last));
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
})()`;

/** Clicks A1, presses Ctrl+End: milliseconds from the key to the last cell focused. */
async function timeCtrlEnd(page: Page): Promise<number> {
  await page.evaluate(WAIT_CTRL_END);
  await page.locator('[role="gridcell"][data-cell="1,1"]').click();
  await page.keyboard.press("Control+End");
  return (await page.evaluate("window.__ctrlEnd")) as number;
}

async function gridInPreview(e2e: E2e, runs: number): Promise<{ rows: MsRow[]; facts: string[] }> {
  const far = farCells();
  const farSnapshot = await readXlsx(far);
  const large = await xlsxOf(largeWorkbook());
  const largeSnapshot = await readXlsx(large);
  const facts: string[] = [];
  const times: Record<string, number[]> = {};
  const add = (name: string, ms: number) => (times[name] ??= []).push(ms);
  let most = 0;
  for (let i = 0; i <= runs; i++) {
    const keep = i > 0;
    const big = await openInPreview(e2e, "large.xlsx", large, largeSnapshot);
    const bigScroll = (await big.opened.page.evaluate(SCROLL_STEPS(30))) as { ms: number; most: number };
    await big.opened.context.close();
    const opened = await openInPreview(e2e, "far-cells.xlsx", far, farSnapshot);
    const { page } = opened.opened;
    const scroll = (await page.evaluate(SCROLL_STEPS(30))) as { ms: number; most: number };
    // back to the top, where A1 is, as a person would scroll before clicking it
    await page.evaluate(
      `(() => { const g = document.querySelector('[role="grid"]'); g.scrollTop = 0; g.scrollLeft = 0; })()`,
    );
    const ctrlEnd = await timeCtrlEnd(page);
    most = Math.max(most, scroll.most);
    await opened.opened.context.close();
    if (!keep) continue;
    add("baseline: scroll the large workbook's grid (10,000 rows), one step", bigScroll.ms);
    add("preview: open the far-cell workbook (A1 + XFD1048576; file input → grid)", opened.openMs);
    add("preview: scroll the far-cell grid (1,048,576 × 16,384), one step", scroll.ms);
    add("preview: Ctrl+End to XFD1048576 (key → the cell has the focus)", ctrlEnd);
  }
  facts.push(
    `far-cell workbook: ${(far.length / KB).toFixed(1)} KB .xlsx, 2 sheets (A1 and XFD1048576; A1 and J1048576); ` +
      `at most ${most} grid cells in the page while scrolling it`,
  );
  return { rows: Object.entries(times).map(([name, t]) => summary(name, t)), facts };
}

// ---------------------------------------------------------------------------------------------------------

function ensureBuilt(): void {
  if (!distIsStale()) return;
  console.log("dist/ 缺失或过期，正在构建…… / dist/ is missing or stale: building");
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/build.ts")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stderr || run.stdout}`);
}

export async function benchPreview(runs = { render: 7, check: 3, grid: 5 }): Promise<PreviewBench> {
  ensureBuilt();
  const { rows, paneFirstView, reader } = sizes();
  const e2e = await startE2e();
  try {
    const render = await firstRender(e2e, runs.render);
    const check = await checkInPreview(e2e, runs.check);
    const grid = await gridInPreview(e2e, runs.grid);
    return {
      sizes: rows,
      paneFirstView,
      reader,
      fetched: render.fetched,
      previewFetched: render.previewFetched,
      render: render.rows,
      check: check.rows,
      grid: grid.rows,
      facts: [...check.facts, ...grid.facts],
    };
  } finally {
    await e2e.close();
  }
}

/** The sizes as printed lines. */
export function sizeLines(rows: readonly SizeRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows.map(
    (r) =>
      `${r.name.padEnd(width)}  ${(r.gzip / KB).toFixed(1).padStart(7)} KB gzip  ` +
      `${(r.bytes / KB).toFixed(0).padStart(6)} KB  ${String(r.files.length).padStart(2)} file(s)`,
  );
}
