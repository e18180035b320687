/** `npm run bench`: every benchmark of the project, printed as figures and ratios to a baseline of the same run. */
import { benchChecker } from "./checker.bench";
import { benchFunctions } from "./functions.bench";
import { printMs, printTable } from "./measure";
import { benchModel } from "./model.bench";
import { benchReport } from "./report.bench";

// The checker first, on a fresh heap, as `jixiao check` runs in its own process.
const checker = await benchChecker();

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

const report = await benchReport();
printMs("jixiao report on the same workbook (10,000 budget rows, 2,000 indicators)", report.rows, report.rows[0]);
const compose = report.rows[1]!;
console.log(
  `  target: report composed under 100 ms: ${compose.ms < 100 ? "met" : "NOT met"} (${compose.ms.toFixed(1)} ms)`,
);
for (const line of report.facts) console.log(`  ${line}`);
