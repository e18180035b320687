/** `npm run bench`: every benchmark of the project, printed as figures and ratios to a baseline of the same run. */
import { benchChecker } from "./checker.bench";
import { benchDocument } from "./document.bench";
import { benchFunctions } from "./functions.bench";
import { printMs, printTable } from "./measure";
import { benchModel } from "./model.bench";
import { benchPreview, FIRST_VIEW_TARGET_KB, sizeLines } from "./preview.bench";
import { benchReader, readerLines } from "./reader.bench";
import { benchReport } from "./report.bench";
import { benchStartup, startupLines } from "./startup.bench";

// The checker first, on a fresh heap, as `jixiao check` runs in its own process.
const checker = await benchChecker();

// Start-up of the built command line, in child processes (nothing of this process's heap is involved).
const startup = await benchStartup();
console.log("\nStart-up of the command line: child processes, 11 runs in turn, median (best)");
for (const line of startupLines(startup)) console.log(`  ${line}`);

// The .xlsx reader against ExcelJS, and every hostile file in a child process of its own.
const reader = await benchReader();
console.log("\nThe .xlsx reader (src/workbook/xlsx.ts) against ExcelJS's load, and the hostile files");
for (const line of readerLines(reader)) console.log(`  ${line}`);

const rows = benchFunctions();
printTable("JX functions: 1,000,000 evaluations each (numeric input)", rows);
for (const name of ["JX.SCORE, range of 100,000 cells", "JX.EXECRATE, range of 100,000 cells"]) {
  const row = rows.find((r) => r.name === name)!;
  const verdict = row.nsPerOp < 1000 ? "met" : "NOT met";
  console.log(`  target < 1000 ns/eval in the range form, ${name}: ${verdict} (${row.nsPerOp.toFixed(1)} ns)`);
}

const model = benchModel().map((r) => ({ name: r.name, ms: r.nsPerOp / 1e6 }));
printMs("readModel on a snapshot of 10,000 budget rows and 2,000 indicators", model, model[0]);

const parse = checker.single[0]!;
printMs("jixiao check on one workbook of 10,000 budget rows and 2,000 indicators", checker.single, parse);
const engine = checker.single[1]!;
console.log(`  target: engine under 200 ms: ${engine.ms < 200 ? "met" : "NOT met"} (${engine.ms.toFixed(1)} ms)`);
console.log("\njixiao check over 200 workbooks in one command");
for (const line of checker.batch) console.log(`  ${line}`);

const documents = await benchDocument();
printMs("Reading report documents (best of the runs, median in brackets)", documents.rows);
printMs(
  "jixiao check on report documents, against the workbook's check in the same run",
  documents.check,
  documents.check[0],
);
const fifteen = documents.check.find((r) => r.name.startsWith("seed 000 ×3"))!;
const hundred = documents.check.find((r) => r.name.startsWith("seed 000 ×23"))!;
console.log(
  `  target: a report of about 15 pages read and checked well under a second: ${fifteen.ms < 1000 ? "met" : "NOT met"} (${fifteen.ms.toFixed(0)} ms); ` +
    `100 pages in a few seconds: ${hundred.ms < 5000 ? "met" : "NOT met"} (${(hundred.ms / 1000).toFixed(1)} s)`,
);
for (const line of documents.facts) console.log(`  ${line}`);

const report = await benchReport();
printMs("jixiao report on the same workbook (10,000 budget rows, 2,000 indicators)", report.rows, report.rows[0]);
const compose = report.rows[1]!;
console.log(
  `  target: report composed under 100 ms: ${compose.ms < 100 ? "met" : "NOT met"} (${compose.ms.toFixed(1)} ms)`,
);
for (const line of report.facts) console.log(`  ${line}`);

const preview = await benchPreview();
console.log("\nThe pages' JavaScript (gzip -9), as dist/*.html name it");
for (const line of sizeLines(preview.sizes)) console.log(`  ${line}`);
const firstKb = preview.paneFirstView.gzip / 1024;
console.log(
  `  target: the task pane's first view at most ${FIRST_VIEW_TARGET_KB} KB gzip: ` +
    `${firstKb <= FIRST_VIEW_TARGET_KB ? "met" : "NOT met"} (${firstKb.toFixed(1)} KB)`,
);
const named = new Set(preview.paneFirstView.files);
const fetched = new Set(preview.fetched.filter((f) => f !== "functions.js"));
const same = named.size === fetched.size && [...named].every((f) => fetched.has(f));
console.log(
  `  the browser had fetched ${fetched.size} module(s) and functions.js when the pane's first view showed: ` +
    `${same ? "exactly the files taskpane.html names" : `NOT the files taskpane.html names (${[...fetched].join(", ")})`}`,
);
printMs(
  "Time to first render in headless chromium (navigation start → in the page), best of 7 cold loads",
  preview.render,
  preview.render[0],
);
printMs(
  "Checking in the preview (检查 pressed → the summary line), against Node on the same .xlsx",
  preview.check,
  preview.check[0],
);
printMs(
  "The preview's grid (virtualised), best of 5 runs, against scrolling the large workbook's grid",
  preview.grid,
  preview.grid[0],
);
for (const line of preview.facts) console.log(`  ${line}`);
const readerKb = preview.reader.gzip / 1024;
console.log(
  `  the preview's .xlsx reader: ${readerKb.toFixed(1)} KB gzip (${preview.reader.files.join(", ")}); ` +
    `the ExcelJS reader it replaced weighed 266 KB, a third of it ${(266 / 3).toFixed(1)} KB: ` +
    `${readerKb <= 266 / 3 ? "met" : "NOT met"}`,
);
const readerFiles = new Set(preview.reader.files);
const openedWith = preview.previewFetched;
console.log(
  `  to open the sample the preview fetched ${openedWith.join(", ") || "nothing more"}: ` +
    `${openedWith.length === readerFiles.size && openedWith.every((f) => readerFiles.has(f)) ? "exactly the reader's chunk(s)" : "NOT only the reader's chunk(s)"}`,
);
